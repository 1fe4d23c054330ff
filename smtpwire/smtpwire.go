// Package smtpwire is a transparent SMTP client connection for diagnostics:
// it sends exactly the commands it is given and records exactly what was
// said in both directions, with timestamps, so probe and send can show a
// full transcript. Unlike a mail-sending client it hides nothing: the whole
// greeting, every line of multi-line replies (RFC 5321 §4.2.1), extension
// keywords as the server spelled them.
//
// Servers are untrusted: replies are capped in lines, line length and bytes
// per connection (Limits), every read and write has a deadline, and any
// byte sequence yields an error rather than a panic.
package smtpwire

import (
	"bufio"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Limits bound what a server may send.
type Limits struct {
	MaxLines     int           // lines in one reply; default 512
	MaxLineBytes int           // bytes in one line; default 4096 (RFC 5321 §4.5.3.1.5 says 512)
	MaxBytes     int64         // bytes read on the whole connection; default 1 MiB
	StepTimeout  time.Duration // deadline of one command/reply exchange; default 30 s
	// MaxReplyBytes bounds one whole reply (all its lines, CRLF counted);
	// default 64 KiB.
	MaxReplyBytes int
}

func (l *Limits) defaults() {
	if l.MaxLines <= 0 {
		l.MaxLines = 512
	}
	if l.MaxLineBytes <= 0 {
		l.MaxLineBytes = 4096
	}
	if l.MaxBytes <= 0 {
		l.MaxBytes = 1 << 20
	}
	if l.StepTimeout <= 0 {
		l.StepTimeout = 30 * time.Second
	}
	if l.MaxReplyBytes <= 0 {
		l.MaxReplyBytes = 64 << 10
	}
}

// Direction of a transcript event.
type Direction string

// Directions: client line, server line, and a note by smtpgw (TLS handshake, errors).
const (
	Client Direction = "C"
	Server Direction = "S"
	Note   Direction = "*"
)

// Event is one line of a transcript.
type Event struct {
	At   time.Duration `json:"at_ms"` // since the transcript started
	Dir  Direction     `json:"dir"`
	Line string        `json:"line"`
}

// Transcript records a connection's dialogue. It is safe for concurrent use.
type Transcript struct {
	Start   time.Time
	OnEvent func(Event) // called for each event as it happens, when set

	mu     sync.Mutex
	events []Event
}

// NewTranscript starts a transcript now.
func NewTranscript() *Transcript { return &Transcript{Start: time.Now()} }

// Add records an event.
func (t *Transcript) Add(dir Direction, line string) {
	if t == nil {
		return
	}
	ev := Event{At: time.Since(t.Start), Dir: dir, Line: line}
	t.mu.Lock()
	t.events = append(t.events, ev)
	t.mu.Unlock()
	if t.OnEvent != nil {
		t.OnEvent(ev)
	}
}

// Events returns a copy of the recorded events.
func (t *Transcript) Events() []Event {
	if t == nil {
		return nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]Event(nil), t.events...)
}

// MarshalJSON encodes At as whole milliseconds, as its "at_ms" name says
// (a time.Duration would encode nanoseconds).
func (e Event) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		AtMS float64   `json:"at_ms"`
		Dir  Direction `json:"dir"`
		Line string    `json:"line"`
	}{float64(e.At.Microseconds()) / 1000, e.Dir, e.Line})
}

// Format renders an event as "   12ms S: 220 mx.example ESMTP".
func (e Event) Format() string {
	return fmt.Sprintf("%6dms %s: %s", e.At.Milliseconds(), e.Dir, e.Line)
}

// Reply is one SMTP reply.
type Reply struct {
	Code  int      // the three-digit code
	Lines []string // the text of each line, without code and separator
	Raw   []string // the lines as received, without CRLF
}

// Text joins the reply's lines with a space.
func (r Reply) Text() string { return strings.Join(r.Lines, " ") }

// String renders the reply as received, lines joined with "\n".
func (r Reply) String() string { return strings.Join(r.Raw, "\n") }

// Class returns the first digit of the code: 2, 3, 4 or 5.
func (r Reply) Class() int { return r.Code / 100 }

