package probe

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// Connection is the outcome of probing one host × address × port.
type Connection struct {
	Target finding.Target `json:"target"` // domain, host, address, logical port
	Dialed string         `json:"dialed"` // the address really dialled (differs under Options.PortMap)
	Mode   Mode           `json:"mode"`   // smtp, submission, submissions
	MXPref *int           `json:"mx_preference,omitempty"`

	Connected        bool   `json:"connected"`
	ConnectError     string `json:"connect_error,omitempty"`
	ConnectErrorKind string `json:"connect_error_kind,omitempty"` // refused, timeout, unreachable, error
	ConnectTime      Millis `json:"connect_ms"`
	GreetingTime     Millis `json:"greeting_ms"` // from connected to the whole greeting read
	// GreetingFirstLine is from connected to the greeting's first line; it
	// differs from GreetingTime when a multi-line greeting pauses between
	// lines, as Postfix postscreen's pregreet test does ("220-" at once,
	// the last "220 " line after postscreen_greet_wait).
	GreetingFirstLine Millis `json:"greeting_first_line_ms"`

	Greeting *ReplyInfo `json:"greeting,omitempty"`

	HeloCommand string            `json:"helo_command,omitempty"` // EHLO, or HELO after a 500/502 to EHLO
	EHLO        *ReplyInfo        `json:"ehlo,omitempty"`
	Extensions  map[string]string `json:"extensions"` // before TLS (after it for implicit TLS), upper-case keyword → parameters

	STARTTLSOffered bool       `json:"starttls_offered"`
	STARTTLSReply   *ReplyInfo `json:"starttls_reply,omitempty"`
	TLSError        string     `json:"tls_error,omitempty"`
	TLS             *TLSInfo   `json:"tls,omitempty"`

	EHLOAfterTLS       *ReplyInfo        `json:"ehlo_after_tls,omitempty"`
	ExtensionsAfterTLS map[string]string `json:"extensions_after_tls,omitempty"`
	Changed            []string          `json:"changed_after_tls,omitempty"` // "+AUTH PLAIN LOGIN", "-STARTTLS"

	AuthBeforeTLS []string `json:"auth_before_tls"` // mechanisms offered in clear text
	AuthAfterTLS  []string `json:"auth_after_tls"`

	Error   string `json:"error,omitempty"` // what cut the dialogue short
	Stage   string `json:"stage,omitempty"` // where it stopped: connect, tls, greeting, ehlo, starttls, ehlo-tls
	Elapsed Millis `json:"elapsed_ms"`

	Transcript []TranscriptLine `json:"transcript"`

	// PeerCertificates is the chain as the server presented it, leaf
	// first, for DANE (RFC 7672) matching by callers.
	PeerCertificates []*x509.Certificate `json:"-"`

	// Relay is the open-relay test (Options.OpenRelay), one attempt per
	// variant; nil when it did not run.
	Relay []RelayAttempt `json:"relay,omitempty"`

	Findings []finding.Finding `json:"findings"`
}

// ReplyInfo is one SMTP reply.
type ReplyInfo struct {
	Code  int      `json:"code"`
	Lines []string `json:"lines"` // as received, with code and separator
}

func replyInfo(r smtpwire.Reply) *ReplyInfo {
	if len(r.Raw) == 0 {
		return nil
	}
	return &ReplyInfo{Code: r.Code, Lines: append([]string(nil), r.Raw...)}
}

// TranscriptLine is one transcript event.
type TranscriptLine struct {
	At   Millis `json:"at_ms"`
	Dir  string `json:"dir"` // C, S, or * for a note
	Line string `json:"line"`
}

// String renders "   12ms S: 220 mx.example ESMTP".
func (l TranscriptLine) String() string {
	return fmt.Sprintf("%6dms %s: %s", time.Duration(l.At).Milliseconds(), l.Dir, l.Line)
}

func newConnection(o *Options, ep endpoint) *Connection {
	c := &Connection{
		Target:        endpointTarget(ep),
		Dialed:        o.dialAddress(ep.addr, ep.port),
		Mode:          PortMode(ep.port),
		Extensions:    map[string]string{},
		AuthBeforeTLS: []string{},
		AuthAfterTLS:  []string{},
		Transcript:    []TranscriptLine{},
		Findings:      []finding.Finding{},
	}
	if ep.pref >= 0 {
		p := ep.pref
		c.MXPref = &p
	}
	return c
}

