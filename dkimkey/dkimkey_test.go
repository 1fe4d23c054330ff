package dkimkey

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

// key returns a fixed test public key from testdata (generated once with
// openssl; only the public halves are stored).
func key(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name + ".b64")
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

// txtRR renders a zone line, splitting the text into 255-octet strings as
// DNS requires.
func txtRR(name, text string) string {
	var parts []string
	for len(text) > 255 {
		parts = append(parts, `"`+text[:255]+`"`)
		text = text[255:]
	}
	parts = append(parts, `"`+text+`"`)
	return name + " 300 IN TXT " + strings.Join(parts, " ")
}

func edKey(t testing.TB) string {
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return base64.StdEncoding.EncodeToString(pub)
}

func TestParseTagList(t *testing.T) {
	t.Parallel()
	tags, errs := ParseTagList(" v=DKIM1 ;k = rsa;\tp=MIIB IjAN\r\n BgkG ; ")
	if len(errs) != 0 || len(tags) != 3 || tags[1].Name != "k" || tags[1].Value != "rsa" || tags[2].Value != "MIIB IjAN\r\n BgkG" || tags[1].Pos != 11 {
		t.Fatalf("tags %+v errs %v", tags, errs)
	}
	for _, tc := range []struct {
		in, want string
		lenient  bool
	}{
		{"v=DKIM1; v=DKIM1", `duplicate tag "v"`, false},
		{"v=DKIM1; 1k=rsa", "must start with a letter", false},
		{"v=DKIM1; k rsa", `expected "=", found 'r'`, false},
		{"v=DKIM1; k", `expected "=", found end of tag`, false},
		{"v=DKIM1;; p=", "empty tag-spec", true},
		{"v=DKIM1; n=caf\xc3\xa9", "not allowed in a value", false},
	} {
		_, errs := ParseTagList(tc.in)
		if len(errs) == 0 || !strings.Contains(errs[0].Msg, tc.want) || errs[0].Lenient != tc.lenient {
			t.Errorf("ParseTagList(%q) = %v, want %q lenient=%v", tc.in, errs, tc.want, tc.lenient)
		}
	}
	if _, errs := ParseTagList(strings.Repeat("a", MaxTagListSize+1)); len(errs) != 1 {
		t.Errorf("oversize list: %v", errs)
	}
}

func TestParse(t *testing.T) {
	t.Parallel()
	k2048 := key(t, "rsa2048.spki")
	ed := edKey(t)
	tests := []struct {
		name, rec string
		bits      int
		typ       string
		err       string
	}{
		{"google style", "v=DKIM1; k=rsa; p=" + k2048, 2048, KeyRSA, ""},
		{"no version, no k", "p=" + k2048, 2048, KeyRSA, ""},
		{"4096", "v=DKIM1; p=" + key(t, "rsa4096.spki"), 4096, KeyRSA, ""},
		{"split with spaces", "v=DKIM1; k=rsa; p=" + k2048[:100] + " " + k2048[100:], 2048, KeyRSA, ""},
		{"pkcs1", "v=DKIM1; p=" + key(t, "rsa2048.pkcs1"), 2048, KeyRSA, ""},
		{"ed25519", "v=DKIM1; k=ed25519; p=" + ed, 256, KeyEd25519, ""},
		{"512", "v=DKIM1; p=" + key(t, "rsa512.spki"), 512, KeyRSA, ""},
		{"version not first", "k=rsa; v=DKIM1; p=" + k2048, 0, "", "v= must be the first tag"},
		{"version wrong", "v=DKIM2; p=" + k2048, 0, "", `must be exactly "DKIM1"`},
		{"version lower", "v=dkim1; p=" + k2048, 0, "", `must be exactly "DKIM1"`},
		{"no p", "v=DKIM1; k=rsa", 0, "", "p= tag (public key) is required"},
		{"dsa", "v=DKIM1; k=dsa; p=" + k2048, 0, "", `unsupported key type "dsa"`},
		{"bad base64", "v=DKIM1; p=MIIB!!!", 0, "", "not valid base64"},
		{"garbage der", "v=DKIM1; p=" + base64.StdEncoding.EncodeToString([]byte("hello world, not a key")), 0, "", "not a DER SubjectPublicKeyInfo"},
		{"ed25519 as rsa", "v=DKIM1; p=" + ed, 0, "", "add k=ed25519"},
		{"ed25519 der", "v=DKIM1; k=ed25519; p=" + k2048, 0, "", "raw 32-octet key"},
		{"service excludes email", "v=DKIM1; s=other; p=" + k2048, 0, "", "exclude email"},
		{"duplicate p", "v=DKIM1; p=" + k2048 + "; p=", 0, "", "duplicate tag"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := Parse(tc.rec)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if rec.Bits != tc.bits || rec.KeyType != tc.typ {
				t.Errorf("bits %d type %s, want %d %s", rec.Bits, rec.KeyType, tc.bits, tc.typ)
			}
		})
	}
	rec, err := Parse("v=DKIM1; h=sha1:sha256; t=y:s; s=email; n=hello; x=1; p=")
	if err != nil || !rec.Revoked || !rec.Testing() || !rec.Strict() || len(rec.Hashes) != 2 || rec.Notes != "hello" || len(rec.Unknown) != 1 {
		t.Errorf("rec %+v err %v", rec, err)
	}
}

func start(t *testing.T, zone ...string) (*testdns.Server, *resolver.Resolver) {
	t.Helper()
	srv := testdns.Start(t, zone...)
	r := resolver.New(srv.Addr)
	r.Timeout = 2 * time.Second
	return srv, r
}

