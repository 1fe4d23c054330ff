package server

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/internal/testpki"
)

// The wire is tested against go-smtp itself: a real go-smtp server reads
// and writes through a sessConn, and a small backend judges DATA the way
// the relay's session does (go-smtp's reader to its end, then the wire's
// verdict).

type wireMsg struct {
	out  []byte // what go-smtp's reader gave the backend
	raw  []byte // the DATA bytes the wire handed on (DATA only)
	err  error
	bdat bool
}

type wireBackend struct {
	sink   bool // DATA goes to wire.stream, as in the relay (else through go-smtp's reader)
	mu     sync.Mutex
	mails  []string
	msgs   []wireMsg // DATA
	chunks []wireMsg // BDAT (go-smtp's goroutine may end after the connection)
}

func (b *wireBackend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &wireSession{b: b, sc: c.Conn().(*sessConn)}, nil
}

type wireSession struct {
	b   *wireBackend
	sc  *sessConn
	raw []byte
}

func (s *wireSession) Mail(from string, _ *smtp.MailOptions) error {
	if s.sc.w.needHello {
		return errHelloAgain
	}
	s.b.mu.Lock()
	defer s.b.mu.Unlock()
	s.b.mails = append(s.b.mails, from)
	return nil
}
func (s *wireSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *wireSession) Reset()                               {}
func (s *wireSession) Logout() error                        { return nil }
func (s *wireSession) AuthMechanisms() []string             { return []string{sasl.Plain} }
func (s *wireSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, _, _ string) error { return smtp.ErrAuthFailed }), nil
}

func (s *wireSession) Data(r io.Reader) error {
	m := wireMsg{}
	if _, m.bdat = r.(*io.PipeReader); m.bdat {
		m.out, m.err = io.ReadAll(r)
	} else if !s.sc.w.dataAnnounced() {
		m.err = errWireLost
	} else {
		s.raw = nil
		s.sc.w.dataTap = func(p []byte) { s.raw = append(s.raw, p...) }
		var out []byte
		if s.b.sink {
			s.sc.w.stream(func(p []byte) error { out = append(out, p...); return nil }, goSMTPMaxMessage, maxLineLength)
		}
		m.out, m.err = io.ReadAll(r)
		if s.b.sink && m.err == nil && len(m.out) > 0 {
			m.err = fmt.Errorf("go-smtp read %q of a message the wire streamed", m.out)
		}
		if m.err == nil {
			m.err = s.sc.w.dataEnd()
		}
		if s.b.sink {
			m.out = out
		}
		m.raw = s.raw
	}
	s.b.mu.Lock()
	if m.bdat {
		s.b.chunks = append(s.b.chunks, m)
	} else {
		s.b.msgs = append(s.b.msgs, m)
	}
	s.b.mu.Unlock()
	return m.err
}

// scriptConn is a client that sends script, cut into reads of the given
// sizes (in turn; none: as much as asked for), and then closes its end;
// the replies are collected.
type scriptConn struct {
	r      *bytes.Reader
	sizes  []int
	i      int
	mu     sync.Mutex
	out    bytes.Buffer
	closed chan struct{}
	once   sync.Once
}

func (c *scriptConn) Read(p []byte) (int, error) {
	if len(c.sizes) > 0 {
		if n := c.sizes[c.i%len(c.sizes)]; n > 0 && n < len(p) {
			p = p[:n]
		}
		c.i++
	}
	return c.r.Read(p)
}
func (c *scriptConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.out.Write(p)
}
func (c *scriptConn) Close() error        { c.once.Do(func() { close(c.closed) }); return nil }
func (c *scriptConn) LocalAddr() net.Addr { return &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 25} }
func (c *scriptConn) RemoteAddr() net.Addr {
	return &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 40000}
}
func (c *scriptConn) SetDeadline(time.Time) error      { return nil }
func (c *scriptConn) SetReadDeadline(time.Time) error  { return nil }
func (c *scriptConn) SetWriteDeadline(time.Time) error { return nil }

// oneListener hands out one connection, then waits to be closed.
type oneListener struct {
	c    net.Conn
	once sync.Once
	done chan struct{}
}

