// Package prompt asks a person at a terminal for what a command is missing:
// one question at a time, the default shown and taken on Enter, the answer
// validated by the package that will use it (and asked again, with the
// reason, when it refuses), and a short menu of choices moved through with
// the arrow keys (or j/k, or a digit). Whether to ask at all (a terminal, no
// --no-input, not CI) is the caller's decision: nothing here looks at the
// environment except ACCESSIBLE, which switches to plain line prompts and a
// numbered menu for screen readers.
//
// It is a small line editor of its own on the terminal in raw mode (Enter,
// Backspace, Ctrl-U, Ctrl-W; Ctrl-C, Ctrl-D or Esc give up), reading one
// byte at a time so that nothing typed ahead is lost to the command that
// runs next. (It replaced charmbracelet/huh, whose bubbletea dependency
// queries the terminal's background colour in a package init: every smtpgw
// run on a terminal paid a round trip, or a 5-second wait on a terminal
// that does not answer, even `smtpgw --version`.)
package prompt

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/term"
)

// ErrCancelled is returned when the person gives up (Ctrl-C, Ctrl-D, Esc).
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
	color      bool
	accessible bool
}

// New asks questions reading keys from in (the terminal) and drawing on out.
func New(in io.Reader, out io.Writer, color bool) *Prompter {
	return &Prompter{in: in, out: out, color: color, accessible: os.Getenv("ACCESSIBLE") != ""}
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

// raw puts the terminal in raw mode when in is one (and not ACCESSIBLE).
func (p *Prompter) raw() (restore func(), ok bool) {
	f, isFile := p.in.(*os.File)
	if !isFile || p.accessible || !term.IsTerminal(int(f.Fd())) {
		return func() {}, false
	}
	st, err := term.MakeRaw(int(f.Fd()))
	if err != nil {
		return func() {}, false
	}
	return func() { term.Restore(int(f.Fd()), st) }, true
}

func (p *Prompter) style(code, s string) string {
	if !p.color {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

// key is one key press: a rune, or the name of a special key.
type key struct {
	r    rune
	name string // "enter", "backspace", "cancel", "up", "down", "kill-line", "kill-word", "" for r
}

// readKey reads one key, one byte at a time.
func (p *Prompter) readKey() (key, error) {
	var b [1]byte
	next := func() (byte, error) {
		for {
			n, err := p.in.Read(b[:])
			if n == 1 {
				return b[0], nil
			}
			if err != nil {
				return 0, err
			}
		}
	}
	c, err := next()
	if err != nil {
		return key{}, err
	}
	switch c {
	case '\r', '\n':
		return key{name: "enter"}, nil
	case 0x7f, 0x08:
		return key{name: "backspace"}, nil
	case 0x03, 0x04:
		return key{name: "cancel"}, nil
	case 0x15:
		return key{name: "kill-line"}, nil
	case 0x17:
		return key{name: "kill-word"}, nil
	case 0x1b:
		c2, err := next()
		if err != nil {
			return key{}, err
		}
		if c2 != '[' && c2 != 'O' {
			return key{name: "cancel"}, nil // Esc, then any key
		}
		for {
			f, err := next()
			if err != nil {
				return key{}, err
			}
			if f >= 0x40 && f <= 0x7e {
				switch f {
				case 'A':
					return key{name: "up"}, nil
				case 'B':
					return key{name: "down"}, nil
				}
				return key{name: "ignore"}, nil
			}
		}
	}
	if c < 0x20 {
		return key{name: "ignore"}, nil
	}
	buf := []byte{c}
	for !utf8.FullRune(buf) && len(buf) < utf8.UTFMax {
		c, err := next()
		if err != nil {
			return key{}, err
		}
		buf = append(buf, c)
	}
	r, _ := utf8.DecodeRune(buf)
	return key{r: r}, nil
}

// line reads one line after prefix, editing it in raw mode.
func (p *Prompter) line(prefix string) (string, error) {
	var buf []rune
	redraw := func() { fmt.Fprintf(p.out, "\r\x1b[2K%s%s", prefix, string(buf)) }
	redraw()
	for {
		k, err := p.readKey()
		if err != nil {
			fmt.Fprint(p.out, "\r\n")
			return "", ErrCancelled
		}
		switch k.name {
		case "enter":
			fmt.Fprint(p.out, "\r\n")
			return string(buf), nil
		case "cancel":
			fmt.Fprint(p.out, "\r\n")
			return "", ErrCancelled
		case "backspace":
			if len(buf) > 0 {
				buf = buf[:len(buf)-1]
			}
			redraw()
		case "kill-line":
			buf = buf[:0]
			redraw()
		case "kill-word":
			i := len(buf)
			for i > 0 && unicode.IsSpace(buf[i-1]) {
				i--
			}
			for i > 0 && !unicode.IsSpace(buf[i-1]) {
				i--
			}
			buf = buf[:i]
			redraw()
		case "":
			buf = append(buf, k.r)
			fmt.Fprint(p.out, string(k.r))
		}
	}
}

// plainLine reads a line without raw mode (ACCESSIBLE, or not a
// terminal): the terminal's own line editing, one byte at a time.
func (p *Prompter) plainLine(prefix string) (string, error) {
	fmt.Fprint(p.out, prefix)
	var line []byte
	var b [1]byte
	for {
		n, err := p.in.Read(b[:])
		if n == 1 {
			if b[0] == '\n' {
				return strings.TrimSuffix(string(line), "\r"), nil
			}
			line = append(line, b[0])
			continue
		}
		if err != nil {
			if len(line) > 0 {
				return string(line), nil
			}
			return "", ErrCancelled
		}
	}
}

// Ask asks one question and returns the answer (the default for an empty
// one), trimmed. Once answered, the question and its answer stay on the
// screen as one line.
func (p *Prompter) Ask(q Question) (string, error) {
	help := q.Help
	if q.Default != "" {
		if help != "" {
			help += "; "
		}
		help += "Enter: " + q.Default
	}
	restore, raw := p.raw()
	defer restore()
	fmt.Fprintf(p.out, "%s\r\n", p.style("1", q.Title))
	shown := 1
	if help != "" {
		fmt.Fprintf(p.out, "%s\r\n", p.style("2", help))
		shown++
	}
	for {
		var v string
		var err error
		if raw {
			v, err = p.line("> ")
		} else {
			v, err = p.plainLine("> ")
		}
		if err != nil {
			return "", err
		}
		shown++
		if e := q.check(v); e != nil {
			fmt.Fprintf(p.out, "%s\r\n", p.style("31", "✗ "+e.Error()))
			shown++
			continue
		}
		v = strings.TrimSpace(v)
		if v == "" {
			v = q.Default
		}
		answer := v
		if answer == "" {
			answer = "(none)"
		}
		if raw {
			fmt.Fprintf(p.out, "\x1b[%dA\r\x1b[J", shown) // the question goes; its answer stays
		}
		fmt.Fprintf(p.out, "%s: %s\r\n", q.Title, answer)
		return v, nil
	}
}

// Choose shows a menu and returns the Value of the option chosen: arrow
// keys or j/k move (wrapping around), a digit jumps, Enter chooses.
func (p *Prompter) Choose(title string, opts []Option) (string, error) {
	if len(opts) == 0 {
		return "", errors.New("a menu without options")
	}
	restore, raw := p.raw()
	defer restore()
	chosen := func(i int) (string, error) {
		s := opts[i].Summary
		if s == "" {
			s = opts[i].Label
		}
		if raw {
			fmt.Fprintf(p.out, "\x1b[%dA\r\x1b[J", len(opts)+1)
		}
		fmt.Fprintf(p.out, "%s %s\r\n", title, s)
		return opts[i].Value, nil
	}
	if !raw {
		fmt.Fprintf(p.out, "%s\n", title)
		for i, o := range opts {
			fmt.Fprintf(p.out, "%d. %s\n", i+1, o.Label)
		}
		for {
			v, err := p.plainLine(fmt.Sprintf("Number (1-%d): ", len(opts)))
			if err != nil {
				return "", err
			}
			var n int
			if _, err := fmt.Sscan(strings.TrimSpace(v), &n); err == nil && n >= 1 && n <= len(opts) {
				return chosen(n - 1)
			}
		}
	}
	fmt.Fprintf(p.out, "\x1b[?25l%s\r\n", p.style("1", title)) // cursor hidden while the menu shows
	defer fmt.Fprint(p.out, "\x1b[?25h")
	cur := 0
	draw := func(again bool) {
		if again {
			fmt.Fprintf(p.out, "\x1b[%dA", len(opts))
		}
		for i, o := range opts {
			if i == cur {
				fmt.Fprintf(p.out, "\r\x1b[2K%s\r\n", p.style("36", "> "+o.Label))
			} else {
				fmt.Fprintf(p.out, "\r\x1b[2K  %s\r\n", o.Label)
			}
		}
	}
	draw(false)
	n := len(opts)
	for {
		k, err := p.readKey()
		if err != nil {
			return "", ErrCancelled
		}
		switch {
		case k.name == "enter":
			return chosen(cur)
		case k.name == "cancel", k.r == 'q':
			return "", ErrCancelled
		case k.name == "up", k.r == 'k':
			cur = (cur - 1 + n) % n
		case k.name == "down", k.r == 'j':
			cur = (cur + 1) % n
		case k.r >= '1' && k.r <= '9' && int(k.r-'1') < n:
			cur = int(k.r - '1')
		default:
			continue
		}
		draw(true)
	}
}
