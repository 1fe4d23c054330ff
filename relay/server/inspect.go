package server

import (
	"bytes"
	"errors"
)

// Errors found by the inspector while a message streams in.
var (
	ErrBareLF = errors.New("message contains a bare LF (a line feed without carriage return)")
	ErrBareCR = errors.New("message contains a bare CR (a carriage return without line feed)")
	ErrLoop   = errors.New("too many Received: headers")
)

// inspector checks a message as it streams in, without holding it: every
// line must end in CRLF (a bare CR or LF is how SMTP smuggling hides a
// second message), it counts Received: headers (mail loops) and captures
// the Message-ID. Write returns the first error; it is sticky.
type inspector struct {
	MaxReceived int
	// crlfChecked: the caller has already refused bare CR and LF (the
	// wire, on the bytes as sent); the inspector only reads the header.
	crlfChecked bool

	prevCR    bool
	lineStart bool
	inHeader  bool
	line      []byte // start of the current header line (bounded)
	received  int
	MessageID string
	err       error
}

const maxHeaderLineKeep = 998

func newInspector(maxReceived int) *inspector {
	return &inspector{MaxReceived: maxReceived, lineStart: true, inHeader: true}
}

// Write inspects p.
func (in *inspector) Write(p []byte) (int, error) {
	if in.err != nil {
		return 0, in.err
	}
	if !in.inHeader && (in.crlfChecked || in.fastClean(p)) {
		return len(p), nil
	}
	for i, c := range p {
		if in.prevCR && c != '\n' {
			in.err = ErrBareCR
			return i, in.err
		}
		if c == '\n' && !in.prevCR {
			in.err = ErrBareLF
			return i, in.err
		}
		in.prevCR = c == '\r'
		if in.inHeader {
			in.header(c)
			if in.err != nil {
				return i, in.err
			}
			if !in.inHeader {
				// the rest of p is body: checked in one go
				if n, err := in.Write(p[i+1:]); err != nil {
					return i + 1 + n, err
				}
				return len(p), nil
			}
		}
	}
	return len(p), nil
}

func (in *inspector) header(c byte) {
	if in.lineStart {
		in.lineStart = false
		if c == '\r' {
			// empty line: end of the header section
			in.finishLine()
			in.inHeader = false
			return
		}
		if c != ' ' && c != '\t' {
			in.finishLine()
		}
	}
	if c == '\n' {
		in.lineStart = true
		return
	}
	if c != '\r' && len(in.line) < maxHeaderLineKeep {
		in.line = append(in.line, c)
	}
}

// finishLine handles a complete (unfolded) header field.
func (in *inspector) finishLine() {
	l := in.line
	in.line = in.line[:0]
	if len(l) == 0 {
		return
	}
	name, value, ok := bytes.Cut(l, []byte(":"))
	if !ok {
		return
	}
	name = bytes.TrimSpace(name)
	switch {
	case bytes.EqualFold(name, []byte("Received")):
		in.received++
		if in.MaxReceived > 0 && in.received > in.MaxReceived {
			in.err = ErrLoop
		}
	case bytes.EqualFold(name, []byte("Message-ID")) && in.MessageID == "":
		in.MessageID = string(bytes.TrimSpace(value))
	}
}

// Close checks the end of the message.
func (in *inspector) Close() error {
	if in.err != nil {
		return in.err
	}
	if in.prevCR && !in.crlfChecked {
		in.err = ErrBareCR
		return in.err
	}
	if in.inHeader {
		in.finishLine()
	}
	return in.err
}

// fastClean checks a body chunk with vectorised byte searches: when every
// LF is preceded by CR and there are as many CRs as LFs (the last byte may
// be a CR whose LF comes in the next chunk), the chunk is clean and the
// state is updated. Otherwise the byte loop finds the error.
func (in *inspector) fastClean(p []byte) bool {
	if len(p) == 0 {
		return true
	}
	if in.prevCR != (p[0] == '\n') {
		return false
	}
	lf := 0
	for i := 0; ; {
		j := bytes.IndexByte(p[i:], '\n')
		if j < 0 {
			break
		}
		k := i + j
		if k > 0 && p[k-1] != '\r' {
			return false
		}
		lf++
		i = k + 1
	}
	cr := bytes.Count(p, []byte{'\r'})
	if in.prevCR {
		cr++ // the CR of the previous chunk pairs with p[0]
	}
	endCR := p[len(p)-1] == '\r'
	if endCR {
		cr--
	}
	if cr != lf {
		return false
	}
	in.prevCR = endCR
	return true
}
