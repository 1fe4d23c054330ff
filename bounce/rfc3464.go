package bounce

import (
	"net/mail"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// RFC 3464 delivery status notifications: the message/delivery-status part
// of a multipart/report (also RFC 6533 message/global-delivery-status),
// one per-message field group, then one group per recipient. Read for
// every message; a text family adds what the human-readable part says.

// detectDSN: the message has a delivery-status part. Its family parses
// nothing more (parseNothing): the DSN's recipients are read for every
// message.
func detectDSN(m *msg) bool { return len(m.dsn) > 0 || m.reportType == "delivery-status" }

func parseNothing(*msg) []Recipient { return nil }

// dsnMessage is the per-message part of a DSN.
type dsnMessage struct {
	reportingMTA string
	sender       string
	arrival      time.Time
}

func parseDSN(m *msg) ([]Recipient, dsnMessage) {
	var out []Recipient
	var dm dsnMessage
	bodies := m.dsn
	if len(bodies) == 0 && (strings.Contains(m.low, "\nfinal-recipient:") || strings.Contains(m.low, "\noriginal-recipient:")) && strings.Contains(m.low, "\naction:") {
		bodies = []string{m.text} // DSN fields written into a text part
	}
	for _, b := range bodies {
		rs := parseDSNBody(b, &dm)
		out = append(out, rs...)
		if len(out) > MaxRecipients {
			break
		}
	}
	return out, dm
}

// dsnFieldLines unfolds a field block: a continuation line (leading white
// space) joins the field before it; one that starts with a reply code
// ("550-5.1.1 ...") starts a new line of a multi-line reply.
func dsnFieldLines(body string) []string {
	var out []string
	for _, ln := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n") {
		ln = strings.TrimRight(ln, " \t\r")
		if ln == "" {
			out = append(out, "")
			continue
		}
		if (ln[0] == ' ' || ln[0] == '\t') && len(out) > 0 && out[len(out)-1] != "" {
			t := strings.TrimSpace(ln)
			if startsWithReplyCode(t) {
				out[len(out)-1] += "\n" + t
			} else {
				out[len(out)-1] += " " + t
			}
			continue
		}
		out = append(out, ln)
	}
	return out
}

func startsWithReplyCode(t string) bool {
	return len(t) >= 4 && (t[0] == '2' || t[0] == '4' || t[0] == '5') && t[1] >= '0' && t[1] <= '9' && t[2] >= '0' && t[2] <= '9' && (t[3] == '-' || t[3] == ' ')
}

func parseDSNBody(body string, dm *dsnMessage) []Recipient {
	var out []Recipient
	var cur *Recipient
	statusText := "" // a Status: written as prose instead of a code (Apache James)
	flush := func() {
		if cur != nil && (cur.Recipient != "" || cur.OriginalRecipient != "") {
			if cur.Recipient == "" {
				cur.Recipient = cur.OriginalRecipient
			}
			if cur.Diagnostic == "" && cur.Status == "" && statusText != "" {
				cur.Diagnostic = statusText
			}
			if cur.Date.IsZero() {
				cur.Date = dm.arrival
			}
			out = append(out, *cur)
		}
		cur = nil
		statusText = ""
	}
	for _, ln := range dsnFieldLines(body) {
		if ln == "" {
			flush()
			continue
		}
		i := strings.IndexByte(ln, ':')
		if i <= 0 || strings.ContainsAny(ln[:i], " \t") {
			continue
		}
		name, val := lowerASCII(ln[:i]), strings.TrimSpace(ln[i+1:])
		if cur == nil && perRecipient.Get()[name] {
			cur = &Recipient{} // Exim writes Action: before Final-Recipient:
		}
		switch name {
		case "reporting-mta":
			if dm.reportingMTA == "" {
				dm.reportingMTA = mtaName(val)
			}
		case "x-postfix-sender", "x-original-sender":
			if dm.sender == "" {
				dm.sender = cleanAddr(val)
			}
		case "arrival-date":
			if cur == nil {
				dm.arrival = parseDate(val)
			}
		case "final-recipient", "original-recipient", "x-actual-final-recipient":
			if cur == nil {
				cur = &Recipient{}
			}
			a := cleanAddr(val)
			switch name {
			case "final-recipient":
				if cur.Recipient != "" {
					flush()
					cur = &Recipient{}
				}
				cur.Recipient = a
			case "original-recipient":
				if cur.OriginalRecipient != "" {
					flush()
					cur = &Recipient{}
				}
				cur.OriginalRecipient = a
			default: // Exchange: the address after internal rewriting; keep the one the sender used
				if cur.Recipient == "" {
					cur.Recipient = a
				}
			}
		case "action":
			if cur != nil {
				cur.Action = lowerASCII(firstWord(val))
			}
		case "status":
			if cur != nil {
				if s := firstWord(val); validStatus(s) {
					cur.Status = s
				} else if len(val) > 12 {
					statusText = val
				}
			}
		case "remote-mta":
			if cur != nil {
				cur.RemoteMTA = mtaName(val)
			}
		case "diagnostic-code":
			if cur != nil {
				cur.Diagnostic = diagnosticText(val)
			}
		case "x-powermta-bouncecategory", "x-bounce-category":
			if cur != nil {
				cur.Hint = lowerASCII(firstWord(val))
			}
		case "last-attempt-date":
			if cur != nil {
				cur.Date = parseDate(val)
			}
		}
		if len(out) > MaxRecipients {
			break
		}
	}
	flush()
	return out
}

var perRecipient = lazy.Value[map[string]bool]{New: func() map[string]bool {
	return map[string]bool{"action": true, "status": true, "remote-mta": true, "diagnostic-code": true, "last-attempt-date": true, "will-retry-until": true, "final-log-id": true, "x-powermta-bouncecategory": true}
}}

// diagnosticText drops the diagnostic type ("smtp;", "X-Postfix;") of a
// Diagnostic-Code value.
func diagnosticText(v string) string {
	if i := strings.IndexByte(v, ';'); i > 0 && i < 20 && !strings.ContainsAny(v[:i], " \t") {
		v = v[i+1:]
	}
	return strings.TrimSpace(v)
}

// mtaName turns "dns; mx.example (192.0.2.1)" into "mx.example".
func mtaName(v string) string {
	if i := strings.IndexByte(v, ';'); i >= 0 {
		v = v[i+1:]
	}
	v = firstWord(v)
	if i := strings.IndexAny(v, "[("); i > 0 {
		v = v[:i]
	}
	return strings.Trim(v, "[]().")
}

func firstWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t\n"); i >= 0 {
		return s[:i]
	}
	return s
}

func parseDate(v string) time.Time {
	if t, err := mail.ParseDate(strings.TrimSpace(v)); err == nil {
		return t.UTC()
	}
	return time.Time{}
}
