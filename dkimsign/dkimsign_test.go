//go:debug rsa1024min=0

package dkimsign

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

func edKey(t *testing.T) *Key {
	t.Helper()
	_, k, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return &Key{Signer: k, Algo: "ed25519"}
}

func TestParseSpec(t *testing.T) {
	d, s, f, err := ParseSpec("Example.COM.=s1:/etc/keys/a:b.pem")
	if err != nil || d != "example.com" || s != "s1" || f != "/etc/keys/a:b.pem" {
		t.Errorf("got %q %q %q %v", d, s, f, err)
	}
	for _, bad := range []string{"example.com", "example.com=s1", "=s1:k.pem", "example.com=:k.pem", "example.com=s1:",
		"localhost=s1:k.pem", "exa mple.com=s1:k.pem", "example.com=s 1:k.pem", "-x.example.com=s1:k.pem"} {
		if _, _, _, err := ParseSpec(bad); err == nil {
			t.Errorf("%q accepted", bad)
		} else if se, ok := err.(*SpecError); !ok || se.Spec != bad || !strings.HasPrefix(err.Error(), fmt.Sprintf("DKIM key %q: ", bad)) {
			t.Errorf("%q: error %q is not a SpecError naming the value", bad, err)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.pem")
	der, _ := x509.MarshalPKCS8PrivateKey(edKey(t).Signer)
	os.WriteFile(good, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600)
	notPEM := filepath.Join(dir, "cert.txt")
	os.WriteFile(notPEM, []byte("hello"), 0o600)
	small, err := rsa.GenerateKey(rand.Reader, 512) // allowed by the go:debug line above
	if err != nil {
		t.Fatal(err)
	}
	smallFile := filepath.Join(dir, "small.pem")
	os.WriteFile(smallFile, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(small)}), 0o600)
	for _, tc := range []struct {
		specs []string
		want  string
	}{
		{[]string{"example.test=s1:" + filepath.Join(dir, "missing.pem")}, "no such file"},
		{[]string{"example.test=s1:" + notPEM}, "no PEM block"},
		{[]string{"example.test=s1:" + smallFile}, "too small"},
		{[]string{"example.test=s1:" + good, "example.test=s2:" + good}, "already has a key"},
	} {
		_, err := Load(tc.specs)
		var se *SpecError
		if !errors.As(err, &se) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want a SpecError with %q", tc.specs, err, tc.want)
		}
	}
	s, err := Load([]string{"example.test=s1:" + good})
	if err != nil || len(s.Entries()) != 1 || s.Entries()[0].Key.Algo != "ed25519" {
		t.Fatalf("%v %v", s, err)
	}
}

func TestFor(t *testing.T) {
	k := edKey(t)
	s := New(Entry{Domain: "example.test", Selector: "a", Key: k}, Entry{Domain: "eu.example.test", Selector: "b", Key: k},
		Entry{Domain: "co.uk", Selector: "c", Key: k})
	for from, want := range map[string]string{
		"example.test":           "example.test",
		"news.example.test":      "example.test",
		"a.b.news.example.test":  "example.test",
		"EU.example.test.":       "eu.example.test",
		"shop.eu.example.test":   "eu.example.test",
		"other.test":             "",
		"notexample.test":        "",
		"shop.co.uk":             "", // co.uk is a public suffix: not shop.co.uk's organization
		"":                       "",
		"example.test.other.net": "",
	} {
		got := ""
		if e := s.For(from); e != nil {
			got = e.Domain
		}
		if got != want {
			t.Errorf("For(%q) = %q, want %q", from, got, want)
		}
	}
}