// dialogue connects and talks to one endpoint. It never sends DATA, nor
// MAIL or RCPT unless Options.OpenRelay asks for the relay test.
func (p *prober) dialogue(ctx context.Context, ep endpoint) *Connection {
	o := p.o
	c := newConnection(o, ep)
	start := time.Now()
	tr := smtpwire.NewTranscript()
	if o.OnTranscript != nil {
		t := c.Target
		tr.OnEvent = func(ev smtpwire.Event) { o.OnTranscript(t, ev) }
	}
	defer func() {
		c.Elapsed = Millis(time.Since(start))
		for _, ev := range tr.Events() {
			c.Transcript = append(c.Transcript, TranscriptLine{At: Millis(ev.At), Dir: string(ev.Dir), Line: ev.Line})
		}
		c.Findings = append(connectionFindings(o, c), relayFindings(o, c)...)
	}()

	tr.Add(smtpwire.Note, "connecting to "+c.Dialed)
	dctx, dcancel := context.WithTimeout(ctx, o.StepTimeout)
	nc, err := o.Dialer.DialContext(dctx, "tcp", c.Dialed)
	dcancel()
	c.ConnectTime = Millis(time.Since(start))
	if err != nil {
		err = smtpwire.DialError(err)
		c.Stage, c.ConnectError = "connect", err.Error()
		switch {
		case errors.Is(err, smtpwire.ErrRefused):
			c.ConnectErrorKind = "refused"
		case errors.Is(err, smtpwire.ErrTimeout):
			c.ConnectErrorKind = "timeout"
		case errors.Is(err, smtpwire.ErrUnreachable):
			c.ConnectErrorKind = "unreachable"
		default:
			c.ConnectErrorKind = "error"
		}
		tr.Add(smtpwire.Note, "connect failed: "+err.Error())
		return c
	}
	c.Connected = true
	connected := time.Now()
	tr.Add(smtpwire.Note, "connected in "+ms(c.ConnectTime))
	conn := smtpwire.NewConn(ctx, nc, tr, o.Limits)
	defer conn.Close()
	// Deadlines bound every step; a cancellation (Ctrl-C, the caller giving
	// up) interrupts a blocked read at once as well.
	stop := context.AfterFunc(ctx, func() { nc.SetDeadline(time.Now()) })
	defer stop()

	sni, checkName := tlsServerName(ep.host, ep.addr)
	handshake := func() bool {
		st, err := conn.Handshake(tlsConfig(sni))
		if err != nil {
			c.TLSError = err.Error()
			if st != nil && len(st.PeerCertificates) > 0 {
				c.PeerCertificates = st.PeerCertificates
			}
			return false
		}
		c.PeerCertificates = st.PeerCertificates
		c.TLS = tlsInfo(st, o.RootCAs, checkName, o.Now())
		return true
	}

	if c.Mode == ModeSubmissions {
		if !handshake() {
			c.Stage, c.Error = "tls", c.TLSError
			return c
		}
	}

	// The greeting, all its lines (RFC 5321 §4.2, §4.3.1).
	g, err := conn.ReadReply()
	c.GreetingTime = Millis(time.Since(connected))
	c.GreetingFirstLine = c.GreetingTime
	connectedAt := connected.Sub(tr.Start)
	for _, ev := range tr.Events() {
		if ev.Dir == smtpwire.Server {
			c.GreetingFirstLine = Millis(max(ev.At-connectedAt, 0))
			break
		}
	}
	c.Greeting = replyInfo(g)
	if err != nil {
		c.Stage, c.Error = "greeting", ioErrText(err, o)
		return c
	}
	if g.Code != 220 {
		// RFC 5321 §3.1: after a 554 (or 421) greeting the client should QUIT.
		quit(conn)
		return c
	}

	ext, ok := p.ehlo(conn, c, false)
	if !ok {
		quit(conn)
		return c
	}
	c.Extensions = ext
	relay := func() {
		if o.OpenRelay != nil {
			p.relayTest(conn, c)
		}
	}
	if c.Mode == ModeSubmissions {
		c.AuthAfterTLS = orEmpty(ext.AuthMechanisms())
		relay()
		quit(conn)
		return c
	}
	c.AuthBeforeTLS = orEmpty(ext.AuthMechanisms())
	c.STARTTLSOffered = ext.Has("STARTTLS")
	if !c.STARTTLSOffered {
		relay()
		quit(conn)
		return c
	}

	r, err := conn.Cmd("STARTTLS")
	c.STARTTLSReply = replyInfo(r)
	if err != nil {
		c.Stage, c.Error = "starttls", ioErrText(err, o)
		return c
	}
	if r.Code != 220 {
		c.TLSError = fmt.Sprintf("server answered STARTTLS with %s", strings.Join(r.Raw, " / "))
		relay()
		quit(conn)
		return c
	}
	if !handshake() {
		c.Stage = "tls"
		return c
	}
	ext2, ok := p.ehlo(conn, c, true)
	if !ok {
		return c
	}
	c.ExtensionsAfterTLS = ext2
	c.AuthAfterTLS = orEmpty(ext2.AuthMechanisms())
	c.Changed = diffExtensions(ext, ext2)
	relay()
	quit(conn)
	return c
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// ehlo sends EHLO, and HELO when EHLO is not understood (500/502).
func (p *prober) ehlo(conn *smtpwire.Conn, c *Connection, afterTLS bool) (smtpwire.Extensions, bool) {
	helo := smtpwire.HeloFor(p.o.HELO, conn.NetConn())
	r, err := conn.Cmd("EHLO " + helo)
	info := replyInfo(r)
	if afterTLS {
		c.EHLOAfterTLS = info
	} else {
		c.EHLO, c.HeloCommand = info, "EHLO"
	}
	stage := "ehlo"
	if afterTLS {
		stage = "ehlo-tls"
	}
	if err != nil {
		c.Stage, c.Error = stage, ioErrText(err, p.o)
		return nil, false
	}
	if r.Code == 250 {
		return smtpwire.ParseEHLO(r), true
	}
	if afterTLS || (r.Code != 500 && r.Code != 502) {
		c.Stage = stage
		return nil, false
	}
	// RFC 5321 §3.2: an old server without ESMTP; HELO still works.
	r2, err := conn.Cmd("HELO " + helo)
	c.HeloCommand = "HELO"
	c.EHLO = &ReplyInfo{Code: r2.Code, Lines: append(append([]string(nil), info.Lines...), r2.Raw...)}
	if err != nil {
		c.Stage, c.Error = "ehlo", ioErrText(err, p.o)
		return nil, false
	}
	if r2.Code != 250 {
		c.Stage = "ehlo"
		return nil, false
	}
	return smtpwire.Extensions{}, true
}

func quit(conn *smtpwire.Conn) {
	// A short, polite goodbye; its outcome does not matter.
	conn.Limits.StepTimeout = min(conn.Limits.StepTimeout, 2*time.Second)
	conn.Quit()
}

// diffExtensions lists what EHLO after TLS added (+) and removed (-).
func diffExtensions(before, after smtpwire.Extensions) []string {
	var out []string
	for k, v := range after {
		if bv, ok := before[k]; !ok {
			out = append(out, strings.TrimSpace("+"+k+" "+v))
		} else if bv != v {
			out = append(out, strings.TrimSpace("~"+k+" "+v))
		}
	}
	for k := range before {
		if _, ok := after[k]; !ok {
			out = append(out, "-"+k)
		}
	}
	sort.Strings(out)
	return out
}

// ioErrText explains a read/write failure in the terms of the dialogue.
func ioErrText(err error, o *Options) string {
	var ne net.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) || errors.As(err, &ne) && ne.Timeout():
		return fmt.Sprintf("timed out: no complete reply within the step deadline (%s) or the overall time limit (%s)", o.StepTimeout, o.Timeout)
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return "the server closed the connection"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	}
	return err.Error()
}

func isTimeoutText(s string) bool { return strings.HasPrefix(s, "timed out") }
