package explain

import "testing"

// The kinds that held-out batch 12-mta (open-source MTAs and their plugins)
// found on its only run, each in new wording (not the batch's rows).

// An explicit verdict on the HELO name is the HELO name's fault, also under
// an address-status code that speaks of the sender; a HELO name built from
// the client's IP is a dynamic host (reputation); Exim's syntax complaint
// stays syntax.
func TestKindMta12HeloVerdict(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Your HELO hostname must be a fully qualified domain", RFCNoncompliant, ClassPermanent},
		{"554 5.1.8 EHLO domain does not exist in DNS", RFCNoncompliant, ClassPermanent},
		{"450 HELO host smtp01 does not resolve, try again with a real name", RFCNoncompliant, ClassTransient},
		{"550 EHLO argument is not accepted here (listed in badhelo)", RFCNoncompliant, ClassPermanent},
		{"550 5.7.1 HELO name looks dynamic, send through your ISP", Reputation, ClassPermanent},
		{"501 5.5.2 Syntactically invalid EHLO argument", Syntax, ClassPermanent},
	})
}

// A command the server does not implement is syntax, even when it is HELO.
func TestKindMta12CommandUnimplemented(t *testing.T) {
	checkKinds(t, []kindCase{
		{"500 5.5.1 Command EHLO is not implemented on this LMTP port", Syntax, ClassPermanent},
		{"502 unrecognized command XCLIENT", Syntax, ClassPermanent},
	})
}

// A server that does not believe the name the client claims, and a client
// that sent before the greeting.
func TestKindMta12IdentityAndEarlyTalk(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 We don't believe you are outlook.example, go away", RFCNoncompliant, ClassPermanent},
		{"554 Sorry, you are not who you claim to be", RFCNoncompliant, ClassPermanent},
		{"554 5.5.0 Client sent data before the SMTP greeting", RFCNoncompliant, ClassPermanent},
		{"421 Input received before banner, closing", RFCNoncompliant, ClassTransient},
	})
}

// Headers with a verdict, and a message that cannot be parsed, are the
// message's format whatever 552 or 501 would mean alone.
func TestKindMta12Headers(t *testing.T) {
	checkKinds(t, []kindCase{
		{"552 Message-ID header is required", RFCNoncompliant, ClassPermanent},
		{"552 Duplicate To header not allowed", RFCNoncompliant, ClassPermanent},
		{"550 The Date header is in the future", RFCNoncompliant, ClassPermanent},
		{"501 5.6.0 Malformed message: MIME defects found", RFCNoncompliant, ClassPermanent},
	})
	// a size verdict on the headers stays a size verdict, a DMARC one stays
	// sender authentication
	for _, in := range []string{"552 5.3.4 Header size too large", "550 5.7.1 From header fails DMARC alignment"} {
		if e, err := explainOne(in); err == nil && e.Category == RFCNoncompliant {
			t.Errorf("%q: read as a header-syntax refusal (rule %q)", in, e.Rule)
		}
	}
}

// The client's own IP or host refused, penalized, an open relay, or a
// blacklisted sending server (also inside greylisting words) is reputation.
func TestKindMta12ClientHost(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Your IP address 198.51.100.4 has been banned from this server", Reputation, ClassPermanent},
		{"421 4.7.0 Your mail server is temporarily denied access, try later", Reputation, ClassTransient},
		{"550 Your host is in the penalty box for 2 hours", Reputation, ClassPermanent},
		{"554 Refused: connections from an open relay are not accepted", Reputation, ClassPermanent},
		{"550 5.7.1 Greylisting: host blacklisted after too many failed retries", Reputation, ClassPermanent},
	})
	in := "554 5.7.1 Relaying denied for your IP"
	if e, err := explainOne(in); err == nil && e.Category != RelayDenied {
		t.Errorf("%q: got %s (rule %q), want a relay refusal", in, e.Category, e.Rule)
	}
}

// "log in to send", "we don't relay", a sender that is not the logged-in
// user's, no permission to send: each its own category, over a bare X.7.1 or
// a 551's "user not local".
func TestKindMta12SenderSide(t *testing.T) {
	checkKinds(t, []kindCase{
		{"530 You need to log in before sending mail", AuthRequired, ClassPermanent},
		{"554 Sorry, we do not relay for your domain (#5.7.1)", RelayDenied, ClassPermanent},
		{"553 5.7.1 Envelope sender does not match the authenticated login", SenderInvalid, ClassPermanent},
		{"551 You don't have permission to send outside the organisation", Policy, ClassPermanent},
	})
}

// An internal error of the receiver; a broken connection without a code;
// the bare-LF reason as a help link's path.
func TestKindMta12ServerAndLink(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Internal storage failure, message not delivered", ServerError, ClassPermanent},
		{"SMTP connection was broken while sending the message body", Network, ClassTransient},
		{"451 4.6.0 Please read https://mail.lab.example/help/bare-lf", RFCNoncompliant, ClassTransient},
	})
}

