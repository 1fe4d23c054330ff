package resolver_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

func TestLookups(t *testing.T) {
	t.Parallel()
	srv := testdns.Start(t,
		"example.test. 300 IN MX 20 mx2.example.test.",
		"example.test. 300 IN MX 10 mx1.example.test.",
		"mx1.example.test. 300 IN A 127.0.0.1",
		"mx1.example.test. 300 IN AAAA ::1",
		"alias.example.test. 300 IN CNAME mx1.example.test.",
		"example.test. 300 IN TXT \"v=spf1 \" \"-all\"",
		"_25._tcp.mx1.example.test. 300 IN TLSA 3 1 1 0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20",
	)
	srv.Sign("example.test")
	r := resolver.New(srv.Addr)
	ctx := context.Background()

	mxs, ans, err := r.MX(ctx, "example.test")
	if err != nil {
		t.Fatal(err)
	}
	if len(mxs) != 2 || mxs[0].Mx != "mx1.example.test." || mxs[1].Preference != 20 {
		t.Fatalf("MX not sorted by preference: %v", mxs)
	}
	if !ans.Authenticated {
		t.Error("AD bit not reported for a signed name")
	}

	ips, err := r.IPs(ctx, "mx1.example.test", true, true)
	if err != nil || len(ips) != 2 {
		t.Fatalf("IPs: %v %v", ips, err)
	}
	a, err := r.Query(ctx, "alias.example.test", dns.TypeA)
	if err != nil || len(a.CNAMEs) != 1 || len(a.Records) != 1 || a.Authenticated {
		t.Fatalf("CNAME chain: %+v %v", a, err)
	}
	txt, _, err := r.TXT(ctx, "example.test")
	if err != nil || len(txt) != 1 || len(txt[0]) != 2 {
		t.Fatalf("TXT strings must stay unjoined: %q %v", txt, err)
	}
	tlsa, _, err := r.TLSA(ctx, "mx1.example.test", 25, "tcp")
	if err != nil || len(tlsa) != 1 || tlsa[0].Usage != 3 {
		t.Fatalf("TLSA: %v %v", tlsa, err)
	}
}

func TestFailureKinds(t *testing.T) {
	t.Parallel()
	srv := testdns.Start(t, "example.test. 300 IN A 127.0.0.1", "broken.test. 300 IN A 127.0.0.1", "slow.test. 300 IN A 127.0.0.1")
	srv.ServFail("broken.test")
	srv.Drop("slow.test")
	r := resolver.New(srv.Addr)
	r.Timeout = 300 * time.Millisecond
	ctx := context.Background()

	// NODATA: the name exists, no MX: no error, no records.
	mxs, _, err := r.MX(ctx, "example.test")
	if err != nil || len(mxs) != 0 {
		t.Fatalf("NODATA: %v %v", mxs, err)
	}
	_, _, err = r.MX(ctx, "nope.example.test")
	if !resolver.IsNXDomain(err) {
		t.Fatalf("want NXDOMAIN, got %v", err)
	}
	if resolver.IsNoAnswer(err) {
		t.Errorf("NXDOMAIN is an answer: %v", err)
	}
	for name, kind := range map[string]resolver.Kind{"broken.test": resolver.ServFail, "slow.test": resolver.Timeout} {
		_, _, err = r.MX(ctx, name)
		e, ok := err.(*resolver.Error)
		if !ok || e.Kind != kind {
			t.Errorf("%s: want %s, got %v", name, kind, err)
		}
		if resolver.IsNoAnswer(err) != (kind == resolver.Timeout) {
			t.Errorf("%s: IsNoAnswer %v for %v", name, resolver.IsNoAnswer(err), err)
		}
	}

	// A refused port and a server that drops every query: no answer at all.
	for _, srv := range []string{testdns.Refused(t), testdns.Silent(t)} {
		dead := resolver.New(srv)
		dead.Timeout = 300 * time.Millisecond
		_, _, err = dead.MX(ctx, "example.test")
		if !resolver.IsNoAnswer(err) {
			t.Errorf("%s: IsNoAnswer false for %v", srv, err)
		}
	}
}

