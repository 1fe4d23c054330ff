// Package server is the receiving side of smtpgw relay: a go-smtp backend
// that accepts mail only from allowed networks or authenticated users,
// rejects smuggling attempts and loops, and spools every message durably
// before it answers 250.
package server

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/relay/metrics"
	"github.com/smtpgw/smtpgw/relay/spool"
)

// Config configures the receiving server.
type Config struct {
	Hostname        string // announced in the greeting and Received:
	MaxMessageBytes int64
	MaxRecipients   int
	MaxConns        int
	MaxConnsPerIP   int
	CommandTimeout  time.Duration
	DataTimeout     time.Duration
	SessionTimeout  time.Duration
	// StressTimeout replaces CommandTimeout while the server is busy (over
	// 80% of MaxConns, or of MaxConnsPerIP for the client's IP); default 10s.
	StressTimeout time.Duration
	// EvictAfter: at a connection limit, a connection that has waited this
	// long for its next command is closed (421) to make room; default 1s.
	EvictAfter time.Duration
	// MinDataRate: during DATA a client has CommandTimeout (StressTimeout
	// when busy) plus one second per MinDataRate bytes received, up to
	// DataTimeout; default 500 bytes/s (Postfix's smtpd_min_data_rate).
	MinDataRate int64

	// AUTH throttling (see authguard.go): failures per IP and per username
	// within AuthWindow (default 15m) delay the reply AuthDelay (1s)
	// doubling up to AuthMaxDelay (8s); AuthLockAfter (10) failures lock
	// the IP or username for AuthLockFor (15m); AuthWorkers (half the
	// CPUs, at least 1) bcrypt checks run at once.
	AuthWindow    time.Duration
	AuthDelay     time.Duration
	AuthMaxDelay  time.Duration
	AuthLockAfter int
	AuthLockFor   time.Duration
	AuthWorkers   int

	MaxReceived       int            // Received: headers beyond this are a loop (default 100)
	AllowNets         []netip.Prefix // clients that may relay without AUTH
	Users             map[string][]byte
	AllowInsecureAuth bool
	TLSConfig         *tls.Config

	Spool *spool.Spool
	// OnQueued is called after a message is committed to the spool, with
	// the message still open and locked; it must Unlock it (at once, or
	// after delivering it).
	OnQueued func(l *spool.Locked)
	Logger   *slog.Logger
	// Metrics counts messages received and refused and AUTH failures (nil:
	// not counted).
	Metrics *metrics.Metrics
}

// Server receives mail.
type Server struct {
	cfg  Config
	log  *slog.Logger
	smtp *smtp.Server

	connMu sync.Mutex
	conns  map[*sessConn]struct{} // connections holding a slot
	perIP  map[netip.Addr]int
	freed  chan struct{} // closed when a slot is freed (then nil)

	live     sync.WaitGroup // accepted connections not yet closed
	dataWG   sync.WaitGroup // Data calls running (BDAT runs them beside the connection)
	stopping atomic.Bool

	auth *authGuard
}

