package probe

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testpki"
	"github.com/smtpgw/smtpgw/smtpwire"
)

const postfixEHLO = "250-mx1.example.test\r\n250-PIPELINING\r\n250-SIZE 52428800\r\n250-VRFY\r\n250-ETRN\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250 CHUNKING\r\n"

// ---- DNS findings ----

func TestDNSFindings(t *testing.T) {
	t.Parallel()
	f := newFixture(t,
		"null.test. 300 IN MX 0 .",
		"dup.test. 300 IN MX 10 mx.mixed.test.",
		"dup.test. 300 IN MX 5 MX.mixed.test.",
		"mixed.test. 300 IN MX 0 .",
		"mixed.test. 300 IN MX 10 mx.mixed.test.",
		"mx.mixed.test. 300 IN A 127.0.0.1",
		"implicit.test. 300 IN A 127.0.0.1",
		"implicit.test. 300 IN TXT \"v=spf1 -all\"",
		"nothing.test. 300 IN TXT \"v=spf1 -all\"",
		"alias.test. 300 IN MX 10 mail.alias.test.",
		"mail.alias.test. 300 IN CNAME real.alias.test.",
		"real.alias.test. 300 IN A 127.0.0.1",
		"literal.test. 300 IN MX 10 192.0.2.1.",
		"noaddr.test. 300 IN MX 10 mx.noaddr.test.",
		"mx.noaddr.test. 300 IN TXT \"no address here\"",
		"dangling.test. 300 IN MX 10 gone.dangling.test.",
		"servfail.test. 300 IN MX 10 mx.servfail.test.",
		"slow.test. 300 IN MX 10 mx.slow.test.",
		"hostfail.test. 300 IN MX 10 mx.hostfail.test.",
		"mx.hostfail.test. 300 IN A 127.0.0.1",
		"v6only.test. 300 IN MX 10 mx.v6only.test.",
		"mx.v6only.test. 300 IN AAAA ::1",
	)
	f.dns.ServFail("servfail.test")
	f.dns.Drop("slow.test")
	f.dns.ServFail("mx.hostfail.test")
	f.opts.Resolver.Timeout = time.Second
	refused := rawServer(t, func(net.Conn) {}) // closes at once; only used as a port
	_ = refused
	ctx := context.Background()
	resolve := func(domain string) (*MXSet, []finding.Finding) {
		set, fs, err := ResolveMX(ctx, f.opts, domain)
		if err != nil {
			t.Fatal(err)
		}
		return set, fs
	}

	set, fs := resolve("null.test")
	want(t, fs, "mx.null", finding.Info, 0)
	if !set.Null || len(set.Hosts) != 0 {
		t.Errorf("null MX set %+v", set)
	}
	set, _ = resolve("dup.test")
	if len(set.Hosts) != 1 || set.Hosts[0].Preference != 5 {
		t.Errorf("duplicate MX host: %+v", set.Hosts)
	}
	_, fs = resolve("mixed.test")
	want(t, fs, "mx.null", finding.Info, 0)
	want(t, fs, "mx.null-mixed", finding.Fail, 0)

	set, fs = resolve("implicit.test")
	want(t, fs, "mx.none", finding.Warn, 0)
	if !set.Implicit || len(set.Hosts) != 1 || set.Hosts[0].Addrs[0] != "127.0.0.1" {
		t.Errorf("implicit set %+v", set.Hosts)
	}
	_, fs = resolve("nothing.test")
	want(t, fs, "mx.none", finding.Warn, 0)
	want(t, fs, "mx.no-address", finding.Fail, 0)

	set, fs = resolve("alias.test")
	cn := want(t, fs, "mx.cname", finding.Fail, 0)
	if !strings.Contains(cn.Summary, "real.alias.test") || len(set.Hosts[0].Addrs) != 1 {
		t.Errorf("cname: %q, addrs %v", cn.Summary, set.Hosts[0].Addrs)
	}
	set, fs = resolve("literal.test")
	want(t, fs, "mx.ip-literal", finding.Fail, 0)
	if set.Hosts[0].usable() {
		t.Error("an IP-literal MX must not be probed")
	}
	_, fs = resolve("noaddr.test")
	na := want(t, fs, "mx.no-address", finding.Fail, 0)
	if na.Target.Host != "mx.noaddr.test" {
		t.Errorf("target %+v", na.Target)
	}
	_, fs = resolve("dangling.test")
	na = want(t, fs, "mx.no-address", finding.Fail, 0)
	if !strings.Contains(na.Detail, "NXDOMAIN") {
		t.Errorf("dangling MX detail %q", na.Detail)
	}

	// "Could not ask" is never "no record".
	_, fs = resolve("nonexistent.test")
	d := want(t, fs, "dns.error", finding.Fail, 0)
	if !strings.Contains(d.Summary, "NXDOMAIN") {
		t.Errorf("NXDOMAIN summary %q", d.Summary)
	}
	_, fs = resolve("servfail.test")
	d = want(t, fs, "dns.error", finding.Fail, 0)
	if !strings.Contains(d.Summary, "SERVFAIL") {
		t.Errorf("SERVFAIL summary %q", d.Summary)
	}
	wantNo(t, fs, "mx.none")
	_, fs = resolve("slow.test")
	d = want(t, fs, "dns.error", finding.Fail, 0)
	if !strings.Contains(d.Summary, "timed out") {
		t.Errorf("timeout summary %q", d.Summary)
	}
	wantNo(t, fs, "mx.none")
	_, fs = resolve("hostfail.test")
	d = want(t, fs, "dns.error", finding.Fail, 0)
	if d.Target.Host != "mx.hostfail.test" {
		t.Errorf("host dns.error target %+v", d.Target)
	}
	wantNo(t, fs, "mx.no-address")

	// -4 leaves an IPv6-only MX without a usable address.
	o4 := f.opts
	o4.IPv4 = true
	set, fs, _ = ResolveMX(ctx, o4, "v6only.test")
	na = want(t, fs, "mx.no-address", finding.Fail, 0)
	if !strings.Contains(na.Detail, "-4") || len(set.Hosts[0].Addrs) != 0 {
		t.Errorf("-4: %q %v", na.Detail, set.Hosts[0].Addrs)
	}

	// A host target with no address.
	tr := probeOne(t, f.opts, "nohost.test:25")
	want(t, tr.Findings, "host.no-address", finding.Fail, 0)
	if len(tr.Connections) != 0 {
		t.Errorf("connections to a host without address: %d", len(tr.Connections))
	}
}