func TestTruncatedRetriesOverTCP(t *testing.T) {
	t.Parallel()
	srv := testdns.Start(t, "big.test. 300 IN MX 10 mx.big.test.")
	srv.Truncate("big.test")
	mxs, _, err := resolver.New(srv.Addr).MX(context.Background(), "big.test")
	if err != nil || len(mxs) != 1 {
		t.Fatalf("TCP retry: %v %v", mxs, err)
	}
}

func TestCacheSharesQueries(t *testing.T) {
	t.Parallel()
	srv := testdns.Start(t, "c.test. 300 IN TXT \"x\"")
	r := resolver.New(srv.Addr).EnableCache()
	for i := 0; i < 5; i++ {
		if _, _, err := r.TXT(context.Background(), "c.test"); err != nil {
			t.Fatal(err)
		}
	}
	if n := srv.Queries("c.test", "TXT"); n != 1 {
		t.Fatalf("cache: %d queries, want 1", n)
	}
}

func TestParseServer(t *testing.T) {
	for in, want := range map[string]string{"127.0.0.1": "127.0.0.1:53", "127.0.0.1:5353": "127.0.0.1:5353", "::1": "[::1]:53", "[::1]:53": "[::1]:53"} {
		got, err := resolver.ParseServer(in)
		if err != nil || got != want {
			t.Errorf("ParseServer(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"dns.example", "", "1.2.3.4:"} {
		if _, err := resolver.ParseServer(bad); err == nil {
			t.Errorf("ParseServer(%q) accepted", bad)
		}
	}
}

func TestAnswerEvidence(t *testing.T) {
	t.Parallel()
	srv := testdns.Start(t,
		"example.test. 300 IN TXT \"v=spf1 \" \"-all\"",
		"example.test. 300 IN A 127.0.0.1",
		"broken.test. 300 IN TXT \"x\"",
	)
	srv.ServFail("broken.test")
	r := resolver.New(srv.Addr)
	ctx := context.Background()
	for _, c := range []struct{ name, want string }{
		{"example.test", `example.test. 300 IN TXT "v=spf1 " "-all"`},
		{"absent.example.test", "absent.example.test TXT: NXDOMAIN"},
		{"nodata.test", "nodata.test TXT: NXDOMAIN"},
	} {
		_, ans, _ := r.TXT(ctx, c.name)
		ev := ans.Evidence(c.name)
		if len(ev) != 1 || ev[0] != c.want {
			t.Errorf("%s: evidence %q, want %q", c.name, ev, c.want)
		}
	}
	// NODATA: the name exists (it has an A record) but has no MX.
	_, ans, err := r.MX(ctx, "example.test")
	if err != nil {
		t.Fatal(err)
	}
	if ev := ans.Evidence("example.test"); len(ev) != 1 || ev[0] != "example.test MX: no records" {
		t.Errorf("NODATA evidence %q", ev)
	}
	// No answer at all (SERVFAIL): nothing to show.
	_, ans, err = r.TXT(ctx, "broken.test")
	if err == nil {
		t.Fatal("SERVFAIL not reported")
	}
	if ev := ans.Evidence("broken.test"); ev != nil {
		t.Errorf("evidence without an answer: %q", ev)
	}
}

// FromResolvConf reads the nameserver lines (a link-local zone dropped,
// other lines ignored); a file without one, or no file, is a *ConfError.
func TestFromResolvConf(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	r, err := resolver.FromResolvConf(write("ok.conf", "# comment\nsearch example.test\nnameserver 192.0.2.53\nnameserver fe80::1%eth0\nnameserver not-an-ip\n"))
	if err != nil || strings.Join(r.Servers, " ") != "192.0.2.53:53 [fe80::1]:53" {
		t.Fatalf("servers %v, %v", r, err)
	}
	var ce *resolver.ConfError
	_, err = resolver.FromResolvConf(write("none.conf", "search example.test\n"))
	if !errors.As(err, &ce) || ce.Err != nil || !strings.Contains(err.Error(), "no nameserver in ") {
		t.Errorf("no nameserver: %v", err)
	}
	_, err = resolver.FromResolvConf(filepath.Join(dir, "missing.conf"))
	if !errors.As(err, &ce) || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}