// New returns a server for cfg, with defaults for zero limits.
func New(cfg Config) *Server {
	if cfg.Hostname == "" {
		cfg.Hostname, _ = os.Hostname()
		if cfg.Hostname == "" {
			cfg.Hostname = "localhost"
		}
	}
	if cfg.MaxMessageBytes == 0 {
		cfg.MaxMessageBytes = 25 << 20
	}
	if cfg.MaxRecipients == 0 {
		cfg.MaxRecipients = 100
	}
	if cfg.CommandTimeout == 0 {
		cfg.CommandTimeout = 5 * time.Minute
	}
	if cfg.DataTimeout == 0 {
		cfg.DataTimeout = 10 * time.Minute
	}
	if cfg.SessionTimeout == 0 {
		cfg.SessionTimeout = 30 * time.Minute
	}
	if cfg.MaxReceived == 0 {
		cfg.MaxReceived = 100
	}
	if cfg.StressTimeout == 0 {
		cfg.StressTimeout = 10 * time.Second
	}
	if cfg.EvictAfter == 0 {
		cfg.EvictAfter = time.Second
	}
	if cfg.MinDataRate == 0 {
		cfg.MinDataRate = 500
	}
	if cfg.AuthWindow == 0 {
		cfg.AuthWindow = 15 * time.Minute
	}
	if cfg.AuthDelay == 0 {
		cfg.AuthDelay = time.Second
	}
	if cfg.AuthMaxDelay == 0 {
		cfg.AuthMaxDelay = 8 * time.Second
	}
	if cfg.AuthLockAfter == 0 {
		cfg.AuthLockAfter = 10
	}
	if cfg.AuthLockFor == 0 {
		cfg.AuthLockFor = 15 * time.Minute
	}
	if cfg.AuthWorkers == 0 {
		cfg.AuthWorkers = max(1, runtime.NumCPU()/2)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg, log: cfg.Logger, conns: map[*sessConn]struct{}{}, perIP: map[netip.Addr]int{}}
	s.auth = newAuthGuard(&s.cfg)
	ss := smtp.NewServer(&backend{s: s})
	ss.Domain = cfg.Hostname
	ss.MaxMessageBytes = cfg.MaxMessageBytes
	ss.MaxRecipients = cfg.MaxRecipients
	ss.MaxLineLength = maxLineLength
	ss.ReadTimeout = cfg.CommandTimeout
	ss.WriteTimeout = cfg.CommandTimeout
	// TLS (STARTTLS and implicit) runs in sessConn, below go-smtp, which
	// sees plain text and no TLSConfig (wire.go says why); so go-smtp
	// cannot tell when AUTH is allowed: the session decides
	// (authSession.AuthMechanisms and Auth).
	ss.AllowInsecureAuth = true
	ss.EnableSMTPUTF8 = true
	ss.ErrorLog = slogPrinter{cfg.Logger}
	s.smtp = ss
	return s
}

type slogPrinter struct{ l *slog.Logger }

func (p slogPrinter) Printf(format string, v ...any) { p.l.Debug(fmt.Sprintf(format, v...)) }
func (p slogPrinter) Println(v ...any)               { p.l.Debug(fmt.Sprint(v...)) }

// Serve accepts connections on l until Shutdown. With implicitTLS, every
// connection starts with a TLS handshake (port 465 style).
func (s *Server) Serve(l net.Listener, implicitTLS bool) error {
	if implicitTLS && s.cfg.TLSConfig == nil {
		return errors.New("implicit TLS needs a certificate")
	}
	err := s.smtp.Serve(&limitListener{Listener: l, srv: s, implicitTLS: implicitTLS})
	if errors.Is(err, net.ErrClosed) {
		return nil
	}
	return err
}

// Shutdown stops listening and closes, with 421 4.3.2, every connection
// outside a mail transaction, at once or when its transaction ends; when
// ctx is done it closes the rest the same way (their messages were not
// acknowledged, so nothing is lost). It returns when every connection is
// closed and no message is being received.
func (s *Server) Shutdown(ctx context.Context) error {
	s.stopping.Store(true)
	done := make(chan error, 1)
	go func() { done <- s.smtp.Shutdown(context.Background()) }()
	reply := s.shutdownReply()
	s.eachConn(func(c *sessConn) {
		if _, idle := c.idleSince(); idle && !c.inTxn.Load() {
			c.cut(reply)
		}
	})
	idle := make(chan struct{})
	go func() { s.live.Wait(); close(idle) }()
	var err error
	select {
	case <-idle:
	case <-ctx.Done():
		n := 0
		s.eachConn(func(c *sessConn) { n++; c.cut(reply) })
		if n > 0 {
			s.log.Warn("sessions closed at the end of the grace period", "sessions", n)
		}
		err = ctx.Err()
	}
	<-idle
	s.dataWG.Wait()
	if serr := <-done; err == nil && serr != nil && !errors.Is(serr, net.ErrClosed) {
		err = serr
	}
	return err
}

