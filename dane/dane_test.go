package dane

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testpki"
	"github.com/smtpgw/smtpgw/resolver"
)

func chainOf(t *testing.T, c tls.Certificate) []*x509.Certificate {
	t.Helper()
	var out []*x509.Certificate
	for _, der := range c.Certificate {
		x, err := x509.ParseCertificate(der)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, x)
	}
	return out
}

// rec builds a record for cert with miekg/dns's own implementation, an
// independent reference for ours.
func rec(t *testing.T, usage, sel, mt uint8, cert *x509.Certificate) Record {
	t.Helper()
	data, err := dns.CertificateToDANE(sel, mt, cert)
	if err != nil {
		t.Fatal(err)
	}
	return FromTLSA([]*dns.TLSA{{Usage: usage, Selector: sel, MatchingType: mt, Certificate: data}})[0]
}

func TestMatch(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	other := testpki.NewCA(t)
	chain := chainOf(t, ca.Leaf(t, "mx.example.test"))
	expired := chainOf(t, ca.Expired(t, "mx.example.test"))
	otherLeaf := chainOf(t, other.Leaf(t, "mx.example.test"))[0]
	leaf, caCert := chain[0], chain[1]
	names := MatchOptions{Names: []string{"mx.example.test"}}

	tests := []struct {
		name     string
		r        Record
		chain    []*x509.Certificate
		o        MatchOptions
		usable   bool
		matched  bool
		verified bool
		reason   string
	}{
		{"EE spki sha256", rec(t, 3, 1, 1, leaf), chain, names, true, true, true, ""},
		{"EE cert sha256", rec(t, 3, 0, 1, leaf), chain, names, true, true, true, ""},
		{"EE spki sha512", rec(t, 3, 1, 2, leaf), chain, names, true, true, true, ""},
		{"EE cert full", rec(t, 3, 0, 0, leaf), chain, names, true, true, true, ""},
		{"EE ignores expiry", rec(t, 3, 1, 1, expired[0]), expired, names, true, true, true, ""},
		{"EE ignores names", rec(t, 3, 1, 1, leaf), chain, MatchOptions{Names: []string{"other.test"}}, true, true, true, ""},
		{"EE other key", rec(t, 3, 1, 1, otherLeaf), chain, names, true, false, false, ""},
		{"TA ca spki", rec(t, 2, 1, 1, caCert), chain, names, true, true, true, ""},
		{"TA ca cert sha512", rec(t, 2, 0, 2, caCert), chain, names, true, true, true, ""},
		{"TA wrong name", rec(t, 2, 0, 1, caCert), chain, MatchOptions{Names: []string{"mail.other.test"}}, true, true, false, "not valid for mail.other.test"},
		{"TA expired leaf", rec(t, 2, 0, 1, caCert), expired, names, true, true, false, "does not verify"},
		{"TA matching the leaf", rec(t, 2, 1, 1, leaf), chain, names, true, false, false, "publish it as DANE-EE"},
		{"PKIX-EE", rec(t, 1, 1, 1, leaf), chain, names, false, true, false, "not used for SMTP"},
		{"PKIX-TA", rec(t, 0, 1, 1, caCert), chain, names, false, false, false, "not used for SMTP"},
		{"short digest", Record{Usage: 3, Selector: 1, MatchingType: 1, Data: "abcd"}, chain, names, false, false, false, "32 bytes"},
		{"bad hex", Record{Usage: 3, Selector: 1, MatchingType: 0, Data: "zz"}, chain, names, false, false, false, "not hexadecimal"},
		{"unknown selector", Record{Usage: 3, Selector: 7, MatchingType: 0, Data: "00"}, chain, names, false, false, false, "selector"},
		{"unknown matching type", Record{Usage: 3, Selector: 1, MatchingType: 9, Data: "00"}, chain, names, false, false, false, "matching type"},
		{"no chain", rec(t, 3, 1, 1, leaf), nil, names, true, false, false, ""},
	}
	for _, tc := range tests {
		res := Match([]Record{tc.r}, tc.chain, tc.o)
		m := res.Records[0]
		if m.Usable != tc.usable || m.Matched != tc.matched || m.Verified != tc.verified || res.Authenticated != tc.verified {
			t.Errorf("%s: usable %v matched %v verified %v (auth %v), want %v %v %v; reason %q", tc.name, m.Usable, m.Matched, m.Verified, res.Authenticated, tc.usable, tc.matched, tc.verified, m.Reason)
		}
		if tc.reason != "" && !strings.Contains(m.Reason, tc.reason) {
			t.Errorf("%s: reason %q, want %q", tc.name, m.Reason, tc.reason)
		}
	}

	// Several records: one stale, one current — authenticated.
	res := Match([]Record{rec(t, 3, 1, 1, otherLeaf), rec(t, 3, 1, 1, leaf)}, chain, names)
	if !res.Authenticated || res.Usable != 2 || res.Records[0].Matched || !res.Records[1].Verified {
		t.Errorf("rollover set: %+v", res)
	}
}

