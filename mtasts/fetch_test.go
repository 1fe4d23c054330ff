package mtasts

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/check/checktest"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testpki"
	"github.com/smtpgw/smtpgw/resolver"
)

// policyServer starts an HTTPS server on 127.0.0.1:0 with cert, serving h.
func policyServer(t *testing.T, cert tls.Certificate, h http.HandlerFunc) int {
	t.Helper()
	srv := httptest.NewUnstartedServer(h)
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // handshake failures are the point of some tests
	srv.StartTLS()
	t.Cleanup(srv.Close)
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	p, _ := strconv.Atoi(port)
	return p
}

func servePolicy(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != WellKnownPath {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte(body))
	}
}

type env struct {
	ca   *testpki.CA
	dns  *testdns.Server
	opts FetchOptions
}

// newEnv serves example.test's MTA-STS TXT record and mta-sts.example.test's
// address, and an HTTPS server with handler h and a certificate from makeCert.
func newEnv(t *testing.T, txt string, makeCert func(ca *testpki.CA) tls.Certificate, h http.HandlerFunc) *env {
	t.Helper()
	ca := testpki.NewCA(t)
	zone := []string{"mta-sts.example.test. 300 IN A 127.0.0.1"}
	if txt != "" {
		zone = append(zone, `_mta-sts.example.test. 300 IN TXT "`+txt+`"`)
	}
	d := testdns.Start(t, zone...)
	var cert tls.Certificate
	if makeCert != nil {
		cert = makeCert(ca)
	} else {
		cert = ca.Leaf(t, "mta-sts.example.test")
	}
	port := policyServer(t, cert, h)
	r := resolver.New(d.Addr)
	r.Timeout = 2 * time.Second
	return &env{ca: ca, dns: d, opts: FetchOptions{Resolver: r.EnableCache(), RootCAs: ca.Pool, Addr: ":" + strconv.Itoa(port), Timeout: 10 * time.Second}}
}

func fetchKind(t *testing.T, err error) FetchErrorKind {
	t.Helper()
	var fe *FetchError
	if !errors.As(err, &fe) {
		t.Fatalf("error %v (%T) is not a *FetchError", err, err)
	}
	return fe.Kind
}

