package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testsmtp"
)

// TestMenuOnTerminal: smtpgw alone on a terminal shows the task menu; the
// chosen task asks for what it needs (an answer its package refuses is
// said so, and asked again), shows the command line to type next time,
// and runs: here a session with an in-process server.
func TestMenuOnTerminal(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	t.Setenv("CI", "")
	port := startSink(t, &sink{}, nil)
	p := startPTY(t)
	p.expect("What do you want to do?")
	p.expect("Talk SMTP by hand")
	for i := 0; i < 5; i++ {
		p.send("\x1b[B") // Down
	}
	p.send("\r")
	p.expect("Server to talk to")
	p.send("not a host\r")
	p.expect(`"not a host" contains a space or a control character`)
	p.send("\x15") // Ctrl-U clears the answer
	p.send(server(port) + "\r")
	p.expect("Next time, type: smtpgw session " + server(port) + "\r\n")
	p.expect("smtp> ")
	p.send(":quit\r")
	if code := p.wait(); code != 0 {
		t.Errorf("exit %d:\n%s", code, p.output())
	}
}

// TestMenuHelpAndCancel: the menu's last task is the help; Ctrl-C leaves
// the menu with nothing run.
func TestMenuHelpAndCancel(t *testing.T) {
	t.Setenv("CI", "")
	p := startPTY(t)
	p.expect("Show the help")
	p.send("\x1b[A\r") // Up wraps to the last task
	p.expect("Available Commands:")
	if code := p.wait(); code != 0 {
		t.Errorf("help: exit %d", code)
	}
	p = startPTY(t)
	p.expect("What do you want to do?")
	p.send("\x03")
	if code := p.wait(); code != 0 || strings.Contains(p.output(), "Available Commands:") {
		t.Errorf("Ctrl-C: exit %d:\n%s", code, p.output())
	}
}