func TestTruncatedDNSAnswerRetriedOverTCP(t *testing.T) {
	t.Parallel()
	f := newFixture(t,
		"big.test. 300 IN MX 10 mx.big.test.",
		"mx.big.test. 300 IN A 127.0.0.1",
	)
	f.dns.Truncate("big.test")
	set, fs, err := ResolveMX(context.Background(), f.opts, "big.test")
	if err != nil {
		t.Fatal(err)
	}
	want(t, fs, "mx.ok", finding.Pass, 0)
	if len(set.Hosts) != 1 {
		t.Fatalf("hosts %+v", set.Hosts)
	}
}

// ---- connect ----

type fakeDialer struct {
	err func(ctx context.Context) error
}

func (d fakeDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	return nil, d.err(ctx)
}

func TestConnectFailures(t *testing.T) {
	t.Parallel()
	// Refused: a port with nothing listening.
	l, _ := net.Listen("tcp4", "127.0.0.1:0")
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	f := newFixture(t, "mx1.example.test. 300 IN A 127.0.0.1")
	f.mapPort(587, port)
	tr := probeOne(t, f.opts, "mx1.example.test:587")
	cf := want(t, tr.Findings, "connect.failed", finding.Fail, 587)
	if tr.Connections[0].ConnectErrorKind != "refused" || !strings.Contains(cf.Summary, "refused") {
		t.Errorf("refused: kind %q summary %q", tr.Connections[0].ConnectErrorKind, cf.Summary)
	}

	cases := map[string]func(ctx context.Context) error{
		"timeout": func(ctx context.Context) error {
			<-ctx.Done()
			return &net.OpError{Op: "dial", Net: "tcp", Err: ctx.Err()}
		},
		"unreachable": func(context.Context) error {
			return &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.EHOSTUNREACH)}
		},
	}
	for kind, fn := range cases {
		o := f.opts
		o.Dialer = fakeDialer{err: fn}
		o.StepTimeout = 200 * time.Millisecond
		tr := probeOne(t, o, "mx1.example.test:25")
		cf := want(t, tr.Findings, "connect.failed", finding.Fail, 25)
		word := map[string]string{"timeout": "timed out", "unreachable": "unreachable"}[kind]
		if tr.Connections[0].ConnectErrorKind != kind || !strings.Contains(cf.Summary, word) {
			t.Errorf("%s: kind %q, finding %q / %q", kind, tr.Connections[0].ConnectErrorKind, cf.Summary, cf.Detail)
		}
	}
}

// ---- greeting ----

func TestGreeting421TooManyConnections(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 25, script{greeting: "421 4.7.0 mx1.example.test Error: too many connections from 127.0.0.1\r\n"}.serve, nil)
	g := want(t, tr.Findings, "greeting.rejected", finding.Fail, 25)
	if !strings.Contains(g.Summary, "rate limit") || g.Category != "rate-limited" {
		t.Errorf("421: summary %q category %q", g.Summary, g.Category)
	}
	if len(g.Evidence) != 1 || !strings.HasPrefix(g.Evidence[0], "421 4.7.0") {
		t.Errorf("evidence %q", g.Evidence)
	}
	wantNo(t, tr.Findings, "starttls.missing")
}

