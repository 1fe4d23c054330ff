package main

import "testing"

// Kinds of helper tail21 (issue 10, session 16; docs/heldout/heldout21-tail.md),
// through the command, in new wording: the long tail's own statuses,
// identifiers and reason labels (a suppression read by its reason, a
// platform's own list, a sending API's result identifier, JavaMail's
// address parser, a record's own retry action and failure type, an error
// type NAMESPACE:CONSTANT, a library's unexpected 221; batch b: a request
// without a recipient, a bounce list, an address verifier's reason, a
// send-as refused by delegation); each as the
// argument and piped (one explanation, the same verdict).
func TestExplainTail21Kinds(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		argVerdict
	}{
		{"suppressed-hard-bounce", argVerdict{"Address suppressed; suppression reason: HARD_BOUNCE", "user-unknown", "permanent"}},
		{"quarantined-address", argVerdict{"Mailing skipped for ana@shop.example: quarantined address", "policy", "permanent"}},
		{"own-list-status", argVerdict{"Send status: blacklisted", "policy", "permanent"}},
		{"result-identifier", argVerdict{`{"id":"s-42","sendResult":"INVALID_BCC_ADDRESS"}`, "syntax", "permanent"}},
		{"address-parser", argVerdict{"AddressException: Missing final '@domain'", "syntax", "permanent"}},
		{"record-retry-action", argVerdict{`{"event":"bounce","category":"dns_failure","action":"retry_in_1h"}`, "network", "transient"}},
		{"failure-type-soft", argVerdict{"Failure type: Soft | Failure reason: Mailbox full", "mailbox-full", "transient"}},
		{"namespaced-error-type", argVerdict{"Error type : SMTP:UNKNOWN_HOST", "host-unknown", "permanent"}},
		{"library-unexpected-221", argVerdict{`Expected response code "250" but got code "221", with message "221 Idle timeout, closing connection".`, "network", "transient"}},
		{"bounce-limit", argVerdict{"status = too_many_bounces", "user-unknown", "permanent"}}, // common22: an address held for its bounces
		// held-out batch 21-tail b's kinds
		{"recipient-required", argVerdict{"Send failed: recipient address is required", "syntax", "permanent"}},
		{"bounce-list", argVerdict{"Skipped: li@shop.example is on your bounce list", "user-unknown", "permanent"}},
		{"verifier-reason", argVerdict{`{"result":"unknown","reason":"unavailable_smtp","address":"li@far.example"}`, "server-error", "transient"}},
		{"delegation-denied", argVerdict{"gmail send: Delegation denied for alerts@shop.example", "sender-invalid", "permanent"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}
