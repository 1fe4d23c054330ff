package main

import (
	"strings"
	"testing"
)

// A text without a code that states a delivery outcome without its cause
// is explained (unknown, the class from its words), as an argument and on
// standard input; text that states none is still refused (exit 2). In new
// wording (docs/explain.md, "Input without a reply code").
func TestExplainOutcomeWithoutCause(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"The newsletter to kim@far.example could not be delivered", "unknown", "permanent"},
		{"cron: error sending report mail", "unknown", "unknown"},
		{"message 51c2 requeued after a failed attempt", "unknown", "transient"},
	})
	// one such line on standard input is one pasted text, read as the
	// argument is
	out, errOut, code := runCLI(t, "message 51c2 requeued after a failed attempt\n", "explain", "--json", "-")
	if m := checkJSONLine(t, strings.TrimSpace(out)); code != 0 || m["category"] != "unknown" || m["class"] != "transient" {
		t.Errorf("stdin: exit %d, %v/%v, stderr %q", code, m["category"], m["class"], errOut)
	}
	// in a list (a line with a code first), such a line is explained on its own
	checkStdinPastes(t, []stdinPaste{
		{in: "550 5.1.1 <kim@far.example>: Recipient address rejected: User unknown", cat: "user-unknown", class: "permanent"},
		{in: "Mail delivery failed for lou@far.example", cat: "unknown", class: "permanent"},
	})
	out, errOut, code = runCLI(t, "", "explain", "A summary of bounced emails is attached")
	if code != ExitUsage || out != "" || !strings.Contains(errOut, "no wording that says what happened to a delivery") {
		t.Errorf("a text that states no outcome: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
