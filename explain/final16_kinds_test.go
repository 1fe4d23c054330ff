package explain

import "testing"

// Kinds of helper final16 (issue 10): from the confusion table of the four
// earlier all-category batches' first runs and the kinds heldout15.md left
// open, each in new wording (not rows of a batch).

// A DSN's Diagnostic-Code that quotes a multi-line reply and lost the
// indentation of its folded lines when it was pasted: the lines after it,
// up to a blank line or the next field, continue it; the last one, which
// starts with the enhanced code after a line that ends in the reply code,
// is not a reply of its own.
func TestKindDiagnosticCodeFoldedWithoutIndent(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does\nnot exist. Please try 550-5.1.1 double-checking the recipient's email\naddress for typos or 550-5.1.1 unnecessary spaces. Learn more at 550\n5.1.1 https://support.google.example/mail/?p=NoSuchUser x12si34 - gsmtp", UserUnknown, ClassPermanent},
		{"Final-Recipient: rfc822; ops@far.example\nAction: delayed\nStatus: 4.2.2\nDiagnostic-Code: smtp; 452-4.2.2 The email account that you tried to reach is over\nquota. Please direct 452-4.2.2 the recipient to\n452 4.2.2 https://support.google.example/mail/?p=OverQuotaTemp y7si8 - gsmtp", MailboxFull, ClassTransient},
		// a field after the folded lines is a field again
		{"Diagnostic-Code: smtp; 550-5.7.26 Unauthenticated email from far.example is not accepted\ndue to domain's DMARC policy. 550 5.7.26 Please contact the administrator\nRemote-MTA: dns; mx.far.example", SenderAuth, ClassPermanent},
	})
	// a single-line Diagnostic-Code opens nothing
	for _, ln := range []string{"Diagnostic-Code: smtp; 550 5.1.1 User unknown", "Diagnostic-Code: X-Postfix; host not found", "Status: 5.0.0"} {
		if final16DiagOpen(ln) {
			t.Errorf("final16DiagOpen(%q) = true", ln)
		}
	}
}

// A status placeholder with an "x" for a digit gives its class digit; an
// administrator's bounce is policy.
func TestKindStatusPlaceholderAndAdminBounce(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your message to <kai@campus.example> could not be delivered.\nReason: 5.x.0 - Message rejected by the administrator", Policy, ClassPermanent},
		{"4.x.x - delivery temporarily suspended, will retry", Unknown, ClassTransient},
		{"Message blocked by administrator (attachment type .exe not allowed)", Policy, ClassPermanent},
	})
	for in, want := range map[string]string{
		"reason: 5.x.0 - bounced": "reason: 5.0.0 - bounced",
		"status 4.X.X deferred":   "status 4.0.0 deferred",
		"version 1.5.x.3":         "version 1.5.x.3",
		"build 25.x.14b":          "build 25.x.14b",
		"file a5.x.0":             "file a5.x.0",
	} {
		if got := final16StatusPlaceholder(in); got != want {
			t.Errorf("final16StatusPlaceholder(%q) = %q, want %q", in, got, want)
		}
	}
}

// An application's own "failed, retrying" after a failure without a code
// is temporary, also after a TLS failure; without it the codeless TLS
// failure stays permanent.
func TestKindAppRetryingAfterCodelessFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{"WARN mailer: TLS handshake with smtp.far.example failed: certificate signed by unknown authority\nWARN mailer: delivery attempt 2 failed, retrying", TLSRequired, ClassTransient},
		{"notify: could not connect to smtp.far.example:587 (connection refused); send failed, will retry", Network, ClassTransient},
		{"WARN mailer: TLS handshake with smtp.far.example failed: certificate signed by unknown authority", TLSRequired, ClassPermanent},
	})
}

// A status identifier pasted alone is read by its words; a plain word, a
// host name or a one-part name is no identifier.
func TestKindBareStatusIdentifier(t *testing.T) {
	checkKinds(t, []kindCase{
		{"MAILBOX_FULL", MailboxFull, ClassPermanent},
		{"AuthenticationFailed", AuthFailed, ClassPermanent},
		{"connection_timeout", Network, ClassTransient},
	})
	for _, in := range []string{"Delivered", "mx.far.example", "ERROR", "smtp: AUTH_FAILED and more words"} {
		if w := final16BareIdentifier(in); w != "" {
			t.Errorf("final16BareIdentifier(%q) = %q, want none", in, w)
		}
	}
}

// A delivery stated by a queue's log line or an application's own words
// ("queue: delivered", a logfmt msg="delivered", "sent successfully") is a
// success; a failure in the same words is not.
func TestKindDeliveredInLog(t *testing.T) {
	checkKinds(t, []kindCase{
		{"queue: delivered msg=7f3a rcpt=<kim@far.example> attempt=2", Success, ClassSuccess},
		{`time=2026-12-06T10:00:00Z level=info msg="delivered" to=kim@far.example`, Success, ClassSuccess},
		{"Newsletter #12 sent successfully to kim@far.example", Success, ClassSuccess},
	})
	for _, in := range []string{"Newsletter #12 was not sent successfully: SMTP error", "queue: delivery failed, retry in 5m"} {
		if e, err := explainOne(in); err == nil && e.Category == Success {
			t.Errorf("%q: got success (rule %q)", in, e.Rule)
		}
	}
}

// Kinds of held-out batch 16's first run, in new wording: a sending
// platform's statuses in German, a mailbox at its storage limit, Orange's
// French login refusal, an application's "cannot send", Exim's quoted
// subject (not a cause), a Postfix bounce whose "host" ended the line
// before the reply.
func TestKindHeldout16FirstRun(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Status: Briefkasten ist voll", MailboxFull, ClassPermanent},
		{"Zustellung: Host unbekannt", HostUnknown, ClassPermanent},
		{"Versand abgelaufen", Expired, ClassPermanent},
		{"Fehler: Verbindungsfehler beim Zustellen", Network, ClassTransient},
		{"The recipient's mailbox has reached its storage limit", MailboxFull, ClassPermanent},
		{"535 5.7.8 Échec d'authentification", AuthFailed, ClassPermanent},
		{"Error: cannot send the newsletter", Unknown, ClassUnknown},
		{"This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on relay.far.example.\n\nThe subject of the message is: please unsubscribe list members\n\nThe address to which the message has not yet been delivered is: ops@far.example", Unknown, ClassTransient},
		{"Your email to group team@lists.far.example was rejected due to spam classification. Set up SPF records for your domain if you have not done so already.", SpamContent, ClassPermanent},
		{"<ana@far.example>: host\nmx.far.example[192.0.2.8] said: 550 5.1.1 <ana@far.example>: Recipient address rejected: User\nunknown in virtual mailbox table (in reply to RCPT TO command)", UserUnknown, ClassPermanent},
	})
	if got := final16DropQuotedSubject("x\nThe subject of the message is: Unsubscribe\ny"); got != "x\nThe subject of the message is quoted.\ny" {
		t.Errorf("final16DropQuotedSubject = %q", got)
	}
}
