package report

import (
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// Styles are the lipgloss styles of the terminal renderers. With color off
// every style renders plain text, so piped output and NO_COLOR stay clean.
type Styles struct {
	Color bool
	// Width is the terminal's width in columns (from the command's
	// IOStreams.TerminalWidth); 0 when not writing to a terminal.
	Width  int
	r      *lipgloss.Renderer
	Title  lipgloss.Style
	Label  lipgloss.Style
	Dim    lipgloss.Style
	Bold   lipgloss.Style
	Box    lipgloss.Style
	status map[Status]lipgloss.Style
}

// NewStyles returns styles for w; color selects ANSI colors and borders.
func NewStyles(w io.Writer, color bool) *Styles {
	r := lipgloss.NewRenderer(w)
	if color {
		r.SetColorProfile(termenv.ANSI256)
	} else {
		r.SetColorProfile(termenv.Ascii)
	}
	s := &Styles{Color: color, r: r}
	s.Title = r.NewStyle().Bold(true)
	s.Label = r.NewStyle().Foreground(lipgloss.Color("245"))
	s.Dim = r.NewStyle().Foreground(lipgloss.Color("243"))
	s.Bold = r.NewStyle().Bold(true)
	if color {
		s.Box = r.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(lipgloss.Color("240")).Padding(0, 1)
	} else {
		s.Box = r.NewStyle()
	}
	s.status = map[Status]lipgloss.Style{
		Pass: r.NewStyle().Foreground(lipgloss.Color("2")).Bold(true),
		Info: r.NewStyle().Foreground(lipgloss.Color("6")).Bold(true),
		Warn: r.NewStyle().Foreground(lipgloss.Color("3")).Bold(true),
		Fail: r.NewStyle().Foreground(lipgloss.Color("1")).Bold(true),
	}
	return s
}

// plainStyles returns styles for plain text (no colour) that render
// without lipgloss: see paint. Only the renderers that paint (the
// explanation card) may be given them; the others use NewStyles.
//
// The styles of width 0 (not writing to a terminal) are one static value,
// which nothing changes: a Styles is 2.8 KB, and on the stack of a one-card
// answer (smtpgw explain 421 | cat) it made the goroutine's stack grow.
//
//go:noinline
func plainStyles(width int) *Styles {
	if width == 0 {
		return &plainNoWidth
	}
	return &Styles{Width: width}
}

var plainNoWidth Styles

// paint renders text with style l. With plain styles (plainStyles: no
// renderer) it returns text as it is: lipgloss with the Ascii colour profile
// changes a text only where it has a tab (made four spaces), a "\r\n" (made
// "\n") or several lines (each padded with spaces to the widest), and such a
// text still goes through lipgloss, with a plain style of its own. Starting
// lipgloss (a renderer and its styles, a 13 KB stack frame that grows the
// goroutine's stack, width measurement with uniseg) costs a one-line answer
// such as `smtpgw explain 421` some 30 page faults.
func (s *Styles) paint(l *lipgloss.Style, text string) string {
	if s.r == nil && !strings.ContainsAny(text, "\t\n") {
		return text
	}
	return s.render(l, text)
}

// render is paint through lipgloss. It is a function of its own, and the
// style is passed by pointer, so that a style (552 bytes, which Render takes
// by value) is copied onto the stack only when lipgloss renders.
//
//go:noinline
func (s *Styles) render(l *lipgloss.Style, text string) string {
	if s.r != nil {
		return l.Render(text)
	}
	return plainStyle.Get().Render(text)
}

// plainStyle renders as every style of NewStyles(w, false) does.
var plainStyle = lazy.Value[lipgloss.Style]{New: func() lipgloss.Style {
	return NewStyles(io.Discard, false).Bold
}}

// DefaultWidth is the width of fixed layouts (explanation cards, summary
// and inspect tables) when no terminal width is known.
const DefaultWidth = 80

// layoutWidth is w, or DefaultWidth when w is not positive; never under 40
// columns, where nothing readable fits.
func layoutWidth(w int) int {
	if w <= 0 {
		return DefaultWidth
	}
	return max(w, 40)
}

// fold wraps text to width columns at spaces (wrapWords: continuation lines
// indented by indent) and renders each resulting line with style (nil:
// plain), so that a colour never runs across a line break. Width 0 (not a
// terminal) leaves the text on one line. The result ends in "\n".
func fold(text string, width, indent int, style func(...string) string) string {
	var b strings.Builder
	for _, l := range strings.Split(wrapWords(text, width, indent), "\n") {
		if style != nil {
			l = style(l)
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

// Renderer returns the lipgloss renderer the styles were made with.
func (s *Styles) Renderer() *lipgloss.Renderer { return s.r }

// Status renders a status as a fixed-width tag such as "FAIL".
func (s *Styles) Status(st Status) string {
	tag := map[Status]string{Pass: "PASS", Info: "INFO", Warn: "WARN", Fail: "FAIL"}[st]
	if tag == "" {
		tag = string(st)
	}
	if !s.Color {
		return tag
	}
	return s.status[st].Render(tag)
}

// StatusStyle returns the style of a status, for renderers that color other text by it.
func (s *Styles) StatusStyle(st Status) lipgloss.Style { return s.status[st] }
