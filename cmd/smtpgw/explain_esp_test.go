package main

import (
	"strings"
	"testing"
)

// A sending service's event as users paste it (issue 10, held-out batch 7):
// the service's classification field says the cause when the reply is
// generic or absent, through the command, on standard input and as the
// argument.
func TestExplainServiceEvents(t *testing.T) {
	t.Parallel()
	lines := []struct{ in, cat, class, rule string }{
		// SparkPost: a generic reply, the bounce class decides
		{`{"msys":{"message_event":{"type":"bounce","bounce_class":"51","error_code":"554","raw_reason":"554 5.7.1 Refused","rcpt_to":"kim@lab.example"}}}`, "reputation", "permanent", "esp.sparkpost.bounceclass=51"},
		// Amazon SES without any reply code: subtype and bounceType decide
		{`{"notificationType":"Bounce","bounce":{"bounceType":"Transient","bounceSubType":"AttachmentRejected","bouncedRecipients":[{"emailAddress":"kim@lab.example"}]}}`, "policy", "transient", "esp.amazonses.bouncesubtype=attachmentrejected"},
		// Mailgun's suppression code without an SMTP reply
		{`{"event":"failed","severity":"permanent","delivery-status":{"code":607,"message":"","description":""}}`, "policy", "permanent", "esp.mailgun.code=607"},
		// a service no table lists: the words of its classification value
		{`{"event":"failed","classification":"BadDomain","recipient":"kim@nodomain.example"}`, "host-unknown", "permanent", "mta7.words-bad-domain"},
	}
	ins := make([]string, len(lines))
	for i, l := range lines {
		ins[i] = l.in
	}
	for i, m := range explainStdinLines(t, ins) {
		l := lines[i]
		if m["category"] != l.cat || m["class"] != l.class || m["rule"] != l.rule {
			t.Errorf("%.60q: %v/%v (rule %v), want %s/%s (rule %s)", l.in, m["category"], m["class"], m["rule"], l.cat, l.class, l.rule)
		}
	}
	// the argument, with --explain-why: the service's field is the evidence
	out, _, code := runCLI(t, "", "explain", "--explain-why", lines[0].in)
	if code != 0 || !strings.Contains(out, "reputation") || !strings.Contains(out, "bounceclass=51") {
		t.Errorf("exit %d, card:\n%s", code, out)
	}
}

// What sending services' APIs answer (issue 10, held-out batch 9-esp): an
// API error body without any SMTP code, a service's error name or
// sub-code, a Momentum bounce category in an export line, through the
// command on standard input; an HTTP status given as the argument is
// explained as one, not as an SMTP reply code.
func TestExplainServiceAPIErrors(t *testing.T) {
	t.Parallel()
	lines := []struct{ in, cat, class, rule string }{
		{`{"statusCode":401,"message":"No key.","name":"missing_api_key"}`, "auth-required", "permanent", ""}, // the table's field or the words of its name
		{`{"error":{"code":"TM_3601","details":[{"code":"SMI_115","message":"Limit"}],"message":"Access Denied"}}`, "rate-limited", "transient", "esp.zeptomail.code=smi_115"},
		{`{"id":"e-9","flags":["hard_bounce","mailbox_not_found"]}`, "user-unknown", "permanent", "esp.scaleway.flags=mailbox_not_found"},
	}
	ins := make([]string, len(lines))
	for i, l := range lines {
		ins[i] = l.in
	}
	for i, m := range explainStdinLines(t, ins) {
		l := lines[i]
		if m["category"] != l.cat || m["class"] != l.class || l.rule != "" && m["rule"] != l.rule || m["code"] != nil {
			t.Errorf("%.60q: %v/%v (rule %v, code %v), want %s/%s (rule %s, code null)", l.in, m["category"], m["class"], m["rule"], m["code"], l.cat, l.class, l.rule)
		}
	}
	out, _, code := runCLI(t, "", "explain", "--json", "Request failed: HTTP 401 Unauthorized")
	m := checkJSONLine(t, strings.TrimSpace(out))
	if code != 0 || m["category"] != "auth-failed" || m["class"] != "permanent" || !strings.Contains(m["code_meaning"].(string), "HTTP status") {
		t.Errorf("exit %d: %s", code, out)
	}
}
