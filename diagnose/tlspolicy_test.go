package diagnose_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/check/checktest"
	"github.com/smtpgw/smtpgw/diagnose"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/resolver"
)

// diagnoseWorld runs diagnose against a loopback domain built by
// checktest: DNS, an MX offering STARTTLS with a certificate of a test CA,
// and an HTTPS server with the MTA-STS policy.
func diagnoseWorld(t *testing.T, s checktest.Spec, setup func(*checktest.World)) *diagnose.Result {
	t.Helper()
	w := checktest.New(t, s)
	if setup != nil {
		setup(w)
	}
	r := resolver.New(w.DNS.Addr)
	r.Timeout = 2 * time.Second
	pm := map[int]string{25: ":" + strconv.Itoa(w.SMTPPort)}
	if w.PolicyPort != 0 {
		pm[443] = ":" + strconv.Itoa(w.PolicyPort)
	}
	res, err := diagnose.Run(context.Background(), diagnose.Options{
		Resolver: r.EnableCache(), RootCAs: w.CA.Pool, PortMap: pm, HELO: "mail.sender.test", Timeout: 10 * time.Second,
	}, "bob@"+s.Domain)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func has(fs []finding.Finding, id string, st finding.Status) bool {
	for _, f := range fs {
		if f.ID == id && f.Status == st {
			return true
		}
	}
	return false
}

func dumpFindings(fs []finding.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("  " + string(f.Status) + " " + f.ID + " " + f.Target.String() + ": " + f.Summary + "\n")
	}
	return b.String()
}

func TestTLSPolicyHealthy(t *testing.T) {
	t.Parallel()
	res := diagnoseWorld(t, checktest.Healthy("good.test"), nil)
	if res.Verdict.Side != diagnose.SideNone {
		t.Errorf("verdict %+v\n%s", res.Verdict, dumpFindings(res.Findings))
	}
	for _, id := range []string{"mtasts.mx", "dane.match", "dane.tlsa"} {
		if !has(res.Findings, id, finding.Pass) {
			t.Errorf("%s pass missing:\n%s", id, dumpFindings(res.Findings))
		}
	}
}

func TestTLSPolicyRefused(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		spec  func(s *checktest.Spec)
		setup func(*checktest.World)
		id    string
		cause []string
	}{
		{"mx not in policy", func(s *checktest.Spec) {
			s.TLSA = ""
			s.Policy = "version: STSv1\nmode: enforce\nmx: mail.elsewhere.test\nmax_age: 604800\n"
		}, nil, diagnose.IDMTASTSRefused, []string{
			"senders that enforce MTA-STS (Gmail, Microsoft 365, Yahoo and others) will not deliver to sts-mx.test: its policy is in mode enforce and mx.sts-mx.test: MX host mx.sts-mx.test matches no mx pattern of the MTA-STS policy",
		}},
		{"certificate for another name", func(s *checktest.Spec) { s.TLSA = ""; s.MXCert = "other.sts-name.test" }, nil, diagnose.IDMTASTSRefused, []string{
			"mx.sts-name.test: its certificate is not valid for mx.sts-name.test",
		}},
		{"expired certificate", func(s *checktest.Spec) { s.TLSA = ""; s.Expired = true }, nil, diagnose.IDMTASTSRefused, []string{
			"mx.sts-expired.test: its certificate has expired",
		}},
		{"self-signed certificate", func(s *checktest.Spec) { s.TLSA = ""; s.SelfSign = true }, nil, diagnose.IDMTASTSRefused, []string{
			"mx.sts-self.test: its certificate does not chain to a trusted root",
		}},
		{"no STARTTLS", func(s *checktest.Spec) { s.TLSA = ""; s.STARTTLS = false }, nil, diagnose.IDMTASTSRefused, []string{
			"mx.sts-plain.test: it does not offer STARTTLS",
		}},
		{"TLSA not matching the chain", func(s *checktest.Spec) { s.Policy = ""; s.TLSA = "mismatch" }, nil, diagnose.IDDANERefused, []string{
			"senders that use DANE (Postfix and Exim with DNSSEC, Microsoft 365, many European providers) will not deliver to dane-mismatch.test: mx.dane-mismatch.test: 127.0.0.1: the presented certificate matches no usable TLSA record",
		}},
		{"TLSA but no STARTTLS", func(s *checktest.Spec) { s.Policy = ""; s.STARTTLS = false }, nil, diagnose.IDDANERefused, []string{
			"mx.dane-plain.test: 127.0.0.1: TLSA records are published but STARTTLS is not offered",
		}},
		{"TLSA bogus", func(s *checktest.Spec) { s.Policy = "" }, func(w *checktest.World) { w.DNS.Bogus("_25._tcp.mx.dane-bogus.test.") },
			diagnose.IDDANERefused, []string{"mx.dane-bogus.test: the TLSA lookup for mx.dane-bogus.test fails", "DNSSEC Bogus"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			domain := map[string]string{
				"mx not in policy": "sts-mx.test", "certificate for another name": "sts-name.test", "expired certificate": "sts-expired.test", "self-signed certificate": "sts-self.test",
				"no STARTTLS": "sts-plain.test", "TLSA not matching the chain": "dane-mismatch.test", "TLSA bogus": "dane-bogus.test", "TLSA but no STARTTLS": "dane-plain.test",
			}[c.name]
			s := checktest.Healthy(domain)
			c.spec(&s)
			res := diagnoseWorld(t, s, c.setup)
			v := res.Verdict
			if v.FindingID != c.id || v.Side != diagnose.SideRecipient {
				t.Fatalf("verdict %+v\n%s", v, dumpFindings(res.Findings))
			}
			for _, want := range c.cause {
				if !strings.Contains(v.Cause, want) {
					t.Errorf("cause %q lacks %q", v.Cause, want)
				}
			}
			if len(v.Fix) == 0 || len(v.Evidence) == 0 {
				t.Errorf("no fix or evidence: %+v", v)
			}
			if !has(res.Findings, c.id, finding.Fail) {
				t.Errorf("%s not among the findings:\n%s", c.id, dumpFindings(res.Findings))
			}
		})
	}
}

// In mode testing senders report but deliver: a warning, not a verdict.
func TestTLSPolicyTestingMode(t *testing.T) {
	t.Parallel()
	s := checktest.Healthy("sts-testing.test")
	s.TLSA = ""
	s.Policy = "version: STSv1\nmode: testing\nmx: mail.elsewhere.test\nmax_age: 604800\n"
	res := diagnoseWorld(t, s, nil)
	if res.Verdict.FindingID == diagnose.IDMTASTSRefused || !has(res.Findings, "mtasts.mx.mismatch", finding.Warn) {
		t.Errorf("verdict %+v\n%s", res.Verdict, dumpFindings(res.Findings))
	}
}

// A DNSSEC-bogus MX answer: validating senders cannot resolve the domain.
func TestTLSPolicyMXBogus(t *testing.T) {
	t.Parallel()
	s := checktest.Healthy("mx-bogus.test")
	res := diagnoseWorld(t, s, func(w *checktest.World) { w.DNS.Bogus("mx-bogus.test.") })
	v := res.Verdict
	if v.FindingID != "dns.error" || v.Side != diagnose.SideRecipient || !strings.Contains(v.Cause, "could not validate the DNSSEC signatures of the MX answer for mx-bogus.test") {
		t.Fatalf("verdict %+v\n%s", v, dumpFindings(res.Findings))
	}
}
