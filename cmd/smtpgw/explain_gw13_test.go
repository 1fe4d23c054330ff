package main

import (
	"strings"
	"testing"
)

// Input forms of gateways and corporate mail systems (issue 10, held-out
// batch 13-gw) through the command. The wording is new (not rows of the
// batch).

// Each paste given alone on standard input is one explanation: a quoted
// reply whose first line holds only its codes and whose text goes on in the
// lines after it (the last naming the stage); a message trace printed as a
// PowerShell list, read by its values, not its field names; a number that
// a word of quantity leads, which is no reply code.
func TestExplainGw13FormsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, cat, class, stage string }{
		{">550 5.7.1\n>smtp.far.example[203.0.113.21]: Client host rejected:\n>listed on a spam source list (in reply to RCPT TO command)\n", "reputation", "permanent", "RCPT TO"},
		{"MessageTraceId  : 7c2a-0001\nSenderAddress   : deals@far.example\nRecipientAddress: sales@corp.example\nStatus          : FilteredAsSpam\n", "spam-content", "permanent", ""},
		{"Your account may send 150 outgoing messages per hour, try later\n", "rate-limited", "transient", ""},
	} {
		out, errOut, code := runCLI(t, c.in, "explain", "--json", "-")
		var lines []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			if !strings.HasPrefix(l, `{"totals"`) {
				lines = append(lines, l)
			}
		}
		if code != ExitOK || len(lines) != 1 { // one explanation (and maybe the totals)
			t.Fatalf("%.50q: exit %d, stderr %q, output:\n%s", c.in, code, errOut, out)
		}
		m := checkJSONLine(t, lines[0])
		st, _ := m["stage"].(string)
		if m["category"] != c.cat || m["class"] != c.class || st != c.stage {
			t.Errorf("%.50q: %v/%v stage %q (rule %v), want %s/%s stage %q", c.in, m["category"], m["class"], st, m["rule"], c.cat, c.class, c.stage)
		}
		if txt, _ := m["text"].(string); strings.Contains(txt, ">") && c.stage != "" {
			t.Errorf("%.50q: text %q keeps the quote marks", c.in, txt)
		}
	}
}

// The same forms given as the argument.
func TestExplainGw13FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{">550 5.1.1\n><kim@corp.example>: Recipient address rejected: User unknown in virtual mailbox table", "user-unknown", "permanent"},
		{"SenderAddress   : promo@far.example\nRecipientAddress: ann@corp.example\nStatus          : FilteredAsSpam", "spam-content", "permanent"},
		{"Only send 300 bulk emails per hour, please retry later", "rate-limited", "transient"},
	})
}