func TestFetchOK(t *testing.T) {
	t.Parallel()
	e := newEnv(t, "", nil, servePolicy(goodPolicy))
	res, err := Fetch(context.Background(), "Example.TEST.", e.opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Body != goodPolicy || res.StatusCode != 200 || !res.MediaTypeOK || res.URL != "https://mta-sts.example.test/.well-known/mta-sts.txt" {
		t.Fatalf("result %+v", res)
	}
	if len(res.Addrs) != 1 || res.Addrs[0] != "127.0.0.1" || len(res.Peer) == 0 {
		t.Errorf("addrs %v, peer %d certs", res.Addrs, len(res.Peer))
	}
	// The policy host was resolved through our resolver.
	if e.dns.Queries("mta-sts.example.test", "A") == 0 {
		t.Error("mta-sts.example.test was not resolved through the given resolver")
	}
}

// Addr with a host dials that host instead of the policy host's addresses
// (no lookup of mta-sts.<domain>); the certificate is still verified
// against mta-sts.<domain>, so a host whose certificate names only itself
// fails as it would on port 443.
func TestFetchAddrHost(t *testing.T) {
	t.Parallel()
	e := newEnv(t, "", nil, servePolicy(goodPolicy))
	_, port, _ := net.SplitHostPort(e.opts.Addr)
	o := e.opts
	o.Addr = "127.0.0.1:" + port
	res, err := Fetch(context.Background(), "example.test", o)
	if err != nil || res.Body != goodPolicy || len(res.Addrs) != 1 || res.Addrs[0] != "127.0.0.1" {
		t.Fatalf("fetch through 127.0.0.1:%s: %+v, %v", port, res, err)
	}
	if n := e.dns.Queries("mta-sts.example.test", "A"); n != 0 {
		t.Errorf("mta-sts.example.test resolved %d times although Addr names the host", n)
	}
	other := newEnv(t, "", func(ca *testpki.CA) tls.Certificate { return ca.Leaf(t, "tunnel.example.test") }, servePolicy(goodPolicy))
	_, oport, _ := net.SplitHostPort(other.opts.Addr)
	o = other.opts
	o.Addr = "127.0.0.1:" + oport
	if _, err := Fetch(context.Background(), "example.test", o); fetchKind(t, err) != FetchCertificate {
		t.Errorf("certificate for another name accepted: %v", err)
	}
}

func TestFetchFailures(t *testing.T) {
	t.Parallel()
	huge := strings.Repeat("mx: a.example.test\n", MaxPolicySize/10)
	tests := []struct {
		name string
		cert func(ca *testpki.CA) tls.Certificate
		h    http.HandlerFunc
		kind FetchErrorKind
	}{
		{"redirect", nil, func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "https://www.example.test/mta-sts.txt", http.StatusMovedPermanently)
		}, FetchRedirect},
		{"not found", nil, http.NotFound, FetchStatus},
		{"huge with length", nil, servePolicy(huge), FetchTooLarge},
		{"huge chunked", nil, func(w http.ResponseWriter, r *http.Request) {
			for i := 0; i < 100; i++ {
				w.Write([]byte(strings.Repeat("x", 1024)))
				w.(http.Flusher).Flush()
			}
		}, FetchTooLarge},
		{"expired cert", func(ca *testpki.CA) tls.Certificate { return ca.Expired(t, "mta-sts.example.test") }, servePolicy(goodPolicy), FetchCertificate},
		{"wrong name", func(ca *testpki.CA) tls.Certificate { return ca.Leaf(t, "www.example.test") }, servePolicy(goodPolicy), FetchCertificate},
		{"self-signed", func(ca *testpki.CA) tls.Certificate { return testpki.SelfSigned(t, "mta-sts.example.test") }, servePolicy(goodPolicy), FetchCertificate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t, "", tc.cert, tc.h)
			res, err := Fetch(context.Background(), "example.test", e.opts)
			if err == nil {
				t.Fatalf("no error; body %d bytes", len(res.Body))
			}
			if k := fetchKind(t, err); k != tc.kind {
				t.Fatalf("kind %s, want %s (%v)", k, tc.kind, err)
			}
		})
	}
}

func TestFetchSlowServerTimesOut(t *testing.T) {
	t.Parallel()
	stop := make(chan struct{})
	e := newEnv(t, "", nil, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("version: STSv1\n"))
		w.(http.Flusher).Flush()
		select { // a tarpit: never finishes the body
		case <-stop:
		case <-r.Context().Done():
		}
	})
	defer close(stop)
	e.opts.Timeout = 300 * time.Millisecond
	start := time.Now()
	_, err := Fetch(context.Background(), "example.test", e.opts)
	if k := fetchKind(t, err); k != FetchTimeout {
		t.Fatalf("kind %s (%v)", k, err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v with a 300ms timeout", d)
	}
}

func TestFetchDNSAndConnect(t *testing.T) {
	t.Parallel()
	d := testdns.Start(t, "mta-sts.down.test. 300 IN A 127.0.0.1")
	r := resolver.New(d.Addr)
	port := checktest.RefusedPort(t)
	o := FetchOptions{Resolver: r, Addr: ":" + strconv.Itoa(port), Timeout: 2 * time.Second}
	_, err := Fetch(context.Background(), "nowhere.test", o)
	if k := fetchKind(t, err); k != FetchDNS {
		t.Errorf("unresolvable host: kind %s (%v)", k, err)
	}
	_, err = Fetch(context.Background(), "down.test", o)
	if k := fetchKind(t, err); k != FetchConnect {
		t.Errorf("closed port: kind %s (%v)", k, err)
	}
}

