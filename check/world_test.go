package check

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testpki"
	"github.com/smtpgw/smtpgw/probe/resolver"
	"github.com/smtpgw/smtpgw/report"
)

// startSMTP runs a scripted SMTP server on 127.0.0.1:0 that offers
// STARTTLS with cert (none when cert is nil), like a minimal Postfix.
func startSMTP(t testing.TB, cert *tls.Certificate) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go serveSMTP(c, cert)
		}
	}()
	return l.Addr().(*net.TCPAddr).Port
}

func serveSMTP(c net.Conn, cert *tls.Certificate) {
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	var conn net.Conn = c
	r := bufio.NewReader(conn)
	fmt.Fprintf(conn, "220 mx.example.test ESMTP Postfix\r\n")
	secure := false
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		cmd := strings.ToUpper(strings.TrimSpace(line))
		switch {
		case strings.HasPrefix(cmd, "EHLO"):
			if cert != nil && !secure {
				fmt.Fprintf(conn, "250-mx.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-starttls\r\n250 8BITMIME\r\n")
			} else {
				fmt.Fprintf(conn, "250-mx.example.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
			}
		case cmd == "STARTTLS" && cert != nil && !secure:
			fmt.Fprintf(conn, "220 2.0.0 Ready to start TLS\r\n")
			tc := tls.Server(c, &tls.Config{Certificates: []tls.Certificate{*cert}})
			if tc.Handshake() != nil {
				return
			}
			conn, secure = tc, true
			r = bufio.NewReader(conn)
		case cmd == "QUIT":
			fmt.Fprintf(conn, "221 2.0.0 Bye\r\n")
			return
		default:
			fmt.Fprintf(conn, "502 5.5.2 Error: command not recognized\r\n")
		}
	}
}

// startPolicy serves body as the MTA-STS policy over HTTPS with cert.
func startPolicy(t testing.TB, cert tls.Certificate, body string) int {
	t.Helper()
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/.well-known/mta-sts.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, body)
	}))
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.StartTLS()
	t.Cleanup(srv.Close)
	p, _ := strconv.Atoi(strings.TrimPrefix(srv.Listener.Addr().String(), "127.0.0.1:"))
	return p
}

func tlsa311(t testing.TB, c tls.Certificate) string {
	t.Helper()
	leaf, err := x509.ParseCertificate(c.Certificate[0])
	if err != nil {
		t.Fatal(err)
	}
	h, err := dns.CertificateToDANE(1, 1, leaf)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// world is a loopback mail domain: DNS, an SMTP server for its MX and an
// HTTPS server for its MTA-STS policy.
type world struct {
	ca   *testpki.CA
	dns  *testdns.Server
	opts Options
}

type worldSpec struct {
	domain   string
	starttls bool   // the MX offers STARTTLS
	mxCert   string // name in the MX certificate; default mx.<domain>
	policy   string // MTA-STS policy body; "" serves none
	tlsa     string // "match", "mismatch" or ""
	signed   bool   // AD bit on every answer
	ptr      string // PTR name of 127.0.0.1; default mx.<domain>; "-" none
	extra    []string
}

const goodPolicyFmt = "version: STSv1\nmode: enforce\nmx: mx.%s\nmax_age: 1209600\n"

func healthy(domain string) worldSpec {
	return worldSpec{domain: domain, starttls: true, policy: fmt.Sprintf(goodPolicyFmt, domain), tlsa: "match", signed: true}
}

func newWorld(t testing.TB, s worldSpec) *world {
	t.Helper()
	ca := testpki.NewCA(t)
	d := s.domain
	mx := "mx." + d
	certName := s.mxCert
	if certName == "" {
		certName = mx
	}
	mxCert := ca.Leaf(t, certName)
	zone := []string{
		d + ". 300 IN MX 10 " + mx + ".",
		mx + ". 300 IN A 127.0.0.1",
		d + `. 300 IN TXT "v=spf1 mx include:_spf.provider.test -all"`,
		`_spf.provider.test. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 -all"`,
		`_dmarc.` + d + `. 300 IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@` + d + `"`,
		`_smtp._tls.` + d + `. 300 IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@` + d + `"`,
		`s1._domainkey.` + d + `. 300 IN TXT "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="`,
	}
	zone = append(zone, s.extra...)
	switch s.ptr {
	case "-":
	case "":
		zone = append(zone, "1.0.0.127.in-addr.arpa. 300 IN PTR "+mx+".")
	default:
		zone = append(zone, "1.0.0.127.in-addr.arpa. 300 IN PTR "+s.ptr+".")
	}
	switch s.tlsa {
	case "match":
		zone = append(zone, "_25._tcp."+mx+". 300 IN TLSA 3 1 1 "+tlsa311(t, mxCert))
	case "mismatch":
		zone = append(zone, "_25._tcp."+mx+". 300 IN TLSA 3 1 1 "+tlsa311(t, ca.Leaf(t, mx)))
	}
	w := &world{ca: ca}
	if s.policy != "" {
		port := startPolicy(t, ca.Leaf(t, "mta-sts."+d), s.policy)
		zone = append(zone, `_mta-sts.`+d+`. 300 IN TXT "v=STSv1; id=20240601"`, "mta-sts."+d+". 300 IN A 127.0.0.1")
		w.opts.MTASTSPort = port
	}
	w.dns = testdns.Start(t, zone...)
	if s.signed {
		w.dns.Sign("*")
	}
	var cert *tls.Certificate
	if s.starttls {
		cert = &mxCert
	}
	port := startSMTP(t, cert)
	r := resolver.New(w.dns.Addr)
	r.Timeout = 2 * time.Second
	w.opts.Resolver = r.EnableCache()
	w.opts.RootCAs = ca.Pool
	w.opts.PortMap = map[int]string{25: ":" + strconv.Itoa(port)}
	w.opts.HELO = "checker.example.test"
	w.opts.Timeout = 10 * time.Second
	return w
}

func statuses(fs []report.Finding) map[string][]report.Status {
	m := map[string][]report.Status{}
	for _, f := range fs {
		m[f.ID] = append(m[f.ID], f.Status)
	}
	return m
}

// want asserts that every id has exactly the statuses given (in any order
// for repeated ids, here always one).
func want(t *testing.T, fs []report.Finding, ids map[string]report.Status) {
	t.Helper()
	got := statuses(fs)
	for id, st := range ids {
		if st == "" {
			if len(got[id]) != 0 {
				t.Errorf("%s present: %v", id, got[id])
			}
			continue
		}
		if len(got[id]) == 0 {
			t.Errorf("%s missing (have %v)", id, got)
			continue
		}
		for _, s := range got[id] {
			if s != st {
				t.Errorf("%s: %s, want %s", id, s, st)
			}
		}
	}
}

func dump(fs []report.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %s %s %s: %s\n", f.Status, f.ID, f.Target, f.Summary)
	}
	return b.String()
}
