package server

import (
	"bytes"
	"errors"
	"strconv"
	"strings"

	"github.com/emersion/go-smtp"
)

// The relay reads every byte go-smtp reads, and sees every reply go-smtp
// writes, through its own net.Conn (sessConn), using nothing of go-smtp
// but its public API: Server.Serve is given the relay's listener, so
// go-smtp reads and writes through sessConn.
//
// go-smtp's DATA reader drops a CR that follows a dot at the start of a
// line ("<CRLF>.<CR>X" reaches Session.Data as "<CRLF>X"), so the backend
// alone cannot refuse every bare CR. wire follows the SMTP state of the
// connection on the raw byte stream, as go-smtp will read it, and checks
// the wire bytes of each DATA message itself: every CR must be followed
// by LF and every LF preceded by CR, up to go-smtp's end-of-data line.
//
// How it knows what the bytes are. sessConn hands go-smtp one command line
// per Read, so go-smtp asks for more only after it has answered the line
// (go-smtp is synchronous: it reads a command, replies, reads the next).
// At each Read, the reply go-smtp wrote since the last line says what
// follows: 354, the message (until go-smtp's end-of-data line, mirrored
// here byte for byte); 334, an AUTH response line; anything else, the next
// command. A BDAT command is followed by its chunk whenever its arguments
// parse (go-smtp reads or discards the chunk even when it refuses the
// command), so BDAT is decided from the line. If go-smtp reads again where
// it must first have replied (after a command line or a message), the
// stream is no longer understood: the connection is closed (never a
// message acknowledged on a guess).
//
// STARTTLS. go-smtp's own STARTTLS wraps the connection it was given in
// TLS (tls.Server(conn) in handleStartTLS), so a net.Conn under go-smtp
// would see ciphertext afterwards, and go-smtp has no hook to put one
// above its TLS layer. So the relay runs TLS itself, in sessConn, below
// the wire: go-smtp is given no TLSConfig and sees plain text throughout,
// and wire intercepts the STARTTLS command line (sessConn answers 220,
// discards whatever the client pipelined after it, and makes the TLS
// handshake), adds STARTTLS to go-smtp's EHLO reply while TLS is not
// running, and asks for EHLO again after the handshake. Implicit TLS
// (port 465) is sessConn's handshake at the start.

// wireMode says what the next bytes from the client are.
type wireMode uint8

const (
	wCommand   wireMode = iota // a command line
	wReplyLine                 // a line answering go-smtp's 334 (AUTH)
	wData                      // DATA content, up to go-smtp's end-of-data line
	wChunk                     // a BDAT chunk
)

// go-smtp's DATA reader states (data.go, taken from net/textproto),
// mirrored to find the end of data where go-smtp finds it.
const (
	dsBeginLine = iota // beginning of line; initial state
	dsDot              // read . at beginning of line
	dsDotCR            // read .\r at beginning of line
	dsCR               // read \r (possibly at end of line)
	dsData             // reading data in middle of line
)

// action is what sessConn does with the next bytes.
type action uint8

const (
	actDeliver  action = iota // hand n bytes to go-smtp (n == 0: nothing now; at EOF, the EOF)
	actMore                   // read more from the client before deciding
	actStartTLS               // the next n bytes are a STARTTLS line: consume them, start TLS
	actLost                   // the stream is no longer understood: close the connection
	actConsume                // n bytes of DATA went to the sink: drop them, go on
	actEndData                // the same, the last ones: hand go-smtp an end-of-data line
)

// errWireLost is the reason a message is refused when wire lost track.
var errWireLost = errors.New("the relay lost track of the SMTP stream")

// wire is the SMTP state of one connection. Only the connection's own
// goroutine uses it (go-smtp's reads and writes, and the session's Mail,
// Rcpt and DATA, which go-smtp calls from that goroutine).
type wire struct {
	offerTLS bool // TLS is configured and not yet running: intercept STARTTLS

	mode   wireMode
	inLine bool // a line is partly handed on (longer than one Read)
	// after a line (or a message) is handed on, go-smtp's reply to it
	// decides what follows
	await  bool
	strict bool // go-smtp must reply before it reads again
	reply  int  // code of the last final reply line since then (0: none)
	lost   bool

	cur      lineInfo // the line being handed on
	last     lineInfo // the last complete line handed on
	chunk    int64    // BDAT bytes still to come
	chunkAny bool     // some of them were handed on

	// DATA
	dstate    int
	prevCR    bool
	dataErr   error // the current message's first bare CR or LF, or the sink's error
	dataBegun bool  // the current message's bytes are being read
	dataEnded bool  // its end-of-data line was handed on
	sink      *dataSink

	// go-smtp's replies
	outBOL    bool // at the beginning of a reply line
	outHead   [4]byte
	outN      int
	replyLine int  // lines of the current reply so far
	ehlo      bool // the reply being written answers EHLO

	needHello bool // TLS started: MAIL waits for a new EHLO/HELO
	swallow   bool // the reply being written answers the relay's own RSET

	dataTap func(p []byte) // tests: the DATA bytes as handed on
}

