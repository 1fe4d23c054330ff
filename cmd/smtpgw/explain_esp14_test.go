package main

import (
	"strings"
	"testing"
)

// A sending platform's events in the forms its webhooks and exports carry
// them (issue 10, held-out batch 14-esp): a classification field named by
// what it classifies ("drop_reason", "deliveryStatus") whose identifier
// value names the cause, a platform's account state in Chinese, an
// auto-reply recorded as a bounce; through the command as the argument and
// as a webhook dump on standard input, one event a line.
func TestExplainESP14PlatformEvents(t *testing.T) {
	t.Parallel()
	events := []stdinPaste{
		{in: `{"event":"dropped","to":"lee@lab.example","drop_reason":"PREVIOUSLY_HARD_BOUNCED"}`, cat: "user-unknown", class: "permanent"},
		{in: `{"to":"lee@lab.example","deliveryStatus":"err_recipient_unsubscribed"}`, cat: "policy", class: "permanent"},
		{in: `{"to":"lee@lab.example","failure_reason":"SENDING_DOMAIN_MISCONFIGURED"}`, cat: "sender-auth", class: "permanent"},
		{in: `{"code":"FailedOperation","message":"账户余额不足"}`, cat: "policy", class: "permanent"},
		{in: `{"to":"lee@lab.example","bounce_type":"out_of_office"}`, cat: "success", class: "success"},
	}
	var args []argVerdict
	for _, e := range events {
		args = append(args, argVerdict{e.in, e.cat, e.class})
	}
	checkArgVerdicts(t, args)
	checkStdinPastes(t, events)
	for _, m := range explainStdinLines(t, []string{events[0].in, events[1].in}) {
		if m["code"] != nil {
			t.Errorf("an event without a reply code: code %v, want null", m["code"])
		}
	}
}

// A webhook dump on standard input whose events name no cause, only their
// own bare status ("Failed", "email.deferred"), gives one explanation each
// (category unknown, the status's class), and a JSON line that is about no
// recipient stays unexplained and is counted (held-out batch 14-esp b).
func TestExplainESP14OutcomeStatusEvents(t *testing.T) {
	t.Parallel()
	in := `{"recipient":"lee@lab.example","status":"Failed"}` + "\n" +
		`{"type":"email.deferred","to":"lee@lab.example"}` + "\n" +
		`{"job":"nightly-export","status":"failed"}` + "\n"
	out, errOut, code := runCLI(t, in, "explain", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 2 explanations and the totals:\n%s", len(lines), out)
	}
	for i, want := range []string{"permanent", "transient"} {
		m := checkJSONLine(t, lines[i])
		if m["category"] != "unknown" || m["class"] != want || m["code"] != nil {
			t.Errorf("line %d: %v/%v code %v, want unknown/%s code null", i+1, m["category"], m["class"], m["code"], want)
		}
	}
	if !strings.Contains(lines[2], `"unexplained_lines":1`) {
		t.Errorf("totals: %s, want one unexplained line", lines[2])
	}
	// as the argument, the event without a recipient is an input error (exit 2)
	if _, _, code := runCLI(t, "", "explain", `{"job":"nightly-export","status":"failed"}`); code != 2 {
		t.Errorf("argument without a recipient: exit %d, want 2", code)
	}
}
