package main

import "testing"

// Kinds of helper codeless23 (issue 10; docs/heldout/heldout23-codeless.md)
// through the command, in new wording: a program that will retry, an
// English status heading its description, a platform that holds an
// address after a hard bounce, a suppression after soft bounces, a domain
// said to be wrong, connectivity as a cause, an address not formatted
// correctly; an Outlook "Sent:" header is still refused (exit 2).
func TestExplainCodeless23Kinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Thunderbird will retry sending this message later", "unknown", "transient"},
		{"Pending: delivery will be attempted again shortly", "unknown", "transient"},
		{"Hard bounced - this address is now ineligible for future sends", "user-unknown", "permanent"},
		{"Profile suppressed after 8 consecutive soft bounces", "unknown", "permanent"},
		{"Falha na entrega: domínio errado", "host-unknown", "permanent"},
		{"Soft bounce — server connectivity problem", "network", "transient"},
		{"The email address is improperly formatted", "syntax", "permanent"},
	})
	if _, _, code := runCLI(t, "", "explain", "Sent: Monday, 2 November 2026 09:14"); code != 2 {
		t.Errorf("an Outlook header: exit %d, want 2 (no delivery outcome)", code)
	}
}

// Batch 23-codeless b's kinds through the command, in new wording: a count
// of messages that opens a text is no reply code, a receiver that blocked
// the sending server, an address blacklisted after a complaint, a server
// that may be down.
func TestExplainCodeless23BatchBKinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"300 emails were queued: the hourly sending limit was reached", "rate-limited", "transient"},
		{"Hard bounce - the recipient's server has blocked your IP", "reputation", "permanent"},
		{"Address blacklisted after a complaint", "policy", "permanent"},
		{"Soft bounce: recipient mail server might be down", "network", "transient"},
	})
}
