package server

import (
	"bufio"
	"bytes"
	"io"
	"reflect"
	"sync"
	"unsafe"

	"github.com/emersion/go-smtp"
)

// The DATA reader go-smtp hands to Session.Data (v0.25.1, data.go) reads
// the connection one byte at a time and drops a CR that directly follows a
// dot at the start of a line ("<CRLF>.<CR>X" arrives as "<CRLF>X"), so a
// backend cannot see every bare CR. readRaw reads the same bytes from the
// same buffered reader (the connection's, below go-smtp's dot handling and
// above TLS), in blocks, and so sees the message exactly as it was sent: it
// undoes dot-stuffing itself, refuses any bare CR or LF (that one
// included), finds the end of data, and leaves go-smtp's reader in the
// state go-smtp's own loop would have reached at the same byte. go-smtp's
// discard of the rest of a refused message, and its reading of the next
// command, then continue exactly where they would have.
//
// This needs go-smtp's unexported dataReader layout: it is checked field by
// field (names, types, offsets) and when it does not match (another go-smtp
// version) the reader is not used; TestRawDataLayout fails then, so an
// upgrade cannot silently lose the exact check.
//
// Why not go-smtp's public API (v0.25.1), as issue 12 asked:
//   - Session.Data gets the dataReader itself: the CR is already gone.
//   - A net.Conn wrapper under go-smtp (our listener) sees the plaintext
//     only until STARTTLS: handleStartTLS calls tls.Server(c.conn, ...) on
//     the conn it was given, so after STARTTLS (the normal case on port 25
//     and 587) the wrapper sees ciphertext. Seeing it would mean a second,
//     in-process TLS layer between the client and go-smtp, with go-smtp's
//     ConnectionState describing the inner one: worse than this.
//   - Server.Debug tees the plaintext of every read, but into one writer
//     shared by all connections, with nothing to tell them apart.
//   - BDAT (CHUNKING) hands Data an io.Pipe fed with exact chunk bytes; it
//     needs no raw read (rawReader returns nil for it) and is not affected.
// Why the unsafe read is safe: the cast happens only after reflection has
// matched the dynamic type's package path, name, size and every field's
// name, type and offset against dataReaderMirror, and only at state 0 with
// a non-nil reader; the fields are touched only from the connection's own
// goroutine inside Session.Data, while go-smtp waits for Data to return.
// go.mod pins go-smtp, so the layout only changes with an upgrade, and
// then TestRawDataLayout fails and the relay falls back (logged once) to
// go-smtp's reader, which still refuses bare LF but not "<CRLF>.<CR>X".

// dataReaderMirror is go-smtp v0.25.1's dataReader.
type dataReaderMirror struct {
	r       *bufio.Reader
	state   int
	limited bool
	n       int64
}

// go-smtp's dataReader states (data.go), reproduced by readRaw.
const (
	stBeginLine = iota // beginning of line; initial state
	stDot              // read . at beginning of line
	stDotCR            // read .\r at beginning of line
	stCR               // read \r (possibly at end of line)
	stData             // reading data in middle of line
	stEOF              // reached .\r\n end marker line
)

var layouts sync.Map // reflect.Type -> bool

// unknownDataReader makes the relay say once, in its log, that it fell back
// to go-smtp's reader (another go-smtp version): nothing falls back silently.
var unknownDataReader sync.Once

// layoutOK reports whether t is go-smtp's *dataReader with the mirrored
// layout.
func layoutOK(t reflect.Type) bool {
	if v, ok := layouts.Load(t); ok {
		return v.(bool)
	}
	ok := layoutMatches(t)
	layouts.Store(t, ok)
	return ok
}

func layoutMatches(t reflect.Type) bool {
	if t.Kind() != reflect.Pointer {
		return false
	}
	e := t.Elem()
	if e.Kind() != reflect.Struct || e.Name() != "dataReader" || e.PkgPath() != "github.com/emersion/go-smtp" {
		return false
	}
	m := reflect.TypeOf(dataReaderMirror{})
	if e.NumField() != m.NumField() || e.Size() != m.Size() {
		return false
	}
	for i := 0; i < m.NumField(); i++ {
		ef, mf := e.Field(i), m.Field(i)
		if ef.Name != mf.Name || ef.Type != mf.Type || ef.Offset != mf.Offset {
			return false
		}
	}
	return true
}

