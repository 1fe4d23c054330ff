package main

import "testing"

// Kinds of helper tail17 (issue 10, session 12), through the command, in
// new wording: a client's error that carries the server's code only in
// parentheses or after "code" words is read by that code; a parenthesised
// number named as an HTTP status is still refused (exit 2).
func TestExplainTail17Kinds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Outbox: sending failed, bad reply received from mail server (535)", "auth-failed", "permanent"},
		{"relay said: unexpected response code 421", "server-error", "transient"},
	})
	if _, _, code := runCLI(t, "", "explain", "Webhook failed: HTTP status (503)"); code != 2 {
		t.Errorf("an HTTP status read as a reply: exit %d, want 2", code)
	}
}

// A message said to be larger than the destination accepts, with no code.
func TestExplainTail17LargerThanAccepted(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Send error: this email is larger than the destination server is able to receive", "message-too-big", "permanent"},
	})
}

// A Chinese application's error with full-width punctuation around the code.
func TestExplainTail17FullWidth(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"发送失败！SMTP error（421）", "server-error", "transient"},
	})
}
