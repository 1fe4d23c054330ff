package smtpwire

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/internal/testpki"
)

// bufConn is a net.Conn reading from fixed bytes and recording writes.
type bufConn struct {
	r io.Reader
	w bytes.Buffer
}

func (c *bufConn) Read(p []byte) (int, error)       { return c.r.Read(p) }
func (c *bufConn) Write(p []byte) (int, error)      { return c.w.Write(p) }
func (c *bufConn) Close() error                     { return nil }
func (c *bufConn) LocalAddr() net.Addr              { return &net.TCPAddr{} }
func (c *bufConn) RemoteAddr() net.Addr             { return &net.TCPAddr{} }
func (c *bufConn) SetDeadline(time.Time) error      { return nil }
func (c *bufConn) SetReadDeadline(time.Time) error  { return nil }
func (c *bufConn) SetWriteDeadline(time.Time) error { return nil }
func newBufConn(s string) *bufConn                  { return &bufConn{r: strings.NewReader(s)} }
func conn(s string, lim Limits) (*Conn, *Transcript) {
	tr := NewTranscript()
	return NewConn(context.Background(), newBufConn(s), tr, lim), tr
}

func TestReadReplyMultiline(t *testing.T) {
	t.Parallel()
	c, tr := conn("250-mx.example.test Hello\r\n250-SIZE 1000\r\n250 STARTTLS\r\n220 next\r\n", Limits{})
	r, err := c.ReadReply()
	if err != nil {
		t.Fatal(err)
	}
	if r.Code != 250 || len(r.Lines) != 3 || r.Lines[1] != "SIZE 1000" || r.Raw[2] != "250 STARTTLS" {
		t.Fatalf("reply %+v", r)
	}
	if r.Text() != "mx.example.test Hello SIZE 1000 STARTTLS" || r.Class() != 2 || !strings.Contains(r.String(), "\n250-SIZE") {
		t.Errorf("text %q", r.Text())
	}
	if ev := tr.Events(); len(ev) != 3 || ev[0].Dir != Server || ev[0].Line != "250-mx.example.test Hello" {
		t.Errorf("transcript %+v", ev)
	}
	r, err = c.ReadReply()
	if err != nil || r.Code != 220 || r.Lines[0] != "next" {
		t.Errorf("second reply %+v %v", r, err)
	}
}

func TestReadReplyQuirks(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in    string
		code  int
		lines int
		err   string
	}{
		{"220\r\n", 220, 1, ""},                                 // code only
		{"220 mx ESMTP\n", 220, 1, ""},                          // bare LF
		{"250\tX\r\n", 250, 1, ""},                              // odd separator ends the reply
		{"250-a\r\n251 b\r\n", 0, 0, "reply code changed"},      // code changes mid-reply
		{"hello\r\n", 0, 0, "does not start with a reply code"}, // not SMTP
		{"99 x\r\n", 0, 0, "does not start with a reply code"},  // too short
		{"600 x\r\n", 0, 0, "does not start with a reply code"}, // out of range
		{"250-a\r\n250-b", 0, 0, "cut off after 1 lines"},       // EOF inside a reply: "250-b" has no CRLF
		{"220 partial", 0, 0, "incomplete reply line"},          // EOF before the CRLF: not a reply
		{"", 0, 0, "EOF"},                                       // nothing at all
		{"\x16\x03\x01\x00\xff\r\n", 0, 0, "does not start with a reply code"},
		{"2\r\n", 0, 0, "malformed reply line"}, // TLS bytes
	}
	for _, c := range cases {
		cn, _ := conn(c.in, Limits{})
		r, err := cn.ReadReply()
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%q: err %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || r.Code != c.code || len(r.Lines) != c.lines {
			t.Errorf("%q: %+v %v", c.in, r, err)
		}
	}
}

