package report

import (
	"fmt"
	"io"
	"strings"
)

// MarkdownOptions tune WriteMarkdown.
type MarkdownOptions struct {
	Title string // heading, e.g. "smtpgw check"; default "smtpgw"
}

// Emoji returns the status mark used in Markdown output.
func Emoji(s Status) string {
	switch s {
	case Pass:
		return "✅"
	case Info:
		return "ℹ️"
	case Warn:
		return "⚠️"
	default:
		return "❌"
	}
}

// WriteMarkdown renders findings as GitHub-flavoured Markdown fit for
// $GITHUB_STEP_SUMMARY or a merge-request comment: per domain a heading with
// the verdict and the tally, a table of the findings that need attention
// (fail, warn, info) worst first, what to do about each, and the passing
// checks folded in a <details> block.
func WriteMarkdown(w io.Writer, fs []Finding, o MarkdownOptions) error {
	title := o.Title
	if title == "" {
		title = "smtpgw"
	}
	sorted := append([]Finding(nil), fs...)
	Sort(sorted)
	var order []string
	groups := map[string][]Finding{}
	for _, f := range sorted {
		g := f.Target.Domain
		if g == "" {
			g = f.Target.String()
		}
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], f)
	}
	// Domains worst first, then by name, so a failing domain is on top.
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && Worst(groups[order[j]]).Rank() > Worst(groups[order[j-1]]).Rank(); j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	var b strings.Builder
	plain := NewStyles(io.Discard, false)
	fmt.Fprintf(&b, "## %s %s: %s\n\n", Emoji(Worst(fs)), mdEscape(title), Tally(plain, fs))
	if len(fs) == 0 {
		b.WriteString("No findings.\n")
	}
	for _, g := range order {
		gfs := groups[g]
		if len(order) > 1 {
			fmt.Fprintf(&b, "### %s %s: %s\n\n", Emoji(Worst(gfs)), mdEscape(g), Tally(plain, gfs))
		}
		var attention, passed []Finding
		for _, f := range gfs {
			if f.Status == Pass {
				passed = append(passed, f)
			} else {
				attention = append(attention, f)
			}
		}
		if len(attention) > 0 {
			writeMDTable(&b, attention)
			b.WriteString("\n**What to fix**\n\n")
			for _, f := range attention {
				if len(f.Remediation) == 0 {
					continue
				}
				fmt.Fprintf(&b, "- %s **%s** (%s): %s\n", Emoji(f.Status), mdEscape(f.ID), mdEscape(f.Target.String()), mdEscape(f.Summary))
				for i, r := range f.Remediation {
					fmt.Fprintf(&b, "  %d. %s\n", i+1, mdEscape(r))
				}
			}
			b.WriteString("\n")
		} else {
			b.WriteString("Every check passed.\n\n")
		}
		if len(passed) > 0 {
			fmt.Fprintf(&b, "<details><summary>%d passing check(s)</summary>\n\n", len(passed))
			writeMDTable(&b, passed)
			b.WriteString("\n</details>\n\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeMDTable(b *strings.Builder, fs []Finding) {
	b.WriteString("| | Check | Target | Result |\n|---|---|---|---|\n")
	for _, f := range fs {
		fmt.Fprintf(b, "| %s | `%s` | %s | %s |\n", Emoji(f.Status), strings.ReplaceAll(f.ID, "`", ""), mdCell(f.Target.String()), mdCell(f.Summary))
	}
}

// mdCell makes text safe inside a table cell: one line, pipes escaped.
func mdCell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(mdEscape(s), "|", `\|`)
}

// mdEscape neutralises what DNS records and server replies could smuggle
// into Markdown: HTML tags and line breaks.
func mdEscape(s string) string {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "\r", " ", "\n", " ")
	return r.Replace(s)
}