func TestLookup(t *testing.T) {
	t.Parallel()
	d := testdns.Start(t,
		`ok.test. 300 IN TXT "v=STSv1; " "id=abc123"`,
		`ok.test. 300 IN TXT "v=spf1 -all"`,
		`_mta-sts.ok.test. 300 IN TXT "v=STSv1; " "id=abc123"`,
		`_mta-sts.ok.test. 300 IN TXT "some-verification=xyz"`,
		`_mta-sts.multi.test. 300 IN TXT "v=STSv1; id=a"`,
		`_mta-sts.multi.test. 300 IN TXT "v=STSv1; id=b"`,
		`_mta-sts.bad.test. 300 IN TXT "v=STSv1; id=2024-01-01"`,
		`_mta-sts.other.test. 300 IN TXT "google-site-verification=x"`,
		`_mta-sts.fail.test. 300 IN TXT "v=STSv1; id=a"`,
	)
	d.ServFail("_mta-sts.fail.test")
	r := resolver.New(d.Addr)
	r.Timeout = time.Second
	ctx := context.Background()
	res, err := Lookup(ctx, r, "ok.test")
	if err != nil || res.Record.ID != "abc123" || res.Text != "v=STSv1; id=abc123" || len(res.Evidence) != 2 {
		t.Fatalf("ok.test: %v %+v", err, res)
	}
	for domain, want := range map[string]error{"multi.test": ErrMultipleRecords, "bad.test": ErrRecordSyntax, "other.test": ErrNoRecord, "none.test": ErrNoRecord, "fail.test": ErrDNS} {
		_, err := Lookup(ctx, r, domain)
		if !errors.Is(err, want) {
			t.Errorf("%s: error %v, want %v", domain, err, want)
		}
	}
	_, err = Lookup(ctx, r, "fail.test")
	var re *resolver.Error
	if !errors.As(err, &re) || re.Kind != resolver.ServFail {
		t.Errorf("fail.test: the resolver error is not kept: %v", err)
	}
}

func ids(fs []finding.Finding) map[string]finding.Status {
	m := map[string]finding.Status{}
	for _, f := range fs {
		m[f.ID] = f.Status
	}
	return m
}

func wantIDs(t *testing.T, fs []finding.Finding, want map[string]finding.Status) {
	t.Helper()
	got := ids(fs)
	for id, st := range want {
		if got[id] != st {
			t.Errorf("finding %s: status %q, want %q (all: %v)", id, got[id], st, got)
		}
	}
	for _, f := range fs {
		if f.Status != finding.Pass && f.Status != finding.Info && len(f.Remediation) == 0 {
			t.Errorf("finding %s (%s) has no remediation", f.ID, f.Status)
		}
	}
}

func TestCheckEnforceAllMatch(t *testing.T) {
	t.Parallel()
	e := newEnv(t, "v=STSv1; id=20240101", nil, servePolicy(goodPolicy))
	res := Check(context.Background(), "example.test", e.opts)
	wantIDs(t, res.Findings, map[string]finding.Status{"mtasts.record": finding.Pass, "mtasts.policy": finding.Pass, "mtasts.mode": finding.Pass, "mtasts.max-age": finding.Pass})
	if finding.Worst(res.Findings) != finding.Pass {
		t.Errorf("worst %s: %+v", finding.Worst(res.Findings), res.Findings)
	}
	mx := res.MatchMX([]string{"mail.example.test.", "relay.example.net"})
	wantIDs(t, mx, map[string]finding.Status{"mtasts.mx": finding.Pass})
	mx = res.MatchMX([]string{"mail.example.test", "mx9.other.test"})
	wantIDs(t, mx, map[string]finding.Status{"mtasts.mx.mismatch": finding.Fail})
	if len(mx) != 1 || mx[0].Target.Host != "mx9.other.test" {
		t.Errorf("mismatch findings %+v", mx)
	}
}

