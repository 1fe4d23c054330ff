package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/lipgloss/table"
	"github.com/charmbracelet/x/ansi"
	"github.com/smtpgw/smtpgw/probe"
)

// ProbeDoc is what smtpgw probe shows for one input target: a heading,
// the resolved MX records, findings about the target as a whole (DNS), and
// one panel per MX host (or host, or address).
type ProbeDoc struct {
	Title    string    // "example.com"
	Lines    []string  // "MX 10 mx1.example.com  192.0.2.1, 2001:db8::1"
	Findings []Finding // findings not about one host (mx.*, dns.* of the domain)
	Panels   []ProbePanel
}

// ProbePanel is one host's panel: a port × capability table and the
// host's findings with remediation, worst first.
type ProbePanel struct {
	Title       string // host name, or address; "" when the document title names it
	Subtitle    string // "MX 10 · 192.0.2.1, ::1"
	Rows        []ProbeRow
	Findings    []Finding
	Transcripts []ProbeTranscript // shown with TextOptions.Verbose
}

// ProbeRow is one address × port of a panel.
type ProbeRow struct {
	Port       string // "25"
	Addr       string
	Reachable  string // "12ms", "refused", "timeout"
	Greeting   string // "220 35ms", "421", "none"
	TLS        string // "TLS 1.3", "none", "failed"
	CertDays   string // "89", "-3", "—"
	AuthBefore string // mechanisms offered before TLS, "—" when none
	AuthAfter  string
	Extensions string // key extensions
	Status     Status // worst finding of the row
}

// ProbeTranscript is one connection's transcript.
type ProbeTranscript struct {
	Title string   // "mx1.example.com[192.0.2.1]:25"
	Lines []string // "    12ms S: 220 ..."
}