func (s *Server) shutdownReply() string {
	return "421 4.3.2 " + s.cfg.Hostname + " Service shutting down, closing connection"
}

type backend struct{ s *Server }

func (b *backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	sess := &session{s: b.s, conn: c, ip: addrIP(c.Conn().RemoteAddr())}
	if sc := sess.sessConn(); sc != nil && sc.w != nil {
		sc.sess.Store(sess) // go-smtp's replies and STARTTLS reach the session
		sess.tapped = true
	}
	if b.s.cfg.Users != nil {
		return &authSession{sess}, nil
	}
	return sess, nil
}

type session struct {
	s    *Server
	conn *smtp.Conn
	ip   netip.Addr

	user       string
	authFails  int
	tapped     bool // go-smtp's replies are watched (onReply, through sessConn)
	sizeLogged bool // Data logged its 552
	from       string
	hasFrom    bool
	rcpts      []string
}

func (se *session) sessConn() *sessConn {
	sc, _ := se.conn.Conn().(*sessConn)
	return sc
}

// tlsState is the connection's TLS state (TLS runs in sessConn, so
// go-smtp's Conn.TLSConnectionState knows nothing of it).
func (se *session) tlsState() (tls.ConnectionState, bool) {
	if sc := se.sessConn(); sc != nil {
		return sc.tlsState()
	}
	return se.conn.TLSConnectionState()
}

// tlsStarted forgets what the client said before STARTTLS (RFC 3207 4.2):
// the transaction and the authentication.
func (se *session) tlsStarted() {
	se.Reset()
	se.user = ""
}

// errHelloAgain answers a command after STARTTLS that must wait for EHLO:
// go-smtp does not know TLS started, so the relay asks itself.
var errHelloAgain = &smtp.SMTPError{Code: 503, EnhancedCode: smtp.EnhancedCode{5, 5, 1}, Message: "Send EHLO again after STARTTLS"}

// helloNeeded reports whether the client has not said EHLO since STARTTLS.
func (se *session) helloNeeded() bool {
	sc := se.sessConn()
	return sc != nil && sc.w != nil && sc.w.needHello
}

func (se *session) Reset() {
	se.from, se.hasFrom, se.rcpts = "", false, nil
	if sc := se.sessConn(); sc != nil {
		sc.inTxn.Store(false)
	}
}

// onReply sees go-smtp's replies: its own size refusals (MAIL SIZE=, BDAT)
// are logged here like every other refusal.
func (se *session) onReply(code int) {
	if code != 552 {
		return
	}
	if se.sizeLogged {
		se.sizeLogged = false
		return
	}
	reason := fmt.Sprintf("message larger than %d bytes", se.s.cfg.MaxMessageBytes)
	if !se.hasFrom {
		reason += " (declared in MAIL SIZE=)"
	}
	se.s.log.Warn("message rejected", "client", se.conn.Conn().RemoteAddr().String(), "sender", se.from, "reason", reason)
	se.s.cfg.Metrics.Refused(metrics.RefusedTooBig)
}

// errCut answers a command that arrived on a connection the relay has
// closed (a cut-off line): nobody reads the reply.
var errCut = &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 4, 2}, Message: "Connection closed"}

// start marks the connection busy with a command; false when the relay has
// closed it (the command must have no effect).
func (se *session) start() bool {
	sc := se.sessConn()
	if sc == nil {
		return true
	}
	sc.busyNow()
	return !sc.killed.Load()
}

func (se *session) Logout() error { return nil }

func badAddr(a string) bool {
	return strings.ContainsAny(a, "\r\n\x00")
}

func (se *session) Mail(from string, opts *smtp.MailOptions) error {
	if !se.start() {
		return errCut
	}
	if se.helloNeeded() {
		return errHelloAgain
	}
	if badAddr(from) {
		return &smtp.SMTPError{Code: 501, EnhancedCode: smtp.EnhancedCode{5, 1, 7}, Message: "CR or LF in the sender address is not allowed"}
	}
	se.from, se.hasFrom, se.rcpts = from, true, nil
	if sc := se.sessConn(); sc != nil {
		sc.inTxn.Store(true)
	}
	return nil
}

