package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/inspect"
)

// WriteInspectMarkdown renders smtpgw inspect's result as GitHub-flavoured
// Markdown for a ticket: the message, the DKIM signatures, the receiver's
// verdict beside ours now, the spam filters' verdicts, the path, then the
// findings as WriteMarkdown writes them. Everything taken from the message
// is escaped (no HTML, no line breaks, no table breaks).
func WriteInspectMarkdown(w io.Writer, r *inspect.Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s smtpgw inspect: %s\n\n", Emoji(Worst(r.Findings)), mdEscape(orWord(r.Subject, "(no subject)")))
	b.WriteString("| Field | Value |\n|---|---|\n")
	for _, kv := range [][2]string{{"From", r.From}, {"Subject", r.Subject}, {"Date", r.Date}, {"Message-ID", r.MessageID}, {"Return-Path", r.ReturnPath}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "| %s | %s |\n", kv[0], mdCell(kv[1]))
		}
	}
	if r.HeadersOnly {
		b.WriteString("| Input | headers only: body hashes cannot be checked |\n")
	}

	b.WriteString("\n### DKIM (verified now)\n\n")
	if len(r.Signatures) == 0 {
		b.WriteString("No DKIM-Signature.\n")
	} else {
		b.WriteString("| Result | Domain | Selector | Algorithm | Key | Signed headers | Why |\n|---|---|---|---|---|---|---|\n")
		for _, s := range r.Signatures {
			key := ""
			if s.KeyBits > 0 {
				key = fmt.Sprintf("%d-bit %s", s.KeyBits, s.KeyType)
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", mdCell(s.Result), mdCell(s.Domain), mdCell(s.Selector), mdCell(s.Algorithm), key, mdCell(strings.Join(s.SignedHeaders, ":")), mdCell(s.Why))
		}
	}

	b.WriteString("\n### Authentication: the receiver at delivery, and now\n\n")
	rcv := map[string]string{}
	if len(r.AuthResults) > 0 {
		fmt.Fprintf(&b, "Receiver: `%s` (the newest Authentication-Results).\n\n", strings.ReplaceAll(r.AuthResults[0].AuthServID, "`", ""))
		for _, x := range r.AuthResults[0].Results {
			if _, ok := rcv[x.Method]; !ok {
				rcv[x.Method] = strings.TrimSpace(x.Result + " " + x.Detail)
			}
		}
	}
	b.WriteString("| Method | Receiver | Now |\n|---|---|---|\n")
	dkimNow := "none"
	for _, s := range r.Signatures {
		if dkimNow == "none" || s.Result == "pass" {
			dkimNow = s.Result + " d=" + s.Domain
		}
	}
	now := map[string]string{"dkim": dkimNow}
	if a := r.Auth; a != nil {
		if a.SPF != nil {
			now["spf"] = fmt.Sprintf("%s for %s from %s (%s)", a.SPF.Result, a.SPF.Domain, a.IP, a.SPF.Reason)
		}
		if v := a.DMARC; v != nil {
			now["dmarc"] = v.Result + " header.from=" + v.FromDomain
			if v.Published != "" {
				now["dmarc"] += " " + v.PolicyTag + "=" + v.Published
			}
			if v.Result == "fail" {
				now["dmarc"] += ", disposition " + v.Disposition
			}
		}
		if rd := a.ReverseDNS; rd != nil {
			switch {
			case rd.Err != "":
				now["iprev"] = "temperror " + rd.Err
			case rd.Confirmed != "":
				now["iprev"] = "pass " + rd.Confirmed
			case len(rd.PTR) > 0:
				now["iprev"] = "fail: PTR " + rd.PTR[0] + " does not resolve back"
			default:
				now["iprev"] = "fail: no PTR"
			}
		}
	}
	if len(r.ARC) > 0 {
		now["arc"] = r.ARCResult
	}
	for _, m := range []string{"spf", "dkim", "dmarc", "arc", "iprev"} {
		if rcv[m] == "" && now[m] == "" {
			continue
		}
		fmt.Fprintf(&b, "| %s | %s | %s |\n", strings.ToUpper(m), mdCell(orWord(rcv[m], "—")), mdCell(orWord(now[m], "—")))
	}

	if len(r.Filters) > 0 {
		b.WriteString("\n### Spam filters\n\n| Filter | Verdict | Score | Fields and rules |\n|---|---|---|---|\n")
		for _, v := range r.Filters {
			var items []string
			for _, it := range v.Items {
				s := it.Name
				if it.Value != "" {
					s += "=" + it.Value
				}
				if it.Score != "" {
					s += " (" + it.Score + ")"
				}
				if it.Meaning != "" {
					s += ": " + it.Meaning
				}
				items = append(items, s)
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", mdCell(v.Name), mdCell(orWord(v.Spam, "—")), mdCell(v.Score), strings.Join(mdCells(items), "<br>"))
		}
	}

	b.WriteString("\n### Path (oldest first)\n\n")
	if len(r.Hops) == 0 {
		b.WriteString("No Received: fields.\n")
	} else {
		b.WriteString("| # | From | By | With | TLS | Time | Delay |\n|---|---|---|---|---|---|---|\n")
		for i, h := range r.Hops {
			n := fmt.Sprint(i + 1)
			if i == r.Entry {
				n += " →"
			}
			tls := "no"
			if h.TLS {
				tls = "yes"
			}
			when := h.DateText
			if !h.Time.IsZero() {
				when = h.Time.UTC().Format("2006-01-02 15:04:05Z")
			}
			delay := ""
			if h.DelaySeconds != nil {
				delay = "+" + (time.Duration(*h.DelaySeconds) * time.Second).String()
				if h.Skew {
					delay += " (clock skew)"
				}
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", n, mdCell(hopFrom(h)), mdCell(h.By), mdCell(h.With), tls, mdCell(when), delay)
		}
		b.WriteString("\n→ marks the hop into the receiver.\n")
	}
	b.WriteString("\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return WriteMarkdown(w, r.Findings, MarkdownOptions{Title: "Findings"})
}

func mdCells(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = mdCell(s)
	}
	return out
}