func TestCheckFailureModes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		txt  string
		cert func(ca *testpki.CA) tls.Certificate
		h    http.HandlerFunc
		want map[string]finding.Status
	}{
		{"no record, no policy", "", nil, http.NotFound, map[string]finding.Status{"mtasts.missing": finding.Info}},
		{"policy without record", "", nil, servePolicy(goodPolicy), map[string]finding.Status{"mtasts.missing": finding.Warn}},
		{"bad record", "v=STSv1; id=a_b", nil, servePolicy(goodPolicy), map[string]finding.Status{"mtasts.record.invalid": finding.Fail}},
		{"redirect", "v=STSv1; id=1", nil, func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/elsewhere", http.StatusFound)
		}, map[string]finding.Status{"mtasts.record": finding.Pass, "mtasts.policy.redirect": finding.Fail}},
		{"404", "v=STSv1; id=1", nil, http.NotFound, map[string]finding.Status{"mtasts.policy.status": finding.Fail}},
		{"expired", "v=STSv1; id=1", func(ca *testpki.CA) tls.Certificate { return ca.Expired(t, "mta-sts.example.test") }, servePolicy(goodPolicy), map[string]finding.Status{"mtasts.policy.certificate": finding.Fail}},
		{"huge", "v=STSv1; id=1", nil, servePolicy(strings.Repeat("#", 2*MaxPolicySize)), map[string]finding.Status{"mtasts.policy.too-large": finding.Fail}},
		{"html", "v=STSv1; id=1", nil, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body>It works!</body></html>\n"))
		}, map[string]finding.Status{"mtasts.policy.content-type": finding.Warn, "mtasts.policy.invalid": finding.Fail}},
		{"garbage lines", "v=STSv1; id=1", nil, servePolicy("version: STSv1\nmode: testing\n<br>\nmx: mail.example.test\nmax_age: 3600\n"),
			map[string]finding.Status{"mtasts.policy": finding.Pass, "mtasts.policy.syntax": finding.Warn, "mtasts.mode": finding.Info, "mtasts.max-age": finding.Warn}},
		{"expiring cert", "v=STSv1; id=1", func(ca *testpki.CA) tls.Certificate {
			return ca.LeafWith(t, testpki.LeafOptions{NotAfter: time.Now().Add(5 * 24 * time.Hour)}, "mta-sts.example.test")
		}, servePolicy(goodPolicy), map[string]finding.Status{"mtasts.policy": finding.Pass, "mtasts.policy.cert-expiring": finding.Warn}},
		{"mode none", "v=STSv1; id=1", nil, servePolicy("version: STSv1\nmode: none\nmax_age: 86400\n"), map[string]finding.Status{"mtasts.mode": finding.Warn}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t, tc.txt, tc.cert, tc.h)
			res := Check(context.Background(), "example.test", e.opts)
			wantIDs(t, res.Findings, tc.want)
		})
	}
}

func TestMatchMXTesting(t *testing.T) {
	t.Parallel()
	e := newEnv(t, "v=STSv1; id=1", nil, servePolicy("version: STSv1\nmode: testing\nmx: *.example.test\nmax_age: 604800\n"))
	res := Check(context.Background(), "example.test", e.opts)
	fs := res.MatchMX([]string{"mx1.example.test", "example.test", "a.b.example.test"})
	if len(fs) != 2 {
		t.Fatalf("findings %+v", fs)
	}
	for _, f := range fs {
		if f.ID != "mtasts.mx.mismatch" || f.Status != finding.Warn {
			t.Errorf("%+v", f)
		}
	}
}

func TestCheckDNSError(t *testing.T) {
	t.Parallel()
	e := newEnv(t, "v=STSv1; id=1", nil, servePolicy(goodPolicy))
	e.dns.ServFail("_mta-sts.example.test")
	res := Check(context.Background(), "example.test", e.opts)
	wantIDs(t, res.Findings, map[string]finding.Status{"mtasts.dns-error": finding.Fail, "mtasts.policy": finding.Pass})
	if !strings.Contains(res.LookupError, "SERVFAIL") || res.HTTPStatus != 200 || res.ContentType == "" || res.FetchError != "" {
		t.Errorf("JSON facts: %q %d %q %q", res.LookupError, res.HTTPStatus, res.ContentType, res.FetchError)
	}
}
