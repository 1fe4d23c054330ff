package explain

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
)

// MaxLine is the longest line a Scanner looks at. Longer lines are skipped
// (and counted) without being held in memory.
const MaxLine = 16 << 10

// Scanner reads replies from a log file or piped input: every line that
// carries a reply yields one Reply; consecutive "550-..."/"550 ..." lines
// are one multi-line reply; a block of DSN fields (Final-Recipient, Action,
// Status, Remote-MTA, Diagnostic-Code) is one reply. Lines without a reply,
// binary lines and over-long lines are skipped. Memory stays bounded by
// MaxLine whatever the input.
type Scanner struct {
	r       *bufio.Reader
	queue   []Reply
	cur     Reply
	err     error
	eof     bool
	group   []string // pending multi-line reply lines
	gcode   int
	gsize   int
	dsn     []string // pending DSN field lines
	dsize   int
	lineBuf []byte // a line longer than the reader's buffer
	Skipped int    // lines that carried no reply
	TooLong int    // lines longer than MaxLine, skipped
}

// NewScanner returns a Scanner reading r.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: bufio.NewReaderSize(r, 64<<10)}
}

// Scan advances to the next reply. It returns false at the end of the input
// or on a read error (see Err).
func (s *Scanner) Scan() bool {
	for len(s.queue) == 0 {
		if s.eof {
			s.flushGroup()
			s.flushDSN()
			if len(s.queue) == 0 {
				return false
			}
			break
		}
		line, ok := s.readLine()
		if !ok {
			continue
		}
		if s.skip(line) {
			continue
		}
		s.feed(string(line))
	}
	s.cur = s.queue[0]
	if len(s.queue) == 1 {
		// empty again: start over at the front, so that the next reply
		// reuses the room instead of growing a new queue
		s.queue[0] = Reply{}
		s.queue = s.queue[:0]
	} else {
		s.queue = s.queue[1:]
	}
	return true
}

// Reply returns the reply found by the last Scan.
func (s *Scanner) Reply() Reply { return s.cur }

// Buffered reports whether more input is already buffered, so that the next
// Scan will not block on the reader. Streaming callers flush their output
// when it returns false.
func (s *Scanner) Buffered() bool { return len(s.queue) > 0 || s.r.Buffered() > 0 }

// Err returns the first read error other than io.EOF.
func (s *Scanner) Err() error { return s.err }

// readLine returns the next line without its line end, or ok=false for a
// skipped over-long line (or at the end of input, setting eof). The bytes
// are valid until the next read.
func (s *Scanner) readLine() ([]byte, bool) {
	buf := s.lineBuf[:0]
	for {
		chunk, err := s.r.ReadSlice('\n')
		if len(buf)+len(chunk) > MaxLine {
			// discard the rest of this line without keeping it
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = s.r.ReadSlice('\n')
			}
			s.TooLong++
			s.flushGroup()
			s.flushDSN()
			if err != nil {
				s.setErr(err)
			}
			return nil, false
		}
		if len(buf) == 0 && err == nil {
			return bytes.TrimRight(chunk, "\r\n"), true // the whole line in one read: no copy
		}
		buf = append(buf, chunk...)
		s.lineBuf = buf
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil {
			s.setErr(err)
			if len(buf) == 0 {
				return nil, false
			}
		}
		return bytes.TrimRight(buf, "\r\n"), true
	}
}

// skip disposes of a line that cannot carry a reply without making a string
// of it: most lines of a mail log (connect, client=, cleanup, qmgr, removed,
// disconnect) end here.
func (s *Scanner) skip(line []byte) bool {
	t := bytes.TrimSpace(line)
	if len(t) == 0 || len(s.dsn) > 0 && (line[0] == ' ' || line[0] == '\t') || isDSNFieldStart(t) || mayCarryReply(t) {
		return false
	}
	s.flushGroup()
	s.flushDSN()
	s.Skipped++
	return true
}