func TestGreeting554(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 25, script{greeting: "554-mx1.example.test\r\n554 5.7.1 Your address is listed on a blocklist\r\n"}.serve, nil)
	g := want(t, tr.Findings, "greeting.rejected", finding.Fail, 25)
	if len(g.Evidence) != 2 || !strings.Contains(g.Detail, "554") {
		t.Errorf("554: %q %q", g.Detail, g.Evidence)
	}
	// The client said QUIT after the rejection (RFC 5321 §3.1).
	c := tr.Connections[0]
	if got := c.Transcript[len(c.Transcript)-2]; got.Dir != "C" || got.Line != "QUIT" {
		t.Errorf("no QUIT after 554: %v", c.Transcript)
	}
}

func TestGreetingSlow(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 25, func(c net.Conn) {
		time.Sleep(300 * time.Millisecond)
		script{greeting: "220 mx1.example.test ESMTP\r\n", replies: map[string]string{"EHLO": postfixEHLO}}.serve(c)
	}, func(o *Options) { o.SlowGreeting = 100 * time.Millisecond })
	want(t, tr.Findings, "greeting.slow", finding.Warn, 25)
	wantNo(t, tr.Findings, "greeting.ok")
}

func TestTarpitNeverGreets(t *testing.T) {
	t.Parallel()
	start := time.Now()
	tr := probeRaw(t, 25, func(c net.Conn) { io.Copy(io.Discard, c) }, func(o *Options) {
		o.Timeout = 800 * time.Millisecond
		o.StepTimeout = 5 * time.Second // the overall limit must win
	})
	if el := time.Since(start); el > 3*time.Second {
		t.Errorf("probe ran %s past a 800ms --timeout", el)
	}
	g := want(t, tr.Findings, "greeting.failed", finding.Fail, 25)
	if !strings.Contains(g.Summary, "no complete greeting") {
		t.Errorf("tarpit summary %q", g.Summary)
	}
}

func TestSlowDripCutAtDeadline(t *testing.T) {
	t.Parallel()
	start := time.Now()
	tr := probeRaw(t, 25, func(c net.Conn) {
		io.WriteString(c, "220-")
		for i := 0; i < 200; i++ {
			if _, err := io.WriteString(c, "x"); err != nil {
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
	}, func(o *Options) { o.StepTimeout = 500 * time.Millisecond })
	if el := time.Since(start); el > 3*time.Second {
		t.Errorf("slow drip held the probe for %s", el)
	}
	want(t, tr.Findings, "greeting.failed", finding.Fail, 25)
}

// A single-line greeting dripped without its CRLF until the step deadline is
// no greeting: the bytes read so far ("220 sl") must not pass for a 220.
func TestSlowDripSingleLineIsNoGreeting(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 25, func(c net.Conn) {
		for _, b := range []byte("220 slow drip greeting that never ends") {
			if _, err := c.Write([]byte{b}); err != nil {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}, func(o *Options) { o.StepTimeout = 300 * time.Millisecond })
	g := want(t, tr.Findings, "greeting.failed", finding.Fail, 25)
	if !strings.Contains(g.Summary, "no complete greeting") {
		t.Errorf("drip summary %q", g.Summary)
	}
	for _, f := range tr.Findings {
		if f.ID == "greeting.ok" || f.ID == "dialogue.failed" {
			t.Errorf("a partial line passed for a greeting: %s %s", f.ID, f.Summary)
		}
	}
}

func TestHugeMultilineBanner(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 25, func(c net.Conn) {
		line := "220-" + strings.Repeat("x", 996) + "\r\n"
		for i := 0; i < 1024; i++ { // 1 MB
			if _, err := io.WriteString(c, line); err != nil {
				return
			}
		}
		io.WriteString(c, "220 done\r\n")
	}, nil)
	g := want(t, tr.Findings, "greeting.failed", finding.Fail, 25)
	if !strings.Contains(g.Summary, "reply longer than") {
		t.Errorf("1 MB banner: %q", g.Summary)
	}
	if n := len(g.Evidence); n > 41 {
		t.Errorf("evidence not capped: %d lines", n)
	}
}

func TestGarbageBytes(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 25, func(c net.Conn) {
		c.Write([]byte{0x16, 0x03, 0x01, 0x00, 0xff, 0xfe, '\r', '\n', 0x00, 0x01})
	}, nil)
	g := want(t, tr.Findings, "greeting.failed", finding.Fail, 25)
	if !strings.Contains(g.Summary, "reply") {
		t.Errorf("garbage: %q", g.Summary)
	}
}

// ---- EHLO ----

func TestClosesMidEHLO(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 25, script{greeting: "220 mx1.example.test ESMTP\r\n", replies: map[string]string{"EHLO": "250-mx1.example.test\r\n250-PIPE"}}.serve, nil)
	d := want(t, tr.Findings, "dialogue.failed", finding.Fail, 25)
	if !strings.Contains(d.Summary, "EHLO") {
		t.Errorf("summary %q", d.Summary)
	}
	wantNo(t, tr.Findings, "starttls.missing")
}

