package prompt

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/chzyer/readline"
	"golang.org/x/term"
)

// LineEditor reads the commands of an interactive session (smtpgw session)
// with a line editor (github.com/chzyer/readline): history kept in a file
// across sessions, Ctrl-R reverse search, and tab completion from the
// candidates the session gives (SMTP verbs, the extensions the server
// offered, meta commands). Passwords are read without echo and never enter
// the history, nor does a typed AUTH line. It is the session.Input of a
// terminal; package session itself knows no terminal.
type LineEditor struct {
	rl     *readline.Instance
	in     *readline.CancelableStdin
	f      *os.File
	out    io.Writer
	prompt string
}

// HistoryPath returns $XDG_STATE_HOME/smtpgw/history, or
// ~/.local/state/smtpgw/history when XDG_STATE_HOME is not set (XDG Base
// Directory Specification); "" when neither is known.
func HistoryPath(getenv func(string) string) string {
	if d := getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "smtpgw", "history")
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".local", "state", "smtpgw", "history")
	}
	return ""
}

// NewLineEditor opens a line editor on the terminal f (stdin), writing to
// out. complete gives the candidates for a line typed so far; history is
// the history file ("" keeps none).
func NewLineEditor(f *os.File, out io.Writer, prompt, history string, complete func(line string) []string) (*LineEditor, error) {
	fd := int(f.Fd())
	var saved *term.State
	if history != "" {
		if err := os.MkdirAll(filepath.Dir(history), 0o700); err != nil {
			history = ""
		}
	}
	// readline's reader goroutine may be blocked in a read of the terminal
	// when the session ends, and its Close waits for that goroutine: with the
	// terminal itself as Stdin, Close (and so the process) hung until the
	// next key press. A cancelable reader returns EOF at once when closed.
	in := readline.NewCancelableStdin(f)
	cfg := &readline.Config{
		Prompt:                 prompt,
		HistoryFile:            history,
		HistoryLimit:           1000,
		DisableAutoSaveHistory: true,
		HistorySearchFold:      true,
		AutoComplete:           completer(complete),
		Stdin:                  in,
		Stdout:                 out,
		Stderr:                 out,
		FuncIsTerminal:         func() bool { return term.IsTerminal(fd) },
		FuncGetWidth: func() int {
			w, _, err := term.GetSize(fd)
			if err != nil || w <= 0 {
				return 80
			}
			return w
		},
		FuncMakeRaw: func() error {
			st, err := term.MakeRaw(fd)
			if err == nil {
				saved = st
			}
			return err
		},
		FuncExitRaw: func() error {
			if saved == nil {
				return nil
			}
			err := term.Restore(fd, saved)
			saved = nil
			return err
		},
		FuncOnWidthChanged: func(func()) {},
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return nil, err
	}
	if history != "" {
		os.Chmod(history, 0o600)
	}
	return &LineEditor{rl: rl, in: in, f: f, out: out, prompt: prompt}, nil
}

// ReadLine reads one command; Ctrl-D on an empty line ends the session.
// Ctrl-C clears the line.
func (t *LineEditor) ReadLine() (string, error) {
	for {
		line, err := t.rl.Readline()
		if errors.Is(err, readline.ErrInterrupt) {
			continue
		}
		if err != nil {
			return "", err
		}
		if keepInHistory(line) {
			t.rl.SaveHistory(line)
		}
		return line, nil
	}
}

// keepInHistory leaves out empty lines and AUTH lines that carry a
// credential ("AUTH PLAIN <base64>").
func keepInHistory(line string) bool {
	f := strings.Fields(line)
	if len(f) == 0 {
		return false
	}
	return !(strings.EqualFold(f[0], "AUTH") && len(f) > 2)
}

// ReadSecret reads a password or token as ssh and sudo do: nothing is
// echoed, not even a '*' per character, so neither the secret nor its
// length shows on the screen. It is not kept in the history. Backspace
// and Ctrl-U edit; Ctrl-C gives up (ErrSecretInterrupted); Ctrl-D on an
// empty answer is io.EOF.
//
// The editor is idle between lines (chzyer/readline reads the terminal
// only while a line is being edited), so the secret is read here from the
// terminal itself in raw mode rather than through the editor, whose
// password mode can only mask characters, not hide them.
func (t *LineEditor) ReadSecret(prompt string) (string, error) {
	return ReadSecret(t.f, t.out, prompt)
}

// ErrSecretInterrupted is Ctrl-C at a password prompt.
var ErrSecretInterrupted = errors.New("interrupted (Ctrl-C)")

// ReadSecret reads a line from the terminal f without echoing anything,
// after writing prompt to out; see LineEditor.ReadSecret.
func ReadSecret(f *os.File, out io.Writer, prompt string) (string, error) {
	fd := int(f.Fd())
	st, err := term.MakeRaw(fd)
	if err != nil {
		return "", err
	}
	defer term.Restore(fd, st)
	io.WriteString(out, prompt)
	var secret []byte
	b := make([]byte, 1)
	for {
		n, err := f.Read(b)
		if n == 0 {
			if err == nil {
				continue
			}
			io.WriteString(out, "\r\n")
			return "", err
		}
		switch c := b[0]; c {
		case '\r', '\n':
			io.WriteString(out, "\r\n")
			return string(secret), nil
		case 3: // Ctrl-C
			io.WriteString(out, "\r\n")
			return "", ErrSecretInterrupted
		case 4: // Ctrl-D
			if len(secret) == 0 {
				io.WriteString(out, "\r\n")
				return "", io.EOF
			}
		case 0x7f, '\b': // erase the last character (a whole UTF-8 sequence)
			for len(secret) > 0 {
				last := secret[len(secret)-1]
				secret = secret[:len(secret)-1]
				if last < 0x80 || last >= 0xC0 {
					break
				}
			}
		case 0x15: // Ctrl-U: erase all
			secret = secret[:0]
		default:
			secret = append(secret, c)
		}
	}
}

// Confirm asks a yes/no question, default no.
func (t *LineEditor) Confirm(question string) (bool, error) {
	t.rl.SetPrompt(question + " [y/N] ")
	defer t.rl.SetPrompt(t.prompt)
	l, err := t.rl.Readline()
	if errors.Is(err, readline.ErrInterrupt) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	l = strings.ToLower(strings.TrimSpace(l))
	return l == "y" || l == "yes", nil
}

// Interactive is true.
func (t *LineEditor) Interactive() bool { return true }

// Close restores the terminal.
func (t *LineEditor) Close() error {
	t.in.Close()
	return t.rl.Close()
}

// completer adapts a candidates function to readline: the whole line typed
// so far is the prefix, so "MAIL FROM:<" completes as one word.
type completer func(line string) []string

func (c completer) Do(line []rune, pos int) ([][]rune, int) {
	if c == nil {
		return nil, 0
	}
	prefix := string(line[:pos])
	var out [][]rune
	for _, cand := range c(prefix) {
		if len(cand) >= len(prefix) && strings.EqualFold(cand[:len(prefix)], prefix) {
			out = append(out, []rune(cand[len(prefix):]))
		}
	}
	return out, len([]rune(prefix))
}
