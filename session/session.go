// Package session is an SMTP conversation typed by a person (or piped in by
// a script) over the transparent smtpwire client: plain SMTP commands go to
// the server as typed, meta commands (":starttls", ":auth", ":data", ...) do
// the fiddly parts, and every reply comes back as an Item carrying its
// explanation from package explain, for report to render.
package session

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/resolver"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// TLS modes of a session.
const (
	TLSNone     = "none"     // plain text; ":starttls" upgrades by hand
	TLSStartTLS = "starttls" // EHLO, STARTTLS and EHLO again before the first prompt
	TLSImplicit = "implicit" // TLS from the first byte (RFC 8314, port 465)
)

// Options configure a session.
type Options struct {
	// Target is HOST, HOST:PORT, [IPv6]:PORT or a mail domain: without a
	// port, a name with MX records is replaced by its first MX host.
	Target             string
	Port               int    // port when Target has none; default 25 (465 with implicit TLS)
	TLS                string // TLSNone (default; 465: TLSImplicit), TLSStartTLS or TLSImplicit (ParseTLS)
	RootCAs            *x509.CertPool
	InsecureSkipVerify bool
	Helo               string // EHLO name for --tls starttls; default the address literal of the connection

	Resolver *resolver.Resolver // MX and address lookups; nil dials names with the system resolver
	Dialer   smtpwire.Dialer    // default net.Dialer
	// Idle is how long a reply may take before the session says the server
	// went silent (DefaultIdle when zero).
	Idle time.Duration

	// Token is the OAuth2 access token ":auth xoauth2" sends (from
	// --token-file or SMTPGW_OAUTH_TOKEN); empty, it is asked for (piped:
	// read from the next line).
	Token string

	// Save writes the transcript for ":save FILE" (report renders it).
	Save func(path string, items []Item) error
	// ReadFile reads ":data FILE" (default os.ReadFile).
	ReadFile func(path string) ([]byte, error)
	// Edit opens the user's editor on a file and returns when it exits; set
	// on a terminal with $VISUAL or $EDITOR, ":data" without a FILE then
	// composes the message there. EditorName names it in messages.
	Edit       func(path string) error
	EditorName string
}

// Input is where commands come from: a line editor on a terminal, or
// lines piped in.
type Input interface {
	// ReadLine returns the next command line, io.EOF at the end.
	ReadLine() (string, error)
	// ReadSecret returns a password: without echo on a terminal, the next
	// line when piped.
	ReadSecret(prompt string) (string, error)
	// Confirm asks a yes/no question whose default is no; piped input never
	// confirms.
	Confirm(question string) (bool, error)
	// Interactive is true on a terminal.
	Interactive() bool
}

// Session is one conversation; it may span several connections (":reconnect").
type Session struct {
	o    Options
	emit func(Item)
	in   Input

	host string // the name the certificate is verified against
	addr string // host:port dialled

	conn        *smtpwire.Conn
	tr          *smtpwire.Transcript
	ext         smtpwire.Extensions
	tlsOn       bool
	tlsVerified bool
	mail        bool
	rcpts       int
	mailFrom    string   // the address of the accepted MAIL FROM
	rcptTo      []string // the addresses of the accepted RCPT TOs
	heloName    string   // the name of the user's last EHLO/HELO, said again after STARTTLS

	items      []Item
	lastFailed bool
	done       bool
}

// New prepares a session; emit receives every item as it happens.
func New(o Options, emit func(Item)) (*Session, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	o.TLS = strings.ToLower(o.TLS)
	if o.Idle == 0 {
		o.Idle = DefaultIdle
	}
	if o.ReadFile == nil {
		o.ReadFile = os.ReadFile
	}
	return &Session{o: o, emit: emit}, nil
}

// Items returns everything the session has shown so far.
func (s *Session) Items() []Item { return append([]Item(nil), s.items...) }

// LastFailed reports whether the last reply was a 4xx/5xx (or the last
// command could not be sent at all).
func (s *Session) LastFailed() bool { return s.lastFailed }

// Extensions returns what the server offered in its last EHLO reply.
func (s *Session) Extensions() smtpwire.Extensions { return s.ext }

// Connected reports whether a connection is open.
func (s *Session) Connected() bool { return s.conn != nil }

func (s *Session) show(it Item) {
	s.items = append(s.items, it)
	if s.emit != nil {
		s.emit(it)
	}
}

func (s *Session) note(format string, a ...any) {
	s.show(Item{Kind: KindNote, Text: fmt.Sprintf(format, a...)})
}

func (s *Session) warn(format string, a ...any) {
	s.show(Item{Kind: KindWarning, Text: fmt.Sprintf(format, a...)})
}