func (l *oneListener) Accept() (net.Conn, error) {
	var c net.Conn
	l.once.Do(func() { c = l.c })
	if c != nil {
		return c, nil
	}
	<-l.done
	return nil, net.ErrClosed
}
func (l *oneListener) Close() error   { return nil }
func (l *oneListener) Addr() net.Addr { return l.c.LocalAddr() }

const goSMTPMaxMessage = 4096

// goSMTPServer is go-smtp configured as the relay configures it.
func goSMTPServer(be smtp.Backend) *smtp.Server {
	srv := smtp.NewServer(be)
	srv.Domain = "relay.example.test"
	srv.MaxLineLength = maxLineLength
	srv.MaxMessageBytes = goSMTPMaxMessage
	srv.AllowInsecureAuth = true
	srv.EnableSMTPUTF8 = true
	srv.ErrorLog = log.New(io.Discard, "", 0)
	return srv
}

// serveConn runs go-smtp over sc until it closes the connection.
func serveConn(sc *sessConn, be smtp.Backend, closed <-chan struct{}) {
	srv := goSMTPServer(be)
	l := &oneListener{c: sc, done: make(chan struct{})}
	go srv.Serve(l)
	<-closed
	close(l.done)
	srv.Close()
}

// runWire plays script against go-smtp through a sessConn and returns
// the replies, the backend and the wire.
func runWire(script []byte, sizes []int, tlsCfg *tls.Config, sink bool) (string, *wireBackend, *wire) {
	raw := &scriptConn{r: bytes.NewReader(script), sizes: sizes, closed: make(chan struct{})}
	sc := &sessConn{Conn: raw, w: newWire(tlsCfg != nil), tlsCfg: tlsCfg}
	be := &wireBackend{sink: sink}
	serveConn(sc, be, raw.closed)
	raw.mu.Lock()
	defer raw.mu.Unlock()
	return raw.out.String(), be, sc.w
}

// codes lists the final reply codes of a transcript.
func codes(transcript string) string {
	var out []string
	for _, l := range strings.SplitAfter(transcript, "\n") {
		if len(l) >= 4 && l[3] == ' ' {
			out = append(out, l[:3])
		}
	}
	return strings.Join(out, " ")
}

// rawClean reports whether every CR in p is followed by LF and every LF
// preceded by CR.
func rawClean(p []byte) bool {
	for i, c := range p {
		if c == '\r' && (i+1 >= len(p) || p[i+1] != '\n') {
			return false
		}
		if c == '\n' && (i == 0 || p[i-1] != '\r') {
			return false
		}
	}
	return true
}

// unstuff is the message in the clean DATA bytes raw (RFC 5321 4.5.2).
func unstuff(raw []byte) []byte {
	var out []byte
	for len(raw) > 0 {
		line, rest, _ := bytes.Cut(raw, []byte("\r\n"))
		raw = rest
		if string(line) == "." {
			break
		}
		out = append(out, bytes.TrimPrefix(line, []byte("."))...)
		out = append(out, "\r\n"...)
	}
	return out
}

