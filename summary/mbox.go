package summary

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// MboxMessage is one message of an mbox file.
type MboxMessage struct {
	Data      []byte // the message without its "From " separator line, ">From " unescaped
	Line      int    // the line of its "From " separator (1-based); 0 for text before the first one
	Truncated bool   // the message was longer than the limit: Data holds its start
}

// MboxReader splits an mbox file (mboxo / mboxrd, RFC 4155) into messages
// as it reads: a message starts at a "From " line at the start of the file
// or after an empty line; lines of ">From " (any number of '>') lose one
// '>'; the empty line before a separator is not part of the message. Memory
// stays bounded by the limit whatever the input: a longer message is cut
// (Truncated) and the rest of it skipped.
type MboxReader struct {
	r    *bufio.Reader
	max  int
	line int  // lines started so far
	mid  bool // the last piece read did not end its line
	sep  int  // line of the separator that starts the next message
	done bool
	err  error
}

// NewMboxReader returns a reader of the messages of r; max bounds the Data
// of one message.
func NewMboxReader(r io.Reader, max int) *MboxReader {
	return &MboxReader{r: bufio.NewReaderSize(r, 64<<10), max: max}
}

// Next returns the next message, io.EOF after the last one, or the read
// error that stopped the input.
func (m *MboxReader) Next() (MboxMessage, error) {
	if m.done {
		if m.err != nil {
			return MboxMessage{}, m.err
		}
		return MboxMessage{}, io.EOF
	}
	msg := MboxMessage{Line: m.sep}
	var data []byte
	prevBlank := m.line == 0
	for {
		b, start, err := m.piece()
		if len(b) > 0 {
			if start && prevBlank && bytes.HasPrefix(b, []byte("From ")) {
				sepLine := m.line
				for m.mid && err == nil { // the rest of an over-long separator line
					_, _, err = m.piece()
				}
				if msg.Line == 0 && len(bytes.TrimSpace(data)) == 0 {
					msg.Line, data, prevBlank = sepLine, data[:0], false
				} else {
					m.sep = sepLine
					if err != nil {
						m.finish(err)
					}
					msg.Data = trimSeparatorBlank(data)
					return msg, nil
				}
			} else {
				if start && isEscapedFrom(b) {
					b = b[1:]
				}
				prevBlank = start && !m.mid && (len(b) == 1 || len(b) == 2 && b[0] == '\r')
				if room := m.max - len(data); len(b) <= room {
					data = append(data, b...)
				} else {
					data = append(data, b[:max(room, 0)]...)
					msg.Truncated = true
				}
			}
		}
		if err != nil {
			m.finish(err)
			if m.err != nil {
				return MboxMessage{}, m.err
			}
			if msg.Line == 0 && len(bytes.TrimSpace(data)) == 0 {
				return MboxMessage{}, io.EOF
			}
			msg.Data = trimSeparatorBlank(data)
			return msg, nil
		}
	}
}

func (m *MboxReader) finish(err error) {
	m.done = true
	if err != io.EOF {
		m.err = err
	}
}

// piece returns the next piece of input up to a newline; start is true when
// it begins a line. An over-long line comes back in several pieces.
func (m *MboxReader) piece() (b []byte, start bool, err error) {
	start = !m.mid
	b, err = m.r.ReadSlice('\n')
	m.mid = errors.Is(err, bufio.ErrBufferFull)
	if m.mid {
		err = nil
	}
	if start && len(b) > 0 {
		m.line++
	}
	return b, start, err
}

// isEscapedFrom reports a mboxrd-quoted line: one or more '>' then "From ".
func isEscapedFrom(b []byte) bool {
	i := 0
	for i < len(b) && b[i] == '>' {
		i++
	}
	return i > 0 && bytes.HasPrefix(b[i:], []byte("From "))
}

// trimSeparatorBlank drops the empty line an mbox writes before the next
// separator.
func trimSeparatorBlank(b []byte) []byte {
	switch {
	case bytes.HasSuffix(b, []byte("\n\n")):
		return b[:len(b)-1]
	case bytes.HasSuffix(b, []byte("\n\r\n")):
		return b[:len(b)-2]
	}
	return b
}
