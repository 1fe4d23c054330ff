package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/check/checktest"
)

// dmarcJSON is the part of `smtpgw check --json` these tests read.
type dmarcJSON struct {
	Domains []struct {
		Domain      string `json:"domain"`
		DMARCPolicy string `json:"dmarc_policy"`
		DMARC       struct {
			Policy       string   `json:"policy"`
			Published    string   `json:"published"`
			Tag          string   `json:"tag"`
			Testing      bool     `json:"testing"`
			Rule         string   `json:"rule"`
			PolicyDomain string   `json:"policy_domain"`
			OrgDomain    string   `json:"org_domain"`
			OrgRule      string   `json:"org_rule"`
			Walk         []string `json:"walk"`
			LegacyOrg    string   `json:"rfc7489_org_domain"`
			LegacyPolicy string   `json:"rfc7489_policy"`
		} `json:"dmarc"`
		DNS      map[string][]string `json:"dns"`
		Findings []struct {
			ID      string   `json:"id"`
			Status  string   `json:"status"`
			Summary string   `json:"summary"`
			Detail  string   `json:"detail"`
			Remedy  []string `json:"remediation"`
		} `json:"findings"`
	} `json:"domains"`
}

// checkDMARC runs `smtpgw check <domain> --skip-smtp --json` against w
// and returns the decoded result and the exit code.
func checkDMARC(t *testing.T, w *checktest.World, domain string, extra ...string) (*dmarcJSON, int) {
	t.Helper()
	args := []string{"--resolver", w.DNS.Addr, "--ca-file", w.CA.WriteCAFile(t), "--timeout", "10s", "check", domain, "--skip-smtp", "--json"}
	if w.PolicyPort != 0 {
		args = append(args, "--port-map", "443=:"+strconv.Itoa(w.PolicyPort))
	}
	args = append(args, extra...)
	out, errOut, code := runCLI(t, "", args...)
	var j dmarcJSON
	if err := json.Unmarshal([]byte(out), &j); err != nil || len(j.Domains) != 1 {
		t.Fatalf("check %s: exit %d, json: %v\n%s\n%s", domain, code, err, out, errOut)
	}
	return &j, code
}

// finding returns the first finding with id whose summary or detail
// contains substr; it fails the test when there is none.
func (j *dmarcJSON) finding(t *testing.T, id, status, substr string) {
	t.Helper()
	for _, f := range j.Domains[0].Findings {
		if f.ID == id && f.Status == status && strings.Contains(f.Summary+"\n"+f.Detail, substr) {
			return
		}
	}
	var all []string
	for _, f := range j.Domains[0].Findings {
		all = append(all, f.Status+" "+f.ID+": "+f.Summary)
	}
	t.Fatalf("no %s %s containing %q in\n%s", status, id, substr, strings.Join(all, "\n"))
}

func (j *dmarcJSON) no(t *testing.T, id string) {
	t.Helper()
	for _, f := range j.Domains[0].Findings {
		if f.ID == id {
			t.Errorf("unexpected %s %s: %s", f.Status, f.ID, f.Summary)
		}
	}
}

