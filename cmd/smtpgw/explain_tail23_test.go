package main

import "testing"

// Kinds of helper tail23 (issue 10, session 18; docs/heldout/heldout23-tail.md),
// through the command, in new wording: MailKit's ErrorCode after "=", a
// qualified field key (Mandrill's reject reason in words), a dotted
// Category.Member error code, credentials an API could not validate,
// credits that expired, a service suspended for spamming, a one-word
// hard-bounce suppression reason; batch b: a field "wrongly formed", a
// service's invalid-address list, a monthly quota, a quarantine naming the
// IP; each as the argument and piped (one
// explanation, the same verdict).
func TestExplainTail23Kinds(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		argVerdict
	}{
		{"mailkit-errorcode-eq", argVerdict{"newsletter worker: MailKit.Net.Smtp.SmtpCommandException: ErrorCode=SenderNotAccepted StatusCode=MailboxNameNotAllowed", "sender-invalid", "permanent"}},
		{"qualified-key", argVerdict{"batch 12 rejected, reject reason: unsigned", "sender-invalid", "permanent"}},
		{"dotted-member", argVerdict{"SES request failed: FailedOperation.IncorrectEmail", "syntax", "permanent"}},
		{"credentials-not-validated", argVerdict{"API call failed: the credentials could not be validated", "auth-failed", "permanent"}},
		{"credits-expired", argVerdict{"Sending stopped: your prepaid credits have expired", "rate-limited", "permanent"}},
		{"suspended-for-spamming", argVerdict{"Relay for shop.example temporarily suspended because spamming activities were detected", "policy", "transient"}},
		{"reason-hardbounce", argVerdict{"address removed from list, reason=HARDBOUNCE", "user-unknown", "permanent"}},
		// held-out batch 23-tail b's kinds
		{"field-wrongly-formed", argVerdict{"DM error: the specified receiver address is wrongly formed", "syntax", "permanent"}},
		{"invalid-address-library", argVerdict{"not sent: rejected by invalid address (platform list)", "user-unknown", "permanent"}},
		{"monthly-quota", argVerdict{"API 429: monthly quota exceeded", "rate-limited", "transient"}},
		{"quarantine-dirty-ip", argVerdict{"Quarantined, reason: dirtyip", "reputation", "permanent"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}