func (se *session) mayRelay() bool {
	if se.user != "" {
		return true
	}
	for _, p := range se.s.cfg.AllowNets {
		if p.Contains(se.ip) {
			return true
		}
	}
	return false
}

func (se *session) Rcpt(to string, opts *smtp.RcptOptions) error {
	if !se.start() {
		return errCut
	}
	if se.helloNeeded() {
		return errHelloAgain
	}
	if !se.hasFrom {
		return errNoTransaction
	}
	if badAddr(to) {
		return &smtp.SMTPError{Code: 501, EnhancedCode: smtp.EnhancedCode{5, 1, 3}, Message: "CR or LF in the recipient address is not allowed"}
	}
	if !se.mayRelay() {
		msg := fmt.Sprintf("Relay access denied: %s is not an allowed network", se.ip)
		if se.s.cfg.Users != nil {
			msg += " and the session is not authenticated (AUTH first)"
		}
		se.s.log.Warn("relay denied", "client", se.conn.Conn().RemoteAddr().String(), "sender", se.from, "recipient", to)
		se.s.cfg.Metrics.Refused(metrics.RefusedRelayDenied)
		return &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 7, 1}, Message: msg}
	}
	at := strings.LastIndexByte(to, '@')
	if at <= 0 || at == len(to)-1 {
		return &smtp.SMTPError{Code: 501, EnhancedCode: smtp.EnhancedCode{5, 1, 3}, Message: "Recipient must be a full address, user@domain"}
	}
	for _, r := range se.rcpts {
		if r == to {
			return nil // the same recipient twice gets one copy
		}
	}
	se.rcpts = append(se.rcpts, to)
	return nil
}

// maxLineLength bounds command lines and message lines. RFC 5322 says 998,
// but applications send longer lines and Postfix accepts them; a limit is
// kept so a client cannot make the server buffer an endless line.
const maxLineLength = 64 << 10

var bufPool = sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}

var (
	// errNoTransaction answers RCPT, DATA or BDAT that go-smtp let through
	// after STARTTLS reset the session's transaction.
	errNoTransaction = &smtp.SMTPError{Code: 503, EnhancedCode: smtp.EnhancedCode{5, 5, 1}, Message: "Bad sequence of commands: MAIL and RCPT first"}
	errTimeout       = &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 4, 2}, Message: "Timeout while receiving the message, closing connection"}
	errSpool         = &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Cannot queue the message now (spool error), try again later"}
)

