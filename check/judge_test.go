package check

import (
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/mtasts"
	"github.com/smtpgw/smtpgw/tlsrpt"
)

func ids(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.ID)
	}
	return out
}

func dnsErr(id, name string) finding.Finding {
	return finding.Finding{ID: id, Status: finding.Warn, Target: finding.Target{Domain: "a.test"}, Summary: "lookup failed",
		Evidence: []string{name + " TXT: DNS query to 127.0.0.1:53 failed: connection refused"}}
}

// judge says one cause once, from facts built by hand (no network): a
// resolver that answered nothing is one dns.error and one
// check.not-evaluated, not a finding per control; a domain that does not
// exist likewise.
func TestJudgeSaysOneCauseOnce(t *testing.T) {
	t.Parallel()
	mxErr := finding.Finding{ID: "dns.error", Status: finding.Fail, Target: finding.Target{Domain: "a.test"}, Summary: "DNS MX query for a.test failed (network)"}
	f := &facts{domain: "a.test", skipSMTP: true, noAnswer: true,
		mxFindings: []finding.Finding{mxErr},
		spf:        []finding.Finding{dnsErr("spf.dns-error", "a.test.")},
		dmarcFs:    []finding.Finding{dnsErr("dmarc.dns-error", "_dmarc.a.test.")},
		mtasts:     &mtasts.Result{Findings: []finding.Finding{dnsErr("mtasts.dns-error", "_mta-sts.a.test."), dnsErr("mtasts.policy.unreachable", "mta-sts.a.test.")}},
	}
	res := judge(Options{}, f, time.Now())
	got := ids(res.Findings)
	want := []string{"dns.error", "check.not-evaluated", "check.smtp-skipped"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("findings %v, want %v", got, want)
	}
	ne := res.Findings[1]
	if ne.Summary != "SPF, DMARC and MTA-STS not evaluated: the resolver did not answer (see dns.error)" || len(ne.Evidence) != 4 {
		t.Errorf("not-evaluated %q, evidence %q", ne.Summary, ne.Evidence)
	}
	if res.Worst != finding.Fail || res.NXDomain {
		t.Errorf("worst %s nxdomain %v", res.Worst, res.NXDomain)
	}

	// A domain that does not exist: the "missing" findings fold, a DNS
	// error of another name stays.
	g := &facts{domain: "a.test", skipSMTP: true, nxdomain: true,
		spf:     []finding.Finding{{ID: "spf.missing", Status: finding.Fail, Target: finding.Target{Domain: "a.test"}}},
		dmarcFs: []finding.Finding{{ID: "dmarc.missing", Status: finding.Fail, Target: finding.Target{Domain: "a.test"}}, dnsErr("dmarc.dns-error", "_dmarc.test.")},
	}
	res = judge(Options{}, g, time.Now())
	if got := ids(res.Findings); !slices.Contains(got, "check.not-evaluated") || slices.Contains(got, "spf.missing") || !slices.Contains(got, "dmarc.dns-error") || !res.NXDomain {
		t.Errorf("NXDOMAIN findings %v", got)
	}
}

// TLS-RPT is judged with the TLS policy in force: an MTA-STS policy in
// enforce mode makes a missing TLS-RPT record matter more.
func TestJudgeTLSRPTUnderPolicy(t *testing.T) {
	t.Parallel()
	tr := &tlsrpt.Result{Domain: "a.test", Name: "_smtp._tls.a.test"}
	base := func(m *mtasts.Result) *facts {
		return &facts{domain: "a.test", skipSMTP: true, tlsrpt: tr, tlsrptErr: tlsrpt.ErrNoRecord, mtasts: m}
	}
	for _, tc := range []struct {
		m      *mtasts.Result
		policy bool
	}{
		{nil, false},
		{&mtasts.Result{Policy: &mtasts.Policy{Mode: mtasts.ModeTesting}}, true},
		{&mtasts.Result{Policy: &mtasts.Policy{Mode: mtasts.ModeNone}}, false},
	} {
		res := judge(Options{}, base(tc.m), time.Now())
		want := tlsrpt.Findings(tr, tlsrpt.ErrNoRecord, tlsrpt.Options{TLSPolicy: tc.policy})
		for _, w := range want {
			i := slices.IndexFunc(res.Findings, func(f finding.Finding) bool { return f.ID == w.ID })
			if i < 0 || res.Findings[i].Status != w.Status || res.Findings[i].Summary != w.Summary {
				t.Errorf("policy %v: %s not judged as tlsrpt says: %+v", tc.policy, w.ID, res.Findings)
			}
		}
	}
	// The two judgements differ, or the test above proves nothing.
	a := tlsrpt.Findings(tr, tlsrpt.ErrNoRecord, tlsrpt.Options{TLSPolicy: true})
	b := tlsrpt.Findings(tr, tlsrpt.ErrNoRecord, tlsrpt.Options{TLSPolicy: false})
	if len(a) == 0 || len(b) == 0 || a[0].Status == b[0].Status {
		t.Fatalf("tlsrpt gives the same status with and without a policy: %+v %+v", a, b)
	}
}

// The SPF evaluations and expectations come out of judge as the result's.
func TestJudgeExpectations(t *testing.T) {
	t.Parallel()
	x, err := ParseExpectation("spf")
	if err != nil {
		t.Fatal(err)
	}
	f := &facts{domain: "a.test", skipSMTP: true, spf: []finding.Finding{{ID: "spf.missing", Status: finding.Fail, Target: finding.Target{Domain: "a.test"}}}}
	res := judge(Options{Expect: []Expectation{x}, SPFIP: net.ParseIP("192.0.2.1")}, f, time.Now())
	if !slices.Contains(ids(res.Findings), "expect.spf") {
		t.Errorf("no expect.spf finding: %v", ids(res.Findings))
	}
}
