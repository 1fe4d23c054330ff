package dmarc

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, rec  string
		p, sp, np  string // Policies(); "" when ignored
		ok         bool   // Policies() ok
		problem    string // substring of some problem, "" for none at all
		level      Level  // its level
		isNotDMARC bool
	}{
		{"upper-case names and values", "v=DMARC1; P=REJECT; RUA=mailto:dmarc@example.test", "reject", "reject", "reject", true, "", 0, false},
		{"spaces around =", "V = DMARC1 ; p = quarantine ; sp=None", "quarantine", "none", "none", true, "", 0, false},
		{"trailing semicolon", "v=DMARC1; p=none;", "none", "none", "none", true, "", 0, false},
		{"np", "v=DMARC1; p=quarantine; np=reject", "quarantine", "quarantine", "reject", true, "", 0, false},
		{"np after sp", "v=DMARC1; p=reject; sp=none", "reject", "none", "none", true, "", 0, false},
		{"pct out of range keeps the policy", "v=DMARC1; p=quarantine; pct=150; rua=mailto:a@example.test", "quarantine", "quarantine", "quarantine", true, `"150" is not an integer`, LevelWarn, false},
		{"pct removed", "v=DMARC1; p=reject; pct=50", "reject", "reject", "reject", true, "pct= was removed by RFC 9989", LevelWarn, false},
		{"rf removed", "v=DMARC1; p=reject; rf=iodef", "reject", "reject", "reject", true, "rf= was removed by RFC 9989", LevelWarn, false},
		{"ri removed", "v=DMARC1; p=reject; ri=0", "reject", "reject", "reject", true, "ri= was removed by RFC 9989", LevelWarn, false},
		{"bad fo defaults", "v=DMARC1; p=reject; fo=2", "reject", "reject", "reject", true, "receivers use the default 0", LevelWarn, false},
		{"fo 0 and 1", "v=DMARC1; p=reject; fo=0:1", "reject", "reject", "reject", true, "exclude each other", LevelWarn, false},
		{"bad adkim defaults", "v=DMARC1; p=reject; adkim=x", "reject", "reject", "reject", true, "default r", LevelWarn, false},
		{"bad t defaults", "v=DMARC1; p=reject; t=yes", "reject", "reject", "reject", true, "default n", LevelWarn, false},
		{"bad psd defaults", "v=DMARC1; p=reject; psd=maybe", "reject", "reject", "reject", true, "default u", LevelWarn, false},
		{"bad tag name skipped", "v=DMARC1; p=reject; 1x=y", "reject", "reject", "reject", true, "tag names are letters only", LevelWarn, false},
		{"garbage skipped", "v=DMARC1; p=reject; hello", "reject", "reject", "reject", true, `"hello" is not a valid tag`, LevelWarn, false},
		{"empty tag", "v=DMARC1;; p=reject", "reject", "reject", "reject", true, "empty tag", LevelWarn, false},
		{"unknown tag", "v=DMARC1; p=reject; rau=mailto:a@example.test", "reject", "reject", "reject", true, "did you mean rua=?", LevelInfo, false},
		{"missing p with rua", "v=DMARC1; rua=mailto:a@example.test", "none", "none", "none", false, "p=: missing", LevelSevere, false},
		{"missing p without rua", "v=DMARC1; sp=reject", "", "", "", false, "p=: missing", LevelSevere, false},
		{"bad p with rua", "v=DMARC1; p=block; rua=mailto:a@example.test", "none", "none", "none", false, `policy "block"`, LevelSevere, false},
		{"bad np without rua", "v=DMARC1; p=reject; np=drop", "", "", "", false, `policy "drop"`, LevelSevere, false},
		{"duplicate", "v=DMARC1; p=none; P=reject; rua=mailto:a@example.test", "", "", "", false, "duplicate tag (written p= and P=)", LevelSevere, false},
		{"v not first", "p=reject; v=DMARC1", "", "", "", false, "must start with v=DMARC1", LevelSevere, true},
		{"v lower", "v=dmarc1; p=reject", "", "", "", false, "case-sensitive", LevelSevere, true},
		{"v wrong", "v=DMARC2; p=reject", "", "", "", false, `version "DMARC2"`, LevelSevere, true},
		{"v glued", "v=DMARC1p=reject", "", "", "", false, `version "DMARC1p=reject"`, LevelSevere, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := Parse(tc.rec)
			p, sp, np, ok := rec.Policies()
			if p != tc.p || sp != tc.sp || np != tc.np || ok != tc.ok {
				t.Errorf("Policies() = %q %q %q %v, want %q %q %q %v (problems %v)", p, sp, np, ok, tc.p, tc.sp, tc.np, tc.ok, rec.Problems)
			}
			if rec.IsDMARC() == tc.isNotDMARC {
				t.Errorf("IsDMARC() = %v", rec.IsDMARC())
			}
			if tc.problem == "" {
				if len(rec.Problems) > 0 {
					t.Errorf("problems: %v", rec.Problems)
				}
				return
			}
			for _, pr := range rec.Problems {
				if strings.Contains(pr.String(), tc.problem) {
					if pr.Level != tc.level {
						t.Errorf("%q: level %d, want %d", pr, pr.Level, tc.level)
					}
					return
				}
			}
			t.Errorf("no problem %q in %v", tc.problem, rec.Problems)
		})
	}
	rec := Parse("v=DMARC1; p=reject; t=y; psd=N; adkim=S; aspf=s; fo=d:1; rua=mailto:a@example.test!10m")
	if !rec.Testing || rec.PSD != "n" || rec.ADKIM != "s" || rec.ASPF != "s" || rec.FO != "d:1" || len(rec.RUA) != 1 || rec.RUA[0].Limit != "10m" || len(rec.Problems) != 0 {
		t.Errorf("%+v", rec)
	}
	if rec := Parse("v=DMARC1; p=reject; pct=25"); !rec.HasPct || rec.Pct != 25 || len(rec.Removed) != 1 {
		t.Errorf("pct: %+v", rec)
	}
}

