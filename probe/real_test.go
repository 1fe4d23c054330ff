package probe

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"math/big"
	"net"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/smtpreplay"
	"github.com/smtpgw/smtpgw/internal/testpki"
)

// TestRealServers replays what real Postfix and Exim servers said to
// smtpgw probe (testdata/real/, recorded on loopback; see each file's
// header) and checks that probe reads it as those servers meant it.
func TestRealServers(t *testing.T) {
	t.Parallel()
	type want struct {
		ext, extTLS   []string // extensions (upper case) before and after TLS
		auth, authTLS []string // AUTH mechanisms before and after TLS
		changed       []string
		size          int64
	}
	cases := []struct {
		file string
		port int
		want want
	}{
		{"postfix/probe-25.txt", 25, want{
			ext:     []string{"PIPELINING", "SIZE", "VRFY", "ETRN", "STARTTLS", "ENHANCEDSTATUSCODES", "8BITMIME", "DSN", "SMTPUTF8", "CHUNKING"},
			extTLS:  []string{"PIPELINING", "SIZE", "VRFY", "ETRN", "ENHANCEDSTATUSCODES", "8BITMIME", "DSN", "SMTPUTF8", "CHUNKING"},
			changed: []string{"-STARTTLS"}, size: 10240000,
		}},
		{"postfix/probe-587.txt", 587, want{
			ext:     []string{"STARTTLS", "SIZE"},
			extTLS:  []string{"AUTH", "SIZE"},
			authTLS: []string{"PLAIN", "LOGIN", "CRAM-MD5"},
			changed: []string{"+AUTH PLAIN LOGIN CRAM-MD5", "-STARTTLS"}, size: 10240000,
		}},
		{"postfix/probe-465.txt", 465, want{
			ext:     []string{"AUTH", "SIZE", "CHUNKING"},
			authTLS: []string{"PLAIN", "LOGIN", "CRAM-MD5"}, size: 10240000,
		}},
		// Exim 4.96 spells the RFC draft's extension PIPECONNECT; this
		// configuration offers AUTH after STARTTLS on every port (probe
		// reports that as auth.port25, info).
		{"exim/probe-25.txt", 25, want{
			ext:     []string{"SIZE", "8BITMIME", "PIPELINING", "PIPECONNECT", "CHUNKING", "STARTTLS", "SMTPUTF8", "HELP"},
			extTLS:  []string{"SIZE", "8BITMIME", "PIPELINING", "PIPECONNECT", "AUTH", "CHUNKING", "SMTPUTF8", "HELP"},
			authTLS: []string{"PLAIN", "LOGIN"},
			changed: []string{"+AUTH PLAIN LOGIN", "-STARTTLS"}, size: 52428800,
		}},
		{"exim/probe-587.txt", 587, want{
			ext:     []string{"STARTTLS", "SIZE"},
			extTLS:  []string{"AUTH", "SIZE"},
			authTLS: []string{"PLAIN", "LOGIN"},
			changed: []string{"+AUTH PLAIN LOGIN", "-STARTTLS"}, size: 52428800,
		}},
		{"exim/probe-465.txt", 465, want{
			ext:     []string{"AUTH", "SIZE"},
			authTLS: []string{"PLAIN", "LOGIN"}, size: 52428800,
		}},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join("..", "testdata", "real", tc.file)
			script := smtpreplay.Load(t, path)
			ca := testpki.NewCA(t)
			cert := ca.Leaf(t, "mx.example.test", "127.0.0.1")
			srv := smtpreplay.Start(t, script, cert)
			res, err := Probe(context.Background(), Options{
				RootCAs: ca.Pool, HELO: "client.example.test",
				PortMap: map[int]string{tc.port: srv.Addr},
			}, Target{Input: "127.0.0.1", Addr: "127.0.0.1", Port: tc.port})
			if err != nil {
				t.Fatal(err)
			}
			c := res.Targets[0].Connections[0]
			if c.Error != "" || c.TLSError != "" {
				t.Fatalf("error %q (stage %s), TLS error %q", c.Error, c.Stage, c.TLSError)
			}
			// The greeting and the EHLO reply, every line as the server sent it.
			if g := script.Reply(0); !slices.Equal(c.Greeting.Lines, g) {
				t.Errorf("greeting %q, want %q", c.Greeting.Lines, g)
			}
			if e := script.Reply(1); !slices.Equal(c.EHLO.Lines, e) {
				t.Errorf("EHLO reply %q, want %q", c.EHLO.Lines, e)
			}
			for _, k := range tc.want.ext {
				if _, ok := c.Extensions[k]; !ok {
					t.Errorf("extension %s missing: %v", k, c.Extensions)
				}
			}
			for _, k := range tc.want.extTLS {
				if _, ok := c.ExtensionsAfterTLS[k]; !ok {
					t.Errorf("extension %s missing after TLS: %v", k, c.ExtensionsAfterTLS)
				}
			}
			if c.TLS == nil {
				t.Fatalf("no TLS session")
			}
			// What posttls-finger shows: key exchange, certificate and
			// public key fingerprints (TLSA 3 0 1 / 3 1 1).
			if c.TLS.KeyExchange == "" {
				t.Errorf("no key exchange group")
			}
			crt, spki := sha256.Sum256(cert.Leaf.Raw), sha256.Sum256(cert.Leaf.RawSubjectPublicKeyInfo)
			if leaf := c.TLS.Chain[0]; leaf.SHA256 != hex.EncodeToString(crt[:]) || leaf.SPKISHA256 != hex.EncodeToString(spki[:]) {
				t.Errorf("fingerprints %s / %s", leaf.SHA256, leaf.SPKISHA256)
			}
			if !slices.Equal(c.AuthBeforeTLS, orEmpty(tc.want.auth)) {
				t.Errorf("AUTH before TLS %v, want %v (these servers offer AUTH only over TLS)", c.AuthBeforeTLS, tc.want.auth)
			}
			if !slices.Equal(c.AuthAfterTLS, orEmpty(tc.want.authTLS)) {
				t.Errorf("AUTH after TLS %v, want %v", c.AuthAfterTLS, tc.want.authTLS)
			}
			if tc.want.changed != nil && !slices.Equal(c.Changed, tc.want.changed) {
				t.Errorf("changed after TLS %v, want %v", c.Changed, tc.want.changed)
			}
			ext := c.Extensions
			if c.ExtensionsAfterTLS != nil {
				ext = c.ExtensionsAfterTLS
			}
			if got := ext["SIZE"]; got != strconv.FormatInt(tc.want.size, 10) {
				t.Errorf("SIZE %q, want %d", got, tc.want.size)
			}
			// A well-configured real server draws no warning or failure.
			for _, f := range c.Findings {
				if f.Status != finding.Pass && f.Status != finding.Info {
					t.Errorf("finding %s %s: %s", f.Status, f.ID, f.Summary)
				}
			}
		})
	}
}

