package main

import "testing"

// Kinds of helper final16 (issue 10; docs/heldout/heldout16.md), through the
// command, in new wording: a DSN whose multi-line Diagnostic-Code lost its
// folding indentation, a status placeholder with an "x", an application's
// own "failed, retrying", a status identifier pasted alone.
func TestExplainFinal16Kinds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Action: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550-5.7.1 This message does not have authentication\ninformation or fails to pass 550-5.7.1 authentication checks. Please\nvisit 550\n5.7.1 https://support.google.example/mail/answer/81126 q1si2 - gsmtp", "sender-auth", "permanent"},
		{"The reason for the problem:\n5.x.0 - Message bounced by the administrator", "policy", "permanent"},
		{"ERROR starttls: tls: handshake failure\nINFO send to ana@far.example failed, retrying in 60s", "tls-required", "transient"},
		{"SMTP_AUTH_FAILED", "auth-failed", "permanent"},
		{"Zustellstatus: Briefkasten ist voll", "mailbox-full", "permanent"},
		{"Error: cannot send the report e-mail", "unknown", "unknown"},
		{"queue: delivered msg=9c1 rcpt=<ana@far.example>", "success", "success"},
	})
}