func TestHELOFallback(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 25, script{greeting: "220 old.example.test SMTP\r\n", replies: map[string]string{
		"EHLO": "500 5.5.2 Syntax error, command unrecognized\r\n",
		"HELO": "250 old.example.test\r\n",
	}}.serve, nil)
	want(t, tr.Findings, "ehlo.helo-only", finding.Warn, 25)
	want(t, tr.Findings, "starttls.missing", finding.Warn, 25)
	c := tr.Connections[0]
	if c.HeloCommand != "HELO" || len(c.EHLO.Lines) != 2 {
		t.Errorf("HELO fallback: %q %v", c.HeloCommand, c.EHLO)
	}
}

func TestEHLORejected(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 25, script{greeting: "220 mx1.example.test ESMTP\r\n", replies: map[string]string{
		"EHLO": "550 5.7.1 Helo command rejected: Host not found\r\n",
	}}.serve, nil)
	want(t, tr.Findings, "ehlo.rejected", finding.Fail, 25)
	c := tr.Connections[0]
	if c.HeloCommand != "EHLO" {
		t.Errorf("HELO must not be tried after a 550: %v", c.Transcript)
	}
}

func TestLowercaseExtensions(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 587, script{greeting: "220 mx1.example.test ESMTP\r\n", replies: map[string]string{
		"EHLO": "250-mx1.example.test\r\n250-starttls\r\n250-auth=login plain\r\n250-auth login plain\r\n250 size 1000\r\n",
	}}.serve, nil)
	c := tr.Connections[0]
	if !c.STARTTLSOffered {
		t.Error("lowercase starttls not recognised")
	}
	if strings.Join(c.AuthBeforeTLS, " ") != "LOGIN PLAIN" {
		t.Errorf("auth mechanisms %v", c.AuthBeforeTLS)
	}
	want(t, tr.Findings, "auth.plaintext", finding.Fail, 587)
	// STARTTLS answered with 502 by the script: offered but failed.
	want(t, tr.Findings, "starttls.failed", finding.Fail, 587)
}

func TestPostfixLikeEHLO(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	leaf := ca.Leaf(t, "mx1.example.test")
	tr := probeRaw(t, 25, script{
		greeting: "220 mx1.example.test ESMTP Postfix (Debian/GNU)\r\n",
		replies:  map[string]string{"EHLO": postfixEHLO, "STARTTLS": "220 2.0.0 Ready to start TLS\r\n"},
		tlsCert:  &leaf,
		after:    map[string]string{"EHLO": strings.Replace(postfixEHLO, "250-STARTTLS\r\n", "250-AUTH PLAIN LOGIN\r\n", 1)},
	}.serve, func(o *Options) { o.RootCAs = ca.Pool })
	c := tr.Connections[0]
	for _, k := range []string{"PIPELINING", "SIZE", "VRFY", "ETRN", "STARTTLS", "ENHANCEDSTATUSCODES", "8BITMIME", "DSN", "SMTPUTF8", "CHUNKING"} {
		if _, ok := c.Extensions[k]; !ok {
			t.Errorf("extension %s missing: %v", k, c.Extensions)
		}
	}
	if c.Extensions["SIZE"] != "52428800" {
		t.Errorf("SIZE %q", c.Extensions["SIZE"])
	}
	want(t, tr.Findings, "starttls.ok", finding.Pass, 25)
	want(t, tr.Findings, "tls.cert.ok", finding.Pass, 25)
	want(t, tr.Findings, "auth.port25", finding.Info, 25)
	wantNo(t, tr.Findings, "auth.plaintext")
	if !contains(c.Changed, "+AUTH PLAIN LOGIN") || !contains(c.Changed, "-STARTTLS") {
		t.Errorf("changed %v", c.Changed)
	}
}

func TestExchangeLikeEHLO(t *testing.T) {
	t.Parallel()
	exchange := "250-EX01.corp.example.test Hello [127.0.0.1]\r\n250-SIZE 37748736\r\n250-PIPELINING\r\n250-DSN\r\n250-ENHANCEDSTATUSCODES\r\n250-STARTTLS\r\n250-X-ANONYMOUSTLS\r\n250-AUTH NTLM\r\n250-X-EXPS GSSAPI NTLM\r\n250-8BITMIME\r\n250-BINARYMIME\r\n250-CHUNKING\r\n250 XRDST\r\n"
	tr := probeRaw(t, 587, script{
		greeting: "220 EX01.corp.example.test Microsoft ESMTP MAIL Service ready at Sat, 28 Nov 2026 10:00:00 +0000\r\n",
		replies:  map[string]string{"EHLO": exchange, "STARTTLS": "454 4.7.0 TLS not available due to local problem\r\n"},
	}.serve, nil)
	c := tr.Connections[0]
	if c.Extensions["X-EXPS"] != "GSSAPI NTLM" || !c.STARTTLSOffered {
		t.Errorf("exchange extensions %v", c.Extensions)
	}
	if strings.Join(c.AuthBeforeTLS, " ") != "NTLM" {
		t.Errorf("auth %v", c.AuthBeforeTLS)
	}
	sf := want(t, tr.Findings, "starttls.failed", finding.Fail, 587)
	if !strings.Contains(sf.Summary, "454") || !contains(sf.Evidence, "454 4.7.0 TLS not available due to local problem") {
		t.Errorf("454: %q %q", sf.Summary, sf.Evidence)
	}
	want(t, tr.Findings, "auth.plaintext", finding.Fail, 587)
	wantNo(t, tr.Findings, "starttls.missing")
}

