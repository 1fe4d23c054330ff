package spf

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// Limits of the parser. SPF records are untrusted input: a record longer
// than MaxRecordSize or with more than MaxTerms terms is rejected before any
// further work, so a 10,000-character record costs one finding, not a hang.
const (
	// MaxRecordSize is the longest record (concatenated TXT strings, in
	// octets) that is parsed. RFC 7208 §3.4 advises keeping records small
	// enough for a 512-octet UDP answer; 4096 is the common EDNS0 buffer.
	MaxRecordSize = 4096
	// MaxTerms is the most terms parsed in one record.
	MaxTerms = 256
)

// Parser errors that concern the whole record. Their texts are constants
// (errors.New of a constant is static data; fmt.Errorf would run at the
// start of every command): TestLimitErrorsNameTheLimits holds them to
// MaxRecordSize and MaxTerms.
var (
	ErrNotSPF   = errors.New(`not an SPF record: does not start with "v=spf1"`)
	ErrTooLarge = errors.New("record longer than 4096 octets: not parsed")
	ErrTooMany  = errors.New("record has more than 256 terms: not parsed")
)

// SyntaxError is one term that does not follow the ABNF of RFC 7208 §12.
// Under check_host() any of them makes the whole record a permerror (§4.6).
type SyntaxError struct {
	Pos  int    // 1-based octet offset of the term in the record
	Term string // the term as written
	Msg  string // what is wrong, and what was expected
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("term %q at octet %d: %s", e.Term, e.Pos, e.Msg)
}

// SyntaxErrors is every syntax error of a record, in record order.
type SyntaxErrors []*SyntaxError

func (es SyntaxErrors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Mechanism names (RFC 7208 §5).
const (
	MechAll     = "all"
	MechInclude = "include"
	MechA       = "a"
	MechMX      = "mx"
	MechPTR     = "ptr"
	MechIP4     = "ip4"
	MechIP6     = "ip6"
	MechExists  = "exists"
)

// Directive is a qualifier and a mechanism (RFC 7208 §4.6.1).
type Directive struct {
	Qualifier  byte   // '+', '-', '~' or '?'; '+' when not written (§4.6.2)
	Explicit   bool   // the qualifier was written
	Mechanism  string // lower-case mechanism name
	DomainSpec string // include, exists; optional for a, mx, ptr
	Prefix     netip.Prefix
	IP4CIDR    int // a, mx: -1 when absent
	IP6CIDR    int // a, mx: -1 when absent
	Pos        int
	Text       string
}

// Lookup reports whether the mechanism queries DNS and so counts against
// the limit of 10 (RFC 7208 §4.6.4).
func (d Directive) Lookup() bool {
	switch d.Mechanism {
	case MechInclude, MechA, MechMX, MechPTR, MechExists:
		return true
	}
	return false
}

// Target returns the domain-spec the mechanism applies to, or "" for the
// current domain.
func (d Directive) Target() string { return d.DomainSpec }

// Modifier is a name=value term (RFC 7208 §4.6.1, §6).
type Modifier struct {
	Name  string // lower-case
	Value string
	Pos   int
	Text  string
}

// Record is a parsed SPF record.
type Record struct {
	Text        string
	Directives  []Directive
	Redirect    string // redirect= domain-spec, "" when absent
	RedirectPos int
	Explanation string     // exp= domain-spec
	Unknown     []Modifier // modifiers other than redirect and exp (ignored by check_host, §6)
}

// All returns the first "all" directive, or nil.
func (r *Record) All() *Directive {
	for i := range r.Directives {
		if r.Directives[i].Mechanism == MechAll {
			return &r.Directives[i]
		}
	}
	return nil
}

// IsSPF reports whether a TXT record's text is an SPF version 1 record:
// "v=spf1" (case-insensitive) followed by a space or the end (RFC 7208 §4.5).
func IsSPF(txt string) bool {
	if len(txt) < 6 || !strings.EqualFold(txt[:6], "v=spf1") {
		return false
	}
	return len(txt) == 6 || txt[6] == ' '
}

// Parse parses an SPF record (the TXT strings already concatenated, RFC 7208
// §3.3). It returns the record with every well-formed term even when some
// terms are malformed; the error is then SyntaxErrors. ErrNotSPF,
// ErrTooLarge and ErrTooMany return no record.
func Parse(txt string) (*Record, error) {
	if len(txt) > MaxRecordSize {
		return nil, ErrTooLarge
	}
	if !IsSPF(txt) {
		return nil, ErrNotSPF
	}
	rec := &Record{Text: txt}
	var errs SyntaxErrors
	fail := func(pos int, term, format string, args ...any) {
		errs = append(errs, &SyntaxError{Pos: pos, Term: term, Msg: fmt.Sprintf(format, args...)})
	}
	nterms := 0
	expSeen := false
	// terms = *( 1*SP ( directive / modifier ) ), record ends in *SP (§12).
	for i := 6; i < len(txt); {
		if txt[i] == ' ' {
			i++
			continue
		}
		j := strings.IndexByte(txt[i:], ' ')
		if j < 0 {
			j = len(txt)
		} else {
			j += i
		}
		term, pos := txt[i:j], i+1
		i = j
		nterms++
		if nterms > MaxTerms {
			return nil, ErrTooMany
		}
		if k := badChar(term); k >= 0 {
			fail(pos, term, "character %q at octet %d is not allowed in SPF terms (only printable US-ASCII, separated by single spaces; RFC 7208 §12)", term[k], pos+k)
			continue
		}
		if isModifier(term) {
			eq := strings.IndexByte(term, '=')
			name, value := strings.ToLower(term[:eq]), term[eq+1:]
			switch name {
			case "redirect", "exp":
				if (name == "redirect" && rec.RedirectPos != 0) || (name == "exp" && expSeen) {
					fail(pos, term, "duplicate %s= modifier: it may appear at most once (RFC 7208 §6)", name)
					continue
				}
				if msg := checkDomainSpec(value); msg != "" {
					fail(pos, term, "%s= needs a domain: %s", name, msg)
					continue
				}
				if name == "redirect" {
					rec.Redirect, rec.RedirectPos = value, pos
				} else {
					rec.Explanation, expSeen = value, true
				}
			default:
				if msg := checkMacroString(value, true); msg != "" {
					fail(pos, term, "modifier %s=: %s", name, msg)
					continue
				}
				rec.Unknown = append(rec.Unknown, Modifier{Name: name, Value: value, Pos: pos, Text: term})
			}
			continue
		}
		d, msg := parseDirective(term)
		if msg != "" {
			fail(pos, term, "%s", msg)
			continue
		}
		d.Pos, d.Text = pos, term
		rec.Directives = append(rec.Directives, d)
	}
	if len(errs) > 0 {
		return rec, errs
	}
	return rec, nil
}

// isModifier reports whether term starts with name "=" (RFC 7208 §4.6.1):
// name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ).
func isModifier(term string) bool {
	if term == "" || !isAlpha(term[0]) {
		return false
	}
	for i := 1; i < len(term); i++ {
		c := term[i]
		switch {
		case c == '=':
			return true
		case isAlpha(c), c >= '0' && c <= '9', c == '-', c == '_', c == '.':
		default:
			return false
		}
	}
	return false
}

// badChar returns the index of the first octet outside %x21-7E, or -1.
func badChar(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x21 || s[i] > 0x7e {
			return i
		}
	}
	return -1
}

