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

// Gmail writes a multi-line reply with its enhanced code on every line and,
// as libraries and bounces quote it, often without the basic code after the
// first ("550 5.7.1 Unauthenticated email ... not accepted due to domain's",
// "5.7.1 DMARC policy. Please contact ...", "5.7.1  https://..."), or with no
// basic code at all. Such a line is the next line of the reply before it,
// not a reply of its own (argument and standard input give one explanation).

// enhLeads reports a line that starts with the enhanced code enh and goes on
// with words that do not open a new recipient's reply ("<addr>").
func enhLeads(t, enh string) bool {
	if enh == "" || len(t) <= len(enh) || !strings.HasPrefix(t, enh) || t[len(enh)] != ' ' {
		return false
	}
	rest := strings.TrimSpace(t[len(enh):])
	return rest != "" && rest[0] != '<'
}

// enhContinues reports a line that carries only the enhanced code of the
// reply explained on the line just before (or while reading this one) and
// continues it. That reply has been explained already (a stream does not
// wait), so the line is taken as its continuation only when the reply read
// with it keeps its category; otherwise it stays a line of its own, as a
// list's line is.
func (s *Scanner) enhContinues(li lineInfo, t string) bool {
	if li.code != 0 || s.lastEnh == "" || li.enh != s.lastEnh || s.lastOut < s.Lines-1 ||
		len(s.group) != 0 || len(s.fold) != 0 || len(s.sess) != 0 || !enhLeads(t, s.lastEnh) ||
		len(s.lastReply.Input)+len(t) >= MaxInput {
		return false
	}
	joined := s.lastReply.Input + "\n" + t
	r, err := parse(joined, true)
	if err != nil || Explain(r).Category != Explain(s.lastReply).Category {
		return false
	}
	s.lastReply.Input = joined
	return true
}