func (se *session) Data(r io.Reader) error {
	se.s.dataWG.Add(1)
	defer se.s.dataWG.Done()
	if !se.start() {
		return errCut
	}
	if !se.hasFrom || len(se.rcpts) == 0 {
		return errNoTransaction
	}
	sc := se.sessConn()
	_, bdat := r.(*io.PipeReader) // BDAT: go-smtp pipes the exact chunk bytes
	var wr *wire                  // DATA: the wire checks the bytes as sent
	if !bdat && sc != nil && sc.w != nil {
		wr = sc.w
		if !wr.dataAnnounced() {
			return se.lost(sc)
		}
	}
	dataStart := time.Now()
	base := se.s.cfg.CommandTimeout
	if se.s.busy(se.ip) {
		base = min(base, se.s.cfg.StressTimeout)
	}
	// the minimum data rate: base, plus a second per MinDataRate bytes, up
	// to DataTimeout
	dataDeadline := func(n int64) time.Time {
		t := dataStart.Add(base + time.Duration(n)*time.Second/time.Duration(se.s.cfg.MinDataRate))
		if hard := dataStart.Add(se.s.cfg.DataTimeout); t.After(hard) {
			t = hard
		}
		return t
	}
	if sc != nil && !bdat {
		sc.setDataDeadline(dataDeadline(0))
	}
	id := spool.NewID()
	env := spool.Envelope{
		From: se.from, To: append([]string(nil), se.rcpts...), Received: time.Now().UTC(),
		Client: se.conn.Conn().RemoteAddr().String(), Helo: se.conn.Hostname(), Auth: se.user,
	}
	proto := "ESMTP"
	if st, ok := se.tlsState(); ok {
		proto = "ESMTPS"
		env.TLS = tls.VersionName(st.Version) + " " + tls.CipherSuiteName(st.CipherSuite)
	}
	if se.user != "" {
		proto += "A"
	}
	w, err := se.s.cfg.Spool.Create(id, env)
	if err != nil {
		se.s.log.Error("spool error", "err", err)
		se.s.cfg.Metrics.Refused(metrics.RefusedSpoolError)
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Cannot queue the message now (spool error), try again later"}
	}
	ok := false
	defer func() {
		if !ok {
			w.Abort()
		}
	}()
	var forClause string
	if len(se.rcpts) == 1 {
		forClause = "\r\n\tfor <" + se.rcpts[0] + ">"
	}
	fmt.Fprintf(w, "Received: from %s ([%s])\r\n\tby %s (smtpgw) with %s id %s%s;\r\n\t%s\r\n",
		sanitizeHelo(se.conn.Hostname()), se.ip, se.s.cfg.Hostname, proto, id, forClause,
		time.Now().Format(time.RFC1123Z))
	in := newInspector(se.s.cfg.MaxReceived)
	var rerr error
	if wr != nil {
		// DATA: the wire streams the message here as it reads the bytes
		// sent (in blocks, checking CR and LF where go-smtp's reader would
		// hide a bare CR); go-smtp's reader then reads an empty message.
		// The inspector reads the header.
		in.crlfChecked = true
		sc.inData.Store(true)
		defer sc.inData.Store(false)
		var got int64
		wr.stream(func(p []byte) error {
			got += int64(len(p))
			sc.setDataDeadline(dataDeadline(got))
			if _, err := in.Write(p); err != nil {
				return err
			}
			if _, err := w.Write(p); err != nil {
				se.s.log.Error("spool write error", "err", err)
				return errSpoolWrite
			}
			return nil
		}, se.s.cfg.MaxMessageBytes, maxLineLength)
		var n int64
		n, rerr = io.Copy(io.Discard, r)
		if rerr == nil && n > 0 {
			rerr = errWireLost // go-smtp read a message where the wire ended it
		}
		if rerr == nil {
			rerr = wr.dataEnd()
		}
	} else {
		rerr = se.copyChecked(r, in, w)
	}
	if rerr != nil {
		if errors.Is(rerr, errSpoolWrite) {
			return errSpool
		}
		if errors.Is(rerr, errWireLost) {
			return se.lost(sc)
		}
		if errors.Is(rerr, ErrBareLF) || errors.Is(rerr, ErrBareCR) || errors.Is(rerr, ErrLoop) {
			return se.reject(rerr)
		}
		var se2 *smtp.SMTPError
		if errors.As(rerr, &se2) {
			if se2.Code == 552 {
				se.sizeLogged = se.tapped
				se.s.log.Warn("message rejected", "client", env.Client, "sender", se.from, "reason",
					fmt.Sprintf("message larger than %d bytes", se.s.cfg.MaxMessageBytes))
				se.s.cfg.Metrics.Refused(metrics.RefusedTooBig)
			}
			return rerr // message too big: go-smtp discards the rest
		}
		if sc != nil {
			sc.kill()
		}
		if errors.Is(rerr, smtp.ErrTooLongLine) {
			se.s.log.Warn("message rejected", "client", env.Client, "sender", se.from, "reason", "line too long")
			se.s.cfg.Metrics.Refused(metrics.RefusedLineTooLong)
			return &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 6, 0},
				Message: fmt.Sprintf("Message has a line longer than %d bytes; closing connection", maxLineLength)}
		}
		if ne, ok := rerr.(net.Error); ok && ne.Timeout() {
			se.s.log.Warn("data timeout", "client", env.Client)
			se.s.cfg.Metrics.Refused(metrics.RefusedDataTimeout)
			return errTimeout
		}
		return &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 4, 0}, Message: "Connection error while receiving the message"}
	}
	if err := in.Close(); err != nil {
		return se.reject(err)
	}
	size := w.Size()
	l, err := w.CommitLocked()
	if err != nil {
		se.s.log.Error("spool commit error", "err", err)
		se.s.cfg.Metrics.Refused(metrics.RefusedSpoolError)
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Cannot queue the message now (spool error), try again later"}
	}
	ok = true
	if sc != nil {
		sc.setDataDeadline(time.Now().Add(se.s.cfg.CommandTimeout))
	}
	env.MessageID = in.MessageID
	se.s.cfg.Metrics.Received()
	se.s.log.Info("received", "id", id, "client", env.Client, "sender", env.From, "recipients", env.To,
		"size", size, "message_id", in.MessageID, "tls", env.TLS != "", "auth", se.user)
	if se.s.cfg.OnQueued != nil {
		se.s.cfg.OnQueued(l)
	} else {
		l.Unlock()
	}
	return &smtp.SMTPError{Code: 250, EnhancedCode: smtp.EnhancedCode{2, 0, 0}, Message: "Ok: queued as " + id}
}