func (s *Session) fail(format string, a ...any) {
	s.lastFailed = true
	s.show(Item{Kind: KindError, Text: fmt.Sprintf(format, a...)})
}

// Run connects and then executes commands from in until :quit, QUIT or
// the end of input.
func (s *Session) Run(ctx context.Context, in Input) error {
	s.in = in
	if in.Interactive() {
		s.note("type SMTP commands, or :help for the meta commands; Tab completes, Ctrl-R searches the history, Ctrl-D ends")
	}
	s.connect(ctx)
	for !s.done {
		line, err := in.ReadLine()
		if err == io.EOF {
			if s.conn != nil {
				s.note("end of input: connection closed without QUIT")
				s.conn.Close()
				s.conn = nil
			}
			return nil
		}
		if err != nil {
			return err
		}
		s.Exec(ctx, line)
	}
	return nil
}

// Exec runs one command line: a meta command (":help") or an SMTP command
// sent as typed.
func (s *Session) Exec(ctx context.Context, line string) {
	line = strings.TrimRight(line, "\r\n")
	if strings.TrimSpace(line) == "" {
		return
	}
	if strings.HasPrefix(strings.TrimSpace(line), ":") {
		s.meta(ctx, strings.TrimSpace(line))
		return
	}
	s.smtp(ctx, line)
}

// CheckTarget checks a server as given to a session, HOST[:PORT],
// [IPv6]:PORT or a mail domain, without looking anything up.
func CheckTarget(t string) error {
	t = strings.TrimSpace(t)
	if t == "" {
		return errors.New("no server: give HOST[:PORT] or a mail domain")
	}
	if strings.ContainsAny(t, " \t\r\n\x00") {
		return fmt.Errorf("%q contains a space or a control character: give one host name", t)
	}
	h, ps, err := net.SplitHostPort(t)
	if err != nil {
		h = strings.Trim(t, "[]")
	} else if p, err := strconv.Atoi(ps); err != nil || p <= 0 || p > 65535 {
		return fmt.Errorf("%q: bad port %q", t, ps)
	}
	if h == "" {
		return fmt.Errorf("%q has no host name", t)
	}
	return nil
}

// target works out the host to verify and the address to dial.
func (s *Session) target(ctx context.Context) (host, dial string, port int, err error) {
	t := strings.TrimSpace(s.o.Target)
	port = s.o.Port
	explicitPort := false
	h, ps, splitErr := net.SplitHostPort(t)
	if splitErr == nil {
		p, err := strconv.Atoi(ps)
		if err != nil || p <= 0 || p > 65535 {
			return "", "", 0, fmt.Errorf("%q: bad port %q", t, ps)
		}
		port, explicitPort = p, true
	} else {
		h = strings.Trim(t, "[]")
	}
	if h == "" {
		return "", "", 0, fmt.Errorf("%q has no host name", t)
	}
	if port == 0 {
		port = 25
		if s.o.TLS == TLSImplicit {
			port = 465
		}
	}
	host = strings.TrimSuffix(h, ".")
	if net.ParseIP(host) != nil {
		return host, host, port, nil
	}
	if s.o.Resolver == nil {
		return host, host, port, nil
	}
	if !explicitPort {
		mxs, _, err := s.o.Resolver.MX(ctx, host)
		if err == nil && len(mxs) > 0 {
			mx := strings.TrimSuffix(mxs[0].Mx, ".")
			if mx == "" {
				return "", "", 0, fmt.Errorf("%s publishes a null MX (RFC 7505): it accepts no mail", host)
			}
			if len(mxs) == 1 {
				s.note("%s is a mail domain: using its MX host %s (preference %d)", host, mx, mxs[0].Preference)
			} else {
				s.note("%s is a mail domain: using its first MX host %s (preference %d) of %d", host, mx, mxs[0].Preference, len(mxs))
			}
			host = mx
		}
	}
	ips, err := s.o.Resolver.IPs(ctx, host, true, true)
	if err != nil {
		return "", "", 0, fmt.Errorf("cannot resolve %s: %v", host, err)
	}
	if len(ips) == 0 {
		return "", "", 0, fmt.Errorf("%s has no A or AAAA record", host)
	}
	return host, ips[0].String(), port, nil
}