var knownMechanisms = lazy.Value[map[string]bool]{New: func() map[string]bool {
	return map[string]bool{MechAll: true, MechInclude: true, MechA: true, MechMX: true, MechPTR: true, MechIP4: true, MechIP6: true, MechExists: true}
}}

// parseDirective parses "[qualifier] mechanism" (RFC 7208 §4.6.1, §5).
func parseDirective(term string) (Directive, string) {
	d := Directive{Qualifier: '+', IP4CIDR: -1, IP6CIDR: -1}
	s := term
	switch s[0] {
	case '+', '-', '~', '?':
		d.Qualifier, d.Explicit = s[0], true
		s = s[1:]
	}
	if s == "" {
		return d, "a qualifier must be followed by a mechanism (all, include, a, mx, ptr, ip4, ip6, exists)"
	}
	if !isAlpha(s[0]) {
		if d.Explicit {
			return d, fmt.Sprintf("bad qualifier: %q after %q; a directive has at most one qualifier (+ - ~ ?) followed by a mechanism name", s[0], d.Qualifier)
		}
		return d, fmt.Sprintf("bad qualifier %q: expected + - ~ or ? or a mechanism name (RFC 7208 §4.6.2)", s[0])
	}
	n := strings.IndexAny(s, ":/=")
	if n < 0 {
		n = len(s)
	}
	name, arg := strings.ToLower(s[:n]), s[n:]
	if !knownMechanisms.Get()[name] {
		hint := ""
		switch name {
		case "ipv4", "ip":
			hint = `; did you mean "ip4:"?`
		case "ipv6":
			hint = `; did you mean "ip6:"?`
		case "includes", "inc":
			hint = `; did you mean "include:"?`
		case "redirect", "exp":
			hint = "; modifiers are written name=value and take no qualifier"
		case "spf2.0", "v":
			hint = "; two records merged into one?"
		}
		return d, fmt.Sprintf("unknown mechanism %q: expected all, include, a, mx, ptr, ip4, ip6 or exists (RFC 7208 §5)%s", name, hint)
	}
	d.Mechanism = name
	switch name {
	case MechAll:
		if arg != "" {
			return d, `"all" takes no argument`
		}
	case MechInclude, MechExists:
		if !strings.HasPrefix(arg, ":") || len(arg) == 1 {
			return d, fmt.Sprintf("%s needs a domain: %s:<domain> (RFC 7208 §5)", name, name)
		}
		d.DomainSpec = arg[1:]
		if msg := checkDomainSpec(d.DomainSpec); msg != "" {
			return d, msg
		}
	case MechPTR:
		if arg != "" {
			if !strings.HasPrefix(arg, ":") || len(arg) == 1 {
				return d, "ptr takes an optional :domain and no CIDR length"
			}
			d.DomainSpec = arg[1:]
			if msg := checkDomainSpec(d.DomainSpec); msg != "" {
				return d, msg
			}
		}
	case MechA, MechMX:
		dom, c4, c6, msg := splitDualCIDR(arg)
		if msg != "" {
			return d, msg
		}
		d.IP4CIDR, d.IP6CIDR = c4, c6
		if dom != "" {
			if !strings.HasPrefix(dom, ":") || len(dom) == 1 {
				return d, fmt.Sprintf("%s takes an optional :domain then optional /ip4-cidr and //ip6-cidr", name)
			}
			d.DomainSpec = dom[1:]
			if _, err := netip.ParseAddr(d.DomainSpec); err == nil {
				return d, fmt.Sprintf("%s: takes a domain name, not an IP address: use ip4: or ip6:", name)
			}
			if msg := checkDomainSpec(d.DomainSpec); msg != "" {
				return d, msg
			}
		}
	case MechIP4, MechIP6:
		if !strings.HasPrefix(arg, ":") || len(arg) == 1 {
			return d, fmt.Sprintf("%s needs an address: %s:<address>[/<prefix-length>]", name, name)
		}
		addr, plen := arg[1:], ""
		if k := strings.IndexByte(addr, '/'); k >= 0 {
			addr, plen = addr[:k], addr[k+1:]
			if plen == "" {
				return d, "bad CIDR length: empty after '/'"
			}
		}
		ip, err := netip.ParseAddr(addr)
		if err != nil || ip.Zone() != "" {
			return d, fmt.Sprintf("%q is not a valid %s address", addr, map[string]string{MechIP4: "IPv4", MechIP6: "IPv6"}[name])
		}
		max := 32
		if name == MechIP4 {
			if !ip.Is4() {
				return d, fmt.Sprintf("%q is an IPv6 address: use ip6:", addr)
			}
		} else {
			if ip.Is4() {
				return d, fmt.Sprintf("%q is an IPv4 address: use ip4:", addr)
			}
			max = 128
		}
		bits := max
		if plen != "" {
			b, msg := cidrLen(plen, max, name)
			if msg != "" {
				return d, msg
			}
			bits = b
		}
		d.Prefix = netip.PrefixFrom(ip, bits)
	}
	return d, ""
}

