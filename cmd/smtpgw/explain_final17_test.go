package main

import "testing"

// Kinds of helper final17 (issue 10, session 12; docs/heldout/heldout17.md),
// through the command, in new wording: a Postfix bounce's session
// transcript, an Exchange 5.5 IMC reason, amavis' "Error in processing", a
// bare 553; and PHPMailer's SMTPDebug output on standard input, read as one
// paste (one explanation, the verdict the same text gets as the argument).
func TestExplainFinal17Kinds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{" Out: 220 mx.far.example ESMTP\n In:  MAIL FROM:<ann@lab.example>\n Out: 250 2.1.0 Ok\n In:  RCPT TO:<kim@far.example>\n Out: 550 5.1.1 <kim@far.example>: Recipient address rejected: User unknown in local recipient table\n In:  QUIT\n Out: 221 2.0.0 Bye", "user-unknown", "permanent"},
		{"'ops@nowhere-shop.example' on 6/1/99 8:15 AM\n    The recipient name is not recognized\n    MSEXCH:IMC:ACME:HQ:MAIL01 3902 Host Unknown", "host-unknown", "permanent"},
		{"451 4.5.0 Error in processing, id=55120-03, virus_scan FAILED: virus scanners failure", "server-error", "transient"},
		{"Mail not sent. Server said: 553", "unknown", "permanent"},
	})
}

func TestExplainFinal17PHPMailerDebugStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"2026-11-30 09:12:01 CLIENT -> SERVER: EHLO web01.lab.example\n2026-11-30 09:12:01 SERVER -> CLIENT: 250-mail.far.example\n2026-11-30 09:12:01 CLIENT -> SERVER: STARTTLS\n2026-11-30 09:12:01 SERVER -> CLIENT: 220 2.0.0 Ready to start TLS\nSMTP Error: Could not connect to SMTP host.\n2026-11-30 09:12:01 CLIENT -> SERVER: QUIT\nSMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting", "tls-required", "permanent"},
		{"2026-11-30 09:14:40 Connection: opening to mail.far.example:587, timeout=300, options=array()\n2026-11-30 09:14:40 Connection: opened\n2026-11-30 09:14:40 SERVER -> CLIENT: 220 mail.far.example ESMTP\n2026-11-30 09:14:40 CLIENT -> SERVER: AUTH LOGIN\n2026-11-30 09:14:40 SERVER -> CLIENT: 535 5.7.8 Error: authentication failed: authentication failure\n2026-11-30 09:14:40 SMTP ERROR: Password command failed: 535 5.7.8 Error: authentication failed: authentication failure\nSMTP Error: Could not authenticate.", "auth-failed", "permanent"},
	})
}
