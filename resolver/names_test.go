package resolver_test

import (
	"context"
	"strings"
	"testing"

	"github.com/miekg/dns"

	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

// Names with octets that miekg/dns writes escaped: the answer's owner name
// comes back as "macro%percent\ \ space..." and must still be recognised
// as the name asked for, however the caller spelled it.
func TestUnusualNames(t *testing.T) {
	t.Parallel()
	srv := testdns.Start(t,
		`macro%percent\032\032space.example.test. 300 IN A 192.0.2.1`,
		`semi\;colon.example.test. 300 IN TXT "ok"`,
		`UPPER.example.test. 300 IN A 192.0.2.2`,
	)
	r := resolver.New(srv.Addr)
	ctx := context.Background()
	for _, name := range []string{`macro%percent  space.example.test`, `macro%percent\ \ space.example.test.`, `macro%percent\032\032space.example.test`} {
		a, err := r.Query(ctx, name, dns.TypeA)
		if err != nil || len(a.Records) != 1 {
			t.Errorf("%q: %v records, err %v", name, a, err)
		}
	}
	if txts, _, err := r.TXT(ctx, `semi\;colon.example.test`); err != nil || len(txts) != 1 {
		t.Errorf("semi;colon: %v %v", txts, err)
	}
	if a, err := r.Query(ctx, "upper.EXAMPLE.test", dns.TypeA); err != nil || len(a.Records) != 1 {
		t.Errorf("case: %v %v", a, err)
	}
}

func TestCanonicalName(t *testing.T) {
	t.Parallel()
	same := [][2]string{
		{`a\ b.example.test.`, `a\032b.EXAMPLE.test`},
		{"a b.example.test", `a\ b.example.test`},
		{"Mail.Example.Test", "mail.example.test."},
	}
	for _, p := range same {
		if !resolver.SameName(p[0], p[1]) {
			t.Errorf("%q and %q: not the same name", p[0], p[1])
		}
	}
	if resolver.SameName("a.example.test", "b.example.test") {
		t.Error("different names compare equal")
	}
	for _, bad := range []string{
		strings.Repeat("a", 64) + ".example.test",
		"a..example.test",
		strings.Repeat("abcdefghi.", 26) + "test",
	} {
		if _, err := resolver.CanonicalName(bad); err == nil {
			t.Errorf("%q: accepted", bad)
		}
	}
}

// A name that cannot be put in a query is an error of its own kind, not a
// network failure (which callers would report as temporary), and nothing
// is sent.
func TestBadNameNotSent(t *testing.T) {
	t.Parallel()
	srv := testdns.Start(t)
	r := resolver.New(srv.Addr)
	long := strings.Repeat("a", 64) + ".example.test"
	_, err := r.Query(context.Background(), long, dns.TypeTXT)
	if !resolver.IsBadName(err) || resolver.IsNXDomain(err) {
		t.Fatalf("err = %v, want a BadName error", err)
	}
	if !strings.Contains(err.Error(), "not a valid DNS name") {
		t.Errorf("message %q", err)
	}
	if n := srv.Queries(long, "TXT"); n != 0 {
		t.Errorf("%d queries sent for an invalid name", n)
	}
}

// TXT strings reach callers as the octets on the wire, not in miekg/dns's
// presentation form.
func TestTXTRawOctets(t *testing.T) {
	t.Parallel()
	srv := testdns.Start(t, `raw.example.test. 300 IN TXT "caf\195\169" "q\"uote" "back\\slash" "cr\013"`)
	r := resolver.New(srv.Addr)
	txts, ans, err := r.TXT(context.Background(), "raw.example.test")
	if err != nil || len(txts) != 1 {
		t.Fatalf("%v %v", txts, err)
	}
	want := []string{"café", `q"uote`, `back\slash`, "cr\r"}
	for i, w := range want {
		if txts[0][i] != w {
			t.Errorf("string %d = %q, want %q", i, txts[0][i], w)
		}
	}
	// Evidence stays in presentation form: it is shown, not parsed.
	if ev := ans.Evidence("raw.example.test"); len(ev) != 1 || !strings.Contains(ev[0], `"caf\195\169"`) {
		t.Errorf("evidence %q", ev)
	}
}

func TestUnescape(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		`plain`: "plain", `\195\169`: "é", `\"`: `"`, `\\`: `\`, `a\;b`: "a;b", `\256`: "256", `end\`: `end\`, `\01`: "01",
	} {
		if got := resolver.Unescape(in); got != want {
			t.Errorf("Unescape(%q) = %q, want %q", in, got, want)
		}
	}
}