// checkWire plays script whole, a byte at a time and in reads of the
// given sizes, with DATA read by go-smtp and streamed by the wire (as the
// relay does): the replies must not depend on how the bytes arrive, the
// wire must never lose track of go-smtp, every message the wire accepts
// must have clean wire bytes and be go-smtp's reading of them, and every
// one it refuses for a bare CR or LF must have one on the wire.
func checkWire(t *testing.T, script []byte, sizes []int) (string, *wireBackend) {
	t.Helper()
	want, be, w := runWire(script, nil, nil, false)
	if w.lost {
		t.Fatalf("%q: the wire lost track", script)
	}
	for _, sink := range []bool{false, true} {
		for _, sz := range [][]int{nil, {1}, sizes} {
			if !sink && sz == nil {
				continue
			}
			got, be2, w2 := runWire(script, sz, nil, sink)
			if w2.lost {
				t.Fatalf("%q in reads of %v (sink %v): the wire lost track", script, sz, sink)
			}
			if len(be2.msgs) != len(be.msgs) {
				t.Fatalf("%q in reads of %v (sink %v): %d messages, go-smtp's reader %d", script, sz, sink, len(be2.msgs), len(be.msgs))
			}
			if atLimit(be) || atLimit(be2) {
				continue // go-smtp refuses a message of exactly its limit, the relay takes it
			}
			if got != want {
				t.Fatalf("%q in reads of %v (sink %v):\n%s\nwhole, through go-smtp's reader:\n%s", script, sz, sink, got, want)
			}
			for i, m := range be2.msgs {
				if m.err == nil && !bytes.Equal(m.out, be.msgs[i].out) {
					t.Fatalf("%q in reads of %v (sink %v): message %d is %q, go-smtp read %q", script, sz, sink, i, m.out, be.msgs[i].out)
				}
			}
		}
	}
	for i, m := range be.msgs {
		switch {
		case errors.Is(m.err, errWireLost):
			t.Fatalf("%q: message %d: the wire lost track", script, i)
		case m.err == nil:
			if !rawClean(m.raw) {
				t.Fatalf("%q: message %d accepted with wire bytes %q", script, i, m.raw)
			}
			if u := unstuff(m.raw); !bytes.Equal(u, m.out) {
				t.Fatalf("%q: message %d is %q, go-smtp read %q", script, i, u, m.out)
			}
		case errors.Is(m.err, ErrBareCR), errors.Is(m.err, ErrBareLF):
			if rawClean(m.raw) {
				t.Fatalf("%q: message %d refused (%v), wire bytes clean: %q", script, i, m.err, m.raw)
			}
		}
	}
	return want, be
}

// atLimit reports whether a DATA message hit the size limit.
func atLimit(be *wireBackend) bool {
	for _, m := range be.msgs {
		if errors.Is(m.err, smtp.ErrDataTooLarge) {
			return true
		}
	}
	return false
}

const (
	wEnvelope = "EHLO c.example.test\r\nMAIL FROM:<a@example.test>\r\nRCPT TO:<b@example.test>\r\n"
	wSmuggled = "MAIL FROM:<evil@example.test>\r\nRCPT TO:<victim@example.test>\r\nDATA\r\nSubject: smuggled\r\n\r\nsmuggled\r\n"
)

var wireSeeds = []string{
	wEnvelope + "DATA\r\nSubject: x\r\n\r\nbody\r\n.\r\nQUIT\r\n",
	wEnvelope + "DATA\r\nSubject: x\r\n\r\n..dot\r\n...two\r\n..\r\n.\r\nNOOP\r\n",
	wEnvelope + "DATA\r\nSubject: x\r\n\r\nbody\n.\n" + wSmuggled + ".\r\nNOOP\r\n",
	wEnvelope + "DATA\r\nSubject: x\r\n\r\nbody\r\n.\rX\r\n" + wSmuggled + ".\r\nNOOP\r\n",
	wEnvelope + "DATA\r\n.\rX\r\n.\r\nNOOP\r\n",
	wEnvelope + "DATA\r\nbody\r.\r\n" + wSmuggled + ".\r\nNOOP\r\n",
	wEnvelope + "DATA\r\nbody\r\r\n.\r\n.\r\nNOOP\r\n",
	wEnvelope + "DATA\r\nbody\r\n.\nMAIL FROM:<x@example.test>\r\n.\r\nNOOP\r\n",
	wEnvelope + "BDAT 25 LAST\r\nRSET\r\nSTARTTLS\r\nDATA\r\nx\r\nNOOP\r\n",
	wEnvelope + "BDAT 5\r\nhelloBDAT 0 LAST\r\nNOOP\r\n",
	"EHLO c.example.test\r\nBDAT 6\r\nQUIT\r\nNOOP\r\n",
	"EHLO c.example.test\r\nBDAT x\r\nNOOP\r\nBDAT 1 FIRST\r\nNOOP\r\n",
	"EHLO c.example.test\r\nDATA\r\nNOOP\r\nSubject: x\r\n.\r\n",
	"EHLO c.example.test\r\nAUTH PLAIN\r\nDATA\r\nNOOP\r\nAUTH PLAIN\r\n*\r\nNOOP\r\n",
	"EHLO c.example.test\nMAIL FROM:<a@example.test>\nRCPT TO:<b@example.test>\nDATA\nSubject: x\r\n\r\nbody\r\n.\r\nNOOP\n",
	"EHLO c.example.test\r\nNOOP " + strings.Repeat("x", 10000) + "\r\nNOOP\r\n",
	"EHLO c.example.test\r\nNOOP " + strings.Repeat("y", 70000) + "\r\nNOOP\r\n",
	wEnvelope + "DATA\r\n" + strings.Repeat("z", 5000) + "\r\n.\r\nNOOP\r\n",
	wEnvelope + "DATA\r\nSubject: x\r\n\r\nno end\r\n",
	"STARTTLS\r\nNOOP\r\n\r\nhelo\r\nNOOP\r\nQUIT",
	"",
}

