package spf

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// expand expands the macros of a domain-spec or, with exp set, of an
// explanation string (RFC 7208 §7). domain is the current <domain>.
func (e *evaluator) expand(s, domain string, exp bool) (string, error) {
	if !strings.Contains(s, "%") {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(s) {
			return "", fmt.Errorf(`bad macro: "%%" at the end of %q`, s)
		}
		switch s[i+1] {
		case '%':
			b.WriteByte('%')
			i++
			continue
		case '_':
			b.WriteByte(' ')
			i++
			continue
		case '-':
			b.WriteString("%20")
			i++
			continue
		case '{':
		default:
			return "", fmt.Errorf(`bad macro "%%%c" in %q (RFC 7208 §7.1)`, s[i+1], s)
		}
		end := strings.IndexByte(s[i:], '}')
		if end < 0 {
			return "", fmt.Errorf(`bad macro: "%%{" without "}" in %q`, s)
		}
		body := s[i+2 : i+end]
		i += end
		if body == "" {
			return "", fmt.Errorf(`bad macro "%%{}" in %q`, s)
		}
		v, err := e.macro(body, domain, exp)
		if err != nil {
			return "", err
		}
		b.WriteString(v)
	}
	return b.String(), nil
}

// macro expands one macro-expand body: letter, transformers, delimiters.
func (e *evaluator) macro(body, domain string, exp bool) (string, error) {
	letter := body[0]
	lower := letter | 0x20
	if !isAlpha(letter) || !strings.ContainsRune("slodiphvcrt", rune(lower)) {
		return "", fmt.Errorf("bad macro %%{%s}: unknown letter %q (RFC 7208 §7.2)", body, letter)
	}
	if !exp && strings.ContainsRune("crt", rune(lower)) {
		return "", fmt.Errorf("bad macro %%{%s}: %q only in explanations (RFC 7208 §7.2)", body, letter)
	}
	rest := body[1:]
	k := 0
	for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
		k++
	}
	keep := 0
	if k > 0 {
		n, err := strconv.Atoi(rest[:k])
		if err != nil || n == 0 {
			return "", fmt.Errorf("bad macro %%{%s}: the number of parts must be at least 1 (RFC 7208 §7.3)", body)
		}
		keep = n
	}
	rest = rest[k:]
	reverse := false
	if rest != "" && (rest[0] == 'r' || rest[0] == 'R') {
		reverse = true
		rest = rest[1:]
	}
	for _, c := range []byte(rest) {
		if !strings.ContainsRune(".-+,/_=", rune(c)) {
			return "", fmt.Errorf("bad macro %%{%s}: %q is not a delimiter (RFC 7208 §7.1)", body, c)
		}
	}
	delims := rest
	if delims == "" {
		delims = "."
	}

	var v string
	switch lower {
	case 's':
		v = e.local + "@" + e.senderDomain
	case 'l':
		v = e.local
	case 'o':
		v = e.senderDomain
	case 'd':
		v = domain
	case 'i':
		v = dottedIP(e)
	case 'p':
		v = e.validatedName(domain)
	case 'v':
		v = "ip6"
		if e.ip.Is4() {
			v = "in-addr"
		}
	case 'h':
		v = e.ev.HELO
	case 'c':
		v = e.ip.String()
	case 'r':
		v = "unknown" // §7.2: the receiving host's name, when not known
	case 't':
		v = strconv.FormatInt(time.Now().Unix(), 10)
	}

	if k > 0 || reverse || rest != "" {
		parts := splitAny(v, delims)
		if reverse {
			for a, z := 0, len(parts)-1; a < z; a, z = a+1, z-1 {
				parts[a], parts[z] = parts[z], parts[a]
			}
		}
		if keep > 0 && keep < len(parts) {
			parts = parts[len(parts)-keep:]
		}
		v = strings.Join(parts, ".")
	}
	if letter >= 'A' && letter <= 'Z' {
		v = urlEscape(v)
	}
	return v, nil
}

func splitAny(s, delims string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(delims, s[i]) >= 0 {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// dottedIP is the "i" macro: dotted quad, or dot-separated nibbles for
// IPv6 (§7.3). Nibbles are written in upper case, as the reference
// implementation does; DNS compares names case-insensitively.
func dottedIP(e *evaluator) string {
	if e.ip.Is4() {
		return e.ip.String()
	}
	const hex = "0123456789ABCDEF"
	b16 := e.ip.As16()
	parts := make([]string, 0, 32)
	for _, c := range b16 {
		parts = append(parts, string(hex[c>>4]), string(hex[c&0xf]))
	}
	return strings.Join(parts, ".")
}

// urlEscape escapes every character outside the URI unreserved set (RFC
// 3986 §2.3), for upper-case macro letters (§7.3).
func urlEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isAlpha(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

// validatedName is the "p" macro (§7.3): a validated host name of the
// client, preferring <domain> itself, then a subdomain of it; "unknown"
// when there is none.
func (e *evaluator) validatedName(domain string) string {
	if !e.ptrDone {
		e.ptrNames, e.ptrDone = e.validatedNames(), true
	}
	for _, n := range e.ptrNames {
		if strings.EqualFold(n, domain) {
			return n
		}
	}
	for _, n := range e.ptrNames {
		if hasSuffixFold(n, "."+domain) {
			return n
		}
	}
	if len(e.ptrNames) > 0 {
		return e.ptrNames[0]
	}
	return "unknown"
}