// connect dials, reads the greeting and, with --tls starttls, upgrades.
func (s *Session) connect(ctx context.Context) bool {
	host, dial, port, err := s.target(ctx)
	if err != nil {
		s.fail("%v", err)
		return false
	}
	s.host = host
	s.addr = net.JoinHostPort(dial, strconv.Itoa(port))
	dialer := s.o.Dialer
	if dialer == nil {
		dialer = &net.Dialer{}
	}
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	nc, err := dialer.DialContext(dctx, "tcp", s.addr)
	cancel()
	if err != nil {
		s.fail("cannot connect to %s: %v", s.addr, smtpwire.DialError(err))
		return false
	}
	s.tr = smtpwire.NewTranscript()
	s.tr.OnEvent = func(ev smtpwire.Event) {
		switch ev.Dir {
		case smtpwire.Client:
			s.show(Item{Kind: KindSent, Text: ev.Line})
		case smtpwire.Note:
			if !strings.HasPrefix(ev.Line, "TLS handshake: ") {
				s.note("%s", ev.Line)
			}
		}
	}
	s.show(Item{Kind: KindConnected, Text: s.addr})
	s.conn = smtpwire.NewConn(ctx, nc, s.tr, smtpwire.Limits{StepTimeout: s.o.Idle, MaxBytes: 64 << 20})
	s.ext, s.tlsOn, s.tlsVerified, s.mail, s.rcpts = nil, false, false, false, 0
	if s.o.TLS == TLSImplicit {
		if !s.handshake() {
			return false
		}
	}
	rep, ok := s.read(ctx)
	if !ok {
		return false
	}
	if rep.Code != 220 {
		s.note("the server did not greet with 220: it will refuse further commands on this connection")
		return false
	}
	if s.o.TLS == TLSStartTLS {
		if !s.ehlo(ctx) {
			return false
		}
		return s.startTLS(ctx)
	}
	return true
}

// read reads one reply and shows it with its explanation.
func (s *Session) read(ctx context.Context) (smtpwire.Reply, bool) {
	rep, err := s.conn.ReadReply()
	if len(rep.Raw) > 0 {
		s.showReply(rep)
	}
	if err != nil {
		s.connError(ctx, err)
		return rep, false
	}
	return rep, true
}

func (s *Session) showReply(rep smtpwire.Reply) { s.showReplyFor(rep, "") }

// showReplyFor shows a reply; cmd, when not "", is the command it answers
// (for pipelined replies, read after all the commands were sent).
func (s *Session) showReplyFor(rep smtpwire.Reply, cmd string) {
	it := Item{Kind: KindReply, Reply: &rep, For: cmd}
	e, err := explain.ExplainText(rep.String())
	if err == nil {
		it.Explanation = &e
	}
	s.lastFailed = rep.Code >= 400
	s.show(it)
}

// connError reports a broken connection and drops it.
func (s *Session) connError(ctx context.Context, err error) {
	s.lastFailed = true
	switch {
	case ctx.Err() != nil:
		s.fail("stopped: %v", ctx.Err())
	case isTimeout(err):
		s.fail("the server said nothing for %s (the idle limit): the connection is probably dead; :reconnect starts a new one", s.o.Idle)
	case errors.Is(err, io.EOF) || errors.Is(err, net.ErrClosed) || strings.Contains(err.Error(), "connection reset"):
		s.fail("the server closed the connection; :reconnect starts a new one")
	default:
		s.fail("%v; :reconnect starts a new connection", err)
	}
	if s.conn != nil {
		s.conn.Close()
		s.conn = nil
	}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, os.ErrDeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}

// need reports whether a connection is open, saying what to do if not.
func (s *Session) need() bool {
	if s.conn == nil {
		s.fail("not connected: :reconnect opens a new connection")
		return false
	}
	return true
}

// cmd sends a command (display redacts it when not "") and reads the reply.
func (s *Session) cmd(ctx context.Context, line, display string) (smtpwire.Reply, bool) {
	if err := s.conn.Send(line, display); err != nil {
		s.connError(ctx, err)
		return smtpwire.Reply{}, false
	}
	return s.read(ctx)
}

func (s *Session) ehlo(ctx context.Context) bool {
	helo := s.heloName
	if helo == "" {
		helo = smtpwire.HeloFor(s.o.Helo, s.conn.NetConn())
	}
	rep, ok := s.cmd(ctx, "EHLO "+helo, "")
	if ok && rep.Code == 250 {
		s.ext = smtpwire.ParseEHLO(rep)
		s.mail, s.rcpts = false, 0
	}
	return ok && rep.Code == 250
}

// verb returns the upper-cased first word of a command line.
func verb(line string) string {
	v, _, _ := strings.Cut(strings.TrimSpace(line), " ")
	return strings.ToUpper(v)
}

