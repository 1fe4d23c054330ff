package main

import "testing"

// Kinds of helper codeless18 (issue 10; docs/heldout/heldout18-codeless.md)
// through the command, in new wording: texts without a reply code as the
// argument (a failure word with a word of mail, a record led by its
// status, text run together, a library's status name or nodemailer's error
// code, a platform's suppression) and such lines in a list on standard input.
func TestExplainCodeless18Kinds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Mail for ana@far.example has been refused", "unknown", "permanent"},
		{"Deferred: attempt 2 of 6", "unknown", "transient"},
		{"Thereportemailwasrejectedbytheremotesideagain", "unknown", "permanent"},
		{"order mail not sent: SMTP server said LocalErrorInProcessing", "server-error", "transient"},
		{"worker error EOAUTH2 for account ops", "auth-failed", "permanent"},
		{"Skipped - contact marked as bounced", "user-unknown", "permanent"},
		// batch 18-codeless b's kinds
		{"Notifier.DeliveryStatus.MAILBOX_FULL", "mailbox-full", "permanent"},
		{"Contact suppressed after 3 soft bounces", "unknown", "permanent"},
	})
	// a list: the first line is a reply, so each line stands alone
	checkStdinPastes(t, []stdinPaste{
		{in: "550 5.1.1 <ana@far.example>: Recipient address rejected: User unknown", cat: "user-unknown", class: "permanent"},
		{in: "Mail for bo@far.example has been refused", cat: "unknown", class: "permanent"},
		{in: "alert mail not sent: SMTP server said InsufficientStorage", cat: "server-error", class: "transient"},
	})
}

// A text with a failure word but no word of mail is still refused (exit 2).
func TestExplainCodeless18GateRefuses(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"Error: file not found", "no errors in mail queue"} {
		if _, _, code := runCLI(t, "", "explain", in); code != 2 {
			t.Errorf("explain %q: exit %d, want 2", in, code)
		}
	}
}