// WriteProbeText renders probe documents for a person, then one tally of
// all findings. On a terminal (o.Width > 0) it fits the width: tables
// shorten their last columns, findings wrap under their text.
func WriteProbeText(w io.Writer, docs []ProbeDoc, o TextOptions) error {
	st := o.styles(w)
	width := o.Width
	var b strings.Builder
	var all []Finding
	for i, d := range docs {
		if i > 0 {
			b.WriteString("\n")
		}
		writeProbeDoc(&b, st, d, o, width)
		all = append(all, d.Findings...)
		for _, p := range d.Panels {
			all = append(all, p.Findings...)
		}
	}
	b.WriteString("\n" + Tally(st, all) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func writeProbeDoc(b *strings.Builder, st *Styles, d ProbeDoc, o TextOptions, width int) {
	var head strings.Builder
	head.WriteString(st.Title.Render(d.Title))
	for _, l := range d.Lines {
		// a long line (an MX lookup's error) wraps under its text, as
		// findings do; width 0 (not a terminal) leaves it whole
		head.WriteString("\n" + wrapWords("  "+l, width, 4))
	}
	b.WriteString(head.String() + "\n")
	if fs := visible(d.Findings, o); len(fs) > 0 {
		for _, f := range fs {
			writeFinding(b, st, f, o.Verbose, width)
		}
	}
	for i, p := range d.Panels {
		if i > 0 && !st.Color {
			b.WriteString("\n") // boxes separate panels in color; a blank line in plain text
		}
		b.WriteString(renderPanel(st, p, o, width) + "\n")
	}
}

func visible(fs []Finding, o TextOptions) []Finding {
	sorted := append([]Finding(nil), fs...)
	Sort(sorted)
	var out []Finding
	for _, f := range sorted {
		if o.HidePass && f.Status == Pass {
			continue
		}
		out = append(out, f)
	}
	return out
}

func renderPanel(st *Styles, p ProbePanel, o TextOptions, width int) string {
	var b strings.Builder
	var title []string
	if p.Title != "" {
		title = append(title, st.Bold.Render(p.Title))
	}
	if p.Subtitle != "" {
		title = append(title, st.Dim.Render(p.Subtitle))
	}
	if len(title) > 0 {
		b.WriteString(strings.Join(title, "  ") + "\n")
	}
	inner := width // 0: not a terminal, nothing is fitted
	if width > 0 && st.Color {
		inner = width - 4 // border and padding
	}
	if len(p.Rows) > 0 {
		b.WriteString(probeTable(st, p.Rows, inner) + "\n")
	}
	fs := visible(p.Findings, o)
	if len(fs) > 0 {
		b.WriteString("\n")
	}
	for _, f := range fs {
		writeFinding(&b, st, f, o.Verbose, inner)
	}
	if o.Verbose {
		for _, t := range p.Transcripts {
			b.WriteString("\n" + st.Label.Render("transcript "+t.Title) + "\n")
			for _, l := range t.Lines {
				b.WriteString("  " + l + "\n")
			}
		}
	}
	content := strings.TrimRight(b.String(), "\n")
	if st.Color && width > 0 {
		// Border and padding take 4 columns.
		content = wrapHanging(content, width-4)
	}
	return st.Box.Render(content)
}

func probeTable(st *Styles, rows []ProbeRow, width int) string {
	headers := []string{"PORT", "ADDRESS", "CONNECT", "GREETING", "TLS", "CERT DAYS", "AUTH CLEAR", "AUTH TLS", "EXTENSIONS"}
	data := make([][]string, 0, len(rows))
	for _, r := range rows {
		port := r.Port
		if st.Color {
			port = st.StatusStyle(r.Status).Render(port)
		}
		data = append(data, []string{port, r.Addr, r.Reachable, r.Greeting, r.TLS, r.CertDays, r.AuthBefore, r.AuthAfter, r.Extensions})
	}
	if width > 0 {
		// Fit the terminal: shorten the extensions (last column); if that
		// is not enough, drop the address column when every row has the
		// same address (the panel's title or subtitle names it), then the
		// extensions.
		const minExt = 10
		fixedWidth := func() int {
			n := 0
			for c := 0; c < len(headers)-1; c++ {
				w := lipgloss.Width(headers[c])
				for _, r := range data {
					w = max(w, lipgloss.Width(r[c]))
				}
				n += w + 2
			}
			return n
		}
		drop := func(col int) {
			headers = append(headers[:col:col], headers[col+1:]...)
			for i, r := range data {
				data[i] = append(r[:col:col], r[col+1:]...)
			}
		}
		if width-fixedWidth() < minExt && sameColumn(data, 1) {
			drop(1)
		}
		if avail := width - fixedWidth(); avail < minExt {
			drop(len(headers) - 1)
		} else {
			for _, r := range data {
				r[len(r)-1] = ansi.Truncate(r[len(r)-1], avail, "…")
			}
		}
	}
	if !st.Color {
		return plainTable(headers, data)
	}
	t := table.New().
		Border(lipgloss.NormalBorder()).
		BorderStyle(st.Dim).
		BorderTop(false).BorderBottom(false).BorderLeft(false).BorderRight(false).
		BorderColumn(false).BorderHeader(true).
		Headers(headers...).
		Rows(data...).
		StyleFunc(func(row, col int) lipgloss.Style {
			s := st.Renderer().NewStyle()
			if col < len(headers)-1 {
				s = s.PaddingRight(2)
			}
			if row == table.HeaderRow {
				return s.Inherit(st.Label)
			}
			return s
		})
	return t.Render()
}

func sameColumn(data [][]string, col int) bool {
	for _, r := range data {
		if r[col] != data[0][col] {
			return false
		}
	}
	return true
}

// wrapHanging wraps every line wider than width at word boundaries; the
// continuation lines are indented like the line's text (finding lines:
// under the summary's detail, 5 columns).
func wrapHanging(s string, width int) string {
	if width < 20 {
		return s
	}
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if ansi.StringWidth(line) <= width {
			out = append(out, line)
			continue
		}
		plain := ansi.Strip(line)
		indent := len(plain) - len(strings.TrimLeft(plain, " "))
		if indent == 0 {
			indent = 5
		}
		pad := strings.Repeat(" ", indent)
		wrapped := strings.Split(ansi.Wrap(line, width, ""), "\n")
		out = append(out, wrapped[0])
		rest := strings.Join(wrapped[1:], " ")
		if rest != "" {
			for _, l := range strings.Split(ansi.Wrap(rest, width-indent, ""), "\n") {
				out = append(out, pad+strings.TrimLeft(l, " "))
			}
		}
	}
	return strings.Join(out, "\n")
}

// plainTable aligns columns with spaces: no escape codes, no box drawing,
// so piped output stays greppable.
func plainTable(headers []string, rows [][]string) string {
	w := make([]int, len(headers))
	for i, h := range headers {
		w[i] = lipgloss.Width(h)
	}
	for _, r := range rows {
		for i, c := range r {
			if n := lipgloss.Width(c); n > w[i] {
				w[i] = n
			}
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		var parts []string
		for i, c := range cells {
			if i == len(cells)-1 {
				parts = append(parts, c)
			} else {
				parts = append(parts, c+strings.Repeat(" ", w[i]-lipgloss.Width(c)))
			}
		}
		b.WriteString(strings.TrimRight(strings.Join(parts, "  "), " ") + "\n")
	}
	line(headers)
	for _, r := range rows {
		line(r)
	}
	return strings.TrimRight(b.String(), "\n")
}

// TallyCounts renders status counts like Tally, for callers that stream
// findings and keep only their counts.
func TallyCounts(st *Styles, counts map[Status]int) string {
	var parts []string
	for _, s := range []Status{Fail, Warn, Info, Pass} {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	if len(parts) == 0 {
		return "no findings"
	}
	return strings.Join(parts, ", ")
}

// ProbeProgress renders the live progress line: "probing 12/40 (8 open) mx1.example.com:25".
func ProbeProgress(done, total, inFlight int, current string, width int) string {
	s := fmt.Sprintf("probing %d/%d (%d open) %s", done, total, inFlight, current)
	if width > 0 && lipgloss.Width(s) > width {
		s = s[:max(0, width-1)]
	}
	return s
}

// ProbeStream renders probe results as each input target finishes (probe
// -f): the target's document, or its JSON line, at once; Close writes the
// tally of all (text). Counts are kept, the results are not, so a long
// target list streams in constant memory.
type ProbeStream struct {
	w        io.Writer
	o        TextOptions
	json     bool
	counts   map[Status]int
	nTargets int
	err      error
}

// NewProbeStream returns a stream to w: JSON Lines with jsonLines, else
// text with o.
func NewProbeStream(w io.Writer, o TextOptions, jsonLines bool) *ProbeStream {
	return &ProbeStream{w: w, o: o, json: jsonLines, counts: map[Status]int{}}
}

// Target renders one finished target; the first write error is kept for
// Close.
func (s *ProbeStream) Target(tr *probe.TargetResult) {
	s.nTargets++
	for _, f := range tr.Findings {
		s.counts[f.Status]++
	}
	if s.err != nil {
		return
	}
	if s.json {
		s.err = WriteJSONLine(s.w, tr)
		return
	}
	if s.err = WriteProbeText(s.w, []ProbeDoc{ProbeView(tr)}, s.o); s.err == nil {
		_, s.err = io.WriteString(s.w, "\n")
	}
}

// Close writes the tally of every target (text only) and returns the
// first error.
func (s *ProbeStream) Close() error {
	if s.err == nil && !s.json {
		st := s.o.styles(s.w)
		_, s.err = fmt.Fprintf(s.w, "%d targets: %s\n", s.nTargets, TallyCounts(st, s.counts))
	}
	return s.err
}

// Reaches reports whether any streamed finding is at least failOn.
func (s *ProbeStream) Reaches(failOn Status) bool {
	for st, n := range s.counts {
		if n > 0 && st.Rank() >= failOn.Rank() {
			return true
		}
	}
	return false
}