// ---- STARTTLS and TLS ----

func TestSTARTTLSMissing(t *testing.T) {
	t.Parallel()
	f := newFixture(t, "mx1.example.test. 300 IN A 127.0.0.1")
	f.mapPort(25, startGoSMTP(t, goSMTP{}))
	f.mapPort(587, startGoSMTP(t, goSMTP{auth: true, insecureAuth: true}))
	tr := probeOne(t, f.opts, "mx1.example.test:25")
	want(t, tr.Findings, "starttls.missing", finding.Warn, 25)
	wantNo(t, tr.Findings, "auth.plaintext")
	tr = probeOne(t, f.opts, "mx1.example.test:587")
	want(t, tr.Findings, "starttls.missing", finding.Fail, 587)
	want(t, tr.Findings, "auth.plaintext", finding.Fail, 587)
}

func TestSTARTTLSHandshakeFails(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 25, func(c net.Conn) {
		script{greeting: "220 mx1.example.test ESMTP\r\n", replies: map[string]string{
			"EHLO":     "250-mx1.example.test\r\n250 STARTTLS\r\n",
			"STARTTLS": "220 go ahead\r\n",
		}}.serve(c)
	}, nil)
	// The script answers 220 but never speaks TLS: it reads the
	// ClientHello as a command and answers 502.
	sf := want(t, tr.Findings, "starttls.failed", finding.Fail, 25)
	if !strings.Contains(sf.Summary, "handshake failed") {
		t.Errorf("summary %q", sf.Summary)
	}
	if tr.Connections[0].TLSError == "" {
		t.Error("TLS error not recorded")
	}
}

func TestImplicitTLSFails(t *testing.T) {
	t.Parallel()
	// A plain SMTP server on 465.
	tr := probeRaw(t, 465, script{greeting: "220 mx1.example.test ESMTP\r\n"}.serve, nil)
	want(t, tr.Findings, "tls.failed", finding.Fail, 465)
}

func TestCertificateFindings(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	now := time.Now()
	type tc struct {
		name   string
		cert   tls.Certificate
		port   int
		id     string
		status finding.Status
	}
	selfSigned := testpki.SelfSigned(t, "mx1.example.test")
	wrongName := ca.Leaf(t, "other.example.test")
	cases := []tc{
		{"expired", ca.Expired(t, "mx1.example.test"), 25, "tls.cert.expired", finding.Fail},
		{"expiring", ca.LeafWith(t, testpki.LeafOptions{NotAfter: now.Add(5 * 24 * time.Hour)}, "mx1.example.test"), 587, "tls.cert.expiring", finding.Warn},
		{"untrusted25", selfSigned, 25, "tls.cert.untrusted", finding.Warn},
		{"untrusted587", selfSigned, 587, "tls.cert.untrusted", finding.Fail},
		{"untrusted465", selfSigned, 465, "tls.cert.untrusted", finding.Fail},
		{"mismatch25", wrongName, 25, "tls.cert.name-mismatch", finding.Warn},
		{"mismatch465", wrongName, 465, "tls.cert.name-mismatch", finding.Fail},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			f := newFixture(t, "mx1.example.test. 300 IN A 127.0.0.1")
			f.opts.RootCAs = ca.Pool
			cert := c.cert
			f.mapPort(c.port, startGoSMTP(t, goSMTP{cert: &cert, auth: c.port != 25, implicit: c.port == 465}))
			tr := probeOne(t, f.opts, "mx1.example.test:"+itoa(c.port))
			want(t, tr.Findings, c.id, c.status, c.port)
			wantNo(t, tr.Findings, "tls.cert.ok")
			conn := tr.Connections[0]
			if len(conn.PeerCertificates) == 0 || conn.TLS == nil || len(conn.TLS.Chain) == 0 {
				t.Fatal("chain not recorded")
			}
			switch c.id {
			case "tls.cert.expired":
				// An expired certificate from a trusted CA is expired, not untrusted.
				wantNo(t, tr.Findings, "tls.cert.untrusted")
				if conn.TLS.DaysLeft >= 0 || !conn.TLS.Expired {
					t.Errorf("days left %d", conn.TLS.DaysLeft)
				}
			case "tls.cert.untrusted":
				wantNo(t, tr.Findings, "tls.cert.name-mismatch")
				if !strings.Contains(conn.TLS.TrustError, "self-signed") {
					t.Errorf("trust error %q", conn.TLS.TrustError)
				}
			case "tls.cert.name-mismatch":
				wantNo(t, tr.Findings, "tls.cert.untrusted")
				if !strings.Contains(conn.TLS.NameError, "other.example.test") {
					t.Errorf("name error %q", conn.TLS.NameError)
				}
			}
		})
	}
}

