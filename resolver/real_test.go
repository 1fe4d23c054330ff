package resolver_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

// Answers recorded from Unbound 1.17.1 (validating, trust anchor for
// example.test) and NSD 4.6.1 (authoritative), replayed as received:
// testdata/real/dns/README.md.
const realDNS = "../testdata/real/dns/"

func replay(t *testing.T, set string) *resolver.Resolver {
	t.Helper()
	srv := testdns.Start(t)
	if n := srv.LoadReplay(t, realDNS+set); n < 20 {
		t.Fatalf("only %d recordings in %s", n, set)
	}
	r := resolver.New(srv.Addr)
	r.Timeout = 2 * time.Second
	return r
}

func TestRealUnbound(t *testing.T) {
	t.Parallel()
	r := replay(t, "unbound")
	ctx := context.Background()

	// A validated answer: AD bit; the RRSIG is not evidence.
	mxs, ans, err := r.MX(ctx, "example.test")
	if err != nil || len(mxs) != 1 || !ans.Authenticated || !ans.Signed() || ans.FromAuthoritative() {
		t.Fatalf("example.test MX: %v %+v %v", mxs, ans, err)
	}
	for _, l := range ans.Strings() {
		if strings.Contains(l, "RRSIG") {
			t.Errorf("RRSIG in evidence: %q", l)
		}
	}
	if !strings.Contains(ans.DNSSEC(), "validated") {
		t.Errorf("DNSSEC(): %q", ans.DNSSEC())
	}

	// Unbound answers 5.5 KB over UDP truncated (TC, no records, AD set);
	// the retry over TCP gets all 45 records.
	txt, ans, err := r.TXT(ctx, "big.example.test")
	if err != nil || len(txt) != 45 || ans.Msg.Truncated || !ans.Authenticated {
		t.Fatalf("big TXT after TC: %d records, %v", len(txt), err)
	}

	// A long SPF record in three strings, unjoined.
	txt, _, err = r.TXT(ctx, "example.test")
	if err != nil || len(txt) != 1 || len(txt[0]) != 3 || !strings.HasPrefix(strings.Join(txt[0], ""), "v=spf1 ip4:192.0.2.1 ") || !strings.HasSuffix(txt[0][2], "-all") {
		t.Fatalf("split SPF: %q %v", txt, err)
	}

	// A CNAME'd DKIM selector: the chain is followed, the TXT keeps its
	// two strings.
	a, err := r.Query(ctx, "s2._domainkey.example.test", dns.TypeTXT)
	if err != nil || len(a.CNAMEs) != 1 || a.CNAMEs[0] != "s2.dkim.example.test." || len(a.Records) != 1 || len(a.Records[0].(*dns.TXT).Txt) != 2 {
		t.Fatalf("CNAME'd selector: %+v %v", a, err)
	}

	// A signed NXDOMAIN carries the AD bit and NSEC proofs; NODATA is
	// no error and no records.
	_, err = r.Query(ctx, "nx.example.test", dns.TypeMX)
	if !resolver.IsNXDomain(err) {
		t.Fatalf("nx.example.test: %v", err)
	}
	a, err = r.Query(ctx, "example.test", dns.TypeAAAA)
	if err != nil || len(a.Records) != 0 || !a.Authenticated || !a.Signed() {
		t.Fatalf("NODATA: %+v %v", a, err)
	}

	// The bogus subzone: SERVFAIL with EDE 6, a validation failure, not
	// a missing record.
	_, err = r.Query(ctx, "bogus.example.test", dns.TypeTXT)
	var re *resolver.Error
	if !asErr(err, &re) || re.Kind != resolver.ServFail || !re.Validation || !resolver.IsValidationFailure(err) {
		t.Fatalf("bogus TXT: %v", err)
	}
	if len(re.EDE) != 1 || re.EDE[0].Code != 6 || re.EDE[0].Name != "DNSSEC Bogus" || !strings.Contains(re.EDE[0].Text, "signature crypto failed") {
		t.Errorf("EDE: %+v", re.EDE)
	}
	if !strings.Contains(err.Error(), "could not validate the DNSSEC signatures") || !strings.Contains(err.Error(), "EDE 6 DNSSEC Bogus") {
		t.Errorf("message: %v", err)
	}
	_, err = r.Query(ctx, "expired.example.test", dns.TypeMX)
	if !asErr(err, &re) || !re.Validation || len(re.EDE) == 0 || re.EDE[0].Code != 7 {
		t.Fatalf("expired MX: %v", err)
	}

	// plain.test (domain-insecure): no AD, no RRSIG.
	_, ans, err = r.MX(ctx, "plain.test")
	if err != nil || ans.Authenticated || ans.Signed() || !strings.Contains(ans.DNSSEC(), "not signed") {
		t.Fatalf("plain.test: %+v %v", ans, err)
	}
}