// splitDualCIDR splits "[:domain][/n][//m]" (RFC 7208 §5.3, §5.4:
// dual-cidr-length). The domain-spec may itself contain "/", so the CIDR
// lengths are taken from the end.
func splitDualCIDR(arg string) (rest string, c4, c6 int, msg string) {
	c4, c6 = -1, -1
	rest = arg
	v4, v6 := "", ""
	// trailing "//digits"
	if i := strings.LastIndex(rest, "//"); i >= 0 && isDigits(rest[i+2:]) {
		v6, rest = rest[i+2:], rest[:i]
	}
	// then trailing "/digits"
	if i := strings.LastIndexByte(rest, '/'); i >= 0 && isDigits(rest[i+1:]) {
		v4, rest = rest[i+1:], rest[:i]
	}
	if v4 != "" {
		if c4, msg = cidrLen(v4, 32, "ip4"); msg != "" {
			return
		}
	}
	if v6 != "" {
		if c6, msg = cidrLen(v6, 128, "ip6"); msg != "" {
			return
		}
	}
	return rest, c4, c6, ""
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// cidrLen parses ip4-cidr-length / ip6-cidr-length (RFC 7208 §5.6, §12):
// no leading zeros, at most 32 or 128.
func cidrLen(s string, max int, fam string) (int, string) {
	if s == "" || (len(s) > 1 && s[0] == '0') || len(s) > 3 {
		return -1, fmt.Sprintf("bad CIDR length %q: write a decimal number without leading zeros", s)
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1, fmt.Sprintf("bad CIDR length %q: not a number", s)
	}
	if n > max {
		return -1, fmt.Sprintf("bad CIDR length /%d: %s prefixes are 0-%d (RFC 7208 §5.6)", n, fam, max)
	}
	return n, ""
}

// checkDomainSpec validates domain-spec = macro-string domain-end (RFC 7208
// §7.1). It returns "" when valid, else what is wrong.
func checkDomainSpec(s string) string {
	if s == "" {
		return "empty domain"
	}
	if msg := checkMacroString(s, false); msg != "" {
		return msg
	}
	// "/" and ":" are macro-literals (any visible character but "%"): the
	// CIDR lengths of a and mx are taken from the end of the term first
	// (splitDualCIDR), so "a:foo:bar/baz.example.test" names a domain.
	// domain-end = ( "." toplabel [ "." ] ) / macro-expand
	if strings.HasSuffix(s, "}") {
		return ""
	}
	t := strings.TrimSuffix(s, ".")
	k := strings.LastIndexByte(t, '.')
	if k < 0 {
		return fmt.Sprintf("domain %q is not fully qualified: a domain-spec must end in \".toplabel\" or a macro (RFC 7208 §7.1)", s)
	}
	top := t[k+1:]
	if !isTopLabel(top) {
		return fmt.Sprintf("domain %q ends in %q, which is not a valid top-level label (letters, digits, inner hyphens, not all digits; RFC 7208 §7.1)", s, top)
	}
	if !strings.Contains(s, "%") {
		if len(t) > 253 {
			return fmt.Sprintf("domain %q is longer than 253 octets", s)
		}
		for _, l := range strings.Split(t, ".") {
			if l == "" {
				return fmt.Sprintf("domain %q has an empty label", s)
			}
			if len(l) > 63 {
				return fmt.Sprintf("domain %q has a label longer than 63 octets", s)
			}
		}
	}
	return ""
}

func isTopLabel(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	alpha := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isAlpha(c):
			alpha = true
		case c >= '0' && c <= '9':
		case c == '-':
			alpha = true // 1*alphanum "-" *( alphanum / "-" ) alphanum
		default:
			return false
		}
	}
	return alpha
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// checkMacroString validates macro-string (RFC 7208 §7.1):
// macro-expand = "%{" macro-letter transformers *delimiter "}" / "%%" / "%_" / "%-".
// The letters c, r and t are allowed only in explanation strings (§7.2);
// explain allows them.
func checkMacroString(s string, explain bool) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x21 || c > 0x7e {
			return fmt.Sprintf("character %q not allowed", c)
		}
		if c != '%' {
			continue
		}
		if i+1 >= len(s) {
			return `bad macro: "%" at the end; write "%%" for a literal percent sign`
		}
		switch s[i+1] {
		case '%', '_', '-':
			i++
			continue
		case '{':
		default:
			return fmt.Sprintf(`bad macro "%%%c": "%%" must be followed by "{", "%%", "_" or "-" (RFC 7208 §7.1)`, s[i+1])
		}
		end := strings.IndexByte(s[i:], '}')
		if end < 0 {
			return `bad macro: "%{" without closing "}"`
		}
		body := s[i+2 : i+end]
		if body == "" {
			return `bad macro "%{}": missing macro letter`
		}
		l := body[0] | 0x20
		if !strings.ContainsRune("slodiphcrtv", rune(l)) || !isAlpha(body[0]) {
			return fmt.Sprintf("bad macro %q: unknown macro letter %q (s l o d i p h v; c r t only in exp)", s[i:i+end+1], body[0])
		}
		if !explain && strings.ContainsRune("crt", rune(l)) {
			return fmt.Sprintf("bad macro %q: letter %q is allowed only in explanation strings (RFC 7208 §7.2)", s[i:i+end+1], body[0])
		}
		rest := body[1:]
		k := 0
		for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
			k++
		}
		if k > 0 {
			if n, err := strconv.Atoi(rest[:k]); err != nil || n == 0 {
				return fmt.Sprintf("bad macro %q: the number of parts must be at least 1 (RFC 7208 §7.3)", s[i:i+end+1])
			}
		}
		rest = rest[k:]
		if rest != "" && (rest[0] == 'r' || rest[0] == 'R') {
			rest = rest[1:]
		}
		for _, c := range []byte(rest) {
			if !strings.ContainsRune(".-+,/_=", rune(c)) {
				return fmt.Sprintf("bad macro %q: %q is not a transformer or delimiter (digits, r, then . - + , / _ =)", s[i:i+end+1], c)
			}
		}
		i += end
	}
	return ""
}

// HasMacro reports whether a domain-spec contains a macro-expand, so that
// its target is known only at evaluation time.
func HasMacro(s string) bool { return strings.Contains(s, "%{") }
