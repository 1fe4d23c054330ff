// Package smtpreplay replays recorded SMTP dialogues of real mail servers
// (Postfix, Exim) on a loopback listener, so that probe and send are tested
// offline against the exact lines those servers send.
//
// A script is a text file, one event per line:
//
//	# comment (server version, configuration)
//	S: 220 mx.example.test ESMTP Postfix (Debian/GNU)   a server line, sent as is (+CRLF)
//	C: EHLO *                                          the client command expected next
//	!: starttls                                        TLS handshake (after a 220 to STARTTLS)
//	!: implicit-tls                                    TLS handshake at once (first event; port 465)
//	!: close                                           close the connection
//	!: pause 300ms                                     wait (a time.ParseDuration value)
//
// The S: lines of one reply are written in one write, as a server writes
// a multi-line reply. A C: pattern matches case-insensitively; "*" matches
// any run of characters ("EHLO *", "MAIL FROM:<bob@example.test>*", "*"
// for a base64 AUTH response). After the server sends a 354 reply the
// message is read up to the lone "." line. A client line that does not
// match is answered "500 5.5.1 replay: ..." and recorded as an error.
package smtpreplay

import (
	"bufio"
	"crypto/tls"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// Event is one line of a script.
type Event struct {
	Kind byte   // 'S', 'C' or '!'
	Text string // the line, the pattern or the action
}

// Script is a parsed dialogue.
type Script struct {
	Comments []string // "#" lines, without the "# "
	Events   []Event
}

// Parse reads a script.
func Parse(text string) (*Script, error) {
	s := &Script{}
	for i, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			s.Comments = append(s.Comments, strings.TrimSpace(strings.TrimPrefix(line, "#")))
			continue
		}
		if len(line) < 3 || line[1] != ':' || (line[0] != 'S' && line[0] != 'C' && line[0] != '!') {
			return nil, fmt.Errorf("line %d: want \"S: \", \"C: \" or \"!: \": %q", i+1, line)
		}
		t := strings.TrimPrefix(line[2:], " ")
		if line[0] == '!' {
			switch {
			case t == "starttls", t == "implicit-tls", t == "close":
			case strings.HasPrefix(t, "pause "):
				if _, err := time.ParseDuration(strings.TrimPrefix(t, "pause ")); err != nil {
					return nil, fmt.Errorf("line %d: %v", i+1, err)
				}
			default:
				return nil, fmt.Errorf("line %d: unknown action %q", i+1, t)
			}
		}
		s.Events = append(s.Events, Event{Kind: line[0], Text: t})
	}
	return s, nil
}

// Load reads and parses a script file.
func Load(t testing.TB, path string) *Script {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Parse(string(b))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return s
}

// ServerLines returns the S: lines, in order.
func (s *Script) ServerLines() []string {
	var out []string
	for _, e := range s.Events {
		if e.Kind == 'S' {
			out = append(out, e.Text)
		}
	}
	return out
}

// Reply returns the n-th server reply (0 is the greeting) as its lines.
func (s *Script) Reply(n int) []string {
	var cur []string
	i := 0
	for _, e := range s.Events {
		if e.Kind != 'S' {
			continue
		}
		cur = append(cur, e.Text)
		if len(e.Text) < 4 || e.Text[3] != '-' {
			if i == n {
				return cur
			}
			i++
			cur = nil
		}
	}
	return nil
}

// Match reports whether a client line matches a C: pattern.
func Match(pattern, line string) bool {
	p, l := strings.ToLower(pattern), strings.ToLower(line)
	parts := strings.Split(p, "*")
	if len(parts) == 1 {
		return p == l
	}
	if !strings.HasPrefix(l, parts[0]) {
		return false
	}
	l = l[len(parts[0]):]
	for _, mid := range parts[1 : len(parts)-1] {
		i := strings.Index(l, mid)
		if i < 0 {
			return false
		}
		l = l[i+len(mid):]
	}
	return strings.HasSuffix(l, parts[len(parts)-1])
}

