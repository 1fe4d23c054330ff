package check

import (
	"context"
	"crypto/tls"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/check/checktest"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

// The lab of testdata/real/dns (Unbound 1.17.1 validating, NSD 4.6.1
// authoritative), replayed: every DNS answer below is one a real server
// gave, and the MX presents the certificate the TLSA record describes.
const realDNS = "../testdata/real/dns/"

func realCheck(t *testing.T, set, domain string) *Result {
	t.Helper()
	srv := testdns.Start(t)
	srv.LoadReplay(t, realDNS+set)
	cert, err := tls.LoadX509KeyPair(realDNS+"mx.example.test.crt", realDNS+"mx.example.test.key")
	if err != nil {
		t.Fatal(err)
	}
	port := checktest.StartSMTP(t, &cert)
	r := resolver.New(srv.Addr)
	r.Timeout = 2 * time.Second
	res, err := Run(context.Background(), Options{
		Resolver: r.EnableCache(), Timeout: 10 * time.Second, DKIMSelectors: []string{"s1", "s2"},
		PortMap: map[int]string{25: "127.0.0.1:" + strconv.Itoa(port), 443: ":1"}, HELO: "checker.example.test",
		SPFIP: net.ParseIP("127.0.0.1"),
		Now:   func() time.Time { return time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC) },
	}, domain)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func realFinding(t *testing.T, res *Result, id string, st finding.Status, summary string) finding.Finding {
	t.Helper()
	for _, f := range res.Findings {
		if f.ID == id && f.Status == st && strings.Contains(f.Summary, summary) {
			return f
		}
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, string(f.Status)+" "+f.ID+": "+f.Summary)
	}
	t.Fatalf("%s: no %s %s %q in\n%s", res.Domain, st, id, summary, strings.Join(got, "\n"))
	return finding.Finding{}
}

func noFinding(t *testing.T, res *Result, ids ...string) {
	t.Helper()
	for _, f := range res.Findings {
		for _, id := range ids {
			if f.ID == id {
				t.Errorf("%s: unexpected %s %s: %s", res.Domain, f.Status, f.ID, f.Summary)
			}
		}
	}
}

func TestRealUnboundSigned(t *testing.T) {
	t.Parallel()
	res := realCheck(t, "unbound", "example.test")
	realFinding(t, res, "dnssec.mx", finding.Pass, "DNSSEC-validated")
	realFinding(t, res, "dane.tlsa", finding.Pass, "DNSSEC-validated")
	realFinding(t, res, "dane.match", finding.Pass, "matches the TLSA records")
	realFinding(t, res, "dkim.cname", finding.Info, "s2.dkim.example.test")
	// Self-signed, but authenticated by a DNSSEC-validated 3 1 1 record:
	// what posttls-finger calls "Verified" for a DANE sender.
	realFinding(t, res, "tls.cert.untrusted", finding.Info, "DANE senders authenticate this server by its DNSSEC-validated TLSA record")
	realFinding(t, res, "spf.record", finding.Pass, "one SPF record")
	// The record comes in three strings; 127.0.0.0/8 is in the third.
	f := realFinding(t, res, "spf.eval", finding.Pass, "SPF pass: 127.0.0.1")
	if !strings.Contains(f.Detail, "ip4:127.0.0.0/8") {
		t.Errorf("spf.eval detail: %q", f.Detail)
	}
	realFinding(t, res, "dmarc.policy", finding.Pass, "reject")
	for _, f := range res.Findings {
		if f.Status == finding.Fail && !strings.HasPrefix(f.ID, "mtasts.policy") {
			t.Errorf("unexpected failure %s: %s", f.ID, f.Summary)
		}
		for _, e := range f.Evidence {
			if strings.Contains(e, " RRSIG ") {
				t.Errorf("%s: RRSIG in evidence: %s", f.ID, e)
			}
		}
	}
	if n := len(res.DNS["example.test. MX"]); n != 1 {
		t.Errorf("dns[example.test. MX]: %q", res.DNS["example.test. MX"])
	}
}

