package probe

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testpki"
	"github.com/smtpgw/smtpgw/resolver"
)

// ---- go-smtp servers ----

type backend struct{ auth bool }

func (b backend) NewSession(*smtp.Conn) (smtp.Session, error) {
	if b.auth {
		return &authSession{}, nil
	}
	return &session{}, nil
}

type session struct{}

func (*session) Reset()                               {}
func (*session) Logout() error                        { return nil }
func (*session) Mail(string, *smtp.MailOptions) error { return errors.New("probe must not send MAIL") }
func (*session) Rcpt(string, *smtp.RcptOptions) error { return errors.New("probe must not send RCPT") }
func (*session) Data(io.Reader) error                 { return errors.New("probe must not send DATA") }
func (*authSession) AuthMechanisms() []string         { return []string{sasl.Plain} }
func (*authSession) Auth(string) (sasl.Server, error) { return nil, errors.New("no") }

type authSession struct{ session }

// goSMTP describes a go-smtp server for a test.
type goSMTP struct {
	cert         *tls.Certificate // nil: no STARTTLS
	implicit     bool             // TLS from the first byte (465)
	auth         bool             // offer AUTH PLAIN
	insecureAuth bool             // offer AUTH before TLS too
	maxTLS       uint16
	ciphers      []uint16
	network      string // "tcp4" (default) or "tcp6"
}

// startGoSMTP starts a go-smtp server on loopback and returns its port.
func startGoSMTP(t testing.TB, g goSMTP) int {
	t.Helper()
	s := smtp.NewServer(backend{auth: g.auth})
	s.Domain = "mx.example.test"
	s.AllowInsecureAuth = g.insecureAuth
	s.ErrorLog = nopLogger{}
	s.ReadTimeout, s.WriteTimeout = 10*time.Second, 10*time.Second
	if g.cert != nil {
		s.TLSConfig = &tls.Config{Certificates: []tls.Certificate{*g.cert}, MinVersion: tls.VersionTLS10}
		if g.maxTLS != 0 {
			s.TLSConfig.MaxVersion = g.maxTLS
		}
		s.TLSConfig.CipherSuites = g.ciphers
	}
	network, addr := "tcp4", "127.0.0.1:0"
	if g.network == "tcp6" {
		network, addr = "tcp6", "[::1]:0"
	}
	l, err := net.Listen(network, addr)
	if err != nil {
		t.Skipf("listen %s: %v", addr, err)
	}
	if g.implicit {
		l = tls.NewListener(l, s.TLSConfig)
	}
	go s.Serve(l)
	t.Cleanup(func() { s.Close() })
	return l.Addr().(*net.TCPAddr).Port
}

type nopLogger struct{}

func (nopLogger) Printf(string, ...any) {}
func (nopLogger) Println(...any)        {}

// ---- scripted raw servers ----

// rawServer runs handle for every connection on 127.0.0.1:0 and returns the port.
func rawServer(t testing.TB, handle func(c net.Conn)) int {
	t.Helper()
	l, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	done := make(chan struct{})
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				c.SetDeadline(time.Now().Add(30 * time.Second))
				go func() { <-done; c.Close() }()
				handle(c)
			}()
		}
	}()
	t.Cleanup(func() { close(done); l.Close(); wg.Wait() })
	return l.Addr().(*net.TCPAddr).Port
}

// script is a simple scripted SMTP server: greeting, then a reply per
// command keyword (upper-cased first word); unknown commands get 502.
type script struct {
	greeting string            // sent as is ("" sends nothing)
	replies  map[string]string // "EHLO" → "250-x\r\n250 y\r\n"; "" closes the connection
	tlsCert  *tls.Certificate  // STARTTLS upgrades with this after replies["STARTTLS"]
	after    map[string]string // replies after TLS
}

