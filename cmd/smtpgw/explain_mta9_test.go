package main

import (
	"strings"
	"testing"
)

// Forms of mail software and client libraries (issue 10, held-out batch
// 9-mta) through the command: one per line on standard input, and
// multi-line pastes as the argument. The wording is new (not rows of the
// batch).
func TestExplainMta9FormsStdin(t *testing.T) {
	t.Parallel()
	checkStdinPastes(t, []stdinPaste{
		// a delivery agent that deferred the delivery: temporary whatever the code
		{"relay[311]: remote delivery deferred: failed after MAIL FROM: 502 5.5.2 Error: command not recognized", "syntax", "transient", ""},
		// a library's brackets around a code alone; the expected codes are no reply
		{"Swift_BadResponseException: Expected response code(s) [250, 251] but got response [452]", "server-error", "transient", ""},
		{"Expected response code(s) [250, 251] but got response [554 5.7.1 <bo@far.example>: Relay access denied]", "relay-denied", "permanent", ""},
		// a process id before the log level is no reply code
		{`2024-03-05T08:01:02.003Z 552 TID-ab12cd WARN: {"error_message":"execution expired","error_class":"Net::OpenTimeout"}`, "network", "transient", ""},
	})
	out, _, code := runCLI(t, "", "explain", "--json", "Expected response code(s) [250, 251] but got response [452 4.2.2 <bo@far.example>: Mailbox full]")
	if code != 0 || !strings.Contains(out, `"text":"<bo@far.example>: Mailbox full"`) {
		t.Errorf("exit %d, the closing bracket is no word of the reply:\n%s", code, out)
	}
	// the expected codes alone are no reply: exit 2
	if _, errOut, code := runCLI(t, "", "explain", "Expected response code(s) [250, 251, 252]"); code != 2 {
		t.Errorf("exit %d (%s), want 2", code, errOut)
	}
}

func TestExplainMta9FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		// a Postfix bounce that wrapped the reply, its continuation codes inline
		{"<bo@far.example>: host mx.far.example[198.51.100.3] said: 550-Requested\naction not taken: mailbox unavailable 550-Refused by the\nrecipient's local policy 550 (in reply to RCPT TO command)", "policy", "permanent"},
		// a library's debugger: the refused AUTH decides, not the errors it caused
		{"Failed to authenticate password. Error: 535 5.7.8 Error: authentication failed\nfrom: 250 2.1.0 Ok\nto: 503 5.5.1 Error: need MAIL command\nThe following SMTP error was encountered: 503 5.5.1 Error: need MAIL command\n500 5.5.2 Error: bad syntax", "auth-failed", "permanent"},
	})
}