func TestOldTLSVersion(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	leaf := ca.Leaf(t, "mx1.example.test")
	f := newFixture(t, "mx1.example.test. 300 IN A 127.0.0.1")
	f.opts.RootCAs = ca.Pool
	f.mapPort(25, startGoSMTP(t, goSMTP{cert: &leaf, maxTLS: tls.VersionTLS11}))
	tr := probeOne(t, f.opts, "mx1.example.test:25")
	v := want(t, tr.Findings, "tls.version", finding.Fail, 25)
	if !strings.Contains(v.Summary, "TLS 1.1") {
		t.Errorf("summary %q", v.Summary)
	}
	wantNo(t, tr.Findings, "tls.version.ok")
}

// ---- AUTH ----

func TestAuthFindings(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	leaf := ca.Leaf(t, "mx1.example.test")
	f := newFixture(t, "mx1.example.test. 300 IN A 127.0.0.1")
	f.opts.RootCAs = ca.Pool
	f.mapPort(25, startGoSMTP(t, goSMTP{cert: &leaf, auth: true, insecureAuth: true}))
	f.mapPort(587, startGoSMTP(t, goSMTP{cert: &leaf}))
	f.mapPort(465, startGoSMTP(t, goSMTP{cert: &leaf, implicit: true}))
	tr := probeOne(t, f.opts, "mx1.example.test")
	want(t, tr.Findings, "auth.plaintext", finding.Fail, 25)
	want(t, tr.Findings, "auth.port25", finding.Info, 25)
	want(t, tr.Findings, "submission.no-auth", finding.Warn, 587)
	want(t, tr.Findings, "submission.no-auth", finding.Warn, 465)
	for _, fd := range findingsByID(tr.Findings, "auth.ok") {
		t.Errorf("auth.ok on port %d with no AUTH on submission", fd.Target.Port)
	}
}

// ---- IPv6, dedup, concurrency, timeout ----

func TestIPv6Loopback(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	leaf := ca.Leaf(t, "mx6.example.test", "::1")
	port := startGoSMTP(t, goSMTP{cert: &leaf, network: "tcp6"}) // skips without IPv6
	f := newFixture(t,
		"v6.test. 300 IN MX 10 mx6.example.test.",
		"mx6.example.test. 300 IN AAAA ::1",
	)
	f.opts.RootCAs = ca.Pool
	f.opts.Ports = []int{25}
	f.mapPort(25, port)
	tr := probeOne(t, f.opts, "v6.test")
	if len(tr.Connections) != 1 || tr.Connections[0].Target.Addr != "::1" {
		t.Fatalf("connections %+v", tr.Connections)
	}
	want(t, tr.Findings, "starttls.ok", finding.Pass, 25)
	want(t, tr.Findings, "tls.cert.ok", finding.Pass, 25)
	if got := tr.Connections[0].Target.String(); got != "mx6.example.test[::1]:25" {
		t.Errorf("target %q", got)
	}
	// An address target: the certificate is checked against the IP.
	o := f.opts
	tr = probeOne(t, o, "[::1]:25")
	want(t, tr.Findings, "tls.cert.ok", finding.Pass, 25)
}

func TestOverallTimeoutBoundsManyTarpits(t *testing.T) {
	t.Parallel()
	port := rawServer(t, func(c net.Conn) { io.Copy(io.Discard, c) })
	f := newFixture(t)
	f.mapPort(25, port)
	f.opts.Timeout = 700 * time.Millisecond
	f.opts.StepTimeout = 10 * time.Second
	f.opts.Concurrency = 2 // most targets wait for a slot and are never started
	var targets []Target
	for i := 0; i < 10; i++ {
		targets = append(targets, Target{Input: "127.0.0.1:25", Addr: "127.0.0.1", Port: 25})
	}
	start := time.Now()
	res, err := Probe(context.Background(), f.opts, targets...)
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > 3*time.Second {
		t.Errorf("10 tarpits with --timeout 700ms took %s", el)
	}
	if len(res.Targets) != 10 {
		t.Fatalf("%d results", len(res.Targets))
	}
	notStarted := 0
	for _, tr := range res.Targets {
		if len(findingsByID(tr.Findings, "connect.failed"))+len(findingsByID(tr.Findings, "greeting.failed")) != 1 {
			t.Errorf("target without a failure finding: %s", dumpFindings(tr.Findings))
		}
		notStarted += len(findingsByID(tr.Findings, "connect.failed"))
	}
	if notStarted == 0 {
		t.Error("with concurrency 2 some targets should never have started")
	}
}

