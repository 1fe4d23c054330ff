package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/smtpgw/smtpgw/internal/testpki"
)

// ptySession runs the smtpgw binary with a pseudo-terminal as its
// controlling terminal, stdin, stdout and stderr, as a person at a terminal
// would. It is a process of its own, not the command tree in-process: a
// terminal library (readline) keeps goroutines and state that outlive a
// run, and a process sees its terminal as a user's would (the controlling
// terminal, what it writes at start).
type ptySession struct {
	t    *testing.T
	ptmx *os.File
	mu   sync.Mutex
	out  bytes.Buffer
	done chan int
	read chan struct{} // closed when the terminal has nothing more to show
	// stop sends SIGTERM, as Ctrl-C or a service manager does.
	stop func()
}

var (
	ptyBinOnce sync.Once
	ptyBinDir  string
	ptyBin     string
	ptyBinErr  error
)

// ptyBinary builds the smtpgw binary once per test run (without the race
// detector: the product's own race-tested code runs in-process elsewhere).
func ptyBinary(t *testing.T) string {
	t.Helper()
	ptyBinOnce.Do(func() {
		ptyBinDir, ptyBinErr = os.MkdirTemp("", "smtpgw-pty-")
		if ptyBinErr != nil {
			return
		}
		ptyBin = filepath.Join(ptyBinDir, "smtpgw")
		out, err := exec.Command("go", "build", "-o", ptyBin, ".").CombinedOutput()
		if err != nil {
			ptyBinErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if ptyBinErr != nil {
		t.Fatal(ptyBinErr)
	}
	return ptyBin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if ptyBinDir != "" {
		os.RemoveAll(ptyBinDir)
	}
	os.Exit(code)
}

func startPTY(t *testing.T, args ...string) *ptySession {
	t.Helper()
	bin := ptyBinary(t)
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 50, Cols: 250}); err != nil {
		t.Fatal(err)
	}
	p := &ptySession{t: t, ptmx: ptmx, done: make(chan int, 1), read: make(chan struct{})}
	go func() {
		buf := make([]byte, 4096)
		ended := false
		for {
			n, err := ptmx.Read(buf)
			p.mu.Lock()
			p.out.Write(buf[:n])
			if !ended && bytes.Contains(p.out.Bytes(), []byte(endOfRun)) {
				ended = true
				close(p.read)
			}
			p.mu.Unlock()
			if err != nil {
				if !ended {
					close(p.read)
				}
				return
			}
		}
	}()
	cmd := exec.Command(bin, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p.stop = func() { cmd.Process.Signal(syscall.SIGTERM) }
	go func() {
		err := cmd.Wait()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			code = -1
		}
		// The end of the output is marked on the terminal, which stays
		// open, so that everything the process wrote is read first.
		io.WriteString(tty, endOfRun)
		p.done <- code
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		select {
		case <-p.read:
		case <-time.After(5 * time.Second):
		}
		ptmx.Close()
		tty.Close()
	})
	return p
}

// endOfRun is written to the terminal when the command has returned.
const endOfRun = "\x00<end of run>\x00"

func (p *ptySession) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out, _, _ := strings.Cut(p.out.String(), endOfRun)
	return out
}

