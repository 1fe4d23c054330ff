package bounce

import "strings"

// Haraka (config/outbound.bounce_message): "Hi. This is the Haraka Mailer
// program at H.", "Intended Recipients:" with "a@b: reason" per recipient
// (one a line) or the bare addresses, and "Failure Reason:". Current
// versions send a multipart/report whose DSN part carries the status.

func detectHaraka(m *msg) bool {
	if m.has("this is the haraka mailer program at") {
		return true
	}
	if m.hasHeader {
		for _, r := range m.header.Values("Received") {
			if strings.Contains(lowerASCII(r), "(haraka") && strings.Contains(lowerASCII(r), "invoked for bounce") {
				return true
			}
		}
	}
	return false
}

func parseHaraka(m *msg) []Recipient {
	lines := m.reportLines()
	var entries []string
	failure := ""
	in := false
	for _, ln := range lines {
		t := strings.TrimSpace(ln)
		low := lowerASCII(t)
		switch {
		case strings.HasPrefix(low, "intended recipients:"):
			in = true
			if v := strings.TrimSpace(t[len("intended recipients:"):]); v != "" {
				entries = append(entries, v)
			}
		case strings.HasPrefix(low, "failure reason:"):
			in = false
			failure = strings.TrimSpace(t[len("failure reason:"):])
		case in && t == "":
			in = false
		case in:
			entries = append(entries, t)
		}
	}
	var out []Recipient
	for _, e := range entries {
		if i := strings.Index(e, ": "); i > 0 {
			if a := cleanAddr(e[:i]); isAddr(a) {
				out = append(out, Recipient{Recipient: a, Action: ActionFailed, Diagnostic: strings.TrimSpace(e[i+2:])})
				continue
			}
		}
		for _, a := range strings.Split(e, ",") {
			if a = cleanAddr(a); isAddr(a) {
				out = append(out, Recipient{Recipient: a, Action: ActionFailed, Diagnostic: failure})
			}
		}
	}
	return out
}
