package deliver

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-smtp"
)

// TLSMode is how a connection to a destination is secured.
type TLSMode string

// TLS modes.
const (
	TLSOpportunistic TLSMode = "opportunistic" // STARTTLS when offered, certificate not verified (RFC 7435)
	TLSRequired      TLSMode = "required"      // STARTTLS must succeed; certificate not verified
	TLSStartTLS      TLSMode = "starttls"      // STARTTLS must succeed; certificate verified (smarthosts)
	TLSImplicit      TLSMode = "implicit"      // TLS from the first byte; certificate verified (smarthosts)
	TLSNone          TLSMode = "none"          // plain text
)

// Target is one host to try.
type Target struct {
	Host     string // name (MX host or smarthost)
	Port     int
	TLS      TLSMode
	User     string
	Password string
	MX       bool

	perConn int // messages per connection (the destination's profile)
}

func (t Target) String() string { return net.JoinHostPort(t.Host, strconv.Itoa(t.Port)) }

// replyError is a reply from the remote server at a stage.
type replyError struct {
	Code     int
	Enhanced string
	Text     string
	Stage    string
	Host     string
}

func (e *replyError) Error() string { return e.Reply() }

// Reply renders the reply as the server sent it (one line).
func (e *replyError) Reply() string {
	s := strconv.Itoa(e.Code)
	if e.Enhanced != "" {
		s += " " + e.Enhanced
	}
	if e.Text != "" {
		s += " " + e.Text
	}
	return s
}

func (e *replyError) Temporary() bool { return e.Code/100 != 5 }

func fromSMTPErr(err error, stage, host string) error {
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		re := &replyError{Code: se.Code, Text: strings.ReplaceAll(se.Message, "\n", " "), Stage: stage, Host: host}
		if se.EnhancedCode != smtp.NoEnhancedCode && se.EnhancedCode != smtp.EnhancedCodeNotSet {
			re.Enhanced = fmt.Sprintf("%d.%d.%d", se.EnhancedCode[0], se.EnhancedCode[1], se.EnhancedCode[2])
		}
		return re
	}
	return err
}

// handshake reads the greeting, says EHLO and upgrades with STARTTLS as the
// mode asks. It does this itself (rather than through go-smtp's client)
// because extension keywords are case-insensitive and the greeting must be
// checked; the resulting connection is handed to go-smtp with the greeting
// replayed. It returns the connection to use and whether TLS is on.
func handshake(conn net.Conn, t Target, localName string, tlsCfg *tls.Config, timeout time.Duration) (net.Conn, bool, error) {
	return handshakeMode(conn, t, localName, tlsCfg, timeout, false)
}

// errTLSFailed is a failed TLS handshake after STARTTLS: with opportunistic
// TLS the caller reconnects without it (as Postfix does).
type errTLSFailed struct{ err error }

func (e *errTLSFailed) Error() string { return e.err.Error() }

func handshakeMode(conn net.Conn, t Target, localName string, tlsCfg *tls.Config, timeout time.Duration, noTLS bool) (net.Conn, bool, error) {
	conn.SetDeadline(time.Now().Add(timeout))
	defer conn.SetDeadline(time.Time{})
	if t.TLS == TLSImplicit {
		tc := tls.Client(conn, tlsCfg)
		if err := tc.Handshake(); err != nil {
			return nil, false, fmt.Errorf("TLS handshake with %s: %w", t, err)
		}
		return tc, true, nil
	}
	if t.TLS == TLSNone {
		return conn, false, nil
	}
	br := bufio.NewReaderSize(conn, 4096)
	code, lines, err := readReply(br)
	if err != nil {
		return nil, false, err
	}
	if code != 220 {
		return nil, false, &replyError{Code: code, Text: strings.Join(lines, " "), Stage: "CONNECT", Host: t.Host}
	}
	greeting := fmt.Sprintf("%d %s\r\n", code, strings.Join(lines, " "))
	if _, err := fmt.Fprintf(conn, "EHLO %s\r\n", localName); err != nil {
		return nil, false, err
	}
	code, lines, err = readReply(br)
	if err != nil {
		return nil, false, err
	}
	starttls := false
	if code == 250 {
		for _, l := range lines[1:] {
			if f := strings.Fields(l); len(f) > 0 && strings.EqualFold(f[0], "STARTTLS") {
				starttls = true
			}
		}
	}
	if !starttls || noTLS {
		if t.TLS != TLSOpportunistic {
			return nil, false, &replyError{Code: 530, Enhanced: "5.7.10", Text: fmt.Sprintf("%s does not offer STARTTLS and TLS is required", t.Host), Stage: "EHLO", Host: t.Host}
		}
		if br.Buffered() > 0 {
			return nil, false, fmt.Errorf("%s sent data before it was asked to", t)
		}
		return &replayConn{Conn: conn, pre: []byte(greeting)}, false, nil
	}
	if _, err := fmt.Fprintf(conn, "STARTTLS\r\n"); err != nil {
		return nil, false, err
	}
	code, lines, err = readReply(br)
	if err != nil {
		return nil, false, err
	}
	if code != 220 {
		re := &replyError{Code: code, Text: strings.Join(lines, " "), Stage: "STARTTLS", Host: t.Host}
		if t.TLS != TLSOpportunistic {
			return nil, false, re
		}
		// opportunistic: carry on in plain text
		if br.Buffered() > 0 {
			return nil, false, fmt.Errorf("%s sent data before it was asked to", t)
		}
		return &replayConn{Conn: conn, pre: []byte(greeting)}, false, nil
	}
	if br.Buffered() > 0 {
		// RFC 3207 §6: response injection before the TLS handshake.
		return nil, false, fmt.Errorf("%s sent data after 220 to STARTTLS (injection attempt?)", t)
	}
	tc := tls.Client(conn, tlsCfg)
	if err := tc.Handshake(); err != nil {
		return nil, false, &errTLSFailed{fmt.Errorf("TLS handshake with %s after STARTTLS: %w", t, err)}
	}
	return &replayConn{Conn: tc, pre: []byte(greeting)}, true, nil
}

// readReply reads one (possibly multi-line) reply; the enhanced code is
// kept in the text.
func readReply(br *bufio.Reader) (int, []string, error) {
	var lines []string
	code := 0
	for i := 0; i < 100; i++ {
		line, err := br.ReadString('\n')
		if err != nil {
			return 0, nil, err
		}
		if len(line) > 2000 {
			return 0, nil, errors.New("reply line too long")
		}
		line = strings.TrimRight(line, "\r\n")
		if len(line) < 3 {
			return 0, nil, fmt.Errorf("malformed reply %q", line)
		}
		c, err := strconv.Atoi(line[:3])
		if err != nil || c < 200 || c > 599 {
			return 0, nil, fmt.Errorf("malformed reply %q", line)
		}
		code = c
		rest := ""
		if len(line) > 4 {
			rest = line[4:]
		}
		lines = append(lines, rest)
		if len(line) == 3 || line[3] == ' ' {
			return code, lines, nil
		}
	}
	return 0, nil, errors.New("reply has too many lines")
}

// replayConn replays a greeting already read, then reads from Conn.
type replayConn struct {
	net.Conn
	pre []byte
}

func (c *replayConn) Read(p []byte) (int, error) {
	if len(c.pre) > 0 {
		n := copy(p, c.pre)
		c.pre = c.pre[n:]
		return n, nil
	}
	return c.Conn.Read(p)
}

// dialContext dials addr with the context.
func dialContext(ctx context.Context, d *net.Dialer, addr string) (net.Conn, error) {
	return d.DialContext(ctx, "tcp", addr)
}
