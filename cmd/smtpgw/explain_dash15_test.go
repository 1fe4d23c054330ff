package main

import "testing"

// Codeless status words and short reasons of products' dashboards, reports
// and logs (issue 10, held-out batch 15-dash) through the command. The
// wording is new (not rows of the batch).

// Each paste alone on standard input is one explanation: a message trace's
// record with its bare status, a log-summary report's reject line (its
// count is no reply code), a help desk's banner, a platform's hold.
func TestExplainDash15FormsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"RecipientAddress : ops@lab.example\nStatus           : Pending", "unknown", "transient", ""},
		{"     518   Reject RBL                                 22.10%", "reputation", "permanent", ""},
		{"Email not delivered to ops@lab.example: the contact reported your message as spam", "policy", "permanent", ""},
		{"Not sent: ops@lab.example is on the drop list after 4 consecutive bounces", "policy", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c}) // each paste alone: one explanation
	}
}

// The same kinds given as the argument, and two successes (exit 0): a
// group the trace expanded, an automatic response.
func TestExplainDash15FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Event: PendingModeration\nRecipient: board@corp.example", "policy", "transient"},
		{"Reply category: 250 Recipient Abuse Report", "policy", "permanent"},
		{"RecipientAddress : staff@corp.example\nStatus           : Expanded", "success", "success"},
		{"Autoresponder: the recipient's server sent an automatic response", "success", "success"},
		{"error: send_failed_all_recipients_suppressed", "policy", "permanent"},
	})
}
