package report

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/smtpgw/smtpgw/probe"
)

// ProbeView turns a probe target's result into what the terminal renderer shows: the
// MX records, target-wide findings and a panel per host.
func ProbeView(tr *probe.TargetResult) ProbeDoc {
	d := ProbeDoc{Title: tr.Target.Input}
	type panelKey struct{ host, addr string }
	var order []panelKey
	panels := map[panelKey]*ProbePanel{}
	panel := func(k panelKey, sub string) *ProbePanel {
		if p, ok := panels[k]; ok {
			return p
		}
		title := k.host
		if title == "" && k.addr != tr.Target.Addr {
			// An address target's own panel has no title: the heading
			// above it already names the address.
			title = k.addr
		}
		p := &ProbePanel{Title: title, Subtitle: sub}
		panels[k] = p
		order = append(order, k)
		return p
	}
	if tr.MX != nil {
		switch {
		case tr.MX.Null:
			d.Lines = append(d.Lines, "null MX: accepts no mail")
		case tr.MX.Implicit:
			d.Lines = append(d.Lines, "no MX: implicit MX "+tr.MX.Domain)
		}
		if l := mxDNSSEC(tr.MX); l != "" {
			d.Lines = append(d.Lines, l)
		}
		if tr.MX.Error != "" {
			d.Lines = append(d.Lines, "MX lookup failed: "+tr.MX.Error)
		}
		for _, h := range tr.MX.Hosts {
			addrs := strings.Join(h.Addrs, ", ")
			if addrs == "" {
				addrs = "no address"
			}
			pref := fmt.Sprintf("MX %d", h.Preference)
			if tr.MX.Implicit {
				pref = "implicit MX"
			}
			d.Lines = append(d.Lines, fmt.Sprintf("%s %s  %s", pref, h.Name, addrs))
			panel(panelKey{host: h.Name}, pref+" · "+addrs)
		}
	}
	for _, c := range tr.Connections {
		k := panelKey{host: c.Target.Host}
		if k.host == "" {
			k.addr = c.Target.Addr
		}
		p := panel(k, "")
		p.Rows = append(p.Rows, rowOf(c))
		var lines []string
		for _, l := range c.Transcript {
			lines = append(lines, cleanText(l.String()))
		}
		p.Transcripts = append(p.Transcripts, ProbeTranscript{Title: c.Target.String(), Lines: lines})
	}
	for _, f := range tr.Findings {
		f = cleanFinding(f)
		if f.Target.Host == "" && f.Target.Port == 0 {
			d.Findings = append(d.Findings, f)
			continue
		}
		k := panelKey{host: f.Target.Host}
		if k.host == "" {
			k.addr = f.Target.Addr
		}
		p := panel(k, "")
		p.Findings = append(p.Findings, f)
	}
	for _, k := range order {
		p := panels[k]
		if p.Subtitle == "" && len(p.Rows) > 0 {
			seen := map[string]bool{}
			var addrs []string
			for _, r := range p.Rows {
				if !seen[r.Addr] {
					seen[r.Addr] = true
					addrs = append(addrs, r.Addr)
				}
			}
			if k.host != "" {
				p.Subtitle = strings.Join(addrs, ", ")
			}
		}
		d.Panels = append(d.Panels, *p)
	}
	return d
}

// mxDNSSEC is the header line saying what the MX answer tells about
// DNSSEC, in the terms of resolver.Answer.DNSSEC but short: an
// authoritative --resolver never validates, so its missing AD bit is not
// called "not validated" as a recursive resolver's is. "" when the lookup
// failed (dns.error says why).
func mxDNSSEC(m *probe.MXSet) string {
	a := m.Answer
	switch {
	case m.Error != "":
		return ""
	case a == nil || a.Msg == nil:
		if m.Authenticated {
			return "MX answer: DNSSEC-validated (AD bit from the resolver)"
		}
		return ""
	case a.Authenticated:
		return "MX answer: DNSSEC-validated (AD bit from the resolver)"
	case a.FromAuthoritative() && a.Signed():
		return "MX answer: signed (RRSIG), not validated (authoritative server " + a.Server + ": no validation)"
	case a.FromAuthoritative():
		return "MX answer: not signed (authoritative server " + a.Server + " sent no RRSIG)"
	case a.Signed():
		return "MX answer: signed (RRSIG) but not validated (no AD bit from the resolver " + a.Server + ")"
	default:
		return "MX answer: not DNSSEC-validated (no AD bit, no RRSIG)"
	}
}

// clean makes server-controlled text safe for a terminal: control
// characters (ESC, CR, BEL, C1 controls) and invalid UTF-8 are shown as
// escapes instead of being interpreted by the terminal.
func cleanText(s string) string {
	ok := true
	for _, r := range s {
		if r == utf8.RuneError || r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			fmt.Fprintf(&b, "\\x%02x", s[i])
		case r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0:
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func cleanAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = cleanText(s)
	}
	return out
}

func cleanFinding(f Finding) Finding {
	f.Summary, f.Detail = cleanText(f.Summary), cleanText(f.Detail)
	f.Evidence = cleanAll(f.Evidence)
	return f
}

func rowOf(c *probe.Connection) ProbeRow {
	r := ProbeRow{
		Port:       strconv.Itoa(c.Target.Port),
		Addr:       c.Target.Addr,
		Greeting:   "—",
		TLS:        "—",
		CertDays:   "—",
		AuthBefore: "—",
		AuthAfter:  "—",
		Extensions: "—",
		Status:     Worst(c.Findings),
	}
	if !c.Connected {
		r.Reachable = c.ConnectErrorKind
		return r
	}
	r.Reachable = c.ConnectTime.Short()
	switch {
	case c.Greeting != nil:
		r.Greeting = fmt.Sprintf("%d %s", c.Greeting.Code, c.GreetingTime.Short())
	case c.Stage == "greeting":
		r.Greeting = "none"
	}
	switch {
	case c.TLS != nil:
		r.TLS = c.TLS.Version
		if len(c.TLS.Chain) > 0 {
			r.CertDays = strconv.Itoa(c.TLS.DaysLeft)
		}
	case c.TLSError != "":
		r.TLS = "failed"
	case c.Mode != probe.ModeSubmissions && c.EHLO != nil && !c.STARTTLSOffered:
		r.TLS = "none"
	}
	if len(c.AuthBeforeTLS) > 0 {
		r.AuthBefore = cleanText(strings.Join(c.AuthBeforeTLS, " "))
	}
	if len(c.AuthAfterTLS) > 0 {
		r.AuthAfter = cleanText(strings.Join(c.AuthAfterTLS, " "))
	}
	ext := c.ExtensionsAfterTLS
	if ext == nil {
		ext = c.Extensions
	}
	if len(ext) > 0 {
		m := map[string]string{}
		for k, v := range ext {
			if k != "AUTH" && k != "STARTTLS" {
				m[k] = v
			}
		}
		r.Extensions = cleanText(probe.KeyExtensions(m, 4))
	}
	return r
}
