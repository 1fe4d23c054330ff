package session

import (
	"bufio"
	"net"
	"strings"
	"testing"
	"time"
)

// batchServer greets, answers EHLO offering PIPELINING, then reads a
// group of n commands before it answers any of them: a client that waited
// for each reply would never get one.
func batchServer(t *testing.T, n int, replies string) (addr string, got chan string) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	got = make(chan string, 1)
	go func() {
		c, err := l.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		c.Write([]byte("220 batch.example.test ESMTP\r\n"))
		r := bufio.NewReader(c)
		if _, err := r.ReadString('\n'); err != nil {
			return
		}
		c.Write([]byte("250-batch.example.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n"))
		var group strings.Builder
		for i := 0; i < n; i++ {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			group.WriteString(line)
		}
		got <- group.String()
		c.Write([]byte(replies))
		r.ReadString('\n')
	}()
	return l.Addr().String(), got
}

// TestPipeline: the commands of :pipeline go out together, and each reply
// is shown against the command it answers.
func TestPipeline(t *testing.T) {
	addr, got := batchServer(t, 3, "250 2.1.0 sender ok\r\n550 5.1.1 <nobody@example.test>: no such user\r\n250 2.1.5 recipient ok\r\n")
	_, items := run(t, Options{Target: addr, Idle: 10 * time.Second},
		"EHLO client.example.test\n:pipeline MAIL FROM:<a@example.test> ; RCPT TO:<nobody@example.test> ; RCPT TO:<b@example.test>\n")
	if g := <-got; g != "MAIL FROM:<a@example.test>\r\nRCPT TO:<nobody@example.test>\r\nRCPT TO:<b@example.test>\r\n" {
		t.Errorf("server got %q", g)
	}
	var fors []string
	for _, it := range items {
		if it.Kind == KindReply && it.For != "" {
			fors = append(fors, it.For+" → "+it.Reply.String())
		}
	}
	want := []string{
		"MAIL FROM:<a@example.test> → 250 2.1.0 sender ok",
		"RCPT TO:<nobody@example.test> → 550 5.1.1 <nobody@example.test>: no such user",
		"RCPT TO:<b@example.test> → 250 2.1.5 recipient ok",
	}
	if strings.Join(fors, "\n") != strings.Join(want, "\n") {
		t.Errorf("replies against commands:\n%s\nwant:\n%s", strings.Join(fors, "\n"), strings.Join(want, "\n"))
	}
}

// TestPipelineRules: DATA in the middle of a group is refused before
// anything is sent; without PIPELINING the commands go one at a time.
func TestPipelineRules(t *testing.T) {
	addr, got := rawServer(t, "220 one.example.test\r\n", "250 one.example.test\r\n", "250 ok\r\n", "250 ok\r\n")
	_, items := run(t, Options{Target: addr}, "EHLO client.example.test\n:pipeline DATA ; RSET\n:pipeline\nRSET\nNOOP\n.\n")
	out := texts(items)
	for _, w := range []string{
		"error :pipeline: DATA may only be the last command of a group (RFC 2920 §3.1)",
		"warning the server did not offer PIPELINING (RFC 2920): the commands are sent one at a time",
		"sent RSET\nreply 250 ok\nsent NOOP\nreply 250 ok\n",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("no %q in:\n%s", w, out)
		}
	}
	if g := <-got; g != "EHLO client.example.test\r\nRSET\r\nNOOP\r\n" {
		t.Errorf("server got %q", g)
	}
}

func TestTemplate(t *testing.T) {
	now := time.Date(2026, 12, 5, 23, 0, 0, 0, time.UTC)
	got := Template("alice@example.test", []string{"bob@example.test", "carol@example.test"}, now, "0123456789ab")
	want := "From: alice@example.test\nTo: bob@example.test, carol@example.test\nSubject: smtpgw session test 0123456789ab\n" +
		"Date: Sat, 05 Dec 2026 23:00:00 +0000\nMessage-ID: <smtpgw.1796511600.0123456789ab@example.test>\n\n" +
		"Hello,\n\nthis test message was written by hand in smtpgw session.\n"
	if got != want {
		t.Errorf("template:\n%s\nwant:\n%s", got, want)
	}
}