// TestRealEximLowercaseKeywords replays Exim's real EHLO reply with the
// keywords in lower and mixed case (RFC 5321 §2.4: case-insensitive), as
// some servers send them: probe reads the same extensions.
func TestRealEximLowercaseKeywords(t *testing.T) {
	t.Parallel()
	script := smtpreplay.Load(t, filepath.Join("..", "testdata", "real", "exim", "probe-587.txt"))
	for i, e := range script.Events {
		if e.Kind == 'S' && strings.HasPrefix(e.Text, "250-") && i > 2 {
			script.Events[i].Text = "250-" + strings.ToLower(e.Text[4:])
		}
		if e.Kind == 'S' && e.Text == "250 HELP" {
			script.Events[i].Text = "250 Help"
		}
	}
	ca := testpki.NewCA(t)
	srv := smtpreplay.Start(t, script, ca.Leaf(t, "127.0.0.1"))
	res, err := Probe(context.Background(), Options{RootCAs: ca.Pool, HELO: "client.example.test", PortMap: map[int]string{587: srv.Addr}},
		Target{Input: "127.0.0.1", Addr: "127.0.0.1", Port: 587})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Targets[0].Connections[0]
	if !c.STARTTLSOffered || c.TLS == nil {
		t.Fatalf("lowercase starttls not honoured: %v %s", c.Extensions, c.Error)
	}
	if !slices.Equal(c.AuthAfterTLS, []string{"PLAIN", "LOGIN"}) || c.ExtensionsAfterTLS["SIZE"] != "52428800" || c.ExtensionsAfterTLS["PIPECONNECT"] != "" || !hasKey(c.ExtensionsAfterTLS, "PIPECONNECT") {
		t.Errorf("after TLS: %v, AUTH %v", c.ExtensionsAfterTLS, c.AuthAfterTLS)
	}
}

