package main

import "testing"

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
