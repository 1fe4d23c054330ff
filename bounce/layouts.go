package bounce

import (
	"strings"

	"github.com/smtpgw/smtpgw/explain"
)

// Layouts shared by several families. Each takes the report's lines and
// returns the recipients it finds, or nothing.

// parseColonBlocks: "<a@b>:" (or "a@b:") alone on a line, the reason on
// the lines below up to a blank line (qmail, Yahoo, Courier).
func parseColonBlocks(lines []string, action string) []Recipient {
	var out []Recipient
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if !strings.HasSuffix(t, ":") {
			continue
		}
		a := strings.Trim(strings.TrimSuffix(t, ":"), "<> ")
		if !isAddr(a) {
			continue
		}
		var parts []string
		for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			nt := strings.TrimSpace(lines[i+1])
			if na := strings.Trim(strings.TrimSuffix(nt, ":"), "<> "); strings.HasSuffix(nt, ":") && isAddr(na) {
				break
			}
			i++
			parts = append(parts, nt)
		}
		if len(parts) > 0 {
			out = append(out, Recipient{Recipient: a, Action: action, Diagnostic: strings.Join(parts, "\n")})
		}
	}
	return out
}

// parseAddrReason: "a@b: reason" or "<a@b>: reason" or "a@b - reason" on
// one line (OpenSMTPD, IMail, simple gateways).
func parseAddrReason(lines []string, action string) []Recipient {
	var out []Recipient
	for _, ln := range lines {
		t := strings.TrimSpace(ln)
		for _, sep := range []string{": ", " - ", " -- "} {
			i := strings.Index(t, sep)
			if i <= 0 {
				continue
			}
			a := strings.Trim(t[:i], "<> \"'")
			if !isAddr(a) {
				continue
			}
			if r := strings.TrimSpace(t[i+len(sep):]); r != "" {
				out = append(out, Recipient{Recipient: a, Action: action, Diagnostic: r})
			}
			break
		}
	}
	return out
}

// label is a field label of a labelled report, lower case with its colon.
type labels struct {
	rcpt, orig, reason, host []string
}

// parseLabelled reads "Label: value" reports: a recipient label starts a
// recipient, the reason and host labels fill it (Sun/Oracle Messaging
// Server, X.400 gateways, Kerio, MailEnable, Domino's "was not delivered
// to:/because:" with the value on the next line).
func parseLabelled(lines []string, action string, l labels) []Recipient {
	var out []Recipient
	var cur *Recipient
	flush := func() {
		if cur != nil && cur.Recipient != "" {
			out = append(out, *cur)
		}
		cur = nil
	}
	value := func(i int, t string, lab string) (string, int) {
		v := strings.TrimSpace(t[len(lab):])
		if v != "" { // a value folded onto more indented lines below
			ind := indentOf(lines[i])
			for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && indentOf(lines[i+1]) > ind &&
				matchLabel(lowerASCII(strings.TrimSpace(lines[i+1])), l) == "" {
				i++
				v += " " + strings.TrimSpace(lines[i])
			}
		}
		if v == "" { // the value on the following lines
			var parts []string
			for i+1 < len(lines) {
				nt := strings.TrimSpace(lines[i+1])
				if nt == "" && len(parts) > 0 {
					break
				}
				if nt != "" && matchLabel(lowerASCII(nt), l) != "" {
					break
				}
				i++
				if nt != "" {
					parts = append(parts, nt)
				}
				if len(parts) >= 6 {
					break
				}
			}
			v = strings.Join(parts, "\n")
		}
		return v, i
	}
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		low := lowerASCII(t)
		lab := matchLabel(low, l)
		if lab == "" {
			continue
		}
		var v string
		v, i = value(i, t, lab)
		switch {
		case hasLabel(l.rcpt, lab):
			a := addrIn(v)
			if a == "" {
				a = cleanAddr(v)
			}
			if !isAddr(a) {
				continue
			}
			flush()
			cur = &Recipient{Recipient: a, Action: action}
		case cur == nil:
		case hasLabel(l.orig, lab):
			cur.OriginalRecipient = cleanAddr(firstLine(v))
		case hasLabel(l.reason, lab):
			v = diagnosticText(v)
			if cur.Diagnostic == "" {
				cur.Diagnostic = v
			} else if rp, err := explain.Parse(v); err == nil && rp.Code != 0 {
				cur.Diagnostic = v // a reply with a code wins over a description
			} else if old, err := explain.Parse(cur.Diagnostic); err != nil || old.Code == 0 {
				cur.Diagnostic += "; " + v // "Reason: ...; Diagnostic: ..."
			}
		case hasLabel(l.host, lab):
			cur.RemoteMTA = mtaName(v)
		}
	}
	flush()
	var kept []Recipient
	for _, r := range out {
		if r.Diagnostic != "" {
			kept = append(kept, r)
		}
	}
	return kept
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func matchLabel(low string, l labels) string {
	for _, set := range [][]string{l.rcpt, l.orig, l.reason, l.host} {
		for _, lab := range set {
			if strings.HasPrefix(low, lab) {
				return lab
			}
		}
	}
	return ""
}

func hasLabel(set []string, lab string) bool {
	for _, s := range set {
		if s == lab {
			return true
		}
	}
	return false
}

