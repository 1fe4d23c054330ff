package server

import (
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"

	"github.com/smtpgw/smtpgw/relay/metrics"
)

// Connection slots, deadlines and the relay's own last words.
//
// Every accepted connection holds a slot (server-wide and per client IP)
// from accept until it is closed, by either side: a client that closed its
// end (TCP CLOSE_WAIT) frees its slot the moment a new connection needs
// it, even if the relay has not noticed yet. When the server is busy (over
// 80% of either limit) a connection waiting for a command gets
// StressTimeout instead of the command timeout, and one that arrives at a
// limit takes the slot of the connection that has waited longest for its
// next command (at least EvictAfter), which is told 421 4.7.0 and closed.
//
// A command line counts only once its CRLF has arrived: when the time for
// a command runs out, the relay itself answers 421 4.4.2 and closes the
// connection, so whatever part of a line arrived is never executed
// (go-smtp's reader would hand it on as a complete line).

// limitListener counts and wraps the connections of one listener (the
// limits are server-wide). A connection that arrives at a limit waits up
// to slotWait for a slot before it is refused: a client that closes one
// connection and opens the next at once can be seen opening first (its
// close still on its way through the kernel).
type limitListener struct {
	net.Listener
	srv         *Server
	implicitTLS bool // every connection starts with a TLS handshake

	start     sync.Once
	out       chan acceptResult
	closed    chan struct{}
	closeOnce sync.Once
}

type acceptResult struct {
	c   net.Conn
	err error
}

// slotWait is how long a connection arriving at a limit waits for a slot.
const slotWait = 500 * time.Millisecond

func (l *limitListener) Accept() (net.Conn, error) {
	l.start.Do(func() {
		l.out, l.closed = make(chan acceptResult), make(chan struct{})
		go l.loop()
	})
	select {
	case a := <-l.out:
		return a.c, a.err
	case <-l.closed:
		return nil, net.ErrClosed
	}
}

func (l *limitListener) Close() error {
	l.start.Do(func() { l.out, l.closed = make(chan acceptResult), make(chan struct{}) })
	l.closeOnce.Do(func() { close(l.closed) })
	return l.Listener.Close()
}

// hand gives an admitted connection to the server (or closes it when the
// listener is closed).
func (l *limitListener) hand(c net.Conn) {
	select {
	case l.out <- acceptResult{c: c}:
	case <-l.closed:
		c.Close()
	}
}

func (l *limitListener) loop() {
	s := l.srv
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			select {
			case l.out <- acceptResult{err: err}:
			case <-l.closed:
				return
			}
			if errors.Is(err, net.ErrClosed) {
				return
			}
			continue
		}
		ip := addrIP(c.RemoteAddr())
		sc := &sessConn{Conn: c, srv: s, ip: ip, accepted: time.Now(), tlsCfg: s.cfg.TLSConfig}
		sc.deadline = sc.accepted.Add(s.cfg.SessionTimeout)
		sc.w = newWire(s.cfg.TLSConfig != nil && !l.implicitTLS)
		sc.implicit = l.implicitTLS
		sc.tlsUp.Store(l.implicitTLS) // no plain-text 421 into a TLS stream
		if s.admit(sc) == "" {
			l.hand(sc)
			continue
		}
		go func() {
			timer := time.NewTimer(slotWait)
			defer timer.Stop()
			var reason string
			for {
				freed := s.freedChan()
				if reason = s.admit(sc); reason == "" {
					l.hand(sc)
					return
				}
				select {
				case <-freed:
					continue
				case <-timer.C:
				}
				break
			}
			s.log.Warn("connection refused", "client", c.RemoteAddr().String(), "reason", reason)
			s.cfg.Metrics.Refused(metrics.RefusedConnectionLimit)
			c.SetWriteDeadline(time.Now().Add(5 * time.Second))
			io.WriteString(c, reason+"\r\n")
			c.Close()
		}()
	}
}

// Slots returns the client connection slots in use and their number
// (MaxConns; 0: unlimited).
func (s *Server) Slots() (used, limit int) {
	s.connMu.Lock()
	defer s.connMu.Unlock()
	return len(s.conns), s.cfg.MaxConns
}

