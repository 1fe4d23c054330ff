package main

import "testing"

// Kinds of helper tail27 (issue 10, session 22; docs/heldout/heldout27-tail.md),
// through the command, in new wording: a malformed address said with
// "syntax incorrect", Postmark's API error 406 (an inactive, suppressed
// recipient) and its client's exception name; each as the argument and
// piped (one explanation, the same verdict).
func TestExplainTail27Kinds(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		argVerdict
	}{
		{"syntax-incorrect", argVerdict{"553 Mailbox syntax is incorrect: <kim@@lab.example>", "syntax", "permanent"}},
		{"postmark-406", argVerdict{`{"ErrorCode": 406, "Message": "Inactive recipient", "To": "kim@lab.example"}`, "policy", "permanent"}},
		{"inactive-recipient-error", argVerdict{"Postmark::InactiveRecipientError: You tried to send to a recipient that has been marked as inactive.", "policy", "permanent"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}

// The RBL kind through the command (argument and piped).
func TestExplainTail27RefusedByRBL(t *testing.T) {
	t.Parallel()
	checkPipedAsArgument(t, "refused-by-rbl", argVerdict{"550 5.7.1 Your message was rejected by RBL", "reputation", "permanent"})
}

// The antispam kind through the command (argument and piped).
func TestExplainTail27AntispamRefused(t *testing.T) {
	t.Parallel()
	checkPipedAsArgument(t, "antispam-refused", argVerdict{"554 Message refused by the antispam filter of mx.lab.example", "spam-content", "permanent"})
}
