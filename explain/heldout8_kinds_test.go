package explain

import "testing"

// The kinds that held-out batch 8 found after its only run, each in new
// wording (not the batch's rows).

// A relay refused because the client did not authenticate, and a domain
// that cannot be routed, said in words without a code.
func TestKindHeldout8Wording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Relay through this server requires authentication", RelayDenied, ClassPermanent},
		{"554 5.7.1 Relaying through this server denied, authenticate first", RelayDenied, ClassPermanent},
		// the refusal said with a negated verb
		{"554 5.7.1 You may not relay through this server without authentication", RelayDenied, ClassPermanent},
		{"550 5.7.1 Client host not authorized to relay mail", RelayDenied, ClassPermanent},
		{"550 you are not authorised to relay here", RelayDenied, ClassPermanent},
		{"The following address failed:\n  ana@far.example\n    Unroutable domain", HostUnknown, ClassPermanent},
	})
}

// A library names the code it expected in brackets and the reply it got in
// brackets after it; the source position at the end of a PHP error
// ("Swift.php:250") is a line number, not a reply.
func TestKindBracketedReplyAndSourceLine(t *testing.T) {
	checkPastes(t, []pasteCase{
		{"Swift_TransportException: Expected response code(s) [354] but got response [554 5.7.1 Message rejected as spam by the content filter]", SpamContent, ClassPermanent, 554, "DATA"},
		{"Uncaught exception with message 'Expected response code(s) [250] but got response [535 5.7.8 Authentication credentials invalid]' in /var/www/lib/Transport.php:421", AuthFailed, ClassPermanent, 535, ""},
	})
}

// A queue expiry worded before "Remote host said:" quotes the last reply:
// the message came back (expired, permanent), whatever that reply was; a
// Postfix deferral in the same form stays the reply's own verdict.
func TestKindExpiryBeforeRemoteHostSaid(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Message expired for domain far.example. Remote host said: 451 4.3.0 <ana@far.example>: Temporary lookup failure", Expired, ClassPermanent},
		{"Delivery time expired for far.example; host mx.far.example[198.51.100.7] said: 421 4.7.0 Try again later", Expired, ClassPermanent},
		{"Dec  6 10:00:01 mx postfix/smtp[811]: 4AB12C: to=<ana@far.example>, relay=mx.far.example[198.51.100.7]:25, status=deferred (host mx.far.example[198.51.100.7] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))", MailboxFull, ClassTransient},
	})
}

// A delay notice said in words without a code (Exchange's "has been
// delayed", "will be retried for N more day(s)") is a delivery outcome:
// not yet delivered, cause unknown, temporary; a cause or an enhanced
// code in the notice still decides.
func TestKindDelayNoticeInWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery to these recipients has been delayed:\n    lu@far.example", Unknown, ClassTransient},
		{"Your message to lu@far.example will be retried for 1 more day(s).", Unknown, ClassTransient},
		{"The message has not yet been delivered; the server will keep trying until it is 3 days old.", Unknown, ClassTransient},
		{"Delivery has been delayed.\nRemote Server returned '451 4.4.7 Message delayed'", Expired, ClassTransient},
		{"Delivery is delayed: 452 4.2.2 The recipient's mailbox is full", MailboxFull, ClassTransient},
	})
}

// Three kinds found probing new wording: an address said to contain
// characters it may not, the connection closed under a client library,
// and a refusal of the sender that names SPF as its reason.
func TestKindProbedWording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Address contains characters that are not permitted", Syntax, ClassPermanent},
		{"554 Error: local-part contains whitespace", Syntax, ClassPermanent},
		{"Net::SMTP: EOFError: end of file reached (while waiting for the greeting)", Network, ClassTransient},
		{"smtp: read reply: unexpected EOF", Network, ClassTransient},
		{"550 5.7.23 The IP 203.0.113.4 is not permitted to send on behalf of far.example: SPF check failed", SenderAuth, ClassPermanent},
	})
}

