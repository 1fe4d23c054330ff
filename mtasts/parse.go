package mtasts

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseRecord parses the text of one _mta-sts TXT record (its strings
// already concatenated, §3.1: "the TXT record's strings ... MUST be
// concatenated"). isSTS reports whether the record begins with "v=STSv1", that
// is whether it is an MTA-STS record at all: §3.1 says records that do not are
// discarded. A record that is one but breaks the grammar gives a
// *SyntaxError.
//
// Grammar (§3.1):
//
//	sts-text-record = sts-version 1*(sts-sep sts-field) [sts-sep]
//	sts-version     = %s"v=STSv1"
//	sts-id          = %s"id=" 1*32(ALPHA / DIGIT)
//	sts-sep         = *WSP %x3B *WSP                 ; ";"
//	sts-extension   = sts-ext-name "=" sts-ext-value
//	sts-ext-name    = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
//	sts-ext-value   = 1*(%x21-3A / %x3C / %x3E-7E)
func ParseRecord(txt string) (rec *Record, isSTS bool, err error) {
	const version = "v=STSv1"
	if !strings.HasPrefix(txt, version) {
		return nil, false, &SyntaxError{Msg: `does not begin with "v=STSv1"`}
	}
	p := &recParser{s: txt, o: len(version)}
	if !p.empty() && !p.atSep() {
		// "v=STSv10;..." is not an MTA-STS record either.
		return nil, false, &SyntaxError{Pos: p.o, Msg: `does not begin with "v=STSv1"`}
	}
	rec = &Record{Version: "STSv1"}
	seenID := false
	fields := 0
	for !p.empty() {
		if !p.sep() {
			return nil, true, p.errorf(`expected ";" between fields`)
		}
		if p.empty() {
			break // trailing separator is allowed
		}
		start := p.o
		key := p.name()
		if key == "" {
			return nil, true, p.errorf("expected a field name (letters, digits, '_', '-', '.')")
		}
		if !p.take('=') {
			return nil, true, p.errorf("expected '=' after %q", key)
		}
		fields++
		switch key {
		case "id":
			vstart := p.o
			id := p.value()
			if id == "" {
				return nil, true, &SyntaxError{Pos: vstart, Msg: "empty id"}
			}
			for i := 0; i < len(id); i++ {
				if !isAlnum(id[i]) {
					return nil, true, &SyntaxError{Pos: vstart + i, Msg: fmt.Sprintf("id %q: only letters and digits are allowed (found %q)", id, id[i])}
				}
			}
			if len(id) > maxIDLen {
				return nil, true, &SyntaxError{Pos: vstart, Msg: fmt.Sprintf("id %q is %d characters long; at most %d are allowed", id, len(id), maxIDLen)}
			}
			if seenID {
				// §3.2's rule for repeated fields: the first is used.
				continue
			}
			seenID = true
			rec.ID = id
		default:
			v := p.value()
			if v == "" {
				return nil, true, &SyntaxError{Pos: start, Msg: fmt.Sprintf("field %q has an empty value", key)}
			}
			rec.Extensions = append(rec.Extensions, Pair{key, v})
		}
	}
	if fields == 0 || !seenID {
		return nil, true, &SyntaxError{Pos: len(txt), Msg: `missing the "id=" field`}
	}
	return rec, true, nil
}

type recParser struct {
	s string
	o int
}

func (p *recParser) empty() bool { return p.o >= len(p.s) }

func (p *recParser) errorf(format string, a ...any) error {
	return &SyntaxError{Pos: p.o, Msg: fmt.Sprintf(format, a...)}
}

func (p *recParser) atSep() bool {
	o := p.o
	for o < len(p.s) && (p.s[o] == ' ' || p.s[o] == '\t') {
		o++
	}
	return o < len(p.s) && p.s[o] == ';'
}

func (p *recParser) sep() bool {
	if !p.atSep() {
		return false
	}
	for p.s[p.o] != ';' {
		p.o++
	}
	p.o++
	for p.o < len(p.s) && (p.s[p.o] == ' ' || p.s[p.o] == '\t') {
		p.o++
	}
	return true
}

func (p *recParser) take(c byte) bool {
	if p.o < len(p.s) && p.s[p.o] == c {
		p.o++
		return true
	}
	return false
}

// name reads sts-ext-name.
func (p *recParser) name() string {
	start := p.o
	for p.o < len(p.s) && p.o-start < 32 {
		c := p.s[p.o]
		if isAlnum(c) || (p.o > start && (c == '_' || c == '-' || c == '.')) {
			p.o++
			continue
		}
		break
	}
	return p.s[start:p.o]
}

// value reads sts-ext-value: visible ASCII except '=' and ';'.
func (p *recParser) value() string {
	start := p.o
	for p.o < len(p.s) {
		c := p.s[p.o]
		if c > ' ' && c < 0x7f && c != '=' && c != ';' {
			p.o++
			continue
		}
		break
	}
	return p.s[start:p.o]
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// ParsePolicy parses a policy body (§3.2). Lines end in LF or CRLF. The
// returned problems are flaws that lenient senders tolerate but strict ones
// may not (a line that is not "key: value", a blank line, a repeated field, a
// known field name in the wrong case); an error, always a *SyntaxError, means
// the policy is invalid and senders treat the domain as having no policy.
//
// The fields, per §3.2: "version: STSv1", "mode: enforce|testing|none",
// "max_age: 0..31557600" (at most 10 digits) and "mx: [*.]domain", repeated;
// mx is required unless mode is none. For a repeated field other than mx the
// first occurrence is used; unknown fields are ignored.
func ParsePolicy(body string) (*Policy, []Problem, error) {
	var problems []Problem
	if len(body) > MaxPolicySize {
		return nil, nil, &SyntaxError{Policy: true, Msg: fmt.Sprintf("policy is %d bytes, more than the %d allowed", len(body), MaxPolicySize)}
	}
	lines := strings.Split(body, "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1] // the terminator of the last line
	}
	if len(lines) > maxPolicyLines {
		return nil, nil, &SyntaxError{Policy: true, Msg: fmt.Sprintf("policy has %d lines, more than the %d accepted", len(lines), maxPolicyLines)}
	}
	pol := &Policy{}
	seen := map[string]int{} // field -> line of first occurrence
	known := []string{"version", "mode", "max_age", "mx"}
	perr := func(line int, format string, a ...any) error {
		return &SyntaxError{Policy: true, Line: line, Msg: fmt.Sprintf(format, a...)}
	}
	for i, raw := range lines {
		n := i + 1
		line := strings.TrimSuffix(raw, "\r")
		shown := line
		if len(shown) > 100 {
			shown = shown[:100] + "..."
		}
		if strings.TrimSpace(line) == "" {
			problems = append(problems, Problem{n, shown, "blank line: the grammar has none, and strict parsers reject the policy"})
			continue
		}
		colon := strings.IndexByte(line, ':')
		if colon < 0 {
			problems = append(problems, Problem{n, shown, `not a "key: value" line; ignored by lenient parsers, rejected by strict ones`})
			continue
		}
		key := line[:colon]
		if !validFieldName(key) {
			problems = append(problems, Problem{n, shown, fmt.Sprintf("%q is not a valid field name; ignored by lenient parsers, rejected by strict ones", key)})
			continue
		}
		val := strings.TrimLeft(line[colon+1:], " \t")
		if t := strings.TrimRight(val, " \t"); t != val {
			problems = append(problems, Problem{n, shown, "trailing whitespace"})
			val = t
		}
		if strings.ContainsAny(val, "\r\x00") {
			problems = append(problems, Problem{n, shown, "control characters in the value"})
		}
		if first, dup := seen[key]; dup && key != "mx" {
			problems = append(problems, Problem{n, shown, fmt.Sprintf("%q repeated (first on line %d, which is the one used)", key, first)})
			continue
		}
		if _, ok := seen[key]; !ok {
			seen[key] = n
		}
		switch key {
		case "version":
			if val != "STSv1" {
				return nil, problems, perr(n, `version is %q; it must be "STSv1"`, val)
			}
			pol.Version = val
		case "mode":
			switch Mode(val) {
			case ModeEnforce, ModeTesting, ModeNone:
				pol.Mode = Mode(val)
			default:
				return nil, problems, perr(n, `mode %q is not one of enforce, testing, none (values are case-sensitive)`, val)
			}
		case "max_age":
			if val == "" || len(val) > 10 || strings.Trim(val, "0123456789") != "" {
				return nil, problems, perr(n, "max_age %q is not a number of seconds (1 to 10 digits)", val)
			}
			v, _ := strconv.ParseInt(val, 10, 64)
			if v > MaxMaxAge {
				return nil, problems, perr(n, "max_age %d is more than the maximum %d (one year)", v, MaxMaxAge)
			}
			pol.MaxAge = int(v)
		case "mx":
			pat, err := ParseMXPattern(val)
			if err != nil {
				return nil, problems, perr(n, "%v", err)
			}
			pol.MX = append(pol.MX, pat)
		default:
			for _, k := range known {
				if strings.EqualFold(k, key) {
					problems = append(problems, Problem{n, shown, fmt.Sprintf("field names are case-sensitive: %q is not %q, so senders ignore this line", key, k)})
				}
			}
			pol.Extensions = append(pol.Extensions, Pair{key, val})
		}
	}
	for _, k := range []string{"version", "mode", "max_age"} {
		if _, ok := seen[k]; !ok {
			return nil, problems, perr(0, "missing the required %q field", k)
		}
	}
	if len(pol.MX) == 0 && pol.Mode != ModeNone {
		return nil, problems, perr(0, "no mx field: mode %s requires at least one", pol.Mode)
	}
	return pol, problems, nil
}

func validFieldName(k string) bool {
	if k == "" || len(k) > 32 || !isAlnum(k[0]) {
		return false
	}
	for i := 1; i < len(k); i++ {
		c := k[i]
		if !isAlnum(c) && c != '_' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// ParseMXPattern parses the value of an "mx:" field: a domain name in
// A-labels, optionally prefixed with "*." (§3.2).
func ParseMXPattern(s string) (MXPattern, error) {
	var p MXPattern
	if strings.ContainsAny(s, ", \t") {
		return p, fmt.Errorf("mx %q: one pattern per mx line (write several mx lines)", s)
	}
	d := s
	if strings.HasPrefix(d, "*.") {
		p.Wildcard = true
		d = d[2:]
	}
	d = strings.TrimSuffix(d, ".")
	if err := checkDomain(d); err != nil {
		return p, fmt.Errorf("mx %q: %v", s, err)
	}
	p.Domain = strings.ToLower(d)
	return p, nil
}

func checkDomain(d string) error {
	if d == "" {
		return fmt.Errorf("empty domain")
	}
	if len(d) > 253 {
		return fmt.Errorf("domain longer than 253 characters")
	}
	for _, l := range strings.Split(d, ".") {
		if l == "" {
			return fmt.Errorf("empty label")
		}
		if len(l) > 63 {
			return fmt.Errorf("label longer than 63 characters")
		}
		for i := 0; i < len(l); i++ {
			c := l[i]
			switch {
			case isAlnum(c):
			case c == '-' && i > 0 && i < len(l)-1:
			case c == '*':
				return fmt.Errorf("a wildcard is only allowed as the whole leftmost label, \"*.\"")
			case c >= 0x80:
				return fmt.Errorf("non-ASCII name: write internationalised names as A-labels (xn--...)")
			default:
				return fmt.Errorf("invalid character %q", c)
			}
		}
	}
	return nil
}

// Matches reports whether MX host name host matches the pattern (§4.1): equal
// ignoring case and a trailing dot, or, for "*.d", host is one label followed
// by ".d" ("*.example.com" matches "mx1.example.com" but neither
// "example.com" nor "a.b.example.com").
func (p MXPattern) Matches(host string) bool {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if !p.Wildcard {
		return host == p.Domain
	}
	i := strings.IndexByte(host, '.')
	return i > 0 && host[i+1:] == p.Domain
}

// Match returns the first pattern of the policy that host matches.
func (pol *Policy) Match(host string) (MXPattern, bool) {
	for _, p := range pol.MX {
		if p.Matches(host) {
			return p, true
		}
	}
	return MXPattern{}, false
}
