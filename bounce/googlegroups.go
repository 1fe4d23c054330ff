package bounce

import "strings"

// Google Groups: the group address could not take the message. "We're
// writing to let you know that the group you tried to contact (NAME) may not
// exist, or you may not have permission to post messages to the group." /
// "Your message wasn't delivered to GROUP because ...". The recipient is
// the group address.

func detectGoogleGroups(m *msg) bool {
	return m.has("the group you tried to contact", "you do not have permission to post to this group", "google groups") && (m.fromHas("google") || m.has("googlegroups", "google groups"))
}

func parseGoogleGroups(m *msg) []Recipient {
	lines := m.reportLines()
	rcpt := ""
	for _, ln := range lines {
		t := strings.TrimSpace(ln)
		if a := recipientOnLine(t, lowerASCII(t)); a != "" {
			rcpt = a
			break
		}
	}
	if rcpt == "" {
		for _, a := range strings.Split(m.get("X-Failed-Recipients"), ",") {
			if a = cleanAddr(a); isAddr(a) {
				rcpt = a
				break
			}
		}
	}
	if rcpt == "" {
		return nil
	}
	var reason string
	switch {
	case m.has("you do not have permission to post", "has been blocked"):
		reason = "550 5.7.1 You do not have permission to post to this group (Google Groups policy)"
	case m.has("may not exist"):
		reason = "550 5.1.1 The group you tried to contact may not exist (Google Groups)"
	default:
		reason = firstFailureSentence(lines)
	}
	// the remote reply, when the report quotes one, wins
	if rs := parseGmail(m); len(rs) > 0 && rs[0].Diagnostic != "" {
		reason = rs[0].Diagnostic
	}
	return []Recipient{{Recipient: rcpt, Action: ActionFailed, Diagnostic: reason}}
}
