package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// TextOptions tune the text renderers.
type TextOptions struct {
	Color    bool // ANSI colors and borders
	Width    int  // the terminal's width: prose wraps to it; 0 (not a terminal): no wrapping
	Verbose  bool // show pass findings' detail and all evidence
	HidePass bool // leave out pass findings entirely
}

// styles returns the styles of o for w.
func (o TextOptions) styles(w io.Writer) *Styles {
	st := NewStyles(w, o.Color)
	st.Width = o.Width
	return st
}

// WriteText renders findings for a person, worst first, each with its
// remediation and evidence, followed by a one-line tally; on a terminal
// (o.Width > 0) the prose wraps under its text.
func WriteText(w io.Writer, fs []Finding, o TextOptions) error {
	st := o.styles(w)
	sorted := append([]Finding(nil), fs...)
	Sort(sorted)
	var b strings.Builder
	for _, f := range sorted {
		if o.HidePass && f.Status == Pass {
			continue
		}
		writeFinding(&b, st, f, o.Verbose, o.Width)
	}
	b.WriteString(Tally(st, fs))
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// writeFinding writes one finding. Its prose (summary, detail,
// remediation) wraps to width under its text; evidence lines are records and
// replies as received and stay whole, for copying and grep.
func writeFinding(b *strings.Builder, st *Styles, f Finding, verbose bool, width int) {
	b.WriteString(wrapWords(fmt.Sprintf("%s %s %s  %s", st.Status(f.Status), st.Bold.Render(f.ID), st.Dim.Render(f.Target.String()), f.Summary), width, 5) + "\n")
	if f.Status == Pass && !verbose {
		return
	}
	if f.Detail != "" {
		for _, l := range strings.Split(f.Detail, "\n") {
			b.WriteString(wrapWords("     "+l, width, 5) + "\n")
		}
	}
	for i, r := range f.Remediation {
		n := fmt.Sprintf("%d.", i+1)
		b.WriteString(wrapWords("     "+st.Label.Render(n)+" "+r, width, 6+len(n)) + "\n")
	}
	ev := f.Evidence
	if !verbose && len(ev) > 6 {
		ev = append(ev[:6:6], fmt.Sprintf("... %d more lines (-v shows all)", len(f.Evidence)-6))
	}
	for _, e := range ev {
		fmt.Fprintf(b, "     %s %s\n", st.Dim.Render("|"), st.Dim.Render(e))
	}
}

// wrapWords wraps line at spaces to width columns (ANSI-aware), indenting
// continuation lines by indent; width 0 (not a terminal) leaves it whole. It never breaks inside a word, so a host
// name, address or URL stays whole (and overflows when longer than a line).
func wrapWords(line string, width, indent int) string {
	if width < 20 || ansi.StringWidth(line) <= width {
		return line
	}
	plain := ansi.Strip(line)
	lead := len(plain) - len(strings.TrimLeft(plain, " "))
	words := strings.Split(line[lead:], " ")
	var b strings.Builder
	b.WriteString(line[:lead])
	col := lead
	for i, w := range words {
		ww := ansi.StringWidth(w)
		if i > 0 && col+1+ww > width && col > indent && w != "" {
			b.WriteString("\n" + strings.Repeat(" ", indent))
			col = indent
		} else if i > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += ww
	}
	return b.String()
}

// Tally renders "3 fail, 1 warn, 12 pass" style counts.
func Tally(st *Styles, fs []Finding) string { return TallyCounts(st, Counts(fs)) }
