package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/summary"
)

// SummaryOptions tune WriteSummary.
type SummaryOptions struct {
	Color bool // ANSI colors
	Width int  // terminal width; 0 means 80
	// MoreHint says how to see every recipient; it follows a shortened
	// recipient list in parentheses ("" for none). The command names its
	// own option here: the renderer knows no flags.
	MoreHint string
}

// WriteSummary renders a failure summary for a person: a headline with the
// totals, then each category (most failures first) and in it each recipient
// domain with its counts, dates, top recipients, one representative reply,
// what it means and explain's remediation; then the inputs not summarised.
func WriteSummary(w io.Writer, rep summary.Report, o SummaryOptions) error {
	st := NewStyles(w, o.Color)
	width := o.Width
	if width <= 0 {
		width = 80
	}
	width = max(width, 40)
	var b strings.Builder
	t := rep.Totals
	head := fmt.Sprintf("%s delivery failures", num(t.Failures))
	if t.Failures == 1 {
		head = "1 delivery failure"
	}
	if t.Failures > 0 {
		head += fmt.Sprintf(" (%s permanent, %s temporary)", num(t.Permanent), num(t.Temporary))
	}
	b.WriteString(st.Title.Render(head) + "\n")
	var read []string
	read = append(read, plural(t.Inputs, "input", "inputs"))
	if t.Messages > 0 {
		read = append(read, plural(t.Messages, "message", "messages"))
	}
	if t.Lines > 0 {
		read = append(read, pluralInt64(t.Lines, "line", "lines"))
	}
	read = append(read, bytesText(t.Bytes))
	if t.Delivered > 0 {
		read = append(read, num(t.Delivered)+" delivered")
	}
	if t.RepeatedDeferrals > 0 {
		read = append(read, plural(t.RepeatedDeferrals, "repeated deferral", "repeated deferrals")+" of a message already counted")
	}
	if t.BounceNotices > 0 {
		read = append(read, plural(t.BounceNotices, "bounce notice", "bounce notices")+" of a failure already counted")
	}
	b.WriteString(wrap("read "+strings.Join(read, ", "), width, 0) + "\n")
	if rep.FirstSeen != "" {
		span := "from " + rep.FirstSeen + " to " + rep.LastSeen
		if rep.Undated > 0 {
			span += fmt.Sprintf(" (%s without a date)", num(rep.Undated))
		}
		b.WriteString(span + "\n")
	}
	if t.Failures == 0 {
		b.WriteString("\nNo failed or delayed delivery found.\n")
	}
	for _, c := range rep.Categories {
		b.WriteString("\n")
		pct := ""
		if t.Failures > 0 {
			pct = fmt.Sprintf(" (%s)", percent(c.Failures, t.Failures))
		}
		line := st.Bold.Render(strings.ToUpper(string(c.Category))) + "  " + plural(c.Failures, "failure", "failures") + pct + " · " + classCounts(c.Permanent, c.Temporary, c.Failures)
		b.WriteString(line + "\n")
		for _, g := range c.Groups {
			writeGroup(&b, st, g, width, rep.Top, o.MoreHint)
		}
	}
	if t.Problems > 0 || t.Skipped > 0 || t.TooLong > 0 {
		b.WriteString("\n" + st.Bold.Render("NOT SUMMARISED") + "  ")
		var parts []string
		if t.Problems > 0 {
			parts = append(parts, plural(t.Problems, "input", "inputs")+" unreadable, damaged, truncated or not a bounce")
		}
		if t.Skipped > 0 {
			parts = append(parts, plural(t.Skipped, "Maildir control file", "Maildir control files")+" (not messages) skipped")
		}
		b.WriteString(wrap(strings.Join(parts, "; "), width-16, 2) + "\n")
		for _, p := range rep.Problems {
			b.WriteString("  " + wrap(p.Input+": "+st.Dim.Render(p.Reason), width-2, 4) + "\n")
		}
		if more := t.Problems - len(rep.Problems); more > 0 {
			b.WriteString(fmt.Sprintf("  … and %s more\n", num(more)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeGroup(b *strings.Builder, st *Styles, g summary.Group, width, top int, moreHint string) {
	name := g.Domain
	if g.Provider != "" {
		name += " (" + g.Provider + ")"
	}
	if g.MergedDomains > 0 {
		name = fmt.Sprintf("%s (%d domains)", g.Domain, g.MergedDomains)
	}
	head := "  " + st.Bold.Render(name) + "  " + plural(g.Failures, "failure", "failures") + " · " + classCounts(g.Permanent, g.Temporary, g.Failures)
	b.WriteString(head + "\n")
	field := func(label, value string) {
		if value == "" {
			return
		}
		b.WriteString("    " + st.Label.Render(fmt.Sprintf("%-11s", label)) + wrap(value, width-15, 15) + "\n")
	}
	if g.FirstSeen != "" {
		seen := g.FirstSeen
		if g.LastSeen != g.FirstSeen {
			seen += " → " + g.LastSeen
		}
		field("seen", seen)
	}
	var rs []string
	for _, r := range g.Recipients {
		s := r.Address
		if r.Failures > 1 {
			s += fmt.Sprintf(" (%d)", r.Failures)
		}
		rs = append(rs, s)
	}
	rcpts := strings.Join(rs, ", ")
	if more := g.DistinctRecipients - len(g.Recipients); more > 0 {
		if g.RecipientsApprox {
			rcpts += fmt.Sprintf(", and more than %s others", num(more))
		} else {
			rcpts += fmt.Sprintf(", and %s more", num(more))
		}
		if moreHint != "" {
			rcpts += " (" + moreHint + ")"
		}
	}
	label := "recipient"
	if g.DistinctRecipients > 1 {
		label = "recipients"
	}
	field(label, rcpts)
	field("reply", truncate(g.Reply, 300))
	if g.OtherRules > 0 {
		field("", fmt.Sprintf("(%s of the failures have other replies)", num(g.OtherRules)))
	}
	field("stage", g.Stage)
	field("means", g.Summary)
	if g.Actor != explain.ActorNone {
		field("who acts", string(g.Actor))
	}
	for i, r := range g.Remediation {
		label := ""
		if i == 0 {
			label = "fix"
		}
		n := fmt.Sprintf("%d. ", i+1)
		b.WriteString("    " + st.Label.Render(fmt.Sprintf("%-11s", label)) + st.Bold.Render(n) + wrap(r, width-15-len(n), 15+len(n)) + "\n")
	}
}

func classCounts(perm, temp, total int) string {
	var parts []string
	if perm > 0 {
		parts = append(parts, num(perm)+" permanent")
	}
	if temp > 0 {
		parts = append(parts, num(temp)+" temporary")
	}
	if other := total - perm - temp; other > 0 {
		parts = append(parts, num(other)+" of unknown class")
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return num(n) + " " + many
}

func pluralInt64(n int64, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return num64(n) + " " + many
}

// num writes n with thousands separators: 12,345.
func num(n int) string { return num64(int64(n)) }

func num64(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func percent(part, total int) string {
	p := float64(part) * 100 / float64(total)
	if p >= 10 || p == 0 {
		return fmt.Sprintf("%.0f%%", p)
	}
	return fmt.Sprintf("%.1f%%", p)
}

func bytesText(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return plural(int(n), "byte", "bytes")
}

// SummaryCSVHeader are the columns of WriteSummaryCSV.
var SummaryCSVHeader = []string{"category", "domain", "provider", "failures", "permanent", "temporary", "first_seen", "last_seen", "distinct_recipients", "recipients", "reply", "code", "enhanced", "stage", "summary", "actor", "remediation", "rule"}

// WriteSummaryCSV writes one row per category × domain group (RFC 4180),
// for tickets and spreadsheets. Recipients are "address (failures)" joined
// by "; ", remediation steps joined by " | ".
func WriteSummaryCSV(w io.Writer, rep summary.Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(SummaryCSVHeader); err != nil {
		return err
	}
	for _, c := range rep.Categories {
		for _, g := range c.Groups {
			var rs []string
			for _, r := range g.Recipients {
				rs = append(rs, fmt.Sprintf("%s (%d)", r.Address, r.Failures))
			}
			code := ""
			if g.Code != nil {
				code = strconv.Itoa(*g.Code)
			}
			row := []string{string(c.Category), g.Domain, g.Provider, strconv.Itoa(g.Failures), strconv.Itoa(g.Permanent), strconv.Itoa(g.Temporary),
				g.FirstSeen, g.LastSeen, strconv.Itoa(g.DistinctRecipients), strings.Join(rs, "; "), g.Reply, code, g.Enhanced, g.Stage, g.Summary, string(g.Actor), strings.Join(g.Remediation, " | "), g.Rule}
			for i := range row {
				row[i] = csvSafe(row[i])
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe keeps a spreadsheet from reading a cell as a formula (a reply
// text is untrusted input): cells starting with = + - @ get a leading quote.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteSummaryProgress draws one progress line (for stderr on a terminal),
// overwriting the previous one.
func WriteSummaryProgress(w io.Writer, t summary.Totals) error {
	parts := []string{"read " + bytesText(t.Bytes)}
	if t.Lines > 0 {
		parts = append(parts, pluralInt64(t.Lines, "line", "lines"))
	}
	if t.Messages > 0 {
		parts = append(parts, plural(t.Messages, "message", "messages"))
	}
	parts = append(parts, plural(t.Failures, "failure", "failures"))
	_, err := fmt.Fprintf(w, "\r\x1b[K%s", strings.Join(parts, ", "))
	return err
}

// EndSummaryProgress clears the progress line.
func EndSummaryProgress(w io.Writer) error {
	_, err := io.WriteString(w, "\r\x1b[K")
	return err
}
