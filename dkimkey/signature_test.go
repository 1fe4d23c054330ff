package dkimkey

import (
	"strings"
	"testing"
)

func TestParseSignature(t *testing.T) {
	// As Gmail and OpenDKIM write them (written for this test).
	sig, err := ParseSignature("v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=Sender.Example; s=20230601; t=1700000000; h=from:to:subject:date;\r\n        bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==")
	if err != nil || sig != (Signature{Domain: "sender.example", Selector: "20230601"}) {
		t.Errorf("got %+v, %v", sig, err)
	}
	for _, bad := range []string{"", "v=1; a=rsa-sha256; b=x", "d=sender.example", "s=sel", "d=a; d=b; s=x", "d=bad domain@x; s=s1", "=;;="} {
		if _, err := ParseSignature(bad); err == nil {
			t.Errorf("ParseSignature(%q) accepted", bad)
		}
	}
}

func FuzzParseSignature(f *testing.F) {
	for _, s := range []string{"v=1; d=example.com; s=s1; b=abc", "d=; s=", "d=x.example;s=a;s=b", "d = x . example ; s = sel"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sig, err := ParseSignature(s)
		if err == nil && (sig.Domain == "" || sig.Selector == "" || strings.ContainsAny(sig.Domain+sig.Selector, " @")) {
			t.Fatalf("%q: %+v", s, sig)
		}
	})
}