func TestParseURIs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, domain, limit, err string
	}{
		{"mailto:dmarc@example.test", "example.test", "", ""},
		{"MAILTO:dmarc@Reports.Example.test!10m", "reports.example.test", "10m", ""},
		{"mailto:d%21x@example.test", "example.test", "", ""},
		{"https://reports.example.test/dmarc", "", "", ""},
		{"dmarc@example.test", "", "", "not a URI with a scheme"},
		{"mailto:not-an-address", "", "", "not a valid mailbox"},
		{"mailto:a@localhost", "localhost", "", "not fully qualified"},
		{"mailto:a@example.test!10x", "", "", "bad size limit"},
		{"ftp://example.test/x", "", "", `scheme "ftp"`},
		{"", "", "", "empty URI"},
	}
	for _, tc := range tests {
		u := ParseURIs(tc.in)[0]
		if !strings.Contains(u.Err, tc.err) || (tc.err == "" && u.Err != "") || u.Domain != tc.domain || u.Limit != tc.limit {
			t.Errorf("ParseURIs(%q) = %+v", tc.in, u)
		}
	}
	if us := ParseURIs("mailto:a@example.test , mailto:b@example.test"); len(us) != 2 || us[1].Err != "" {
		t.Errorf("list: %+v", us)
	}
}

func TestWalkNames(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		domain  string
		names   string
		skipped int
	}{
		{"test", "test", 0},
		{"example.test", "example.test test", 0},
		{"A.Mail.Example.Test.", "a.mail.example.test mail.example.test example.test test", 0},
		{"a.b.c.d.e.f.g.test", "a.b.c.d.e.f.g.test b.c.d.e.f.g.test c.d.e.f.g.test d.e.f.g.test e.f.g.test f.g.test g.test test", 0},
		{"x.a.b.c.d.e.f.g.test", "x.a.b.c.d.e.f.g.test b.c.d.e.f.g.test c.d.e.f.g.test d.e.f.g.test e.f.g.test f.g.test g.test test", 1},
		{"mail.a.b.c.d.e.f.g.example.test", "mail.a.b.c.d.e.f.g.example.test c.d.e.f.g.example.test d.e.f.g.example.test e.f.g.example.test f.g.example.test g.example.test example.test test", 2},
	} {
		names, skipped := WalkNames(tc.domain)
		if strings.Join(names, " ") != tc.names || len(skipped) != tc.skipped || len(names) > MaxWalkQueries {
			t.Errorf("WalkNames(%q) = %q, skipped %q", tc.domain, names, skipped)
		}
	}
	// The example of RFC 9989 §5.1.8: the record at the zone cut
	// b.c.d.e.f.g.example.test is never queried.
	_, skipped := WalkNames("mail.a.b.c.d.e.f.g.example.test")
	if strings.Join(skipped, " ") != "a.b.c.d.e.f.g.example.test b.c.d.e.f.g.example.test" {
		t.Errorf("skipped %q", skipped)
	}
}

