// Package prompt asks a person at a terminal for what a command is missing
// (github.com/charmbracelet/huh, which draws with lipgloss like the rest of
// smtpgw's output): one question at a time, the default shown and taken on
// Enter, the answer validated by the package that will use it before the
// question goes away, and a short menu of choices. Whether to ask at all
// (a terminal, no --no-input, not CI) is the caller's decision: nothing
// here looks at the environment except ACCESSIBLE, huh's switch to plain
// line prompts for screen readers.
package prompt

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/huh"
)

// ErrCancelled is returned when the person gives up (Ctrl-C, Esc).
var ErrCancelled = errors.New("cancelled")

// Question is one thing to ask.
type Question struct {
	Title    string             // "Domain or host to probe"
	Help     string             // one line under the title: what may be typed
	Default  string             // shown, and the answer when Enter is pressed on nothing
	Optional bool               // an empty answer (without Default) is allowed
	Validate func(string) error // the package's own check of an answer; nil accepts anything
}

// Option is one choice of a menu.
type Option struct {
	Label   string // what the person reads
	Value   string // what Choose returns
	Summary string // what stays on the screen once chosen (default: Label)
}

// Prompter asks on a terminal.
type Prompter struct {
	in         io.Reader
	out        io.Writer
	accessible bool
	theme      *huh.Theme
}

// New asks questions reading keys from in (the terminal) and drawing on out.
func New(in io.Reader, out io.Writer, color bool) *Prompter {
	theme := huh.ThemeCharm()
	if !color {
		theme = huh.ThemeBase()
	}
	return &Prompter{in: in, out: out, theme: theme, accessible: os.Getenv("ACCESSIBLE") != ""}
}

func (p *Prompter) run(f huh.Field) error {
	form := huh.NewForm(huh.NewGroup(f)).
		WithInput(p.in).WithOutput(p.out).
		WithTheme(p.theme).WithShowHelp(false).
		WithAccessible(p.accessible)
	err := form.Run()
	if errors.Is(err, huh.ErrUserAborted) {
		return ErrCancelled
	}
	return err
}

// check validates an answer as Ask will take it.
func (q Question) check(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		if q.Default != "" || q.Optional {
			return nil
		}
		return errors.New("an answer is needed (Ctrl-C gives up)")
	}
	if q.Validate != nil {
		return q.Validate(s)
	}
	return nil
}

// Ask asks one question and returns the answer (the default for an empty
// one), trimmed. The question and its answer stay on the screen as one line.
func (p *Prompter) Ask(q Question) (string, error) {
	var v string
	help := q.Help
	if q.Default != "" {
		if help != "" {
			help += "; "
		}
		help += "Enter: " + q.Default
	}
	in := huh.NewInput().Title(q.Title).Value(&v).Validate(q.check)
	if help != "" {
		in = in.Description(help)
	}
	if q.Default != "" {
		in = in.Placeholder(q.Default)
	}
	if err := p.run(in); err != nil {
		return "", err
	}
	v = strings.TrimSpace(v)
	if v == "" {
		v = q.Default
	}
	if !p.accessible {
		shown := v
		if shown == "" {
			shown = "(none)"
		}
		fmt.Fprintf(p.out, "%s: %s\n", q.Title, shown)
	}
	return v, nil
}

// Choose shows a menu and returns the Value of the option chosen (arrow
// keys or j/k, Enter; / filters).
func (p *Prompter) Choose(title string, opts []Option) (string, error) {
	var v string
	var hopts []huh.Option[string]
	for _, o := range opts {
		hopts = append(hopts, huh.NewOption(o.Label, o.Value))
	}
	sel := huh.NewSelect[string]().Title(title).Options(hopts...).Value(&v)
	if err := p.run(sel); err != nil {
		return "", err
	}
	if !p.accessible {
		for _, o := range opts {
			if o.Value == v {
				fmt.Fprintf(p.out, "%s %s\n", title, cmp.Or(o.Summary, o.Label))
			}
		}
	}
	return v, nil
}
