package report

import (
	"fmt"
	"io"
	"strings"
)

// TextOptions tune WriteText.
type TextOptions struct {
	Color    bool // ANSI colors and borders
	Verbose  bool // show pass findings' detail and all evidence
	HidePass bool // leave out pass findings entirely
}

// WriteText renders findings for a person, worst first, each with its
// remediation and evidence, followed by a one-line tally.
func WriteText(w io.Writer, fs []Finding, o TextOptions) error {
	st := NewStyles(w, o.Color)
	sorted := append([]Finding(nil), fs...)
	Sort(sorted)
	var b strings.Builder
	for _, f := range sorted {
		if o.HidePass && f.Status == Pass {
			continue
		}
		writeFinding(&b, st, f, o.Verbose)
	}
	b.WriteString(Tally(st, fs))
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func writeFinding(b *strings.Builder, st *Styles, f Finding, verbose bool) {
	fmt.Fprintf(b, "%s %s %s  %s\n", st.Status(f.Status), st.Bold.Render(f.ID), st.Dim.Render(f.Target.String()), f.Summary)
	if f.Status == Pass && !verbose {
		return
	}
	if f.Detail != "" {
		for _, l := range strings.Split(f.Detail, "\n") {
			fmt.Fprintf(b, "     %s\n", l)
		}
	}
	for i, r := range f.Remediation {
		fmt.Fprintf(b, "     %s %s\n", st.Label.Render(fmt.Sprintf("%d.", i+1)), r)
	}
	ev := f.Evidence
	if !verbose && len(ev) > 6 {
		ev = append(ev[:6:6], fmt.Sprintf("... %d more lines (-v shows all)", len(f.Evidence)-6))
	}
	for _, e := range ev {
		fmt.Fprintf(b, "     %s %s\n", st.Dim.Render("|"), st.Dim.Render(e))
	}
}

// Tally renders "3 fail, 1 warn, 12 pass" style counts.
func Tally(st *Styles, fs []Finding) string { return TallyCounts(st, Counts(fs)) }