// isDSNFieldStart: "Name:" at the start, as a DSN field line has (a
// name of letters, digits and '-').
func isDSNFieldStart(t []byte) bool {
	c := bytes.IndexByte(t, ':')
	if c <= 0 || c > 30 || !isAlpha(t[0]) {
		return false
	}
	for _, b := range t[:c] {
		if !isAlpha(b) && !isDigit(b) && b != '-' {
			return false
		}
	}
	return true
}

func (s *Scanner) setErr(err error) {
	s.eof = true
	if err != io.EOF && s.err == nil {
		s.err = err
	}
}

func (s *Scanner) feed(line string) {
	t := strings.TrimSpace(line)
	if t == "" {
		s.flushGroup()
		s.flushDSN()
		return
	}
	// folded continuation of a DSN field
	if len(s.dsn) > 0 && (line[0] == ' ' || line[0] == '\t') {
		if s.dsize+len(t) < MaxInput { // a bounded block; the rest of an endless field is dropped
			s.dsn = append(s.dsn, " "+t)
			s.dsize += len(t) + 1
		}
		return
	}
	if _, _, ok := dsnField(t); ok {
		s.flushGroup()
		if s.dsize+len(t) >= MaxInput {
			s.flushDSN()
		}
		s.dsn = append(s.dsn, t)
		s.dsize += len(t) + 1
		return
	}
	s.flushDSN()
	if isBinary(t) {
		s.flushGroup()
		s.Skipped++
		return
	}
	if needsPaste(t) { // pastes.go: a reply inside a library's wrapping
		s.flushGroup()
		r, err := parse(t, true)
		if err != nil && qmailDeliveryLine(t) {
			// qmail-send's log states the outcome without a code: its words
			// are read as an argument's would be
			r, err = parse(t, false)
		}
		if err == nil {
			s.queue = append(s.queue, r)
		} else {
			s.Skipped++
		}
		return
	}
	li := parseLineInfo(t, true)
	if li.bare && li.code != 0 {
		if len(s.group) > 0 && (li.code != s.gcode || s.gsize+len(t) >= MaxInput) {
			s.flushGroup()
		}
		s.group = append(s.group, t)
		s.gsize += len(t) + 1
		s.gcode = li.code
		if li.sep != '-' {
			s.flushGroup()
		}
		return
	}
	s.flushGroup()
	if !li.reply {
		s.Skipped++
		return
	}
	r, err := parseWith(t, true, &li)
	if err != nil {
		s.Skipped++
		return
	}
	s.queue = append(s.queue, r)
}

// mayCarryReply is a quick test that skips most lines of a mail log that
// cannot carry a reply without parsing them: a line that carries one has a
// reply code standing alone ("550 ", "421-", ":550 "), an enhanced status
// code ("dsn=5.1.1", "#5.1.1"), or the wording of the log forms that report
// a refusal without a code (Exim's "rejected" and "** a@b: ...", Postfix's
// SASL and connection-limit warnings). It never refuses a line that
// parseLineInfo would take (TestMayCarryReplyKeepsEveryReply).
func mayCarryReply(t []byte) bool {
	// One pass, and a closer look only where a byte and the byte before it
	// may start a code or sit in a keyword (a digit after a byte that may
	// stand before a code, the second '=' or '*', "xc" in "limit exceeded",
	// 'j' in "rejected", 'h' in "authentication failed"): a few bytes in a
	// hundred of a mail log.
	n := len(t)
	if n > 9 && t[0] >= '2' && t[0] <= '5' && isDigit(t[1]) && isDigit(t[2]) && t[3] == '.' {
		return true // a code written with a dot before its enhanced code ("550.5.7.0 ...", pastes.go)
	}
	prev := byte(0) // (as the start of the line: a code may follow)
	for i := 0; i < n; i++ {
		c := t[i]
		k := mayByte[c] & mayAfter[prev]
		prev = c
		if k == 0 {
			continue
		}
		switch k {
		case mayDigit:
			if i+2 >= n {
				continue
			}
			if t[i+1] == '.' {
				// an enhanced code: c.d{1,3}.d
				j := i + 2
				for j < n && j < i+5 && isDigit(t[j]) {
					j++
				}
				if j > i+2 && j+1 < n && t[j] == '.' && isDigit(t[j+1]) {
					return true
				}
				continue
			}
			if !isDigit(t[i+1]) || !isDigit(t[i+2]) {
				continue
			}
			if i+3 == n {
				return true
			}
			switch t[i+3] {
			case ' ', '-', ':', '\t', ',', '\'', ')', ';', '"', ']':
				return true
			}
		case mayEquals, mayStars: // "== ", "** "
			if i+1 < n && t[i+1] == ' ' {
				return true
			}
		case mayLimit:
			if hasWordAt(t, i-8, "limit exceeded") {
				return true
			}
		case mayRejected:
			if hasWordAt(t, i-2, "rejected") {
				return true
			}
		case mayAuthFailed:
			if hasWordAt(t, i-3, "authentication failed") {
				return true
			}
		case mayEnum: // a code printed as enum parts (pastes.go)
			if hasWordAt(t, i-8, "severity:") {
				return true
			}
		case mayQmail: // qmail-send's "delivery N: failure: ..." / "deferral: ..." (pastes.go)
			if hasWordAt(t, i-9, ": failure:") || hasWordAt(t, i-10, ": deferral:") {
				return true
			}
		}
	}
	return false
}

