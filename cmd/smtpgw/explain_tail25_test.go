package main

import "testing"

// Kinds of helper tail25 (issue 10, session 20; docs/heldout/heldout25-tail.md),
// through the command, in new wording: a bounce event's one-word category
// (CONTENT), a quota that "has been exceeded", an empty recipient that
// Exchange cannot resolve, a host whose address could not be determined, a failure type
// written as an identifier, a HELO name refused as invalid, an "email" not
// valid, a message body's invalid characters, a message's failed DMARC
// authentication; each as the argument and piped (one explanation,
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
		{"failure-type-identifier", argVerdict{`{"event":"failed","failureType":"MailboxFull","to":"jo@r.example"}`, "mailbox-full", "permanent"}},
		{"helo-name-invalid", argVerdict{"SMTP error from remote mail server after EHLO pc01: 501 5.5.4 Invalid hostname", "rfc-noncompliant", "permanent"}},
		{"email-not-valid", argVerdict{`{"code":"invalid_parameter","message":"email is not valid in bcc"}`, "syntax", "permanent"}},
		{"message-invalid-characters", argVerdict{"554 Transaction failed: Message body contains invalid characters", "rfc-noncompliant", "permanent"}},
		{"message-authentication-failed", argVerdict{"550 5.7.1 Message refused: DMARC policy of shop.example is reject and authentication failed", "sender-auth", "permanent"}},
		{"recipient-not-resolved", argVerdict{`Could not send message. Recipient "" isn't resolved. All recipients must be resolved before a message can be submitted.`, "syntax", "permanent"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}