// dataSink receives a DATA message from the wire instead of go-smtp's
// reader (which then reads an empty message): the message in blocks, dot-
// stuffing undone, checked for bare CR and LF, line length and size.
type dataSink struct {
	emit    func(p []byte) error
	limit   int64 // bytes of message (0: no limit)
	maxLine int   // wire bytes of a line without its CRLF (0: no limit)
	total   int64
	line    int
}

// lineInfo is what a line handed to go-smtp is.
type lineInfo struct {
	verb  string // go-smtp's command verb (upper case); "" for an AUTH response
	chunk int64  // BDAT: the chunk that follows (-1: none)
}

func newWire(offerTLS bool) *wire {
	return &wire{offerTLS: offerTLS, outBOL: true, cur: lineInfo{chunk: -1}, last: lineInfo{chunk: -1}}
}

// parseVerb is go-smtp's parseCmd (parse.go): the verb go-smtp will act
// on, and its argument.
func parseVerb(line []byte) (verb, arg string) {
	s := strings.TrimRight(string(line), "\r\n")
	switch {
	case strings.HasPrefix(strings.ToUpper(s), "STARTTLS"):
		return "STARTTLS", ""
	case len(s) == 4:
		return strings.ToUpper(s), ""
	case len(s) < 6 || s[4] != ' ':
		return "", "" // go-smtp refuses it (500/501)
	}
	return strings.ToUpper(s[:4]), strings.TrimSpace(s[5:])
}

// bdatChunk is the size of the chunk that follows a BDAT command with
// argument arg, as go-smtp's handleBdat parses it; -1 when go-smtp refuses
// the arguments (501) and reads no chunk.
func bdatChunk(arg string) int64 {
	f := strings.Fields(arg)
	if len(f) == 0 || len(f) > 2 || (len(f) == 2 && !strings.EqualFold(f[1], "LAST")) {
		return -1
	}
	n, err := strconv.ParseUint(f[0], 10, 32)
	if err != nil {
		return -1
	}
	return int64(n)
}

func classify(line []byte, mode wireMode) lineInfo {
	if mode == wReplyLine {
		return lineInfo{chunk: -1}
	}
	verb, arg := parseVerb(line)
	li := lineInfo{verb: verb, chunk: -1}
	if verb == "BDAT" {
		li.chunk = bdatChunk(arg)
	}
	return li
}

// settle applies go-smtp's reply to the last line or message: it decides
// what the next bytes are.
func (w *wire) settle() {
	if !w.await {
		return
	}
	w.await = false
	switch {
	case w.reply == 354:
		w.mode = wData
		w.dstate, w.prevCR, w.dataErr = dsBeginLine, false, nil
		w.dataBegun, w.dataEnded = true, false
	case w.reply == 334:
		w.mode = wReplyLine
	case w.reply == 0 && w.strict:
		w.lost = true
	default:
		w.mode = wCommand
	}
}

