package explain

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"unsafe"
)

// MaxLine is the longest line a Scanner looks at. Longer lines are skipped
// (and counted) without being held in memory.
const MaxLine = 16 << 10

// Scanner reads replies from a log file or piped input: every line that
// carries a reply yields one Reply. Lines that are one reply by their
// structure are read together, as the same text given to Parse is:
//
//   - consecutive "550-..."/"550 ..." lines, also behind a log prefix that
//     every line repeats ("2026-12-06 10:00:01 recv mx>550-5.7.26 ...": the
//     prefixes are the same but for their digits) are one multi-line reply;
//   - a block of DSN fields (Final-Recipient, Action, Status, Remote-MTA,
//     Diagnostic-Code) is one reply;
//   - a pasted transcript (client commands, "MAIL FROM:<a>", "RCPT TO:<b>",
//     bare or behind a log prefix, between the server's replies, or a 220
//     greeting followed by a reply) is one reply: the reply that failed
//     decides, as in Parse;
//   - a program's error report (an exception with its stack and causes, a
//     Python traceback, a Go panic, with the log line before it) is one
//     reply, read whole as Parse reads it (forms_engine14.go);
//   - a blank line ends each of these (a report's chained part may follow one).
//
// Lines without a reply, binary lines and over-long lines are skipped and
// counted. With Wording set, a line without a code whose wording says what
// happened to a delivery ("Envelope expired", "mailbox full") is a reply
// of its own (Code 0), unless it is a line of a mail daemon's own log
// (Postfix, Exim, Sendmail ...): those report every delivery outcome with a
// code or a status, which the log forms read, and their other lines
// (connections, TLS, queue) are not outcomes. A sending service's JSON
// event whose classification fields say the cause is explained without a
// code, with Wording or without (serviceEvent). Memory stays bounded by
// MaxLine whatever the input.
type Scanner struct {
	r           *bufio.Reader
	queue       []Reply
	cur         Reply
	err         error
	eof         bool
	group       []string // pending multi-line reply lines
	gcode       int
	gsize       int
	glead       string   // the log prefix the group's lines repeat ("" for bare reply lines)
	sess        []string // pending transcript lines
	ssize       int
	scmd        bool     // the transcript has a client command
	held        string   // a positive reply that may open a transcript (a greeting)
	fold        []string // a pending reply line of a paste and its folded lines (see flushFold)
	fsize       int
	ft          string   // the reply line, trimmed
	fli         lineInfo // and what it says
	intro       string   // a line ending in ':' that may introduce the next reply
	prose       []string // free text before any reply (see addProse)
	psize       int
	coded       bool     // a reply has been read: the input is a list
	msg         bool     // the input is a pasted message (free text, a blank line, ...): read whole at its end
	mlines      []string // its lines
	msize       int
	lineMode    bool     // a message was too long to be one paste: lines stand alone
	dsn         []string // pending DSN field lines
	dsize       int
	dsnGap      bool   // a blank line after the pending DSN fields: the report's next recipient may follow (forms_msg16.go)
	lastRcpt    string // the recipient and code of the last reply explained (a bounce's DSN part may repeat it): a copy in rcptMem
	rcptMem     []byte
	inSig       bool // after a signature delimiter ("-- ") that followed a reply: prose lines are the signature
	lastCode    int
	lineBuf     []byte   // a line longer than the reader's buffer
	qp          string   // a line that ends in a quoted-printable soft break, held for the next (forms11.go)
	wrap        string   // a line a wrap may have cut, held for the next (forms25.go)
	prevBare    lineInfo // the bare failure just explained, which a closing summary may follow (closesReply)
	logw        []string // a log line of wording without a code and its indented lines (forms_engine13.go)
	logwSize    int
	rep         []string // an error report: an exception, its stack, a traceback (forms_engine14.go)
	repSize     int
	repBlank    bool         // a blank line inside it: it goes on only if a chain line follows
	repPy       bool         // in a Python traceback's frames: its exception line follows
	repGo       bool         // in a Go panic's goroutine dump
	repTail     bool         // the stack of a failure already explained (forms_engine14.go)
	lastOut     int          // the line (Lines) whose reading last queued an explanation
	pasteCtx    pasteContext // whether the input is one paste whose other lines are context (scan_prov19.go)
	lastEnh     string       // the enhanced code of the last reply explained (enhContinues)
	lastReply   Reply        // and that reply, with the continuation lines read since
	lineMem     []byte       // the memory of the line being read, with ReuseLines (see lineString)
	lastTextMem []byte       // the first words of the last reply's text, a copy (restated, forms25.go)

	// ReuseLines: the strings of a Reply are valid only until the next
	// call to Scan; a caller that keeps one must copy it (strings.Clone).
	// The Scanner then reads each line into the memory of the line before
	// whenever it holds nothing of that line (lineFree), instead of
	// allocating a string per line: on a mail log that is two thirds of
	// the bytes the explanation of a log allocates, and the garbage
	// collections they cost (docs/speed.md, session 14).
	ReuseLines bool

	// Wording: also yield lines without a code whose wording says what
	// happened to a delivery (see Scanner).
	Wording bool

	Lines   int // lines read (blank lines too)
	Skipped int // non-blank lines that carried no reply (nor, with Wording, delivery wording)
	TooLong int // lines longer than MaxLine, skipped
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
			if s.qp != "" { // (a soft-broken last line: forms11.go)
				qp := s.qp
				s.qp = ""
				s.feedLine([]byte(qp))
			}
			if s.wrap != "" { // (a wrapped last line: forms25.go)
				w := s.wrap
				s.wrap = ""
				s.feedLine([]byte(w))
			}
			s.flushMessage()
			s.flushAll()
			s.flushProse()
			if len(s.queue) == 0 {
				s.pasteEnd()
				return false
			}
			break
		}
		line, ok := s.readLine()
		if !ok {
			continue
		}
		s.Lines++
		s.pasteCtx.line(line)
		if n := len(line); s.qp != "" || n > 1 && line[n-1] == '=' || n > 3 && line[n-1] == 'D' && line[n-3] == '=' {
			// quoted-printable pasted still encoded (forms11.go)
			if line, ok = s.quotedPrintableLine(line); !ok {
				continue
			}
		}
		if n := len(line); !s.msg && (s.wrap != "" || n > 11 && (line[n-1] == ' ' || bytes.IndexByte(line, '"') >= 0 || bytes.IndexByte(line, '\'') >= 0) && wrapOpens(line)) {
			// a line a wrap cut, and the next that goes on with it (forms25.go)
			if line, ok = s.wrappedLine(line); !ok {
				continue
			}
		}
		s.feedLine(line)
	}
	s.cur = s.queue[0]
	s.pasteCtx.yielded++
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

