package main

import (
	"strings"
	"testing"
)

// A Postfix bounce copied without its indentation (from a web page or a
// mail reader): the lines after "host X[ip] said: 554 5.7.1" are the reply's
// own text up to "(in reply to ...)", given as the argument or piped; and
// gateways' codes read one per line on standard input (issue 10, held-out
// batch 9-gw; new wording, not the batch's rows).
func TestExplainGW9SaidContinuation(t *testing.T) {
	t.Parallel()
	bounce := "This is the mail system at host mail.corp.example.\n\n" +
		"<bo@far.example>: host mx.far.example[192.0.2.9] said: 550 5.7.1\n" +
		"Service unavailable; Client host [203.0.113.9] blocked using\n" +
		"dnsbl.spamrats.example (in reply to RCPT TO command)\n"
	m := explainJSON(t, bounce)
	if m["category"] != "reputation" || m["class"] != "permanent" || m["stage"] != "RCPT TO" {
		t.Errorf("argument: %v/%v stage %v (rule %v), want reputation/permanent at RCPT TO", m["category"], m["class"], m["stage"], m["rule"])
	}
	out, errOut, code := runCLI(t, bounce, "explain", "--json", "-")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 1 {
		t.Fatalf("stdin: exit %d, stderr %q, %d explanations, want 1:\n%s", code, errOut, len(lines), out)
	}
	sm := checkJSONLine(t, lines[0])
	if sm["category"] != "reputation" || sm["code"] != float64(550) {
		t.Errorf("stdin: %v code %v (rule %v), want reputation 550", sm["category"], sm["code"], sm["rule"])
	}
}

func TestExplainGW9GatewayCodesStdin(t *testing.T) {
	t.Parallel()
	checkStdinPastes(t, []stdinPaste{
		{"421 4.2.1 Connection refused - OXSEU0001_110", "rate-limited", "transient", ""},
		{"550 5.7.1 Connection refused - OXSEU0001_105", "ptr-required", "permanent", ""},
		{"550 5.1.1 Invalid recipient (ETP101)", "user-unknown", "permanent", ""},
		{"450 4.3.2 Service currently unavailable", "greylisted", "transient", ""},
	})
}
