package explain

import (
	"strings"
	"testing"
)

// The kinds that held-out batch 11-winmta (commercial and Windows mail
// servers) found on its only run, each in new wording (not the batch's rows).

// A recipient object said to be "not active" or to "have been disabled"
// is a switched-off mailbox; the same words about the sender's own account
// are not.
func TestKindWinmta11RecipientInactive(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Mailbox is not active", MailboxDisabled, ClassPermanent},
		{"550 5.2.1 The alias sales@lab.example has been disabled", MailboxDisabled, ClassPermanent},
		{"Recipient account is not active", MailboxDisabled, ClassPermanent},
		{"554 Mailing list staff@lab.example was disabled by its owner", MailboxDisabled, ClassPermanent},
	})
	for _, in := range []string{"550 Your account is not active, contact support to send mail", "535 Sender account is not active"} {
		if e, err := explainOne(in); err == nil && e.Category == MailboxDisabled {
			t.Errorf("%q: the sender's own account read as the recipient's mailbox (rule %q)", in, e.Rule)
		}
	}
}

// Credentials that are no longer valid, with a request to log in again.
func TestKindWinmta11CredentialsNoLongerValid(t *testing.T) {
	checkKinds(t, []kindCase{
		{"454 Stored credentials no longer valid; authenticate again", AuthFailed, ClassTransient},
		{"550 Your password is no longer valid, please log in again", AuthFailed, ClassPermanent},
	})
}

// A sender address that must be given; "required" of something else said
// of the sender is not this.
func TestKindWinmta11SenderRequired(t *testing.T) {
	checkKinds(t, []kindCase{
		{"501 Sender address is required", SenderInvalid, ClassPermanent},
		{"550 Envelope sender must be provided (MAIL FROM:<> refused)", SenderInvalid, ClassPermanent},
	})
	in := "Your sender domain is required to send over an encrypted connection"
	if e, err := explainOne(in); err == nil && e.Category == SenderInvalid {
		t.Errorf("%q: a TLS requirement read as a missing sender (rule %q)", in, e.Rule)
	}
}

// An explicit SPF or Sender ID verdict decides over an anti-spam module's
// name in a log prefix and over a generic "not permitted".
func TestKindWinmta11AuthVerdicts(t *testing.T) {
	checkKinds(t, []kindCase{
		{"AntiSpamAgent rejected RCPT (Sender: bo@shop.example, IP: 198.51.100.4, Reason: SPF check failed)", SenderAuth, ClassPermanent},
		{"550 Spam filter: rejected by SPF for sender bo@shop.example", SenderAuth, ClassPermanent},
		{"554 5.7.1 Sender ID check failed (PRA bo@shop.example not permitted)", SenderAuth, ClassPermanent},
	})
}

// A server that has reached its limit of requests from the client; a
// mailbox that reached its limit is something else.
func TestKindWinmta11HostLimitReached(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 The server has reached the limit of connections from your IP, try later", RateLimited, ClassTransient},
		{"451 Server reached its limit for messages from your host this hour", RateLimited, ClassTransient},
	})
	in := "552 Mailbox has reached its limit"
	if e, err := explainOne(in); err != nil || e.Category == RateLimited {
		t.Errorf("%q: %s (rule %q), %v: a mailbox limit read as a sending rate", in, e.Category, e.Rule, err)
	}
}

// Report lines without a code whose words say the outcome.
func TestKindWinmta11CodelessReportLines(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Message exceeded maximum hop count (30 Received headers)", ServerError, ClassPermanent},
		{"Delivery failed after 4 attempts: kim@far.example", Expired, ClassPermanent},
		{"Maximum number of delivery attempts reached for kim@far.example", Expired, ClassPermanent},
		{"Unknown host far.example", HostUnknown, ClassPermanent},
		{"The domain's DNS violates RFC 1035 (its MX is an address)", HostUnknown, ClassPermanent},
		{"Multiple matches found in the directory for 'lee'", ServerError, ""},
		{"Your message\n\n  Subject: plan\n\nwas not delivered to:\n\n  lee@corp.example\n\nbecause:\n\n  Several matches found in Domino Directory", ServerError, ClassPermanent},
	})
}

// Exchange 2000/2003's IMS codes are one documented family: the code
// decides where its meaning does not depend on the words after it.
func TestKindWinmta11ExchangeIMSCodes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"MSEXCH:IMS:CORP:HQ:EXCH2 0 (00010256) Too many recipients", RateLimited, ""},
		{"    MSEXCH:IMS:CORP:HQ:EXCH2 0 (000C0595) Ambiguous Recipient", ServerError, ClassPermanent},
		{"did not reach the following recipient(s):\n\nbo@corp.example on 3/2/2004 8:01:12 AM\n    The recipient name is not recognized\n    MSEXCH:IMS:CORP:HQ:EXCH2 0 (000C05A6) Unknown Recipient", UserUnknown, ClassPermanent},
	})
}

// An address said to be invalid is the sender's at MAIL FROM, not at RCPT TO.
func TestKindWinmta11InvalidAddressByStage(t *testing.T) {
	checkKinds(t, []kindCase{
		{">>> MAIL FROM:<www-data>\n<<< 550 Invalid address", SenderInvalid, ClassPermanent},
	})
	in := ">>> RCPT TO:<www-data>\n<<< 550 Invalid address"
	if e, err := explainOne(in); err != nil || e.Category == SenderInvalid {
		t.Errorf("%q: %s (rule %q), %v: a recipient refusal read as the sender's", in, e.Category, e.Rule, err)
	}
}