func (s script) serve(c net.Conn) {
	if s.greeting != "" {
		io.WriteString(c, s.greeting)
	}
	replies := s.replies
	var r *bufio.Reader = bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		kw := strings.ToUpper(strings.Fields(line + " x")[0])
		rep, ok := replies[kw]
		if !ok {
			switch kw {
			case "QUIT":
				io.WriteString(c, "221 2.0.0 bye\r\n")
				return
			case "MAIL", "RCPT", "DATA":
				panic("probe sent " + kw)
			}
			rep = "502 5.5.1 unrecognized command\r\n"
		}
		if rep == "" {
			return
		}
		io.WriteString(c, rep)
		if kw == "STARTTLS" && s.tlsCert != nil && strings.HasPrefix(rep, "220") {
			tc := tls.Server(c, &tls.Config{Certificates: []tls.Certificate{*s.tlsCert}})
			if tc.Handshake() != nil {
				return
			}
			c, r, replies = tc, bufio.NewReader(tc), s.after
		}
	}
}

// ---- fixtures ----

type fixture struct {
	ca   *testpki.CA
	dns  *testdns.Server
	opts Options
}

// newFixture starts a DNS server with zone and returns options that use it,
// trust the test CA and say EHLO probe.example.test.
func newFixture(t testing.TB, zone ...string) *fixture {
	t.Helper()
	f := &fixture{ca: testpki.NewCA(t), dns: testdns.Start(t, zone...)}
	r := resolver.New(f.dns.Addr)
	r.Timeout = 2 * time.Second
	f.opts = Options{
		Resolver:    r.EnableCache(),
		RootCAs:     f.ca.Pool,
		HELO:        "probe.example.test",
		Timeout:     10 * time.Second,
		StepTimeout: 3 * time.Second,
		PortMap:     map[int]string{},
	}
	return f
}

func (f *fixture) mapPort(logical, real int) {
	f.opts.PortMap[logical] = ":" + strconv.Itoa(real)
}

func probeOne(t testing.TB, opts Options, target string) *TargetResult {
	t.Helper()
	tg, err := ParseTarget(target, false)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Probe(context.Background(), opts, tg)
	if err != nil {
		t.Fatal(err)
	}
	return res.Targets[0]
}

func findingsByID(fs []finding.Finding, id string) []finding.Finding {
	var out []finding.Finding
	for _, f := range fs {
		if f.ID == id {
			out = append(out, f)
		}
	}
	return out
}

// want asserts that a finding id with status exists (for port when port != 0).
func want(t testing.TB, fs []finding.Finding, id string, st finding.Status, port int) finding.Finding {
	t.Helper()
	for _, f := range fs {
		if f.ID == id && (port == 0 || f.Target.Port == port) {
			if f.Status != st {
				t.Errorf("%s on port %d: status %s, want %s (%s)", id, port, f.Status, st, f.Summary)
			}
			return f
		}
	}
	t.Errorf("no finding %s (port %d); have:\n%s", id, port, dumpFindings(fs))
	return finding.Finding{}
}

func wantNo(t testing.TB, fs []finding.Finding, id string) {
	t.Helper()
	if got := findingsByID(fs, id); len(got) > 0 {
		t.Errorf("unexpected finding %s: %s", id, got[0].Summary)
	}
}

func dumpFindings(fs []finding.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("  " + string(f.Status) + " " + f.ID + " " + f.Target.String() + " " + f.Summary + "\n")
	}
	return b.String()
}

// probeRaw probes a scripted server as logical port on mx1.example.test.
func probeRaw(t testing.TB, logical int, handle func(net.Conn), tweak func(*Options)) *TargetResult {
	t.Helper()
	f := newFixture(t, "mx1.example.test. 300 IN A 127.0.0.1")
	f.mapPort(logical, rawServer(t, handle))
	if tweak != nil {
		tweak(&f.opts)
	}
	return probeOne(t, f.opts, "mx1.example.test:"+strconv.Itoa(logical))
}