// TestPromptsOnTerminal: every command missing its argument asks for it on
// a terminal, then runs as the command line it shows would.
func TestPromptsOnTerminal(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	t.Setenv("CI", "")

	t.Run("send", func(t *testing.T) {
		s := &sink{}
		port := startSink(t, s, nil)
		p := startPTY(t, "send", "--helo", "client.example.test")
		p.expect("Recipient address")
		p.send("bob@\r")
		p.expect(`address "bob@" is not of the form local-part@domain`)
		p.send("\x15bob@example.test\r")
		p.expect("Sender address")
		p.expect("Enter: smtpgw@client.example.test")
		p.send("\r") // the default
		p.expect("Server to send through")
		p.send(server(port) + "\r")
		p.expect("Next time, type: smtpgw send --helo client.example.test --to bob@example.test --server " + server(port) + "\r\n")
		if code := p.wait(); code != 0 {
			t.Fatalf("exit %d:\n%s", code, p.output())
		}
		if m := s.messages(); len(m) != 1 || !strings.Contains(string(m[0]), "To: bob@example.test") || !strings.Contains(string(m[0]), "From: smtpgw@client.example.test") {
			t.Errorf("server got %q", m)
		}
	})

	t.Run("probe", func(t *testing.T) {
		port := startSink(t, &sink{}, nil)
		p := startPTY(t, "probe", "--ports", "25")
		p.expect("Domain or host to probe")
		p.send(server(port) + "\r")
		p.expect("Next time, type: smtpgw probe --ports 25 " + server(port) + "\r\n")
		p.expect("STARTTLS not offered")
		if code := p.wait(); code == ExitUsage {
			t.Errorf("exit %d:\n%s", code, p.output())
		}
	})

	t.Run("check", func(t *testing.T) {
		dns := testdns.Start(t, "posture.test. 300 IN MX 10 mx.posture.test.", "mx.posture.test. 300 IN A 127.0.0.1",
			`posture.test. 300 IN TXT "v=spf1 mx -all"`)
		p := startPTY(t, "check", "--resolver", dns.Addr, "--skip-smtp")
		p.expect("Domain to check")
		p.send("posture.test\r")
		p.expect("Next time, type: smtpgw check --resolver " + dns.Addr + " --skip-smtp posture.test\r\n")
		p.expect("no DMARC record at _dmarc.posture.test")
		if code := p.wait(); code == ExitUsage {
			t.Errorf("exit %d:\n%s", code, p.output())
		}
	})

	t.Run("diagnose", func(t *testing.T) {
		dns := diagnoseWorld(t)
		port := testsmtp.StartRCPT(t, "550 5.1.1 <bob@rcpt.test>: Recipient address rejected: User unknown in local recipient table")
		p := startPTY(t, diagnoseArgs(dns, port)...)
		p.expect("Recipient whose mail does not arrive")
		p.send("bob@rcpt.test\r")
		p.expect("Your sender address")
		p.send("alice@sender.test\r")
		p.expect("--from alice@sender.test\r\n")
		p.expect("rejected the recipient (RCPT TO) of <alice@sender.test> → <bob@rcpt.test>")
		if code := p.wait(); code != ExitFindings {
			t.Errorf("exit %d:\n%s", code, p.output())
		}
	})

	t.Run("explain", func(t *testing.T) {
		p := startPTY(t, "explain")
		p.expect("SMTP reply to explain")
		p.send("550 5.1.1 User unknown\r")
		p.expect("Next time, type: smtpgw explain '550 5.1.1 User unknown'\r\n")
		p.expect("user-unknown")
		p.wait()
	})

	t.Run("explain a bounce file", func(t *testing.T) {
		bounce, err := filepath.Abs(filepath.Join("..", "..", "testdata", "bounces", "exim", "exim-plain.eml"))
		if err != nil {
			t.Fatal(err)
		}
		p := startPTY(t, "explain")
		p.expect("SMTP reply to explain, or a bounce file")
		p.send(bounce + "\r")
		p.expect("Next time, type: smtpgw explain --bounce " + bounce + "\r\n")
		p.expect("dave@rcpt.example")
		p.expect("user-unknown")
		p.wait()
	})

	t.Run("inspect", func(t *testing.T) {
		msg := filepath.Join(t.TempDir(), "message.eml")
		if err := os.WriteFile(msg, []byte("From: a@example.test\r\nTo: b@example.test\r\nSubject: hi\r\n\r\nhello\r\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		p := startPTY(t, "inspect")
		p.expect("Message file to inspect")
		p.send(filepath.Dir(msg) + "\r")
		p.expect("is a directory: give one message file")
		p.send("\x15" + msg + "\r")
		p.expect("Next time, type: smtpgw inspect " + msg + "\r\n")
		if code := p.wait(); code == ExitUsage {
			t.Errorf("exit %d:\n%s", code, p.output())
		}
	})
}

// TestNoPromptWhenTold: on a terminal too, --no-input, CI=true and --json
// mean no question: the usage error of a script, exit 2. Ctrl-C at a
// question runs nothing (exit 2).
func TestNoPromptWhenTold(t *testing.T) {
	for _, c := range []struct {
		ci   string
		args []string
		want string
	}{
		{"", []string{"--no-input", "probe"}, "give at least one target"},
		{"true", []string{"check"}, "give at least one domain"},
		{"", []string{"send", "--json"}, "no recipient: give at least one --to ADDRESS"},
		{"", []string{"session", "--json"}, "session needs one server"},
		{"", []string{"--no-input", "diagnose"}, "give one recipient address"},
		{"", []string{"--no-input", "inspect"}, "accepts 1 arg"},
	} {
		t.Setenv("CI", c.ci)
		p := startPTY(t, c.args...)
		code := p.wait()
		if code != ExitUsage || !strings.Contains(p.output(), c.want) || strings.Contains(p.output(), "Next time") {
			t.Errorf("CI=%q %v: exit %d, terminal:\n%s", c.ci, c.args, code, p.output())
		}
	}
	t.Setenv("CI", "")
	p := startPTY(t, "probe")
	p.expect("Domain or host to probe")
	p.send("\x03")
	if code := p.wait(); code != ExitUsage || !strings.Contains(p.output(), "cancelled: nothing was run") {
		t.Errorf("Ctrl-C: exit %d:\n%s", code, p.output())
	}
}

// TestNoPromptOffTerminal: with input or output not a terminal, a missing
// argument is the usual usage error and smtpgw alone prints the help.
func TestNoPromptOffTerminal(t *testing.T) {
	t.Setenv("CI", "")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"probe"}, "give at least one target"},
		{[]string{"check"}, "give at least one domain"},
		{[]string{"send"}, "no recipient"},
		{[]string{"session"}, "session needs one server"},
		{[]string{"diagnose"}, "give one recipient address"},
		{[]string{"inspect"}, "accepts 1 arg"},
	} {
		out, errOut, code := runCLI(t, "", c.args...)
		if code != ExitUsage || !strings.Contains(errOut, c.want) || strings.Contains(out+errOut, "Next time") {
			t.Errorf("%v: exit %d, stderr %q, out %q", c.args, code, errOut, out)
		}
	}
	out, _, code := runCLI(t, "")
	if code != 0 || !strings.Contains(out, "Available Commands:") || strings.Contains(out, "What do you want to do?") {
		t.Errorf("smtpgw alone, piped: exit %d:\n%s", code, out)
	}
}