// rawReader returns go-smtp's DATA reader behind r, or nil when r is not
// one (BDAT hands the backend an io.PipeReader) or its layout is unknown.
func rawReader(r io.Reader) *dataReaderMirror {
	t := reflect.TypeOf(r)
	if t == nil || !layoutOK(t) {
		return nil
	}
	m := (*dataReaderMirror)(reflect.ValueOf(r).UnsafePointer())
	if m == nil || m.r == nil || m.state != stBeginLine {
		return nil
	}
	return m
}

// lineLimitOf returns the LineLimit of go-smtp's per-connection line
// length counter (Conn.lineLimitReader), which scans every byte read; nil
// when go-smtp's Conn has another layout. While readRaw reads DATA (and
// checks line lengths itself) it is set to 0, as go-smtp does for BDAT.
func lineLimitOf(c *smtp.Conn) *int {
	if c == nil {
		return nil
	}
	f := reflect.ValueOf(c).Elem().FieldByName("lineLimitReader")
	if !f.IsValid() || f.Kind() != reflect.Pointer || f.IsNil() || f.Type().Elem().Kind() != reflect.Struct {
		return nil
	}
	ll := f.Elem().FieldByName("LineLimit")
	if !ll.IsValid() || ll.Kind() != reflect.Int {
		return nil
	}
	return (*int)(unsafe.Pointer(ll.UnsafeAddr()))
}

// readRaw reads the rest of a DATA message from m's buffered reader and
// passes it, dot-stuffing undone, to emit in pieces. It returns nil at the
// end-of-data line; ErrBareCR or ErrBareLF at the first bare CR or LF;
// smtp.ErrTooLongLine for a line longer than maxLine bytes (0: no limit);
// smtp.ErrDataTooLarge beyond limit bytes (0: no limit); emit's error; or
// the connection's (io.ErrUnexpectedEOF for EOF). In every case go-smtp's
// reader is left at the byte where reading stopped, in the state its own
// loop would be in there.
func readRaw(m *dataReaderMirror, limit int64, maxLine int, emit func([]byte) error) error {
	br := m.r
	state := m.state
	var total int64
	line := 0 // wire bytes of the current line so far
	for state != stEOF {
		if br.Buffered() == 0 {
			if _, err := br.Peek(1); err != nil {
				m.state = state
				if err == io.EOF {
					err = io.ErrUnexpectedEOF
				}
				return err
			}
		}
		buf, _ := br.Peek(br.Buffered())
		i, seg := 0, 0
		var ferr error
	scan:
		for i < len(buf) {
			switch state {
			case stBeginLine:
				if buf[i] == '.' {
					if ferr = emit(buf[seg:i]); ferr != nil {
						break scan
					}
					total += int64(i - seg)
					i++
					seg = i
					line++
					state = stDot
					continue
				}
				state = stData
			case stDot:
				if buf[i] == '\r' {
					i++
					seg = i
					state = stDotCR
					continue
				}
				state = stData
			case stDotCR:
				if buf[i] != '\n' {
					// "<CRLF>.<CR>X": the bare CR go-smtp's reader drops.
					ferr = ErrBareCR
					break scan
				}
				i++
				seg = i
				state = stEOF
				break scan
			case stCR:
				if buf[i] != '\n' {
					ferr = ErrBareCR
					break scan
				}
				i++
				line = 0
				state = stBeginLine
			case stData:
				rest := buf[i:]
				k := bytes.IndexByte(rest, '\r')
				if k < 0 {
					k = len(rest)
				}
				if j := bytes.IndexByte(rest[:k], '\n'); j >= 0 {
					i += j
					ferr = ErrBareLF
					break scan
				}
				if maxLine > 0 {
					if line += k; line > maxLine {
						i += k
						ferr = smtp.ErrTooLongLine
						break scan
					}
				}
				if k == len(rest) {
					i = len(buf)
					continue
				}
				i += k + 1
				state = stCR
			}
		}
		if ferr == nil && i > seg {
			ferr = emit(buf[seg:i])
			total += int64(i - seg)
		}
		br.Discard(i)
		if ferr == nil && limit > 0 && total > limit {
			ferr = smtp.ErrDataTooLarge
		}
		if ferr != nil {
			m.state = state
			return ferr
		}
	}
	m.state = state
	return nil
}