var zone = []string{
	// Own records, report authorisation.
	`_dmarc.example.test. 300 IN TXT "v=DMARC1; p=reject; sp=quarantine; rua=mailto:dmarc@example.test,mailto:r@auth.test; ruf=mailto:f@noauth.test"`,
	`example.test._report._dmarc.auth.test. 300 IN TXT "v=DMARC1; rua=mailto:inbox@auth.test"`,
	"mail.sub.example.test. 300 IN A 192.0.2.1",
	`_dmarc.none.test. 300 IN TXT "v=DMARC1; p=none; rua=mailto:d@none.test"`,
	`_dmarc.weak.test. 300 IN TXT "v=DMARC1; p=reject; sp=none; pct=25"`,
	`_dmarc.badrua.test. 300 IN TXT "v=DMARC1; p=quarantine; rua=dmarc@badrua.test; ruf=mailto:oops"`,
	`_dmarc.other.test. 300 IN TXT "google-site-verification=x"`,
	`_dmarc.nop.test. 300 IN TXT "v=DMARC1; rua=mailto:d@nop.test; rau=mailto:x@nop.test"`,
	`_dmarc.lenient.test. 300 IN TXT "v=DMARC1;; p=reject; rua=mailto:d@lenient.test"`,
	`_dmarc.sfauth.test. 300 IN TXT "v=DMARC1; p=reject; rua=mailto:d@vendor.test"`,
	`_dmarc.dup.test. 300 IN TXT "v=DMARC1; p=reject; p=none; rua=mailto:d@dup.test"`,
	// Issue 19 items 1-3.
	`_dmarc.upper.test. 300 IN TXT "v=DMARC1; P=REJECT; RUA=mailto:dmarc@upper.test"`,
	`_dmarc.pct.test. 300 IN TXT "v=DMARC1; p=quarantine; pct=150; rua=mailto:dmarc@pct.test"`,
	`_dmarc.np.test. 300 IN TXT "v=DMARC1; p=reject; sp=quarantine; np=reject; rua=mailto:dmarc@np.test"`,
	"www.np.test. 300 IN A 192.0.2.2",
	`_dmarc.testing.test. 300 IN TXT "v=DMARC1; p=reject; t=y; rua=mailto:dmarc@testing.test"`,
	// A record at each level: the highest one is the organizational
	// domain's, and it applies to names below without a record of their own.
	`_dmarc.lvl.test. 300 IN TXT "v=DMARC1; p=reject; rua=mailto:d@lvl.test"`,
	`_dmarc.b.lvl.test. 300 IN TXT "v=DMARC1; p=none; rua=mailto:d@lvl.test"`,
	`_dmarc.a.b.lvl.test. 300 IN TXT "v=DMARC1; p=quarantine; rua=mailto:d@lvl.test"`,
	"x.a.b.lvl.test. 300 IN A 192.0.2.3",
	// A deep subdomain: the walk skips to the last seven labels.
	`_dmarc.deep.test. 300 IN TXT "v=DMARC1; p=quarantine; rua=mailto:d@deep.test"`,
	"a.b.c.d.e.f.g.h.i.deep.test. 300 IN A 192.0.2.4",
	`_dmarc.b.c.d.e.f.g.h.i.deep.test. 300 IN TXT "v=DMARC1; p=none; psd=n"`,
	// psd=n: a department declares its own organizational domain.
	`_dmarc.corp.test. 300 IN TXT "v=DMARC1; p=reject; rua=mailto:d@corp.test"`,
	`_dmarc.dept.corp.test. 300 IN TXT "v=DMARC1; p=quarantine; psd=n; rua=mailto:d@corp.test"`,
	"mail.dept.corp.test. 300 IN A 192.0.2.5",
	// A public suffix domain with its own record (psd=y).
	`_dmarc.psd.test. 300 IN TXT "v=DMARC1; p=reject; sp=quarantine; np=reject; psd=y"`,
	"shop.psd.test. 300 IN A 192.0.2.6",
	`_dmarc.bank.psd.test. 300 IN TXT "v=DMARC1; p=reject; rua=mailto:d@bank.psd.test"`,
	"mail.bank.psd.test. 300 IN A 192.0.2.7",
	// Records receivers discard.
	`_dmarc.multi.test. 300 IN TXT "v=DMARC1; p=none"`,
	`_dmarc.multi.test. 300 IN TXT "v=DMARC1; p=reject"`,
	`_dmarc.par.test. 300 IN TXT "v=DMARC1; p=reject; rua=mailto:d@par.test"`,
	`_dmarc.two.par.test. 300 IN TXT "v=DMARC1; p=none"`,
	`_dmarc.two.par.test. 300 IN TXT "v=DMARC1; p=quarantine"`,
	"two.par.test. 300 IN A 192.0.2.8",
	`_dmarc.lower.test. 300 IN TXT "v=dmarc1; p=reject"`,
	// Only a subdomain publishes: PSL receivers look at the wrong name.
	`_dmarc.only.sub.test. 300 IN TXT "v=DMARC1; p=reject; rua=mailto:d@sub.test"`,
	"x.only.sub.test. 300 IN A 192.0.2.9",
	`_dmarc.strict.test. 300 IN TXT "v=DMARC1; p=reject; aspf=s"`,
	// DNS failures.
	`_dmarc.ok.failtop.test. 300 IN TXT "v=DMARC1; p=reject"`,
}