// admit gives sc a slot, freeing slots of connections whose client is gone
// or, at a limit, of the connection idle longest; it returns the refusal
// reply when there is none.
func (s *Server) admit(sc *sessConn) string {
	s.connMu.Lock()
	var victim *sessConn
	reason := ""
	for range 2 {
		reason = s.limitReason(sc.ip)
		if reason == "" {
			break
		}
		// Connections being closed, or whose client has closed its end,
		// hold no slot.
		perIP := s.cfg.MaxConnsPerIP > 0 && s.perIP[sc.ip] >= s.cfg.MaxConnsPerIP && !(s.cfg.MaxConns > 0 && len(s.conns) >= s.cfg.MaxConns)
		freed := false
		for c := range s.conns {
			if (!perIP || c.ip == sc.ip) && (c.closing.Load() || peerClosed(c.Conn)) {
				s.releaseLocked(c)
				freed = true
			}
		}
		if freed {
			continue
		}
		victim = s.idlestLocked(sc.ip, perIP)
		if victim == nil {
			break
		}
		s.releaseLocked(victim)
	}
	if reason == "" {
		s.conns[sc] = struct{}{}
		s.perIP[sc.ip]++
		sc.holds = true
		s.live.Add(1)
	}
	stressed := s.stressedLocked(sc.ip)
	s.connMu.Unlock()
	if victim != nil && reason == "" {
		s.log.Warn("idle connection closed", "client", victim.RemoteAddr().String(), "reason", "connection limit reached, slot given to "+sc.RemoteAddr().String())
		go victim.cut(fmt.Sprintf("421 4.7.0 %s Idle connection closed: too many connections, try again later", s.cfg.Hostname))
	}
	for _, c := range stressed {
		c.stress()
	}
	return reason
}

func (s *Server) limitReason(ip netip.Addr) string {
	switch {
	case s.cfg.MaxConns > 0 && len(s.conns) >= s.cfg.MaxConns:
		return "421 4.7.0 Too many connections, try again later"
	case s.cfg.MaxConnsPerIP > 0 && s.perIP[ip] >= s.cfg.MaxConnsPerIP:
		return fmt.Sprintf("421 4.7.0 Too many connections from %s, try again later", ip)
	}
	return ""
}

// idlestLocked returns the connection (of ip when perIP) that has waited
// longest for its next command, at least EvictAfter; nil when none.
func (s *Server) idlestLocked(ip netip.Addr, perIP bool) *sessConn {
	var best *sessConn
	var bestSince time.Time
	limit := time.Now().Add(-s.cfg.EvictAfter)
	for c := range s.conns {
		if perIP && c.ip != ip {
			continue
		}
		since, ok := c.idleSince()
		if !ok || since.After(limit) {
			continue
		}
		if best == nil || since.Before(bestSince) {
			best, bestSince = c, since
		}
	}
	return best
}

// busyLocked reports whether connections from ip get the stress timeout.
func (s *Server) busyLocked(ip netip.Addr) bool {
	return (s.cfg.MaxConns > 0 && len(s.conns)*5 > s.cfg.MaxConns*4) ||
		(s.cfg.MaxConnsPerIP > 0 && s.perIP[ip]*5 > s.cfg.MaxConnsPerIP*4)
}

func (s *Server) busy(ip netip.Addr) bool {
	s.connMu.Lock()
	defer s.connMu.Unlock()
	return s.busyLocked(ip)
}

// stressedLocked returns the connections that get the stress timeout now.
func (s *Server) stressedLocked(ip netip.Addr) []*sessConn {
	all := s.cfg.MaxConns > 0 && len(s.conns)*5 > s.cfg.MaxConns*4
	one := s.cfg.MaxConnsPerIP > 0 && s.perIP[ip]*5 > s.cfg.MaxConnsPerIP*4
	if !all && !one {
		return nil
	}
	var out []*sessConn
	for c := range s.conns {
		if all || c.ip == ip {
			out = append(out, c)
		}
	}
	return out
}

func (s *Server) releaseLocked(c *sessConn) {
	if !c.holds {
		return
	}
	if s.freed != nil {
		close(s.freed) // wake the connections waiting for a slot
		s.freed = nil
	}
	c.holds = false
	delete(s.conns, c)
	if s.perIP[c.ip]--; s.perIP[c.ip] <= 0 {
		delete(s.perIP, c.ip)
	}
}

