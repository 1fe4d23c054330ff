package bounce

import (
	"strings"

	"github.com/smtpgw/smtpgw/explain"
)

// The catch-all for reports no family recognised but which come from a
// mailer daemon or say a delivery failed: the shared layouts (labelled
// fields, address blocks, transcripts, ...), else recipients named in
// X-Failed-Recipients: or next to a line that carries an SMTP reply. It
// runs last, when no family found a recipient.

// parseCatchAll is the generic family's parser: the shared layouts, else
// the recipients parseGeneric finds.
func parseCatchAll(m *msg) []Recipient {
	if rs := parseAny(m, actionFromText(m)); len(rs) > 0 {
		return rs
	}
	return parseGeneric(m)
}

func parseGeneric(m *msg) []Recipient {
	lines := m.reportLines()
	failed := map[string]bool{}
	var xf []string
	for _, a := range strings.Split(m.get("X-Failed-Recipients"), ",") {
		if a = cleanAddr(a); isAddr(a) {
			failed[lowerASCII(a)] = true
			xf = append(xf, a)
		}
	}
	action := ActionFailed
	if m.has("will keep trying", "will retry", "has not yet been delivered", "delayed", "warning only") && !m.has("permanent", "given up", "giving up") {
		action = ActionDelayed
	}
	var out []Recipient
	last := ""
	seen := map[string]bool{}
	for i, ln := range lines {
		t := strings.TrimSpace(ln)
		if t == "" {
			continue
		}
		if a := addrIn(t); a != "" && !m.isOwnAddress(a) {
			last = a
		}
		rp, err := explain.ParseLine(t)
		if err != nil || rp.Code < 400 && !strings.HasPrefix(rp.Enhanced, "4") && !strings.HasPrefix(rp.Enhanced, "5") {
			continue
		}
		rcpt := last
		if rp.Recipient != "" && !m.isOwnAddress(rp.Recipient) {
			rcpt = rp.Recipient
		}
		if rcpt == "" && len(xf) == 1 {
			rcpt = xf[0]
		}
		if rcpt == "" || seen[lowerASCII(rcpt)] {
			continue
		}
		diag := t
		// a reply continued on the next lines
		for j := i + 1; j < len(lines) && j < i+4 && strings.HasPrefix(lines[j], " ") && strings.TrimSpace(lines[j]) != ""; j++ {
			diag += " " + strings.TrimSpace(lines[j])
		}
		seen[lowerASCII(rcpt)] = true
		out = append(out, Recipient{Recipient: rcpt, Action: action, Diagnostic: diag})
	}
	for _, a := range xf {
		if !seen[lowerASCII(a)] {
			seen[lowerASCII(a)] = true
			out = append(out, Recipient{Recipient: a, Action: action, Diagnostic: firstFailureSentence(lines)})
		}
	}
	return out
}

// isOwnAddress: the report's own From: address, or the returned message's
// sender, is not a recipient.
func (m *msg) isOwnAddress(a string) bool {
	la := lowerASCII(a)
	if strings.Contains(m.lowFrom, la) {
		return true
	}
	if m.hasOrig && strings.Contains(lowerASCII(m.orig.Get("From")+m.orig.Get("Return-Path")), la) {
		return true
	}
	return false
}

func firstFailureSentence(lines []string) string {
	for _, ln := range lines {
		low := lowerASCII(ln)
		for _, p := range failurePhrases {
			if strings.Contains(low, p) {
				return strings.TrimSpace(ln)
			}
		}
	}
	return ""
}
