package bounce

import "strings"

// GMX, web.de and 1&1 / IONOS (United Internet): from mailer-daemon@gmx.*,
// @web.de, @1und1.de, @ionos.*, in English ("The following address
// failed:") or German ("Diese Nachricht wurde automatisch vom Mailserver
// erstellt", ISO-8859-1/-15 or UTF-8, decoded first). Per recipient the
// address in quotes with a colon ("\"a@b\":"), then the remote reply on a
// line that names the command, the host and the reason: "SMTP error from
// remote server for RCPT TO command, host: H (ip) reason: 550 ..." /
// "SMTP-Fehler des Empfängerservers nach RCPT TO, Server: H (ip) Grund: ...".

var gmxDomains = []string{"gmx.", "web.de", "1und1.", "1and1.", "ionos."}

func detectGMX(m *msg) bool {
	return m.fromHas(gmxDomains...) && m.fromHas("mailer-daemon", "postmaster", "mail delivery") ||
		m.has("--- the header of the original message is following. ---", "diese nachricht wurde automatisch vom mailserver erstellt")
}

func parseGMX(m *msg) []Recipient {
	action := actionFromText(m)
	if m.has("noch nicht zugestellt", "versucht es weiterhin") {
		action = ActionDelayed
	}
	lines := m.reportLines()
	var out []Recipient
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if !strings.HasSuffix(t, ":") || !strings.HasPrefix(t, "\"") {
			continue
		}
		a := strings.Trim(strings.TrimSuffix(t, ":"), "\"<> ")
		if !isAddr(a) {
			continue
		}
		rc := Recipient{Recipient: a, Action: action}
		var human []string
		for i+1 < len(lines) {
			nt := strings.TrimSpace(lines[i+1])
			if strings.HasPrefix(nt, "\"") && strings.HasSuffix(nt, ":") || strings.HasPrefix(nt, "---") {
				break
			}
			i++
			if nt == "" {
				continue
			}
			low := lowerASCII(nt)
			if k := lastIndexAny(low, "reason: ", "grund: "); k >= 0 {
				rc.Diagnostic = strings.TrimSpace(nt[k:])
				rc.Diagnostic = rc.Diagnostic[strings.IndexByte(rc.Diagnostic, ':')+1:]
				rc.Diagnostic = strings.TrimSpace(rc.Diagnostic)
				if h := afterLabel(nt, low, "host: ", "server: "); h != "" {
					rc.RemoteMTA = hostOnly(h)
				}
				switch {
				case strings.Contains(low, "rcpt to") || strings.Contains(low, "rcpt command"):
					rc.Stage = "RCPT TO"
				case strings.Contains(low, "mail from"):
					rc.Stage = "MAIL FROM"
				case strings.Contains(low, "end of data") || strings.Contains(low, "data command") || strings.Contains(low, "nach data"):
					rc.Stage = "END OF DATA"
				}
				continue
			}
			human = append(human, nt)
		}
		if rc.Diagnostic == "" {
			rc.Diagnostic = strings.Join(human, " ")
		}
		if rc.Diagnostic != "" {
			out = append(out, rc)
		}
	}
	if len(out) > 0 {
		return out
	}
	return parseAny(m, action)
}

// lastIndexAny returns where the last of the needles found in low starts, -1 for none.
func lastIndexAny(low string, needles ...string) int {
	best := -1
	for _, n := range needles {
		if k := strings.LastIndex(low, n); k > best {
			best = k
		}
	}
	return best
}

// afterLabel returns the word after the first of the labels found in the line.
func afterLabel(t, low string, labels ...string) string {
	for _, l := range labels {
		if k := strings.Index(low, l); k >= 0 {
			return firstWord(t[k+len(l):])
		}
	}
	return ""
}
