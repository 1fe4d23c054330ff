//go:debug rsa1024min=0

package inspect

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/finding"
)

// An RSA key under 1024 bits (RFC 8301 §3.2): made here, published, and
// used to sign; the signature is refused as too short, whatever its
// correctness. Go refuses such keys unless GODEBUG rsa1024min=0, which the
// directive above sets for this test binary only.
func TestDKIMKeyTooShort(t *testing.T) {
	for _, bits := range []int{512, 768} {
		k, err := rsa.GenerateKey(rand.Reader, bits)
		if err != nil {
			t.Fatal(err)
		}
		der, _ := x509.MarshalPKIXPublicKey(&k.PublicKey)
		w := newWorld(t)
		w.dns.Add(t, txtRR("weak._domainkey.shop.example.", "v=DKIM1; k=rsa; p="+base64.StdEncoding.EncodeToString(der)))
		res := run(t, w, sign(t, baseMsg, k, "weak", nil))
		s := res.Signatures[0]
		if s.KeyBits != bits || s.Result != "permerror" || !strings.Contains(s.Why, "shorter than 1024 bits") {
			t.Fatalf("%d bits: %+v", bits, s)
		}
		f := want(t, res, "dkim.key-short", finding.Fail)
		if !strings.Contains(f.Remediation[0], "2048-bit") {
			t.Fatal(f.Remediation)
		}
	}
}
