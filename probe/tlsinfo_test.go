package probe

import (
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/internal/testpki"
)

func selfSignedWith(t *testing.T, key crypto.Signer, pub any, names ...string) *x509.Certificate {
	t.Helper()
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(0xABCDEF), Subject: pkix.Name{CommonName: names[0]}, DNSNames: names,
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(10 * 24 * time.Hour),
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, pub, key)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCertInfoKeyTypes(t *testing.T) {
	t.Parallel()
	rk, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	pub, ek, _ := ed25519.GenerateKey(rand.Reader)
	now := time.Now()
	for _, c := range []struct {
		cert      *x509.Certificate
		typ       string
		bits      int
		sigPrefix string
	}{
		{selfSignedWith(t, rk, &rk.PublicKey, "rsa.example.test"), "RSA", 1024, "SHA256-RSA"},
		{selfSignedWith(t, ek, pub, "ed.example.test"), "Ed25519", 256, "Ed25519"},
	} {
		ci := certInfo(c.cert, now)
		if ci.KeyType != c.typ || ci.KeyBits != c.bits || !strings.HasPrefix(ci.SignatureAlgorithm, c.sigPrefix) {
			t.Errorf("%s: %+v", c.typ, ci)
		}
		if !ci.SelfSigned || ci.Serial != "ABCDEF" || ci.DaysLeft != 9 || len(ci.SANs) != 1 {
			t.Errorf("%s: self-signed %v serial %s days %d SANs %v", c.typ, ci.SelfSigned, ci.Serial, ci.DaysLeft, ci.SANs)
		}
	}
}

func TestVerifyChainReasons(t *testing.T) {
	t.Parallel()
	ca, other := testpki.NewCA(t), testpki.NewCA(t)
	leaf := ca.Leaf(t, "mx.example.test")
	chain := []*x509.Certificate{leaf.Leaf, ca.Cert}
	now := time.Now()
	if ok, why := verifyChain(chain, ca.Pool, now); !ok {
		t.Errorf("valid chain rejected: %s", why)
	}
	ok, why := verifyChain(chain, other.Pool, now)
	if ok || !strings.Contains(why, "not a trusted CA") {
		t.Errorf("foreign CA: %v %q", ok, why)
	}
	// Only the leaf, its CA unknown to the pool: the missing intermediate case.
	ok, why = verifyChain(chain[:1], other.Pool, now)
	if ok || !strings.Contains(why, "intermediate") {
		t.Errorf("leaf alone: %v %q", ok, why)
	}
	// Days left and not-yet-valid are computed from the clock given.
	st := tlsInfoFor(t, chain, ca.Pool, "mx.example.test", now.Add(-48*time.Hour))
	if !st.NotYetValid || st.Expired || !st.Trusted || !st.NameMatch {
		t.Errorf("not yet valid: %+v", st)
	}
	st = tlsInfoFor(t, chain, ca.Pool, "other.example.test", now.Add(100*24*time.Hour))
	if !st.Expired || st.DaysLeft >= 0 || st.NameMatch || !strings.Contains(st.NameError, "mx.example.test") {
		t.Errorf("expired / mismatch: %+v", st)
	}
}

func tlsInfoFor(t *testing.T, chain []*x509.Certificate, roots *x509.CertPool, name string, now time.Time) *TLSInfo {
	t.Helper()
	return tlsInfo(&tls.ConnectionState{Version: tls.VersionTLS13, CipherSuite: tls.TLS_AES_128_GCM_SHA256, PeerCertificates: chain}, roots, name, now)
}
