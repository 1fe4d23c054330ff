package main

import "testing"

// Kinds of helper tail24 (issue 10, session 19; docs/heldout/heldout24-tail.md),
// through the command, in new wording: MailerQ's result record (stage and
// result), a service's expiry field over the last attempt's reply, the
// send-on-behalf right, an address on a platform's own block list, a size
// limit named by a content filter, a platform's "bad user", a gateway's
// call-forward refusal; batch b: a library's class named "sender", MailerQ's
// result lost, an address "not correct"; each as the argument and piped (one explanation,
// the same verdict).
func TestExplainTail24Kinds(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		argVerdict
	}{
		{"mailerq-dns-error", argVerdict{`{"recipient":"bo@void.example","results":[{"state":"dns","result":"error","time":"2026-03-04 05:06:07"}]}`, "host-unknown", "permanent"}},
		{"mailerq-expired", argVerdict{`{"recipient":"bo@r.example","results":[{"state":"amqp","result":"timeout"}]}`, "expired", "permanent"}},
		{"final-state-old", argVerdict{`{"event":"failed","severity":"permanent","reason":"old","delivery-status":{"code":421,"message":"4.4.1 Host not reachable"}}`, "expired", "permanent"}},
		{"right-on-behalf", argVerdict{"Send failed: the user does not have the right to send mail on behalf of sales@corp.example", "sender-invalid", "permanent"}},
		{"address-blacklisted", argVerdict{"Newsletter skipped: Blacklisted Address", "policy", "permanent"}},
		{"size-content-filter", argVerdict{"Held by content filter: message size", "message-too-big", "permanent"}},
		{"bad-user", argVerdict{"Send result: Failed - Bad user", "user-unknown", "permanent"}},
		{"call-forward", argVerdict{"Rejected: call forward failed for <li@corp.example>", "user-unknown", "permanent"}},
		// held-out batch 24-tail b's kinds
		{"library-sender-class", argVerdict{"Email::Sender::Failure::Permanent: error at after DATA: 5.7.1 Blocked: spam score 12.0", "spam-content", "permanent"}},
		{"mailerq-lost", argVerdict{`{"recipient":"li@r.example","results":[{"state":"mailfrom","result":"lost"}]}`, "network", "transient"}},
		{"address-not-correct", argVerdict{"Status: failed - address is not correct", "syntax", "permanent"}},
		// probes in new wording after batch b
		{"mailerq-connect", argVerdict{`{"recipient":"li@r.example","results":[{"state":"connect","result":"error"}]}`, "network", "transient"}},
		{"lda-user-setup", argVerdict{"lmtp(ana@corp.example): Error: Failed to initialize user: Namespace 'inbox': Mail storage autodetection failed", "server-error", "transient"}},
		{"auth-error-over-3xx", argVerdict{"Net::SMTPAuthenticationError (334 UGFzc3dvcmQ6)", "auth-failed", "permanent"}},
		{"json-reason-hardbounce", argVerdict{`{"email":"ana@r.example","reason":"HARDBOUNCE"}`, "user-unknown", "permanent"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}
