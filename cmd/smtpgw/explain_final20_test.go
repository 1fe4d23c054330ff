package main

import "testing"

// Kinds of helper final20 (issue 10, session 15; docs/heldout/heldout20.md),
// through the command, in new wording: a service's own "deferred" over the
// permanent reply it quotes, Postfix's bounce report with a temporary reply
// inside, an HTTP status with an API's XML error document, the HELO check's
// "Host not found", a DSN's "dns;" address type.
func TestExplainFinal20Kinds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"<ann@far.example>, Result: deferred, Status: 5.7.1 550 5.7.1 Rejected by recipient policy, Remote-Host: mx.far.example", "policy", "transient"},
		{"This is the mail system at host relay.lab.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n<bo@far.example>: host mx.far.example[192.0.2.9] said: 450 4.2.2 mailbox over quota (in reply to RCPT TO command)", "mailbox-full", "permanent"},
		{"SendEmail: 400 Email address is not verified.\n<ErrorResponse><Error><Type>Sender</Type><Code>MessageRejected</Code><Message>Email address is not verified.</Message></Error></ErrorResponse>", "sender-invalid", "permanent"},
		{"554 5.7.1 <ws-07.office.lan>: Helo command rejected: Host not found", "rfc-noncompliant", "permanent"},
		{"Message rescheduled for delivery: 554 5.7.1 Service unavailable; client [198.51.100.3] blocked using zen.spamhaus.org", "reputation", "transient"},
		{"554 5.7.1 Rejected: suspicious macro in attached document", "virus", "permanent"},
	})
}

// The same kinds on standard input give one explanation each, with the
// verdict they get as the argument.
func TestExplainFinal20KindsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"<ann@far.example>, Result: deferred, Status: 5.7.1 550 5.7.1 Rejected by recipient policy, Remote-Host: mx.far.example", "policy", "transient"},
		{"Reporting-MTA: dns;gw02.corp.example\nReceived-From-MTA: dns;gw01.corp.example\n\nFinal-Recipient: rfc822;lin@corp.example\nAction: failed\nStatus: 5.1.1", "user-unknown", "permanent"},
	})
}