// expect waits until the terminal shows want (a fail-safe limit ends a
// hung test; nothing is timed).
func (p *ptySession) expect(want string) {
	p.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(p.output(), want) {
		if time.Now().After(deadline) {
			p.t.Fatalf("the terminal never showed %q; it shows:\n%s", want, p.output())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// expectN waits until the terminal has shown want n times.
func (p *ptySession) expectN(want string, n int) {
	p.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for strings.Count(p.output(), want) < n {
		if time.Now().After(deadline) {
			p.t.Fatalf("the terminal never showed %q %d times; it shows:\n%s", want, n, p.output())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// expectPrompt waits until the terminal shows after (its last occurrence)
// and then the "smtp> " prompt: the line editor is back in raw mode, so
// what is typed next is not echoed by the terminal's cooked mode first (a
// test that typed on after "after" alone saw ":quit" echoed twice now and
// then).
func (p *ptySession) expectPrompt(after string) {
	p.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		out := p.output()
		if i := strings.LastIndex(out, after); i >= 0 && strings.Contains(out[i+len(after):], "smtp> ") {
			return
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("the terminal never showed the prompt after %q; it shows:\n%s", after, out)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (p *ptySession) send(s string) {
	p.t.Helper()
	if _, err := io.WriteString(p.ptmx, s); err != nil {
		p.t.Fatal(err)
	}
}

func (p *ptySession) wait() int {
	p.t.Helper()
	select {
	case code := <-p.done:
		// Everything written before the end, read to the last byte.
		select {
		case <-p.read:
		case <-time.After(20 * time.Second):
			p.t.Fatalf("the terminal output never ended")
		}
		return code
	case <-time.After(20 * time.Second):
		p.t.Fatalf("the session did not end; the terminal shows:\n%s", p.output())
	}
	return -1
}

// TestSessionTerminal: on a terminal, Tab completes the extensions the
// server offered, :auth asks for the password without echo and never shows
// it, and the history survives a restart (without the password).
func TestSessionTerminal(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "127.0.0.1")
	s := &sink{user: "alice@example.test", pass: "pw-Quux-42", token: "ya29.tok-Zebra-77"}
	port := startSink(t, s, &cert)
	caFile := ca.WriteCAFile(t)

	p := startPTY(t, "session", server(port), "--ca-file", caFile)
	p.expect("S: 220 ")
	p.expect("smtp> ")
	p.send("EHLO client.example.test\r")
	p.expect("S: 250 ")
	// "STA" + Tab: only STARTTLS starts so; the server offered it.
	p.send("STA\t\r")
	p.expect("C: STARTTLS")
	p.expect("* certificate verified")
	p.expect("S: 250-AUTH PLAIN LOGIN")
	// Tab on "AUTH " lists the offered mechanisms.
	p.send("AUTH \t")
	p.expect("PLAIN")
	p.send("\x15") // Ctrl-U: clear the line
	p.send(":auth plain alice@example.test\r")
	p.expect("Password for alice@example.test: ")
	// Typed slowly, with a typo erased: nothing reaches the screen.
	for _, c := range "pw-Quux-4x\x7f2" {
		p.send(string(c))
	}
	p.send("\r")
	p.expect("S: 235 ")
	// A new connection, TLS again, and the OAuth2 token instead.
	p.send(":reconnect\r")
	p.expectN("S: 220 mx", 2)
	p.send(":starttls\r")
	p.expectN("* certificate verified", 2)
	p.send(":auth xoauth2 alice@example.test\r")
	p.expect("OAuth2 access token for alice@example.test (not shown): ")
	p.send("ya29.tok-Zebra-77\r")
	p.expect("C: AUTH XOAUTH2 <redacted>")
	p.expectN("S: 235 ", 2)
	p.send("NOOP\r")
	p.expect("C: NOOP")
	p.expect("S: 250 ")
	p.send("\x04") // Ctrl-D ends the session
	if code := p.wait(); code != 0 {
		t.Errorf("exit %d", code)
	}
	out := p.output()
	if strings.Contains(out, "pw-Quux") || strings.Contains(out, "Zebra") {
		t.Errorf("the password or token was echoed or shown:\n%s", out)
	}
	// Silent as ssh and sudo: between each prompt and the next thing the
	// session prints, the terminal shows nothing but the line end (no '*'
	// per character, not even the length).
	for _, prompt := range []string{"Password for alice@example.test: ", "OAuth2 access token for alice@example.test (not shown): "} {
		i := strings.Index(out, prompt)
		if i < 0 {
			t.Fatalf("no prompt %q", prompt)
		}
		after := out[i+len(prompt):]
		if j := strings.Index(after, "C: AUTH"); j < 0 || after[:j] != "\r\n" {
			t.Errorf("after %q the terminal shows %q, want only \"\\r\\n\"", prompt, after[:min(j, 80)])
		}
	}
	if !strings.Contains(out, "C: AUTH PLAIN <redacted>") {
		t.Errorf("no redacted AUTH line:\n%s", out)
	}
	hist, err := os.ReadFile(filepath.Join(state, "smtpgw", "history"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(hist), "pw-Quux-42") || !strings.Contains(string(hist), "NOOP") {
		t.Errorf("history file:\n%s", hist)
	}

	// A new session: Up brings back the last command of the last one.
	p2 := startPTY(t, "session", server(port), "--ca-file", caFile)
	p2.expect("smtp> ")
	p2.send("\x1b[A")
	p2.expect("smtp> NOOP")
	p2.send("\r")
	p2.expect("C: NOOP")
	p2.send(":quit\r")
	if code := p2.wait(); code != 0 {
		t.Errorf("second session: exit %d", code)
	}
}

// screen replays what a terminal shows for out: "\r" returns to the start
// of the line, "\b" moves left, ESC [ K / 2K / J clear, other escapes are
// dropped; the prompt line's redraws as one types collapse into the final
// line, as on screen.
func screen(out string) string {
	var lines []string
	var cur []rune
	col := 0
	rs := []rune(out)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\x1b' && i+1 < len(rs) && rs[i+1] == '[':
			j := i + 2
			for j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || rs[j] == ';') {
				j++
			}
			if j < len(rs) && (rs[j] == 'K' || rs[j] == 'J') {
				if string(rs[i+2:j]) == "2" {
					cur, col = nil, 0
				} else if col < len(cur) {
					cur = cur[:col]
				}
			}
			i = j
		case r == '\r':
			col = 0
		case r == '\n':
			lines = append(lines, strings.TrimRight(string(cur), " "))
			cur, col = nil, 0
		case r == '\b':
			if col > 0 {
				col--
			}
		default:
			if col < len(cur) {
				cur[col] = r
			} else {
				cur = append(cur, r)
			}
			col++
		}
	}
	if len(cur) > 0 {
		lines = append(lines, strings.TrimRight(string(cur), " "))
	}
	return strings.Join(lines, "\n") + "\n"
}

// TestSessionTerminalCapture types a session at a terminal and compares
// what the screen shows with testdata/session/terminal.golden, which
// docs/session.md shows: completion of MAIL FROM:< and RCPT TO:<, a 550
// explained, and AUTH over plain text asked about (default no).
func TestSessionTerminalCapture(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	s := &sink{rcpt: rejectNobody}
	port := startSink(t, s, nil)
	p := startPTY(t, "session", server(port))
	p.expect("smtp> ")
	p.send("EHLO client.example.test\r")
	p.expectPrompt("S: 250 SIZE")
	p.send("MA\t")
	p.expect("smtp> MAIL FROM:<")
	p.send("sender@example.test>\r")
	p.expectPrompt("S: 250 2.0.0 Roger")
	p.send("RC\t")
	p.expect("smtp> RCPT TO:<")
	p.send("nobody@example.test>\r")
	p.expectPrompt("first step: ")
	p.send(":auth plain sender@example.test\r")
	p.expect("Send credentials anyway? [y/N] ")
	p.send("\r")
	p.expectPrompt("* AUTH not sent")
	p.send(":quit\r")
	p.expect("(reply to QUIT)\r\n")
	if code := p.wait(); code != 0 {
		t.Errorf("exit %d", code)
	}
	got := normalise(screen(p.output()), port)
	checkGolden(t, "terminal.golden", got)
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "session.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), got) {
		t.Errorf("docs/session.md does not contain the terminal session of testdata/session/terminal.golden: paste it in")
	}
}

// TestSessionEditor: on a terminal with $EDITOR set, :data opens the editor
// on a template whose headers come from the transaction, and sends what
// was saved, dot-stuffed; an emptied file sends nothing (not even DATA).
func TestSessionEditor(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir := t.TempDir()
	editor := filepath.Join(dir, "editor")
	// An "editor" that changes the subject and adds a line starting with a dot.
	script := "#!/bin/sh\nsed -i 's/^Subject: .*/Subject: edited by hand/' \"$1\"\nprintf '.a line that starts with a dot\\n' >> \"$1\"\n"
	if err := os.WriteFile(editor, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", editor)
	s := &sink{}
	port := startSink(t, s, nil)
	p := startPTY(t, "session", server(port))
	p.expect("smtp> ")
	p.send("EHLO client.example.test\r")
	p.expect("S: 250 SIZE")
	p.send("MAIL FROM:<alice@example.test>\r")
	p.expect("S: 250 2.0.0 Roger")
	p.send("RCPT TO:<bob@example.test>\r")
	p.expect("gets this")
	p.send(":data\r")
	p.expect("* composing the message in " + editor + ": save and quit to send it; an empty file sends nothing")
	p.expect("S: 250 2.0.0 OK: queued")
	p.send(":quit\r")
	if code := p.wait(); code != 0 {
		t.Errorf("exit %d", code)
	}
	msgs := s.messages()
	if len(msgs) != 1 {
		t.Fatalf("server got %d messages:\n%s", len(msgs), p.output())
	}
	m := string(msgs[0])
	for _, want := range []string{"From: alice@example.test\r\nTo: bob@example.test\r\nSubject: edited by hand\r\nDate: ", "\r\nMessage-ID: <smtpgw.", "@example.test>\r\n\r\nHello,\r\n", "\r\n.a line that starts with a dot\r\n"} {
		if !strings.Contains(m, want) {
			t.Errorf("message lacks %q:\n%s", want, m)
		}
	}
	if !strings.Contains(p.output(), "C: <message: 10 lines, ") {
		t.Errorf("no dot-stuffed message line:\n%s", p.output())
	}

	// An editor that empties the file: nothing is sent.
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte("#!/bin/sh\n: > \"$1\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("EDITOR", empty)
	p2 := startPTY(t, "session", server(port))
	p2.expect("smtp> ")
	p2.send(":data\r")
	p2.expect("* the message is empty: nothing sent (DATA was not started)")
	p2.send(":quit\r")
	p2.wait()
	if strings.Contains(p2.output(), "C: DATA") || len(s.messages()) != 1 {
		t.Errorf("an empty message was sent:\n%s", p2.output())
	}
}