func hasKey(m map[string]string, k string) bool { _, ok := m[k]; return ok }

// TestSilentPortHintsImplicitTLS: a Postfix smtpd with
// smtpd_tls_wrappermode=yes says nothing to a plain-text client; probed as
// 587, the greeting.failed finding names implicit TLS as a cause.
func TestSilentPortHintsImplicitTLS(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			defer c.Close()
			c.Read(make([]byte, 1))
		}
	}()
	res, err := Probe(context.Background(), Options{HELO: "client.example.test", StepTimeout: 200 * time.Millisecond,
		PortMap: map[int]string{587: ln.Addr().String()}}, Target{Input: "127.0.0.1", Addr: "127.0.0.1", Port: 587})
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, f := range res.Findings {
		if f.ID == "greeting.failed" {
			found = true
			if !strings.Contains(f.Detail, "implicit TLS") || !strings.Contains(f.Detail, "port 587") {
				t.Errorf("detail: %s", f.Detail)
			}
		}
	}
	if !found {
		t.Errorf("no greeting.failed: %+v", res.Findings)
	}
}

// TestRealPostscreenGreetPause replays Postfix postscreen's pregreet test
// ("220-" at once, the last line after postscreen_greet_wait): it is a
// deliberate pause, reported as greeting.pause (info), not greeting.slow.
func TestRealPostscreenGreetPause(t *testing.T) {
	t.Parallel()
	script := smtpreplay.Load(t, filepath.Join("..", "testdata", "real", "postfix", "probe-postscreen.txt"))
	ca := testpki.NewCA(t)
	srv := smtpreplay.Start(t, script, ca.Leaf(t, "127.0.0.1"))
	res, err := Probe(context.Background(), Options{RootCAs: ca.Pool, HELO: "client.example.test", SlowGreeting: time.Second,
		PortMap: map[int]string{25: srv.Addr}}, Target{Input: "127.0.0.1", Addr: "127.0.0.1", Port: 25})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Targets[0].Connections[0]
	if len(c.Greeting.Lines) != 2 || c.GreetingTime.Duration() < 1500*time.Millisecond || c.GreetingFirstLine.Duration() >= time.Second {
		t.Fatalf("greeting %q after %v, first line after %v", c.Greeting.Lines, c.GreetingTime.Duration(), c.GreetingFirstLine.Duration())
	}
	ids := map[string]finding.Status{}
	for _, f := range c.Findings {
		ids[f.ID] = f.Status
	}
	if ids["greeting.pause"] != finding.Info || ids["greeting.slow"] != "" {
		t.Errorf("findings %v, want greeting.pause (info) and no greeting.slow", ids)
	}
	if finding.Worst(c.Findings) != finding.Info {
		t.Errorf("worst %s", finding.Worst(c.Findings))
	}
}

