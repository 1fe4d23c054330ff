package session

import (
	"context"
	"strings"
	"testing"
	"time"
)

func run(t *testing.T, o Options, script string) (*Session, []Item) {
	t.Helper()
	var items []Item
	s, err := New(o, func(it Item) { items = append(items, it) })
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Run(context.Background(), NewPiped(strings.NewReader(script))); err != nil {
		t.Fatal(err)
	}
	return s, items
}

func texts(items []Item) string {
	var b strings.Builder
	for _, it := range items {
		switch {
		case it.Reply != nil:
			b.WriteString(string(it.Kind) + " " + it.Reply.String() + "\n")
		default:
			b.WriteString(string(it.Kind) + " " + it.Text + "\n")
		}
	}
	return b.String()
}

// TestIdleTimeout: a server that goes silent is reported as such, with
// :reconnect as the way on, and the session fails (exit 1).
func TestIdleTimeout(t *testing.T) {
	addr, _ := rawServer(t, "220 slow.example.test\r\n") // never answers a command
	s, items := run(t, Options{Target: addr, Idle: 300 * time.Millisecond}, "NOOP\n")
	out := texts(items)
	if !strings.Contains(out, "error the server said nothing for 300ms (the idle limit): the connection is probably dead; :reconnect starts a new one") {
		t.Errorf("no idle message:\n%s", out)
	}
	if !s.LastFailed() || s.Connected() {
		t.Errorf("LastFailed %v, Connected %v", s.LastFailed(), s.Connected())
	}
}

// TestDataFileAndReconnect: :data FILE sends the file dot-stuffed with
// CRLF line ends; :reconnect opens a new connection with a new greeting.
func TestDataFileAndReconnect(t *testing.T) {
	addr, got := rawServer(t, "220 one.example.test\r\n", "354 go ahead\r\n", "", "", "", "", "250 2.0.0 queued\r\n")
	read := func(string) ([]byte, error) { return []byte("Subject: t\n\n.dot\nend\n"), nil }
	_, items := run(t, Options{Target: addr, ReadFile: read}, ":data msg.eml\n")
	if b := <-got; b != "DATA\r\nSubject: t\r\n\r\n..dot\r\nend\r\n.\r\n" {
		t.Errorf("server got %q", b)
	}
	out := texts(items)
	for _, want := range []string{
		"warning no MAIL FROM accepted yet",
		"sent <message: 4 lines, 26 bytes, dot-stuffed>\nsent .\nreply 250 2.0.0 queued",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("items lack %q:\n%s", want, out)
		}
	}
}

func TestReconnect(t *testing.T) {
	addr, _ := rawServer(t, "220 one.example.test\r\n")
	_, items := run(t, Options{Target: addr}, ":reconnect\n")
	out := texts(items)
	if !strings.Contains(out, "note connection closed\nconnected ") || strings.Count(out, "reply 220 one.example.test") != 2 {
		t.Errorf("items:\n%s", out)
	}
}

func TestMetaErrors(t *testing.T) {
	addr, _ := rawServer(t, "220 one.example.test\r\n")
	_, items := run(t, Options{Target: addr}, ":bogus\n:auth\npw\n:auth digest-md5 u\npw\n:raw\n:raw bad\\q\n:explain\n:explain hello\n:save\n")
	out := texts(items)
	for _, want := range []string{
		"error unknown meta command :bogus: :help lists them",
		"error :auth needs a mechanism and a user",
		"error :auth digest-md5: unknown mechanism",
		"error :raw needs TEXT",
		"error :raw: unknown escape \\q",
		"error :explain needs a reply",
		"error :explain hello: ",
		"error :save needs a FILE",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("items lack %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "pw") {
		t.Errorf("a password line was sent as a command:\n%s", out)
	}
}
