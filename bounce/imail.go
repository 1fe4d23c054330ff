package bounce

import "strings"

// Ipswitch / Progress IMail Server: X-Mailer "<IMail vN.NN>", Subject
// "Undeliverable Mail", one line per recipient with the reason in front of
// the address ("Unknown user: a@b", "user mailbox exceeds allowed size:
// a@b", "Delivery failed 3 attempts: a@b"), the remote server's reply on
// the lines below when there was one, then "Original message follows.".

func detectIMail(m *msg) bool {
	return strings.Contains(lowerASCII(m.xmailer), "<imail") || strings.Contains(lowerASCII(m.xmailer), "imail v") ||
		m.subjectHas("undeliverable mail") && m.has("original message follows.") && hasReasonThenAddress(m.reportLines())
}

func hasReasonThenAddress(lines []string) bool {
	for _, ln := range lines {
		if a, _ := reasonThenAddress(ln); a != "" {
			return true
		}
	}
	return false
}

// reasonThenAddress splits "Unknown user: a@b" into the address and the reason.
func reasonThenAddress(ln string) (addr, reason string) {
	t := strings.TrimSpace(ln)
	i := strings.LastIndex(t, ": ")
	if i <= 0 || strings.HasPrefix(t, "<") {
		return "", ""
	}
	a := strings.Trim(strings.TrimSpace(t[i+2:]), "<>")
	if !isAddr(a) || startsWithReplyCode(t) {
		return "", ""
	}
	return a, strings.TrimSpace(t[:i])
}

func parseIMail(m *msg) []Recipient {
	lines := m.reportLines()
	action := ActionFailed
	if m.has("will continue to attempt", "will retry", "delivery has been delayed") {
		action = ActionDelayed
	}
	var out []Recipient
	for i := 0; i < len(lines); i++ {
		a, reason := reasonThenAddress(lines[i])
		if a == "" {
			continue
		}
		diag := reason
		// the remote reply on the following lines, up to the next recipient
		var reply []string
		for j := i + 1; j < len(lines); j++ {
			if b, _ := reasonThenAddress(lines[j]); b != "" {
				break
			}
			t := strings.TrimSpace(lines[j])
			if t == "" {
				if len(reply) > 0 {
					break
				}
				continue
			}
			if len(reply) > 0 && (strings.HasPrefix(lines[j], " ") || strings.HasPrefix(lines[j], "\t") || startsWithReplyCode(t)) {
				reply = append(reply, t)
				continue
			}
			if k := replyCodeIndex(t); k >= 0 && len(reply) == 0 {
				reply = append(reply, t[k:])
				continue
			}
			if len(reply) > 0 {
				break
			}
		}
		if len(reply) > 0 {
			diag = strings.Join(reply, " ")
		}
		out = append(out, Recipient{Recipient: a, Action: action, Diagnostic: diag})
	}
	return out
}

// replyCodeIndex returns where an SMTP reply ("550 5.1.1 ...") starts in a
// line, -1 without one: at the start, or after "...: ".
func replyCodeIndex(t string) int {
	if startsWithReplyCode(t) {
		return 0
	}
	for i := 0; i+2 < len(t); i++ {
		if t[i] == ':' && t[i+1] == ' ' && startsWithReplyCode(t[i+2:]) {
			return i + 2
		}
	}
	return -1
}