func start(t *testing.T) (*testdns.Server, *resolver.Resolver) {
	srv := testdns.Start(t, zone...)
	srv.ServFail("_dmarc.broken.test")
	srv.ServFail("_dmarc.failtop.test")
	srv.ServFail("sfauth.test._report._dmarc.vendor.test")
	r := resolver.New(srv.Addr)
	r.Timeout = 2 * time.Second
	return srv, r
}

func find(t *testing.T, fs []finding.Finding, id string, st finding.Status, substr string) finding.Finding {
	t.Helper()
	for _, f := range fs {
		if f.ID == id && f.Status == st && strings.Contains(f.Summary+"\n"+f.Detail, substr) {
			if f.Target.Domain == "" || f.Remediation == nil {
				t.Errorf("%s: target %+v remediation %v", id, f.Target, f.Remediation)
			}
			return f
		}
	}
	t.Fatalf("no %s/%s containing %q in\n%s", id, st, substr, dump(fs))
	return finding.Finding{}
}

func none(t *testing.T, fs []finding.Finding, id string) {
	t.Helper()
	for _, f := range fs {
		if f.ID == id {
			t.Errorf("unexpected %s: %s", id, f.Summary)
		}
	}
}

func dump(fs []finding.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %s %s: %s | %s\n", f.Status, f.ID, f.Summary, f.Detail)
	}
	return b.String()
}

func TestLookup(t *testing.T) {
	t.Parallel()
	srv, r := start(t)
	ctx := context.Background()
	tests := []struct {
		domain          string
		rule            Rule
		policyDomain    string
		tag, effective  string
		org             string
		orgRule         OrgRule
		legacyOrg       string
		legacyEffective string
		queries         int
	}{
		{"example.test", RuleDomain, "example.test", "p", "reject", "example.test", OrgHighest, "example.test", "reject", 2},
		{"mail.sub.example.test", RuleOrg, "example.test", "sp", "quarantine", "example.test", OrgHighest, "example.test", "quarantine", 4},
		{"upper.test", RuleDomain, "upper.test", "p", "reject", "upper.test", OrgHighest, "upper.test", "reject", 2},
		{"pct.test", RuleDomain, "pct.test", "p", "quarantine", "pct.test", OrgHighest, "pct.test", "quarantine", 2},
		{"www.np.test", RuleOrg, "np.test", "sp", "quarantine", "np.test", OrgHighest, "np.test", "quarantine", 3},
		{"ghost.np.test", RuleOrg, "np.test", "np", "reject", "np.test", OrgHighest, "np.test", "quarantine", 3},
		{"testing.test", RuleDomain, "testing.test", "p", "quarantine", "testing.test", OrgHighest, "testing.test", "reject", 2},
		// A record at each level.
		{"a.b.lvl.test", RuleDomain, "a.b.lvl.test", "p", "quarantine", "lvl.test", OrgHighest, "lvl.test", "quarantine", 4},
		{"x.a.b.lvl.test", RuleOrg, "lvl.test", "sp", "reject", "lvl.test", OrgHighest, "lvl.test", "reject", 5},
		// The deep subdomain: eight queries, the record at
		// b.c.d.e.f.g.h.i.deep.test (psd=n) skipped.
		{"a.b.c.d.e.f.g.h.i.deep.test", RuleOrg, "deep.test", "sp", "quarantine", "deep.test", OrgHighest, "deep.test", "quarantine", 8},
		// psd=n.
		{"mail.dept.corp.test", RuleOrg, "dept.corp.test", "sp", "quarantine", "dept.corp.test", OrgPSDNo, "corp.test", "reject", 2},
		// The public suffix domain's record.
		{"shop.psd.test", RulePSD, "psd.test", "sp", "quarantine", "shop.psd.test", OrgBelowPSD, "psd.test", "quarantine", 2},
		{"ghost.psd.test", RulePSD, "psd.test", "np", "reject", "ghost.psd.test", OrgBelowPSD, "psd.test", "quarantine", 2},
		{"bank.psd.test", RuleDomain, "bank.psd.test", "p", "reject", "bank.psd.test", OrgBelowPSD, "psd.test", "reject", 2},
		{"mail.bank.psd.test", RuleOrg, "bank.psd.test", "sp", "reject", "bank.psd.test", OrgBelowPSD, "psd.test", "quarantine", 3},
		// Two records at the domain are discarded: the parent's applies.
		{"two.par.test", RuleOrg, "par.test", "sp", "reject", "par.test", OrgHighest, "par.test", "", 3},
		// Only a subdomain publishes.
		{"x.only.sub.test", RuleOrg, "only.sub.test", "sp", "reject", "only.sub.test", OrgHighest, "sub.test", "", 4},
	}
	for _, tc := range tests {
		res, err := Lookup(ctx, r, tc.domain)
		if err != nil {
			t.Errorf("%s: %v", tc.domain, err)
			continue
		}
		got := fmt.Sprintf("%s %s %s %s %s %s %s %s %d", res.Rule, res.Fetched.Domain, res.PolicyTag, res.Effective, res.OrgDomain, res.OrgRule, res.Legacy.OrgDomain, res.Legacy.Effective, len(res.Tried))
		want := fmt.Sprintf("%s %s %s %s %s %s %s %s %d", tc.rule, tc.policyDomain, tc.tag, tc.effective, tc.org, tc.orgRule, tc.legacyOrg, tc.legacyEffective, tc.queries)
		if got != want {
			t.Errorf("%s:\n got %s\nwant %s", tc.domain, got, want)
		}
	}
	// The walk never asked for the skipped names.
	for _, n := range []string{"_dmarc.b.c.d.e.f.g.h.i.deep.test", "_dmarc.c.d.e.f.g.h.i.deep.test", "_dmarc.d.e.f.g.h.i.deep.test"} {
		if q := srv.Queries(n, "TXT"); q != 0 {
			t.Errorf("%s queried %d times", n, q)
		}
	}
	if q := srv.Queries("_dmarc.e.f.g.h.i.deep.test", "TXT"); q != 1 {
		t.Errorf("first shortened target queried %d times", q)
	}
	res, _ := Lookup(ctx, r, "a.b.c.d.e.f.g.h.i.deep.test")
	if len(res.Walk.Skipped) != 3 || res.Walk.Skipped[2] != "d.e.f.g.h.i.deep.test" {
		t.Errorf("skipped %q", res.Walk.Skipped)
	}
	// No record anywhere; DNS failures.
	if _, err := Lookup(ctx, r, "nx.nothing.test"); err != ErrNoRecord {
		t.Errorf("nothing: %v", err)
	}
	if _, err := Lookup(ctx, r, "lower.test"); err != ErrNoRecord {
		t.Errorf("v=dmarc1 is discarded: %v", err)
	}
	if res, err := Lookup(ctx, r, "sub.broken.test"); err == nil || !strings.Contains(err.Error(), "SERVFAIL") || res.Fetched != nil {
		t.Errorf("failure above a domain without a record: %v", err)
	}
	res, err := Lookup(ctx, r, "ok.failtop.test")
	if err != nil || res.Effective != PolicyReject || res.Walk.Err == nil {
		t.Errorf("failure above a domain with its own record: %v %+v", err, res)
	}
}