func TestSignMessageDecisions(t *testing.T) {
	k := edKey(t)
	s := New(Entry{Domain: "example.test", Selector: "a", Key: k})
	open := func(m string) func() io.Reader { return func() io.Reader { return strings.NewReader(m) } }
	body := "To: u@example.test\r\nSubject: x\r\n\r\nhi\r\n"
	for _, tc := range []struct {
		msg, skipped, domain string
	}{
		{"From: a@example.test\r\n" + body, "", "example.test"},
		{"From: \"A, B\" <a@Sub.Example.Test>\r\n" + body, "", "example.test"},
		{"From: a@other.test\r\n" + body, SkipNoKey, ""},
		{body, SkipNoFrom, ""},
		{"DKIM-Signature: v=1; d=example.test; s=x; b=\r\nFrom: a@example.test\r\n" + body, SkipAlreadySigned, "example.test"},
		{"DKIM-Signature: v=1; d=esp.test; s=x; b=\r\nFrom: a@example.test\r\n" + body, "", "example.test"},
	} {
		dec, err := s.SignMessage(open(tc.msg))
		if err != nil {
			t.Fatalf("%q: %v", tc.msg, err)
		}
		if dec.Skipped != tc.skipped || dec.Domain != tc.domain || (tc.skipped == "") != (dec.Header != "") {
			t.Errorf("%q: %+v, want skipped %q domain %q", tc.msg, dec, tc.skipped, tc.domain)
		}
	}
	if _, err := s.SignMessage(open("From: a@example.test\r\nbad header line\r\n\r\n")); err == nil {
		t.Error("a malformed header was signed")
	}
}

func TestCheckRecord(t *testing.T) {
	k, other := edKey(t), edKey(t)
	rec, _ := RecordFor(k)
	otherRec, _ := RecordFor(other)
	srv := testdns.Start(t,
		`good._domainkey.example.test. 300 IN TXT "`+rec+`"`,
		`wrong._domainkey.example.test. 300 IN TXT "`+otherRec+`"`,
		`revoked._domainkey.example.test. 300 IN TXT "v=DKIM1; k=ed25519; p="`,
		`alias._domainkey.example.test. 300 IN CNAME good._domainkey.example.test.`)
	r := resolver.New(srv.Addr)
	ctx := context.Background()
	for sel, want := range map[string]string{"good": "", "alias": "", "wrong": "different public key", "revoked": "revokes", "missing": "note"} {
		note, err := CheckRecord(ctx, r, sel, "example.test", k)
		switch {
		case want == "":
			if note != "" || err != nil {
				t.Errorf("%s: %q %v", sel, note, err)
			}
		case want == "note":
			if err != nil || !strings.Contains(note, "no DKIM key record at missing._domainkey.example.test") || !strings.Contains(note, rec) {
				t.Errorf("%s: %q %v", sel, note, err)
			}
		default:
			if !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), rec) {
				t.Errorf("%s: %v, want ErrMismatch with %q and the record to publish", sel, err, want)
			}
		}
	}
	s := New(Entry{Domain: "example.test", Selector: "wrong", Key: k}, Entry{Domain: "example.test.", Selector: "good", Key: k})
	if w := s.Check(ctx, r); len(w) != 0 {
		// the second entry replaced the first (same domain): all good
		t.Errorf("warnings %q", w)
	}
	s = New(Entry{Domain: "example.test", Selector: "wrong", Key: k})
	if w := s.Check(ctx, r); len(w) != 1 || !strings.HasPrefix(w[0], "example.test: ") {
		t.Errorf("warnings %q", w)
	}
}

func TestSignRoundTrip(t *testing.T) {
	k := edKey(t)
	msg := []byte("From: a@example.test\r\nTo: b@example.test\r\nSubject: s\r\n\r\nbody\r\n")
	out, err := Sign(msg, "example.test", "s", k)
	if err != nil || !bytes.HasSuffix(out, msg) || !bytes.HasPrefix(out, []byte("DKIM-Signature: ")) {
		t.Fatalf("%s %v", out, err)
	}
	if _, err := Sign([]byte("To: b@example.test\r\n\r\nx\r\n"), "example.test", "s", k); !errors.Is(err, ErrNoFrom) {
		t.Errorf("no From: %v", err)
	}
}
