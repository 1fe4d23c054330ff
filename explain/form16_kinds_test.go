package explain

import (
	"strings"
	"testing"
)

// The kinds held-out batch 16-form found on its first run, in new wording
// (not the batch's rows): whole bounce messages as users paste them.

// A whole notice's header fields, MIME scaffolding and returned copy are
// not its reason: a Message-ID header is no header-syntax refusal, the
// returned message's Subject and spam verdict are the message's, and the
// copy after an MTA's marker is not read. A one-line record that starts
// with "From:" is no message and keeps its words.
func TestKindForm16WholeMessage(t *testing.T) {
	checkKinds(t, []kindCase{
		{"From: Mail Delivery System <MAILER-DAEMON@relay.corp.example>\nMessage-ID: <20261206.1@relay.corp.example>\nDate: Sun, 6 Dec 2026 08:00:00 +0000\nSubject: Delayed Mail (still being retried)\n\n<kai@far.example>: connect to mx.far.example[192.0.2.5]:25: Connection refused\n\nFinal-Recipient: rfc822; kai@far.example\nAction: delayed\nStatus: 4.4.1", Network, ClassTransient},
		{"A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  lou@far.example\n    host mx.far.example [192.0.2.6]\n    SMTP error from remote mail server after RCPT TO:<lou@far.example>:\n    550 5.1.1 No such user here\n\n------ This is a copy of the message, including all the headers. ------\n\nMessage-ID: <x1@corp.example>\nX-Spam-Status: Yes, score=9.0\nSubject: Virus alert: your mailbox is full", UserUnknown, ClassPermanent},
		{"--=_part_42\nContent-Type: text/plain\n\n<ida@far.example>: host mx.far.example[192.0.2.7] said: 552 5.2.2 Quota exceeded (in reply to RCPT TO command)\n\n--=_part_42\nContent-Type: text/rfc822-headers\n\nX-Spam-Flag: YES\nSubject: account blocked, relay denied\n\n--=_part_42--", MailboxFull, ClassPermanent},
		{"From: ann@corp.example  Subject: invoice.zip  Reason: Virus detected", Virus, ClassPermanent},
	})
}

// A base64 text part is read decoded (its words may be the only reason: a
// Status of 5.0.0 says nothing); a base64 part that is no text (an
// attachment) is not read.
func TestKindForm16Base64Part(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nV2UgY291bGQgbm90IGRlbGl2ZXIgeW91ciBtZXNzYWdlLgpSZWFzb246IHRoZSBy\nZWNpcGllbnQncyBtYWlsYm94IGlzIG92ZXIgaXRzIHN0b3JhZ2UgbGltaXQuCg==\n\nFinal-Recipient: rfc822; eli@far.example\nAction: failed\nStatus: 5.0.0", MailboxFull, ClassPermanent},
		{"<ora@far.example>: host mx.far.example[192.0.2.8] said: 550 5.1.1 unknown mailbox (in reply to RCPT TO command)\n\n--b7\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\ncXVhcmFudGluZTogdmlydXMgZm91bmQgaW4gYXR0YWNobWVudAo=\n--b7--", UserUnknown, ClassPermanent},
	})
}

// A report about several recipients: the failed recipient decides over a
// delayed or delivered one, wherever it is listed; among failures the
// first listed decides; the fields of a group may come in any order; a
// report whose recipients all say the same is read as before.
func TestKindForm16SeveralRecipients(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Final-Recipient: rfc822; a@far.example\nAction: delivered\nStatus: 2.0.0\n\nFinal-Recipient: rfc822; b@far.example\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded", MailboxFull, ClassPermanent},
		{"Final-Recipient: rfc822; c@far.example\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: smtp; 421 4.4.1 Connection timed out\n\nFinal-Recipient: rfc822; d@gone.example\nAction: failed\nStatus: 5.1.2\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=gone.example type=MX: Host not found", HostUnknown, ClassPermanent},
		{"<e@far.example>: host mx.far.example[192.0.2.9] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)\n\n<f@far.example>: host mx.far.example[192.0.2.9] said: 452 4.2.2 Over quota (in reply to RCPT TO command)\n\nFinal-Recipient: rfc822; e@far.example\nAction: failed\nStatus: 5.7.1\n\nFinal-Recipient: rfc822; f@far.example\nAction: failed\nStatus: 4.2.2", RelayDenied, ClassPermanent},
		{"Action: delayed\nFinal-Recipient: rfc822; g@far.example\nStatus: 4.7.1\nDiagnostic-Code: smtp; 451 4.7.1 Greylisted, try again in 5 minutes\n\nAction: failed\nFinal-Recipient: rfc822; h@far.example\nStatus: 5.3.4\nDiagnostic-Code: smtp; 552 5.3.4 Message too large", MessageTooBig, ClassPermanent},
		{"Final-Recipient: rfc822; i@far.example\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 554 5.7.1 Message rejected as spam\n\nFinal-Recipient: rfc822; j@far.example\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 554 5.7.1 Message rejected as spam", SpamContent, ClassPermanent},
	})
	// the card says which recipient was explained
	r, err := Parse("Final-Recipient: rfc822; k@far.example\nAction: relayed\nStatus: 2.0.0\n\nFinal-Recipient: rfc822; m@far.example\nAction: failed\nStatus: 5.1.1")
	if err != nil || !strings.Contains(r.Note, "m@far.example (failed) is explained") {
		t.Errorf("note %q, err %v: want it to name the failed recipient", r.Note, err)
	}
}

