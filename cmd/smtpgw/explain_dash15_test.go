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

// Batch 15-dash b through the command: a postmaster dashboard's rating and a
// queue record's retry status on standard input; a list's hold, a report's
// count and a host that cannot be found as the argument.
func TestExplainDash15bForms(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"IP: 198.51.100.30\nFilter result: Red\nTrap hits: 22", "reputation", "permanent", ""},
		{"mailitem_id: 77\nrecipients: ops@lab.example\nsent_status: retrying", "unknown", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c})
	}
	checkArgVerdicts(t, []argVerdict{
		{"Your message to 'board' is being held until the list moderator can review it", "policy", "transient"},
		{"At least one address failed: 4", "unknown", "permanent"},
		{"Connecting failed: the host smtp.corp.example cannot be found", "host-unknown", "permanent"},
	})
}