// An exception or error name in camel case states the cause in words when
// nothing else in the reply does: Exchange's store driver and the
// exceptions of client libraries.
func TestKindCamelCaseErrorNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.2.0 STOREDRV.Deliver.Exception:MailboxQuotaExceededException; failed to process message", MailboxFull, ClassPermanent},
		{"Mail.Transport: SmtpAuthenticationFailedException raised while sending", AuthFailed, ClassPermanent},
		{"550 5.1.0 Delivery failed: RecipientNotFoundError", UserUnknown, ClassPermanent},
	})
	// a host name, a server's id or a single capitalised word is no
	// identifier of words
	for _, in := range []string{"mx.MailRelay.example", "Delivered", "BN1NAM02FT123.eop-nam02", "ok"} {
		if w := textIdentifierWords(in); w != "" {
			t.Errorf("textIdentifierWords(%q) = %q, want none", in, w)
		}
	}
	if got := textIdentifierWords("x: MapiExceptionShutoffQuotaExceeded, y"); got != "mapi exception shutoff quota exceeded. " {
		t.Errorf("textIdentifierWords = %q", got)
	}
}

// The sender's domain without DNS records for mail, said of the sender,
// is a refusal of the sender, under a policy code or not (and not the
// recipient's domain unknown).
func TestKindSenderDomainWithoutDNS(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Rejected: sender has no MX or A record in DNS", SenderInvalid, ClassPermanent},
		{"450 4.7.1 <ops@near.example>: the sending domain has no MX record and no A record", SenderInvalid, ClassTransient},
	})
}

// Exchange's diagnostic block lists the delivery attempts newest first:
// the first attempt decides, whatever the older ones said; a single
// attempt line, or replies of another form, keep the usual order.
func TestKindExchangeAttemptsNewestFirst(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Diagnostic information for administrators:\nGenerating server: MW4PR02MB1234.namprd02.prod.outlook.example\nlu@far.example\n3/2/2026 9:40:02 AM - Server at MW4PR02MB1234.namprd02.prod.outlook.example returned '550 5.4.300 Message expired'\n3/1/2026 9:38:40 AM - Server at mx.far.example (198.51.100.21) returned '451 4.4.0 Primary target IP address responded with: 421 4.2.1 Unable to connect'",
			Expired, ClassPermanent},
		{"12/1/2026 8:00:01 AM - Server at mx.far.example returned '421 4.7.0 Try again later, too many connections'\n11/30/2026 7:59:00 AM - Server at mx.far.example returned '550 5.1.1 User unknown'",
			RateLimited, ClassTransient},
		{"452 4.2.2 Mailbox full\n550 5.1.1 User unknown", UserUnknown, ClassPermanent},
	})
}

// A refusal of mail "from your network" is the sender's network refused,
// not a destination that accepts no mail (null MX); an account limited
// after suspicious activity is held back from sending.
func TestKindNetworkRefusedAndAccountLimited(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 The server for far.example doesn't accept mail from your network", Reputation, ClassPermanent},
		{"550 5.7.1 far.example does not accept mail (null MX)", HostUnknown, ClassPermanent},
		{"554 Sending refused: this account has been restricted after unusual outgoing activity", Policy, ClassPermanent},
		{"550 5.2.1 The recipient account is restricted", MailboxDisabled, ClassPermanent},
	})
}

// A recipient said to be invalid with the adjective after the noun
// ("refused: user invalid") does not exist, as "invalid user" does; an
// authentication user said so is not a recipient.
func TestKindUserInvalidWordOrder(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Delivery to lu@far.example refused: user invalid", UserUnknown, ClassPermanent},
		{"550 The recipient is invalid on this server", UserUnknown, ClassPermanent},
		{"535 Authentication failed: user invalid or password incorrect", AuthFailed, ClassPermanent},
	})
}