func TestAligned(t *testing.T) {
	t.Parallel()
	_, r := start(t)
	ctx := context.Background()
	for _, tc := range []struct {
		author, id, mode string
		want             bool
	}{
		{"example.test", "example.test", "s", true},
		{"example.test", "mail.sub.example.test", "s", false},
		{"example.test", "mail.sub.example.test", "r", true},
		{"x.a.b.lvl.test", "b.lvl.test", "r", true},
		{"mail.dept.corp.test", "dept.corp.test", "r", true},
		{"mail.dept.corp.test", "corp.test", "r", false}, // psd=n splits corp.test
		{"shop.psd.test", "mail.shop.psd.test", "r", true},
		{"shop.psd.test", "bank.psd.test", "r", false}, // psd=y: different organisations
		{"upper.test", "pct.test", "r", false},
	} {
		got, err := Aligned(ctx, r, tc.author, tc.id, tc.mode)
		if err != nil || got != tc.want {
			t.Errorf("Aligned(%s, %s, %s) = %v, %v", tc.author, tc.id, tc.mode, got, err)
		}
	}
	if _, err := Aligned(ctx, r, "a.broken.test", "b.broken.test", "r"); err == nil {
		t.Error("alignment through a failing walk: no error")
	}
}

func TestSPFAlignment(t *testing.T) {
	t.Parallel()
	_, r := start(t)
	ctx := context.Background()
	for _, tc := range []struct {
		domain, spf string
		st          finding.Status
		substr      string
	}{
		{"example.test", "bounces.example.test", finding.Pass, "aligned with example.test"},
		{"mail.sub.example.test", "example.test", finding.Pass, "relaxed (aspf=r"},
		{"example.test", "vendor.test", finding.Warn, "organizational domains: example.test for example.test, vendor.test for vendor.test"},
		{"shop.psd.test", "bank.psd.test", finding.Warn, "not aligned with shop.psd.test"},
		{"strict.test", "strict.test", finding.Pass, "strict (aspf=s"},
		{"strict.test", "bounce.strict.test", finding.Warn, "strict (aspf=s"},
	} {
		res, _ := Lookup(ctx, r, tc.domain)
		f, ok := SPFAlignment(ctx, r, res, tc.spf)
		if !ok || f.ID != "dmarc.spf-alignment" || f.Status != tc.st || !strings.Contains(f.Summary+" "+f.Detail, tc.substr) {
			t.Errorf("%s / %s: %v %s %s | %s", tc.domain, tc.spf, ok, f.Status, f.Summary, f.Detail)
		}
	}
	res, _ := Lookup(ctx, r, "nx.nothing.test")
	if _, ok := SPFAlignment(ctx, r, res, "nothing.test"); ok {
		t.Error("alignment finding without a DMARC record")
	}
}

