package bounce

import "strings"

// MailEnable: X-Mailer "MailEnable ...", Subject "Message Delivery Failure" /
// "Message Delivery Delayed", "MailEnable: Message could not be delivered
// to some recipients.", then per recipient "Recipient: [SMTP:a@b]" and
// "Reason: Remote SMTP Server Returned: 550 ...".

func detectMailEnable(m *msg) bool {
	return strings.Contains(lowerASCII(m.xmailer), "mailenable") || m.has("mailenable: message")
}

var mailenableLabels = labels{
	rcpt:   []string{"recipient:"},
	reason: []string{"reason:"},
	host:   []string{"remote server:"},
}

func parseMailEnable(m *msg) []Recipient {
	action := ActionFailed
	if m.has("has been delayed", "warning only", "will continue to try") || m.subjectHas("delayed") {
		action = ActionDelayed
	}
	var lines []string
	for _, ln := range m.reportLines() {
		// "Recipient: [SMTP:a@b]" names the address type first
		t := strings.TrimSpace(ln)
		if strings.HasPrefix(lowerASCII(t), "recipient:") {
			v := strings.TrimSpace(t[len("recipient:"):])
			v = strings.Trim(v, "[]")
			if k := strings.IndexByte(v, ':'); k > 0 && k < 8 && !strings.Contains(v[:k], "@") {
				v = v[k+1:]
			}
			t = "Recipient: " + v
		}
		lines = append(lines, t)
	}
	rs := parseLabelled(lines, action, mailenableLabels)
	for i := range rs {
		d := rs[i].Diagnostic
		for _, p := range []string{"remote smtp server returned:", "server response:"} {
			d = trimPrefixFold(d, p)
		}
		rs[i].Diagnostic = strings.TrimSpace(d)
	}
	return rs
}