// feedLine reads one line of input (skip, then feed).
func (s *Scanner) feedLine(line []byte) {
	if s.skip(line) {
		return
	}
	s.feed(s.lineString(line))
}

// lineString is line as a string: with ReuseLines, in the memory of the
// lines before when nothing refers to them any more (lineFree), else a
// string of its own.
func (s *Scanner) lineString(line []byte) string {
	if !s.ReuseLines || len(line) == 0 || !s.lineFree() {
		return string(line)
	}
	s.lineMem = append(s.lineMem[:0], line...)
	return unsafe.String(unsafe.SliceData(s.lineMem), len(s.lineMem))
}

// lineFree reports that the Scanner holds no string of the lines read
// before: no reply is queued (the one Scan returned last is the caller's
// until the next Scan) and no form is pending. lastRcpt is a copy of its
// own and qp and wrap strings of their own (forms11.go, forms25.go); lastReply (and lastEnh) is read
// only on the line just after it (enhContinues). TestScannerLineFreeCoversFields
// fails when a field that can hold a string is added to Scanner and not
// to this list.
func (s *Scanner) lineFree() bool {
	return len(s.queue) == 0 && len(s.group) == 0 && s.glead == "" && len(s.sess) == 0 && s.held == "" &&
		len(s.fold) == 0 && s.ft == "" && s.fli == (lineInfo{}) && s.intro == "" && len(s.prose) == 0 &&
		!s.msg && len(s.mlines) == 0 && len(s.dsn) == 0 && s.prevBare == (lineInfo{}) && len(s.logw) == 0 && s.rep == nil &&
		(s.lastEnh == "" && s.lastCode == 0 || s.lastOut < s.Lines-1) // (the last reply: enhContinues and listItemAnnotates read it on the line just after it, scan_prov19.go, forms26.go)
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
			s.Lines++
			s.flushAll()
			if err != nil {
				s.setErr(err)
			}
			return nil, false
		}
		if len(buf) == 0 && err == nil {
			return trimLineEnd(chunk), true // the whole line in one read: no copy
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
		return trimLineEnd(buf), true
	}
}