var errSpoolWrite = errors.New("spool write error")

// lost refuses a message when the wire lost track of the stream (which
// tests say cannot happen), and closes the connection: nothing is
// acknowledged on a guess.
func (se *session) lost(sc *sessConn) error {
	se.s.log.Error("message refused: the relay lost track of the SMTP stream", "client", se.conn.Conn().RemoteAddr().String(), "sender", se.from)
	se.s.cfg.Metrics.Refused(metrics.RefusedInvalid)
	if sc != nil {
		sc.kill()
	}
	return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Cannot queue the message now (internal error), try again later"}
}

// copyChecked copies r (BDAT's chunks) to the inspector and the spool
// writer w; it returns the inspector's error, errSpoolWrite (logged) or
// r's error, nil at EOF.
func (se *session) copyChecked(r io.Reader, in *inspector, w io.Writer) error {
	bp := bufPool.Get().(*[]byte)
	defer bufPool.Put(bp)
	buf := *bp
	for {
		n, rerr := r.Read(buf)
		if n > 0 {
			if _, err := in.Write(buf[:n]); err != nil {
				return err
			}
			if _, err := w.Write(buf[:n]); err != nil {
				se.s.log.Error("spool write error", "err", err)
				return errSpoolWrite
			}
		}
		if rerr == io.EOF {
			return nil
		}
		if rerr != nil {
			return rerr
		}
	}
}

func (se *session) reject(err error) error {
	se.s.log.Warn("message rejected", "client", se.conn.Conn().RemoteAddr().String(), "sender", se.from, "reason", err.Error())
	switch {
	case errors.Is(err, ErrBareLF), errors.Is(err, ErrBareCR):
		se.s.cfg.Metrics.Refused(metrics.RefusedBareLF)
	case errors.Is(err, ErrLoop):
		se.s.cfg.Metrics.Refused(metrics.RefusedLoop)
	default:
		se.s.cfg.Metrics.Refused(metrics.RefusedInvalid)
	}
	switch {
	case errors.Is(err, ErrBareLF), errors.Is(err, ErrBareCR):
		return &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 6, 0},
			Message: strings.ToUpper(err.Error()[:1]) + err.Error()[1:] + "; every line must end in CRLF (SMTP smuggling protection)"}
	case errors.Is(err, ErrLoop):
		return &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 4, 6},
			Message: fmt.Sprintf("Mail loop detected: more than %d Received: headers", se.s.cfg.MaxReceived)}
	}
	return &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 6, 0}, Message: err.Error()}
}

func sanitizeHelo(h string) string {
	var b strings.Builder
	for _, c := range h {
		if c > ' ' && c < 127 && c != '(' && c != ')' && c != '\\' {
			b.WriteRune(c)
		}
		if b.Len() >= 255 {
			break
		}
	}
	if b.Len() == 0 {
		return "unknown"
	}
	return b.String()
}

