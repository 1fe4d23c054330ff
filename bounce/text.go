package bounce

import (
	"strings"
)

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func equalFold(a, b string) bool { return strings.EqualFold(a, b) }

// collapseSpace joins lines and runs of white space into single spaces.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// validStatus reports an enhanced status code "c.sss.ddd" with c 2, 4 or 5.
func validStatus(s string) bool {
	if len(s) < 5 || (s[0] != '2' && s[0] != '4' && s[0] != '5') || s[1] != '.' {
		return false
	}
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) == 0 || len(p) > 3 {
			return false
		}
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return false
			}
		}
	}
	return true
}

// isAddr reports whether s looks like one e-mail address: local@domain,
// no white space, no second @ outside a quoted local part.
func isAddr(s string) bool {
	at := strings.LastIndexByte(s, '@')
	if at < 1 || at == len(s)-1 || len(s) > 320 {
		return false
	}
	if strings.ContainsAny(s, " \t<>()[],;:\"") && !strings.HasPrefix(s, "\"") {
		return false
	}
	dom := s[at+1:]
	return !strings.ContainsAny(dom, "@/\\") && !strings.HasPrefix(dom, ".") && !strings.HasSuffix(dom, "..")
}

// cleanAddr strips what surrounds an address in a report: "rfc822;",
// angle brackets, quotes, trailing punctuation.
func cleanAddr(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ';'); i >= 0 && i < 12 && !strings.Contains(s[:i], "@") {
		s = strings.TrimSpace(s[i+1:])
	}
	if i := strings.IndexByte(s, '<'); i >= 0 {
		if j := strings.IndexByte(s[i:], '>'); j > 0 {
			s = s[i+1 : i+j]
		}
	}
	s = strings.Trim(s, "<>\"'.,:;()[] \t")
	// "user"@domain: a quoted local part that needs no quotes is written
	// without them (RFC 5321 §4.1.2), as the other reports write it.
	if at := strings.LastIndexByte(s, '@'); at > 0 && strings.HasSuffix(s[:at], "\"") {
		if local := strings.TrimSuffix(s[:at], "\""); !strings.ContainsAny(local, "\" \\@,;<>()[]:") {
			s = local + s[at:]
		}
	}
	return s
}

// addrIn returns the first address in s: an <...@...> token, else a word
// that is an address.
func addrIn(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		if a := strings.TrimSpace(s[i+1 : i+j]); isAddr(strings.TrimPrefix(lowerASCII(a), "mailto:")) {
			return strings.TrimPrefix(strings.TrimPrefix(a, "mailto:"), "MAILTO:")
		}
	}
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "<>\"'.,:;()[]")
		w = strings.TrimPrefix(w, "mailto:")
		if isAddr(w) && strings.Contains(w[strings.LastIndexByte(w, '@'):], ".") {
			return w
		}
	}
	return ""
}

// indentOf returns the number of leading spaces (a tab counts as 8).
func indentOf(s string) int {
	n := 0
	for _, c := range s {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 8
		default:
			return n
		}
	}
	return n
}

// htmlToText is a crude tag stripper for HTML-only reports.
func htmlToText(s string) string {
	var b strings.Builder
	in := false
	low := lowerASCII(s)
	skip := ""
	for i := 0; i < len(s); i++ {
		if skip != "" {
			if strings.HasPrefix(low[i:], skip) {
				i += len(skip) - 1
				skip = ""
			}
			continue
		}
		c := s[i]
		switch {
		case c == '<':
			in = true
			rest := low[i:min(i+7, len(s))]
			switch {
			case strings.HasPrefix(rest, "<style"):
				skip = "</style>"
			case strings.HasPrefix(rest, "<script"):
				skip = "</script>"
			case strings.HasPrefix(rest, "<br") || strings.HasPrefix(rest, "<p") || strings.HasPrefix(rest, "</p") || strings.HasPrefix(rest, "<div") || strings.HasPrefix(rest, "</div") || strings.HasPrefix(rest, "<tr") || strings.HasPrefix(rest, "<li") || strings.HasPrefix(rest, "</h") || strings.HasPrefix(rest, "</td"):
				b.WriteByte('\n')
			}
		case c == '>':
			in = false
		case !in:
			b.WriteByte(c)
		}
	}
	r := strings.NewReplacer("&#39;", "'", "&apos;", "'", "&quot;", "\"", "&lt;", "<", "&gt;", ">", "&nbsp;", " ", "&#160;", " ", "&amp;", "&")
	return r.Replace(b.String())
}
