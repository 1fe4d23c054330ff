// Package testsmtp runs scripted SMTP servers on loopback for tests.
package testsmtp

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"
)

// StartRCPT runs a scripted SMTP server on 127.0.0.1:0, like a plain Postfix
// without STARTTLS, that answers RCPT TO with the reply rcpt (such as
// "250 2.1.5 Ok" or "550 5.1.1 ... User unknown") and every other command
// as Postfix would. It returns the port; the server stops when the test ends.
func StartRCPT(t testing.TB, rcpt string) int {
	t.Helper()
	return Serve(t, func(c net.Conn) { serve(c, rcpt) })
}

// Serve listens on 127.0.0.1:0, runs handle for every connection in its
// own goroutine, and returns the port; the listener closes when the test
// ends. The scripted servers of the tests are built on it.
func Serve(t testing.TB, handle func(net.Conn)) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go handle(c)
		}
	}()
	return l.Addr().(*net.TCPAddr).Port
}

func serve(c net.Conn, rcpt string) {
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	r := bufio.NewReader(c)
	fmt.Fprintf(c, "220 mx.rcpt.test ESMTP Postfix\r\n")
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		cmd := strings.ToUpper(strings.TrimSpace(line))
		switch {
		case strings.HasPrefix(cmd, "EHLO"):
			fmt.Fprintf(c, "250-mx.rcpt.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
		case strings.HasPrefix(cmd, "HELO"), strings.HasPrefix(cmd, "MAIL"), cmd == "RSET", cmd == "NOOP":
			fmt.Fprintf(c, "250 2.0.0 Ok\r\n")
		case strings.HasPrefix(cmd, "RCPT"):
			fmt.Fprintf(c, "%s\r\n", rcpt)
		case cmd == "QUIT":
			fmt.Fprintf(c, "221 2.0.0 Bye\r\n")
			return
		default:
			fmt.Fprintf(c, "502 5.5.2 Error: command not recognized\r\n")
		}
	}
}