// TestCheckDMARCBisRecords is issue 19 items 1-3 through the CLI: records
// receivers enforce must not fail the gate, and --expect dmarc= uses the
// effective policy.
func TestCheckDMARCBisRecords(t *testing.T) {
	t.Parallel()
	s := checktest.Healthy("upper.test")
	s.DMARC = "v=DMARC1; P=REJECT; RUA=mailto:dmarc@upper.test"
	j, code := checkDMARC(t, checktest.New(t, s), "upper.test", "--expect", "dmarc=reject")
	if code != ExitOK || j.Domains[0].DMARCPolicy != "reject" {
		t.Fatalf("P=REJECT: exit %d, policy %q", code, j.Domains[0].DMARCPolicy)
	}
	j.finding(t, "expect.dmarc", "pass", "reject (p=reject of _dmarc.upper.test)")
	for _, id := range []string{"dmarc.invalid", "dmarc.unknown-tag", "dmarc.rua.missing"} {
		j.no(t, id)
	}

	s = checktest.Healthy("pct.test")
	s.DMARC = "v=DMARC1; p=quarantine; pct=150; fo=x; rua=mailto:dmarc@pct.test"
	j, code = checkDMARC(t, checktest.New(t, s), "pct.test", "--expect", "dmarc=quarantine")
	if code != ExitOK || j.Domains[0].DMARCPolicy != "quarantine" {
		t.Fatalf("pct=150: exit %d, policy %q", code, j.Domains[0].DMARCPolicy)
	}
	j.finding(t, "dmarc.removed-tag", "warn", "pct= was removed by RFC 9989")
	j.finding(t, "dmarc.syntax", "warn", "receivers use the default 0")
	j.no(t, "dmarc.invalid")

	s = checktest.Healthy("np.test")
	s.DMARC = "v=DMARC1; p=reject; np=reject; t=y; rua=mailto:dmarc@np.test"
	j, code = checkDMARC(t, checktest.New(t, s), "np.test", "--expect", "dmarc=reject")
	if code != ExitFindings {
		t.Fatalf("t=y with --expect dmarc=reject: exit %d", code)
	}
	d := j.Domains[0]
	if d.DMARCPolicy != "quarantine" || d.DMARC.Published != "reject" || !d.DMARC.Testing {
		t.Errorf("t=y: %+v", d.DMARC)
	}
	j.no(t, "dmarc.unknown-tag")
	j.finding(t, "dmarc.testing", "warn", "receivers apply quarantine instead of reject")
	j.finding(t, "expect.dmarc", "fail", "the effective DMARC policy is quarantine (p=reject of _dmarc.np.test in testing mode (t=y)")
	for _, f := range j.Domains[0].Findings {
		if f.ID == "expect.dmarc" && (len(f.Remedy) == 0 || !strings.HasPrefix(f.Remedy[0], "Remove t=y from _dmarc.np.test")) {
			t.Errorf("t=y remediation %q", f.Remedy)
		}
	}
}

// TestCheckDMARCTreeWalk checks subdomains through the CLI: a deep one
// (the walk's eight-query limit), one below a record at each level, one
// below a public suffix domain's record, and a name that does not exist.
func TestCheckDMARCTreeWalk(t *testing.T) {
	t.Parallel()
	s := checktest.Healthy("deep.test")
	s.DMARC = "v=DMARC1; p=quarantine; sp=reject; np=reject; rua=mailto:dmarc@deep.test"
	s.Extra = []string{
		"a.b.c.d.e.f.g.h.i.deep.test. 300 IN A 192.0.2.10",
		// Skipped by the walk (RFC 9989 §5.1.8).
		`_dmarc.b.c.d.e.f.g.h.i.deep.test. 300 IN TXT "v=DMARC1; p=none; psd=n"`,
		// A record at each level below lvl.deep.test.
		`_dmarc.lvl.deep.test. 300 IN TXT "v=DMARC1; p=none"`,
		`_dmarc.a.lvl.deep.test. 300 IN TXT "v=DMARC1; p=none"`,
		"x.a.lvl.deep.test. 300 IN A 192.0.2.11",
		// A department with psd=n.
		`_dmarc.dept.deep.test. 300 IN TXT "v=DMARC1; p=none; psd=n; rua=mailto:dmarc@deep.test"`,
		"mail.dept.deep.test. 300 IN A 192.0.2.12",
	}
	w := checktest.New(t, s)

	j, _ := checkDMARC(t, w, "a.b.c.d.e.f.g.h.i.deep.test", "--expect", "dmarc=reject")
	d := j.Domains[0]
	if len(d.DMARC.Walk) != 8 || d.DMARC.Walk[1] != "_dmarc.e.f.g.h.i.deep.test" || d.DMARC.Rule != "org" || d.DMARC.PolicyDomain != "deep.test" || d.DMARC.Tag != "sp" || d.DMARCPolicy != "reject" || d.DMARC.OrgDomain != "deep.test" {
		t.Errorf("deep: %+v", d.DMARC)
	}
	if q := w.DNS.Queries("_dmarc.b.c.d.e.f.g.h.i.deep.test", "TXT"); q != 0 {
		t.Errorf("the walk asked a skipped name %d times", q)
	}
	if v, ok := d.DNS["_dmarc.e.f.g.h.i.deep.test. TXT"]; !ok || v == nil || len(v) != 0 {
		t.Errorf("walk answers missing from dns (an NXDOMAIN name is an empty list, not null): %v", d.DNS)
	}
	j.finding(t, "dmarc.record", "pass", "inherited from the organizational domain deep.test")
	j.finding(t, "dmarc.org-domain", "pass", "Not queried: 3 name(s)")
	j.finding(t, "expect.dmarc", "pass", "reject (sp=reject of _dmarc.deep.test)")

	// The highest record on the walk is the organizational domain's; the
	// records in between do not apply to names below them.
	j, _ = checkDMARC(t, w, "x.a.lvl.deep.test")
	if d := j.Domains[0]; d.DMARCPolicy != "reject" || d.DMARC.PolicyDomain != "deep.test" || d.DMARC.OrgRule != "highest record" || len(d.DMARC.Walk) != 5 {
		t.Errorf("levels: %+v", d.DMARC)
	}

	// psd=n: its own organizational domain; PSL receivers disagree.
	j, _ = checkDMARC(t, w, "mail.dept.deep.test")
	if d := j.Domains[0]; d.DMARCPolicy != "none" || d.DMARC.OrgDomain != "dept.deep.test" || d.DMARC.LegacyOrg != "deep.test" || d.DMARC.LegacyPolicy != "reject" {
		t.Errorf("psd=n: %+v", d.DMARC)
	}
	j.finding(t, "dmarc.rfc7489-receivers", "warn", "they apply reject, from sp= (else p=) of _dmarc.deep.test")

	// A name that does not exist gets np=.
	j, _ = checkDMARC(t, w, "ghost.deep.test")
	if d := j.Domains[0]; d.DMARCPolicy != "reject" || d.DMARC.Tag != "np" {
		t.Errorf("np: %+v", d.DMARC)
	}
	j.finding(t, "dmarc.policy", "pass", "np= of _dmarc.deep.test: ghost.deep.test does not exist")
}