// Batch 12-mta b: a receiver's own check that failed for now is its
// trouble (or its DNS), not the check's verdict.
func TestKindMta12CheckFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.3.0 Spam scanner failed, please retry", ServerError, ClassTransient},
		{"450 Temporary error while checking sender policy", ServerError, ClassTransient},
		{"421 4.4.3 DNS lookup error on dnsbl.lab.example, try later", Network, ClassTransient},
	})
	// a final virus verdict stays a virus
	checkKinds(t, []kindCase{{"554 5.7.1 Virus found: Eicar-Test-Signature", Virus, ClassPermanent}})
}

// A recipient object other than a mailbox said to be unknown; a blacklisted
// phrase; a client's own connection error and an invalid destination
// without a code.
func TestKindMta12RecipientObjectsAndContent(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.1.1 No such mailing list: staff-all", UserUnknown, ClassPermanent},
		{"550 Unknown newsgroup alt.test.lab", UserUnknown, ClassPermanent},
		{"554 Message contains a prohibited keyword", SpamContent, ClassPermanent},
		{"Error 10060 connecting to mail server mx.lab.example", Network, ClassTransient},
		{"Invalid destination address: postmaster", Syntax, ClassPermanent},
	})
	in := "550 5.7.1 Client IP is listed on our block list"
	if e, err := explainOne(in); err == nil && e.Category == UserUnknown {
		t.Errorf("%q: a block list read as an unknown mailing list (rule %q)", in, e.Rule)
	}
}

// Batch 12-mta c: attachment types and archives refused by policy, a tool of
// the receiver that could not run, generic rDNS, a PTR lookup that failed,
// a karma score, more header verdicts.
func TestKindMta12AttachmentPolicy(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 File type .scr is not permitted here", Policy, ClassPermanent},
		{"550 Rejected: MIME type application/x-dosexec blocked", Policy, ClassPermanent},
		{"552 Password-protected attachment not accepted", Policy, ClassPermanent},
		{"451 4.3.0 Unable to unpack attachment, try again later", ServerError, ClassTransient},
		{"451 Error running spam filter", ServerError, ClassTransient},
	})
	// a spam verdict on the content stays spam
	checkKinds(t, []kindCase{{"550 5.7.1 Message content rejected as spam", SpamContent, ClassPermanent}})
}

func TestKindMta12HostScores(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Generic reverse DNS not accepted, use your ISP's mail server", Reputation, ClassPermanent},
		{"450 4.7.1 Reverse DNS lookup for 198.51.100.5 timed out", PTRRequired, ClassTransient},
		{"550 5.7.1 Your reputation score is too low to deliver here", Reputation, ClassPermanent},
		{"550 Header Sender must not contain more than one address", RFCNoncompliant, ClassPermanent},
	})
	// a relay refusal that sends the client to its ISP stays a relay refusal
	checkKinds(t, []kindCase{{"550 5.7.1 Relaying denied, please use your ISP's mail server", RelayDenied, ClassPermanent}})
	in := "550 5.7.1 Spam score 12.3 exceeds threshold"
	if e, err := explainOne(in); err == nil && e.Category == Reputation {
		t.Errorf("%q: a spam score of the content read as the host's reputation (rule %q)", in, e.Rule)
	}
}

// Batch 12-mta d (gromox's reply table): session failures, messages that do
// not conform to a standard, addresses on the server's own blacklist, "use
// the submission server", "too much mail data", transactions per connection.
func TestKindMta12GromoxKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 4.7.0 Too many failures in this session, closing", Syntax, ClassTransient},
		{"421 Too many failures, closing connection", Syntax, ClassTransient},
		{"554 5.6.0 Message does not conform to RFC 5322", RFCNoncompliant, ClassPermanent},
		{"550 5.7.1 Recipient address is on our blacklist", Policy, ClassPermanent},
		{"554 5.7.0 Local senders must submit on port 587 instead of the MX", AuthRequired, ClassPermanent},
		{"552 5.3.4 Message size too much mail data, aborted", MessageTooBig, ClassPermanent},
		{"451 4.7.0 Too many transactions in one connection, reconnect", RateLimited, ClassTransient},
	})
	// a host on a DNS blocklist stays reputation; a delivery that failed at
	// every MX stays the network
	checkKinds(t, []kindCase{
		{"554 5.7.1 Client host 198.51.100.8 is listed in the blacklist zen.example", Reputation, ClassPermanent},
		{"Too many failures (Tried all MXs)", Network, ""},
		{"5.4.2 Too many failures (Error: connect ETIMEDOUT 192.0.2.9:25)", Network, ""},
	})
}
