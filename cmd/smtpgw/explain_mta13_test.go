package main

import "testing"

// Exchange's log forms through the command (issue 10, held-out batch
// 13-mta): the SMTP protocol log's CSV line, whose reply stands after the
// event field, and Get-MessageTrackingLog's {...} list, one per line on
// standard input and as the argument. The wording is new (not rows of the
// batch).
func TestExplainMta13ExchangeLogForms(t *testing.T) {
	t.Parallel()
	lines := []stdinPaste{
		{`2026-08-03T11:20:45.617Z,EX03\Default EX03,08DDA1B2C3D4E5F6,21,192.0.2.12:25,198.51.100.90:53311,>,421 4.3.2 Service not active,`, "server-error", "transient", ""},
		{`2026-08-03T11:21:02.090Z,EX03\Internet Send,08DDA1B2C3D4E5F7,9,192.0.2.12:50100,203.0.113.71:25,<,554 5.7.1 Message refused: spam content,`, "spam-content", "permanent", ""},
		{"RecipientStatus : {550 5.1.1 No such mailbox here}", "user-unknown", "permanent", ""},
	}
	checkStdinPastes(t, lines)
	args := make([]argVerdict, len(lines))
	for i, l := range lines {
		args[i] = argVerdict{l.in, l.cat, l.class}
	}
	checkArgVerdicts(t, args)
}

// Axigen's protocol log through the command: a session's lines on standard
// input give one explanation for the reply (">>" of SMTP-IN), and the line
// alone as the argument is read the same (held-out batch 13-mta b; new
// wording).
func TestExplainMta13AxigenLog(t *testing.T) {
	t.Parallel()
	lines := []stdinPaste{
		{"SMTP-IN: 0000005D : >> 550 5.7.1 Relaying to far.example is not allowed", "relay-denied", "permanent", ""},
		{"SMTP-OUT: 000000B2 : << 452 4.2.2 Mailbox full, try again later", "mailbox-full", "transient", ""},
		{"SMTP-IN: 0000005E : >> 250 Recipient accepted", "success", "success", ""},
	}
	checkStdinPastes(t, lines)
	args := make([]argVerdict, len(lines))
	for i, l := range lines {
		args[i] = argVerdict{l.in, l.cat, l.class}
	}
	checkArgVerdicts(t, args)
}
