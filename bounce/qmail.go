package bounce

import "strings"

// qmail and its forks (netqmail, notqmail, qmail-ldap, vpopmail's
// messages): qmail-send writes "Hi. This is the qmail-send program at
// HOST." / "I'm afraid I wasn't able to deliver your message to the
// following addresses." and per recipient "<a@b>:" then qmail-remote's or
// qmail-local's text ("192.0.2.1 does not like recipient." / "Remote host
// said: 550 ..." / "Giving up on 192.0.2.1."; "Sorry, no mailbox here by
// that name. (#5.1.1)"), up to "--- Below this line is a copy of the
// message.". "I'm not going to try again" ends a message that expired.

func detectQmail(m *msg) bool {
	return m.has("this is the qmail-send program", "qmail-send program at", "--- below this line is a copy of the message", "i wasn't able to deliver your message to the following addresses", "i'm afraid i wasn't able to deliver")
}

func parseQmail(m *msg) []Recipient {
	action := ActionFailed
	if m.has("this is not a permanent error", "i'll keep trying", "i'm still trying") {
		action = ActionDelayed
	}
	return qmailBlocks(m.reportLines(), action)
}

// qmailBlocks reads "<a@b>:" blocks and turns qmail-remote's sentences into
// the reply, the remote host and the stage.
func qmailBlocks(lines []string, action string) []Recipient {
	rs := parseColonBlocks(lines, action)
	for i := range rs {
		r := &rs[i]
		text := r.Diagnostic
		low := lowerASCII(text)
		switch {
		case strings.Contains(low, "does not like recipient"):
			r.Stage = "RCPT TO"
		case strings.Contains(low, "sender was rejected"):
			r.Stage = "MAIL FROM"
		case strings.Contains(low, "failed after i sent the message") || strings.Contains(low, "failed on data command"):
			r.Stage = "END OF DATA"
		}
		if first := firstWord(text); isIPish(strings.TrimSuffix(first, ".")) {
			r.RemoteMTA = strings.TrimSuffix(first, ".")
		} else if j := strings.Index(low, "connected to "); j >= 0 {
			r.RemoteMTA = strings.TrimSuffix(firstWord(text[j+len("connected to "):]), ".")
		}
		if j := strings.Index(low, "remote host said:"); j >= 0 {
			said := strings.TrimSpace(text[j+len("remote host said:"):])
			if k := strings.Index(lowerASCII(said), "\ngiving up on"); k >= 0 {
				said = said[:k]
			}
			r.Diagnostic = said
		}
	}
	return rs
}

func isIPish(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c == '.' || c == ':' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return strings.Count(s, ".") == 3 || strings.Count(s, ":") >= 2
}