// TestCheckDMARCPublicSuffixRecord is issue 19 item 4: a record with psd=y
// above a domain without its own record applies to it.
func TestCheckDMARCPublicSuffixRecord(t *testing.T) {
	t.Parallel()
	s := checktest.Healthy("shop.psd.test")
	s.DMARC = "-"
	s.Extra = []string{`_dmarc.psd.test. 300 IN TXT "v=DMARC1; p=reject; psd=y"`}
	j, code := checkDMARC(t, checktest.New(t, s), "shop.psd.test", "--expect", "dmarc=reject")
	d := j.Domains[0]
	if code != ExitOK || d.DMARCPolicy != "reject" || d.DMARC.Rule != "psd" || d.DMARC.PolicyDomain != "psd.test" || d.DMARC.OrgDomain != "shop.psd.test" || d.DMARC.OrgRule != "psd=y" {
		t.Fatalf("exit %d, %+v", code, d.DMARC)
	}
	j.finding(t, "dmarc.record", "pass", "inherited from the public suffix domain psd.test (psd=y)")
	j.finding(t, "dmarc.rfc7489-receivers", "info", "their organizational domain is psd.test (Public Suffix List), not shop.psd.test")
	j.no(t, "dmarc.missing")

	// Text output names the rule too.
	out, _, _ := runCLI(t, "", "--resolver", checktest.New(t, s).DNS.Addr, "check", "shop.psd.test", "--skip-smtp", "-v", "--no-color")
	if !strings.Contains(out, "dmarc.record") || !strings.Contains(out, "psd=y") {
		t.Errorf("text output:\n%s", out)
	}
}

// TestCheckDMARCSPFAlignment: with --spf-ip, a MAIL FROM domain that SPF
// passes for is checked for alignment by the tree walk's organizational
// domains.
func TestCheckDMARCSPFAlignment(t *testing.T) {
	t.Parallel()
	s := checktest.Healthy("align.test")
	s.Extra = []string{
		`bounces.align.test. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 -all"`,
		`esp.test. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 -all"`,
	}
	w := checktest.New(t, s)
	j, _ := checkDMARC(t, w, "align.test", "--spf-ip", "192.0.2.10", "--spf-sender", "b@bounces.align.test")
	j.finding(t, "dmarc.spf-alignment", "pass", "SPF passes for bounces.align.test, aligned with align.test")
	j, _ = checkDMARC(t, w, "align.test", "--spf-ip", "192.0.2.10", "--spf-sender", "b@esp.test")
	j.finding(t, "dmarc.spf-alignment", "warn", "esp.test for esp.test")
}
