package tlsclient

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/internal/testpki"
)

func pemOf(certs ...*x509.Certificate) []byte {
	var out []byte
	for _, c := range certs {
		out = append(out, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
	}
	return out
}

// useIndex makes the system roots those of the PEM files for one test.
func useIndex(t *testing.T, files ...[]byte) {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for i, f := range files {
		p := filepath.Join(dir, fmt.Sprintf("%d.pem", i))
		if err := os.WriteFile(p, f, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	idx := &rootIndex{memo: map[string][][]byte{}, files: func(read func(string) bool) {
		for _, p := range paths {
			read(p)
		}
	}}
	old := systemIndex
	systemIndex = func() *rootIndex { return idx }
	t.Cleanup(func() { systemIndex = old })
}

// handshake runs a TLS server with cert on loopback and a client with cfg.
func handshake(t *testing.T, cert tls.Certificate, cfg *tls.Config) error {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		_ = tls.Server(c, &tls.Config{Certificates: []tls.Certificate{cert}}).Handshake()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	return tls.Client(c, cfg).Handshake()
}

func TestRawSubjectIsX509s(t *testing.T) {
	ca := testpki.NewCA(t)
	leaf := ca.Leaf(t, "mx.speed.test", "192.0.2.1")
	for _, der := range [][]byte{ca.Cert.Raw, leaf.Certificate[0], testpki.SelfSigned(t, "a.test").Certificate[0]} {
		c, err := x509.ParseCertificate(der)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := rawSubject(der)
		if !ok || string(got) != string(c.RawSubject) {
			t.Fatalf("rawSubject = %x, %v; x509 says %x", got, ok, c.RawSubject)
		}
	}
	if _, ok := rawSubject([]byte{0x30, 0x03, 0x02, 0x01}); ok {
		t.Fatal("a truncated certificate has no subject")
	}
}

// On this machine's own system roots, the index holds exactly the subjects
// crypto/x509 loads.
func TestSystemIndexHasCryptoX509sRoots(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the index is built on Linux only")
	}
	pool, err := x509.SystemCertPool()
	if err != nil {
		t.Skipf("no system roots: %v", err)
	}
	//lint:ignore SA1019 a file-loaded pool (Linux) lists its subjects
	subjects := pool.Subjects()
	want := map[string]bool{}
	for _, s := range subjects {
		want[string(s)] = true
	}
	idx := systemIndex()
	if idx == nil {
		t.Fatal("no index on Linux")
	}
	got := map[string]bool{}
	idx.scan(func(subj, der []byte) {
		if _, err := x509.ParseCertificate(der); err == nil {
			got[string(subj)] = true
		}
	})
	for s := range want {
		if !got[s] {
			t.Errorf("crypto/x509 has a root with subject %x the index lacks", s)
		}
	}
	for s := range got {
		if !want[s] {
			t.Errorf("the index has a root with subject %x that crypto/x509 does not load", s)
		}
	}
	// a lookup finds every root of a subject, and remembers
	for s := range want {
		ders := idx.lookup([][]byte{[]byte(s)})
		if len(ders) == 0 {
			t.Fatalf("lookup of %x found nothing", s)
		}
		if _, ok := idx.memo[s]; !ok {
			t.Fatal("lookup does not remember")
		}
		break
	}
	t.Logf("%d subjects", len(want))
}

// A handshake verified with the indexed roots accepts and refuses what
// crypto/tls with the same roots in RootCAs does, with the same errors.
func TestConfigVerifiesAsCryptoTLS(t *testing.T) {
	ca := testpki.NewCA(t)
	other := testpki.NewCA(t) // same subject, another key: both are candidates
	stranger := testpki.NewCA(t)
	bundle := pemOf(other.Cert, ca.Cert)
	useIndex(t, bundle, []byte("not a certificate\n"))
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(bundle)

	cases := []struct {
		name   string
		cert   tls.Certificate
		server string
		want   func(error) bool
	}{
		{"good", ca.Leaf(t, "mx.speed.test"), "mx.speed.test", func(err error) bool { return err == nil }},
		{"good IP", ca.Leaf(t, "127.0.0.1"), "127.0.0.1", func(err error) bool { return err == nil }},
		{"other name", ca.Leaf(t, "mx.speed.test"), "mx.other.test", func(err error) bool {
			var he x509.HostnameError
			return errors.As(err, &he)
		}},
		{"unknown CA", stranger.Leaf(t, "mx.speed.test"), "mx.speed.test", func(err error) bool {
			var ua x509.UnknownAuthorityError
			return errors.As(err, &ua)
		}},
		{"expired", ca.Expired(t, "mx.speed.test"), "mx.speed.test", func(err error) bool {
			var ci x509.CertificateInvalidError
			return errors.As(err, &ci) && ci.Reason == x509.Expired
		}},
		{"self-signed", testpki.SelfSigned(t, "mx.speed.test"), "mx.speed.test", func(err error) bool {
			var ua x509.UnknownAuthorityError
			return errors.As(err, &ua)
		}},
	}
	for _, c := range cases {
		cfg := Config(c.server, nil)
		if !cfg.InsecureSkipVerify || cfg.VerifyConnection == nil {
			t.Fatal("Config does not verify with the index")
		}
		got := handshake(t, c.cert, cfg)
		ref := handshake(t, c.cert, &tls.Config{ServerName: c.server, RootCAs: pool})
		if !c.want(got) || !c.want(ref) {
			t.Errorf("%s: tlsclient %v; crypto/tls %v", c.name, got, ref)
		}
		var ve *tls.CertificateVerificationError
		if got != nil && !errors.As(got, &ve) {
			t.Errorf("%s: %T is no *tls.CertificateVerificationError", c.name, got)
		}
	}
	// given roots are used as they are
	if cfg := Config("mx.speed.test", pool); cfg.RootCAs != pool || cfg.InsecureSkipVerify {
		t.Error("Config with roots does not leave the verification to crypto/tls")
	}
	if err := handshake(t, ca.Leaf(t, "mx.speed.test"), Config("mx.speed.test", ca.Pool)); err != nil {
		t.Error(err)
	}
}

func TestVerifyChain(t *testing.T) {
	ca := testpki.NewCA(t)
	useIndex(t, pemOf(ca.Cert))
	leaf := ca.Leaf(t, "mx.speed.test")
	if _, err := Verify([]*x509.Certificate{leaf.Leaf}, "mx.speed.test", nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := Verify([]*x509.Certificate{leaf.Leaf}, "", nil, nil); err != nil {
		t.Fatalf("without a name: %v", err)
	}
	if _, err := Verify(nil, "mx.speed.test", nil, nil); err == nil {
		t.Fatal("an empty chain verified")
	}
	if p := RootsFor([]*x509.Certificate{leaf.Leaf}, nil); p == nil || !p.Equal(ca.Pool) {
		t.Fatal("RootsFor does not give the issuing root")
	}
}

// The PEM scanner takes what encoding/pem and AppendCertsFromPEM take:
// CRLF lines, blocks among other text and other block types, a block with
// headers skipped, a broken block skipped without losing the next one.
func TestScanPEMForms(t *testing.T) {
	a, b, c := testpki.NewCA(t), testpki.SelfSigned(t, "b.test").Leaf, testpki.NewCA(t)
	crlf := strings.ReplaceAll(string(pemOf(c.Cert)), "\n", "\r\n")
	withHeaders := string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Headers: map[string]string{"Proc-Type": "4,ENCRYPTED"}, Bytes: b.Raw}))
	spaced := strings.Replace(string(pemOf(b)), "\n", "\n  ", 3)
	data := "Bundle\n" + string(pemOf(a.Cert)) + "text -----BEGIN CERTIFICATE-----\n" + base64.StdEncoding.EncodeToString(b.Raw) + "\n-----END CERTIFICATE-----\n" + "-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n" +
		withHeaders + "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n" + crlf + spaced
	var got []string
	scanPEM([]byte(data), nil, func(subj, der []byte) { got = append(got, string(der)) }, true)
	var want []string
	rest := []byte(data)
	for {
		var p *pem.Block
		p, rest = pem.Decode(rest)
		if p == nil {
			break
		}
		if p.Type == "CERTIFICATE" && len(p.Headers) == 0 {
			if _, ok := rawSubject(p.Bytes); ok {
				want = append(want, string(p.Bytes))
			}
		}
	}
	if len(want) != 3 || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("scanPEM found %d certificates, encoding/pem %d (want 3: the CA, the CRLF CA, the spaced leaf)", len(got), len(want))
	}
}

// A file larger than the scan's window: every block is found wherever the
// window boundaries fall.
func TestScanAcrossWindows(t *testing.T) {
	var data []byte
	var want []string
	for i := 0; i < 60; i++ {
		ca := testpki.NewCA(t)
		data = append(data, strings.Repeat("#", i*37)...)
		data = append(data, '\n')
		data = append(data, pemOf(ca.Cert)...)
		want = append(want, string(ca.Cert.Raw))
	}
	useIndex(t, data)
	var got []string
	systemIndex().scan(func(subj, der []byte) { got = append(got, string(der)) })
	if len(data) < 64<<10 || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("%d bytes: found %d of %d certificates", len(data), len(got), len(want))
	}
}
