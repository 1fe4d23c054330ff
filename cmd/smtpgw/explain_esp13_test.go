package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// A sending platform's answers in the forms its clients print them (issue
// 10, held-out batch 13-esp): a status in parentheses after the message
// ("... (403 error)"), a status after the word API ("Acme API 401: ..."),
// a platform's bare labels and SocketLabs' ErrorCode, through the command as
// the argument and on standard input.
func TestExplainESP13PlatformForms(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"NewsletterApiError: request limit reached, you are rate limited (403 error)", "rate-limited", "transient"},
		{"NewsletterApiError: service temporarily unavailable (503 error)", "server-error", "transient"},
		{"Acme API 401: the key you sent is not valid", "auth-failed", "permanent"},
		{`{"ErrorCode":"AccountDisabled","MessageResults":[],"TransactionReceipt":null}`, "policy", "permanent"},
		{`{"subscriber":"lee@lab.example","undeliverability_reason":"does_not_exist"}`, "user-unknown", "permanent"},
		{"Email Bounced Soft | Category: 3 | Details: 452 4.2.2 Over quota", "mailbox-full", "transient"},
	})
	out, errOut, code := runCLI(t, "NewsletterApiError: request limit reached, you are rate limited (403 error)\n", "explain", "--json", "-")
	if code != 0 {
		t.Fatalf("stdin: exit %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("stdin: %d explanations, want 1:\n%s", len(lines), out)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &got); err != nil {
		t.Fatal(err)
	}
	if got["category"] != "rate-limited" || got["class"] != "transient" || got["code"] != float64(403) {
		t.Errorf("stdin: %v/%v code %v, want rate-limited/transient code 403", got["category"], got["class"], got["code"])
	}
}