// A notice that the message was relayed to a server that sends no
// notification of its own is a delivery; a failure in the same words is
// not.
func TestKindForm16RelayedNotice(t *testing.T) {
	checkKinds(t, []kindCase{
		{"<pat@far.example>... relayed to a non-DSN-aware mailer", Success, ClassSuccess},
		{"Subject: Relayed: Minutes\n\nThe message was handed on, but no delivery notification was sent by the destination server.", Success, ClassSuccess},
		{"Delivery to these recipients or groups failed, and no delivery notification was sent by the destination server: 550 5.1.1 unknown user", UserUnknown, ClassPermanent},
	})
}

// Batch b: a notice's text alone about several recipients (no
// delivery-status part): the first recipient listed with a reply decides,
// in Exim's, Postfix's, sendmail's, qmail's and Exchange's layouts; one
// reply for all is read as before.
func TestKindForm16bSeveralRecipientsText(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The following address(es) failed:\n\n  ivy@far.example\n    host mx.far.example [192.0.2.40]\n    SMTP error from remote mail server after RCPT TO:<ivy@far.example>:\n    554 5.7.1 <ivy@far.example>: Relay access denied\n  jon@far.example\n    host mx.far.example [192.0.2.40]\n    SMTP error from remote mail server after RCPT TO:<jon@far.example>:\n    550 5.1.1 <jon@far.example>: No such user", RelayDenied, ClassPermanent},
		{"<kay@far.example>: host mx.far.example[192.0.2.41] said: 552 5.3.4 Message\n    size exceeds fixed limit (in reply to end of DATA command)\n\n<lux@far.example>: host mx.far.example[192.0.2.41] said: 550 5.7.1\n    Relaying denied (in reply to RCPT TO command)", MessageTooBig, ClassPermanent},
		{"   ----- The following addresses had permanent fatal errors -----\n<max@far.example>\n    (reason: 552 5.2.2 Mailbox full)\n<ned@far.example>\n    (reason: 550 5.7.1 Relaying denied)\n\n   ----- Transcript of session follows -----\n>>> RCPT To:<max@far.example>\n<<< 552 5.2.2 Mailbox full\n>>> RCPT To:<ned@far.example>\n<<< 550 5.7.1 <ned@far.example>... Relaying denied", MailboxFull, ClassPermanent},
		{"oli@far.example\nmx.far.example\nRemote Server returned '550 5.7.1 Unauthenticated email is not accepted due to DMARC policy'\n\npam@far.example\nmx.far.example\nRemote Server returned '550 5.1.1 Unknown user'", SenderAuth, ClassPermanent},
		{"<quin@far.example>: Spam message rejected\n\n<ray@far.example>: Spam message rejected\n\n<sue@far.example>: Spam message rejected", SpamContent, ClassPermanent},
	})
	r, err := Parse("<tia@far.example>: host mx.far.example[192.0.2.42] said: 550 5.1.1 unknown (in reply to RCPT TO command)\n\n<uwe@far.example>: host mx.far.example[192.0.2.42] said: 452 4.2.2 full (in reply to RCPT TO command)")
	if err != nil || !strings.Contains(r.Note, "tia@far.example, the first listed, is explained") {
		t.Errorf("note %q, err %v: want it to name the first recipient listed", r.Note, err)
	}
}

// A session transcript a notice indents line by line, each line led by a
// date and a time of day: every line is a line of its own (the reply that
// failed decides), not a continuation folded into the first.
func TestKindForm16bTimestampedTranscript(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Session transcript:\n 2026/12/06 10:00:01 <-- 220 mx.far.example ESMTP\n 2026/12/06 10:00:01 --> MAIL From:<a@corp.example>\n 2026/12/06 10:00:01 <-- 250 2.1.0 Sender ok\n 2026/12/06 10:00:02 --> RCPT To:<b@far.example>\n 2026/12/06 10:00:02 <-- 452 4.2.2 Mailbox over quota", MailboxFull, ClassTransient},
		{"Mon 2026-12-07 08:00:00: <-- 250 2.0.0 Ok\nMon 2026-12-07 08:00:01: <-- 554 5.7.1 Message rejected as spam", SpamContent, ClassPermanent},
	})
}

// Batch c: a Postfix reply quoted with "> " is read without the quote marks
// of its folded lines (they split the reply's words); a receiver's refusal
// that says the message looks like spam or was reported as spam is a
// verdict on the content, not a person's complaint, which stays policy.
func TestKindForm16cQuotedFoldAndSpamReported(t *testing.T) {
	checkKinds(t, []kindCase{
		{"> <bo@far.example>: host mx.far.example[192.0.2.60] said: 550 5.7.1\n>     <bo@far.example>: Recipient address rejected: the content looks like\n>     spam or has been reported as spam (in reply to end of DATA command)", SpamContent, ClassPermanent},
		{"> <cy@far.example>: host mx.far.example[192.0.2.61] said: 452 4.2.2 Mailbox\n>     over quota, try again later (in reply to RCPT TO command)", MailboxFull, ClassTransient},
		{"Bounce reason: the recipient reported your email as spam", Policy, ClassPermanent},
	})
}
