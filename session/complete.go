package session

import (
	"sort"
	"strings"
)

// Completions returns the commands a line typed so far may become: meta
// commands after ":", else the commands this server offered in its EHLO
// reply first (STARTTLS, AUTH with its mechanisms, BDAT, ...), then the
// SMTP verbs, then MAIL FROM parameters of offered extensions.
func (s *Session) Completions(line string) []string {
	var c []string
	if strings.HasPrefix(line, ":") {
		c = append(c, ":help", ":starttls", ":auth plain ", ":auth login ", ":auth cram-md5 ", ":auth xoauth2 ", ":data ", ":send --to ", ":pipeline ", ":raw ", ":explain ", ":save ", ":reconnect", ":quit")
		return filter(c, line)
	}
	ext := s.ext
	upper := strings.ToUpper(line)
	if strings.HasPrefix(upper, "MAIL FROM:<") && strings.Contains(line, ">") {
		// Parameters of offered extensions (RFC 1870, 6152, 6531, 8689, 3461).
		base := line[:strings.LastIndex(line, " ")+1]
		if !strings.HasSuffix(line, " ") && !strings.Contains(line[strings.Index(line, ">"):], " ") {
			base = line + " "
		}
		params := map[string]string{"SIZE": "SIZE=", "8BITMIME": "BODY=8BITMIME", "SMTPUTF8": "SMTPUTF8", "REQUIRETLS": "REQUIRETLS", "DSN": "RET=HDRS"}
		var ps []string
		for kw, p := range params {
			if ext.Has(kw) {
				ps = append(ps, base+p)
			}
		}
		sort.Strings(ps)
		return filter(ps, line)
	}
	if ext.Has("STARTTLS") {
		c = append(c, "STARTTLS")
	}
	for _, m := range ext.AuthMechanisms() {
		c = append(c, "AUTH "+m)
	}
	for _, kw := range []string{"CHUNKING:BDAT ", "VRFY:VRFY ", "ETRN:ETRN ", "XCLIENT:XCLIENT ", "HELP:HELP"} {
		k, v, _ := strings.Cut(kw, ":")
		if ext.Has(k) {
			c = append(c, v)
		}
	}
	for _, v := range SMTPVerbs {
		if !contains(c, v) && !contains(c, v+" ") {
			c = append(c, v)
		}
	}
	return filter(c, line)
}

func filter(c []string, prefix string) []string {
	var out []string
	for _, x := range c {
		if len(x) >= len(prefix) && strings.EqualFold(x[:len(prefix)], prefix) {
			out = append(out, x)
		}
	}
	return out
}
