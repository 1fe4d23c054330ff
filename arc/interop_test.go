package arc

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/emersion/go-msgauth/dkim"
)

// The ARC-Message-Signature is a DKIM signature under another name (RFC
// 8617 §4.1.2): this package's canonicalization, header selection, b=
// stripping and body hash must verify what go-msgauth's DKIM signer makes,
// with either canonicalization, so they do not merely agree with this
// package's own signer.
func TestInteropWithDKIMSigner(t *testing.T) {
	k := newKeys(t)
	m := strings.Replace(msg, "Subject: Meeting notes", "Subject:   Meeting\r\n   notes  ", 1) + "  trailing  \t\r\n\r\n\r\n"
	for _, c := range []dkim.Canonicalization{dkim.CanonicalizationSimple, dkim.CanonicalizationRelaxed} {
		for _, signer := range []struct {
			name string
			o    *dkim.SignOptions
		}{
			{"rsa", &dkim.SignOptions{Domain: "lists.test", Selector: "sel1", Signer: k.rsa}},
			{"ed25519", &dkim.SignOptions{Domain: "fwd.test", Selector: "sel2", Signer: k.ed}},
		} {
			o := signer.o
			o.HeaderCanonicalization, o.BodyCanonicalization = c, c
			o.HeaderKeys = []string{"From", "To", "Subject", "Date", "Message-ID", "From"}
			var b bytes.Buffer
			if err := dkim.Sign(&b, strings.NewReader(m), o); err != nil {
				t.Fatal(err)
			}
			fields, body := splitMessage(b.Bytes())
			if fields[0].name != "DKIM-Signature" {
				t.Fatalf("first field %q", fields[0].name)
			}
			if err := verifyAMS(context.Background(), fields, body, fields[0], k.fn(), true); err != nil {
				t.Errorf("%s %s: %v", c, signer.name, err)
			}
			// And a change is caught.
			bad, _ := splitMessage(bytes.Replace(b.Bytes(), []byte("Meeting"), []byte("Meating"), 1))
			if err := verifyAMS(context.Background(), bad, body, bad[0], k.fn(), true); err == nil {
				t.Errorf("%s %s: a changed Subject verifies", c, signer.name)
			}
			// Without the body, the header signature still verifies.
			head := b.Bytes()[:bytes.Index(b.Bytes(), []byte("\r\n\r\n"))+4]
			if err := VerifyHeaderSignature(context.Background(), head, "dkim-signature", 0, k.fn()); err != nil {
				t.Errorf("%s %s headers only: %v", c, signer.name, err)
			}
		}
	}
}