func TestWireFollowsGoSMTP(t *testing.T) {
	t.Parallel()
	for _, s := range wireSeeds {
		checkWire(t, []byte(s), []int{7, 4096, 13})
	}
}

func FuzzWire(f *testing.F) {
	for _, s := range wireSeeds {
		f.Add([]byte(s), uint8(5), uint8(64))
	}
	f.Fuzz(func(t *testing.T, script []byte, a, b uint8) {
		checkWire(t, script, []int{1 + int(a), 1 + int(b)*16})
	})
}

// A whole session pipelined in one read: the smuggled message hidden
// behind <LF>.<LF> is refused with its carrier (go-smtp's session never
// sees its MAIL), and the next message, dot-stuffed, arrives exactly.
func TestWirePipelinedInOneRead(t *testing.T) {
	t.Parallel()
	script := wEnvelope + "DATA\r\nSubject: hi\r\n\r\nbody\n.\n" + wSmuggled + ".\r\n" +
		"MAIL FROM:<c@example.test>\r\nRCPT TO:<d@example.test>\r\nDATA\r\nSubject: ok\r\n\r\n..dot\r\n.\r\nQUIT\r\n"
	out, be := checkWire(t, []byte(script), []int{len(script)})
	if got := codes(out); got != "220 250 250 250 354 554 250 250 354 250 221" {
		t.Fatalf("replies %s:\n%s", got, out)
	}
	if strings.Join(be.mails, " ") != "a@example.test c@example.test" {
		t.Errorf("MAIL commands executed: %q", be.mails)
	}
	if len(be.msgs) != 2 || !errors.Is(be.msgs[0].err, ErrBareLF) || be.msgs[1].err != nil ||
		string(be.msgs[1].out) != "Subject: ok\r\n\r\n.dot\r\n" {
		t.Fatalf("messages %+v", be.msgs)
	}
}

// go-smtp's reader gives "<CRLF>.<CR>X" as "<CRLF>X": only the wire sees
// that CR.
func TestWireBareCRAfterLeadingDot(t *testing.T) {
	t.Parallel()
	out, be := checkWire(t, []byte(wEnvelope+"DATA\r\nSubject: hi\r\n\r\nbody\r\n.\rX\r\n.\r\nNOOP\r\n"), []int{3})
	if got := codes(out); got != "220 250 250 250 354 554 250" {
		t.Fatalf("replies %s:\n%s", got, out)
	}
	if m := be.msgs[0]; !errors.Is(m.err, ErrBareCR) || !rawClean(m.out) {
		t.Fatalf("message %+v: want a bare CR found on the wire only", m)
	}
}

