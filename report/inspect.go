package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/smtpgw/smtpgw/inspect"
)

// InspectOptions tune WriteInspect.
type InspectOptions struct {
	Color   bool
	Verbose bool // show passing findings and all evidence
	Width   int  // terminal width; 0 means 80
}

// WriteInspect renders smtpgw inspect's result for a person: the message,
// its DKIM signatures, the receiver's verdict, ARC, the Received: path with
// the delays between hops, then the findings worst first. Every line fits
// the width.
func WriteInspect(w io.Writer, r *inspect.Result, o InspectOptions) error {
	st := NewStyles(w, o.Color)
	width := o.Width
	if width <= 0 {
		width = 80
	}
	width = max(width, 40)
	fit := func(s string) string { return ansi.Truncate(s, width, "…") }
	var b strings.Builder
	line := func(format string, a ...any) { b.WriteString(fit(fmt.Sprintf(format, a...)) + "\n") }
	wrap := func(format string, a ...any) { b.WriteString(fitLines(fmt.Sprintf(format, a...), width)) }
	line("%s %s", st.Status(Worst(r.Findings)), st.Bold.Render("From: "+r.From))
	for _, kv := range [][2]string{{"Subject", r.Subject}, {"Date", r.Date}, {"Message-ID", r.MessageID}, {"Return-Path", r.ReturnPath}} {
		if kv[1] != "" {
			line("  %s %s", st.Dim.Render(kv[0]+":"), kv[1])
		}
	}
	if r.HeadersOnly {
		line("  %s", st.Dim.Render("headers only: no body given, body hashes cannot be checked"))
	}
	b.WriteString("\n" + st.Title.Render("DKIM (verified now)") + "\n")
	if len(r.Signatures) == 0 {
		line("  none")
	}
	for _, s := range r.Signatures {
		key := s.Algorithm
		if s.KeyBits > 0 {
			key += fmt.Sprintf(" %d-bit", s.KeyBits)
		}
		line("  %-10s d=%s s=%s %s", s.Result, s.Domain, s.Selector, key)
		extra := []string{"h=" + strings.Join(s.SignedHeaders, ":")}
		if s.BodyLength != nil {
			extra = append(extra, fmt.Sprintf("l=%d (risk: unsigned content may follow)", *s.BodyLength))
		}
		if s.FromOversign {
			extra = append(extra, "From oversigned")
		}
		for _, e := range extra {
			line("             %s", st.Dim.Render(e))
		}
		if s.Why != "" {
			b.WriteString(fitLines(strings.Repeat(" ", 13)+s.Why, width))
		}
	}
	b.WriteString("\n" + st.Title.Render("Receiver's verdict (Authentication-Results)") + "\n")
	if len(r.AuthResults) == 0 {
		line("  none recorded")
	}
	for i, ar := range r.AuthResults {
		tag := ""
		if i == 0 {
			tag = " (newest: the receiving hop)"
		}
		line("  %s%s", ar.AuthServID, st.Dim.Render(tag))
		for _, x := range ar.Results {
			line("    %-6s %-9s %s", x.Method, x.Result, x.Detail)
		}
		if ar.Err != "" {
			line("    %s", st.Dim.Render("unparsed: "+ar.Err))
		}
	}
	if a := r.Auth; a != nil {
		b.WriteString("\n" + st.Title.Render("Checked now at the hop into the receiver") + "\n")
		src := ""
		if a.MailFromSource != "Return-Path" {
			src = " (from " + a.MailFromSource + ")"
		}
		wrap("  %s", st.Dim.Render(fmt.Sprintf("client %s  HELO %s", a.IP, a.HELO)))
		wrap("  %s", st.Dim.Render(fmt.Sprintf("MAIL FROM <%s>%s", a.MailFrom, src)))
		rcv := map[string]string{}
		if len(r.AuthResults) > 0 {
			for _, x := range r.AuthResults[0].Results {
				if _, ok := rcv[x.Method]; !ok {
					rcv[x.Method] = x.Result
				}
			}
		}
		was := func(m string) string {
			if v, ok := rcv[m]; ok {
				return st.Dim.Render("  (receiver: " + v + ")")
			}
			return ""
		}
		if a.SPF != nil {
			why := a.SPF.Domain
			if a.SPF.Reason != "" {
				why += " (" + a.SPF.Reason + ")"
			}
			wrap("    %-6s %-9s %s%s", "spf", a.SPF.Result, why, was("spf"))
		}
		if v := a.DMARC; v != nil {
			pol := "header.from=" + v.FromDomain
			if v.Published != "" {
				pol += " " + v.PolicyTag + "=" + v.Published
			}
			if v.Result == "fail" {
				pol += " → " + v.Disposition
			}
			wrap("    %-6s %-9s %s%s", "dmarc", v.Result, pol, was("dmarc"))
			for _, id := range v.IDs {
				al := "not aligned"
				if id.Aligned {
					al = "aligned"
				}
				wrap("             %s", st.Dim.Render(fmt.Sprintf("%s %s=%s %s (%s)", id.Method, id.Domain, id.Result, al, map[string]string{"r": "relaxed", "s": "strict"}[id.Mode])))
			}
		}
		if rd := a.ReverseDNS; rd != nil {
			res, what := "fail", "no PTR"
			switch {
			case rd.Err != "":
				res, what = "temperror", rd.Err
			case rd.Confirmed != "":
				res, what = "pass", rd.Confirmed+" (forward-confirmed)"
			case len(rd.PTR) > 0:
				what = rd.PTR[0] + " (does not resolve back)"
			}
			wrap("    %-6s %-9s %s%s", "iprev", res, what, was("iprev"))
		}
	}
	if len(r.ARC) > 0 {
		b.WriteString("\n" + st.Title.Render("ARC (validated now): "+r.ARCResult) + "\n")
		for _, a := range r.ARC {
			line("  i=%s cv=%-4s d=%s  seal %s, message signature %s", a.Instance, a.CV, a.Domain, orWord(a.SealResult, "unchecked"), orWord(a.SigResult, "unchecked"))
			if a.Results != "" {
				b.WriteString(fitLines(st.Dim.Render("         saw: "+a.Results), width))
			}
		}
		if r.ARCResult != "pass" && r.ARCReason != "" {
			b.WriteString(fitLines("  "+r.ARCReason, width))
		}
	}
	if len(r.Filters) > 0 {
		b.WriteString("\n" + st.Title.Render("Spam filters") + "\n")
		for _, v := range r.Filters {
			verdict := v.Spam
			if verdict == "" {
				verdict = "no verdict"
			}
			score := ""
			if v.Score != "" {
				score = "  score " + v.Score
			}
			line("  %s: %s%s", v.Name, verdict, score)
			n := 0
			for _, it := range v.Items {
				if !o.Verbose && n >= 6 {
					line("    %s", st.Dim.Render(fmt.Sprintf("… %d more (-v)", len(v.Items)-n)))
					break
				}
				n++
				name := it.Name
				if it.Value != "" {
					name += "=" + it.Value
				}
				if it.Score != "" {
					name += " (" + it.Score + ")"
				}
				txt := "    " + name
				if it.Meaning != "" {
					txt += "  " + st.Dim.Render(it.Meaning)
				}
				b.WriteString(fitLines(txt, width))
			}
		}
	}
	b.WriteString("\n" + st.Title.Render("Path (oldest first)") + "\n")
	if len(r.Hops) == 0 {
		line("  no Received: fields")
	}
	slowest := -1
	for i, h := range r.Hops {
		if h.DelaySeconds != nil && !h.Skew && (slowest < 0 || *h.DelaySeconds > *r.Hops[slowest].DelaySeconds) {
			slowest = i
		}
	}
	for i, h := range r.Hops {
		delay := ""
		if h.DelaySeconds != nil {
			delay = "  +" + (time.Duration(*h.DelaySeconds) * time.Second).String()
			if h.Skew {
				delay += " SKEW"
			}
		}
		tls := "no TLS"
		if h.TLS {
			tls = "TLS"
		}
		mark := "  "
		if i == r.Entry {
			mark = "→ "
		}
		when := h.DateText
		if !h.Time.IsZero() {
			when = h.Time.UTC().Format("Jan 2 15:04:05Z")
		}
		row := fmt.Sprintf("%s%d. %s → %s  %s %s  %s%s", mark, i+1, hopFrom(h), h.By, h.With, tls, when, delay)
		if i == slowest && len(r.Hops) > 2 {
			row += " (slowest)"
		}
		wrap("%s", row)
	}
	if r.TransitSeconds != nil {
		line("  total transit %s; → marks the hop into the receiver", time.Duration(*r.TransitSeconds)*time.Second)
	}
	b.WriteString("\n")
	var fb strings.Builder
	if err := WriteText(&fb, r.Findings, TextOptions{Color: o.Color, Verbose: o.Verbose, HidePass: !o.Verbose}); err != nil {
		return err
	}
	b.WriteString(fitLines(fb.String(), width))
	_, err := io.WriteString(w, b.String())
	return err
}

// fitLines word-wraps every line of s to width columns (ANSI-aware);
// continuation lines keep the line's indentation plus two spaces, or five
// for a finding's first line.
func fitLines(s string, width int) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		if ansi.StringWidth(l) <= width {
			b.WriteString(l + "\n")
			continue
		}
		body := strings.TrimLeft(l, " ")
		ind := len(l) - len(body)
		cont := ind + 2
		if ind == 0 {
			cont = 5
		}
		limit := max(width-cont, 20)
		parts := strings.Split(ansi.Wrap(body, limit, " "), "\n")
		for i, p := range parts {
			pad := cont
			if i == 0 {
				pad = ind
			}
			b.WriteString(strings.Repeat(" ", pad) + strings.TrimLeft(p, " ") + "\n")
		}
	}
	return b.String()
}

func hopFrom(h inspect.Hop) string {
	s := h.From
	if h.FromIP != "" {
		s += " [" + h.FromIP + "]"
	}
	if s == "" {
		return "?"
	}
	return s
}

func orWord(s, w string) string {
	if s == "" {
		return w
	}
	return s
}
