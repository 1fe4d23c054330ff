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
	var in strings.Builder
	for _, l := range lines {
		in.WriteString(l.in + "\n")
	}
	out, errOut, code := runCLI(t, in.String(), "explain", "--json", "-")
	got := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(got) != len(lines) {
		t.Fatalf("exit %d, stderr %q, %d lines for %d events:\n%s", code, errOut, len(got), len(lines), out)
	}
	for i, l := range lines {
		m := checkJSONLine(t, got[i])
		if m["category"] != l.cat || m["class"] != l.class || m["rule"] != l.rule {
			t.Errorf("%.60q: %v/%v (rule %v), want %s/%s (rule %s)", l.in, m["category"], m["class"], m["rule"], l.cat, l.class, l.rule)
		}
	}
	// the argument, with --explain-why: the service's field is the evidence
	out, _, code = runCLI(t, "", "explain", "--explain-why", lines[0].in)
	if code != 0 || !strings.Contains(out, "reputation") || !strings.Contains(out, "bounceclass=51") {
		t.Errorf("exit %d, card:\n%s", code, out)
	}
}
