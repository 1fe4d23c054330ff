package bounce

import "strings"

// Apache James: RemoteDelivery's "Hi. This is the James mail server at H."
// / "I'm afraid I wasn't able to deliver your message to the following
// addresses.", then "Failed recipient(s):" with one address a line and
// "Error message:" with the reason (James 3), or the addresses and the
// reason right after the introduction, "Remote mail server told me: ..."
// (James 2). The notify mailets write "Error message below:" and, under
// "Message details:", "RCPT TO: a@b". Subject "[BOUNCE]" in James 2. The
// DSN part James 3 adds may carry the reason as prose in its Status: field.

func detectJames(m *msg) bool {
	return m.has("this is the james mail server at") ||
		m.has("error message below:") && m.has("message details:") ||
		m.subjectHas("[bounce]") && strings.Contains(lowerASCII(m.messageID), ".javamail.")
}

func parseJames(m *msg) []Recipient {
	lines := m.reportLines()
	var rcpts []string
	var reason []string
	mode := ""
	for _, ln := range lines {
		t := strings.TrimSpace(ln)
		low := lowerASCII(t)
		switch {
		case low == "failed recipient(s):":
			mode = "rcpt"
			continue
		case low == "error message:" || low == "error message below:":
			mode = "error"
			continue
		case low == "message details:":
			mode = "details"
			continue
		case strings.HasPrefix(low, "your message."):
			mode = "old" // James 2: the addresses follow the introduction
			continue
		}
		switch mode {
		case "rcpt":
			if t == "" {
				if len(rcpts) > 0 {
					mode = ""
				}
				continue
			}
			if a := cleanAddr(t); isAddr(a) {
				rcpts = append(rcpts, a)
			}
		case "error":
			if t == "" {
				if len(reason) > 0 {
					mode = ""
				}
				continue
			}
			reason = append(reason, t)
		case "details":
			if strings.HasPrefix(low, "rcpt to:") {
				for _, a := range strings.Split(t[len("rcpt to:"):], ",") {
					if a = cleanAddr(a); isAddr(a) {
						rcpts = append(rcpts, a)
					}
				}
			}
		case "old":
			if t == "" || strings.HasPrefix(low, "original email subject:") {
				if len(reason) > 0 {
					mode = ""
				}
				continue
			}
			if a := strings.Trim(t, "<>"); isAddr(a) && len(reason) == 0 {
				rcpts = append(rcpts, a)
				continue
			}
			reason = append(reason, t)
		}
	}
	diag := strings.Join(reason, "\n")
	diag = strings.TrimSpace(trimPrefixFold(diag, "remote mail server told me:"))
	if diag == "" {
		return nil
	}
	var out []Recipient
	for _, a := range rcpts {
		out = append(out, Recipient{Recipient: a, Action: ActionFailed, Diagnostic: diag})
	}
	return out
}