// vtScreen replays out on a terminal of the given width, as far as the
// prompts draw: text, CR, LF, backspace, cursor up/down/left/right
// (ESC [ n A/B/C/D), erase in line (ESC [ K, ESC [ 2K) and erase below
// (ESC [ J); other escapes (modes, colors) are dropped. It returns the
// screen's lines, trailing blanks removed.
func vtScreen(out string, width int) string {
	var grid [][]rune
	row, col := 0, 0
	line := func() []rune {
		for len(grid) <= row {
			grid = append(grid, nil)
		}
		return grid[row]
	}
	put := func(r rune) {
		l := line()
		for len(l) <= col {
			l = append(l, ' ')
		}
		l[col] = r
		grid[row] = l
		col++
		if col >= width {
			col = width - 1
		}
	}
	rs := []rune(out)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\x1b' && i+1 < len(rs) && rs[i+1] == '[':
			j := i + 2
			for j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || rs[j] == ';' || rs[j] == '?') {
				j++
			}
			if j >= len(rs) {
				i = j
				break
			}
			arg := string(rs[i+2 : j])
			n := 1
			if arg != "" && arg[0] != '?' {
				fmt.Sscan(arg, &n)
			}
			switch rs[j] {
			case 'A':
				row = max(row-n, 0)
			case 'B':
				row += n
			case 'C':
				col = min(col+n, width-1)
			case 'D':
				col = max(col-n, 0)
			case 'K':
				l := line()
				if arg == "2" {
					grid[row] = nil
				} else if col < len(l) {
					grid[row] = l[:col]
				}
			case 'J':
				l := line()
				if col < len(l) {
					grid[row] = l[:col]
				}
				grid = grid[:row+1]
			}
			i = j
		case r == '\x1b':
			i++ // a two-byte escape
		case r == '\r':
			col = 0
		case r == '\n':
			row, col = row+1, 0
			line()
		case r == '\b':
			col = max(col-1, 0)
		default:
			put(r)
		}
	}
	var lines []string
	for _, l := range grid {
		lines = append(lines, strings.TrimRight(string(l), " "))
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n") + "\n"
}

// TestPromptsDocs captures the menu and a prompted session as the screen
// shows them, for docs/prompts.md: testdata/prompts/menu.golden (the menu
// as it first shows) and testdata/prompts/after.golden (the screen when
// the session has started).
func TestPromptsDocs(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	t.Setenv("CI", "")
	port := startSink(t, &sink{}, nil)
	p := startPTY(t)
	p.expect("Show the help")
	menu := vtScreen(p.output(), 250)
	for i := 0; i < 5; i++ {
		p.send("\x1b[B")
	}
	p.send("\r")
	p.expect("Server to talk to")
	p.send(server(port) + "\r")
	p.expect("smtp> ")
	p.send(":quit\r")
	p.wait()
	after := normalise(vtScreen(p.output(), 250), port)
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "prompts.md"))
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]string{"menu.golden": menu, "after.golden": after} {
		path := filepath.Join("testdata", "prompts", name)
		if *updateGolden {
			os.MkdirAll(filepath.Dir(path), 0o755)
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update-golden)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs (run with -update-golden after checking it):\n--- got\n%s\n--- want\n%s", path, got, want)
		}
		if !strings.Contains(string(doc), got) {
			t.Errorf("docs/prompts.md does not show %s: paste it in", path)
		}
	}
}

// TestPromptAccessible: with ACCESSIBLE set, smtpgw asks with plain line
// prompts (for screen readers), and the answer is used the same way.
func TestPromptAccessible(t *testing.T) {
	t.Setenv("CI", "")
	t.Setenv("ACCESSIBLE", "1")
	p := startPTY(t, "explain")
	p.expect("SMTP reply to explain")
	p.send("421 4.7.0 Try again later\r")
	p.expect("Next time, type: smtpgw explain '421 4.7.0 Try again later'")
	p.wait()
	if strings.Contains(p.output(), "┃") {
		t.Errorf("the full-screen form was drawn:\n%s", p.output())
	}
}

// TestMenuRelay: the menu's relay task asks where to listen (default
// shown) and where to deliver (optional; a smarthost URL is checked as
// --smarthost is), then starts the relay.
func TestMenuRelay(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	t.Setenv("CI", "")
	p := startPTY(t)
	p.expect("Run a local relay")
	p.send("\x1b[A\x1b[A\r") // Up twice from the first task: the relay
	p.expect("Address to listen on")
	p.expect("Enter: 127.0.0.1:2525")
	p.send("127.0.0.1:0\r")
	p.expect("Smarthost to deliver through")
	p.send("http://relay.example.test\r")
	p.expect(`give smtp://[USER@]HOST[:587] or smtps://[USER@]HOST[:465]`)
	p.send("\x15\r") // none
	p.expect("Next time, type: smtpgw relay --listen 127.0.0.1:0\r\n")
	p.expect("Listening on")
	p.stop()
	if code := p.wait(); code != 0 {
		t.Errorf("exit %d:\n%s", code, p.output())
	}
}

// TestNoTerminalQueriesAtStart: on a terminal, smtpgw writes nothing
// before its own output — no colour or cursor-position query, which would
// cost every command a round trip to the terminal (or a wait on one that
// does not answer) and can leave the answer in the input.
func TestNoTerminalQueriesAtStart(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"explain", "421"}} {
		p := startPTY(t, args...)
		if code := p.wait(); code != 0 {
			t.Fatalf("%v: exit %d", args, code)
		}
		if out := p.output(); strings.Contains(out, "\x1b]") || strings.Contains(out, "\x1b[6n") || !strings.HasPrefix(out, map[bool]string{true: "smtpgw version", false: "421"}[args[0] == "--version"]) {
			t.Errorf("%v: the terminal shows %q", args, out)
		}
	}
}