func TestCheck(t *testing.T) {
	t.Parallel()
	_, r := start(t)
	ctx := context.Background()

	res, fs := CheckResult(ctx, r, "example.test")
	if res.Effective != PolicyReject || res.Rule != RuleDomain {
		t.Errorf("result %+v", res)
	}
	f := find(t, fs, "dmarc.policy", finding.Pass, "reject (p= of its own record)")
	if len(f.Evidence) != 1 || !strings.Contains(f.Evidence[0], "_dmarc.example.test.") {
		t.Errorf("evidence %q", f.Evidence)
	}
	find(t, fs, "dmarc.record", finding.Pass, "the domain's own record")
	find(t, fs, "dmarc.subdomain-policy", finding.Warn, "sp=quarantine is weaker than p=reject")
	find(t, fs, "dmarc.org-domain", finding.Pass, "organizational domain of example.test: example.test")
	find(t, fs, "dmarc.rua", finding.Pass, "External destinations that authorised reports (RFC 9990 §4): auth.test")
	find(t, fs, "dmarc.rua", finding.Pass, "auth.test replaces its destination by mailto:inbox@auth.test")
	f = find(t, fs, "dmarc.rua.unauthorized", finding.Warn, "noauth.test")
	if len(f.Evidence) != 1 || f.Evidence[0] != "example.test._report._dmarc.noauth.test TXT: NXDOMAIN" {
		t.Errorf("evidence %q", f.Evidence)
	}
	if !strings.Contains(strings.Join(f.Remediation, " "), "example.test._report._dmarc.noauth.test") {
		t.Errorf("remediation %q", f.Remediation)
	}
	none(t, fs, "dmarc.rfc7489-receivers")

	// Inherited sp=quarantine is judged like p=quarantine: no warning.
	res, fs = CheckResult(ctx, r, "mail.sub.example.test")
	if res.Effective != PolicyQuarantine || res.Rule != RuleOrg || res.OrgDomain != "example.test" {
		t.Errorf("inherited result %+v", res)
	}
	find(t, fs, "dmarc.record", finding.Pass, "inherited from the organizational domain example.test")
	find(t, fs, "dmarc.policy", finding.Pass, "quarantine (sp= of _dmarc.example.test)")
	none(t, fs, "dmarc.subdomain-policy")
	_, apex := CheckResult(ctx, r, "pct.test")
	for _, fs := range [][]finding.Finding{fs, apex} {
		for _, f := range fs {
			if f.ID == "dmarc.policy" && f.Status != finding.Pass {
				t.Errorf("quarantine is not judged alike: %s %s", f.Status, f.Summary)
			}
		}
	}

	// Issue 19 item 1: case-insensitive tag names and values.
	res, fs = CheckResult(ctx, r, "upper.test")
	if res.Effective != PolicyReject {
		t.Errorf("P=REJECT: effective %q", res.Effective)
	}
	for _, id := range []string{"dmarc.invalid", "dmarc.unknown-tag", "dmarc.rua.missing", "dmarc.syntax"} {
		none(t, fs, id)
	}
	find(t, fs, "dmarc.rua", finding.Pass, "aggregate reports go to mailto:dmarc@upper.test")

	// Item 2: a bad pct keeps the policy; pct is a removed tag.
	res, fs = CheckResult(ctx, r, "pct.test")
	if res.Effective != PolicyQuarantine {
		t.Errorf("pct=150: effective %q", res.Effective)
	}
	find(t, fs, "dmarc.removed-tag", finding.Warn, "removed by RFC 9989: pct")
	none(t, fs, "dmarc.invalid")

	// Item 3: np= is known and applies to names that do not exist.
	_, fs = CheckResult(ctx, r, "np.test")
	none(t, fs, "dmarc.unknown-tag")
	find(t, fs, "dmarc.subdomain-policy", finding.Warn, "existing ones get quarantine (sp=), non-existent ones reject (np=)")
	res, fs = CheckResult(ctx, r, "ghost.np.test")
	if res.Effective != PolicyReject || res.Existence == nil || res.Existence.Exists {
		t.Errorf("np: %+v", res)
	}
	f = find(t, fs, "dmarc.policy", finding.Pass, "np= of _dmarc.np.test: ghost.np.test does not exist")
	if !strings.Contains(strings.Join(f.Evidence, "\n"), "ghost.np.test MX: NXDOMAIN") {
		t.Errorf("existence evidence %q", f.Evidence)
	}
	find(t, fs, "dmarc.rfc7489-receivers", finding.Warn, "they apply quarantine, from sp= (else p=) of _dmarc.np.test")

	// t=y.
	res, fs = CheckResult(ctx, r, "testing.test")
	if res.Effective != PolicyQuarantine || res.Published != PolicyReject || !res.Testing() {
		t.Errorf("t=y: %+v", res)
	}
	find(t, fs, "dmarc.testing", finding.Warn, "receivers apply quarantine instead of reject")
	find(t, fs, "dmarc.policy", finding.Pass, "lowered by t=y from reject")
	if d := res.Describe(); d != "p=reject of _dmarc.testing.test in testing mode (t=y): receivers apply quarantine" {
		t.Errorf("Describe() = %q", d)
	}

	// Item 4: the public suffix domain's record.
	res, fs = CheckResult(ctx, r, "shop.psd.test")
	find(t, fs, "dmarc.record", finding.Pass, "inherited from the public suffix domain psd.test (psd=y)")
	find(t, fs, "dmarc.org-domain", finding.Pass, "shop.psd.test (the name one label below psd.test, whose record has psd=y")
	find(t, fs, "dmarc.rfc7489-receivers", finding.Info, "their organizational domain is psd.test (Public Suffix List), not shop.psd.test")
	if res.Effective != PolicyQuarantine {
		t.Errorf("psd: %+v", res)
	}

	// psd=n and the deep walk.
	fs = Check(ctx, r, "mail.dept.corp.test")
	find(t, fs, "dmarc.org-domain", finding.Pass, "dept.corp.test (its record has psd=n")
	find(t, fs, "dmarc.rfc7489-receivers", finding.Warn, "they apply reject, from sp= (else p=) of _dmarc.corp.test")
	fs = Check(ctx, r, "a.b.c.d.e.f.g.h.i.deep.test")
	f = find(t, fs, "dmarc.org-domain", finding.Pass, "Not queried: 3 name(s)")
	if len(f.Evidence) != 8 {
		t.Errorf("walk evidence: %d lines\n%s", len(f.Evidence), strings.Join(f.Evidence, "\n"))
	}
	find(t, Check(ctx, r, "mail.bank.psd.test"), "dmarc.rfc7489-receivers", finding.Warn, "they apply quarantine, from sp= (else p=) of _dmarc.psd.test")
	find(t, Check(ctx, r, "x.only.sub.test"), "dmarc.rfc7489-receivers", finding.Warn, "no policy: they find no record at _dmarc.x.only.sub.test nor at _dmarc.sub.test")

	fs = Check(ctx, r, "none.test")
	find(t, fs, "dmarc.policy", finding.Warn, "none")
	none(t, fs, "dmarc.rua.unauthorized")

	fs = Check(ctx, r, "weak.test")
	find(t, fs, "dmarc.subdomain-policy", finding.Warn, "sp=none")
	find(t, fs, "dmarc.removed-tag", finding.Warn, "With pct=25 receivers still following RFC 7489 apply reject to only 25%")
	find(t, fs, "dmarc.rua.missing", finding.Warn, "no rua=")

	fs = Check(ctx, r, "badrua.test")
	f = find(t, fs, "dmarc.rua.invalid", finding.Fail, `rua: "dmarc@badrua.test": not a URI with a scheme`)
	if !strings.Contains(f.Detail, `ruf: "mailto:oops"`) {
		t.Errorf("detail %q", f.Detail)
	}

	find(t, Check(ctx, r, "multi.test"), "dmarc.multiple", finding.Fail, "2 DMARC records at _dmarc.multi.test")
	fs = Check(ctx, r, "two.par.test")
	find(t, fs, "dmarc.multiple", finding.Fail, "2 DMARC records at _dmarc.two.par.test")
	find(t, fs, "dmarc.policy", finding.Pass, "reject (p= of _dmarc.par.test, which has no sp=)")
	find(t, Check(ctx, r, "other.test"), "dmarc.missing", finding.Fail, "_dmarc.other.test: 1 TXT record(s), none starting with v=DMARC1")
	find(t, Check(ctx, r, "nx.example2.test"), "dmarc.missing", finding.Fail, "_dmarc.example2.test: NXDOMAIN")
	fs = Check(ctx, r, "lower.test")
	find(t, fs, "dmarc.discarded", finding.Fail, "the value is case-sensitive")
	find(t, fs, "dmarc.missing", finding.Fail, "_dmarc.lower.test")

	res, fs = CheckResult(ctx, r, "nop.test")
	find(t, fs, "dmarc.invalid", finding.Fail, "p=: missing")
	find(t, fs, "dmarc.unknown-tag", finding.Info, "did you mean rua=?")
	find(t, fs, "dmarc.policy", finding.Warn, "receivers act as if it said p=none")
	if res.Effective != PolicyNone {
		t.Errorf("no p= with valid rua=: effective %q, want none (§4.10.1)", res.Effective)
	}

	res, fs = CheckResult(ctx, r, "dup.test")
	find(t, fs, "dmarc.invalid", finding.Fail, `p=: duplicate tag: a tag-list`)
	if res.Effective != "" || res.Lenient != PolicyReject {
		t.Errorf("duplicate p=: effective %q lenient %q", res.Effective, res.Lenient)
	}
	none(t, fs, "dmarc.policy")

	fs = Check(ctx, r, "broken.test")
	find(t, fs, "dmarc.dns-error", finding.Fail, "SERVFAIL")
	none(t, fs, "dmarc.missing")
	fs = Check(ctx, r, "sub.broken.test")
	find(t, fs, "dmarc.dns-error", finding.Fail, "the inherited policy is unknown")
	fs = Check(ctx, r, "ok.failtop.test")
	find(t, fs, "dmarc.dns-error", finding.Warn, "DNS Tree Walk stopped")
	find(t, fs, "dmarc.policy", finding.Pass, "reject")

	fs = Check(ctx, r, "lenient.test")
	find(t, fs, "dmarc.syntax", finding.Warn, "empty tag")
	find(t, fs, "dmarc.record", finding.Pass, "")

	fs = Check(ctx, r, "sfauth.test")
	find(t, fs, "dmarc.dns-error", finding.Warn, "sfauth.test._report._dmarc.vendor.test")
}

