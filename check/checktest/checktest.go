// Package checktest builds loopback mail domains for tests and
// demonstrations of smtpgw check: an in-process DNS server (testdns) with
// the domain's MX, SPF, DMARC, TLS-RPT, DKIM, MTA-STS and TLSA records, a
// scripted SMTP server offering STARTTLS with a certificate from a test CA,
// and an HTTPS server serving the MTA-STS policy. Everything listens on
// 127.0.0.1 with ports chosen by the system.
package checktest

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
	"github.com/smtpgw/smtpgw/internal/testsmtp"
)

// StartSMTP runs a scripted SMTP server on 127.0.0.1:0 that offers
// STARTTLS with cert (none when cert is nil), like a minimal Postfix.
func StartSMTP(t testing.TB, cert *tls.Certificate) int {
	t.Helper()
	return testsmtp.Serve(t, func(c net.Conn) { serveSMTP(c, cert) })
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

// StartPolicy serves body as the MTA-STS policy over HTTPS with cert.
func StartPolicy(t testing.TB, cert tls.Certificate, body string) int {
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

// TLSA311 returns the data of a "3 1 1" TLSA record for c's leaf.
func TLSA311(t testing.TB, c tls.Certificate) string {
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

// World is a loopback mail domain: DNS, an SMTP server for its MX
// (mx.<domain>, 127.0.0.1) and an HTTPS server for its MTA-STS policy.
type World struct {
	CA         *testpki.CA
	DNS        *testdns.Server
	SMTPPort   int // the MX's port 25, really
	PolicyPort int // the policy host's port 443, really; 0 without a policy
}

// Spec describes a World.
type Spec struct {
	Domain   string
	STARTTLS bool     // the MX offers STARTTLS
	MXCert   string   // name in the MX certificate; default mx.<domain>
	Expired  bool     // the MX certificate expired a day ago
	SelfSign bool     // the MX certificate is self-signed (no CA trusts it)
	Policy   string   // MTA-STS policy body; "" serves none (and no _mta-sts record)
	TLSA     string   // "match", "mismatch" or "" (none)
	Signed   bool     // AD bit on every answer, as from a validating resolver
	PTR      string   // PTR name of 127.0.0.1; default mx.<domain>; "-" none
	DMARC    string   // the _dmarc TXT record; default p=reject with rua; "-" none
	TLSRPT   string   // the _smtp._tls TXT record; default a mailto: rua; "-" none
	Extra    []string // more zone lines
}

// GoodPolicy is an enforcing policy listing mx.<domain>.
func GoodPolicy(domain string) string {
	return fmt.Sprintf("version: STSv1\nmode: enforce\nmx: mx.%s\nmax_age: 1209600\n", domain)
}

// Healthy is a domain with every control in order.
func Healthy(domain string) Spec {
	return Spec{Domain: domain, STARTTLS: true, Policy: GoodPolicy(domain), TLSA: "match", Signed: true}
}

// New starts a World; its servers stop when the test ends.
func New(t testing.TB, s Spec) *World {
	t.Helper()
	ca := testpki.NewCA(t)
	d := s.Domain
	mx := "mx." + d
	certName := s.MXCert
	if certName == "" {
		certName = mx
	}
	mxCert := ca.Leaf(t, certName)
	if s.Expired {
		mxCert = ca.Expired(t, certName)
	}
	if s.SelfSign {
		mxCert = testpki.SelfSigned(t, certName)
	}
	zone := []string{
		d + ". 300 IN MX 10 " + mx + ".",
		mx + ". 300 IN A 127.0.0.1",
		d + `. 300 IN TXT "v=spf1 mx include:_spf.provider.test -all"`,
		`_spf.provider.test. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 -all"`,
		`s1._domainkey.` + d + `. 300 IN TXT "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="`,
	}
	zone = append(zone, s.Extra...)
	switch s.DMARC {
	case "-":
	case "":
		zone = append(zone, `_dmarc.`+d+`. 300 IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@`+d+`"`)
	default:
		zone = append(zone, `_dmarc.`+d+`. 300 IN TXT "`+s.DMARC+`"`)
	}
	switch s.TLSRPT {
	case "-":
	case "":
		zone = append(zone, `_smtp._tls.`+d+`. 300 IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@`+d+`"`)
	default:
		zone = append(zone, `_smtp._tls.`+d+`. 300 IN TXT "`+s.TLSRPT+`"`)
	}
	switch s.PTR {
	case "-":
	case "":
		zone = append(zone, "1.0.0.127.in-addr.arpa. 300 IN PTR "+mx+".")
	default:
		zone = append(zone, "1.0.0.127.in-addr.arpa. 300 IN PTR "+s.PTR+".")
	}
	switch s.TLSA {
	case "match":
		zone = append(zone, "_25._tcp."+mx+". 300 IN TLSA 3 1 1 "+TLSA311(t, mxCert))
	case "mismatch":
		zone = append(zone, "_25._tcp."+mx+". 300 IN TLSA 3 1 1 "+TLSA311(t, ca.Leaf(t, mx)))
	}
	w := &World{CA: ca}
	if s.Policy != "" {
		port := StartPolicy(t, ca.Leaf(t, "mta-sts."+d), s.Policy)
		zone = append(zone, `_mta-sts.`+d+`. 300 IN TXT "v=STSv1; id=20240601"`, "mta-sts."+d+". 300 IN A 127.0.0.1")
		w.PolicyPort = port
	}
	w.DNS = testdns.Start(t, zone...)
	if s.Signed {
		w.DNS.Sign("*")
	}
	var cert *tls.Certificate
	if s.STARTTLS {
		cert = &mxCert
	}
	w.SMTPPort = StartSMTP(t, cert)
	return w
}
