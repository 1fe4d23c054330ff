package explain

import "testing"

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
