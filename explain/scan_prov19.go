package explain

import (
	"bytes"
	"strings"
)

// A provider's bounce pasted whole (issue 10, held-out batch 19-prov): its
// lead lines say that a delivery failed, and name the recipient, the host
// or the layout's own separators ("|---- Failed addresses follow: ----|",
// "SMTP error from remote server after RCPT command:", "host: mx.example",
// "Error: No valid recipients", a recipient alone on its line), and the
// reply below them says why. On standard input such lines are the reply's
// context, read with it as one paste as the same text given as an argument
// is, not lines of a list each explained (or left unexplained) on its own.

// leadProse reports free text before the first reply that only leads to
// it: no line of it names a cause of its own (each is refused alone, or
// explained as category unknown: a bare outcome such as "could not be
// delivered" or "no valid recipients"). A line that names a cause
// ("Envelope expired", "mailbox full") makes the text a list's lines.
// The reply itself must not be a line of a log (a file's comment lines
// above a log, "# ...", lead to nothing) and no line a CSV header row.
func leadProse(prose []string, reply string) bool {
	if len(prose) == 0 || proseIsRecords(prose) {
		return false
	}
	if reply = strings.TrimSpace(reply); logPrefixed(reply) || mailDaemonLine(reply) {
		return false
	}
	for _, p := range prose {
		t := strings.TrimSpace(p)
		if t == "" {
			return false // (paragraphs: a pasted message is read whole elsewhere)
		}
		if t[0] == '#' || logPrefixed(t) || mailDaemonLine(t) || csvHeaderLine(t) {
			return false
		}
		if r, err := parse(t, false); err == nil && Explain(r).Category != Unknown {
			return false
		}
	}
	return true
}

// contextLine reports a line of free text that names no cause of its own:
// no code, no log prefix, not a mail daemon's line, and refused alone or
// explained as category unknown.
func contextLine(t string) bool {
	if t == "" || startsWithCode(t) || logPrefixed(t) || mailDaemonLine(t) {
		return false
	}
	if li := parseLineInfo(t, false); li.reply {
		return false
	}
	r, err := parse(t, false)
	return err != nil || Explain(r).Category == Unknown
}

// foldContext reports a line after the first reply of the input (nothing
// explained yet, the reply line waiting for its folded lines) that is
// context of that reply, as the lines after a bounce's reply are ("Please
// check the recipient and try again", "Message details:"): read with it
// as the same text given as an argument is.
func (s *Scanner) foldContext(t string) bool {
	if s.coded || s.lineMode || len(s.fold) == 0 || s.fsize+len(t) >= MaxInput || mayBeCommand(t) {
		return false
	}
	if _, _, ok := dsnField(t); ok {
		return false
	}
	return contextLine(t)
}

// pasteContext follows whether standard input is one paste: at most one
// explanation, no line of a log (a mail daemon's line, a line with a log's
// time stamp or level) or of an export (a CSV header row), nothing over-long, and no more than MaxInput bytes.
// Then the lines that gave no explanation are the paste's context (a
// bounce's prose around its reply, its "Message details:"), as they are
// when the same text is given as an argument: they are not counted as
// unexplained (Skipped), so that the paste gives the same output on
// standard input as given as an argument.
type pasteContext struct {
	yielded int  // explanations returned by Scan
	size    int  // bytes read
	list    bool // a log line, an over-long line or more than MaxInput bytes: not one paste
}

// line looks at one line read (only while the input may still be one paste:
// a long log costs nothing after its first MaxInput bytes).
func (p *pasteContext) line(b []byte) {
	if p.list {
		return
	}
	p.size += len(b) + 1
	t := bytes.TrimSpace(b)
	if p.size > MaxInput || p.yielded > 1 || len(t) > 0 && (logPrefixed(string(t)) || mailDaemonLine(t) || csvHeaderLine(string(t))) {
		p.list = true
	}
}

// pasteEnd, at the end of the input: the lines of one paste that gave no
// explanation are its context, not unexplained lines.
func (s *Scanner) pasteEnd() {
	if !s.pasteCtx.list && s.pasteCtx.yielded == 1 && s.TooLong == 0 {
		s.Skipped = 0
	}
}
