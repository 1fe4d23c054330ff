// Package inspect examines a received message: it re-verifies its DKIM
// signatures against DNS now, reads the receiving server's
// Authentication-Results and the ARC headers, lays out the Received: path
// with the delays between hops, and checks the headers the bulk-sender
// requirements of Gmail and Yahoo (February 2024) look at. It prints
// nothing: it returns a Result with findings (package finding) that the
// renderers in package report show.
package inspect

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// MaxFields bounds the header fields read from one message; a header with
// more is cut there (Message.Truncated) so hostile input costs bounded work.
const MaxFields = 20000

// Field is one header field, unfolded.
type Field struct {
	Name  string `json:"name"`
	Value string `json:"value"` // unfolded, leading and trailing white space removed
}

// Message is a parsed message: its header fields in order and its body.
type Message struct {
	Fields      []Field
	Body        []byte
	HeadersOnly bool   // no body was given (pasted headers): body hashes cannot be checked
	Truncated   bool   // more than MaxFields fields: the rest were not read
	Raw         []byte // the input with CRLF line ends, for DKIM verification
}

// ErrNotMessage is returned when the input does not start with a header field.
var ErrNotMessage = errors.New("not an email message")

// Get returns the values of the fields named name (case-insensitive), in order.
func (m *Message) Get(name string) []string {
	var out []string
	for _, f := range m.Fields {
		if strings.EqualFold(f.Name, name) {
			out = append(out, f.Value)
		}
	}
	return out
}

// First returns the first value of the field named name, or "".
func (m *Message) First(name string) string {
	for _, f := range m.Fields {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// ParseMessage splits raw into header fields and body. Line ends may be
// LF or CRLF. A leading mbox "From " line is skipped. Input whose first
// line is not a header field gives ErrNotMessage.
func ParseMessage(raw []byte) (*Message, error) {
	raw = toCRLF(raw)
	if bytes.HasPrefix(raw, []byte("From ")) { // mbox separator line
		if i := bytes.Index(raw, []byte("\r\n")); i >= 0 {
			raw = raw[i+2:]
		}
	}
	m := &Message{Raw: raw}
	rest := raw
	var cur *Field
	for len(rest) > 0 {
		i := bytes.Index(rest, []byte("\r\n"))
		var line []byte
		if i < 0 {
			line, rest = rest, nil
		} else {
			line, rest = rest[:i], rest[i+2:]
		}
		if len(line) == 0 { // end of header
			m.Body = rest
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			if cur == nil {
				return nil, fmt.Errorf("%w: the first line is indented, not a header field", ErrNotMessage)
			}
			if len(cur.Value) < 1<<20 {
				cur.Value += " " + strings.TrimSpace(string(line))
			}
			continue
		}
		colon := bytes.IndexByte(line, ':')
		if colon <= 0 || !fieldName(line[:colon]) {
			if len(m.Fields) == 0 {
				return nil, fmt.Errorf("%w: the first line %q is not a header field (Name: value)", ErrNotMessage, clip(string(line), 60))
			}
			// A broken line inside the header: RFC 5322 readers end the
			// header here; keep what follows as the body.
			m.Body = append([]byte(nil), line...)
			m.Body = append(m.Body, "\r\n"...)
			m.Body = append(m.Body, rest...)
			break
		}
		if len(m.Fields) >= MaxFields {
			m.Truncated = true
			cur = &Field{} // swallow continuation lines
			continue
		}
		m.Fields = append(m.Fields, Field{Name: string(line[:colon]), Value: strings.TrimSpace(string(line[colon+1:]))})
		cur = &m.Fields[len(m.Fields)-1]
	}
	if len(m.Fields) == 0 {
		return nil, fmt.Errorf("%w: no header fields", ErrNotMessage)
	}
	m.HeadersOnly = len(bytes.TrimSpace(m.Body)) == 0
	return m, nil
}

// fieldName reports whether b is an RFC 5322 field name (printable ASCII but colon).
func fieldName(b []byte) bool {
	for _, c := range b {
		if c < 33 || c > 126 {
			return false
		}
	}
	return true
}

// toCRLF turns bare LF line ends into CRLF, as DKIM canonicalization expects.
func toCRLF(b []byte) []byte {
	if !bytes.Contains(b, []byte("\n")) || bytes.Count(b, []byte("\r\n")) == bytes.Count(b, []byte("\n")) {
		return b
	}
	out := make([]byte, 0, len(b)+bytes.Count(b, []byte("\n")))
	for i, c := range b {
		if c == '\n' && (i == 0 || b[i-1] != '\r') {
			out = append(out, '\r')
		}
		out = append(out, c)
	}
	return out
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