func TestReadReplyLimits(t *testing.T) {
	t.Parallel()
	many := strings.Repeat("220-x\r\n", 20) + "220 y\r\n"
	c, _ := conn(many, Limits{MaxLines: 10})
	if _, err := c.ReadReply(); err == nil || !strings.Contains(err.Error(), "longer than 10 lines") {
		t.Errorf("line limit: %v", err)
	}
	long := "220 " + strings.Repeat("x", 5000) + "\r\n"
	c, _ = conn(long, Limits{})
	var pe *ProtocolError
	if _, err := c.ReadReply(); !errors.As(err, &pe) || !strings.Contains(pe.Msg, "4096 bytes") || len(pe.Line) > 100 {
		t.Errorf("line length limit: %v", err)
	}
	bigReply := strings.Repeat("250-"+strings.Repeat("y", 1000)+"\r\n", 100) + "250 end\r\n"
	c, _ = conn(bigReply, Limits{})
	if r, err := c.ReadReply(); err == nil || !strings.Contains(err.Error(), "65536 bytes") || len(r.Raw) > 66 {
		t.Errorf("reply byte limit: %v (%d lines kept)", err, len(r.Raw))
	}
	bytesCap := strings.Repeat("250-0123456789\r\n", 100)
	c, _ = conn(bytesCap, Limits{MaxBytes: 500, MaxLines: 1000})
	if _, err := c.ReadReply(); err == nil || !strings.Contains(err.Error(), "byte limit") {
		t.Errorf("byte limit: %v", err)
	}
}

func TestSendAndRedaction(t *testing.T) {
	t.Parallel()
	bc := newBufConn("334 VXNlcm5hbWU6\r\n235 ok\r\n")
	tr := NewTranscript()
	var live []Event
	tr.OnEvent = func(e Event) { live = append(live, e) }
	c := NewConn(context.Background(), bc, tr, Limits{})
	if _, err := c.CmdRedacted("AUTH LOGIN c2VjcmV0", "AUTH LOGIN ***"); err != nil {
		t.Fatal(err)
	}
	if err := c.Send("EHLO a\r\nMAIL FROM:<x>", ""); err == nil {
		t.Error("a command with CRLF inside was sent")
	}
	if bc.w.String() != "AUTH LOGIN c2VjcmV0\r\n" {
		t.Errorf("wire %q", bc.w.String())
	}
	ev := tr.Events()
	if ev[0].Line != "AUTH LOGIN ***" || ev[0].Dir != Client || len(live) != len(ev) {
		t.Errorf("transcript %+v", ev)
	}
	if s := ev[0].Format(); !strings.HasSuffix(s, "ms C: AUTH LOGIN ***") {
		t.Errorf("format %q", s)
	}
}

func TestParseEHLO(t *testing.T) {
	t.Parallel()
	c, _ := conn("250-mx.example.test greets you\r\n250-starttls\r\n250-auth=login plain\r\n250-Auth LOGIN CRAM-MD5\r\n250-size 35882577\r\n250-8bitmime\r\n250 X-EXPS GSSAPI NTLM\r\n", Limits{})
	r, err := c.ReadReply()
	if err != nil {
		t.Fatal(err)
	}
	e := ParseEHLO(r)
	if !e.Has("STARTTLS") || !e.Has("starttls") || !e.Has("8BITMIME") {
		t.Errorf("extensions %v", e)
	}
	if got := strings.Join(e.AuthMechanisms(), " "); got != "LOGIN CRAM-MD5" && got != "LOGIN PLAIN CRAM-MD5" {
		t.Errorf("mechanisms %q", got)
	}
	if e.Size() != 35882577 || e["X-EXPS"] != "GSSAPI NTLM" {
		t.Errorf("size %d, x-exps %q", e.Size(), e["X-EXPS"])
	}
	if e.Has("MX.EXAMPLE.TEST") {
		t.Error("the greeting line was parsed as an extension")
	}
}

func TestDialErrorClassification(t *testing.T) {
	t.Parallel()
	op := func(err error) error { return &net.OpError{Op: "dial", Net: "tcp", Err: err} }
	cases := []struct {
		err  error
		want error
	}{
		{op(os.NewSyscallError("connect", syscall.ECONNREFUSED)), ErrRefused},
		{op(os.NewSyscallError("connect", syscall.EHOSTUNREACH)), ErrUnreachable},
		{op(os.NewSyscallError("connect", syscall.ENETUNREACH)), ErrUnreachable},
		{op(context.DeadlineExceeded), ErrTimeout},
		{context.DeadlineExceeded, ErrTimeout},
	}
	for _, c := range cases {
		if got := DialError(c.err); !errors.Is(got, c.want) {
			t.Errorf("%v: classified %v", c.err, got)
		}
	}
	if DialError(nil) != nil {
		t.Error("nil error classified")
	}
	other := errors.New("something else")
	if DialError(other) != other {
		t.Error("unknown error changed")
	}
	// A real refused connection on loopback.
	l, _ := net.Listen("tcp4", "127.0.0.1:0")
	addr := l.Addr().String()
	l.Close()
	_, err := (&net.Dialer{}).DialContext(context.Background(), "tcp", addr)
	if !errors.Is(DialError(err), ErrRefused) {
		t.Errorf("loopback refused classified as %v", DialError(err))
	}
}