// freedChan is closed when a slot is freed.
func (s *Server) freedChan() <-chan struct{} {
	s.connMu.Lock()
	defer s.connMu.Unlock()
	if s.freed == nil {
		s.freed = make(chan struct{})
	}
	return s.freed
}

func (s *Server) release(c *sessConn) {
	s.connMu.Lock()
	s.releaseLocked(c)
	s.connMu.Unlock()
}

// eachConn calls f for every connection holding a slot.
func (s *Server) eachConn(f func(*sessConn)) {
	s.connMu.Lock()
	cs := make([]*sessConn, 0, len(s.conns))
	for c := range s.conns {
		cs = append(cs, c)
	}
	s.connMu.Unlock()
	for _, c := range cs {
		f(c)
	}
}

func addrIP(a net.Addr) netip.Addr {
	if ta, ok := a.(*net.TCPAddr); ok {
		ip, _ := netip.AddrFromSlice(ta.IP)
		return ip.Unmap()
	}
	ap, err := netip.ParseAddrPort(a.String())
	if err != nil {
		return netip.Addr{}
	}
	return ap.Addr().Unmap()
}

// sessConn is a client connection: deadlines are clamped to the whole
// session's deadline (and shortened when the server is busy); after kill,
// reads report EOF (the connection is closed after the pending reply is
// written); after cut, the relay has said its last words and closed it.
type sessConn struct {
	net.Conn
	srv      *Server
	ip       netip.Addr
	accepted time.Time
	deadline time.Time
	holds    bool // holds a slot (srv.connMu)
	once     sync.Once
	killed   atomic.Bool
	closing  atomic.Bool // Close was called
	muted    atomic.Bool // writes are dropped: the relay said its last words
	cutOnce  sync.Once

	// The SMTP stream go-smtp reads and writes (wire.go); nil: a plain
	// byte stream. Used by the connection's goroutine only.
	w *wire
	// in holds the client's bytes not yet handed to go-smtp (a pool
	// buffer while it holds any), inErr the read error behind them.
	in         *[]byte
	inLo, inHi int
	inErr      error
	inject     string                  // the relay's own lines for go-smtp (wire.go)
	sess       atomic.Pointer[session] // the go-smtp session, once EHLO made it

	// TLS runs here, below go-smtp (wire.go says why). tlsUp is set when
	// TLS runs or its handshake is under way: the relay's own replies then
	// go through tc, and nowhere before its handshake is done.
	tlsCfg   *tls.Config
	implicit bool // implicit TLS: the handshake comes first (goroutine-local)
	tlsUp    atomic.Bool
	tc       atomic.Pointer[tls.Conn]
	wmu      sync.Mutex // the relay's own writes (cut, STARTTLS's 220)

	inTxn  atomic.Bool // MAIL given, transaction not ended
	inData atomic.Bool // Session.Data reads DATA: it handles timeouts itself

	mu        sync.Mutex
	waiting   bool      // waiting for a command line
	waitSince time.Time // since when
	wrote     time.Time // when the relay last wrote to the client
	rd        time.Time // the read deadline in force while waiting
	stressed  bool      // rd was shortened to StressTimeout

	// Read-ahead: go-smtp reads through a 4 KiB bufio.Reader; a message
	// arrives in far fewer read system calls when each one asks for up to
	// readAhead bytes. ra holds what the caller had no room for (a pool
	// buffer while it holds data); the byte stream is unchanged.
	ra         *[]byte
	raPos, raN int
	raErr      error
}

const readAhead = 64 << 10

var readAheadPool = sync.Pool{New: func() any { b := make([]byte, readAhead); return &b }}

func (c *sessConn) clamp(t time.Time, extra time.Duration) time.Time {
	d := c.deadline.Add(extra)
	if c.deadline.IsZero() || (!t.IsZero() && t.Before(d)) {
		return t
	}
	return d
}

// writeGrace lets the last reply (421) be written after the session deadline.
const writeGrace = 10 * time.Second

