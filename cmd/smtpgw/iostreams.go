package main

import (
	"bytes"
	"io"
	"os"

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

// Color reports whether stdout output should carry ANSI colors.
func (s *IOStreams) Color() bool { return s.OutTTY && !s.NoColor }

// Progress reports whether live progress may be drawn on stderr.
func (s *IOStreams) Progress() bool { return s.ErrTTY }
