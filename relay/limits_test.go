package relay

import (
	"bufio"
	"crypto/tls"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/internal/testpki"
	"github.com/smtpgw/smtpgw/relay/spool"
)

// readAll returns every reply line until the relay closes the connection.
func (r *rawConn) untilClosed() []string {
	var lines []string
	for {
		line, err := r.br.ReadString('\n')
		if line != "" {
			lines = append(lines, strings.TrimRight(line, "\r\n"))
		}
		if err != nil {
			return lines
		}
	}
}

// A command line without its CRLF is never executed: when the command
// timeout fires, the relay answers 421 4.4.2 and closes the connection, in
// plain text and over STARTTLS, whatever the partial line says.
func TestCutOffCommandNotExecuted(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "relay.example.test")
	h := startRelay(t, "", func(o *Options) {
		// long enough for a TLS handshake and EHLO on a loaded machine
		// under -race, with the twelve cases' handshakes at once (300 ms
		// was not: the handshake itself was cut off; 1 s failed once at a
		// load average of 12 on 2 cores). The cases wait it out in parallel.
		o.Server.CommandTimeout = 3 * time.Second
		o.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	})
	partials := map[string][]string{
		"RCPT":  {"MAIL FROM:<a@example.test>"},
		"DATA":  {"MAIL FROM:<a@example.test>", "RCPT TO:<user@example.test>"},
		"QUIT":  nil,
		"NOOP":  nil,
		"RSET":  nil,
		"EHLO2": nil,
	}
	lines := map[string]string{
		"RCPT": "RCPT TO:<user@example.test>", "DATA": "DATA", "QUIT": "QUIT", "NOOP": "NOOP", "RSET": "RSET",
		"EHLO2": "EHLO again.example.test",
	}
	// the cases wait out the command timeout at once; the group returns
	// when all have ended, before the spool is checked
	t.Run("cases", func(t *testing.T) {
		for _, useTLS := range []bool{false, true} {
			for name, before := range partials {
				t.Run(fmt.Sprintf("%s/tls=%v", name, useTLS), func(t *testing.T) {
					t.Parallel()
					c := dialRaw(t, h.addr)
					c.cmd("EHLO client.example.test", "250")
					if useTLS {
						c.cmd("STARTTLS", "220")
						tc := tls.Client(c.c, &tls.Config{RootCAs: ca.Pool, ServerName: "relay.example.test"})
						c.c, c.br = tc, bufio.NewReader(tc)
						c.cmd("EHLO client.example.test", "250")
					}
					for _, l := range before {
						c.cmd(l, "250")
					}
					c.c.Write([]byte(lines[name])) // no CRLF
					got := c.untilClosed()
					if len(got) != 1 || !strings.HasPrefix(got[0], "421 4.4.2 ") {
						t.Fatalf("after a cut-off %q: %q, want one 421 4.4.2 and the connection closed", lines[name], got)
					}
				})
			}
		}
	})
	if n := spoolCount(t, h.spool, spool.DirQueue) + spoolCount(t, h.spool, spool.DirTmp); n != 0 {
		t.Errorf("spool holds %d files", n)
	}
}

// A client dripping a command line byte by byte is closed at the first
// command timeout, without any of its bytes taken for a command.
func TestDripCommandClosedAtFirstTimeout(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", func(o *Options) { o.Server.CommandTimeout = 300 * time.Millisecond })
	c := dialRaw(t, h.addr)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for _, b := range []byte(strings.Repeat("NOOP", 100)) {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
			if _, err := c.c.Write([]byte{b}); err != nil {
				return
			}
		}
	}()
	if got := c.untilClosed(); len(got) != 1 || !strings.HasPrefix(got[0], "421 4.4.2 ") {
		t.Fatalf("drip: %q, want one 421 4.4.2 and the connection closed", got)
	}
}

// When over 80% of the slots (here of the per-IP limit) are taken, a
// connection waiting for a command gets the stress timeout, not the
// command timeout: idle clients cannot hold the slots.
func TestBusyServerShortensTimeouts(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", func(o *Options) {
		o.Server.MaxConnsPerIP = 5
		o.Server.CommandTimeout = time.Hour
		o.Server.StressTimeout = 200 * time.Millisecond
		o.Server.EvictAfter = time.Hour
	})
	var cs []*rawConn
	for range 4 {
		c := dialRaw(t, h.addr)
		c.cmd("EHLO client.example.test", "250")
		cs = append(cs, c)
	}
	cs = append(cs, dialRaw(t, h.addr)) // the fifth: over 80%
	for i, c := range cs {
		if got := c.untilClosed(); len(got) != 1 || !strings.HasPrefix(got[0], "421 4.4.2 ") {
			t.Errorf("idle connection %d: %q, want 421 4.4.2 at the stress timeout", i, got)
		}
	}
}

// At the limit, a new connection takes the slot of the one that has waited
// longest for a command, which is told 421 4.7.0 and closed.
func TestIdleOldestEvictedAtLimit(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", func(o *Options) {
		o.Server.MaxConnsPerIP = 3
		o.Server.CommandTimeout = time.Hour
		o.Server.StressTimeout = time.Hour
		o.Server.EvictAfter = time.Nanosecond
	})
	var cs []*rawConn
	for range 3 {
		c := dialRaw(t, h.addr)
		c.cmd("EHLO client.example.test", "250")
		cs = append(cs, c)
	}
	newcomer := dialRaw(t, h.addr) // 220: it got a slot
	newcomer.cmd("EHLO client.example.test", "250")
	if got := cs[0].untilClosed(); len(got) != 1 || !strings.HasPrefix(got[0], "421 4.7.0 relay.example.test Idle connection closed") {
		t.Fatalf("oldest idle connection: %q, want 421 4.7.0 and closed", got)
	}
	for i, c := range cs[1:] {
		c.cmd("NOOP", "250")
		_ = i
	}
	if !strings.Contains(h.logs.String(), `"msg":"idle connection closed"`) {
		t.Errorf("eviction not logged:\n%s", h.logs)
	}
}

