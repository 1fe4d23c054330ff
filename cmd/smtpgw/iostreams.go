package main

import (
	"bytes"
	"io"
	"os"

	"github.com/smtpgw/smtpgw/report"
	"golang.org/x/term"
)

// IOStreams are a command's standard streams and what is known about them.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	InTTY  bool // stdin is a terminal (no piped input)
	OutTTY bool // stdout is a terminal: human output with color
	ErrTTY bool // stderr is a terminal: progress lines allowed

	NoColor bool // NO_COLOR is set, or --no-color

	// Width, when positive, is the layout width instead of the
	// terminal's (tests; a terminal that reports no size).
	Width int
}

// TerminalWidth is the width every human renderer lays out to: the
// columns of stdout when it is a terminal, 0 when it is not. It is the one
// place that asks the terminal. With 0 the renderers do not wrap or cut
// (piped output keeps one line per item, for grep and logs); fixed layouts
// (explanation cards, summary and inspect tables) use report.DefaultWidth.
func (s *IOStreams) TerminalWidth() int {
	if s.Width > 0 {
		return s.Width
	}
	if f, ok := s.Out.(*os.File); ok && s.OutTTY {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return w
		}
	}
	return 0
}

// ErrTerminalWidth is TerminalWidth for stderr (the relay's banner): the
// columns of stderr when it is a terminal, 0 when it is not.
func (s *IOStreams) ErrTerminalWidth() int {
	if s.Width > 0 {
		return s.Width
	}
	if f, ok := s.ErrOut.(*os.File); ok && s.ErrTTY {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return w
		}
	}
	return 0
}

// SystemIO returns the process's streams.
func SystemIO() *IOStreams {
	return &IOStreams{
		In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		InTTY:   term.IsTerminal(int(os.Stdin.Fd())),
		OutTTY:  term.IsTerminal(int(os.Stdout.Fd())),
		ErrTTY:  term.IsTerminal(int(os.Stderr.Fd())),
		NoColor: os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb",
	}
}

// TestIO returns streams over buffers, none of them a terminal.
func TestIO(in string) (*IOStreams, *bytes.Buffer, *bytes.Buffer) {
	out, errOut := new(bytes.Buffer), new(bytes.Buffer)
	return &IOStreams{In: bytes.NewBufferString(in), Out: out, ErrOut: errOut}, out, errOut
}

// textOptions are the renderers' options for these streams: colour and
// width (commands add Verbose and HidePass).
func textOptions(s *IOStreams) report.TextOptions {
	return report.TextOptions{Color: s.Color(), Width: s.TerminalWidth()}
}

// Color reports whether stdout output should carry ANSI colors.
func (s *IOStreams) Color() bool { return s.OutTTY && !s.NoColor }

// Progress reports whether live progress may be drawn on stderr.
func (s *IOStreams) Progress() bool { return s.ErrTTY }
