package arc

import (
	"context"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

const msg = "From: Ann <ann@shop.example>\r\n" +
	"To: list@lists.test\r\n" +
	"Subject: Meeting notes\r\n" +
	"Date: Tue, 3 Dec 2024 10:00:00 +0000\r\n" +
	"Message-ID: <notes.1@shop.example>\r\n" +
	"\r\n" +
	"Notes  of the meeting.\t \r\n\r\n"

type keys struct {
	rsa *rsa.PrivateKey
	ed  ed25519.PrivateKey
}

func newKeys(t *testing.T) keys {
	t.Helper()
	rk, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	_, ek, _ := ed25519.GenerateKey(rand.Reader)
	return keys{rk, ek}
}

// fn serves the keys: sel1 at lists.test (RSA), sel2 at fwd.test (Ed25519).
func (k keys) fn() KeyFunc {
	return func(_ context.Context, selector, domain string) (crypto.PublicKey, error) {
		switch selector + "." + domain {
		case "sel1.lists.test":
			return &k.rsa.PublicKey, nil
		case "sel2.fwd.test":
			return k.ed.Public(), nil
		}
		return nil, errors.New("no key")
	}
}

func seal(t *testing.T, m string, o SignOptions) string {
	t.Helper()
	set, err := Sign([]byte(m), o)
	if err != nil {
		t.Fatal(err)
	}
	return set + m
}

func (k keys) list() SignOptions {
	return SignOptions{Domain: "lists.test", Selector: "sel1", Signer: k.rsa, AuthServID: "mx.lists.test", Results: "dkim=pass header.d=shop.example; spf=pass smtp.mailfrom=shop.example; dmarc=pass header.from=shop.example"}
}

func (k keys) fwd() SignOptions {
	return SignOptions{Domain: "fwd.test", Selector: "sel2", Signer: k.ed, AuthServID: "mx.fwd.test", Results: "arc=pass", ChainValidation: Pass}
}

func TestValidateChain(t *testing.T) {
	k := newKeys(t)
	ctx := context.Background()
	// A list adds a footer, then seals; a forwarder seals again.
	one := seal(t, msg+"-- \r\nlists.test: to leave, write to leave@lists.test\r\n", k.list())
	two := seal(t, one, k.fwd())
	for name, m := range map[string]string{"one set": one, "two sets": two} {
		r := Validate(ctx, []byte(m), k.fn())
		if r.Result != Pass {
			t.Fatalf("%s: %s (%s) %+v", name, r.Result, r.Reason, r.Sets)
		}
		for _, s := range r.Sets {
			if s.Seal != Pass || s.AMS != Pass {
				t.Fatalf("%s: %+v", name, s)
			}
		}
	}
	r := Validate(ctx, []byte(two), k.fn())
	if len(r.Sets) != 2 || r.Sets[0].CV != None || r.Sets[1].CV != Pass || r.Sets[0].AuthServID != "mx.lists.test" || r.Sets[1].Domain != "fwd.test" {
		t.Fatalf("%+v", r.Sets)
	}

	// The body changed after the newest set: its AMS fails, the chain fails.
	r = Validate(ctx, []byte(two+"appended later\r\n"), k.fn())
	if r.Result != Fail || r.Sets[1].AMS != Fail || !strings.Contains(r.Reason, "body hash") {
		t.Fatalf("%s %s %+v", r.Result, r.Reason, r.Sets)
	}
	// The body changed between the sets: the older AMS fails (information
	// only), the chain still passes: that is what ARC is for.
	mid := seal(t, one+"a footer of the forwarder\r\n", k.fwd())
	r = Validate(ctx, []byte(mid), k.fn())
	if r.Result != Pass || r.Sets[0].AMS != Fail || r.Sets[1].AMS != Pass {
		t.Fatalf("%s %s %+v", r.Result, r.Reason, r.Sets)
	}
	// A sealed field changed: the seals over it fail.
	tampered := strings.Replace(two, "spf=pass smtp.mailfrom=shop.example", "spf=fail smtp.mailfrom=shop.example", 1)
	r = Validate(ctx, []byte(tampered), k.fn())
	if r.Result != Fail || r.Sets[1].Seal != Fail || !strings.Contains(r.Reason, "ARC-Seal i=2") {
		t.Fatalf("%s %s %+v", r.Result, r.Reason, r.Sets)
	}
	// A signed header changed.
	r = Validate(ctx, []byte(strings.Replace(two, "Subject: Meeting notes", "Subject: [list] Meeting notes", 1)), k.fn())
	if r.Result != Fail || !strings.Contains(r.Reason, "signature did not verify") {
		t.Fatalf("%s %s", r.Result, r.Reason)
	}
	// Headers only: the body hash cannot be checked, the rest can.
	head := two[:strings.Index(two, "\r\n\r\n")+4]
	if r := Validate(ctx, []byte(head), k.fn()); r.Result != Fail {
		t.Fatalf("headers only validated with the body: %s", r.Result)
	}
	if r := ValidateHeader(ctx, []byte(head), k.fn()); r.Result != Pass || !r.BodyUnchecked || !strings.Contains(r.Reason, "body hash was not checked") {
		t.Fatalf("%s %s", r.Result, r.Reason)
	}
	if r := ValidateHeader(ctx, []byte(strings.Replace(head, "Subject: Meeting notes", "Subject: [list] Meeting notes", 1)), k.fn()); r.Result != Fail {
		t.Fatalf("changed header, headers only: %s", r.Result)
	}
	// No ARC.
	if r := Validate(ctx, []byte(msg), k.fn()); r.Result != None {
		t.Fatal(r.Result)
	}
	// The key is gone.
	if r := Validate(ctx, []byte(one), func(context.Context, string, string) (crypto.PublicKey, error) { return nil, errors.New("no key") }); r.Result != Fail || r.Sets[0].AMS != "permerror" {
		t.Fatalf("%s %+v", r.Reason, r.Sets)
	}
}

func TestValidateStructure(t *testing.T) {
	k := newKeys(t)
	ctx := context.Background()
	one := seal(t, msg, k.list())
	two := seal(t, one, k.fwd())
	failed := k.fwd()
	failed.ChainValidation = Fail
	for _, c := range []struct{ name, msg, reason string }{
		{"newest cv=fail", seal(t, one, failed), "says cv=fail"},
		{"missing AMS", dropLine(two, "ARC-Message-Signature: i=2"), "instance 2 has 1 ARC-Seal, 0 ARC-Message-Signature"},
		{"gap", strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(two, "ARC-Seal: i=2;", "ARC-Seal: i=3;"), "ARC-Message-Signature: i=2;", "ARC-Message-Signature: i=3;"), "ARC-Authentication-Results: i=2;", "ARC-Authentication-Results: i=3;"), "instance 2 is missing"},
		{"first cv=pass", strings.Replace(one, "cv=none", "cv=pass", 1), "the first seal has cv=pass"},
		{"second cv=none", strings.Replace(two, "i=2; a=ed25519-sha256; cv=pass", "i=2; a=ed25519-sha256; cv=none", 1), "seal i=2 has cv=none"},
		{"bad instance", strings.Replace(one, "ARC-Seal: i=1;", "ARC-Seal: i=51;", 1), "instance \"51\""},
		{"duplicate seal", strings.SplitAfterN(one, "\r\n\tb=", 2)[0] + "x\r\n" + one, "2 ARC-Seal"},
	} {
		r := Validate(ctx, []byte(c.msg), k.fn())
		if r.Result != Fail || !strings.Contains(r.Reason, c.reason) {
			t.Errorf("%s: %s: %s", c.name, r.Result, r.Reason)
		}
	}
}

