package bounce

import "strings"

// MDaemon (and its SecurityGateway): "MDaemon Delivery Status Notification",
// "The attached message had PERMANENT fatal delivery errors", X-MDDSN-Message:
// Yes, then the SMTP session transcript between "--- Session Transcript ---"
// and "--- End Transcript ---", each line stamped "Wed 2026-12-02 12:22:05: "
// with "-->" for what MDaemon sent and "<--" for the reply. SecurityGateway
// adds "Failed address: a@b" lines. Warnings ("TEMPORARY", "warning only")
// are delays.

func detectMDaemon(m *msg) bool {
	return m.get("X-MDDSN-Message") != "" || m.get("X-MDaemon-Deliver-To") != "" || strings.Contains(lowerASCII(m.xmailer), "mdaemon") ||
		m.has("mdaemon delivery status notification", "securitygateway for email servers non-delivery report") ||
		m.has("--- session transcript ---") && m.has("permanent fatal delivery errors", "was not delivered to one or more recipients")
}

func parseMDaemon(m *msg) []Recipient {
	action := ActionFailed
	if m.has("temporary delivery", "transient", "warning only", "will continue trying") && !m.has("permanent fatal") {
		action = ActionDelayed
	}
	lines := m.reportLines()
	var tr []string
	for _, ln := range lines {
		t := stripMDaemonStamp(strings.TrimSpace(ln))
		low := lowerASCII(t)
		switch {
		case strings.HasPrefix(t, "--> "):
			t = ">>> " + t[4:]
		case strings.HasPrefix(t, "<-- "):
			t = "<<< " + t[4:]
		case strings.HasPrefix(low, "attempting smtp connection to "):
			h := strings.Trim(firstWord(t[len("attempting smtp connection to "):]), "[]")
			if k := strings.LastIndexByte(h, ':'); k > 0 && !strings.Contains(h[:k], ":") {
				h = h[:k]
			}
			t = "... while talking to " + h + ":"
		}
		tr = append(tr, t)
	}
	out := parseTranscript(tr, action)
	seen := map[string]bool{}
	for _, r := range out {
		seen[lowerASCII(r.Recipient)] = true
	}
	// SecurityGateway's "Failed address:" lines without a transcript reply
	for _, ln := range lines {
		t := strings.TrimSpace(ln)
		if !strings.HasPrefix(lowerASCII(t), "failed address:") {
			continue
		}
		a := cleanAddr(t[len("failed address:"):])
		if isAddr(a) && !seen[lowerASCII(a)] {
			seen[lowerASCII(a)] = true
			out = append(out, Recipient{Recipient: a, Action: action, Diagnostic: firstFailureSentence(lines)})
		}
	}
	return out
}

// stripMDaemonStamp removes "Wed 2026-12-02 12:22:05: " from a transcript line.
func stripMDaemonStamp(t string) string {
	if len(t) < 25 || t[3] != ' ' || t[8] != '-' || t[11] != '-' || t[14] != ' ' || t[17] != ':' || t[20] != ':' || t[23] != ':' {
		return t
	}
	return strings.TrimSpace(t[24:])
}