func FuzzParse(f *testing.F) {
	f.Add("v=DMARC1; p=reject; sp=none; pct=50; rua=mailto:a@example.test!10m,https://x.test/; ruf=mailto:x")
	f.Add("v=DMARC1;; p=none; p=reject; fo=1:d:s; rf=afrf; ri=3600")
	f.Add("p=reject; v=DMARC1; adkim=x")
	f.Add("V=DMARC1; P=REJECT; NP=none; PSD=y; T=y; RUA=mailto:a@example.test")
	f.Fuzz(func(t *testing.T, s string) {
		rec := Parse(s)
		if rec == nil {
			t.Fatal("nil record")
		}
		p, sp, np, ok := rec.Policies()
		if ok && (PolicyRank(p) < 0 || PolicyRank(sp) < 0 || PolicyRank(np) < 0) {
			t.Fatalf("usable record %q with policies %q %q %q", s, p, sp, np)
		}
		if !ok && p != "" && p != PolicyNone {
			t.Fatalf("unusable record %q applies %q", s, p)
		}
		if ok && (rec.Invalid() || !rec.IsDMARC()) {
			t.Fatalf("record %q usable but invalid", s)
		}
		if rec.PSD != "y" && rec.PSD != "n" && rec.PSD != "u" {
			t.Fatalf("psd %q", rec.PSD)
		}
		for _, u := range append(rec.RUA, rec.RUF...) {
			if u.Err == "" && u.Scheme == "" {
				t.Fatalf("valid URI without scheme: %+v", u)
			}
		}
	})
}

func FuzzWalkNames(f *testing.F) {
	f.Add("a.b.c.d.e.f.g.h.i.j.mail.example.test")
	f.Add("example.test.")
	f.Add("..a..b")
	f.Fuzz(func(t *testing.T, s string) {
		names, skipped := WalkNames(s)
		if len(names) == 0 || len(names) > MaxWalkQueries {
			t.Fatalf("%q: %d names", s, len(names))
		}
		for i := 1; i < len(names); i++ {
			if !strings.HasSuffix(names[i-1], "."+names[i]) {
				t.Fatalf("%q: %q is not below %q", s, names[i-1], names[i])
			}
		}
		if len(skipped) > 0 && len(names) != MaxWalkQueries {
			t.Fatalf("%q: skipped %d names but walked only %d", s, len(skipped), len(names))
		}
	})
}

func BenchmarkParse(b *testing.B) {
	rec := "v=DMARC1; p=quarantine; sp=reject; np=reject; psd=n; t=n; adkim=s; aspf=r; fo=1:d; rua=mailto:a@example.test,mailto:b@example.test; ruf=mailto:f@example.test"
	b.ReportAllocs()
	for b.Loop() {
		Parse(rec)
	}
}