func dropLine(m, prefix string) string {
	var out []string
	skip := false
	for _, l := range strings.SplitAfter(m, "\r\n") {
		if strings.HasPrefix(l, prefix) {
			skip = true
			continue
		}
		if skip && (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")) {
			continue
		}
		skip = false
		out = append(out, l)
	}
	return strings.Join(out, "")
}

// Keys served by a loopback DNS server through ResolverKeys; a SERVFAIL
// makes the failure temporary.
func TestResolverKeys(t *testing.T) {
	k := newKeys(t)
	der, _ := x509.MarshalPKIXPublicKey(&k.rsa.PublicKey)
	p := base64.StdEncoding.EncodeToString(der)
	srv := testdns.Start(t, `sel1._domainkey.lists.test. 300 IN TXT "v=DKIM1; k=rsa; p=`+p[:200]+`" "`+p[200:]+`"`)
	r := resolver.New(srv.Addr)
	one := seal(t, msg, k.list())
	if res := Validate(context.Background(), []byte(one), ResolverKeys(r)); res.Result != Pass {
		t.Fatalf("%s %s", res.Result, res.Reason)
	}
	srv.ServFail("sel1._domainkey.lists.test.")
	res := Validate(context.Background(), []byte(one), ResolverKeys(resolver.New(srv.Addr)))
	if res.Result != Fail || !res.Temporary || res.Sets[0].AMS != "temperror" {
		t.Fatalf("%s %s %+v", res.Result, res.Reason, res.Sets)
	}
}

func FuzzValidate(f *testing.F) {
	f.Add([]byte(msg))
	f.Add([]byte("ARC-Seal: i=1; cv=none; a=rsa-sha256; d=x.test; s=s; b=AAAA\r\nARC-Message-Signature: i=1; h=from; bh=; b=\r\nARC-Authentication-Results: i=1; x.test; none\r\n\r\nbody\r\n"))
	f.Add([]byte("ARC-Seal: i=x\r\n ; ;=\r\n\r\n"))
	none := func(context.Context, string, string) (crypto.PublicKey, error) { return nil, errors.New("no key") }
	f.Fuzz(func(t *testing.T, b []byte) {
		r := Validate(context.Background(), b, none)
		if r.Result != None && r.Result != Fail {
			t.Fatalf("validated without keys: %s", r.Result)
		}
	})
}
