package bounce

import (
	"strings"
)

// ARF feedback reports (RFC 5965): multipart/report; report-type=
// feedback-report with a message/feedback-report part (Feedback-Type,
// User-Agent, Version, Original-Mail-From, Original-Rcpt-To, Arrival-Date,
// Source-IP, Reported-Domain). Not a bounce: the recipient complained.

func parseARF(m *msg) *Feedback {
	if m.arf == "" {
		return nil
	}
	fb := &Feedback{}
	for _, ln := range dsnFieldLines(m.arf) {
		i := strings.IndexByte(ln, ':')
		if i <= 0 {
			continue
		}
		name, val := lowerASCII(strings.TrimSpace(ln[:i])), strings.TrimSpace(ln[i+1:])
		switch name {
		case "feedback-type":
			fb.Type = lowerASCII(firstWord(val))
		case "source-ip":
			fb.SourceIP = strings.Trim(firstWord(val), "[]")
		case "original-mail-from":
			fb.OriginalMailFrom = cleanAddr(val)
		case "original-rcpt-to":
			if a := cleanAddr(val); a != "" {
				fb.OriginalRcptTo = append(fb.OriginalRcptTo, a)
			}
		case "reported-domain":
			if fb.ReportedDomain == "" {
				fb.ReportedDomain = val
			}
		case "user-agent":
			fb.UserAgent = val
		case "arrival-date", "received-date":
			fb.ArrivalDate = parseDate(val)
		}
	}
	if fb.Type == "" {
		fb.Type = "other"
	}
	if fb.OriginalMailFrom == "" && m.hasOrig {
		fb.OriginalMailFrom = cleanAddr(m.orig.Get("Return-Path"))
		if fb.OriginalMailFrom == "" {
			fb.OriginalMailFrom = cleanAddr(m.orig.Get("From"))
		}
	}
	return fb
}
