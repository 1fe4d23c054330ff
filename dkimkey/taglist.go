package dkimkey

import (
	"fmt"
	"strings"
)

// MaxTagListSize is the longest tag-list parsed, in octets. A 4096-bit RSA
// key record is about 800 octets; anything far beyond is not a key record.
const MaxTagListSize = 8192

// Tag is one tag=value pair of a tag-list, in record order.
type Tag struct {
	Name  string // case-sensitive (RFC 6376 §3.2)
	Value string // surrounding whitespace removed; inner whitespace kept
	Pos   int    // 1-based octet offset of the tag name
}

// TagListError is a tag-list that breaks the grammar of RFC 6376 §3.2.
// Lenient errors are breaches that most parsers in the wild accept (an empty
// tag-spec between two semicolons); callers may report them as warnings.
type TagListError struct {
	Pos     int
	Msg     string
	Lenient bool
}

func (e *TagListError) Error() string { return fmt.Sprintf("at octet %d: %s", e.Pos, e.Msg) }

// ParseTagList parses a tag-list (RFC 6376 §3.2), the syntax shared by DKIM
// key records, DMARC (RFC 7489 §6.4) and, nearly, TLS-RPT (RFC 8460 §3):
//
//	tag-list  = tag-spec *( ";" tag-spec ) [ ";" ]
//	tag-spec  = [FWS] tag-name [FWS] "=" [FWS] tag-value [FWS]
//	tag-name  = ALPHA *ALNUMPUNC          ; ALPHA / DIGIT / "_"
//	tag-value = [ tval *( 1*(WSP / FWS) tval ) ]
//	tval      = 1*VALCHAR                 ; %x21-3A / %x3C-7E
//
// Duplicate tag names make the whole list invalid (§3.2). It returns the
// tags parsed and every error; the list is valid when no error is strict.
func ParseTagList(s string) ([]Tag, []*TagListError) {
	var errs []*TagListError
	if len(s) > MaxTagListSize {
		return nil, []*TagListError{{Pos: 1, Msg: fmt.Sprintf("record longer than %d octets: not parsed", MaxTagListSize)}}
	}
	var tags []Tag
	seen := map[string]bool{}
	pos := 0
	for pos <= len(s) {
		end := strings.IndexByte(s[pos:], ';')
		last := end < 0
		if last {
			end = len(s)
		} else {
			end += pos
		}
		spec := s[pos:end]
		if strings.Trim(spec, " \t\r\n") == "" {
			if !last {
				errs = append(errs, &TagListError{Pos: pos + 1, Msg: `empty tag-spec: ";" not followed by a tag (only one trailing ";" is allowed)`, Lenient: true})
			}
		} else if t, err := parseTagSpec(spec, pos); err != nil {
			errs = append(errs, err)
		} else {
			if seen[t.Name] {
				errs = append(errs, &TagListError{Pos: t.Pos, Msg: fmt.Sprintf("duplicate tag %q: a tag-list with a repeated tag is invalid (RFC 6376 §3.2)", t.Name)})
			} else {
				seen[t.Name] = true
				tags = append(tags, t)
			}
		}
		if last {
			break
		}
		pos = end + 1
	}
	return tags, errs
}

func isWSP(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func parseTagSpec(spec string, off int) (Tag, *TagListError) {
	i := 0
	for i < len(spec) && isWSP(spec[i]) {
		i++
	}
	start := i
	if !isAlpha(spec[i]) {
		return Tag{}, &TagListError{Pos: off + i + 1, Msg: fmt.Sprintf("tag name must start with a letter, found %q", spec[i])}
	}
	for i < len(spec) && (isAlpha(spec[i]) || spec[i] >= '0' && spec[i] <= '9' || spec[i] == '_') {
		i++
	}
	name := spec[start:i]
	for i < len(spec) && isWSP(spec[i]) {
		i++
	}
	if i >= len(spec) || spec[i] != '=' {
		what := "end of tag"
		if i < len(spec) {
			what = fmt.Sprintf("%q", spec[i])
		}
		return Tag{}, &TagListError{Pos: off + i + 1, Msg: fmt.Sprintf("tag %q: expected \"=\", found %s", name, what)}
	}
	value := strings.Trim(spec[i+1:], " \t\r\n")
	for j := 0; j < len(value); j++ {
		c := value[j]
		if isWSP(c) || c >= 0x21 && c <= 0x7e {
			continue
		}
		return Tag{}, &TagListError{Pos: off + i + 2 + strings.Index(spec[i+1:], value) + j, Msg: fmt.Sprintf("tag %q: character %q not allowed in a value", name, c)}
	}
	return Tag{Name: name, Value: value, Pos: off + start + 1}, nil
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// Strict returns the errors that are not lenient.
func Strict(errs []*TagListError) []*TagListError {
	var out []*TagListError
	for _, e := range errs {
		if !e.Lenient {
			out = append(out, e)
		}
	}
	return out
}
