package explain

import (
	"bytes"
	"strings"
)

// Forms of session 20's parser helper (parse25; held-out batches 25-parse).

// jsonMembers walks the members of a JSON object, or of any text that
// holds one, as the readers of a JSON answer need them: each quoted name
// that a ':' follows, with the text after the ':' (blanks skipped). It
// reads no grammar beyond that, so that a body cut short, escaped inside
// a string ("{\"statusCode\":503}") or pasted amid a log line is read as
// far as it goes. A quoted string that no ':' follows is a value, not a
// name: its closing quote may open the next name (a body escaped inside a
// string, where every quote is a \"). A name's trailing '\' (an escaped
// body's \"name\") is not part of it.
//
// Readers: jsonReplyMembers (forms24.go: a record's reply in separate
// members) and jsonHTTPStatus (rules_esp12.go: an API's HTTP status).
type jsonMembers struct {
	s string
	i int
}

// next is the next member's name (as written) and the text after its ':'
// (to the end of s); ok is false when there is none left.
func (m *jsonMembers) next() (name, value string, ok bool) {
	s := m.s
	for m.i < len(s) {
		q := strings.IndexByte(s[m.i:], '"')
		if q < 0 {
			break
		}
		k := m.i + q + 1
		e := strings.IndexByte(s[k:], '"')
		if e < 0 {
			break
		}
		v := strings.TrimLeft(s[k+e+1:], " \t")
		if !strings.HasPrefix(v, ":") {
			m.i = k + e // (a value: its closing quote may open the next name)
			continue
		}
		v = strings.TrimLeft(v[1:], " \t\r\n")
		m.i = len(s) - len(v)
		return strings.TrimSuffix(s[k:k+e], "\\"), v, true
	}
	m.i = len(s)
	return "", "", false
}

// skip steps over n bytes of the value next returned last (a reader that
// has read the value: its words are not names).
func (m *jsonMembers) skip(n int) {
	m.i = min(m.i+n, len(m.s))
}

// A line of a pasted text that a mail client, a forum or a terminal
// wrapped before its end is one line with the next, as the same paste
// given as an argument is one text: standard input otherwise reads its
// halves as two entries of a list (each with half the words), or as a
// reply and a line left unexplained. Two marks say a line was wrapped, not
// ended (wrapOpens):
//   - it ends in a blank after a word: format=flowed's soft line break
//     (RFC 3676 §4.2), which mail clients and mailing-list archives keep
//     when the text is pasted, on a line as long as a wrapped one (40
//     bytes or more: "Failed to authenticate on SMTP server ",
//     then "with username ...");
//   - a double quote opened before a reply code is not closed on it (a
//     reply quoted in prose, cut where the column ended: `bounce ("552
//     5.2.2 The email account that you`, then `tried to reach is over
//     quota").`).
// The next line goes on with it when it starts with a word or closes the
// quote and starts no record of its own (wrapGoesOn): a log line, a DSN
// field, a reply code, a client command, a quoted or indented line (which
// the scanner's folds read) stand alone, so a log of one reply a line is
// read as it was.

// wrapOpens reports a line that a wrap may have cut (above).
func wrapOpens(line []byte) bool {
	n := len(line)
	if n < 12 || n >= MaxLine/2 {
		return false
	}
	if line[n-1] == ' ' {
		// (a blank after a word, not a run of blanks padding a column; on
		// a line as long as a wrapped one is, not a list's short line
		// such as "Envelope expired ")
		return n >= 40 && line[n-2] != ' ' && line[n-2] != '\t' && bytes.IndexByte(line[:n-1], ' ') > 0
	}
	q := bytes.LastIndexByte(line, '"')
	if q < 0 || bytes.Count(line, quoteByte)%2 == 0 {
		return false
	}
	c := q + 1
	if c < n && line[c] == '(' {
		c++
	}
	return n-c > 8 && isReplyCodeAt(string(line[c:c+4]), 0) && line[c+3] == ' '
}

var quoteByte = []byte{'"'}

// wrapGoesOn reports a line (next) that goes on with the wrapped line
// held before it (above).
func wrapGoesOn(held string, next []byte) bool {
	if len(next) == 0 {
		return false
	}
	b := next[0]
	closes := bytes.IndexByte(next, '"') >= 0
	if !isAlpha(b) && b < 0x80 && !(b == '"' && closes) {
		return false // (blank, indented, quoted with '>', a code, a list mark, a bracket)
	}
	t := string(next)
	if startsWithCode(t) || logPrefixed(t) || syslogStamped(t) || isDSNFieldStart(next) && bytes.Index(next, colonSpace) < 24 && bytes.IndexByte(next[:bytes.IndexByte(next, ':')], ' ') < 0 {
		return false
	}
	if d, msg := daemonMessage(t); d || mayBeCommandLine(t, d, msg) && commandStage(t) != "" {
		return false
	}
	return true
}

// wrappedLine holds a line that wrapOpens until the next shows whether it
// goes on (wrapGoesOn): then the two are read as one line (a blank between
// them), else the held line is read on its own first. ok is false while a
// line is held. (As quotedPrintableLine, forms11.go.)
func (s *Scanner) wrappedLine(line []byte) (out []byte, ok bool) {
	if held := s.wrap; held != "" {
		s.wrap = ""
		if wrapGoesOn(held, line) && len(held)+len(line) < MaxLine {
			j := held
			if !strings.HasSuffix(j, " ") {
				j += " "
			}
			j += string(line)
			if wrapOpens([]byte(j)) {
				s.wrap = j
				return nil, false
			}
			return []byte(j), true
		}
		s.feedLine([]byte(held)) // (not wrapped after all: the held line stands alone)
	}
	if wrapOpens(line) {
		s.wrap = string(line)
		return nil, false
	}
	return line, true
}

// heldBareReply reports a held positive reply (see Scanner.flushGroup)
// that is a bare reply line: the server's side of a transcript pasted
// without its commands ("250 2.1.0 Ok", "354 End data with ...", then the
// reply that failed) is one paste, the failure deciding, as the same text
// given as an argument is; a log of replies behind a prefix is not, nor a
// reply that ended a transaction ("250 2.0.0 Ok: queued as ...", "221
// Bye"): a list of outcomes, each its own.
func heldBareReply(held string) bool {
	if !startsWithCode(held) || strings.HasPrefix(held, "221") {
		return false
	}
	last := held[strings.LastIndexByte(held, '\n')+1:]
	return !strings.Contains(last, " 2.0.0") && !strings.Contains(last, "2.6.0") && indexFold(last, "queued") < 0 && indexFold(last, "accepted") < 0
}
