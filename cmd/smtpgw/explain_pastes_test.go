package main

import (
	"strings"
	"testing"
)

// Replies as people paste them from the applications that send mail (issue
// 10, held-out batch 6), through the command: one per line on standard input
// (`... | smtpgw explain --json -`), in the wrapping the application left
// around them, and a multi-line paste given as the argument.
func TestExplainPastedWrappersStdin(t *testing.T) {
	t.Parallel()
	lines := []stdinPaste{
		// a library's message that names the code it expected first
		{`[2026-03-01 10:00:00] production.ERROR: Expected response code "250/251/252" but got code "550", with message "550 5.1.1 <lee@shop.example>: Recipient address rejected: User unknown in local recipient table".`, "user-unknown", "permanent", "RCPT TO"},
		// the same, JSON-escaped by a structured logger
		{`{"level":"error","message":"Expected response code \"250\" but got code \"553\", with message \"553 5.7.1 <web@lab.example>: Sender address rejected: not owned by user smtp@lab.example\"."}`, "sender-invalid", "permanent", ""},
		// Python's reply tuple
		{`smtplib.SMTPSenderRefused: (552, b'the sender must be the same as the authenticated user', 'alerts@lab.example')`, "sender-invalid", "permanent", "MAIL FROM"},
		// a whole session logged on one line: the failed reply decides, not the 250 after RSET
		{`core: >> MAIL FROM:<app@lab.example> << 250 2.1.0 Ok >> RCPT TO:<max@shop.example> << 550 5.7.1 <max@shop.example>: Relay access denied >> RSET << 250 2.0.0 Ok`, "relay-denied", "permanent", "RCPT TO"},
		// PHPMailer's layout on one line
		{`SMTP server error: DATA END command failed Detail: Message rejected as spam SMTP code: 554 Additional SMTP info: 5.7.1`, "spam-content", "permanent", "END OF DATA"},
		// Rust lettre prints the code as its enum parts (5, 3, 5)
		{`[mailer][ERROR] SMTP 5xx error: Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: Unspecified3, detail: Five }) }`, "auth-failed", "permanent", ""},
	}
	checkStdinPastes(t, lines)
	// the human card of the one-line session shows the reply that failed
	out, _, code := runCLI(t, lines[3].in+"\n", "explain", "-")
	if code != 0 || !strings.HasPrefix(out, "550 5.7.1") || !strings.Contains(out, "relay-denied") {
		t.Errorf("card:\n%s", out)
	}
}

func TestExplainPastedWrappersArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		// Nodemailer's error object as printed by console.log
		{"{ Error: Message failed: 552 5.3.4 Message size exceeds fixed maximum message size\n    at SMTPConnection._formatError (node_modules/nodemailer/lib/smtp-connection/index.js:790:19)\n  code: 'EMESSAGE',\n  response: '552 5.3.4 Message size exceeds fixed maximum message size',\n  responseCode: 552,\n  command: 'DATA' }", "message-too-big", "permanent"},
		// PHPMailer's ErrorInfo over several lines
		{"SMTP Error: data not accepted.\nSMTP server error: DATA END command failed\nDetail: The from address does not match a verified sender\nSMTP code: 550", "sender-invalid", "permanent"},
		// a client log that prefixes every line of a multi-line reply
		{"recv mx.shop.example>550-5.7.1 The sender domain shop.example has no SPF record and\nrecv mx.shop.example>550 5.7.1 the message is not signed with DKIM.", "sender-auth", "permanent"},
		// a Python multi-line reply string inside the refused-recipients dict
		{"SMTPRecipientsRefused: {'ida@shop.example': (550, b'5.2.1 The email account that you tried to reach is disabled.\n5.2.1 Learn more at https://support.example/p=DisabledUser')}", "mailbox-disabled", "permanent"},
	})
}

// stdinPaste is one paste of a list piped to `explain --json -`, one per
// line, with the verdict it must get (stage only when not empty).
type stdinPaste struct{ in, cat, class, stage string }

// argVerdict is an input given as explain's argument and the category
// and class `explain --json` must give it.
type argVerdict struct{ in, cat, class string }

// checkArgVerdicts runs `explain --json` on each input as the argument and
// checks its category and class.
func checkArgVerdicts(t *testing.T, cases []argVerdict) {
	t.Helper()
	for _, c := range cases {
		m := explainJSON(t, c.in)
		if m["category"] != c.cat || m["class"] != c.class {
			t.Errorf("%.60q: %v/%v (rule %v), want %s/%s", c.in, m["category"], m["class"], m["rule"], c.cat, c.class)
		}
	}
}

// checkStdinPastes pipes the pastes, one per line, to `explain --json -` and
// checks that each gives exactly one explanation, in order, with its verdict.
func checkStdinPastes(t *testing.T, lines []stdinPaste) {
	t.Helper()
	ins := make([]string, len(lines))
	for i, l := range lines {
		ins[i] = l.in
	}
	for i, m := range explainStdinLines(t, ins) {
		l := lines[i]
		st, _ := m["stage"].(string)
		if m["category"] != l.cat || m["class"] != l.class || l.stage != "" && st != l.stage {
			t.Errorf("%.60q: %v/%v stage %q (rule %v), want %s/%s stage %q", l.in, m["category"], m["class"], st, m["rule"], l.cat, l.class, l.stage)
		}
	}
}

// explainStdinLines pipes the inputs, one per line, to `explain --json -`
// and returns the explanations, after checking that the command exits 0
// with exactly one explanation per input.
func explainStdinLines(t *testing.T, ins []string) []map[string]any {
	t.Helper()
	var in strings.Builder
	for _, l := range ins {
		in.WriteString(l + "\n")
	}
	out, errOut, code := runCLI(t, in.String(), "explain", "--json", "-")
	got := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(got) != len(ins) {
		t.Fatalf("exit %d, stderr %q, %d lines for %d inputs:\n%s", code, errOut, len(got), len(ins), out)
	}
	ms := make([]map[string]any, len(got))
	for i, g := range got {
		ms[i] = checkJSONLine(t, g)
	}
	return ms
}

// checkStdinAndArgument asserts that in, fed on standard input, gives one
// explanation, and that it and the argument reading both say cat/class
// (the stdin-versus-argument check of the batches' command tests).
func checkStdinAndArgument(t *testing.T, in, cat, class string) {
	t.Helper()
	ms := explainStdinLines(t, []string{in})
	arg := explainJSON(t, in)
	if len(ms) != 1 || ms[0]["category"] != cat || ms[0]["class"] != class || arg["category"] != cat || arg["class"] != class {
		var got []any
		for _, m := range ms {
			got = append(got, m["category"], m["class"])
		}
		t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v (rule %v), want %s/%s", in, len(ms), got, arg["category"], arg["class"], arg["rule"], cat, class)
	}
}
