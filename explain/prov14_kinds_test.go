package explain

import "testing"

// The kinds held-out batch 14-prov found on its first run, in new wording
// (not the batch's rows).

// A mailbox's storage in other words: a size compared with what remains of
// the quota, a quota over its hard limit, "mail box" in two words. A
// message over the size limit stays too big, a sending quota stays a rate
// limit.
func TestKindProv14MailboxSpace(t *testing.T) {
	checkKinds(t, []kindCase{
		{"552 Message size exceeds the remaining quota of <ken@isp.example>", MailboxFull, ClassPermanent},
		{"The message (2.3 MB) is larger than the remaining quota of this account", MailboxFull, ""},
		{"550 User quota exceeds the hard limit, message refused", MailboxFull, ClassPermanent},
		{"452 4.2.2 recipient mail box is full, try later", MailboxFull, ClassTransient},
		{"Delivery failed: mail box space not enough for this message", MailboxFull, ""},
	})
	checkKinds(t, []kindCase{
		{"552 5.3.4 Message size exceeds fixed maximum message size", MessageTooBig, ClassPermanent},
		{"550 5.7.1 Daily sending quota exceeded for this account", RateLimited, ClassPermanent},
	})
}

// A returned-mail notice's verdict that the system marked the message as
// spam decides over the causes its advice goes on to list.
func TestKindProv14MarkedAsSpam(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your message to li@isp.example has been marked as spam by our filter and was not delivered. Possible reasons: suspicious links, or the sender's reputation is low.", SpamContent, ""},
		{"554 The mail was identified as spam by the system; tip: a poor IP reputation or many complaints can cause this", SpamContent, ClassPermanent},
	})
	// a reputation verdict stays one
	checkKinds(t, []kindCase{
		{"554 Your access to this mail system has been rejected due to poor IP reputation", Reputation, ClassPermanent},
	})
}

// Typographic quotes, as text copied from a web page or a client's window
// has them: an apostrophe is an apostrophe, a word in double quotes is the
// word.
func TestKindProv14TypographicQuotes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.1.1 The mailbox you wrote to doesn\u2019t exist", UserUnknown, ClassPermanent},
		{"The e-mail account \u2018bob\u2019 does not exist", UserUnknown, ""},
		{"Your provider answered with a soft \u201cbounce\u201d; we will try again", Unknown, ClassTransient},
		{"550 5.7.1 Message refused as \u201cspam\u201d by the content filter", SpamContent, ClassPermanent},
	})
	if got := plainQuotes("plain 'text' \"as is\""); got != "plain 'text' \"as is\"" {
		t.Errorf("plain text changed: %q", got)
	}
	if got := plainQuotes("a \u201cquoted phrase\u201d stays quoted"); got != "a \"quoted phrase\" stays quoted" {
		t.Errorf("a quoted phrase: %q", got)
	}
}

// A multi-line reply that Postfix wrote on one line and its bounce folded,
// pasted without the indentation: the folded line goes on with the reply.
func TestKindProv14FoldedFlatReply(t *testing.T) {
	checkKinds(t, []kindCase{
		{"<a@list.example>: host mx.list.example[192.0.2.7] said:\n550-Sender verify failed: cannot route to sender address\n<bounce@shop.example> 550 (rejected) (in reply to RCPT TO command)", SenderInvalid, ClassPermanent},
		{"<kim@isp.example>: host mx.isp.example[192.0.2.8] said:\n451-Greylisted, please retry in five\nminutes 451 (try later) (in reply to RCPT TO command)", Greylisted, ClassTransient},
	})
	// a log line's prefix is no folded text: its own reply stands alone
	e, err := explainOne("550-5.7.1 first line of one reply\nJan  2 10:00:01 mx postfix/smtp[11]: 0ABC: host h[192.0.2.1] said: 550 5.1.1 <x@y.example>: User unknown")
	if err != nil || e.Category != UserUnknown {
		t.Errorf("a log line after an open reply: got %v/%v, %v", e.Category, e.Rule, err)
	}
}

// The AUTH exchange goes on after the server's 334 challenge and the
// client's base64 answers, also behind a session number ("[#1]"); a 454 in
// reply to AUTH is a temporary authentication failure.
func TestKindProv14AuthExchange(t *testing.T) {
	checkKinds(t, []kindCase{
		{"EHLO pc\n250 mx.isp.example\nAUTH LOGIN\n334 VXNlcm5hbWU6\nYWxpY2U=\n334 UGFzc3dvcmQ6\nc2VjcmV0\n454 Try again later", AuthFailed, ClassTransient},
		{"[#1] 220 smtp.isp.example ESMTP\n[#1] EHLO laptop\n[#1] 250 OK\n[#1] AUTH PLAIN\n[#1] 334\n[#1] AGJvYgBwYXNz\n[#1] 454 temporary problem, please retry", AuthFailed, ClassTransient},
	})
	// a 454 to STARTTLS stays TLS
	checkKinds(t, []kindCase{
		{"EHLO pc\n250-mx.isp.example\n250 STARTTLS\nSTARTTLS\n454 4.7.0 TLS not available due to local problem", TLSRequired, ClassTransient},
	})
}

// A word inside a slash-joined software tag whose segment has an
// underscore is no verdict; the word in a sentence still is.
func TestKindProv14SoftwareTag(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Relay access denied (Sophos/virus_gw/mx2.isp.example)", RelayDenied, ClassPermanent},
		{"554 5.7.1 Rejected: a virus was found in the message (ClamAV)", Virus, ClassPermanent},
	})
}

// Batch 14-prov b. Exim's "unknown local-part" with its hyphen is an
// unknown recipient; a domain that "doesn't exist" is the domain, while a
// sender's domain stays the sender's.
func TestKindProv14bUnknownLocalPartAndDomain(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 unknown local-part \"sales\" in domain \"shop.example\"", UserUnknown, ClassPermanent},
		{"  ops@lab.example\n    unknown local-part \"ops\" in domain \"lab.example\"", UserUnknown, ""},
		{"450 4.1.2 <kim@nowhere.example>: the recipient domain doesn't exist", HostUnknown, ClassTransient},
		{"550 Sorry, that domain doesn't exist (#5.1.2)", HostUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"553 5.1.8 Sender address rejected: sender domain doesn't exist", SenderInvalid, ClassPermanent},
		{"550 5.1.1 <ann@shop.example>: mailbox doesn't exist", UserUnknown, ClassPermanent},
	})
}

// A spool the server cannot write is its own trouble, whatever the
// enhanced code's subject says; POP before SMTP in qmail's words asks for
// a POP login first.
func TestKindProv14bSpoolAndPopFirst(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.5.1 spool failure, please try again later", ServerError, ClassTransient},
		{"452 Unable to write spool file, try again", ServerError, ClassTransient},
		{"553 sorry, you must get POP/APOP authorization first (#5.7.1)", AuthRequired, ClassPermanent},
		{"Server response: sorry, you must get POP authorization.", AuthRequired, ""},
	})
}
