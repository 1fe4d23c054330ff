package main

import (
	"strings"
	"testing"
)

// Kinds of helper forms22 (issue 10; docs/heldout/heldout22-forms.md)
// through the command, in new wording.

// A test tool's session pasted with its command line behind a shell prompt
// is one paste on standard input, as the argument: the tool's closing words
// after the goodbye ("Connection closed by foreign host.") are no second
// explanation (shellToolStart, explain/forms22.go).
func TestExplainForms22ShellPrompt(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{strings.Join([]string{
			"admin@gw:~$ telnet smtp.partner.example 25",
			"Trying 198.51.100.45...",
			"Connected to smtp.partner.example.",
			"Escape character is '^]'.",
			"220 smtp.partner.example ESMTP",
			"EHLO gw.sender.example",
			"250 smtp.partner.example",
			"MAIL FROM:<ops@sender.example>",
			"250 2.1.0 Ok",
			"RCPT TO:<x.gone@partner.example>",
			"550 5.1.1 <x.gone@partner.example>: Recipient address rejected: User unknown in virtual alias table",
			"QUIT",
			"221 2.0.0 Bye",
			"Connection closed by foreign host.",
		}, "\n"), "user-unknown", "permanent"},
		{strings.Join([]string{
			"[root@gw ~]# nc smtp.partner.example 25",
			"220 smtp.partner.example ESMTP",
			"HELO gw",
			"250 smtp.partner.example",
			"MAIL FROM:<ops@sender.example>",
			"451 4.7.1 <ops@sender.example>: Sender address rejected: Greylisted, try again in 300 seconds",
			"QUIT",
			"221 Bye",
		}, "\n"), "greylisted", "transient"},
	})
}

// A log excerpt of one message from its deferrals to its end: the final
// line decides as the argument; on standard input (a log: one explanation
// a reply) Postfix's queue manager's "status=expired" line is explained too
// (queueOutcome, queueExpiredLine, finalAfterDeferrals: explain/forms22.go).
func TestExplainForms22LogExcerpt(t *testing.T) {
	t.Parallel()
	log := strings.Join([]string{
		"Nov 27 03:00:10 out postfix/smtp[411]: 5D6E7F8A9B: to=<k.yilmaz@partner.example>, relay=none, delay=31, delays=0.1/0/31/0, dsn=4.4.1, status=deferred (connect to mx.partner.example[198.51.100.46]:25: Connection timed out)",
		"Dec  2 03:00:11 out postfix/qmgr[90]: 5D6E7F8A9B: from=<report@sender.example>, status=expired, returned to sender",
		"Dec  2 03:00:11 out postfix/bounce[412]: 5D6E7F8A9B: sender non-delivery notification: 6E7F8A9B0C",
	}, "\n")
	checkArgVerdicts(t, []argVerdict{{log, "expired", "permanent"}})
	out, errOut, code := runCLI(t, log+"\n", "explain", "--json", "-")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 3 { // two explanations and the totals
		t.Fatalf("stdin: exit %d, stderr %q, %d lines, want 2 explanations and totals:\n%s", code, errOut, len(lines), out)
	}
	m := checkJSONLine(t, lines[1])
	if m["category"] != "expired" || m["class"] != "permanent" {
		t.Errorf("stdin: the qmgr line read %v/%v, want expired/permanent", m["category"], m["class"])
	}
}
