package bounce

import "strings"

// Kerio Connect (formerly Kerio MailServer): recognised by its X-Mailer and
// by its name in the report ("... generated automatically by Kerio Connect").
// Kerio passes the remote server's reply back under each recipient
// ("Remote server replied: ..."), usually with an RFC 3464 part; the text is
// read with the shared layouts.

func detectKerio(m *msg) bool {
	xm := lowerASCII(m.xmailer)
	return strings.Contains(xm, "kerio") || m.has("kerio connect", "kerio mailserver") && looksLikeBounce(m)
}

func parseKerio(m *msg) []Recipient {
	action := ActionFailed
	if m.has("has been delayed", "will keep trying", "not received the message yet", "warning only") {
		action = ActionDelayed
	}
	rs := parseAny(m, action)
	for i := range rs {
		rs[i].Diagnostic = strings.TrimSpace(trimPrefixFold(rs[i].Diagnostic, "remote server replied:"))
	}
	return rs
}

// trimPrefixFold removes a lower-case prefix regardless of the case of s.
func trimPrefixFold(s, prefix string) string {
	t := strings.TrimSpace(s)
	if strings.HasPrefix(lowerASCII(t), prefix) {
		return t[len(prefix):]
	}
	return s
}
