package explain

import (
	"strings"
	"testing"
)

// Design-level kinds of session 10's final batch (issue 10), each in new
// wording (not rows of a batch).

// An application's failure that hides the server's reply in the forms the
// codeless gate (outcome.go) does not read — PHP's mail() failing, a
// library's "<command> not accepted by the server" — is unknown, its class
// only from its words, with a note that the reply was hidden and a fix that
// says where it is; the generic "could not send" goes to the gate as before.
func TestKindHiddenReplyAppFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Oops! The contact form could not send your e-mail.", Unknown, ClassUnknown},
		{"[2026-12-06 10:15:02] production.ERROR: Unable to send the invitation mail to ana@far.example", Unknown, ClassUnknown},
		{"Newsletter sending failed for 3 subscribers", Unknown, ClassUnknown},
		{"Warning: the notification email could not be sent. Please try again later.", Unknown, ClassTransient},
		{"Mailer error: Could not instantiate mail function", Unknown, ClassUnknown},
		{"wp_mail: PHP mail() returned false for ana@far.example", Unknown, ClassUnknown},
		// a cause in the words decides, as before
		{"Failed to send the email: mailbox full", MailboxFull, ClassPermanent},
		{"Could not send message: SMTP Error: Could not authenticate.", AuthFailed, ClassPermanent},
		{"Error sending mail: dial tcp 192.0.2.25:587: connect: connection refused", Network, ClassTransient},
		// a reply in the text is the reply: read by its code, not as hidden
		{"Unable to send email: 550 5.1.1 <ana@far.example>: Recipient address rejected: User unknown", UserUnknown, ClassPermanent},
		{"Failed to send mail, server said 451 4.3.0 Error: queue file write error", ServerError, ClassTransient},
	})
	for _, in := range []string{"Mailer error: Could not instantiate mail function", "smtp: RCPT TO not accepted by the server"} {
		e, err := explainOne(in)
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		if !strings.Contains(e.Note, "without the server's reply") || len(e.Remediation) == 0 || !strings.Contains(strings.Join(e.Remediation, " "), "log") {
			t.Errorf("%q: note %q, fix %q: want the hidden-reply note and a fix that says where the reply is", in, e.Note, e.Remediation)
		}
	}
	// with a code, no such note
	if e, err := explainOne("Could not instantiate mail function: 451 4.3.0 Error: queue file write error"); err != nil || strings.Contains(e.Note, "without the server's reply") {
		t.Errorf("a failure that quotes its reply: note %q (err %v), want no hidden-reply note", e.Note, err)
	}
	// neither a code nor delivery wording: still an input error
	for _, in := range []string{"Your settings have been saved.", "The printer is offline"} {
		if _, err := explainOne(in); err == nil {
			t.Errorf("%q: explained, want no-code input error", in)
		}
	}
}

// Labelling conventions decided in session 10 (docs/explain.md "Labelling
// conventions"): a connecting host on the receiver's own list of banned hosts
// is reputation (as on a DNS blocklist); a sender domain on the receiver's
// own list, at MAIL FROM and naming no DNS list, is policy; an SES v2
// suppression record is read by its Reason; a library's "<command> not
// accepted by the server" hides the reply (unknown, class only from words).
func TestKindFinal15Conventions(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Rejected: this server has been banned from delivering here by the postmaster", Reputation, ClassPermanent},
		{"421 4.7.0 Your IP address has been banned, try again tomorrow", Reputation, ClassTransient},
		{"MAIL FROM:<ads@cheap.example>\n550 5.7.1 Sorry, your domain is blocked here", Policy, ClassPermanent},
		{"554 5.7.1 Your domain is blacklisted at dbl.spamhaus.org", Reputation, ClassPermanent},
		{`[{"EmailAddress":"leo@far.example","Reason":"BOUNCE","LastUpdateTime":"2026-01-02T03:04:05Z"}]`, UserUnknown, ClassPermanent},
		{`{"SuppressedDestinationSummaries":[{"EmailAddress":"mo@far.example","Reason":"COMPLAINT","LastUpdateTime":"2026-01-02T03:04:05Z"}]}`, Policy, ClassPermanent},
		{"smtp: RCPT TO not accepted by the server", Unknown, ClassUnknown},
		{"mailer: MAIL FROM command not accepted from server", Unknown, ClassUnknown},
		// the reply quoted: read by it
		{"550 5.1.1 RCPT TO not accepted by server: no such user", UserUnknown, ClassPermanent},
	})
}