// During DATA a client must keep up the minimum data rate: dripping a byte
// now and then is cut (421 4.4.2) long before the DATA timeout.
func TestMinimumDataRate(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", func(o *Options) {
		o.Server.CommandTimeout = 300 * time.Millisecond
		o.Server.DataTimeout = time.Hour
		o.Server.MinDataRate = 500
	})
	c := dialRaw(t, h.addr)
	c.cmd("EHLO client.example.test", "250")
	c.cmd("MAIL FROM:<a@example.test>", "250")
	c.cmd("RCPT TO:<b@example.test>", "250")
	c.cmd("DATA", "354")
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
			if _, err := c.c.Write([]byte("x")); err != nil {
				return
			}
		}
	}()
	if r := c.reply(); !strings.HasPrefix(r, "421 4.4.2") {
		t.Fatalf("drip in DATA: %q, want 421 4.4.2", r)
	}
}

// A client that never has more connections open than the per-IP limit is
// never refused: it opens exactly the limit and closes and reopens each as
// fast as it can (after QUIT, or by just closing), as an app's connection
// pool or Postfix's smtp-source -s 20 does.
func TestSlotFreeWhenConnectionCloses(t *testing.T) {
	t.Parallel()
	const limit, rounds = 20, 30
	h := startRelay(t, "", func(o *Options) {
		o.Server.MaxConnsPerIP = limit
		o.Server.MaxConns = 100
		o.Server.EvictAfter = time.Hour // no eviction: every slot must be free in time
	})
	var wg sync.WaitGroup
	errs := make(chan string, limit*rounds)
	for w := range limit {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rounds {
				c, err := net.Dial("tcp", h.addr)
				if err != nil {
					errs <- err.Error()
					return
				}
				c.SetDeadline(time.Now().Add(20 * time.Second))
				br := bufio.NewReader(c)
				cmd := func(line string) string {
					if line != "" {
						c.Write([]byte(line + "\r\n"))
					}
					l, _ := br.ReadString('\n')
					return l
				}
				if g := cmd(""); !strings.HasPrefix(g, "220") {
					errs <- fmt.Sprintf("worker %d round %d: greeting %q", w, i, g)
					c.Close()
					return
				}
				for _, l := range []string{"HELO client.example.test", "MAIL FROM:<a@example.test>", "RCPT TO:<b@example.test>"} {
					if r := cmd(l); !strings.HasPrefix(r, "250") {
						errs <- fmt.Sprintf("%s: %q", l, r)
					}
				}
				if r := cmd("DATA"); !strings.HasPrefix(r, "354") {
					errs <- fmt.Sprintf("DATA: %q", r)
				}
				if r := cmd("Subject: pool\r\n\r\nhello\r\n."); !strings.HasPrefix(r, "250") {
					errs <- fmt.Sprintf("end of data: %q", r)
				}
				if w%2 == 0 {
					cmd("QUIT")
				}
				c.Close()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if strings.Contains(h.logs.String(), "connection refused") {
		t.Error("the relay refused a connection")
	}
}

// Every size refusal (552) is logged like the other refusals: MAIL with a
// SIZE= over the limit, DATA over the limit, and a BDAT chunk over it
// (the first and last are refused by go-smtp before the relay's session
// sees them).
func TestSizeRefusalsLogged(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "relay.example.test")
	h := startRelay(t, "", func(o *Options) {
		o.Server.MaxMessageBytes = 1000
		o.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	})
	for _, useTLS := range []bool{false, true} {
		c := dialRaw(t, h.addr)
		c.cmd("EHLO client.example.test", "250")
		if useTLS {
			c.cmd("STARTTLS", "220")
			tc := tls.Client(c.c, &tls.Config{RootCAs: ca.Pool, ServerName: "relay.example.test"})
			c.c, c.br = tc, bufio.NewReader(tc)
			c.cmd("EHLO client.example.test", "250")
		}
		c.cmd("MAIL FROM:<size@example.test> SIZE=5000", "552 5.3.4")
		c.cmd("MAIL FROM:<data@example.test>", "250")
		c.cmd("RCPT TO:<b@example.test>", "250")
		c.cmd("DATA", "354")
		c.cmd(strings.Repeat("x", 100)+"\r\n"+strings.Repeat("y\r\n", 500)+".", "552 5.3.4")
		c.cmd("MAIL FROM:<bdat@example.test>", "250")
		c.cmd("RCPT TO:<b@example.test>", "250")
		c.c.Write([]byte("BDAT 2000 LAST\r\n" + strings.Repeat("z", 1998) + "\r\n"))
		c.expect("552 5.3.4")
		c.cmd("QUIT", "221")
	}
	logs := h.logs.String()
	for _, want := range []string{
		`"sender":"","reason":"message larger than 1000 bytes (declared in MAIL SIZE=)"`, // the MAIL was refused
		`"sender":"data@example.test","reason":"message larger than 1000 bytes"`,
		`"sender":"bdat@example.test","reason":"message larger than 1000 bytes"`,
	} {
		if n := strings.Count(logs, `"msg":"message rejected","client":"127.0.0.1:`); n != 6 {
			t.Errorf("%d refusals logged, want 6:\n%s", n, logs)
		}
		if n := strings.Count(logs, want); n != 2 {
			t.Errorf("%s logged %d times, want 2 (plain and TLS):\n%s", want, n, logs)
		}
	}
}
