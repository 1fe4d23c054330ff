package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// Kinds of helper codeless20 (issue 10; docs/heldout/heldout20-codeless.md)
// through the command, in new wording: the codeless gate's refusals said
// as verbs it did not read, negated, as a missing transport, as a scheduled
// retry, as a daemon's upper-case status, and in other languages — as the
// argument and on standard input; a text that states no delivery is still
// refused (exit 2).
func TestExplainCodeless20Kinds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"the outgoing server refuses to carry this message", "unknown", "permanent"},
		{"Could not forward the alert email to transport 'smtp'", "unknown", "unknown"},
		{"notifier: SMTP is not configured, report email skipped", "unknown", "unknown"},
		{"mailer retry in 90 seconds", "unknown", "transient"},
		{"relayd[7]: 16366954187000aa.002 DEFERRED", "unknown", "transient"},
		{"Su correo fue devuelto por el servidor", "unknown", "permanent"},
		{"Error: Authentication failed: 550 5.7.3 Not possible", "auth-failed", "permanent"},
		{`{"kind":"bounce","isPermanent":false,"detail":"mailbox full"}`, "mailbox-full", "transient"},
		{"2 notification emails failed: placed on the error queue", "unknown", "permanent"},
		{"Impossible de terminer: erreur pendant l'envoi du courriel", "unknown", "unknown"},
	})
	// pasted whole (argument and standard input)
	checkWholePastes(t, []argVerdict{
		{"Outbox: resend at 09:15", "unknown", "transient"},
		{"Die Nachricht wurde vom Server zurückgewiesen", "unknown", "permanent"},
		{"C0FFEE1234!   2048 Fri Feb  6 07:08:09  app@near.example\n                                         bo@far.example", "unknown", "transient"},
		{" 1h  7.2K 1wAbCd-000EfG-3h <app@near.example>\n          bo@far.example", "unknown", "transient"},
	})
	for _, in := range []string{"Please do not reply to this email.", "SMTP retry interval set to 5 minutes", "Email notifications are not configured for this project."} {
		if _, _, code := runCLI(t, "", "explain", in); code != 2 {
			t.Errorf("%q: exit %d, want 2 (no delivery outcome)", in, code)
		}
	}
}

// A queue listing's message size is no reply code: mailq and exim -bp put
// the size before the arrival date or the message id, and a message of
// 200 to 599 bytes was read as a reply with that code (found writing
// TestExplainCodeless20Kinds). As the argument and on standard input the
// entry is a waiting message without a code.
func TestExplainQueueSizeIsNoCode(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		"D1E2F3A4B5*     550 Wed Jan 14 06:05:04  app@near.example\n                                         bo@far.example",
		"0A9B8C7D6E!     421 Sat Aug  1 23:59:01  MAILER-DAEMON\n                                         bo@far.example",
		"QQ7abc12345678     452 Sun Nov 29 11:22:33 <ops@near.example>\n                 <bo@far.example>",
		" 3d   554 1wXyZa-000BcD-9k <app@near.example>\n          bo@far.example",
	} {
		m := explainJSON(t, in)
		if m["code"] != nil || m["class"] != "transient" {
			t.Errorf("%.50q as the argument: code %v class %v, want no code, transient (a waiting message)", in, m["code"], m["class"])
		}
		out, _, exit := runCLI(t, in+"\n", "explain", "--json", "-")
		var got map[string]any
		if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &got); err != nil || exit != 0 {
			t.Fatalf("%.50q on standard input: exit %d, %v: %s", in, exit, err, out)
		}
		if got["code"] != nil || got["class"] != "transient" {
			t.Errorf("%.50q on standard input: code %v class %v, want no code, transient", in, got["code"], got["class"])
		}
	}
}