// parseTranscript reads an SMTP transcript: ">>> RCPT TO:<a@b>" then
// "<<< 550 ..." (sendmail, Courier, MDaemon). A reply to RCPT TO belongs to
// that recipient; a reply to DATA or the end of data to every recipient of
// the session without one. "... while talking to host:" names the host.
func parseTranscript(lines []string, action string) []Recipient {
	var out []Recipient
	host, stage := "", ""
	var session []int // indexes into out of the recipients accepted so far
	pending := ""
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		low := lowerASCII(t)
		switch {
		case strings.Contains(low, "while talking to "):
			j := strings.Index(low, "while talking to ")
			host = strings.TrimSuffix(strings.TrimSpace(t[j+len("while talking to "):]), ":")
			host = strings.TrimSuffix(hostOnly(host), ".")
			session, pending = nil, ""
		case strings.HasPrefix(t, ">>>") || strings.HasPrefix(low, "-> ") || strings.HasPrefix(low, "c: "):
			cmd := strings.TrimSpace(t[3:])
			lc := lowerASCII(cmd)
			switch {
			case strings.HasPrefix(lc, "rcpt to:") || strings.HasPrefix(lc, "rcpt to "):
				pending, stage = addrIn(cmd[len("rcpt to"):]), "RCPT TO"
				if pending == "" {
					pending = cleanAddr(cmd[len("rcpt to:"):])
				}
			case strings.HasPrefix(lc, "mail from"):
				stage = "MAIL FROM"
			case lc == "data":
				stage = "DATA"
			case lc == "." || strings.HasPrefix(lc, "end of data") || strings.HasPrefix(lc, "(message body)"):
				stage = "END OF DATA"
			}
		case strings.HasPrefix(t, "<<<") || strings.HasPrefix(low, "<- ") || strings.HasPrefix(low, "s: "):
			reply := strings.TrimSpace(t[3:])
			// a multi-line reply continues on the next "<<< 550-" lines
			for i+1 < len(lines) && startsWithReplyCode(reply) && reply[3] == '-' {
				nt := strings.TrimSpace(lines[i+1])
				if !strings.HasPrefix(nt, "<<<") {
					break
				}
				i++
				reply += "\n" + strings.TrimSpace(nt[3:])
			}
			if strings.HasPrefix(reply, "354") {
				stage = "END OF DATA" // the next reply answers the message itself
			}
			if !startsWithReplyCode(reply) || reply[0] == '2' || reply[0] == '3' {
				if stage == "RCPT TO" && pending != "" && reply != "" && (reply[0] == '2') {
					out = append(out, Recipient{Recipient: pending, Action: "", RemoteMTA: host, Stage: "RCPT TO"})
					session = append(session, len(out)-1)
					pending = ""
				}
				continue
			}
			switch {
			case stage == "RCPT TO" && pending != "":
				out = append(out, Recipient{Recipient: pending, Action: action, Diagnostic: reply, RemoteMTA: host, Stage: stage})
				pending = ""
			case stage == "DATA" || stage == "END OF DATA" || stage == "MAIL FROM":
				for _, k := range session {
					out[k].Action, out[k].Diagnostic, out[k].Stage = action, reply, stage
				}
				session = nil
			}
		}
	}
	var kept []Recipient
	for _, r := range out {
		if r.Action != "" {
			kept = append(kept, r)
		}
	}
	return kept
}

// parseAny tries the shared layouts in turn; the first that finds a
// recipient answers (gateways and providers whose exact layout varies).
func parseAny(m *msg, action string) []Recipient {
	lines := m.reportLines()
	if rs := parsePostfix(m); len(rs) > 0 {
		for i := range rs {
			rs[i].Action = action
		}
		return rs
	}
	for _, f := range []func([]string, string) []Recipient{parseIndentedBlocks, parseAddressBlocks, parseTranscript, parseColonBlocks} {
		if rs := f(lines, action); len(rs) > 0 {
			return rs
		}
	}
	if rs := parseLabelled(lines, action, commonLabels); len(rs) > 0 {
		return rs
	}
	if rs := parseAddressThenReason(lines, action, exchangeReason); len(rs) > 0 {
		return rs
	}
	return parseAddrReason(lines, action)
}

var commonLabels = labels{
	rcpt:   []string{"recipient address:", "recipient:", "original recipient:", "final recipient:", "to:", "address:", "email address:", "e-mail address:", "failed recipient:", "rcpt to:", "destinataire:", "empfänger:", "adresse:"},
	orig:   []string{"original address:"},
	reason: []string{"reason:", "diagnostic code:", "diagnostic-code:", "diagnostic:", "error:", "error message:", "remote server replied:", "server response:", "response:", "smtp error:", "status:", "raison:", "grund:", "fehler:", "error type:"},
	host:   []string{"remote system:", "remote server:", "remote host:", "remote mta:", "server:", "host:"},
}

// actionFromText: delayed when the report says it is a warning or will retry.
func actionFromText(m *msg) string {
	if m.has("warning only", "will keep trying", "will retry", "still trying", "has not yet been delivered", "delivery has been delayed", "delayed", "temporarily deferred", "will continue to try", "has not been delivered yet", "delivery attempts will continue") &&
		!m.has("permanent error", "permanent fatal", "giving up", "given up", "i'm not going to try again") {
		return ActionDelayed
	}
	return ActionFailed
}

// parseAddressBlocks: an address alone on a line, the reason on the more
// indented lines below it, a folded reply joined ("Remote server replied:
// 554 5.7.1 ..." under the address: Kerio, several gateways).
func parseAddressBlocks(lines []string, action string) []Recipient {
	var out []Recipient
	for i := 0; i < len(lines); i++ {
		ind := indentOf(lines[i])
		a := strings.Trim(strings.TrimSuffix(strings.TrimSpace(lines[i]), ":"), "<>")
		if !isAddr(a) {
			continue
		}
		var parts []string
		for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && indentOf(lines[i+1]) > ind {
			i++
			parts = append(parts, strings.TrimSpace(lines[i]))
		}
		if len(parts) > 0 {
			out = append(out, Recipient{Recipient: a, Action: action, Diagnostic: strings.Join(parts, " ")})
		}
	}
	return out
}