// next decides what to do with buf, the client's bytes not yet handed on
// (eof: no more will come); at most max bytes may be handed on now.
func (w *wire) next(buf []byte, max int, eof bool) (int, action) {
	w.settle()
	if w.lost {
		return 0, actLost
	}
	switch w.mode {
	case wChunk:
		n := int64(min(len(buf), max))
		n = min(n, w.chunk)
		if n == 0 {
			if eof {
				return 0, actDeliver
			}
			return 0, actMore
		}
		w.chunk -= n
		w.chunkAny = true
		if w.chunk == 0 {
			w.mode = wCommand
		}
		return int(n), actDeliver
	case wData:
		if len(buf) == 0 {
			if eof {
				return 0, actDeliver
			}
			return 0, actMore
		}
		if w.sink == nil {
			max = min(len(buf), max)
		} else {
			max = len(buf) // nothing of it goes to go-smtp
		}
		n, end := w.scanData(buf[:max])
		if w.dataTap != nil {
			w.dataTap(buf[:n])
		}
		act := actDeliver
		if w.sink != nil {
			act = actConsume
		}
		if end {
			w.dataEnded = true
			w.mode = wCommand
			w.await, w.strict, w.reply = true, true, 0
			if w.sink != nil {
				w.sink, act = nil, actEndData
			}
		}
		return n, act
	}
	// a command line, or a line answering 334
	i := bytes.IndexByte(buf, '\n')
	if !w.inLine {
		if i < 0 && (eof || len(buf) < maxHeldLine) {
			// A command counts once its line is complete: a line cut off
			// by EOF is never handed on.
			if eof {
				return 0, actDeliver
			}
			return 0, actMore
		}
		line := buf
		if i >= 0 {
			line = buf[:i+1]
		}
		w.cur = classify(line, w.mode)
		if w.cur.verb == "STARTTLS" && w.offerTLS && i >= 0 {
			return i + 1, actStartTLS
		}
	}
	n := len(buf)
	if i >= 0 {
		n = i + 1
	}
	if n > max {
		w.inLine = true
		return max, actDeliver
	}
	if i < 0 {
		w.inLine = true // longer than go-smtp's line limit: it refuses it
		return n, actDeliver
	}
	w.inLine = false
	w.lineDone()
	return n, actDeliver
}

// maxHeldLine bounds the bytes of a command line held back until its end
// arrives; longer lines are beyond go-smtp's MaxLineLength anyway.
const maxHeldLine = maxLineLength + 1024

// lineDone notes a complete line handed on.
func (w *wire) lineDone() {
	w.last = w.cur
	w.reply = 0
	w.ehlo = w.cur.verb == "EHLO"
	w.replyLine = 0
	if w.cur.chunk >= 0 {
		// the chunk follows, whatever go-smtp replies (it discards the
		// chunk of a refused BDAT); an accepted chunk is read before the
		// reply
		w.chunk, w.chunkAny = w.cur.chunk, false
		w.mode = wCommand
		if w.chunk > 0 {
			w.mode = wChunk
		}
		w.await, w.strict = false, false
		return
	}
	w.await, w.strict = true, true
}

// endOfData is what go-smtp's reader reads of a message that went to a
// sink: an empty message.
const endOfData = ".\r\n"

// scanData follows go-smtp's DATA reader over p: it returns the bytes up
// to and including the end-of-data line (all of p when the end is not in
// it), and checks them for bare CR and LF. With a sink it passes the
// message on, dot-stuffing undone, up to the first error; a line longer
// than the sink's maxLine ends the reading at once (the connection is
// closed then), any other error discards the rest of the message.
func (w *wire) scanData(p []byte) (int, bool) {
	k := w.sink
	seg := 0 // start of the bytes not yet passed to the sink
	emit := func(end int) bool {
		if k == nil || w.dataErr != nil || end <= seg {
			return true
		}
		if k.limit > 0 {
			if k.total += int64(end - seg); k.total > k.limit {
				w.dataErr = smtp.ErrDataTooLarge
				return true
			}
		}
		if err := k.emit(p[seg:end]); err != nil {
			w.dataErr = err
		}
		return true
	}
	tooLong := func(n int) bool {
		if k == nil || k.maxLine <= 0 {
			return false
		}
		if k.line += n; k.line > k.maxLine && w.dataErr == nil {
			w.dataErr = smtp.ErrTooLongLine
			return true
		}
		return false
	}
	i := 0
	for i < len(p) {
		if w.dstate == dsData && !w.prevCR {
			// fast path: in the middle of a line only CR changes the state
			rest := p[i:]
			n := bytes.IndexByte(rest, '\r')
			if n < 0 {
				n = len(rest)
			}
			if w.dataErr == nil && bytes.IndexByte(rest[:n], '\n') >= 0 {
				w.dataErr = ErrBareLF
			}
			if tooLong(n) {
				return i + n, true
			}
			if i += n; i == len(p) {
				break
			}
		}
		c := p[i]
		i++
		if w.dataErr == nil {
			if w.prevCR && c != '\n' {
				w.dataErr = ErrBareCR
			} else if c == '\n' && !w.prevCR {
				w.dataErr = ErrBareLF
			}
		}
		w.prevCR = c == '\r'
		switch c {
		case '\r':
		case '\n':
			if k != nil {
				k.line = 0
			}
		default:
			if tooLong(1) {
				return i, true
			}
		}
		switch w.dstate {
		case dsBeginLine:
			switch c {
			case '.':
				emit(i - 1) // the stuffing dot is not part of the message
				seg = i
				w.dstate = dsDot
			case '\r':
				w.dstate = dsCR
			default:
				w.dstate = dsData
			}
		case dsDot:
			if c == '\r' {
				emit(i - 1) // go-smtp drops it too; bare unless the end follows
				seg = i
				w.dstate = dsDotCR
			} else {
				w.dstate = dsData
			}
		case dsDotCR:
			if c == '\n' {
				w.dstate = dsBeginLine
				return i, true
			}
			w.dstate = dsData
		case dsCR:
			if c == '\n' {
				w.dstate = dsBeginLine
			} else {
				w.dstate = dsData
			}
		case dsData:
			if c == '\r' {
				w.dstate = dsCR
			}
		}
	}
	emit(len(p))
	return len(p), false
}