func TestNoLocalIPv6IsNotAServerFailure(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.opts.Dialer = fakeDialer{err: func(context.Context) error {
		return &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ENETUNREACH)}
	}}
	tr := probeOne(t, f.opts, "[2001:db8::25]:25")
	want(t, tr.Findings, "connect.no-ipv6", finding.Info, 25)
	wantNo(t, tr.Findings, "connect.failed")
	// The same error for an IPv4 address is a failure.
	tr = probeOne(t, f.opts, "192.0.2.25:25")
	want(t, tr.Findings, "connect.failed", finding.Fail, 25)
}

func TestDialerErrorIsNotPanic(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.opts.Dialer = fakeDialer{err: func(context.Context) error { return errors.New("weird failure") }}
	tr := probeOne(t, f.opts, "192.0.2.1:25")
	cf := want(t, tr.Findings, "connect.failed", finding.Fail, 25)
	if tr.Connections[0].ConnectErrorKind != "error" || len(cf.Evidence) != 1 {
		t.Errorf("kind %q evidence %q", tr.Connections[0].ConnectErrorKind, cf.Evidence)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestWeakCipher(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	leaf := ca.Leaf(t, "mx1.example.test")
	f := newFixture(t, "mx1.example.test. 300 IN A 127.0.0.1")
	f.opts.RootCAs = ca.Pool
	f.mapPort(25, startGoSMTP(t, goSMTP{cert: &leaf, maxTLS: tls.VersionTLS12, ciphers: []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256}}))
	tr := probeOne(t, f.opts, "mx1.example.test:25")
	c := want(t, tr.Findings, "tls.cipher", finding.Warn, 25)
	if !strings.Contains(c.Summary, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256") {
		t.Errorf("summary %q", c.Summary)
	}
	want(t, tr.Findings, "tls.version.ok", finding.Pass, 25)
}

func TestCallbacks(t *testing.T) {
	t.Parallel()
	f := newFixture(t,
		"a.test. 300 IN MX 10 mx1.example.test.",
		"b.test. 300 IN MX 10 mx1.example.test.",
		"mx1.example.test. 300 IN A 127.0.0.1",
	)
	f.mapPort(25, startGoSMTP(t, goSMTP{}))
	f.opts.Ports = []int{25}
	var mu sync.Mutex
	var events, targets int
	var last Progress
	f.opts.OnTranscript = func(tg finding.Target, ev smtpwire.Event) {
		mu.Lock()
		defer mu.Unlock()
		if tg.Port == 25 && ev.Line != "" {
			events++
		}
	}
	f.opts.OnTarget = func(tr *TargetResult) { targets++ }
	f.opts.OnProgress = func(p Progress) { last = p }
	res, err := Probe(context.Background(), f.opts, Target{Input: "a.test", Domain: "a.test"}, Target{Input: "b.test", Domain: "b.test"})
	if err != nil {
		t.Fatal(err)
	}
	if targets != 2 || last.Done != 2 || last.Total != 2 || last.InFlight != 0 {
		t.Errorf("targets %d, progress %+v", targets, last)
	}
	n := 0
	for _, tr := range res.Targets {
		n += len(tr.Connections[0].Transcript)
	}
	if events != n || n < 8 {
		t.Errorf("OnTranscript saw %d events, transcripts hold %d", events, n)
	}
	if res.Targets[0].Target.Input != "a.test" || res.Targets[1].Target.Input != "b.test" {
		t.Error("results not in input order")
	}
	if len(res.Findings) != len(res.Targets[0].Findings)+len(res.Targets[1].Findings) {
		t.Error("Result.Findings is not the union of the targets' findings")
	}
}

func TestDefaultHELO(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 25, script{greeting: "220 mx1.example.test ESMTP\r\n", replies: map[string]string{"EHLO": "250 mx1.example.test\r\n"}}.serve,
		func(o *Options) { o.HELO = "" })
	want := "EHLO [127.0.0.1]"
	if h := smtpwire.DefaultHelo(); h != "" {
		want = "EHLO " + h
	}
	found := false
	for _, l := range tr.Connections[0].Transcript {
		if l.Dir == "C" && strings.HasPrefix(l.Line, "EHLO") {
			found = l.Line == want
		}
	}
	if !found {
		t.Errorf("default EHLO is not %q: %v", want, tr.Connections[0].Transcript)
	}
}

func TestTargetsAfterOverallTimeout(t *testing.T) {
	t.Parallel()
	f := newFixture(t, "a.test. 300 IN MX 10 mx1.example.test.")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := Probe(ctx, f.opts, Target{Input: "a.test", Domain: "a.test"})
	if err != nil {
		t.Fatal(err)
	}
	want(t, res.Findings, "probe.timeout", finding.Fail, 0)
}

// The evidence keeps a hostile banner's bytes as received (the renderer,
// report.ProbeView, escapes them for the terminal).
func TestHostileBannerKeptAsReceived(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 25, script{greeting: "554 \x1b]0;pwned\x07\x1b[31mred\x9b2J \xff\r\n"}.serve, nil)
	g := want(t, tr.Findings, "greeting.rejected", finding.Fail, 25)
	if !strings.Contains(g.Evidence[0], "\x1b") {
		t.Fatal("the raw evidence should keep the bytes as received")
	}
}