// A zone whose records were changed after signing: Unbound answers
// SERVFAIL with EDE 6 (DNSSEC Bogus) for them. That is a DNS failure the
// resolver could not validate, never a missing record.
func TestRealUnboundBogus(t *testing.T) {
	t.Parallel()
	res := realCheck(t, "unbound", "bogus.example.test")
	f := realFinding(t, res, "dns.error", finding.Fail, "could not validate the DNSSEC signatures of the A answer for mx.bogus.example.test")
	if !strings.Contains(strings.Join(f.Evidence, "\n"), "EDE 6 DNSSEC Bogus") {
		t.Errorf("evidence: %q", f.Evidence)
	}
	realFinding(t, res, "spf.dns-error", finding.Fail, "could not validate")
	noFinding(t, res, "spf.missing", "mx.no-address")
	// Its TLSA records validate: DANE is in force, TLS-RPT matters.
	realFinding(t, res, "tlsrpt.missing", finding.Warn, "no TLS-RPT record")

	// DKIM keys in the expired zone.
	res = realCheck(t, "unbound", "expired.example.test")
	dkim := 0
	for _, f := range res.Findings {
		if f.ID == "dkim.dns-error" {
			dkim++
			if !strings.Contains(f.Summary, "could not validate") || !strings.Contains(strings.Join(f.Remediation, " "), "DNSSEC signatures") {
				t.Errorf("dkim.dns-error: %s %q", f.Summary, f.Remediation)
			}
		}
	}
	if dkim != 2 {
		t.Errorf("%d dkim.dns-error findings for selectors s1 and s2", dkim)
	}

	res = realCheck(t, "unbound", "expired.example.test")
	f = realFinding(t, res, "dns.error", finding.Fail, "could not validate the DNSSEC signatures of the MX answer")
	if !strings.Contains(strings.Join(f.Evidence, "\n"), "EDE 7 Signature Expired") {
		t.Errorf("evidence: %q", f.Evidence)
	}
	for _, id := range []string{"dmarc.dns-error", "tlsrpt.dns-error", "mtasts.dns-error", "spf.dns-error"} {
		f := realFinding(t, res, id, finding.Fail, "could not validate")
		if len(f.Remediation) != 1 || !strings.Contains(f.Remediation[0], "Fix the DNSSEC signatures of the zone of ") {
			t.Errorf("%s remediation: %q", id, f.Remediation)
		}
	}
	noFinding(t, res, "spf.missing", "dmarc.missing", "tlsrpt.missing", "mtasts.missing", "mx.none")
	f = realFinding(t, res, "mtasts.policy.unreachable", finding.Fail, "the address lookup of the policy host mta-sts.expired.example.test failed")
	if len(f.Remediation) != 1 || !strings.Contains(f.Remediation[0], "DNSSEC signatures") {
		t.Errorf("remediation: %q", f.Remediation)
	}
}

// Without EDE (ede: no) the CD retry still tells the validation failure,
// and shows what the zone serves.
func TestRealUnboundBogusWithoutEDE(t *testing.T) {
	t.Parallel()
	res := realCheck(t, "unbound-noede", "expired.example.test")
	f := realFinding(t, res, "dns.error", finding.Fail, "could not validate the DNSSEC signatures of the MX answer")
	if ev := strings.Join(f.Evidence, "\n"); !strings.Contains(ev, "checking disabled") || !strings.Contains(ev, "MX 10 mx.expired.example.test.") {
		t.Errorf("evidence: %q", f.Evidence)
	}
}