// replied follows the reply bytes p go-smtp writes. It calls final with
// the code of each final reply line, and returns where "250-STARTTLS"
// goes into an EHLO reply (after its first line; -1: not in p) and how
// many bytes at the start of p answer the relay's own RSET (not for the
// client).
func (w *wire) replied(p []byte, final func(code int)) (insert, hide int) {
	insert = -1
	for i := 0; i < len(p); {
		if w.swallow {
			hide = len(p)
		}
		if w.outBOL {
			w.outN = 0
			w.outBOL = false
		}
		j := bytes.IndexByte(p[i:], '\n')
		end := len(p)
		if j >= 0 {
			end = i + j + 1
		}
		for _, c := range p[i:end] {
			if w.outN < len(w.outHead) {
				w.outHead[w.outN] = c
				w.outN++
			}
		}
		i = end
		if j < 0 {
			break
		}
		w.outBOL = true
		w.replyLine++
		if w.outN < 4 {
			continue
		}
		code, err := strconv.Atoi(string(w.outHead[:3]))
		if err != nil {
			continue
		}
		if w.outHead[3] == '-' {
			if w.ehlo && w.offerTLS && w.replyLine == 1 && code == 250 {
				insert = end
			}
			continue
		}
		if w.outHead[3] != ' ' {
			continue
		}
		w.reply = code
		w.ehlo = false
		w.replyLine = 0
		if w.swallow {
			w.swallow, hide = false, end
			continue
		}
		if code == 501 && w.mode == wChunk && !w.chunkAny {
			w.mode, w.chunk = wCommand, 0 // go-smtp refused the BDAT arguments: no chunk
		}
		if code == 250 && (w.last.verb == "EHLO" || w.last.verb == "HELO") {
			w.needHello = false
		}
		if final != nil {
			final(code)
		}
	}
	return insert, hide
}

// resetLine is the command sessConn gives go-smtp after the TLS
// handshake, so that go-smtp too forgets the transaction begun in plain
// text (go-smtp does not know TLS started); its reply is not passed on.
const resetLine = "RSET\r\n"

// tlsStarted resets the state after the TLS handshake (RFC 3207 4.2: the
// server forgets what the client said before it), with resetLine handed
// to go-smtp next.
func (w *wire) tlsStarted() {
	*w = wire{outBOL: true, cur: lineInfo{verb: "RSET", chunk: -1}, needHello: true, dataTap: w.dataTap}
	w.lineDone()
	w.swallow = true
}

// dataAnnounced reports whether go-smtp has just answered DATA with 354
// (Session.Data is reading the message the wire checks).
func (w *wire) dataAnnounced() bool {
	return (w.await && w.reply == 354) || (w.mode == wData && w.dataBegun)
}

// stream sends the message go-smtp has just announced (354) to emit, in
// blocks, dot-stuffing undone: go-smtp's reader then reads an empty
// message (endOfData), and dataEnd gives the verdict. limit bounds the
// message (smtp.ErrDataTooLarge), maxLine its lines (smtp.ErrTooLongLine);
// 0: no bound. An error of emit is the message's verdict.
func (w *wire) stream(emit func(p []byte) error, limit int64, maxLine int) {
	w.sink = &dataSink{emit: emit, limit: limit, maxLine: maxLine}
}

// dataEnd returns the verdict on a message go-smtp's reader has ended: nil
// when its wire bytes were clean up to the end-of-data line the wire found
// at the same place.
func (w *wire) dataEnd() error {
	switch {
	case w.dataErr != nil:
		return w.dataErr
	case w.lost || !w.dataBegun || !w.dataEnded:
		return errWireLost
	}
	return nil
}
