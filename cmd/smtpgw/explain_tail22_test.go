package main

import "testing"

// Kinds of helper tail22 (issue 10, session 17; docs/heldout/heldout22-tail.md),
// through the command, in new wording: a one-join identifier as a value, a
// client's exit constant, an address parser's and an application's
// malformed address, an opt-out, a sender's spamming activity, a gateway's
// reputation score, a callout that could not complete; batch b: a one-word
// status, no password, sending not enabled, an LDAP recipient check, mutt's
// sysexits class; each as the argument and piped (one explanation, the same
// verdict).
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
		// held-out batch 22-tail b's kinds
		{"one-word-status", argVerdict{"API call failed (Status: ConnectFailure)", "network", "transient"}},
		{"password-undefined", argVerdict{"SMTP: password undefined for account ops@shop.example", "auth-required", "permanent"}},
		{"sending-not-enabled", argVerdict{"first error: NO_MASS_MAIL_PERMISSION, Single email is not enabled for your organization.", "policy", "permanent"}},
		{"ldap-accept", argVerdict{"To: <nobody@corp.example> Rejected by LDAPACCEPT", "user-unknown", "permanent"}},
		{"sysexit-class", argVerdict{"Error sending message, child exited 68 (Host unknown.).", "host-unknown", "permanent"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}