// SetReadDeadline is called by go-smtp before it reads a command line (and
// by the TLS layer): the connection waits for a command from now on. When
// the relay stops, a connection outside a mail transaction is closed here,
// with 421 4.3.2, instead of waiting for another command.
func (c *sessConn) SetReadDeadline(t time.Time) error {
	if c.srv != nil && c.srv.stopping.Load() && !c.inTxn.Load() {
		c.cut(c.srv.shutdownReply())
		return nil
	}
	now := time.Now()
	t = c.clamp(t, 0)
	stressed := false
	if c.srv != nil && c.srv.busy(c.ip) {
		if st := now.Add(c.srv.cfg.StressTimeout); t.IsZero() || st.Before(t) {
			t, stressed = st, true
		}
	}
	c.mu.Lock()
	// The client has waited since it got the last reply, not since this
	// goroutine came round to read: on a loaded machine that can be after
	// another connection's later reply, and the wrong one would be taken
	// for the longest idle.
	since := now
	if !c.wrote.IsZero() && c.wrote.Before(now) {
		since = c.wrote
	}
	c.waiting, c.waitSince, c.rd, c.stressed = true, since, t, stressed
	c.mu.Unlock()
	return c.Conn.SetReadDeadline(t)
}

// busyNow marks the connection as working on a command (not idle).
func (c *sessConn) busyNow() {
	c.mu.Lock()
	c.waiting = false
	c.mu.Unlock()
}

// setDataDeadline sets the read deadline while the message data arrives.
func (c *sessConn) setDataDeadline(t time.Time) {
	c.mu.Lock()
	c.waiting = false
	c.mu.Unlock()
	c.Conn.SetReadDeadline(c.clamp(t, 0))
}