// The HELO name and the client's address disagree: the session's HELO name.
func TestKindWinmta11HeloMismatch(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 HELO name does not match the connecting IP address", RFCNoncompliant, ClassPermanent},
		{"554 Host in HELO mismatch: mail.shop.example is not 198.51.100.4", RFCNoncompliant, ClassPermanent},
	})
}

// The kinds of held-out batch 11-winmta b, in new wording.

// A recipient entry of the directory said to be misconfigured is the
// receiving site's configuration, not an unknown recipient.
func TestKindWinmta11bDirectoryMisconfigured(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.2.0 RESOLVER.CON.NoTarget; contact's external address is missing", ServerError, ClassPermanent},
		{"550 5.2.0 the group's directory object is misconfigured", ServerError, ClassPermanent},
	})
}

// An address in UTF-8 that the next hop does not take, whatever the
// enhanced code; the SMTPUTF8 parameter refused stays a refused parameter.
func TestKindWinmta11bUTF8Address(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.1.9 SMTPSEND.Utf8SenderAddress; UTF-8 sender address not supported.", RFCNoncompliant, ClassPermanent},
		{"553 5.6.7 Internationalized address not supported by the next hop", RFCNoncompliant, ClassPermanent},
		{"555 5.5.4 Unsupported option: SMTPUTF8", Syntax, ClassPermanent},
	})
}

// A message that crashes the server it is delivered to.
func TestKindWinmta11bPoisonMessage(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.5.0 SMTPSEND.PoisonForRemote; message might be crashing the remote server", ServerError, ClassPermanent},
		{"554 5.7.0 Delivery stopped: poison message (crash count 4)", ServerError, ClassPermanent},
	})
}

// "Temporarily rejected, try again later" is greylisting whatever detail
// code it carries; with a cause named it is that cause.
func TestKindWinmta11bTemporarilyRejected(t *testing.T) {
	checkKinds(t, []kindCase{
		{"450 4.4.3 Temporarily rejected, please try again later", Greylisted, ClassTransient},
		{"451 Temporary rejection. Come back later", Greylisted, ClassTransient},
	})
	in := "451 4.7.1 Temporarily rejected: too many connections from your IP, try again later"
	if e, err := explainOne(in); err != nil || e.Category == Greylisted {
		t.Errorf("%q: %s (rule %q), %v: a named limit read as greylisting", in, e.Category, e.Rule, err)
	}
}

// A HELO name that does not resolve, said under a syntax code.
func TestKindWinmta11bHeloUnresolvable(t *testing.T) {
	checkKinds(t, []kindCase{
		{"501 5.5.2 EHLO/HELO name mail.local cannot be resolved", RFCNoncompliant, ClassPermanent},
		{"550 Your HELO hostname is unresolvable", RFCNoncompliant, ClassPermanent},
	})
}

// A sender whose domain has no valid MX is the sender's problem.
func TestKindWinmta11bSenderDomainNoMX(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.1.8 Sender domain shop.example has no MX record", SenderInvalid, ClassPermanent},
		{"501 Sender address rejected: domain without MX", SenderInvalid, ClassPermanent},
	})
}

// OpenSMTPD states a failure in its bounce's own words; its delay notice
// says delayed.
func TestKindWinmta11bOpenSMTPDNotices(t *testing.T) {
	checkKinds(t, []kindCase{
		{"    An error has occurred while attempting to deliver a message for\n    the following list of recipients:\n\nana@far.example: Address family mismatch on destination MXs", Network, ClassPermanent},
		{"    A message is delayed for more than 1 day for the following\n    list of recipients:\n\nana@far.example: All routes to destination blocked", Network, ClassTransient},
	})
}

// OpenSMTPD's delivery line with its own failure string and no code.
func TestKindWinmta11bOpenSMTPDLogLine(t *testing.T) {
	in := `smtpd[1203]: 0a1b2c3d4e5f6a7b mta delivery evpid=0a1b2c3d4e5f6a7c from=<ops@shop.example> to=<ana@far.example> rcpt=<-> source="192.0.2.10" relay="" delay=3s result="PermFail" stat="No MX found for destination"`
	r, err := Parse(in)
	if err != nil || r.Code != 0 || r.Action != "failed" || r.Recipient != "ana@far.example" {
		t.Fatalf("%+v, %v", r, err)
	}
	if !mayCarryReply([]byte(in)) || !mayCarryReply([]byte(strings.Replace(in, "PermFail", "TempFail", 1))) {
		t.Error("the log's quick filter drops OpenSMTPD's codeless failure line")
	}
	if e, err := explainOne(in); err != nil || e.Class != ClassPermanent {
		t.Errorf("%s/%s (rule %q), %v: want a permanent failure", e.Category, e.Class, e.Rule, err)
	}
}

// Two kinds of hMailServer's wording that earlier batches listed.
func TestKindWinmta11HMailServerWording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Recipient is not in the route list of this server", UserUnknown, ClassPermanent},
		{"450 4.1.1 Address not in the address list for lab.example", UserUnknown, ClassTransient},
		{"421 4.5.0 Excessive amount of data received without a line end", Syntax, ClassTransient},
	})
}