func TestRealUnboundUnsigned(t *testing.T) {
	t.Parallel()
	res := realCheck(t, "unbound", "plain.test")
	realFinding(t, res, "dnssec.mx", finding.Warn, "not DNSSEC-validated")
	realFinding(t, res, "dane.unsigned", finding.Warn, "not DNSSEC-validated")
	realFinding(t, res, "dane.match", finding.Pass, "matches")
	// Unsigned TLSA records authenticate nothing: the certificate
	// findings keep their status.
	realFinding(t, res, "tls.cert.untrusted", finding.Warn, "does not verify")
	realFinding(t, res, "tls.cert.name-mismatch", finding.Warn, "does not match mx.plain.test")

	res = realCheck(t, "unbound", "nullmx.example.test")
	realFinding(t, res, "mx.null", finding.Info, "null MX")
	res = realCheck(t, "unbound", "nx.example.test")
	realFinding(t, res, "dns.error", finding.Fail, "does not exist (NXDOMAIN)")
	res = realCheck(t, "unbound", "nomx.example.test")
	realFinding(t, res, "mx.none", finding.Warn, "implicit MX")
}

// NSD asked directly (--resolver at an authoritative server): it never
// sets AD, so a signed zone must not be called unvalidated-and-useless,
// and an unsigned one is known to be unsigned (no RRSIG despite DO).
func TestRealAuthoritativeServer(t *testing.T) {
	t.Parallel()
	res := realCheck(t, "nsd", "example.test")
	f := realFinding(t, res, "dnssec.mx", finding.Info, "authoritative server")
	if !strings.Contains(strings.Join(f.Evidence, "\n"), "AA set, RA clear") {
		t.Errorf("evidence: %q", f.Evidence)
	}
	realFinding(t, res, "dane.unsigned", finding.Info, "signed (RRSIG)")

	res = realCheck(t, "nsd", "plain.test")
	realFinding(t, res, "dnssec.mx", finding.Warn, "not DNSSEC-signed")
}

// BenchmarkRealCheck measures a whole DNS-side check (--skip-smtp) of
// example.test against Unbound's replayed answers, with a fresh cache each
// time: about 25 queries, TLSA, DKIM CNAME and SPF included.
func BenchmarkRealCheck(b *testing.B) {
	srv := testdns.Start(b)
	srv.LoadReplay(b, realDNS+"unbound")
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		r := resolver.New(srv.Addr).EnableCache()
		res, err := Run(ctx, Options{Resolver: r, SkipSMTP: true, PortMap: map[int]string{443: ":1"}, DKIMSelectors: []string{"s1", "s2"}, Timeout: 5 * time.Second}, "example.test")
		if err != nil || res.MX == nil || !res.MX.Authenticated {
			b.Fatal(err)
		}
	}
}

// A signed zone without a DS record at its parent (the most common DNSSEC
// mistake): Unbound returns its RRSIGs without the AD bit and proves the
// DS absent with a validated NODATA; check says so instead of "the
// resolver may not validate".
func TestRealUnboundMissingDS(t *testing.T) {
	t.Parallel()
	for _, set := range []string{"unbound", "unbound-noede"} {
		res := realCheck(t, set, "nods.example.test")
		f := realFinding(t, res, "dnssec.mx", finding.Warn, "the zone nods.example.test is signed but has no DS record at its parent")
		if ev := strings.Join(f.Evidence, "\n"); !strings.Contains(ev, "nods.example.test DS: no record, validated denial") || strings.Contains(ev, "does not validate DNSSEC") {
			t.Errorf("%s evidence: %q", set, f.Evidence)
		}
		realFinding(t, res, "dane.unsigned", finding.Warn, "has no DS record at its parent, so senders ignore them")
		// Insecure TLSA records are no TLS policy: TLS-RPT is advice only.
		realFinding(t, res, "tlsrpt.missing", finding.Info, "no TLS-RPT record")
	}
	// Asked of the authoritative server, the DS question is not asked:
	// nothing there validates.
	res := realCheck(t, "nsd", "nods.example.test")
	realFinding(t, res, "dnssec.mx", finding.Info, "authoritative server")
}
