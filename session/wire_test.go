package session

import (
	"bufio"
	"context"
	"net"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/smtpwire"
)

// rawServer greets every connection, then records every byte the client
// sends and answers each LF-terminated line with the next canned reply.
// got receives what each connection sent, when it ends.
func rawServer(t *testing.T, greeting string, replies ...string) (addr string, got chan string) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	got = make(chan string, 8)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func(c net.Conn, replies []string) {
				defer c.Close()
				c.Write([]byte(greeting))
				r := bufio.NewReader(c)
				var all strings.Builder
				for {
					line, err := r.ReadString('\n')
					all.WriteString(line)
					if err != nil {
						select {
						case got <- all.String():
						default:
						}
						return
					}
					if len(replies) > 0 {
						c.Write([]byte(replies[0]))
						replies = replies[1:]
					}
				}
			}(c, replies)
		}
	}()
	return l.Addr().String(), got
}

// TestRawSendsExactBytes: :raw sends the unescaped bytes and nothing else,
// bare LF and all (an SMTP smuggling probe).
func TestRawSendsExactBytes(t *testing.T) {
	addr, got := rawServer(t, "220 raw.example.test ready\r\n", "250 2.0.0 ok\r\n")
	var items []Item
	s, err := New(Options{Target: addr}, func(it Item) { items = append(items, it) })
	if err != nil {
		t.Fatal(err)
	}
	in := NewPiped(strings.NewReader(`:raw NOOP\x20x\n.\r` + "\n"))
	if err := s.Run(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	if b := <-got; b != "NOOP x\n.\r" {
		t.Errorf("server got %q, want %q", b, "NOOP x\n.\r")
	}
	var sent []string
	for _, it := range items {
		if it.Kind == KindSent {
			sent = append(sent, it.Text)
		}
	}
	if len(sent) != 1 || sent[0] != `(raw) "NOOP x\n.\r"` {
		t.Errorf("transcript shows %q", sent)
	}
}

func TestCompletionsOfferedFirst(t *testing.T) {
	s := &Session{ext: smtpwire.ParseEHLO(smtpwire.Reply{Code: 250, Lines: []string{"mx.example.test", "STARTTLS", "AUTH PLAIN LOGIN", "SIZE 1000", "8BITMIME", "CHUNKING"}})}
	c := s.Completions("")
	want := []string{"STARTTLS", "AUTH PLAIN", "AUTH LOGIN", "BDAT "}
	for i, w := range want {
		if i >= len(c) || c[i] != w {
			t.Fatalf("Completions(\"\") = %q, want it to start with %q", c, want)
		}
	}
	if got := s.Completions("au"); len(got) != 2 || got[0] != "AUTH PLAIN" {
		t.Errorf("Completions(au) = %q", got)
	}
	if got := s.Completions("mail"); len(got) != 1 || got[0] != "MAIL FROM:<" {
		t.Errorf("Completions(mail) = %q", got)
	}
	if got := s.Completions("MAIL FROM:<a@example.test> "); strings.Join(got, "|") != "MAIL FROM:<a@example.test> BODY=8BITMIME|MAIL FROM:<a@example.test> SIZE=" {
		t.Errorf("MAIL parameters = %q", got)
	}
	if got := s.Completions(":st"); len(got) != 1 || got[0] != ":starttls" {
		t.Errorf("Completions(:st) = %q", got)
	}
	// Nothing offered: no STARTTLS, no AUTH.
	none := &Session{}
	for _, c := range none.Completions("") {
		if c == "STARTTLS" || strings.HasPrefix(c, "AUTH") {
			t.Errorf("offered %q without an EHLO reply", c)
		}
	}
}