// ReplyError is a reply that was not the one expected; it carries the
// server's words.
type ReplyError struct {
	Command string // what was sent ("STARTTLS"), "" for the greeting
	Reply   Reply
}

func (e *ReplyError) Error() string {
	if e.Command == "" {
		return fmt.Sprintf("server greeted with %s", e.Reply.String())
	}
	return fmt.Sprintf("%s: server replied %s", e.Command, e.Reply.String())
}

// ProtocolError is a reply that does not follow RFC 5321 §4.2 syntax, or
// that broke a limit.
type ProtocolError struct {
	Msg  string
	Line string // the offending line, truncated
}

func (e *ProtocolError) Error() string {
	if e.Line == "" {
		return e.Msg
	}
	return fmt.Sprintf("%s: %q", e.Msg, e.Line)
}

// Conn is one SMTP client connection.
type Conn struct {
	Transcript *Transcript
	Limits     Limits

	conn  net.Conn
	r     *bufio.Reader
	lr    *limitedReader
	tls   *tls.ConnectionState
	ctx   context.Context
	close sync.Once
}

type limitedReader struct {
	r io.Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, &ProtocolError{Msg: "server sent more than the per-connection byte limit"}
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// NewConn wraps an established connection. ctx bounds every operation on it:
// when ctx ends, the connection's deadline passes and I/O fails.
func NewConn(ctx context.Context, c net.Conn, t *Transcript, lim Limits) *Conn {
	lim.defaults()
	cc := &Conn{Transcript: t, Limits: lim, ctx: ctx}
	cc.setConn(c)
	if tc, ok := c.(*tls.Conn); ok {
		st := tc.ConnectionState()
		cc.tls = &st
	}
	return cc
}

func (c *Conn) setConn(nc net.Conn) {
	c.conn = nc
	remaining := c.Limits.MaxBytes
	if c.lr != nil {
		remaining = c.lr.n
	}
	c.lr = &limitedReader{r: nc, n: remaining}
	c.r = bufio.NewReaderSize(c.lr, 4096)
}

// NetConn returns the underlying connection (a *tls.Conn after StartTLS).
func (c *Conn) NetConn() net.Conn { return c.conn }

// TLS returns the TLS state, or nil before TLS.
func (c *Conn) TLS() *tls.ConnectionState { return c.tls }

func (c *Conn) deadline() {
	d := time.Now().Add(c.Limits.StepTimeout)
	if cd, ok := c.ctx.Deadline(); ok && cd.Before(d) {
		d = cd
	}
	c.conn.SetDeadline(d)
}

// ReadReply reads one whole reply (all continuation lines).
func (c *Conn) ReadReply() (Reply, error) {
	c.deadline()
	var rep Reply
	size := 0
	for {
		line, err := c.readLine()
		if err != nil {
			if len(rep.Raw) > 0 {
				return rep, fmt.Errorf("reply cut off after %d lines: %w", len(rep.Raw), err)
			}
			return rep, err
		}
		c.Transcript.Add(Server, line)
		if len(line) < 3 {
			return rep, &ProtocolError{Msg: "malformed reply line", Line: trunc(line)}
		}
		code, err := strconv.Atoi(line[:3])
		if err != nil || code < 200 || code > 599 {
			return rep, &ProtocolError{Msg: "reply line does not start with a reply code", Line: trunc(line)}
		}
		if rep.Code != 0 && code != rep.Code {
			return rep, &ProtocolError{Msg: fmt.Sprintf("reply code changed from %d to %d inside a multi-line reply", rep.Code, code), Line: trunc(line)}
		}
		rep.Code = code
		rep.Raw = append(rep.Raw, line)
		sep := byte(' ')
		text := ""
		if len(line) > 3 {
			sep = line[3]
			text = line[4:]
		}
		rep.Lines = append(rep.Lines, text)
		if len(rep.Raw) > c.Limits.MaxLines {
			return rep, &ProtocolError{Msg: fmt.Sprintf("reply longer than %d lines", c.Limits.MaxLines)}
		}
		if size += len(line) + 2; size > c.Limits.MaxReplyBytes {
			return rep, &ProtocolError{Msg: fmt.Sprintf("reply longer than %d bytes", c.Limits.MaxReplyBytes)}
		}
		switch sep {
		case '-':
			continue
		case ' ':
			return rep, nil
		default:
			// RFC 5321 §4.2: "<code> <text>" or "<code>-<text>". Some servers
			// send "250\tX"; treat any other separator as the last line.
			return rep, nil
		}
	}
}

func (c *Conn) readLine() (string, error) {
	// ReadSlice, not ReadLine: ReadLine hands back the bytes buffered when
	// the read fails (deadline, EOF) as if they were a whole line, so a
	// server dripping "220 sl" past the step deadline was taken to have
	// greeted. A line counts only once its LF has arrived.
	var buf []byte
	for {
		part, err := c.r.ReadSlice('\n')
		buf = append(buf, part...)
		if len(buf) > c.Limits.MaxLineBytes+2 {
			return "", &ProtocolError{Msg: fmt.Sprintf("reply line longer than %d bytes", c.Limits.MaxLineBytes), Line: trunc(string(buf))}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			if len(buf) > 0 {
				c.Transcript.Add(Note, fmt.Sprintf("incomplete line, no CRLF before the read failed: %q", trunc(string(buf))))
				err = fmt.Errorf("incomplete reply line %q (no CRLF): %w", trunc(string(buf)), err)
			}
			if cerr := c.ctxErr(); cerr != nil {
				return "", fmt.Errorf("%w (%w)", cerr, err)
			}
			return "", err
		}
		line := strings.TrimRight(string(buf[:len(buf)-1]), "\r")
		if len(line) > c.Limits.MaxLineBytes {
			return "", &ProtocolError{Msg: fmt.Sprintf("reply line longer than %d bytes", c.Limits.MaxLineBytes), Line: trunc(line)}
		}
		return line, nil
	}
}

// ctxErr returns the context's error, or DeadlineExceeded when its deadline
// has passed even if its timer has not fired yet: the connection deadline is
// set to the same instant and may fire first.
func (c *Conn) ctxErr() error {
	if err := c.ctx.Err(); err != nil {
		return err
	}
	if d, ok := c.ctx.Deadline(); ok && !time.Now().Before(d) {
		return context.DeadlineExceeded
	}
	return nil
}

func trunc(s string) string {
	if len(s) > 80 {
		return s[:80] + "..."
	}
	return s
}

// Send writes one command line (CRLF added). Display, when not empty, is
// what the transcript records instead (for AUTH secrets).
func (c *Conn) Send(line, display string) error {
	if strings.ContainsAny(line, "\r\n") {
		return fmt.Errorf("command contains CR or LF: %q", trunc(line))
	}
	c.deadline()
	if display == "" {
		display = line
	}
	c.Transcript.Add(Client, display)
	_, err := io.WriteString(c.conn, line+"\r\n")
	return err
}

// Cmd sends a command and reads its reply.
func (c *Conn) Cmd(line string) (Reply, error) {
	if err := c.Send(line, ""); err != nil {
		return Reply{}, err
	}
	return c.ReadReply()
}

// CmdRedacted sends a command whose transcript line is display.
func (c *Conn) CmdRedacted(line, display string) (Reply, error) {
	if err := c.Send(line, display); err != nil {
		return Reply{}, err
	}
	return c.ReadReply()
}

// WriteRaw writes bytes as they are (message data); the transcript records
// note instead, when not empty.
func (c *Conn) WriteRaw(p []byte, note string) error {
	c.deadline()
	if note != "" {
		c.Transcript.Add(Note, note)
	}
	_, err := c.conn.Write(p)
	return err
}

// Handshake upgrades the connection to TLS (after a 220 reply to STARTTLS,
// or at once for implicit TLS, RFC 8314). The state is returned even when
// verification by cfg fails, if the handshake itself got that far.
func (c *Conn) Handshake(cfg *tls.Config) (*tls.ConnectionState, error) {
	c.deadline()
	if c.r.Buffered() > 0 {
		// RFC 3207 §5 / CVE-2011-0411: data sent before the handshake must not be trusted.
		return nil, &ProtocolError{Msg: "server sent data after its STARTTLS reply, before the TLS handshake (command injection risk)"}
	}
	tc := tls.Client(c.conn, cfg)
	err := tc.HandshakeContext(c.ctx)
	st := tc.ConnectionState()
	if err != nil {
		c.Transcript.Add(Note, "TLS handshake failed: "+err.Error())
		return &st, err
	}
	c.setConn(tc)
	c.tls = &st
	c.Transcript.Add(Note, "TLS handshake: "+Summary(&st))
	return &st, nil
}

// Summary renders a TLS state in one line: "TLS 1.3 TLS_AES_128_GCM_SHA256,
// key exchange X25519, certificate CN=mx.example" (the key exchange group
// when known, as swaks and posttls-finger show it).
func Summary(st *tls.ConnectionState) string {
	s := tls.VersionName(st.Version) + " " + tls.CipherSuiteName(st.CipherSuite)
	if st.CurveID != 0 {
		s += ", key exchange " + st.CurveID.String()
	}
	if len(st.PeerCertificates) > 0 {
		s += ", certificate " + st.PeerCertificates[0].Subject.String()
	}
	return s
}

// Close closes the connection.
func (c *Conn) Close() error {
	var err error
	c.close.Do(func() { err = c.conn.Close() })
	return err
}

// Quit sends QUIT, reads the reply when one comes, and closes.
func (c *Conn) Quit() error {
	defer c.Close()
	_, err := c.Cmd("QUIT")
	return err
}

// Extensions are the service extensions of an EHLO reply, by upper-case
// keyword (RFC 5321 §4.1.1.1: keywords are case-insensitive), with their
// parameters as sent.
type Extensions map[string]string

// ParseEHLO returns the extensions of a 250 EHLO reply: every line but the
// first (the greeting line) is "KEYWORD [params]".
func ParseEHLO(r Reply) Extensions {
	ext := Extensions{}
	for i, l := range r.Lines {
		if i == 0 {
			continue
		}
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		kw, params, _ := strings.Cut(l, " ")
		// Old servers send "AUTH=LOGIN PLAIN"; keep it as AUTH too.
		if k, p, ok := strings.Cut(kw, "="); ok && strings.EqualFold(k, "AUTH") {
			kw, params = k, strings.TrimSpace(p+" "+params)
			if prev, ok := ext["AUTH"]; ok {
				params = prev + " " + params
			}
		}
		ext[strings.ToUpper(kw)] = strings.TrimSpace(params)
	}
	return ext
}

// Has reports whether the extension is offered.
func (e Extensions) Has(kw string) bool { _, ok := e[strings.ToUpper(kw)]; return ok }

// AuthMechanisms returns the AUTH mechanisms, upper-cased and de-duplicated.
func (e Extensions) AuthMechanisms() []string {
	p, ok := e["AUTH"]
	if !ok {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, m := range strings.Fields(p) {
		m = strings.ToUpper(m)
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}

// Size returns the SIZE limit in octets (RFC 1870), 0 when absent or unlimited.
func (e Extensions) Size() int64 {
	n, _ := strconv.ParseInt(strings.TrimSpace(e["SIZE"]), 10, 64)
	return n
}

// Dialer is what smtpwire users dial with; *net.Dialer satisfies it.
type Dialer interface {
	DialContext(ctx context.Context, network, addr string) (net.Conn, error)
}

// ErrRefused, ErrTimeout and ErrUnreachable classify dial failures (see DialError).
var (
	ErrRefused     = errors.New("connection refused")
	ErrTimeout     = errors.New("connection timed out")
	ErrUnreachable = errors.New("network unreachable")
)

// DialError classifies a dial failure as refused, timed out or unreachable,
// wrapping the original error.
func DialError(err error) error {
	if err == nil {
		return nil
	}
	var ne net.Error
	s := err.Error()
	switch {
	case strings.Contains(s, "connection refused"):
		return fmt.Errorf("%w: %v", ErrRefused, err)
	case errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout():
		return fmt.Errorf("%w: %v", ErrTimeout, err)
	case strings.Contains(s, "unreachable") || strings.Contains(s, "no route"):
		return fmt.Errorf("%w: %v", ErrUnreachable, err)
	}
	return err
}
