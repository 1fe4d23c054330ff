package inspect

import (
	"net"
	"net/mail"
	"strings"
	"time"
)

// Hop is one Received: field (RFC 5321 §4.4), oldest first in Result.Hops.
type Hop struct {
	From     string    `json:"from,omitempty"`      // the name the client gave (HELO) or the from-clause host
	FromIP   string    `json:"from_ip,omitempty"`   // the connecting address, from [brackets] in the from clause
	FromRDNS string    `json:"from_rdns,omitempty"` // the reverse name the receiver recorded, when any
	By       string    `json:"by,omitempty"`
	With     string    `json:"with,omitempty"` // protocol: ESMTP, ESMTPS, ESMTPSA, LMTP, HTTP ...
	TLS      bool      `json:"tls"`            // with ESMTPS/ESMTPSA/UTF8SMTPS... (RFC 3848), or a TLS comment
	TLSInfo  string    `json:"tls_info,omitempty"`
	ID       string    `json:"id,omitempty"`
	For      string    `json:"for,omitempty"`
	Time     time.Time `json:"time,omitzero"`
	DateText string    `json:"date,omitempty"` // as written
	BadDate  bool      `json:"bad_date,omitempty"`
	// Delay is the time since the previous (older) hop; negative when the
	// clocks disagree (Skew).
	DelaySeconds *float64 `json:"delay_seconds,omitempty"`
	Skew         bool     `json:"clock_skew,omitempty"`
	Raw          string   `json:"raw"`
}

// ParseReceived parses one Received: field value. It never fails: what it
// cannot place is left empty, and the raw value is kept.
func ParseReceived(v string) Hop {
	h := Hop{Raw: v}
	clauses := v
	if i := strings.LastIndexByte(v, ';'); i >= 0 {
		clauses, h.DateText = v[:i], strings.TrimSpace(v[i+1:])
		if t, err := mail.ParseDate(h.DateText); err == nil {
			h.Time = t
		} else {
			h.BadDate = true
		}
	}
	var comments []string
	key := ""
	toks := tokenize(clauses)
	for _, t := range toks {
		if strings.HasPrefix(t, "(") {
			c := strings.TrimSpace(strings.Trim(t, "()"))
			comments = append(comments, c)
			if key == "from" {
				h.fromComment(c)
			}
			continue
		}
		switch lt := strings.ToLower(t); lt {
		case "from", "by", "via", "with", "id", "for":
			key = lt
			continue
		}
		switch key {
		case "from":
			if h.From == "" {
				h.From = t
			}
		case "by":
			if h.By == "" {
				h.By = t
			}
		case "with":
			if h.With == "" {
				h.With = t
			}
		case "id":
			if h.ID == "" {
				h.ID = t
			}
		case "for":
			if h.For == "" {
				h.For = strings.Trim(t, "<>;")
			}
		}
	}
	if ip := bracketIP(h.From); ip != "" && h.FromIP == "" {
		h.FromIP = ip
	}
	w := strings.ToUpper(h.With)
	switch w {
	case "ESMTPS", "ESMTPSA", "UTF8SMTPS", "UTF8SMTPSA", "LMTPS", "LMTPSA":
		h.TLS = true
	}
	for _, c := range comments {
		u := strings.ToUpper(c)
		if strings.Contains(u, "TLS") && (strings.Contains(u, "VERSION") || strings.Contains(u, "CIPHER") || strings.Contains(u, "USING TLS")) {
			h.TLSInfo = c
			h.TLS = true
			break
		}
	}
	return h
}

// fromComment reads the comment after the from clause:
// "(mail.example.test [192.0.2.1])", "(unknown [192.0.2.1])", "([192.0.2.1])".
func (h *Hop) fromComment(c string) {
	if h.FromIP == "" {
		h.FromIP = bracketIP(c)
	}
	if h.FromRDNS == "" {
		f := strings.Fields(c)
		if len(f) > 0 && !strings.HasPrefix(f[0], "[") && strings.Contains(f[0], ".") && !strings.Contains(f[0], "=") {
			h.FromRDNS = strings.TrimSuffix(f[0], ".")
		}
	}
}

// bracketIP returns the address in the first [brackets] of s ("IPv6:" prefix allowed).
func bracketIP(s string) string {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return ""
	}
	a := strings.TrimPrefix(strings.TrimPrefix(s[i+1:i+j], "IPv6:"), "ipv6:")
	if ip := net.ParseIP(a); ip != nil {
		return ip.String()
	}
	return ""
}

// tokenize splits a Received: clause list into words and (comments),
// nested comments kept whole. Bounded: at most 256 tokens.
func tokenize(s string) []string {
	var out []string
	for i := 0; i < len(s) && len(out) < 256; {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			i++
		case c == '(':
			depth, j := 0, i
			for ; j < len(s); j++ {
				if s[j] == '\\' {
					j++
					continue
				}
				if s[j] == '(' {
					depth++
				} else if s[j] == ')' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			end := min(j+1, len(s))
			out = append(out, s[i:end])
			i = end
		default:
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '(' {
				j++
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out
}

// path orders the Received: fields oldest first and fills in the delays.
func path(received []string) []Hop {
	hops := make([]Hop, len(received))
	for i, v := range received {
		hops[len(received)-1-i] = ParseReceived(v)
	}
	var prev time.Time
	for i := range hops {
		if hops[i].Time.IsZero() {
			continue
		}
		if !prev.IsZero() {
			d := hops[i].Time.Sub(prev).Seconds()
			hops[i].DelaySeconds = &d
			hops[i].Skew = d < 0
		}
		prev = hops[i].Time
	}
	return hops
}
