package dkimsign

import (
	"crypto/ed25519"
	"io"
	"strings"
	"testing"
)

// FuzzSignMessage feeds untrusted message headers to the decision and the
// signer: no panic, and a message is either signed, skipped with a reason,
// or an error.
func FuzzSignMessage(f *testing.F) {
	for _, seed := range []string{
		"From: a@example.test\r\nTo: b@example.test\r\n\r\nx\r\n",
		"From: \"x\" <a@sub.example.test>\r\n\r\n",
		"DKIM-Signature: v=1; d=example.test;\r\n s=a; b=\r\nFrom: a@example.test\r\n\r\n",
		"From: <<a@example.test>>\r\n\r\n",
		"From:\r\n\r\n",
		"\r\n\r\n",
	} {
		f.Add(seed)
	}
	s := New(Entry{Domain: "example.test", Selector: "a", Key: &Key{Signer: ed25519.NewKeyFromSeed(make([]byte, 32)), Algo: "ed25519"}})
	f.Fuzz(func(t *testing.T, msg string) {
		dec, err := s.SignMessage(func() io.Reader { return strings.NewReader(msg) })
		if err == nil && dec.Header == "" && dec.Skipped == "" {
			t.Fatalf("neither signed nor skipped: %+v", dec)
		}
		if dec.Header != "" && !strings.HasPrefix(dec.Header, "DKIM-Signature: ") {
			t.Fatalf("header %q", dec.Header)
		}
	})
}