// trimLineEnd is bytes.TrimRight(b, "\r\n") without the set of bytes that
// TrimRight makes on every call.
func trimLineEnd(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// skip disposes of a line that cannot carry a reply without making a string
// of it: most lines of a mail log (connect, client=, cleanup, qmgr, removed,
// disconnect) end here. A pending transcript or held reply still sees the
// line (a transcript's replies without an enhanced code, its commands); with
// Wording, so does a line that is not a mail daemon's own.
func (s *Scanner) skip(line []byte) bool {
	t := bytes.TrimSpace(line)
	if s.msg || s.rep != nil || len(t) == 0 || len(s.dsn) > 0 || isDSNFieldStart(t) || t[0] == '>' && isDSNFieldStart(bytes.TrimLeft(t, "> ")) || mayCarryOrVerdict(t) ||
		len(s.sess) > 0 || s.held != "" || len(s.fold) > 0 || t[len(t)-1] == ':' || serviceEvent(t) ||
		!s.coded && (toolSessionStart(t) || s.atStart() && messageStart(string(t))) {
		return false
	}
	if daemon, msg := daemonMessage(t); mayBeCommandLine(t, daemon, msg) || s.Wording && !daemon {
		return false
	}
	if s.lastOut > 0 && s.lastOut >= s.Lines-1 && sendmailDSNBytes(t) { // the delivery's DSN line (scan_common24.go)
		return false
	}
	if queueOutcomeLine(t) { // forms22.go: Postfix's "status=expired, returned to sender"
		return false
	}
	s.flushAll()
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
	if s.msg {
		s.addMessage(line)
		return
	}
	t := strings.TrimSpace(line)
	if s.dsnGap && t != "" && !quoteOnly(t) {
		s.dsnContinues(t) // forms_msg16.go
	}
	if s.rep != nil && s.reportContinues(line, t) { // an error report (forms_engine14.go)
		return
	}
	if t != "" && s.rep == nil && s.reportStarts(line, t) {
		return
	}
	if !s.coded && !s.lineMode && len(s.prose) == 0 && s.idle() && (toolSessionStart(t) || s.atStart() && messageStart(t)) {
		// a test tool's session (swaks, telnet, curl -v, openssl s_client,
		// posttls-finger) is one paste however many replies it holds, read
		// whole at the end (forms11.go)
		s.msg = true
		s.mlines, s.msize = []string{strings.TrimRight(line, " \t")}, len(line)+1
		return
	}
	if s.signature(t) { // forms_msg16.go: a signature's lines after a reply
		return
	}
	if t == "" || quoteOnly(t) { // (">" or "> >" alone: a blank line of a quoted message, rules_engine12.go)
		if len(s.dsn) > 0 && !s.dsnGap {
			s.dsnGap = true // the report's next group may follow (forms_msg16.go)
			return
		}
		s.flushAll()
		if len(s.prose) > 0 && !s.coded && proseIsRecords(s.prose) {
			s.releaseProse() // a list of log records before the break (forms_engine13.go)
		}
		if len(s.prose) > 0 && !s.coded && !s.lineMode {
			// free text, then a paragraph break, before any reply: the
			// input is a pasted message (a bounce's text), read whole
			s.msg = true
			s.mlines, s.msize = append(s.prose, ""), s.psize+1
			s.prose, s.psize = nil, 0
		} else if len(s.prose) > 0 {
			s.addProse("") // (a paragraph break of a pasted text)
		}
		return
	}
	raw := strings.TrimRight(line, " \t") // (kept as given in a paste: Input is what Parse would have)
	if len(s.logw) > 0 {
		if s.logwContinues(line, t, raw) { // forms_engine13.go
			return
		}
		if s.logwIntroduces(t) {
			s.intro, s.logw, s.logwSize = s.logw[0], nil, 0 // the reply on this line is what it wrapped
		} else {
			s.flushLogged()
		}
	}
	if len(s.fold) > 0 {
		// a folded continuation line (leading white space, no code) of the
		// reply line before, as Parse joins it
		// (or, after a Postfix "host X[ip] said:" reply not closed yet, a
		// line that lost its indentation: rules_gw9.go)
		if (line[0] == ' ' || line[0] == '\t' || foldSaidOpen(s.fold) && saidContinues(t) && !newLogRecord(s.fold[0], t)) && !startsWithCode(t) && s.fsize+len(raw) < MaxInput {
			s.fold = append(s.fold, raw)
			s.fsize += len(raw) + 1
			return
		}
		if s.fsize+len(raw) < MaxInput && (foldContinues(s.fold, s.fli.code, t) || foldQuoteOpen(s.fold) && !startsWithCode(t)) {
			// the next line of a multi-line reply whose first line stood
			// behind words ("Remote host said: 550-Verification failed
			// ...", then "550-...", "550 ..."), or a quoted reply that a
			// mail client wrapped before its closing quote (forms11.go)
			s.fold = append(s.fold, raw)
			s.fsize += len(raw) + 1
			return
		}
		if s.fsize+len(raw) < MaxInput && !startsWithCode(t) && foldWrapsInAddress(s.fold, t) {
			// a reply wrapped inside an address ("... Local mailbox
			// olya.blind" then "yuk@mail.example is unavailable: ...";
			// forms23.go)
			s.fold = append(s.fold, raw)
			s.fsize += len(raw) + 1
			return
		}
		if s.fsize+len(raw) < MaxInput && !startsWithCode(t) && foldWrapsBare(s.fold, s.fli, t) {
			// a reply line that held only its codes (">550 5.7.1"), then
			// its text wrapped over the next lines (rules_gw13.go)
			s.fold = append(s.fold, raw)
			s.fsize += len(raw) + 1
			return
		}
		if s.fsize+len(raw) < MaxInput && closesReply(s.fli.code, s.fli.enh, s.fli.lead, t) {
			// a bare closing summary ("554 5.0.0 Service unavailable",
			// Sendmail's "554 <addr>... Service unavailable") or the next
			// line of the same reply that lost its dash: one paste with
			// the reply before it (closesReply, rules_engine12.go)
			s.fold = append(s.fold, raw)
			s.fsize += len(raw) + 1
			return
		}
		if exchangeAttempt(s.fli.lead) && s.fsize+len(raw) < MaxInput {
			// Exchange's list of delivery attempts, one a line without the
			// NDR's blank lines around it: one report, read newest first
			// as Parse reads it (forms11.go)
			if li := parseLineInfo(t, true); li.reply && exchangeAttempt(li.lead) {
				s.fold = append(s.fold, raw)
				s.fsize += len(raw) + 1
				return
			}
		}
		if s.fli.code == 0 && enhLeads(t, s.fli.enh) && s.fsize+len(raw) < MaxInput {
			// the next line of a reply that carries only its enhanced code
			// on every line (Gmail's "5.7.0 ..." lines without their basic
			// code: scan_prov19.go)
			s.fold = append(s.fold, raw)
			s.fsize += len(raw) + 1
			return
		}
		if s.foldOpenDash(t) { // a wrapped line of the reply's open "550-..." lines (scan_common24.go)
			s.fold = append(s.fold, raw)
			s.fsize += len(raw) + 1
			return
		}
		if s.foldContext(t) || s.foldWrapped(t) { // the first reply's context (scan_prov19.go), or its sentence wrapped on (scan_common26.go)
			s.fold = append(s.fold, raw)
			s.fsize += len(raw) + 1
			return
		}
		s.flushFold()
	}
	intro := s.intro // a line ending in ':' before this one (see noReply)
	s.intro = ""
	// folded continuation of a DSN field (or a Diagnostic-Code's text that a
	// mail client re-wrapped without the indentation: forms_msg16.go)
	if len(s.dsn) > 0 && (line[0] == ' ' || line[0] == '\t' || dsnTextWrapped(s.dsn, t)) {
		s.introLine(intro)
		if s.dsize+len(t) < MaxInput { // a bounded block; the rest of an endless field is dropped
			s.dsn = append(s.dsn, " "+unquoted(t))
			s.dsize += len(t) + 1
		}
		return
	}
	if t[0] == '>' {
		if u := unquoted(t); u != "" && isDSNFieldStart([]byte(u)) {
			if _, _, ok := dsnField(u); ok {
				t = u // a quoted DSN field ("> Action: failed"): a field of the report
			}
		}
	}
	if _, _, ok := dsnField(t); ok {
		s.introLine(intro)
		s.flushGroup()
		s.flushSession()
		s.release()
		if s.dsize+len(t) >= MaxInput {
			s.flushDSN()
		}
		s.dsn = append(s.dsn, t)
		s.dsize += len(t) + 1
		return
	}
	s.flushDSN()
	if isBinary(t) {
		s.introLine(intro)
		s.flushAll()
		s.Skipped++
		return
	}
	daemon, msg := daemonMessage(t)
	if !daemon && s.lastCode >= 400 && s.lastOut >= s.Lines-1 && s.lastOut > 0 && len(s.sess) == 0 && len(s.group) == 0 && closingAfterFailure(t) {
		// the client's QUIT and the server's goodbye after the failure just
		// explained: the session's close, not an entry of its own (forms26.go)
		s.introLine(intro)
		s.lastOut = s.Lines
		return
	}
	if mayBeCommandLine(t, daemon, msg) && commandStage(t) != "" { // a client command: a pasted transcript
		s.introLine(intro)
		s.command(raw)
		return
	}
	if len(s.sess) > 0 {
		s.introLine(intro)
		if s.inSession(t, raw) {
			return
		}
		if toolChatter(t) && s.ssize+len(raw) < MaxInput {
			// a test tool's own line inside the session (swaks' "*** TLS
			// startup failed", a message line it sends after DATA): the
			// session goes on, and Parse reads the line as its context
			// or as the words after its last reply (forms11.go)
			s.sess = append(s.sess, raw)
			s.ssize += len(raw) + 1
			return
		}
		s.flushSession()
	}
	if !daemon && s.restated(t) { // forms25.go: a client's line that repeats the reply just explained
		s.introLine(intro)
		return
	}
	if needsPaste(t) { // pastes.go: a reply inside a library's wrapping
		s.introLine(intro)
		s.flushGroup()
		s.release()
		r, err := parse(t, true)
		if err != nil && (qmailDeliveryLine(t) || filterVerdictLine(t)) {
			// qmail-send's log states the outcome without a code: its words
			// are read as an argument's would be
			r, err = parse(t, false)
			if err == nil && r.Code == 0 && r.Enhanced == "" && r.Action == "" && !s.Wording {
				err = ErrNoCode // not qmail's outcome after all, and codeless wording is not asked for
			}
		}
		if err == nil {
			s.emit(r)
		} else {
			s.Skipped++
		}
		return
	}
	li := parseLineInfo(t, true)
	prev := s.prevBare
	s.prevBare = lineInfo{}
	if li.bare && prev.code != 0 && len(s.group) == 0 && closesReplyLine(prev, li) {
		// the closing summary of the bare reply just explained, or its
		// next line that lost its dash: part of that reply, not one of
		// its own (closesReply, rules_engine12.go)
		s.introLine(intro)
		s.prevBare = prev
		return
	}
	if s.enhContinues(li, t) || s.replyContinues(li, t) { // Gmail's "5.7.1 ..." lines of the reply just explained (scan_prov19.go), its wrapped dash lines (scan_common24.go)
		s.introLine(intro)
		s.lastOut = s.Lines
		return
	}
	if intro != "" && !li.reply {
		s.introLine(intro) // it introduced no reply
		intro = ""
	}
	if li.bare && li.code != 0 {
		// (a bare line also continues a reply whose first line stood behind
		// a log prefix: a client's debug log indents the continuation lines)
		if len(s.group) > 0 && (li.code != s.gcode || s.gsize+len(t) >= MaxInput) {
			s.flushGroup()
		}
		if len(s.group) == 0 && s.held != "" {
			if heldGreeting(s.held) || heldBareReply(s.held) { // "220 mx ESMTP" (or "250 2.1.0 Ok": forms25.go) then the reply that failed: a transcript
				s.startSession(s.held, false)
				s.held = ""
				s.inSession(t, raw)
				return
			}
			s.release()
		}
		if len(s.group) == 0 {
			s.glead = ""
			if intro != "" {
				s.group = append(s.group, intro) // ("Last error:" before the reply)
				s.gsize += len(intro) + 1
			}
		}
		s.group = append(s.group, raw)
		s.gsize += len(t) + 1
		s.gcode = li.code
		if li.sep != '-' {
			if line[0] == ' ' || line[0] == '\t' || li.text == "" {
				// a reply quoted indented (in a bounce's text) may go on
				// in folded lines, and so may a line of nothing but codes
				// (foldWrapsBare): it waits for the next line
				s.fold = append(s.fold[:0], s.group...)
				s.fsize, s.ft, s.fli = s.gsize, t, li
				s.group, s.gsize, s.glead = s.group[:0], 0, ""
				return
			}
			s.flushGroup()
			if li.code >= 400 {
				s.prevBare = li
			}
		}
		return
	}
	if len(s.group) > 0 && s.glead == "" && !li.bare && s.gsize+len(t) < MaxInput {
		// a bare multi-line reply that Postfix flattened and its bounce
		// folded, pasted without the indentation: "<x@y> 550 (rejected)"
		// goes on with the open "550-..." reply, as in a paste given as an
		// argument (parse.go foldedFlatReply; held-out batch 14-prov)
		if lf := parseLineInfo(t, false); lf.code == s.gcode && !lf.bare {
			if _, ok := foldedFlatReply(lf); ok {
				s.group = append(s.group, raw)
				s.gsize += len(t) + 1
				if lf.sep != '-' {
					s.flushGroup()
				}
				return
			}
		}
	}
	if li.code != 0 && li.lead != "" {
		// a multi-line reply behind a log prefix that every line repeats
		if len(s.group) > 0 && s.glead != "" && li.code == s.gcode && (sameLogPrefix(s.glead, li.lead) || logPrefixCovers(s.glead, li.lead) || groupOpenDash(s.group, li, t)) && s.gsize+len(t) < MaxInput {
			s.group = append(s.group, raw)
			s.gsize += len(t) + 1
			if li.sep != '-' {
				s.flushGroup()
			}
			return
		}
		s.flushGroup()
		s.release()
		if li.sep == '-' && !closedInLine(li.replyLine, li.code) {
			if intro != "" {
				s.group = append(s.group, intro)
				s.gsize += len(intro) + 1
			}
			s.group = append(s.group, raw)
			s.gsize += len(t) + 1
			s.gcode, s.glead = li.code, li.lead
			return
		}
	}
	s.flushGroup()
	s.release()
	if !daemon && li.reply && s.restated(t) { // (forms25.go)
		s.introLine(intro)
		return
	}
	if !li.reply {
		s.noReply(t, raw)
		return
	}
	if intro != "" || !daemon {
		// (a mail daemon's log does not fold its lines: its reply is
		// explained at once; a paste's reply line may be followed by
		// folded continuation lines, so it waits for the next line)
		s.fold = s.fold[:0]
		if intro != "" {
			s.fold = append(s.fold, intro)
		}
		s.fold = append(s.fold, raw)
		s.fsize = len(intro) + len(raw) + 1
		s.ft, s.fli = t, li
		return
	}
	r, err := parseWith(t, true, &li)
	if err != nil {
		s.Skipped++
		return
	}
	s.emit(r)
}

// flushFold reads the pending reply line with its folded continuation
// lines and the line that introduced it ("Last error:"), as Parse does.
func (s *Scanner) flushFold() {
	if len(s.fold) == 0 {
		return
	}
	var r Reply
	var err error
	if len(s.fold) == 1 {
		r, err = parseWith(s.ft, true, &s.fli)
	} else {
		r, err = parse(strings.Join(s.fold, "\n"), true)
	}
	n := len(s.fold)
	s.fold, s.fsize, s.ft, s.fli = s.fold[:0], 0, "", lineInfo{}
	if err != nil {
		s.Skipped += n
		return
	}
	s.emit(r)
}

// introLine reads a held line that ended in ':' on its own: no reply
// line followed it.
func (s *Scanner) introLine(raw string) {
	switch {
	case raw == "":
	case !s.Wording:
		s.Skipped++
	default:
		s.freeLine(strings.TrimSpace(raw), raw)
	}
}

// noReply takes a line that carries no reply in a log's strict reading: a
// positive reply behind a prefix is held (a transcript's greeting may
// follow); with Wording, a line of delivery wording is a reply of its own,
// read as Parse reads it, and so is a code in running text that delivery
// wording follows ("mailer: 550 User unknown"), unless the line is a mail
// daemon's own. Anything else is skipped.
func (s *Scanner) noReply(t, raw string) {
	if s.lastOut >= s.Lines-1 && s.lastOut > 0 && (replyTail(t) || sendmailDSNLine(t) || codeFence(t)) {
		// the reply just explained goes on with its link or Gmail's trace
		// ("https://support.google.com/mail/answer/81126", "g4-2002...
		// - gsmtp"): part of it, not a line left unexplained (scan_common24.go)
		s.lastOut = s.Lines
		return
	}
	if li := parseLineInfo(t, false); li.reply && (li.code/100 == 2 || li.code/100 == 3) {
		s.release()
		s.held = raw
		return
	}
	if serviceEvent([]byte(t)) {
		// a sending service's event without a reply code, whose own
		// fields say the cause (rules_mta7.go)
		s.wordingLine(t)
		return
	}
	if mailDaemonLine(t) {
		s.Skipped++
		return
	}
	if strings.HasSuffix(t, ":") {
		s.intro = raw // "Delivery has expired. Last error:": the reply on the next line is what it introduces
		return
	}
	if s.Wording && s.lastOut >= s.Lines-1 && s.lastOut > 0 && s.lastCode >= 400 && outcomeAfterFailure(t) {
		// a client's summary without a cause after the failure just
		// explained ("SMTP Error: data not accepted."): its outcome (forms26.go)
		s.lastOut = s.Lines
		return
	}
	if s.lastOut >= s.Lines-1 && s.lastOut > 0 && s.lastCode != 0 && listItemAnnotates(t, s.lastReply) {
		// a list item that translates or annotates the reply just
		// explained: part of it (forms26.go)
		s.lastOut = s.Lines
		return
	}
	if !s.Wording {
		s.Skipped++
		return
	}
	s.freeLine(t, raw)
}

// freeLine takes a line of free text: held before any reply (maybe one
// pasted text), else explained on its own when it is delivery wording.
func (s *Scanner) freeLine(t, raw string) {
	if csvHeaderLine(t) { // column names, not wording (forms11.go)
		s.Skipped++
		return
	}
	if !s.coded && !logPrefixed(t) {
		s.addProse(raw) // free text before any reply: maybe one pasted text
		return
	}
	if logPrefixed(t) {
		s.logw, s.logwSize = append(s.logw[:0], raw), len(raw)+1 // its indented lines may follow (forms_engine13.go)
		return
	}
	s.wordingLine(t)
}

// wordingLine explains a line of a list on its own when it says what
// happened to a delivery; otherwise it is skipped.
func (s *Scanner) wordingLine(t string) {
	if csvHeaderLine(t) || headerFieldLine(t) { // (forms11.go, forms22.go)
		s.Skipped++
		return
	}
	if r, err := parse(t, false); err == nil && (r.Code == 0 && r.Enhanced == "" || recognisedWording(r.Text)) {
		s.queue = append(s.queue, r)
		s.lastOut = s.Lines
		return
	}
	s.Skipped++
}

// addProse keeps a line of free text (no code, no log prefix) seen before
// any reply: if no reply follows, the input was one pasted text (a bounce's
// prose, "Envelope expired") and is read as one, as Parse reads it; if a
// reply follows, the input is a list and each line stands alone.
func (s *Scanner) addProse(raw string) {
	if s.psize+len(raw) >= MaxInput {
		s.coded = true // too long to be one paste: a list
		s.releaseProse()
		if raw != "" {
			s.wordingLine(strings.TrimSpace(raw))
		}
		return
	}
	s.prose = append(s.prose, raw)
	s.psize += len(raw) + 1
}

// releaseProse reads the pending free-text lines as lines of a list.
func (s *Scanner) releaseProse() {
	p := s.prose
	s.prose, s.psize = nil, 0
	for _, l := range p {
		if l = strings.TrimSpace(l); l != "" {
			s.wordingLine(l)
		}
	}
}

// flushProse reads pending free text at the end of the input (no reply
// followed) as one paste.
func (s *Scanner) flushProse() {
	if len(s.prose) == 0 {
		return
	}
	if proseIsRecords(s.prose) { // a list of log records, not one text (forms_engine13.go)
		s.releaseProse()
		return
	}
	text := strings.TrimSpace(strings.Join(s.prose, "\n"))
	n := 0
	for _, l := range s.prose {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	s.prose, s.psize = nil, 0
	if r, err := parse(text, false); err == nil {
		s.queue = append(s.queue, r)
		return
	}
	s.Skipped += n
}

// addMessage keeps a line of a pasted message (see feed); a message
// longer than any paste (MaxInput) was not one: its lines are read again
// as the lines of a list.
func (s *Scanner) addMessage(line string) {
	if s.msize+len(line) < MaxInput {
		s.mlines = append(s.mlines, strings.TrimRight(line, " \t"))
		s.msize += len(line) + 1
		return
	}
	lines := append(s.mlines, line)
	s.msg, s.mlines, s.msize = false, nil, 0
	s.lineMode, s.coded = true, true
	for _, l := range lines {
		s.feed(l)
	}
}

// flushMessage reads a pasted message at the end of the input as one
// paste, as Parse reads the same text.
func (s *Scanner) flushMessage() {
	if !s.msg {
		return
	}
	text := strings.TrimSpace(strings.Join(s.mlines, "\n"))
	n := 0
	for _, l := range s.mlines {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	s.msg, s.mlines, s.msize = false, nil, 0
	r, err := parse(text, false)
	if err == nil && !s.Wording && r.Code == 0 && r.Enhanced == "" && r.Action == "" {
		err = ErrNoCode // (a tool's session whose words decide: wording was not asked for)
	}
	if err == nil {
		s.queue = append(s.queue, r)
		return
	}
	s.Skipped += n
}

// emit queues a reply; free text held before it was a list's lines.
func (s *Scanner) emit(r Reply) {
	if !s.coded {
		s.coded = true
		if jr, ok := s.proseWithReply(r); ok { // rules_engine12.go
			r = jr
		} else {
			s.releaseProse()
		}
	}
	s.queue = append(s.queue, r)
	s.lastOut = s.Lines
	s.rcptMem = append(s.rcptMem[:0], replyRecipient(r)...)
	s.lastRcpt, s.lastCode = unsafe.String(unsafe.SliceData(s.rcptMem), len(s.rcptMem)), r.Code
	s.lastEnh, s.lastReply = r.Enhanced, r
	s.lastTextMem = appendTextKey(s.lastTextMem[:0], r.Text) // (a copy: restated reads it on the next line, forms25.go)
}

// logPrefixed: the line starts as a log line does, with a date
// ("2026-12-06", "2026/12/06"), a syslog time ("Dec  6 10:00:01"), a
// bracket ("[ERROR]", "[2026-...", Ruby's "E, [2026-...") or a level word
// ("ERROR ", "WARN:").
func logPrefixed(t string) bool {
	if len(t) >= 10 && isDigit(t[0]) && isDigit(t[3]) && (t[4] == '-' || t[4] == '/') && isDigit(t[5]) && (t[7] == '-' || t[7] == '/') {
		return true
	}
	if len(t) >= 15 && isAlpha(t[0]) && isAlpha(t[1]) && isAlpha(t[2]) && t[3] == ' ' && t[9] == ':' && t[12] == ':' {
		return true
	}
	if t[0] == '[' || len(t) > 4 && isAlpha(t[0]) && t[1] == ',' && t[2] == ' ' && t[3] == '[' { // (Ruby's Logger: "E, [2026-12-06T10:00:01.123 #42] ERROR -- :")
		return true
	}
	for _, l := range []string{"ERROR", "WARN", "WARNING", "INFO", "DEBUG", "FATAL", "CRITICAL", "NOTICE", "ALERT", "CRIT", "ERR"} {
		if len(t) > len(l) && t[:len(l)] == l && (t[len(l)] == ' ' || t[len(l)] == ':' || t[len(l)] == ']') {
			return true
		}
	}
	return false
}

// command starts or continues a transcript with a client command line; a
// held positive reply (the greeting) is its start.
func (s *Scanner) command(raw string) {
	s.flushGroup()
	if len(s.sess) == 0 {
		s.startSession(s.held, true)
		s.held = ""
	}
	if s.ssize+len(raw) >= MaxInput {
		s.flushSession()
		s.startSession("", true)
	}
	s.sess = append(s.sess, raw)
	s.ssize += len(raw) + 1
	s.scmd = true
}

func (s *Scanner) startSession(first string, cmd bool) {
	s.sess, s.ssize, s.scmd = s.sess[:0], 0, cmd
	if first != "" {
		s.sess = append(s.sess, first)
		s.ssize = len(first) + 1
	}
}

// inSession adds a server reply line to the pending transcript, read as in
// a paste (a code behind a prefix needs no enhanced code); it reports false
// for a line that is not a reply, which ends the transcript. A transcript
// ends after the reply to QUIT (221), and one without commands (a greeting
// and a reply) after that reply.
func (s *Scanner) inSession(t, raw string) bool {
	li := parseLineInfo(t, false)
	if !li.reply && s.scmd && len(s.sess) > 0 && s.ssize+len(raw) < MaxInput && failureAfterSuccessLine(s.sess[len(s.sess)-1], t) {
		// the client's words that it failed after a successful reply
		// ("220 2.0.0 Ready to start TLS" then "SMTP Error: Could not
		// connect to SMTP host."): they end the transcript and decide it,
		// as in the same paste given as an argument (held-out batch 11-apps)
		s.sess = append(s.sess, raw)
		s.ssize += len(raw) + 1
		s.flushSession()
		return true
	}
	if !li.reply && s.scmd && len(s.sess) > 0 && s.ssize+len(raw) < MaxInput && authAnswer(s.sess[len(s.sess)-1], t) {
		// the client's base64 answer to the server's AUTH challenge (334):
		// the exchange goes on, as in the same paste given as an argument
		// (held-out batch 14-prov)
		s.sess = append(s.sess, raw)
		s.ssize += len(raw) + 1
		return true
	}
	if !li.reply || li.code == 0 && li.enh == "" || s.ssize+len(raw) >= MaxInput {
		return false
	}
	s.sess = append(s.sess, raw)
	s.ssize += len(raw) + 1
	if li.sep != '-' && (li.code == 221 || !s.scmd && li.code >= 400) {
		// (a transcript of replies alone goes on through its positive
		// replies to the one that failed: forms25.go)
		s.flushSession()
	}
	return true
}

// authAnswer reports a client's answer (t) to the server's AUTH challenge
// (last, a 334 reply, RFC 4954): one base64 token, or "*" to cancel, maybe
// behind the same kind of prefix the session's lines have ("[#0] YWJj").
func authAnswer(last, t string) bool {
	if li := parseLineInfo(last, false); !li.reply || li.code != 334 {
		return false
	}
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	w := f[len(f)-1]
	if w == "*" {
		return true
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isAlnum(c) && c != '+' && c != '/' && c != '=' {
			return false
		}
	}
	return true
}

// failureAfterSuccessLine reports a line of a client's failure words (t)
// after a transcript's last line that was a successful reply other than the
// goodbye (221).
func failureAfterSuccessLine(last, t string) bool {
	li := parseLineInfo(last, false)
	if !li.reply || li.code/100 != 2 && li.code/100 != 3 || li.code == 221 {
		return false
	}
	return failedAfterSuccess(cleanReplyText(stripTranscriptPrefix(t)))
}

func (s *Scanner) flushSession() {
	if len(s.sess) == 0 {
		return
	}
	r, err := parse(strings.Join(s.sess, "\n"), false)
	if err == nil && r.Code == 0 && r.Enhanced == "" && (!s.Wording || r.Action == "") {
		// commands without a reply: a transcript's wording alone is no
		// reply (and without Wording no codeless line is one)
		err = ErrNoCode
	}
	if err != nil {
		s.Skipped += len(s.sess)
	} else {
		s.emit(r)
	}
	s.sess, s.ssize, s.scmd = s.sess[:0], 0, false
}

// release reads a held positive reply on its own: no transcript followed.
func (s *Scanner) release() {
	if s.held == "" {
		return
	}
	t := s.held
	s.held = ""
	if r, err := parse(t, true); err == nil {
		s.emit(r)
		return
	}
	s.Skipped += strings.Count(t, "\n") + 1
}

func (s *Scanner) flushAll() {
	if s.idle() && len(s.logw) == 0 {
		return // nothing pending (most lines of a log): each flush below would return at once
	}
	s.flushReport()
	s.flushLogged()
	s.flushGroup()
	s.flushSession()
	s.release()
	s.flushDSN()
	s.flushFold()
	intro := s.intro
	s.intro = ""
	s.introLine(intro)
}

// heldGreeting: a held line is a server's greeting (220).
func heldGreeting(t string) bool {
	if i := strings.IndexByte(t, '\n'); i >= 0 {
		t = t[:i]
	}
	li := parseLineInfo(t, false)
	return li.code == 220
}

// closedInLine reports a multi-line reply joined into one line that closes
// in it ("550-5.7.26 a 550-5.7.26 b 550 5.7.26 c", as Exim and Postfix log
// it): the code followed by a space after its first line.
func closedInLine(reply string, code int) bool {
	c := itoa(code)
	for i := 4; i+4 <= len(reply); i++ {
		if reply[i-1] == ' ' && reply[i:i+3] == c && reply[i+3] == ' ' {
			return true
		}
	}
	return false
}

// sameLogPrefix reports whether two log prefixes before a reply are the
// prefix that every line of one multi-line reply repeats: the same but for
// their digits (a timestamp that ticks, a process id) and runs of white
// space.
func sameLogPrefix(a, b string) bool {
	i, j := prefixWalk(a, b)
	return i == len(a) && j == len(b)
}

// prefixWalk walks a and b together while they are the same but for their
// digits and runs of white space (a run of digits or of spaces matches a
// run of any length); it returns how far it got in each.
func prefixWalk(a, b string) (i, j int) {
	for i < len(a) && j < len(b) {
		ca, cb := a[i], b[j]
		switch {
		case isDigit(ca) && isDigit(cb):
			for i < len(a) && isDigit(a[i]) {
				i++
			}
			for j < len(b) && isDigit(b[j]) {
				j++
			}
		case isSpace(ca) && isSpace(cb):
			for i < len(a) && isSpace(a[i]) {
				i++
			}
			for j < len(b) && isSpace(b[j]) {
				j++
			}
		case ca == cb:
			i++
			j++
		default:
			return i, j
		}
	}
	return i, j
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

// mayBeCommand is a quick test for a line that may be a client command of
// a transcript (commandStage decides): at its start, or after ": " or
// "> ", it has "MAIL FROM:", "RCPT TO:", "EHLO", "HELO", "AUTH ", "BDAT ",
// or the rest is DATA, QUIT, STARTTLS or ".".
func mayBeCommand[T ~string | ~[]byte](t T) bool {
	i := 0
	for i < len(t) && isTranscriptMarker(t[i]) {
		i++
	}
	if commandAt(t[i:]) {
		return true
	}
	return commandAfter(t, ':') || commandAfter(t, '>') || commandAfter(t, ']') // "[#0] AUTH LOGIN"
}

// commandAfter: a command follows some sep (and white space) in t.
func commandAfter[T ~string | ~[]byte](t T, sep byte) bool {
	for i := 0; i < len(t); {
		k := indexByte(t[i:], sep)
		if k < 0 {
			return false
		}
		j := i + k + 1
		for j < len(t) && isSpace(t[j]) {
			j++
		}
		if commandAt(t[j:]) {
			return true
		}
		i += k + 1
	}
	return false
}

func indexByte[T ~string | ~[]byte](t T, c byte) int {
	switch v := any(t).(type) {
	case string:
		return strings.IndexByte(v, c)
	case []byte:
		return bytes.IndexByte(v, c)
	}
	for i := 0; i < len(t); i++ {
		if t[i] == c {
			return i
		}
	}
	return -1
}

func commandAt[T ~string | ~[]byte](w T) bool {
	if len(w) == 0 {
		return false
	}
	switch w[0] | 0x20 {
	case 'm':
		return hasFoldPrefix(w, "mail from:")
	case 'r':
		return hasFoldPrefix(w, "rcpt to:")
	case 'e':
		return hasFoldPrefix(w, "ehlo")
	case 'h':
		return hasFoldPrefix(w, "helo")
	case 'a':
		return hasFoldPrefix(w, "auth ")
	case 'b':
		return hasFoldPrefix(w, "bdat ")
	case 'd':
		return isFoldWord(w, "data")
	case 'q':
		return isFoldWord(w, "quit")
	case 's':
		return isFoldWord(w, "starttls")
	case '.':
		return isFoldWord(w, ".")
	}
	return false
}

// isFoldWord: w is word (any case) and, at most, trailing white space.
func isFoldWord[T ~string | ~[]byte](w T, word string) bool {
	if !hasFoldPrefix(w, word) {
		return false
	}
	for i := len(word); i < len(w); i++ {
		if !isSpace(w[i]) {
			return false
		}
	}
	return true
}

func hasFoldPrefix[T ~string | ~[]byte](t T, w string) bool {
	if len(t) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// mayCarryReply is a quick test that skips most lines of a mail log that
// cannot carry a reply without parsing them: a line that carries one has a
// reply code standing alone ("550 ", "421-", ":550 "), an enhanced status
// code ("dsn=5.1.1", "#5.1.1"), or the wording of the log forms that report
// a refusal without a code (Exim's "rejected" and "** a@b: ...", Postfix's
// SASL and connection-limit warnings), or a delivery without one (Exim's
// local "=> a@b R=... T=..." and "-> a@b R=... T=..."). With
// queueOutcomeLine (forms22.go: Postfix's queue manager's "status=expired",
// which the Scanner's skip test looks for after this one pass) it never
// refuses a line that parseLineInfo would take
// (TestMayCarryReplyKeepsEveryReply).
func mayCarryReply(t []byte) bool { return mayCarry(t, replyKinds) }

// mayCarryOrVerdict is mayCarryReply(t) || mayBeFilterVerdict(t) in the
// one pass: the Scanner's skip test runs both on every line of a log.
func mayCarryOrVerdict(t []byte) bool { return mayCarry(t, replyKinds|verdictKinds) }

// mayCarry is the pass of mayCarryReply, looking for the kinds of byte in
// the mask kinds.
func mayCarry(t []byte, kinds uint16) bool {
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
	k32 := uint32(kinds)
	for i := 0; i < n; {
		// four bytes at a time while none of them needs a closer look:
		// one lookup a byte (mayPair holds both tables), the byte before
		// the four carried over
		pp := mayPair[prev]
		for ; i+4 <= n; i += 4 {
			w := t[i : i+4 : i+4]
			a, b, c, d := mayPair[w[0]], mayPair[w[1]], mayPair[w[2]], mayPair[w[3]]
			if (a>>16&pp|b>>16&a|c>>16&b|d>>16&c)&k32 != 0 {
				break
			}
			pp, prev = d, w[3]
		}
		// then the four bytes that need it (or the line's last bytes) one
		// at a time, before going on four at a time (a block whose fourth
		// byte needed the look was read four times when only its first
		// byte was looked at before the next block)
		end := min(i+4, n)
		for ; i < end; i++ {
			c := t[i]
			k := mayByte[c] & mayAfter[prev] & kinds
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
				if t[i+3] == '.' && (i+4 == n || t[i+4] == ' ' || t[i+4] == '\r') {
					return true // a code ending a sentence: a mail client's "Errore del server: 550." (parse.go labelledCodeAt)
				}
			case mayEquals, mayStars: // "== ", "** "; Exim's local delivery "=> ", "-> " (logforms.go)
				if i+1 < n && t[i+1] == ' ' {
					return true
				}
			case mayLimit:
				if hasWordAt(t, i-8, "limit exceeded") {
					return true
				}
			case mayRejected:
				if c == 'j' {
					if hasWordAt(t, i-2, "rejected") {
						return true
					}
				} else if hasWordAt(t, i-4, "TempFail") || hasWordAt(t, i-4, "PermFail") {
					// OpenSMTPD's delivery line with its own failure string and no
					// code (result="TempFail" stat="Network error on destination
					// MXs"; forms_winmta11.go)
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
			case mayParen: // mayBeFilterVerdict: amavis's ") Blocked ", rspamd's "): ["
				if hasWordAt(t, i-1, ") Blocked ") || hasWordAt(t, i-1, "): [") {
					return true
				}
			case mayDenied: // mayBeFilterVerdict: ": DENIED_" (spamdyke, rules_sec11.go)
				if hasWordAt(t, i-8, ": DENIED_") {
					return true
				}
			}
		}
	}
	return false
}

// The kinds of byte mayCarryReply looks at (mayByte), each kept only after
// the bytes that mayAfter allows before it.
const (
	mayDigit      = 1 << iota // '2' to '5', not after a digit, letter, '.', '[' or '_'
	mayEquals                 // '=' or '>' after '=', '>' after '-' (Exim's "== ", "=> ", "-> ")
	mayStars                  // '*' after '*'
	mayLimit                  // 'c' after 'x'
	mayRejected               // 'j' after 'e' ("rejected"), 'F' after 'p' or 'm' ("TempFail", "PermFail")
	mayAuthFailed             // 'h' after 't' ("authentication failed")
	mayEnum                   // ':' after 'y' ("severity:", pastes.go)
	mayQmail                  // ':' after 'e' or 'l' ("failure:", "deferral:", pastes.go)
	mayParen                  // ' ' or ':' after ')' (mayBeFilterVerdict)
	mayDenied                 // '_' after 'D' (mayBeFilterVerdict)

	replyKinds   = mayDigit | mayEquals | mayStars | mayLimit | mayRejected | mayAuthFailed | mayEnum | mayQmail
	verdictKinds = mayParen | mayDenied
)

var mayByte = [256]uint16{'2': mayDigit, '3': mayDigit, '4': mayDigit, '5': mayDigit,
	'=': mayEquals, '>': mayEquals, '*': mayStars, 'c': mayLimit, 'j': mayRejected, 'F': mayRejected, 'h': mayAuthFailed, ':': mayEnum | mayQmail | mayParen,
	' ': mayParen, '_': mayDenied}

var mayAfter = func() (t [256]uint16) {
	for c := range t {
		b := byte(c)
		// a keyword's byte only after the byte before it in the keyword
		// (the closer look would find no keyword otherwise): 'j' after
		// 'e' ("rejected"), 'F' after 'p' or 'm' ("TempFail", "PermFail":
		// 'F' is a hex digit of every queue id), 'h' after 't'
		// ("authentication failed")
		switch b {
		case 'e', 'p', 'm':
			t[c] = mayRejected
		case 't':
			t[c] = mayAuthFailed
		}
		if !isDigit(b) && !isAlpha(b) && b != '.' && b != '_' {
			// (after '[' too: a webmail's "Error SMTP: [550] ..."; an IP
			// address in brackets has a '.' where a code ends)
			t[c] |= mayDigit
		}
		switch b {
		case '=', '-':
			t[c] |= mayEquals
		case '*':
			t[c] |= mayStars
		case 'x':
			t[c] |= mayLimit
		case 'y':
			t[c] |= mayEnum
		case 'e', 'l':
			t[c] |= mayQmail
		case ')':
			t[c] |= mayParen
		case 'D':
			t[c] |= mayDenied
		}
	}
	return t
}()

// mayPair is mayByte (the high 16 bits) and mayAfter (the low 16) of each
// byte: mayByte[c]&mayAfter[prev] is mayPair[c]>>16&mayPair[prev].
var mayPair = func() (t [256]uint32) {
	for c := range t {
		t[c] = uint32(mayByte[c])<<16 | uint32(mayAfter[c])
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
	if len(s.sess) == 0 && (s.gcode/100 == 2 || s.gcode/100 == 3) {
		// a positive reply may be a transcript's greeting: held until the
		// next line says
		s.release()
		s.held = strings.Join(s.group, "\n")
		s.group, s.gsize, s.glead = s.group[:0], 0, ""
		return
	}
	r, err := parse(strings.Join(s.group, "\n"), true)
	n := len(s.group)
	s.group, s.gsize, s.glead = s.group[:0], 0, ""
	if err != nil {
		s.Skipped += n
		return
	}
	s.emit(r)
}

func (s *Scanner) flushDSN() {
	if len(s.dsn) == 0 {
		return
	}
	r, err := parse(joinDSN(s.dsn), true)
	n := 0
	for _, l := range s.dsn {
		if l != "" && !strings.HasPrefix(l, " ") {
			n++
		}
	}
	s.dsn, s.dsize, s.dsnGap = s.dsn[:0], 0, false
	if err != nil {
		s.Skipped += n // e.g. a per-message block without Status or Diagnostic-Code
		return
	}
	if s.repeatsLast(r) { // forms_msg16.go
		return
	}
	s.emit(r)
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