// A generic refusal at MAIL FROM right after the server accepted the login
// (235) is about the sender address the login may not use (sender-invalid,
// IceWarp's "501 5.7.1 Permission denied"); without the login in the
// transcript it stays a policy refusal. swaks' indented client lines
// (" -> MAIL FROM:<...>") are commands, not folded text of the reply before.
func TestKindSenderRefusedAfterLogin(t *testing.T) {
	checkKinds(t, []kindCase{
		{"C: AUTH PLAIN AGFuYQBzZWNyZXQ=\nS: 235 2.7.0 Authentication successful\nC: MAIL FROM:<boss@elsewhere.example>\nS: 550 5.7.1 Access denied", SenderInvalid, ClassPermanent},
		{"<-  220 mx.far.example ESMTP\n -> AUTH LOGIN\n<-  334 VXNlcm5hbWU6\n -> YW5h\n<-  334 UGFzc3dvcmQ6\n -> c2VjcmV0\n<-  235 2.7.0 Authentication successful\n -> MAIL FROM:<ceo@other.example>\n<** 553 5.7.1 Not permitted\n -> QUIT", SenderInvalid, ClassPermanent},
		// no login shown: the words alone
		{"C: MAIL FROM:<boss@elsewhere.example>\nS: 550 5.7.1 Access denied", Policy, ClassPermanent},
		// a cause in the words still decides
		{"C: AUTH PLAIN AGFuYQBzZWNyZXQ=\nS: 235 2.7.0 Authentication successful\nC: MAIL FROM:<ana@far.example>\nS: 451 4.7.1 Rate limit exceeded, try later", RateLimited, ClassTransient},
	})
}

// Domino R5's failure report drops the class digit of its enhanced code
// ("(RFC1893): .1.1"): the report's "was not delivered" gives it (5).
func TestKindDominoClasslessStatus(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery Failure Report\n\nYour document:  Minutes\nwas not delivered to:  nobody@far.example\nbecause:  Enhanced Mail System Status Code (RFC1893): .1.1", UserUnknown, ClassPermanent},
		{"Your document: Budget\nwas not delivered to: ops@far..example\nbecause: Enhanced Mail System Status Code (RFC 1893): .1.3", Syntax, ClassPermanent},
	})
	if got := dominoClasslessStatus("Status Code (RFC1893): .1.2 seen in a log"); got != "Status Code (RFC1893): .1.2 seen in a log" {
		t.Errorf("no report words: rewritten to %q", got)
	}
}

// Kinds of held-out batch 15's first run, in new wording.
func TestKindFinal15FirstRun(t *testing.T) {
	checkKinds(t, []kindCase{
		// Exchange's "recipient name is not recognized" over "could not be reached"
		{"Your message did not reach some or all of the intended recipients.\n\n      Sent: 3/4/01 10:00 AM\n\nThe following recipient(s) could not be reached:\n\n      Lee, Ann on 3/4/01 10:00 AM\n            The recipient name is not recognised\n            MSEXCH:IMS:ACME:HQ:MAIL2 0 (000C05A6) Unknown Recipient", UserUnknown, ClassPermanent},
		// a backend's "recipient could not be found" under a generic failure
		{"554 5.0.0 Error: transaction failed: backend said: recipient could not be found", UserUnknown, ClassPermanent},
		// SPF said as a sender authorization check
		{"550 5.7.0 Message rejected: sender authorisation failed for 198.51.100.4", SenderAuth, ClassPermanent},
		// a receiver's rate words
		{"450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents more for now", RateLimited, ClassTransient},
		{"ana@far.example is receiving mail too fast; deferred", RateLimited, ClassTransient},
		// 551's "not local"
		{"551 Sorry, that user is not local to this server", Moved, ClassPermanent},
		// a platform's "Address Moved"
		{"Contact status: bounced (email address moved)", Moved, ClassPermanent},
		// a complaint about earlier mail, Dutch and English
		{"Niet verzonden: een vorige e-mail aan dit contact werd als spam gemarkeerd", Policy, ClassPermanent},
		{"Not sent: a previous email to this contact was marked as spam", Policy, ClassPermanent},
		// Spanish bounce phrases alone
		{"La casilla expirada no recibe correo", MailboxDisabled, ClassPermanent},
		{"Error: destinatario inexistente", UserUnknown, ClassPermanent},
		{"Motivo: plazo de entrega vencido", Expired, ClassPermanent},
		// an application's "a problem occurred while sending"
		{"Sorry, a problem occurred while sending your message.", Unknown, ClassUnknown},
		// MAIL FROM's parameter syntax, not an API's From address
		{"501 5.5.4 Syntax error in parameters or arguments (invalid FROM parameter: no angle brackets)", Syntax, ClassPermanent},
	})
}
