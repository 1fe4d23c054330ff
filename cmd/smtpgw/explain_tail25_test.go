package main

import "testing"

// Kinds of helper tail25 (issue 10, session 20; docs/heldout/heldout25-tail.md),
// through the command, in new wording: a bounce event's one-word category
// (CONTENT), a quota that "has been exceeded", an empty recipient that
// Exchange cannot resolve, a host whose address could not be determined; each as the argument and piped (one explanation,
// the same verdict).
func TestExplainTail25Kinds(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		argVerdict
	}{
		{"json-category-content", argVerdict{`{"type":"BOUNCE","recipient":"jo@r.example","category":"CONTENT","status":"554"}`, "spam-content", "permanent"}},
		{"quota-is-exceeded", argVerdict{"Could not store the sent copy: mailbox quota is exceeded", "mailbox-full", "permanent"}},
		{"quota-has-been-exceeded", argVerdict{"Upload refused: the quota has been reached", "mailbox-full", "permanent"}},
		{"host-address-not-determined", argVerdict{"Error: The IP address of host \"smtp.office.example\" could not be determined", "host-unknown", "permanent"}},
		{"recipient-not-resolved", argVerdict{`Could not send message. Recipient "" isn't resolved. All recipients must be resolved before a message can be submitted.`, "syntax", "permanent"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}
