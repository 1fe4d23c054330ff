package summary

import (
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// localTime marks times a log gives without a zone (Exim's default
// "2026-01-05 10:00:01"): they are shown as written, without an offset.
var localTime = lazy.Value[*time.Location]{New: func() *time.Location { return time.FixedZone("log-local", 0) }}

// LineTime returns the time at the start of a log line: syslog
// ("Jan  5 10:00:01", no year: the year is 0), RFC 3339 (rsyslog's high
// precision format, journald's short-iso), or Exim's "2026-01-05 10:00:01"
// with optional fraction and zone. It returns the zero time for anything else.
func LineTime(line string) time.Time {
	if len(line) >= 15 && line[3] == ' ' && line[6] == ' ' && line[9] == ':' {
		if t, err := time.Parse(time.Stamp, line[:15]); err == nil {
			return t
		}
		return time.Time{}
	}
	if len(line) < 19 || line[4] != '-' || line[7] != '-' || line[13] != ':' {
		return time.Time{}
	}
	switch line[10] {
	case 'T':
		tok := line
		if i := strings.IndexByte(tok, ' '); i > 0 {
			tok = tok[:i]
		}
		if t, err := time.Parse(time.RFC3339Nano, tok); err == nil {
			return t
		}
		if t, err := time.ParseInLocation("2006-01-02T15:04:05.999999999", tok, localTime.Get()); err == nil {
			return t
		}
	case ' ':
		rest := line[11:]
		clock := rest
		if i := strings.IndexByte(rest, ' '); i > 0 {
			clock = rest[:i]
			rest = rest[i+1:]
		} else {
			rest = ""
		}
		if len(rest) >= 5 && (rest[0] == '+' || rest[0] == '-') && (len(rest) == 5 || rest[5] == ' ') {
			if t, err := time.Parse("2006-01-02 15:04:05.999999999 -0700", line[:11]+clock+" "+rest[:5]); err == nil {
				return t
			}
		}
		if t, err := time.ParseInLocation("2006-01-02 15:04:05.999999999", line[:11]+clock, localTime.Get()); err == nil {
			return t
		}
	}
	return time.Time{}
}
