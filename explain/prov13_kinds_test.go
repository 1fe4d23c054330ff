package explain

import "testing"

// The kinds held-out batch 13-prov found on its only run, in new wording
// (not the batch's rows).

// POP-before-SMTP wording asks the client to authenticate (or read its mail
// first); a purpose clause about spam around it is no spam verdict.
func TestKindProv13PopBeforeSMTP(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 5.7.1 Sorry, you must check your mail first (POP before SMTP) - relaying is denied to prevent spam", AuthRequired, ClassPermanent},
		{"550 Please log in to POP3 or IMAP before sending, or enable SMTP authentication", AuthRequired, ClassPermanent},
		{"554 Relay refused: open your pop3 account first to send mail through this server", AuthRequired, ClassPermanent},
		{"The server responded: 530 Access denied - use SMTP-after-POP: read your mailbox within the last 15 minutes", AuthRequired, ClassPermanent},
	})
	// a spam verdict stays a spam verdict
	checkKinds(t, []kindCase{
		{"550 5.7.1 Message rejected as spam by the content filter", SpamContent, ClassPermanent},
	})
}

// SPF's sentence without the word SPF: the sending host is not allowed to
// send for the sender's domain. An account that may not send stays a policy.
func TestKindProv13SPFSentence(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.23 203.0.113.8 is not allowed to send mail from shop.example", SenderAuth, ClassPermanent},
		{"554 Rejected: host 198.51.100.44 is not a permitted sender for news.example", SenderAuth, ClassPermanent},
		{"Diagnostic-Code: smtp; 550 mail.relay.example[192.0.2.9] is not authorized to send mail from corp.example (see the domain's record)", SenderAuth, ClassPermanent},
	})
	e, err := explainOne("550 This account is not allowed to send mail from the web interface")
	if err == nil && e.Category == SenderAuth {
		t.Errorf("an account restriction read as SPF (rule %q)", e.Rule)
	}
}

// RFC 5321's 421 "service not available" is the server's state whatever
// enhanced code stands beside it; a cause named beside it decides instead.
func TestKindProv13ServiceUnavailable421(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 4.2.0 Service not available, try again later", ServerError, ClassTransient},
		{"421 4.2.2 mx3.isp.example service temporarily unavailable", ServerError, ClassTransient},
		{"host mx.isp.example[192.0.2.4] refused to talk to me: 421 4.2.1 Service is unavailable", ServerError, ClassTransient},
		// the named cause wins
		{"421 4.7.0 Service not available - too many connections from 198.51.100.3", RateLimited, ClassTransient},
	})
	e, err := explainOne("421 4.7.0 Service unavailable: your IP is listed on a blocklist")
	if err == nil && e.Category == ServerError {
		t.Errorf("a blocklist beside 421 service unavailable read as a server error (rule %q)", e.Rule)
	}
}

// A blocklist named only by its delisting link or brand.
func TestKindProv13BlocklistLinks(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 mx.isp.example refused 198.51.100.6 - poor reputation, see https://csi.cloudmark.com/reset-request/?ip=198.51.100.6", Reputation, ClassPermanent},
		{"550 Your IP is rated poorly by Cloudmark Sender Intelligence", Reputation, ClassPermanent},
		{"554 Client host rejected: listed by LashBack UBL", Reputation, ClassPermanent},
	})
}

// An envelope sender said to be unroutable: its domain does not resolve.
func TestKindProv13UnroutableSender(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 5.1.8 sender address is not routable", SenderInvalid, ClassPermanent},
		{"550 The sender domain cannot be routed (in reply to MAIL FROM command)", SenderInvalid, ClassPermanent},
	})
}

// The kinds held-out batch 13-provb found on its only run, in new wording.

// IONOS's explanation link with c=hd: the header lines are not RFC
// 5321/5322 conformant; another case code stays what it was.
func TestKindProv13bIONOSHeader(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.0 Reject due to policy restrictions - see https://www.ionos.de/hilfe/index.php?id=2425&c=hd&ip=203.0.113.50", RFCNoncompliant, ClassPermanent},
		{"Diagnostic-Code: smtp; 554-Transaction failed\n554 For explanation visit https://www.1und1.info/help?c=hd", RFCNoncompliant, ClassPermanent},
	})
	e, err := explainOne("554 Reject due to policy restrictions, see https://example.org/help?c=hd")
	if err == nil && e.Category == RFCNoncompliant {
		t.Errorf("c=hd outside United Internet's links read as its header code (rule %q)", e.Rule)
	}
}

// A reply line whose text is only the server's name goes on in the lines
// pasted after it without the code.
func TestKindProv13bServerNameLine(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 mwinf5d41 ME\nNombre de messages trop important. Too many messages, slow down. OFR104_105 [105]", RateLimited, ClassTransient},
		{"550 smtp12 FR\nMail rejete. Mail rejected. Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues.", Reputation, ClassPermanent},
	})
}

// A reply's lines quoted as an array of strings are the lines of one reply;
// the library's repeat of the first line after it adds nothing.
func TestKindProv13bQuotedReplyLines(t *testing.T) {
	checkKinds(t, []kindCase{
		{"[\"452-4.2.2 The recipient's inbox is out of storage space.\", \"452 4.2.2 Ask the recipient to free some space\", \"\"]\nServer rejected the command, response: 452-4.2.2 The recipient's inbox is out of storage space.", MailboxFull, ClassTransient},
		{"error: [\"550-5.7.1 Message refused\", \"550-The sending host 203.0.113.9 is listed on\", \"550 the Spamhaus ZEN blocklist\"]\nUnexpected reply. response: 550-5.7.1 Message refused", Reputation, ClassPermanent},
	})
}