// TestSlowSingleLineGreetingStillWarns: a greeting whose first line is
// already late is slow, whatever its length.
func TestSlowSingleLineGreetingStillWarns(t *testing.T) {
	t.Parallel()
	script, err := smtpreplay.Parse("!: pause 300ms\nS: 220-mx.example.test ESMTP\nS: 220 mx.example.test\nC: EHLO *\nS: 250 mx.example.test\nC: QUIT\nS: 221 bye\n")
	if err != nil {
		t.Fatal(err)
	}
	srv := smtpreplay.Start(t, script, testpki.SelfSigned(t, "127.0.0.1"))
	res, err := Probe(context.Background(), Options{HELO: "client.example.test", SlowGreeting: 150 * time.Millisecond,
		PortMap: map[int]string{25: srv.Addr}}, Target{Input: "127.0.0.1", Addr: "127.0.0.1", Port: 25})
	if err != nil {
		t.Fatal(err)
	}
	var slow bool
	for _, f := range res.Findings {
		if f.ID == "greeting.pause" {
			t.Errorf("late first line read as a pregreet pause: %s", f.Summary)
		}
		slow = slow || f.ID == "greeting.slow"
	}
	if !slow {
		t.Errorf("no greeting.slow")
	}
}

// TestRealPostfixGreetingReject replays Postfix refusing a client in its
// greeting (smtpd_delay_reject=no): greeting.rejected, then a polite QUIT.
func TestRealPostfixGreetingReject(t *testing.T) {
	t.Parallel()
	script := smtpreplay.Load(t, filepath.Join("..", "testdata", "real", "postfix", "send-554-greeting.txt"))
	srv := smtpreplay.Start(t, script, testpki.SelfSigned(t, "127.0.0.1"))
	res, err := Probe(context.Background(), Options{HELO: "client.example.test", PortMap: map[int]string{25: srv.Addr}},
		Target{Input: "127.0.0.1", Addr: "127.0.0.1", Port: 25})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Targets[0].Connections[0]
	if c.Greeting == nil || c.Greeting.Code != 554 || c.EHLO != nil {
		t.Fatalf("greeting %+v, EHLO %+v", c.Greeting, c.EHLO)
	}
	var rejected bool
	for _, f := range c.Findings {
		if f.ID == "greeting.rejected" && f.Status == finding.Fail && slices.Contains(f.Evidence, script.Reply(0)[0]) {
			rejected = true
		}
	}
	if !rejected {
		t.Errorf("no greeting.rejected with the reply as evidence: %+v", c.Findings)
	}
	if lines := srv.ClientLines(); !slices.Equal(lines, []string{"QUIT"}) {
		t.Errorf("client said %q, want only QUIT", lines)
	}
}

// TestRealEximDebianDefaultCert replays Debian's default Exim 4.96
// configuration, which has no certificate: Exim makes up a self-signed one
// ("CN=<host>,O=Exim Developers,C=UK", valid two hours). Probe names that
// one cause in the expiring, untrusted and name-mismatch findings.
func TestRealEximDebianDefaultCert(t *testing.T) {
	t.Parallel()
	script := smtpreplay.Load(t, filepath.Join("..", "testdata", "real", "exim", "probe-debian-default.txt"))
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "vm", Organization: []string{"Exim Developers"}, Country: []string{"UK"}},
		NotBefore: now.Add(-time.Minute), NotAfter: now.Add(2 * time.Hour), KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		t.Fatal(err)
	}
	srv := smtpreplay.Start(t, script, tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key})
	res, err := Probe(context.Background(), Options{HELO: "client.example.test", PortMap: map[int]string{25: srv.Addr}},
		Target{Input: "127.0.0.1", Addr: "127.0.0.1", Port: 25})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Targets[0].Connections[0]
	if !hasKey(c.Extensions, "PRDR") || !hasKey(c.Extensions, "PIPECONNECT") {
		t.Errorf("extensions %v", c.Extensions)
	}
	got := map[string]finding.Finding{}
	for _, f := range c.Findings {
		got[f.ID] = f
	}
	for _, id := range []string{"tls.cert.expiring", "tls.cert.untrusted", "tls.cert.name-mismatch"} {
		f, ok := got[id]
		if !ok {
			t.Errorf("no %s: %v", id, got)
			continue
		}
		if f.Status != finding.Warn || !strings.Contains(f.Detail, "Exim generates") || len(f.Remediation) == 0 || !strings.Contains(f.Remediation[0], "MAIN_TLS_CERTIFICATE") {
			t.Errorf("%s: %s %q %q", id, f.Status, f.Detail, f.Remediation)
		}
	}
}
