package main

import "testing"

// Kinds of helper final23 (issue 10; docs/heldout/heldout23.md) through the
// command, in new wording: a reply wrapped inside an address, whose next
// line carries the words that decide, and a W3C or MailEnable log line with
// the reply's spaces written as '+' and no enhanced code, whose command
// field (AUTH) names the stage: a disabled account there is a refused login;
// no authentication mechanism in common, and "exceeded hop count".
func TestExplainFinal23Kinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"SMTP error from remote server for RCPT TO command, host: mx.mail.example (192.0.2.33) reason: 550 Rejected -- invalid mailbox. Local mailbox sergei.vol\nkov@mail.example is unavailable: account is disabled", "mailbox-disabled", "permanent"},
		{"2022-11-30 06:12:40 192.0.2.15 SMTP-IN 198.51.100.44 310 AUTH c2FsZXM= 535+User+account+disabled HOST9 44 8 sales@firm.example", "auth-failed", "permanent"},
		// heldout23's first run: no authentication mechanism in common, and a
		// hop count exceeded said verb first
		{"Error sending test mail: internal client error: no compatible authentication mechanism was found on smtp.relay.example", "auth-failed", "permanent"},
		{"Your message was not delivered: exceeded hop count", "server-error", "permanent"},
	})
}