// smtp sends a plain SMTP command as typed.
func (s *Session) smtp(ctx context.Context, line string) {
	if !s.need() {
		return
	}
	v := verb(line)
	display := ""
	switch v {
	case "AUTH":
		if !s.authAllowed() {
			return
		}
		// "AUTH PLAIN <base64>": the initial response is a secret.
		f := strings.Fields(line)
		if len(f) > 2 {
			display = f[0] + " " + f[1] + " <redacted>"
		}
	case "DATA", "BDAT":
		s.warnData()
	case "STARTTLS":
		s.startTLSReply(ctx, line)
		return
	}
	rep, ok := s.cmd(ctx, line, display)
	if !ok {
		return
	}
	s.track(line, v, rep)
	switch {
	case v == "AUTH":
		s.authContinue(ctx, rep, nil)
	case v == "DATA" && rep.Code == 354:
		s.typedData(ctx)
	case v == "QUIT":
		s.conn.Close()
		s.conn = nil
		s.done = true
	}
}

// track follows the transaction state from a command and its reply.
func (s *Session) track(line, v string, rep smtpwire.Reply) {
	ok := rep.Code/100 == 2
	if (v == "EHLO" || v == "HELO") && ok {
		if f := strings.Fields(line); len(f) == 2 {
			s.heloName = f[1]
		}
	}
	switch v {
	case "EHLO":
		if rep.Code == 250 {
			s.ext = smtpwire.ParseEHLO(rep)
		}
		s.mail, s.rcpts = false, 0
	case "HELO":
		if ok {
			s.ext = smtpwire.Extensions{}
		}
		s.mail, s.rcpts = false, 0
	case "RSET":
		s.mail, s.rcpts = false, 0
	case "MAIL":
		s.mail = ok
		s.mailFrom, s.rcptTo = "", nil
		if ok {
			s.mailFrom = pathArg(line)
		}
	case "RCPT":
		if ok {
			s.rcpts++
			s.rcptTo = append(s.rcptTo, pathArg(line))
		}
	}
	if rep.Code == 421 {
		s.note("421: the server is closing the connection; :reconnect starts a new one")
		s.conn.Close()
		s.conn = nil
	}
}

// pathArg returns the address of "MAIL FROM:<a@b> ..." or "RCPT TO:<a@b>".
func pathArg(line string) string {
	_, rest, ok := strings.Cut(line, ":")
	if !ok {
		return ""
	}
	rest = strings.TrimSpace(rest)
	if i := strings.IndexByte(rest, '>'); strings.HasPrefix(rest, "<") && i > 0 {
		return rest[1:i]
	}
	f, _, _ := strings.Cut(rest, " ")
	return f
}

// warnData says why DATA will fail before the transaction is ready.
func (s *Session) warnData() {
	switch {
	case !s.mail:
		s.warn("no MAIL FROM accepted yet: the server will refuse DATA with 503 (bad sequence of commands): MAIL FROM and RCPT TO come first")
	case s.rcpts == 0:
		s.warn("no RCPT TO accepted yet: the server will refuse DATA (503 or 554): there is nobody to deliver to")
	}
}

// typedData sends the message lines that follow a typed DATA as typed,
// up to a line holding a single dot, then reads the final reply.
func (s *Session) typedData(ctx context.Context) {
	if s.in.Interactive() {
		s.note("type the message; a line with a single . ends it (:data FILE does the dot-stuffing for you)")
	}
	for {
		line, err := s.in.ReadLine()
		if err == io.EOF {
			s.fail("end of input inside DATA: the message was never ended with a line holding a single dot")
			return
		}
		if err != nil {
			s.connError(ctx, err)
			return
		}
		if err := s.conn.Send(line, ""); err != nil {
			s.connError(ctx, err)
			return
		}
		if line == "." {
			break
		}
	}
	if _, ok := s.read(ctx); ok {
		s.mail, s.rcpts = false, 0
	}
}

// authAllowed warns before credentials go over a connection that is not
// encrypted with a verified certificate: a terminal asks (default no), a
// script is refused.
func (s *Session) authAllowed() bool {
	why := ""
	switch {
	case !s.tlsOn:
		why = "this connection is not encrypted: the password crosses the network in base64, readable by anyone on the path"
	case !s.tlsVerified:
		why = "the server's certificate did not verify: whoever answered could be reading the password"
	default:
		return true
	}
	if !s.in.Interactive() {
		s.fail("refusing AUTH: %s (use :starttls first, or start the session with STARTTLS)", why)
		return false
	}
	s.warn("%s", why)
	yes, err := s.in.Confirm("Send credentials anyway?")
	if err != nil || !yes {
		s.note("AUTH not sent")
		return false
	}
	return true
}
