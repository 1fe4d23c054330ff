package explain

import "strings"

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