// A BDAT chunk is bytes, never commands, whether go-smtp takes it or
// discards it; a line answering AUTH's 334 is not a command either.
func TestWireChunksAndAuthLines(t *testing.T) {
	t.Parallel()
	cert := testpki.SelfSigned(t, "relay.example.test")
	for _, c := range []struct{ script, codes string }{
		{wEnvelope + "BDAT 25 LAST\r\nRSET\r\nSTARTTLS\r\nDATA\r\nx\r\nNOOP\r\n", "220 250 250 250 250 250"},
		{"EHLO c.example.test\r\nBDAT 16\r\nQUIT\r\nSTARTTLS\r\nNOOP\r\n", "220 250 502 250"},
		{"EHLO c.example.test\r\nAUTH PLAIN\r\nSTARTTLS\r\nNOOP\r\n", "220 250 334 454 250"},
		{"EHLO c.example.test\r\nDATA\r\nNOOP\r\n", "220 250 502 250"},
	} {
		out, be, w := runWire([]byte(c.script), nil, &tls.Config{Certificates: []tls.Certificate{cert}}, true)
		if got := codes(out); got != c.codes || w.lost {
			t.Errorf("%q: replies %s (lost %v), want %s:\n%s", c.script, got, w.lost, c.codes, out)
		}
		if strings.Contains(out, "Ready to start TLS") {
			t.Errorf("%q: STARTTLS taken from inside a chunk or an AUTH line:\n%s", c.script, out)
		}
		be.mu.Lock()
		if len(be.chunks) > 0 && string(be.chunks[0].out) != "RSET\r\nSTARTTLS\r\nDATA\r\nx\r\n" {
			t.Errorf("%q: chunk %q", c.script, be.chunks[0].out)
		}
		be.mu.Unlock()
	}
}

// STARTTLS runs below go-smtp: EHLO offers it (and only before TLS),
// plain text pipelined after it is discarded, go-smtp forgets the
// transaction begun before it (DATA: 502), MAIL waits for a new EHLO,
// and the wire checks DATA on the decrypted bytes, with the whole rest of
// the session in one TLS record.
func TestWireSTARTTLS(t *testing.T) {
	t.Parallel()
	ca, addr, be, served := serveTLSWire(t, false)
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(20 * time.Second))
	br := bufio.NewReader(c)
	reply := func(br *bufio.Reader) string {
		t.Helper()
		var b strings.Builder
		for {
			l, err := br.ReadString('\n')
			b.WriteString(l)
			if err != nil || (len(l) >= 4 && l[3] == ' ') {
				return b.String()
			}
		}
	}
	reply(br)
	io.WriteString(c, "EHLO c.example.test\r\n")
	if r := reply(br); !strings.Contains(r, "250-STARTTLS\r\n") || !strings.HasPrefix(r, "250-Hello") {
		t.Fatalf("EHLO before TLS: %q", r)
	}
	io.WriteString(c, "MAIL FROM:<plain@example.test>\r\nRCPT TO:<b@example.test>\r\n")
	if r := reply(br) + reply(br); codes(r) != "250 250" {
		t.Fatalf("transaction in plain text: %q", r)
	}
	io.WriteString(c, "STARTTLS\r\nMAIL FROM:<injected@example.test>\r\n")
	if r := reply(br); r != "220 2.0.0 Ready to start TLS\r\n" {
		t.Fatalf("STARTTLS: %q", r)
	}
	if br.Buffered() != 0 {
		t.Fatalf("%d bytes after the 220", br.Buffered())
	}
	tc := tls.Client(c, &tls.Config{RootCAs: ca.Pool, ServerName: "relay.example.test"})
	if err := tc.Handshake(); err != nil {
		t.Fatal(err)
	}
	rest := "DATA\r\nMAIL FROM:<early@example.test>\r\n" + wEnvelope + "DATA\r\nSubject: hi\r\n\r\nbody\r\n.\rX\r\n" + wSmuggled + ".\r\n" +
		"MAIL FROM:<c@example.test>\r\nRCPT TO:<d@example.test>\r\nDATA\r\nSubject: ok\r\n\r\n..dot\r\n.\r\nQUIT\r\n"
	if _, err := io.WriteString(tc, rest); err != nil {
		t.Fatal(err)
	}
	all, _ := io.ReadAll(tc)
	out := string(all)
	if got := codes(out); got != "502 503 250 250 250 354 554 250 250 354 250 221" {
		t.Fatalf("replies %s:\n%s", got, out)
	}
	if strings.Contains(out, "250-STARTTLS") {
		t.Errorf("STARTTLS offered over TLS:\n%s", out)
	}
	<-served
	if strings.Join(be.mails, " ") != "plain@example.test a@example.test c@example.test" {
		t.Errorf("MAIL commands executed: %q", be.mails)
	}
	if len(be.msgs) != 2 || !errors.Is(be.msgs[0].err, ErrBareCR) || be.msgs[1].err != nil ||
		string(be.msgs[1].out) != "Subject: ok\r\n\r\n.dot\r\n" {
		t.Fatalf("messages %+v", be.msgs)
	}
}