// idleSince reports since when the connection waits for a command.
func (c *sessConn) idleSince() (time.Time, bool) {
	if c.killed.Load() || c.inData.Load() {
		return time.Time{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.waitSince, c.waiting
}

// stress shortens the wait for the next command to StressTimeout.
func (c *sessConn) stress() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.waiting || c.stressed {
		return
	}
	if st := time.Now().Add(c.srv.cfg.StressTimeout); c.rd.IsZero() || st.Before(c.rd) {
		c.rd, c.stressed = st, true
		c.Conn.SetReadDeadline(st)
	}
}

func (c *sessConn) SetWriteDeadline(t time.Time) error {
	return c.Conn.SetWriteDeadline(c.clamp(t, writeGrace))
}
func (c *sessConn) SetDeadline(t time.Time) error {
	c.SetWriteDeadline(t)
	return c.SetReadDeadline(t)
}

func (c *sessConn) Read(p []byte) (int, error) {
	if c.killed.Load() {
		return 0, io.EOF
	}
	if c.closing.Load() {
		return 0, net.ErrClosed
	}
	var n int
	var err error
	if c.w != nil {
		n, err = c.readSMTP(p)
	} else {
		n, err = c.read(p)
	}
	if err != nil && c.killed.Load() {
		return n, io.EOF
	}
	var ne net.Error
	if err != nil && errors.As(err, &ne) && ne.Timeout() && !c.inData.Load() && c.srv != nil {
		// A command (or a BDAT chunk) did not arrive in time: the relay
		// answers itself, so a partial line is never taken for a command.
		c.srv.log.Warn("command timeout", "client", c.RemoteAddr().String())
		c.cut(fmt.Sprintf("421 4.4.2 %s Timeout: no complete command received in time, closing connection", c.srv.cfg.Hostname))
		return n, io.EOF
	}
	return n, err
}

func (c *sessConn) read(p []byte) (int, error) {
	if c.ra != nil {
		n := copy(p, (*c.ra)[c.raPos:c.raN])
		if c.raPos += n; c.raPos == c.raN {
			readAheadPool.Put(c.ra)
			c.ra = nil
		}
		return n, nil
	}
	if err := c.raErr; err != nil {
		c.raErr = nil
		return 0, err
	}
	if len(p) >= readAhead/2 {
		return c.Conn.Read(p)
	}
	b := readAheadPool.Get().(*[]byte)
	n, err := c.Conn.Read(*b)
	m := copy(p, (*b)[:n])
	if m == n {
		readAheadPool.Put(b)
		return m, err
	}
	c.ra, c.raPos, c.raN, c.raErr = b, m, n, err
	return m, nil
}

// Write writes go-smtp's replies (through TLS when it runs); the wire
// follows them, and adds STARTTLS to the EHLO reply while it is offered.
func (c *sessConn) Write(p []byte) (int, error) {
	if c.w == nil {
		return c.write(p)
	}
	if c.implicit {
		if err := c.handshakeImplicit(); err != nil {
			return 0, err
		}
	}
	at, hide := c.w.replied(p, c.onReply)
	if at < 0 {
		if _, err := c.write(p[hide:]); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	for _, b := range [][]byte{p[:at], []byte("250-STARTTLS\r\n"), p[at:]} {
		if _, err := c.write(b); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

func (c *sessConn) write(p []byte) (int, error) {
	if c.muted.Load() {
		return len(p), nil
	}
	c.mu.Lock()
	c.wrote = time.Now()
	c.mu.Unlock()
	if tc := c.tc.Load(); tc != nil {
		return tc.Write(p)
	}
	return c.Conn.Write(p)
}

// onReply passes the code of each of go-smtp's final reply lines to the
// session (which logs go-smtp's own size refusals).
func (c *sessConn) onReply(code int) {
	if se := c.sess.Load(); se != nil {
		se.onReply(code)
	}
}

const inBufSize = maxHeldLine + 4096

var inPool = sync.Pool{New: func() any { b := make([]byte, inBufSize); return &b }}

// readSMTP hands go-smtp the client's bytes as the wire decides: one
// command line per Read, DATA up to its end-of-data line, a BDAT chunk up
// to its end; it runs STARTTLS.
func (c *sessConn) readSMTP(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if c.implicit {
		if err := c.handshakeImplicit(); err != nil {
			return 0, err
		}
	}
	if c.inject != "" {
		n := copy(p, c.inject)
		c.inject = c.inject[n:]
		return n, nil
	}
	for {
		var buf []byte
		if c.in != nil {
			buf = (*c.in)[c.inLo:c.inHi]
		}
		n, act := c.w.next(buf, len(p), c.inErr != nil)
		switch act {
		case actDeliver:
			if n > 0 {
				copy(p, buf[:n])
				c.consume(n)
				return n, nil
			}
		case actConsume:
			c.consume(n)
			continue
		case actEndData:
			c.consume(n)
			c.inject = endOfData
			n := copy(p, c.inject)
			c.inject = c.inject[n:]
			return n, nil
		case actStartTLS:
			c.consume(n)
			if err := c.startTLS(); err != nil {
				return 0, err
			}
			n := copy(p, c.inject)
			c.inject = c.inject[n:]
			return n, nil
		case actLost:
			if c.srv != nil {
				c.srv.log.Error("SMTP stream not understood, closing the connection", "client", c.RemoteAddr().String())
			}
			c.kill()
			return 0, io.EOF
		}
		if err := c.inErr; err != nil {
			c.inErr = nil
			return 0, err
		}
		c.fill()
	}
}

// fill reads more of the client's bytes into in.
func (c *sessConn) fill() {
	if c.in == nil {
		c.in = inPool.Get().(*[]byte)
		c.inLo, c.inHi = 0, 0
	}
	buf := *c.in
	if c.inLo > 0 && c.inHi > len(buf)-4096 {
		c.inHi = copy(buf, buf[c.inLo:c.inHi])
		c.inLo = 0
	}
	if c.inHi == len(buf) {
		// the wire hands on every line longer than maxHeldLine; this
		// cannot be reached, and must not loop
		c.inErr = errors.New("input buffer full")
		return
	}
	var n int
	var err error
	if tc := c.tc.Load(); tc != nil {
		n, err = tc.Read(buf[c.inHi:])
	} else {
		n, err = c.Conn.Read(buf[c.inHi:])
	}
	c.inHi += n
	c.inErr = err
	if c.inLo == c.inHi && err != nil {
		c.consume(0)
	}
}

// consume drops n handed-on bytes; an empty buffer goes back to the pool.
func (c *sessConn) consume(n int) {
	if c.in == nil {
		return
	}
	if c.inLo += n; c.inLo == c.inHi {
		inPool.Put(c.in)
		c.in, c.inLo, c.inHi = nil, 0, 0
	}
}

func (c *sessConn) cmdTimeout() time.Duration {
	if c.srv != nil {
		return c.srv.cfg.CommandTimeout
	}
	return 5 * time.Minute
}

// startTLS answers STARTTLS and makes the TLS handshake. Bytes the client
// sent after the STARTTLS line, in plain text, are discarded (RFC 3207
// 4.2; the command injection of CVE-2011-0411).
func (c *sessConn) startTLS() error {
	c.wmu.Lock()
	if c.muted.Load() {
		c.wmu.Unlock()
		return io.EOF
	}
	c.tlsUp.Store(true)
	c.Conn.SetWriteDeadline(c.clamp(time.Now().Add(c.cmdTimeout()), writeGrace))
	_, err := io.WriteString(c.Conn, "220 2.0.0 Ready to start TLS\r\n")
	c.mu.Lock()
	c.wrote = time.Now()
	c.mu.Unlock()
	c.wmu.Unlock()
	if err != nil {
		return err
	}
	if dropped := c.inHi - c.inLo; dropped > 0 && c.srv != nil {
		c.srv.log.Warn("plain-text bytes after STARTTLS discarded", "client", c.RemoteAddr().String(), "bytes", dropped)
	}
	c.consume(c.inHi - c.inLo)
	c.inErr = nil
	tc := tls.Server(c.Conn, c.tlsCfg)
	if err := tc.Handshake(); err != nil {
		if c.srv != nil {
			c.srv.log.Warn("TLS handshake failed", "client", c.RemoteAddr().String(), "err", err)
		}
		c.kill()
		return io.EOF
	}
	c.tc.Store(tc)
	c.w.tlsStarted()
	c.inject = resetLine
	if se := c.sess.Load(); se != nil {
		se.tlsStarted()
	}
	return nil
}

// handshakeImplicit makes the handshake of an implicit-TLS connection,
// before go-smtp's greeting.
func (c *sessConn) handshakeImplicit() error {
	c.implicit = false
	// waiting for the client, like waiting for a command: evictable at a
	// limit, shortened when the server is busy
	c.SetReadDeadline(time.Now().Add(c.cmdTimeout()))
	c.Conn.SetWriteDeadline(c.clamp(time.Now().Add(c.cmdTimeout()), writeGrace))
	tc := tls.Server(c.Conn, c.tlsCfg)
	if err := tc.Handshake(); err != nil {
		if c.srv != nil {
			c.srv.log.Debug("TLS handshake failed", "client", c.RemoteAddr().String(), "err", err)
		}
		c.kill()
		return io.EOF
	}
	c.tc.Store(tc)
	return nil
}

func (c *sessConn) kill() { c.killed.Store(true) }

// tlsState is the connection's TLS state (ok false: no TLS).
func (c *sessConn) tlsState() (tls.ConnectionState, bool) {
	if tc := c.tc.Load(); tc != nil {
		return tc.ConnectionState(), true
	}
	return tls.ConnectionState{}, false
}

// cut says reply (unless the TLS layer is not ready for it), frees the
// slot and closes the connection; go-smtp's replies after it are dropped
// and its reads see EOF.
func (c *sessConn) cut(reply string) {
	c.cutOnce.Do(func() {
		c.killed.Store(true)
		c.wmu.Lock()
		var w io.Writer = c.Conn
		if tc := c.tc.Load(); tc != nil {
			w = tc
		} else if c.tlsUp.Load() {
			w = nil
		}
		if w != nil {
			c.Conn.SetWriteDeadline(time.Now().Add(5 * time.Second))
			io.WriteString(w, reply+"\r\n")
		}
		c.muted.Store(true)
		c.wmu.Unlock()
		if c.srv != nil {
			c.srv.release(c)
		}
		c.Conn.Close()
	})
}

func (c *sessConn) Close() error {
	c.closing.Store(true)
	// A cut under way (from another goroutine) has set killed, so go-smtp's
	// next read saw EOF and closes: wait until the cut has said its reply,
	// or the client would see the connection close without it.
	c.cutOnce.Do(func() {})
	var err error
	if tc := c.tc.Load(); tc != nil && !c.muted.Load() {
		err = tc.Close() // with TLS's close_notify, as go-smtp's own TLS did
	} else {
		err = c.Conn.Close()
	}
	c.once.Do(func() {
		if c.srv != nil {
			c.srv.release(c)
			c.srv.live.Done()
		}
	})
	return err
}