func zoneTLSA(t *testing.T, name string, r Record) string {
	return fmt.Sprintf("%s 300 IN TLSA %d %d %d %s", name, r.Usage, r.Selector, r.MatchingType, r.Data)
}

func ids(fs []finding.Finding) map[string]finding.Status {
	m := map[string]finding.Status{}
	for _, f := range fs {
		m[f.ID] = f.Status
	}
	return m
}

func TestLookupAndFindings(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	chain := chainOf(t, ca.Leaf(t, "mx.example.test"))
	good := rec(t, 3, 1, 1, chain[0])
	pkix := rec(t, 1, 1, 1, chain[0])
	d := testdns.Start(t,
		zoneTLSA(t, "_25._tcp.signed.example.test.", good),
		zoneTLSA(t, "_25._tcp.signed.example.test.", pkix),
		zoneTLSA(t, "_25._tcp.unsigned.example.test.", good),
		zoneTLSA(t, "_25._tcp.pkix.example.test.", pkix),
		zoneTLSA(t, "_25._tcp.broken.example.test.", good),
		"nodata.example.test. 300 IN A 192.0.2.1",
	)
	d.Sign("_25._tcp.signed.example.test")
	d.Sign("_25._tcp.pkix.example.test")
	d.ServFail("_25._tcp.broken.example.test")
	r := resolver.New(d.Addr)
	r.Timeout = time.Second
	ctx := context.Background()

	h := Lookup(ctx, r, "Signed.Example.Test.", 25)
	if h.Err != nil || !h.Authenticated || len(h.Records) != 2 || h.Name != "_25._tcp.signed.example.test." || len(h.Evidence) != 2 {
		t.Fatalf("signed: %+v", h)
	}
	got := ids(h.Findings("example.test"))
	if got["dane.tlsa"] != finding.Pass || got["dane.unusable-records"] != finding.Warn {
		t.Errorf("signed findings %v", got)
	}
	for host, want := range map[string]map[string]finding.Status{
		"unsigned.example.test": {"dane.unsigned": finding.Warn},
		"pkix.example.test":     {"dane.tlsa": finding.Pass, "dane.unusable-records": finding.Warn},
		"broken.example.test":   {"dane.dns-error": finding.Fail},
		"nodata.example.test":   {"dane.none": finding.Info},
		"nxdomain.example.test": {"dane.none": finding.Info},
	} {
		got := ids(Lookup(ctx, r, host, 25).Findings("example.test"))
		if len(got) != len(want) {
			t.Errorf("%s: findings %v, want %v", host, got, want)
		}
		for id, st := range want {
			if got[id] != st {
				t.Errorf("%s: %s = %q, want %q (all %v)", host, id, got[id], st, got)
			}
		}
	}
	pk := Lookup(ctx, r, "pkix.example.test", 25).Findings("example.test")
	for _, f := range pk {
		if f.ID == "dane.unusable-records" && !strings.Contains(f.Summary, "no TLSA record is usable") {
			t.Errorf("all-unusable summary: %q", f.Summary)
		}
	}
}

func TestEndpointFindings(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	chain := chainOf(t, ca.Leaf(t, "mx.example.test"))
	renewed := chainOf(t, ca.Leaf(t, "mx.example.test"))
	tgt := finding.Target{Domain: "example.test", Host: "mx.example.test", Addr: "127.0.0.1", Port: 25}
	signed := &HostTLSA{Host: "mx.example.test", Name: "_25._tcp.mx.example.test.", Records: []Record{rec(t, 3, 1, 1, chain[0])}, Authenticated: true}
	unsigned := &HostTLSA{Host: signed.Host, Name: signed.Name, Records: signed.Records}
	now := time.Now()

	fs := EndpointFindings(signed, Endpoint{Target: tgt, Connected: true, TLS: true, Chain: chain}, now)
	if len(fs) != 1 || fs[0].ID != "dane.match" || fs[0].Status != finding.Pass {
		t.Fatalf("match: %+v", fs)
	}
	fs = EndpointFindings(signed, Endpoint{Target: tgt, Connected: true, TLS: true, Chain: renewed}, now)
	if len(fs) != 1 || fs[0].ID != "dane.mismatch" || fs[0].Status != finding.Fail {
		t.Fatalf("mismatch: %+v", fs)
	}
	// The remediation names the record that would match the key in use.
	want := rec(t, 3, 1, 1, renewed[0]).Data
	if !strings.Contains(fs[0].Remediation[0], "3 1 1 "+want) {
		t.Errorf("remediation %q does not give the new record %s", fs[0].Remediation[0], want)
	}
	fs = EndpointFindings(unsigned, Endpoint{Target: tgt, Connected: true, TLS: true, Chain: renewed}, now)
	if len(fs) != 1 || fs[0].ID != "dane.mismatch" || fs[0].Status != finding.Warn {
		t.Fatalf("unsigned mismatch: %+v", fs)
	}
	fs = EndpointFindings(signed, Endpoint{Target: tgt, Connected: true}, now)
	if len(fs) != 1 || fs[0].ID != "dane.no-tls" || fs[0].Status != finding.Fail {
		t.Fatalf("no tls: %+v", fs)
	}
	if fs := EndpointFindings(signed, Endpoint{Target: tgt}, now); fs != nil {
		t.Errorf("unreachable endpoint: %+v", fs)
	}
	if fs := EndpointFindings(&HostTLSA{Host: "x"}, Endpoint{Target: tgt, Connected: true, TLS: true, Chain: chain}, now); fs != nil {
		t.Errorf("no records: %+v", fs)
	}
}

