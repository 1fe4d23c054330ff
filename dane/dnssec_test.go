package dane

import (
	"strings"
	"testing"

	"github.com/miekg/dns"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/resolver"
)

func mxAnswer(t *testing.T, ad, aa, ra, rrsig bool) *resolver.Answer {
	t.Helper()
	m := new(dns.Msg)
	m.SetQuestion("example.test.", dns.TypeMX)
	m.Response, m.AuthenticatedData, m.Authoritative, m.RecursionAvailable = true, ad, aa, ra
	rr, _ := dns.NewRR("example.test. 300 IN MX 10 mx.example.test.")
	m.Answer = append(m.Answer, rr)
	if rrsig {
		sig, err := dns.NewRR("example.test. 300 IN RRSIG MX 13 2 300 20261226195325 20261128195325 60896 example.test. ukjaIvhfuxrtIpqVXRAAS7t7xqVUtNbyP3a4SPS7baMmpj/bouJIseAaPIu0wGurDjxkFkIvrZh492fr7SJo/Q==")
		if err != nil {
			t.Fatal(err)
		}
		m.Answer = append(m.Answer, sig)
	}
	return &resolver.Answer{Name: "example.test.", Type: dns.TypeMX, Msg: m, Authenticated: ad, Server: "127.0.0.1:53", Records: m.Answer[:1]}
}

func TestDNSSECAnswerFinding(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name             string
		ad, aa, ra, sig  bool
		tlsa             bool
		status           finding.Status
		summary, evident string
	}{
		{"validated", true, false, true, true, true, finding.Pass, "DNSSEC-validated", ""},
		{"resolver, unsigned", false, false, true, false, false, finding.Info, "not DNSSEC-validated (no AD bit)", ""},
		{"resolver, unsigned, TLSA", false, false, true, false, true, finding.Warn, "TLSA records are published but the MX answer is not DNSSEC-validated", ""},
		{"resolver, signed, not validated", false, false, true, true, false, finding.Info, "signed (RRSIG) but was not DNSSEC-validated", "DS record is missing"},
		{"resolver, signed, not validated, TLSA", false, false, true, true, true, finding.Warn, "senders may not use DANE", "does not validate DNSSEC"},
		{"authoritative, signed", false, true, false, true, true, finding.Info, "authoritative server", "AA set, RA clear"},
		{"authoritative, unsigned", false, true, false, false, false, finding.Info, "is not DNSSEC-signed", "sent no RRSIG"},
		{"authoritative, unsigned, TLSA", false, true, false, false, true, finding.Warn, "senders do not use DANE", "sent no RRSIG"},
	} {
		f := DNSSECAnswerFinding("example.test", mxAnswer(t, c.ad, c.aa, c.ra, c.sig), nil, c.tlsa)
		ev := strings.Join(f.Evidence, "\n")
		if f.ID != "dnssec.mx" || f.Status != c.status || !strings.Contains(f.Summary, c.summary) || !strings.Contains(ev, c.evident) {
			t.Errorf("%s: %s %s %q\n%s", c.name, f.Status, f.ID, f.Summary, ev)
		}
		if strings.Contains(ev, "RRSIG MX") {
			t.Errorf("%s: RRSIG in evidence", c.name)
		}
	}
	if f := DNSSECAnswerFinding("example.test", nil, nil, false); f.Status != finding.Info {
		t.Errorf("nil answer: %+v", f)
	}
}

func TestUnsignedTLSAFindings(t *testing.T) {
	t.Parallel()
	rec := Record{Usage: 3, Selector: 1, MatchingType: 1, Data: strings.Repeat("ab", 32), Text: "3 1 1 " + strings.Repeat("ab", 32)}
	for _, c := range []struct {
		h       HostTLSA
		status  finding.Status
		summary string
	}{
		{HostTLSA{Signed: true, Authoritative: true}, finding.Info, "are signed (RRSIG) but the answer was not DNSSEC-validated"},
		{HostTLSA{Signed: true}, finding.Warn, "are signed (RRSIG)"},
		{HostTLSA{}, finding.Warn, "but the answer is not DNSSEC-validated (no AD bit)"},
	} {
		h := c.h
		h.Host, h.Name, h.Records = "mx.example.test", "_25._tcp.mx.example.test.", []Record{rec}
		fs := h.Findings("example.test")
		if len(fs) != 1 || fs[0].ID != "dane.unsigned" || fs[0].Status != c.status || !strings.Contains(fs[0].Summary, c.summary) {
			t.Errorf("%+v: %+v", c.h, fs)
		}
	}
}