// Server plays a script to every connection it accepts.
type Server struct {
	Addr string // 127.0.0.1:port

	ln     net.Listener
	script *Script
	cert   tls.Certificate
	wg     sync.WaitGroup

	mu     sync.Mutex
	errs   []string
	lines  []string // client lines received, all connections
	conns  int
	closed bool
}

// Start serves script on 127.0.0.1:0 with cert for TLS until the test ends;
// at the end, any client line that broke the script fails the test.
func Start(t testing.TB, script *Script, cert tls.Certificate) *Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{ln: ln, script: script, cert: cert}
	s.Addr = ln.Addr().String()
	s.wg.Add(1)
	go s.accept()
	t.Cleanup(func() {
		s.Close()
		for _, e := range s.Errors() {
			t.Errorf("replay server: %s", e)
		}
	})
	return s
}

// Port returns the listening port as ":port" for a probe PortMap.
func (s *Server) Port() string { _, p, _ := net.SplitHostPort(s.Addr); return ":" + p }

// Close stops the listener and waits for the dialogues to end.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	s.mu.Unlock()
	s.ln.Close()
	s.wg.Wait()
}

// Errors returns the script violations seen so far.
func (s *Server) Errors() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.errs...)
}

// ClientLines returns every line clients sent (AUTH responses included).
func (s *Server) ClientLines() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.lines...)
}

// Connections returns how many connections were accepted.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conns
}

func (s *Server) errorf(format string, a ...any) {
	s.mu.Lock()
	s.errs = append(s.errs, fmt.Sprintf(format, a...))
	s.mu.Unlock()
}

func (s *Server) accept() {
	defer s.wg.Done()
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.mu.Lock()
		s.conns++
		s.mu.Unlock()
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer c.Close()
			s.play(c)
		}()
	}
}

func (s *Server) play(c net.Conn) {
	c.SetDeadline(time.Now().Add(30 * time.Second))
	r := bufio.NewReader(c)
	var out []string
	flush := func() bool {
		if len(out) == 0 {
			return true
		}
		_, err := c.Write([]byte(strings.Join(out, "\r\n") + "\r\n"))
		data := strings.HasPrefix(out[len(out)-1], "354")
		out = nil
		if err != nil {
			return false
		}
		if data {
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					s.errorf("message data cut off: %v", err)
					return false
				}
				if strings.TrimRight(l, "\r\n") == "." {
					break
				}
			}
		}
		return true
	}
	ev := s.script.Events
	for i := 0; i < len(ev); i++ {
		e := ev[i]
		switch e.Kind {
		case 'S':
			out = append(out, e.Text)
			if len(e.Text) < 4 || e.Text[3] != '-' {
				// The last line of a reply: send it (and after a 354, read
				// the message).
				if !flush() {
					return
				}
			}
		case '!':
			if !flush() {
				return
			}
			if d, ok := strings.CutPrefix(e.Text, "pause "); ok {
				pd, _ := time.ParseDuration(d)
				time.Sleep(pd)
				continue
			}
			switch e.Text {
			case "close":
				return
			case "starttls", "implicit-tls":
				tc := tls.Server(c, &tls.Config{Certificates: []tls.Certificate{s.cert}})
				if err := tc.Handshake(); err != nil {
					// A client may reject the certificate; the script ends here.
					return
				}
				c = tc
				r = bufio.NewReader(c)
			}
		case 'C':
			if !flush() {
				return
			}
			l, err := r.ReadString('\n')
			if err != nil {
				// The client may stop early (--quit-after, a failure it
				// detected); that ends the dialogue, it breaks nothing.
				return
			}
			l = strings.TrimRight(l, "\r\n")
			s.mu.Lock()
			s.lines = append(s.lines, l)
			s.mu.Unlock()
			if !Match(e.Text, l) {
				if strings.EqualFold(l, "QUIT") {
					c.Write([]byte("221 2.0.0 Bye\r\n"))
					return
				}
				s.errorf("event %d: expected %q, client sent %q", i+1, e.Text, l)
				c.Write([]byte("500 5.5.1 replay: unexpected command\r\n"))
				return
			}
		}
	}
	flush()
}
