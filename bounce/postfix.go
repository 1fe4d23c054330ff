package bounce

import "strings"

// Postfix (bounce(8) templates, global/bounce_template.c): "This is the
// mail system at host H." and one "<rcpt>: reason" paragraph per recipient,
// continuation lines indented; "<rcpt> (expanded from <alias>): reason".
// Delay warnings say "THIS IS A WARNING ONLY" (subject "Delayed Mail (still
// being retried)").

func detectPostfix(m *msg) bool {
	if m.has("this is the mail system at host", "the mail system\n") || m.subjectHas("undelivered mail returned to sender", "delayed mail (still being retried)", "mail delivery status report") {
		return true
	}
	for _, ln := range m.reportLines() {
		if r, _ := postfixRecipientLine(ln); r != "" {
			return true
		}
	}
	return false
}

func parsePostfix(m *msg) []Recipient {
	action := ActionFailed
	if m.has("this is a warning only", "has not yet been delivered", "will keep trying", "still being retried") || m.subjectHas("delayed mail") {
		action = ActionDelayed
	}
	if m.has("your message was successfully delivered", "was successfully delivered to the destination") {
		action = ActionDelivered
	}
	lines := m.reportLines()
	var out []Recipient
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		rcpt, rest := postfixRecipientLine(ln)
		if rcpt == "" {
			continue
		}
		parts := []string{rest}
		for i+1 < len(lines) && strings.HasPrefix(lines[i+1], " ") && strings.TrimSpace(lines[i+1]) != "" {
			i++
			parts = append(parts, strings.TrimSpace(lines[i]))
		}
		out = append(out, Recipient{Recipient: rcpt, OriginalRecipient: postfixExpandedFrom(ln), Action: action, Diagnostic: strings.Join(parts, " ")})
	}
	return out
}

// postfixRecipientLine splits "<a@b>: rest" and "<a@b> (expanded from <x@y>): rest".
func postfixRecipientLine(t string) (rcpt, rest string) {
	if !strings.HasPrefix(t, "<") {
		return "", ""
	}
	j := strings.IndexByte(t, '>')
	if j < 2 || !strings.Contains(t[1:j], "@") || strings.ContainsAny(t[1:j], " \t<") {
		return "", ""
	}
	after := t[j+1:]
	switch {
	case strings.HasPrefix(after, ": "):
		return t[1:j], after[2:]
	case strings.HasPrefix(after, " (expanded from "):
		if k := strings.Index(after, "):"); k >= 0 {
			return t[1:j], strings.TrimSpace(after[k+2:])
		}
	}
	return "", ""
}

// postfixExpandedFrom returns x@y of "<a@b> (expanded from <x@y>): ...".
func postfixExpandedFrom(t string) string {
	i := strings.Index(t, "> (expanded from <")
	if i < 0 {
		return ""
	}
	v := t[i+len("> (expanded from <"):]
	if j := strings.IndexByte(v, '>'); j > 0 {
		return v[:j]
	}
	return ""
}