func TestDNSSECFinding(t *testing.T) {
	t.Parallel()
	if f := DNSSECFinding("example.test", true, nil, false); f.Status != finding.Pass || f.ID != "dnssec.mx" {
		t.Errorf("%+v", f)
	}
	if f := DNSSECFinding("example.test", false, nil, false); f.Status != finding.Info {
		t.Errorf("%+v", f)
	}
	if f := DNSSECFinding("example.test", false, nil, true); f.Status != finding.Warn || len(f.Remediation) == 0 {
		t.Errorf("%+v", f)
	}
}

func BenchmarkMatch(b *testing.B) {
	ca := testpki.NewCA(b)
	c := ca.Leaf(b, "mx.example.test")
	var chain []*x509.Certificate
	for _, der := range c.Certificate {
		x, _ := x509.ParseCertificate(der)
		chain = append(chain, x)
	}
	d1, _ := dns.CertificateToDANE(1, 1, chain[0])
	d2, _ := dns.CertificateToDANE(1, 1, chain[1])
	recs := FromTLSA([]*dns.TLSA{{Usage: 3, Selector: 1, MatchingType: 1, Certificate: strings.Repeat("ab", 32)}, {Usage: 2, Selector: 1, MatchingType: 1, Certificate: d2}, {Usage: 3, Selector: 1, MatchingType: 1, Certificate: d1}})
	o := MatchOptions{Names: []string{"mx.example.test"}}
	b.ReportAllocs()
	for b.Loop() {
		if !Match(recs, chain, o).Authenticated {
			b.Fatal("no match")
		}
	}
}

func TestAddressFindings(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	chain := chainOf(t, ca.Leaf(t, "mx.example.test"))
	good := rec(t, 3, 1, 1, chain[0])
	d := testdns.Start(t,
		zoneTLSA(t, "_25._tcp.mx.example.test.", good),
		"mx.example.test. 300 IN A 192.0.2.1",
		"mx.example.test. 300 IN AAAA 2001:db8::1",
	)
	d.Sign("_25._tcp.mx.example.test")
	r := resolver.New(d.Addr)
	ctx := context.Background()
	h := Lookup(ctx, r, "mx.example.test", 25)
	a4, _ := r.Query(ctx, "mx.example.test", dns.TypeA)
	a6, _ := r.Query(ctx, "mx.example.test", dns.TypeAAAA)
	fs := h.AddressFindings("example.test", a4, a6, nil)
	if len(fs) != 1 || fs[0].ID != "dane.address-insecure" || fs[0].Status != finding.Warn || len(fs[0].Evidence) != 2 {
		t.Fatalf("unsigned addresses: %+v", fs)
	}
	d.Sign("mx.example.test")
	a4, _ = r.Query(ctx, "mx.example.test", dns.TypeA)
	a6, _ = r.Query(ctx, "mx.example.test", dns.TypeAAAA)
	if fs := h.AddressFindings("example.test", a4, a6); fs != nil {
		t.Errorf("signed addresses: %+v", fs)
	}
}

func FuzzMatch(f *testing.F) {
	ca := testpki.NewCA(f)
	c := ca.Leaf(f, "mx.example.test")
	var chain []*x509.Certificate
	for _, der := range c.Certificate {
		x, _ := x509.ParseCertificate(der)
		chain = append(chain, x)
	}
	d1, _ := dns.CertificateToDANE(1, 1, chain[0])
	d2, _ := dns.CertificateToDANE(0, 2, chain[1])
	f.Add(uint8(3), uint8(1), uint8(1), d1)
	f.Add(uint8(2), uint8(0), uint8(2), d2)
	f.Add(uint8(3), uint8(1), uint8(1), "zz")
	f.Add(uint8(9), uint8(9), uint8(9), "")
	f.Fuzz(func(t *testing.T, usage, sel, mt uint8, data string) {
		r := Record{Usage: usage, Selector: sel, MatchingType: mt, Data: data, Text: "x"}
		res := Match([]Record{r}, chain, MatchOptions{Names: []string{"mx.example.test"}})
		m := res.Records[0]
		if m.Verified && !m.Usable {
			t.Fatalf("unusable record verified: %+v", m)
		}
		if m.Verified && !m.Matched {
			t.Fatalf("verified without a match: %+v", m)
		}
		if res.Authenticated != m.Verified {
			t.Fatalf("authenticated %v, verified %v", res.Authenticated, m.Verified)
		}
	})
}