// The kinds of byte mayCarryReply looks at (mayByte), each kept only after
// the bytes that mayAfter allows before it.
const (
	mayDigit      = 1 << iota // '2' to '5', not after a digit, letter, '.', '[' or '_'
	mayEquals                 // '=' after '='
	mayStars                  // '*' after '*'
	mayLimit                  // 'c' after 'x'
	mayRejected               // 'j'
	mayAuthFailed             // 'h'
	mayEnum                   // ':' after 'y' ("severity:", pastes.go)
	mayQmail                  // ':' after 'e' or 'l' ("failure:", "deferral:", pastes.go)
)

var mayByte = [256]uint8{'2': mayDigit, '3': mayDigit, '4': mayDigit, '5': mayDigit,
	'=': mayEquals, '*': mayStars, 'c': mayLimit, 'j': mayRejected, 'h': mayAuthFailed, ':': mayEnum | mayQmail}

var mayAfter = func() (t [256]uint8) {
	for c := range t {
		b := byte(c)
		t[c] = mayRejected | mayAuthFailed
		if !isDigit(b) && !isAlpha(b) && b != '.' && b != '_' {
			// (after '[' too: a webmail's "Error SMTP: [550] ..."; an IP
			// address in brackets has a '.' where a code ends)
			t[c] |= mayDigit
		}
		switch b {
		case '=':
			t[c] |= mayEquals
		case '*':
			t[c] |= mayStars
		case 'x':
			t[c] |= mayLimit
		case 'y':
			t[c] |= mayEnum
		case 'e', 'l':
			t[c] |= mayQmail
		}
	}
	return t
}()

// hasWordAt reports w at t[s:].
func hasWordAt(t []byte, s int, w string) bool {
	return s >= 0 && s+len(w) <= len(t) && string(t[s:s+len(w)]) == w
}

func (s *Scanner) flushGroup() {
	if len(s.group) == 0 {
		return
	}
	r, err := parse(strings.Join(s.group, "\n"), true)
	s.group, s.gsize = s.group[:0], 0
	if err != nil {
		s.Skipped++
		return
	}
	s.queue = append(s.queue, r)
}

func (s *Scanner) flushDSN() {
	if len(s.dsn) == 0 {
		return
	}
	r, err := parse(joinDSN(s.dsn), true)
	s.dsn, s.dsize = s.dsn[:0], 0
	if err != nil {
		s.Skipped++ // e.g. a per-message block without Status or Diagnostic-Code
		return
	}
	s.queue = append(s.queue, r)
}

// joinDSN joins DSN field lines; continuation pieces (leading space) stay on
// their field's line.
func joinDSN(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 && !strings.HasPrefix(l, " ") {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return b.String()
}
