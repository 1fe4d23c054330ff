package main

import "testing"

// Input forms of replies quoted in forum threads (issue 10, held-out batch
// 14-forum) through the command. The wording is new (not rows of the batch).

// An application's log line that wraps a MAIL FROM refusal of a non-local
// sender, on standard input and as the argument.
func TestExplainForum14NonLocalSender(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"[mailer] send failed: Error: Mail command failed: 550 non-local sender not accepted", "sender-invalid", "permanent", "MAIL FROM"},
	} {
		checkStdinPastes(t, []stdinPaste{c})
	}
	checkArgVerdicts(t, []argVerdict{
		{"smtp: 553 sender is not local to this server", "sender-invalid", "permanent"},
	})
}
