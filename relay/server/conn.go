package server

import (
	"fmt"
	"io"
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"
)

// limitListener enforces connection limits in total and per client IP, and
// wraps every connection so its deadlines never pass the session deadline.
type limitListener struct {
	net.Listener
	srv *Server

	mu    sync.Mutex
	total int
	perIP map[netip.Addr]int
}

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		ip := addrIP(c.RemoteAddr())
		l.mu.Lock()
		reason := ""
		switch {
		case l.srv.cfg.MaxConns > 0 && l.total >= l.srv.cfg.MaxConns:
			reason = "421 4.7.0 Too many connections, try again later\r\n"
		case l.srv.cfg.MaxConnsPerIP > 0 && l.perIP[ip] >= l.srv.cfg.MaxConnsPerIP:
			reason = fmt.Sprintf("421 4.7.0 Too many connections from %s, try again later\r\n", ip)
		}
		if reason != "" {
			l.mu.Unlock()
			l.srv.log.Warn("connection refused", "client", c.RemoteAddr().String(), "reason", reason[:len(reason)-2])
			go func() {
				c.SetWriteDeadline(time.Now().Add(5 * time.Second))
				io.WriteString(c, reason)
				c.Close()
			}()
			continue
		}
		l.total++
		l.perIP[ip]++
		l.mu.Unlock()
		sc := &sessConn{Conn: c, l: l, ip: ip, deadline: time.Now().Add(l.srv.cfg.SessionTimeout)}
		return sc, nil
	}
}

func (l *limitListener) release(ip netip.Addr) {
	l.mu.Lock()
	l.total--
	if l.perIP[ip]--; l.perIP[ip] <= 0 {
		delete(l.perIP, ip)
	}
	l.mu.Unlock()
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
// session's deadline, and after kill reads report EOF (the connection is
// closed after the pending reply is written).
type sessConn struct {
	net.Conn
	l        *limitListener
	ip       netip.Addr
	deadline time.Time
	once     sync.Once
	killed   atomic.Bool

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

func (c *sessConn) SetReadDeadline(t time.Time) error { return c.Conn.SetReadDeadline(c.clamp(t, 0)) }
func (c *sessConn) SetWriteDeadline(t time.Time) error {
	return c.Conn.SetWriteDeadline(c.clamp(t, writeGrace))
}
func (c *sessConn) SetDeadline(t time.Time) error {
	c.Conn.SetWriteDeadline(c.clamp(t, writeGrace))
	return c.Conn.SetReadDeadline(c.clamp(t, 0))
}

func (c *sessConn) Read(p []byte) (int, error) {
	if c.killed.Load() {
		return 0, io.EOF
	}
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

func (c *sessConn) kill() { c.killed.Store(true) }

func (c *sessConn) Close() error {
	c.once.Do(func() { c.l.release(c.ip) })
	return c.Conn.Close()
}