// Unbound with "ede: no", as older Unbound and most resolvers: a bare
// SERVFAIL. The retry with checking disabled (CD) finds the records, so
// the failure is still told as a validation failure, with what the zone
// serves as evidence.
func TestRealUnboundWithoutEDE(t *testing.T) {
	t.Parallel()
	r := replay(t, "unbound-noede")
	_, err := r.Query(context.Background(), "bogus.example.test", dns.TypeTXT)
	var re *resolver.Error
	if !asErr(err, &re) || re.Kind != resolver.ServFail || len(re.EDE) != 0 || !re.Validation {
		t.Fatalf("bogus TXT without EDE: %v", err)
	}
	if len(re.Unchecked) == 0 || !strings.Contains(strings.Join(re.Unchecked, "\n"), `"v=spf1 +all"`) {
		t.Errorf("unchecked answer: %q", re.Unchecked)
	}
}

// A SERVFAIL that stays a SERVFAIL with CD (an unreachable zone) is not a
// validation failure.
func TestServFailNotValidation(t *testing.T) {
	t.Parallel()
	srv := testdns.Start(t, "lame.test. 300 IN A 127.0.0.1")
	srv.ServFail("lame.test")
	_, err := resolver.New(srv.Addr).Query(context.Background(), "lame.test", dns.TypeA)
	var re *resolver.Error
	if !asErr(err, &re) || re.Kind != resolver.ServFail || re.Validation || strings.Contains(err.Error(), "validate") {
		t.Fatalf("plain SERVFAIL: %v", err)
	}
	if srv.Queries("lame.test", "A") != 2 {
		t.Errorf("want the query and its CD retry, got %d queries", srv.Queries("lame.test", "A"))
	}
}

// NSD asked directly: AA set, RA clear, RRSIGs but never AD; a name
// outside its zones is REFUSED.
func TestRealNSDAuthoritative(t *testing.T) {
	t.Parallel()
	r := replay(t, "nsd")
	ctx := context.Background()
	_, ans, err := r.MX(ctx, "example.test")
	if err != nil || ans.Authenticated || !ans.Signed() || !ans.FromAuthoritative() {
		t.Fatalf("NSD example.test MX: %+v %v", ans, err)
	}
	if !strings.Contains(ans.DNSSEC(), "authoritative server") {
		t.Errorf("DNSSEC(): %q", ans.DNSSEC())
	}
	_, ans, err = r.MX(ctx, "plain.test")
	if err != nil || ans.Signed() || !ans.FromAuthoritative() || !strings.Contains(ans.DNSSEC(), "not signed") {
		t.Fatalf("NSD plain.test MX: %+v %v", ans, err)
	}
	// NSD serves the bogus zone as is: no validation, no SERVFAIL.
	txt, _, err := r.TXT(ctx, "bogus.example.test")
	if err != nil || len(txt) != 1 {
		t.Fatalf("NSD bogus TXT: %q %v", txt, err)
	}
	// NSD truncates at 1232 octets (its EDNS size) whatever the query
	// offers; the TCP retry gets everything.
	txt, _, err = r.TXT(ctx, "big.example.test")
	if err != nil || len(txt) != 45 {
		t.Fatalf("NSD big TXT: %d %v", len(txt), err)
	}
	_, err = r.Query(ctx, "1.0.0.127.in-addr.arpa", dns.TypePTR)
	var re *resolver.Error
	if !asErr(err, &re) || re.Kind != resolver.Refused {
		t.Fatalf("NSD outside its zones: %v", err)
	}
}

func asErr(err error, re **resolver.Error) bool {
	e, ok := err.(*resolver.Error)
	if ok {
		*re = e
	}
	return ok
}

// BenchmarkRealTruncated measures a lookup whose UDP answer is truncated
// (Unbound's real TC answer, then 5.5 KB over TCP), against the replay on
// loopback.
func BenchmarkRealTruncated(b *testing.B) {
	srv := testdns.Start(b)
	srv.LoadReplay(b, realDNS+"unbound")
	r := resolver.New(srv.Addr)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if txt, _, err := r.TXT(ctx, "big.example.test"); err != nil || len(txt) != 45 {
			b.Fatal(len(txt), err)
		}
	}
}

// BenchmarkRealValidationFailure measures telling a SERVFAIL apart without
// EDE: the query and its retry with checking disabled.
func BenchmarkRealValidationFailure(b *testing.B) {
	srv := testdns.Start(b)
	srv.LoadReplay(b, realDNS+"unbound-noede")
	r := resolver.New(srv.Addr)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Query(ctx, "bogus.example.test", dns.TypeTXT); !resolver.IsValidationFailure(err) {
			b.Fatal(err)
		}
	}
}