// authSession adds AUTH PLAIN and LOGIN against the --users file.
type authSession struct{ *session }

// errTLSRequired answers AUTH without TLS (unless AllowInsecureAuth).
var errTLSRequired = &smtp.SMTPError{Code: 523, EnhancedCode: smtp.EnhancedCode{5, 7, 10}, Message: "TLS is required"}

// authAllowed: AUTH over TLS, or anywhere with AllowInsecureAuth. (go-smtp
// cannot tell: TLS runs below it.)
func (a *authSession) authAllowed() bool {
	if a.s.cfg.AllowInsecureAuth {
		return true
	}
	_, ok := a.tlsState()
	return ok
}

// AuthMechanisms is asked at EHLO: AUTH is offered only where allowed.
func (a *authSession) AuthMechanisms() []string {
	if !a.authAllowed() {
		return nil
	}
	return []string{sasl.Plain, sasl.Login}
}

func (a *authSession) Auth(mech string) (sasl.Server, error) {
	if a.helloNeeded() {
		return nil, errHelloAgain
	}
	if !a.authAllowed() {
		return nil, errTLSRequired
	}
	check := func(user, pass string) error {
		if !a.start() {
			return errCut
		}
		g := a.s.auth
		client := a.conn.Conn().RemoteAddr().String()
		if until := g.locked(a.ip, user, time.Now()); !until.IsZero() {
			a.s.log.Warn("authentication refused: locked out", "ip", a.ip.String(), "user", user, "client", client,
				"until", until.UTC().Format(time.RFC3339))
			a.s.cfg.Metrics.AuthFailure()
			return errLocked
		}
		hash, ok := a.s.cfg.Users[user]
		if !ok {
			hash = g.dummy() // same cost whether the user exists or not
		}
		err := g.check(a.ip, user, hash, []byte(pass))
		if err == errLocked {
			a.s.log.Warn("authentication refused: locked out", "ip", a.ip.String(), "user", user, "client", client)
			a.s.cfg.Metrics.AuthFailure()
			return errLocked
		}
		if err != nil || !ok {
			a.authFails++
			a.s.cfg.Metrics.AuthFailure()
			nIP, nUser, delay, locked := g.failed(a.ip, user, time.Now())
			a.s.log.Warn("authentication failed", "ip", a.ip.String(), "user", user, "client", client,
				"failures_ip", nIP, "failures_user", nUser, "delay", delay.String())
			if locked {
				a.s.log.Warn("authentication locked out", "ip", a.ip.String(), "user", user,
					"failures_ip", nIP, "failures_user", nUser, "for", a.s.cfg.AuthLockFor.String())
			}
			time.Sleep(delay)
			if a.authFails >= 3 {
				if sc := a.sessConn(); sc != nil {
					sc.kill()
				}
			}
			return smtp.ErrAuthFailed
		}
		g.succeeded(user)
		a.user = user
		return nil
	}
	switch strings.ToUpper(mech) {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, user, pass string) error {
			if identity != "" && identity != user {
				return smtp.ErrAuthFailed
			}
			return check(user, pass)
		}), nil
	case sasl.Login:
		return &loginServer{check: check}, nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

// loginServer is the LOGIN SASL mechanism (draft-murchison-sasl-login).
type loginServer struct {
	check func(user, pass string) error
	user  string
	step  int
}

func (l *loginServer) Next(resp []byte) ([]byte, bool, error) {
	switch l.step {
	case 0:
		l.step = 1
		if len(resp) > 0 {
			l.user = string(resp)
			l.step = 2
			return []byte("Password:"), false, nil
		}
		return []byte("Username:"), false, nil
	case 1:
		l.user = string(resp)
		l.step = 2
		return []byte("Password:"), false, nil
	case 2:
		l.step = 3
		return nil, true, l.check(l.user, string(resp))
	}
	return nil, true, errors.New("unexpected LOGIN response")
}