func TestEHLOAfterTLSFails(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	leaf := ca.Leaf(t, "mx1.example.test")
	tr := probeRaw(t, 587, script{
		greeting: "220 mx1.example.test ESMTP\r\n",
		replies:  map[string]string{"EHLO": "250-mx1.example.test\r\n250 STARTTLS\r\n", "STARTTLS": "220 ready\r\n"},
		tlsCert:  &leaf,
		after:    map[string]string{"EHLO": ""}, // closes the TLS session at once
	}.serve, func(o *Options) { o.RootCAs = ca.Pool })
	d := want(t, tr.Findings, "dialogue.failed", finding.Fail, 587)
	if !strings.Contains(d.Summary, "EHLO after TLS") {
		t.Errorf("summary %q", d.Summary)
	}
	want(t, tr.Findings, "starttls.ok", finding.Pass, 587)
	want(t, tr.Findings, "tls.cert.ok", finding.Pass, 587)
	wantNo(t, tr.Findings, "submission.no-auth") // unknown: the post-TLS EHLO never came
}

func TestClosedAfterSTARTTLS(t *testing.T) {
	t.Parallel()
	tr := probeRaw(t, 25, script{greeting: "220 mx1.example.test ESMTP\r\n", replies: map[string]string{
		"EHLO":     "250-mx1.example.test\r\n250 STARTTLS\r\n",
		"STARTTLS": "",
	}}.serve, nil)
	sf := want(t, tr.Findings, "starttls.failed", finding.Fail, 25)
	if !strings.Contains(sf.Detail, "closed the connection") {
		t.Errorf("detail %q", sf.Detail)
	}
	want(t, tr.Findings, "ehlo.ok", finding.Pass, 25)
	wantNo(t, tr.Findings, "dialogue.failed")
}

func TestCancelInterruptsBlockedRead(t *testing.T) {
	t.Parallel()
	port := rawServer(t, func(c net.Conn) { io.Copy(io.Discard, c) })
	f := newFixture(t)
	f.mapPort(25, port)
	f.opts.Timeout, f.opts.StepTimeout = 20*time.Second, 20*time.Second
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	start := time.Now()
	res, err := Probe(ctx, f.opts, Target{Input: "127.0.0.1:25", Addr: "127.0.0.1", Port: 25})
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("cancel took %s to interrupt a tarpit read", el)
	}
	want(t, res.Findings, "greeting.failed", finding.Fail, 25)
}

// Every port of a host is probed at once: the server greets only when all
// three connections are open, which a sequential prober would never reach.
func TestPortsProbedConcurrently(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	open := 0
	all := make(chan struct{})
	port := rawServer(t, func(c net.Conn) {
		mu.Lock()
		open++
		if open == 3 {
			close(all)
		}
		mu.Unlock()
		select {
		case <-all:
		case <-time.After(5 * time.Second):
			return
		}
		script{greeting: "220 mx1.example.test ESMTP\r\n", replies: map[string]string{"EHLO": "250 mx1.example.test\r\n"}}.serve(c)
	})
	f := newFixture(t, "mx1.example.test. 300 IN A 127.0.0.1")
	f.opts.Ports = []int{25, 587, 2525}
	for _, p := range f.opts.Ports {
		f.mapPort(p, port)
	}
	res, err := Probe(context.Background(), f.opts, Target{Input: "mx1.example.test", Host: "mx1.example.test"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.opts.Ports {
		want(t, res.Findings, "greeting.ok", finding.Pass, p)
	}
}

func TestDropResultsStreams(t *testing.T) {
	t.Parallel()
	f := newFixture(t, "a.test. 300 IN MX 0 .", "b.test. 300 IN MX 0 .")
	var got []string
	f.opts.OnTarget = func(tr *TargetResult) { got = append(got, tr.Target.Input+"/"+tr.Findings[0].ID) }
	f.opts.DropResults = true
	res, err := Probe(context.Background(), f.opts, Target{Input: "a.test", Domain: "a.test"}, Target{Input: "b.test", Domain: "b.test"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || len(res.Targets) != 0 || len(res.Findings) != 0 {
		t.Errorf("streamed %v, kept %d targets and %d findings", got, len(res.Targets), len(res.Findings))
	}
}

func TestImplicitTLSThenRejectedGreeting(t *testing.T) {
	t.Parallel()
	cert := testpki.SelfSigned(t, "mx1.example.test")
	tr := probeRaw(t, 465, func(c net.Conn) {
		tc := tls.Server(c, &tls.Config{Certificates: []tls.Certificate{cert}})
		if tc.Handshake() != nil {
			return
		}
		script{greeting: "421 4.3.2 Service shutting down\r\n"}.serve(tc)
	}, nil)
	want(t, tr.Findings, "greeting.rejected", finding.Fail, 465)
	want(t, tr.Findings, "tls.cert.untrusted", finding.Fail, 465)
	want(t, tr.Findings, "tls.version.ok", finding.Pass, 465)
}
