package main

import "testing"

// Kinds of helper concept19 (issue 10, session 14; docs/heldout/heldout19-concept.md),
// through the command, in new wording: the long tail's product vocabulary
// read by concept (an address not found, a mailbox out of room, a period's
// sending allowance, an app password, a secure channel not set up, a server
// not reached, a name not resolved, a sender not verified, a recipient's
// complaint, the sending account paused, a size over a limit); each as the
// argument and piped (one explanation, the same verdict).
func TestExplainConcept19Kinds(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		argVerdict
	}{
		{"address-not-found", argVerdict{"Notification not delivered: the e-mail address can't be found at the receiving site", "user-unknown", "permanent"}},
		{"mailbox-out-of-room", argVerdict{"Bounce: recipient's mailbox has insufficient storage", "mailbox-full", "permanent"}},
		{"period-allowance", argVerdict{"Mail API: weekly quota exhausted for this key", "rate-limited", "transient"}},
		{"app-password", argVerdict{"Login with your regular password is not supported: generate an app-specific password", "auth-failed", "permanent"}},
		{"secure-channel", argVerdict{"Test mail failed: SSL negotiation failed with mail.lab.example", "tls-required", "permanent"}},
		{"server-unreachable", argVerdict{"Alarm mail: SMTP server unreachable (192.0.2.25:25)", "network", "transient"}},
		{"name-not-resolved", argVerdict{"Failed resolving the SMTP host mail.lab.example", "host-unknown", "permanent"}},
		{"sender-not-verified", argVerdict{"Sender email ops@lab.example awaiting verification", "sender-invalid", "permanent"}},
		{"recipient-complained", argVerdict{"Skipped: contact filed a spam complaint earlier", "policy", "permanent"}},
		{"sending-suspended", argVerdict{"Email sending suspended for this account by its administrator", "policy", "permanent"}},
		{"size-over-limit", argVerdict{"Attachment size exceeds the 10 MB limit", "message-too-big", "permanent"}},
		// held-out batch 19-concept's kinds
		{"no-mail-server", argVerdict{"Mail settings: outgoing mail server is not set up", "unknown", "unknown"}},
		{"server-name-unknown", argVerdict{"Send test e-mail: Unknown SMTP server.", "host-unknown", "permanent"}},
		{"socket-read", argVerdict{"notify: error while reading from socket (192.0.2.25:25)", "network", "transient"}},
		// batch 19-concept b's kinds
		{"sender-not-hosted", argVerdict{"550 The MAIL FROM address alerts@nas.example is not hosted on this server", "sender-invalid", "permanent"}},
		{"response-read-failed", argVerdict{"Test mail: failed to read response from smtp.lab.example", "network", "transient"}},
		{"listed-by", argVerdict{"Your IP address 203.0.113.9 is blocklisted by SpamCop; connection closed by foreign host", "reputation", "permanent"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}
