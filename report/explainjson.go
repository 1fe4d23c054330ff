package report

import (
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/smtpgw/smtpgw/explain"
)

// WriteExplanationJSON writes e as one JSON line, byte for byte what
// WriteJSONLine writes (TestExplanationJSONMatchesEncodingJSON), without
// reflection: `smtpgw explain --json` over a mail log writes one object per
// reply, and this is the hot path. buf is scratch space; the grown buffer is
// returned for reuse.
func WriteExplanationJSON(w io.Writer, e explain.Explanation, buf []byte) ([]byte, error) {
	if e.Why != nil {
		return buf, WriteJSONLine(w, e) // --explain-why: not a hot path
	}
	b := AppendExplanationJSON(buf[:0], e)
	b = append(b, '\n')
	_, err := w.Write(b)
	return b, err
}

// AppendExplanationJSON appends the JSON object of e (without Why) to b, in
// the field order and with the omitempty rules of explain.Explanation's
// struct tags.
func AppendExplanationJSON(b []byte, e explain.Explanation) []byte {
	return appendExplanationJSON(b, &e, nil)
}

// ExplanationJSON writes explanations as JSON lines, byte for byte what
// WriteExplanationJSON writes, reusing its buffer and the quoted form of the
// strings that explanations share (summaries, meanings, remediation,
// references: the strings of explain's tables), which it quotes once instead
// of once per line. Not for concurrent use.
type ExplanationJSON struct {
	buf    []byte
	quoted [128]quotedString
}

// quotedString is a string (a copy: a string of an explanation may be in
// the memory of the input line, which the Scanner reuses for the next
// line, explain.Scanner.ReuseLines) and its JSON form.
type quotedString struct {
	s []byte
	q []byte
}

// Write writes e as one JSON line to w.
func (j *ExplanationJSON) Write(w io.Writer, e *explain.Explanation) error {
	if e.Why != nil {
		return WriteJSONLine(w, e) // --explain-why: not a hot path
	}
	j.buf = appendExplanationJSON(j.buf[:0], e, j)
	j.buf = append(j.buf, '\n')
	_, err := w.Write(j.buf)
	return err
}

// shared appends the JSON form of s, one of the strings explanations share:
// from its slot when that slot holds the same string (equal strings have
// equal JSON forms), quoted and kept there otherwise. The slot is chosen by
// the length and three bytes of s. It keeps a copy of s (quotedString).
func (j *ExplanationJSON) shared(b []byte, s string) []byte {
	if j == nil || s == "" {
		return appendJSONString(b, s)
	}
	h := uint(len(s))*31 + uint(s[0])*7 + uint(s[len(s)/2])*3 + uint(s[len(s)-1])
	c := &j.quoted[h%uint(len(j.quoted))]
	if string(c.s) == s { // (a comparison: no string is made)
		return append(b, c.q...)
	}
	n := len(b)
	b = appendJSONString(b, s)
	c.s, c.q = append(c.s[:0], s...), append(c.q[:0], b[n:]...)
	return b
}

// appendExplanationJSON is AppendExplanationJSON; the strings of explain's
// tables go through j (nil: quoted every time).
func appendExplanationJSON(b []byte, e *explain.Explanation, j *ExplanationJSON) []byte {
	b = append(b, `{"input":`...)
	b = appendJSONString(b, e.Input)
	b = append(b, `,"code":`...)
	if e.Code != nil {
		b = strconv.AppendInt(b, int64(*e.Code), 10)
	} else {
		b = append(b, "null"...)
	}
	b = appendOptional(b, "enhanced", e.Enhanced)
	b = appendOptional(b, "text", e.Text)
	b = j.sharedField(b, "class", string(e.Class))
	b = j.sharedField(b, "category", string(e.Category))
	b = j.sharedOptional(b, "provider", e.Provider)
	b = j.sharedField(b, "summary", e.Summary)
	b = j.sharedOptional(b, "code_meaning", e.CodeMeaning)
	b = j.sharedOptional(b, "enhanced_meaning", e.EnhancedMeaning)
	b = append(b, `,"retry":`...)
	b = strconv.AppendBool(b, e.Retry)
	b = j.sharedField(b, "actor", string(e.Actor))
	b = appendOptional(b, "stage", e.Stage)
	b = appendOptional(b, "remote_host", e.RemoteHost)
	b = appendOptional(b, "recipient", e.Recipient)
	b = appendOptional(b, "original_recipient", e.OriginalRcpt)
	b = appendOptional(b, "sender", e.Sender)
	b = appendOptional(b, "client", e.Client)
	b = appendOptional(b, "sasl_username", e.User)
	b = appendOptional(b, "note", e.Note)
	b = j.sharedStrings(b, "remediation", e.Remediation)
	b = j.sharedStrings(b, "references", e.References)
	b = j.sharedOptional(b, "blocklist", e.Blocklist)
	if e.RetryAfter != 0 {
		b = append(b, `,"retry_after_seconds":`...)
		b = strconv.AppendInt(b, int64(e.RetryAfter), 10)
	}
	b = j.sharedOptional(b, "rule", e.Rule)
	return append(b, '}')
}

func appendName(b []byte, name string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	return append(b, '"', ':')
}

func appendOptional(b []byte, name, v string) []byte {
	if v == "" {
		return b
	}
	return appendJSONString(appendName(b, name), v)
}

func (j *ExplanationJSON) sharedField(b []byte, name, v string) []byte {
	return j.shared(appendName(b, name), v)
}

func (j *ExplanationJSON) sharedOptional(b []byte, name, v string) []byte {
	if v == "" {
		return b
	}
	return j.shared(appendName(b, name), v)
}

func (j *ExplanationJSON) sharedStrings(b []byte, name string, vs []string) []byte {
	b = appendName(b, name)
	if vs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, v := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		b = j.shared(b, v)
	}
	return append(b, ']')
}

const hexDigits = "0123456789abcdef"

// appendJSONString quotes s as encoding/json does with SetEscapeHTML(false):
// short escapes for \ " \b \f \n \r \t, \u00XX for other control bytes,
// \ufffd for invalid UTF-8, \u2028 and \u2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// eight bytes at a time while none needs a look: no control
		// byte, quote, backslash or byte of a multi-byte character
		i = plainJSONWords(s, i)
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// plainJSONWords returns the first i' >= i such that s[i':i'+8] is not
// eight bytes that a JSON string carries as they are (0x20 to 0x7f except
// '"' and '\\'), or that is too short.
func plainJSONWords(s string, i int) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		q := x ^ ('"' * lo)   // zero where a byte is '"'
		bs := x ^ ('\\' * lo) // zero where a byte is '\\'
		// any of: a byte of 0x80 and above (x); the bytes being below
		// 0x80, a byte below 0x20 or a zero byte in q or bs (a borrow
		// into the top bit)
		if (x|(x-0x20*lo)|(q-lo)|(bs-lo))&hi != 0 {
			return i
		}
	}
	return i
}