// A STARTTLS reply followed by injected plaintext must not be trusted
// (RFC 3207 §5, CVE-2011-0411).
func TestHandshakeRefusesInjectedData(t *testing.T) {
	t.Parallel()
	c, _ := conn("220 go ahead\r\n250 injected\r\n", Limits{})
	if _, err := c.ReadReply(); err != nil {
		t.Fatal(err)
	}
	_, err := c.Handshake(&tls.Config{InsecureSkipVerify: true})
	var pe *ProtocolError
	if !errors.As(err, &pe) || !strings.Contains(pe.Msg, "injection") {
		t.Errorf("handshake with buffered data: %v", err)
	}
}

// STARTTLS over a real loopback connection, and the byte budget carried
// across the upgrade.
func TestHandshakeLoopback(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	leaf := ca.Leaf(t, "mx.example.test")
	l, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		s, err := l.Accept()
		if err != nil {
			return
		}
		defer s.Close()
		io.WriteString(s, "220 mx.example.test ESMTP\r\n")
		buf := make([]byte, 100)
		n, _ := s.Read(buf) // STARTTLS
		if !bytes.HasPrefix(buf[:n], []byte("STARTTLS")) {
			return
		}
		io.WriteString(s, "220 2.0.0 ready\r\n")
		ts := tls.Server(s, &tls.Config{Certificates: []tls.Certificate{leaf}})
		if ts.Handshake() != nil {
			return
		}
		n, _ = ts.Read(buf)
		fmt.Fprintf(ts, "250 hello after TLS (%d bytes)\r\n", n)
	}()
	nc, err := net.Dial("tcp4", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	tr := NewTranscript()
	c := NewConn(ctx, nc, tr, Limits{})
	defer c.Close()
	if _, err := c.ReadReply(); err != nil {
		t.Fatal(err)
	}
	if r, err := c.Cmd("STARTTLS"); err != nil || r.Code != 220 {
		t.Fatalf("STARTTLS %v %v", r, err)
	}
	st, err := c.Handshake(&tls.Config{ServerName: "mx.example.test", RootCAs: ca.Pool})
	if err != nil || st.Version < tls.VersionTLS12 || c.TLS() == nil {
		t.Fatalf("handshake: %v", err)
	}
	if _, ok := c.NetConn().(*tls.Conn); !ok {
		t.Error("NetConn is not the TLS connection after the upgrade")
	}
	r, err := c.Cmd("EHLO client.example.test")
	if err != nil || r.Code != 250 {
		t.Fatalf("EHLO over TLS: %v %v", r, err)
	}
	if !strings.Contains(Summary(st), "TLS 1.3") || !strings.Contains(Summary(st), "mx.example.test") {
		t.Errorf("summary %q", Summary(st))
	}
	var note bool
	for _, e := range tr.Events() {
		if e.Dir == Note && strings.HasPrefix(e.Line, "TLS handshake: ") {
			note = true
		}
	}
	if !note {
		t.Error("no TLS note in the transcript")
	}
}

// A server that never answers is cut at the step deadline.
func TestStepDeadline(t *testing.T) {
	t.Parallel()
	a, b := net.Pipe()
	defer b.Close()
	c := NewConn(context.Background(), a, nil, Limits{StepTimeout: 50 * time.Millisecond})
	defer c.Close()
	start := time.Now()
	_, err := c.ReadReply()
	var ne net.Error
	if !errors.As(err, &ne) || !ne.Timeout() {
		t.Errorf("err %v", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Errorf("deadline not applied: %s", time.Since(start))
	}
	// Context cancellation is reported as such.
	a2, b2 := net.Pipe()
	defer b2.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	c2 := NewConn(ctx, a2, nil, Limits{StepTimeout: time.Minute})
	if _, err := c2.ReadReply(); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("ctx deadline: %v", err)
	}
	c2.Close()
}

