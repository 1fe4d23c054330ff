package main

import "testing"

// Kinds of helper tail22 (issue 10, session 17; docs/heldout/heldout22-tail.md),
// through the command, in new wording: a one-join identifier as a value, a
// client's exit constant, an address parser's and an application's
// malformed address, an opt-out, a sender's spamming activity, a gateway's
// reputation score, a callout that could not complete; each as the argument
// and piped (one explanation, the same verdict).
func TestExplainTail22Kinds(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		argVerdict
	}{
		{"value-atom", argVerdict{"Mail job 9 failed (AuthFailure)", "auth-failed", "permanent"}},
		{"client-constant", argVerdict{"send error NS_ERROR_SMTP_SEND_FAILED_INTERRUPTED while sending", "network", "transient"}},
		{"parser-address", argVerdict{"mail: no angle-addr in \"Ana <ana@shop.example\"", "syntax", "permanent"}},
		{"app-address", argVerdict{"Mailer Error: Invalid address:  (bcc): ana@", "syntax", "permanent"}},
		{"opt-out", argVerdict{"delivery status: cancelled, reason: optout", "policy", "permanent"}},
		{"spamming-activity", argVerdict{"550 5.7.1 Your server 203.0.113.5 is blocked due to spamming activity", "reputation", "permanent"}},
		{"sbrs", argVerdict{"ICID 99 REJECT SG SUSPECTLIST match sbrs[-3.0:-1.0] SBRS -2.5", "reputation", "permanent"}},
		{"callout", argVerdict{"Could not complete recipient verify callout: backend timed out", "network", "transient"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}