func find(t *testing.T, fs []finding.Finding, id string, st finding.Status, substr string) finding.Finding {
	t.Helper()
	for _, f := range fs {
		if f.ID == id && f.Status == st && strings.Contains(f.Summary+"\n"+f.Detail, substr) {
			if f.Target.Domain == "" || f.Target.Host == "" {
				t.Errorf("%s: target %+v", id, f.Target)
			}
			if st != finding.Pass && len(f.Remediation) == 0 && st != finding.Info {
				t.Errorf("%s: no remediation", id)
			}
			return f
		}
	}
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %s %s: %s | %s\n", f.Status, f.ID, f.Summary, f.Detail)
	}
	t.Fatalf("no %s/%s containing %q in\n%s", id, st, substr, b.String())
	return finding.Finding{}
}

func TestCheck(t *testing.T) {
	t.Parallel()
	srv, r := start(t,
		txtRR("google._domainkey.example.test.", "v=DKIM1; k=rsa; p="+key(t, "rsa2048.spki")),
		txtRR("weak._domainkey.example.test.", "v=DKIM1; k=rsa; p="+key(t, "rsa1024.spki")),
		txtRR("tiny._domainkey.example.test.", "v=DKIM1; k=rsa; p="+key(t, "rsa512.spki")),
		txtRR("ed._domainkey.example.test.", "v=DKIM1; k=ed25519; p="+edKey(t)),
		txtRR("test._domainkey.example.test.", "v=DKIM1; t=y; h=sha1; p="+key(t, "rsa2048.spki")),
		txtRR("pk1._domainkey.example.test.", "p="+key(t, "rsa2048.pkcs1")),
		"old._domainkey.example.test. 300 IN TXT \"v=DKIM1; k=rsa; p=\"",
		"bad._domainkey.example.test. 300 IN TXT \"k=rsa; v=DKIM1; p=AAAA\"",
		"two._domainkey.example.test. 300 IN TXT \"v=DKIM1; p=\"",
		"two._domainkey.example.test. 300 IN TXT \"v=DKIM1; k=ed25519; p=\"",
		"empty._domainkey.example.test. 300 IN A 192.0.2.1",
		"s1._domainkey.example.test. 300 IN CNAME s1.domainkey.u123.wl.provider.test.",
		txtRR("s1.domainkey.u123.wl.provider.test.", "v=DKIM1; k=rsa; p="+key(t, "rsa2048.spki")),
		"sf._domainkey.example.test. 300 IN TXT \"v=DKIM1; p=\"",
	)
	srv.ServFail("sf._domainkey.example.test")
	fs := Check(context.Background(), r, "example.test", []string{"google", "weak", "tiny", "ed", "test", "pk1", "old", "bad", "two", "empty", "nx", "s1", "sf"})
	f := find(t, fs, "dkim.key", finding.Pass, `"google" of example.test: RSA key of 2048 bits`)
	if len(f.Evidence) == 0 || !strings.Contains(f.Evidence[0], "google._domainkey.example.test.") {
		t.Errorf("evidence %q", f.Evidence)
	}
	find(t, fs, "dkim.key", finding.Warn, `"weak" of example.test: RSA key of 1024 bits`)
	find(t, fs, "dkim.key", finding.Fail, `"tiny" of example.test: RSA key of 512 bits`)
	find(t, fs, "dkim.key", finding.Pass, `"ed" of example.test: Ed25519`)
	find(t, fs, "dkim.testing", finding.Warn, `"test"`)
	find(t, fs, "dkim.hash", finding.Warn, "only SHA-1")
	find(t, fs, "dkim.key-format", finding.Warn, `"pk1"`)
	find(t, fs, "dkim.version", finding.Info, `"pk1"`)
	find(t, fs, "dkim.revoked", finding.Fail, `"old"`)
	find(t, fs, "dkim.invalid", finding.Fail, "v= must be the first tag")
	find(t, fs, "dkim.multiple", finding.Fail, `"two"`)
	find(t, fs, "dkim.missing", finding.Fail, `"empty"`)
	f = find(t, fs, "dkim.missing", finding.Fail, "NXDOMAIN")
	if len(f.Evidence) != 1 || f.Evidence[0] != "nx._domainkey.example.test TXT: NXDOMAIN" {
		t.Errorf("evidence %q", f.Evidence)
	}
	find(t, fs, "dkim.cname", finding.Info, "s1.domainkey.u123.wl.provider.test")
	find(t, fs, "dkim.key", finding.Pass, `"s1"`)
	f = find(t, fs, "dkim.dns-error", finding.Fail, "SERVFAIL")
	if f.Target.Host != "sf._domainkey.example.test" {
		t.Errorf("target %+v", f.Target)
	}
	for _, f := range fs {
		if f.ID == "dkim.missing" && strings.Contains(f.Summary, `"sf"`) {
			t.Error("SERVFAIL reported as missing")
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("v=DKIM1; k=rsa; p=" + key(f, "rsa1024.spki"))
	f.Add("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=")
	f.Add("v=DKIM1; h=sha1:sha256; t=y:s; s=email; n=x;; p=")
	f.Fuzz(func(t *testing.T, s string) {
		rec, err := Parse(s)
		if err == nil && rec == nil {
			t.Fatal("nil record without error")
		}
		if err == nil && !rec.Revoked && rec.PublicKey == nil {
			t.Fatal("valid record without key")
		}
	})
}

func BenchmarkParse(b *testing.B) {
	rec := "v=DKIM1; k=rsa; p=" + key(b, "rsa2048.spki")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(rec); err != nil {
			b.Fatal(err)
		}
	}
}