// FuzzReadReply feeds arbitrary bytes to the reply reader: it must never
// panic, never exceed its limits, and return only well-formed replies.
func FuzzReadReply(f *testing.F) {
	f.Add([]byte("220 mx.example.test ESMTP\r\n"))
	f.Add([]byte("250-a\r\n250-b\r\n250 c\r\n"))
	f.Add([]byte("250-a\r\n251 b\r\n"))
	f.Add([]byte("\x00\xff\r\n\r\n"))
	f.Add([]byte("421-\n421 \n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := Limits{MaxLines: 8, MaxLineBytes: 64, MaxBytes: 512, MaxReplyBytes: 256}
		c := NewConn(context.Background(), &bufConn{r: bytes.NewReader(data)}, NewTranscript(), lim)
		for i := 0; i < 20; i++ {
			r, err := c.ReadReply()
			if len(r.Raw) > lim.MaxLines+1 || len(r.Raw) != len(r.Lines) {
				t.Fatalf("%d raw lines, %d text lines", len(r.Raw), len(r.Lines))
			}
			if n := len(strings.Join(r.Raw, "\r\n")); n > lim.MaxReplyBytes+lim.MaxLineBytes+2 {
				t.Fatalf("reply of %d bytes passed a %d-byte limit", n, lim.MaxReplyBytes)
			}
			for _, l := range r.Raw {
				if len(l) > lim.MaxLineBytes {
					t.Fatalf("line of %d bytes passed a %d-byte limit", len(l), lim.MaxLineBytes)
				}
			}
			if err != nil {
				return
			}
			if r.Code < 200 || r.Code > 599 || len(r.Raw) == 0 {
				t.Fatalf("accepted reply %+v", r)
			}
			for _, l := range r.Raw {
				if l[:3] != fmt.Sprint(r.Code) {
					t.Fatalf("line %q in a %d reply", l, r.Code)
				}
			}
			_ = ParseEHLO(r).AuthMechanisms()
		}
	})
}

// FuzzParseEHLO checks the extension parser on arbitrary reply lines.
func FuzzParseEHLO(f *testing.F) {
	f.Add("mx.example.test\nSTARTTLS\nauth=login plain\nSIZE 10")
	f.Add("x\n\n  \n=\nAUTH=\nauth")
	f.Fuzz(func(t *testing.T, s string) {
		e := ParseEHLO(Reply{Code: 250, Lines: strings.Split(s, "\n")})
		for k := range e {
			if k != strings.ToUpper(k) {
				t.Fatalf("keyword %q not upper-cased", k)
			}
		}
		for _, m := range e.AuthMechanisms() {
			if m == "" || strings.ContainsAny(m, " \t") {
				t.Fatalf("mechanism %q", m)
			}
		}
		_ = e.Size()
	})
}

func TestEventJSONIsMilliseconds(t *testing.T) {
	b, err := json.Marshal(Event{At: 1500 * time.Microsecond, Dir: Server, Line: "220 ok"})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"at_ms":1.5,"dir":"S","line":"220 ok"}` {
		t.Fatalf("got %s", b)
	}
}

// TestReadReplyPartialLineAtDeadline: a server that drips "220 sl" and then
// stalls past the step deadline has not greeted. bufio.Reader.ReadLine
// returns such buffered bytes as a line, which made a tarpit look like a
// 220 greeting followed by a broken EHLO.
func TestReadReplyPartialLineAtDeadline(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	done := make(chan struct{})
	defer close(done)
	go func() {
		s, err := ln.Accept()
		if err != nil {
			return
		}
		defer s.Close()
		s.Write([]byte("220 sl"))
		<-done
	}()
	nc, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	tr := NewTranscript()
	c := NewConn(context.Background(), nc, tr, Limits{StepTimeout: 200 * time.Millisecond})
	r, err := c.ReadReply()
	if err == nil || r.Code != 0 {
		t.Fatalf("partial line taken as a reply: %+v, err %v", r, err)
	}
	var ne net.Error
	if !errors.As(err, &ne) || !ne.Timeout() || !strings.Contains(err.Error(), `"220 sl"`) {
		t.Fatalf("err %v: want a timeout naming the incomplete line", err)
	}
	for _, ev := range tr.Events() {
		if ev.Dir == Server {
			t.Fatalf("incomplete line recorded as a server line: %+v", ev)
		}
	}
}