// Implicit TLS: sessConn's handshake comes before go-smtp's greeting,
// EHLO offers no STARTTLS, and DATA is checked on the decrypted bytes.
func TestWireImplicitTLS(t *testing.T) {
	t.Parallel()
	ca, addr, be, served := serveTLSWire(t, true)
	c, err := tls.Dial("tcp", addr, &tls.Config{RootCAs: ca.Pool, ServerName: "relay.example.test"})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(20 * time.Second))
	script := wEnvelope + "DATA\r\nSubject: hi\r\n\r\nbody\r\n.\rX\r\n.\r\n" +
		"MAIL FROM:<c@example.test>\r\nRCPT TO:<d@example.test>\r\nDATA\r\nSubject: ok\r\n\r\n..dot\r\n.\r\nQUIT\r\n"
	if _, err := io.WriteString(c, script); err != nil {
		t.Fatal(err)
	}
	all, _ := io.ReadAll(c)
	out := string(all)
	if got := codes(out); got != "220 250 250 250 354 554 250 250 354 250 221" || strings.Contains(out, "STARTTLS") {
		t.Fatalf("replies %s:\n%s", got, out)
	}
	<-served
	if len(be.msgs) != 2 || !errors.Is(be.msgs[0].err, ErrBareCR) || be.msgs[1].err != nil ||
		string(be.msgs[1].out) != "Subject: ok\r\n\r\n.dot\r\n" {
		t.Fatalf("messages %+v", be.msgs)
	}
}

// closeNotify closes closed when the connection is closed.
type closeNotify struct {
	net.Conn
	closed chan struct{}
	once   sync.Once
}

func (c *closeNotify) Close() error {
	c.once.Do(func() { close(c.closed) })
	return c.Conn.Close()
}

func TestParseVerbIsGoSMTPs(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"STARTTLS\r\n": "STARTTLS", "starttls now\r\n": "STARTTLS", "ſtarttls\r\n": "STARTTLS", "data\n": "DATA",
		"BDAT 5 LAST\r\n": "BDAT", "BDAT\r\n": "BDAT", "BDATX 5\r\n": "", "MAIL\r\n": "MAIL", "QUI\r\n": "", "QUITS\r\n": "",
		"\r\n": "",
	} {
		if got, _ := parseVerb([]byte(in)); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
	for arg, want := range map[string]int64{"5": 5, "5 LAST": 5, "5 last": 5, "0 LAST": 0, "": -1, "x": -1, "5 FIRST": -1, "1 2 3": -1,
		"-1": -1, "4294967296": -1} {
		if got := bdatChunk(arg); got != want {
			t.Errorf("BDAT %q: %d, want %d", arg, got, want)
		}
	}
}

// serveTLSWire serves one connection with TLS below go-smtp, as the relay
// does: STARTTLS offered, or implicit TLS (the handshake before the
// greeting). served is closed when the session has ended.
func serveTLSWire(t *testing.T, implicit bool) (ca *testpki.CA, addr string, be *wireBackend, served chan struct{}) {
	t.Helper()
	ca = testpki.NewCA(t)
	cert := ca.Leaf(t, "relay.example.test")
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	be = &wireBackend{sink: true}
	served = make(chan struct{})
	go func() {
		defer close(served)
		c, err := l.Accept()
		if err != nil {
			return
		}
		closed := make(chan struct{})
		sc := &sessConn{Conn: &closeNotify{Conn: c, closed: closed}, w: newWire(!implicit), implicit: implicit,
			tlsCfg: &tls.Config{Certificates: []tls.Certificate{cert}}}
		if implicit {
			sc.tlsUp.Store(true)
		}
		serveConn(sc, be, closed)
	}()
	return ca, l.Addr().String(), be, served
}
