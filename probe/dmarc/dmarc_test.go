package dmarc

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/probe/resolver"
	"github.com/smtpgw/smtpgw/report"
)

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, rec string
		policy    string
		invalid   string // substring of the first severe problem, "" for valid
	}{
		{"google style", "v=DMARC1; p=reject; rua=mailto:mailauth-reports@example.test", PolicyReject, ""},
		{"full", "v=DMARC1; p=quarantine; sp=reject; pct=50; adkim=s; aspf=r; fo=1:d; rf=afrf; ri=86400; rua=mailto:a@example.test,mailto:b@example.test!10m; ruf=mailto:f@example.test", PolicyQuarantine, ""},
		{"trailing semicolon", "v=DMARC1; p=none;", PolicyNone, ""},
		{"missing p", "v=DMARC1; rua=mailto:a@example.test", "", "p=: missing"},
		{"bad p", "v=DMARC1; p=block", "", `policy "block"`},
		{"uppercase value", "v=DMARC1; p=Reject", "", "go-msgauth"},
		{"v not first", "p=reject; v=DMARC1", "", "must start with v=DMARC1"},
		{"v lower", "v=dmarc1; p=reject", "", "go-msgauth"},
		{"duplicate", "v=DMARC1; p=none; p=reject", "", `duplicate tag "p"`},
		{"pct range", "v=DMARC1; p=reject; pct=150", "", "go-msgauth"},
		{"pct text", "v=DMARC1; p=reject; pct=half", "", "go-msgauth"},
		{"bad adkim", "v=DMARC1; p=reject; adkim=x", "", "go-msgauth"},
		{"bad fo", "v=DMARC1; p=reject; fo=2", "", "go-msgauth"},
		{"bad ri", "v=DMARC1; p=reject; ri=0", "", "go-msgauth"},
		{"garbage", "v=DMARC1; p=reject; hello", "", "go-msgauth"},
		{"tag syntax", "v=DMARC1; p=reject; 1x=y", "", "must start with a letter"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := Parse(tc.rec)
			if tc.invalid == "" {
				if rec.Invalid() {
					t.Fatalf("problems: %v", rec.Problems)
				}
				if rec.Policy != tc.policy {
					t.Errorf("policy %q", rec.Policy)
				}
				return
			}
			if !rec.Invalid() {
				t.Fatalf("valid, want %q", tc.invalid)
			}
			var all []string
			for _, p := range rec.Problems {
				all = append(all, p.String())
			}
			if !strings.Contains(strings.Join(all, "\n"), tc.invalid) {
				t.Errorf("problems %q, want %q", all, tc.invalid)
			}
		})
	}
	// What go-msgauth accepts silently and the strict checks catch.
	for _, s := range []string{"v=DMARC1; p=none; p=reject", "p=reject; v=DMARC1"} {
		rec := Parse(s)
		if s == "v=DMARC1; p=none; p=reject" && rec.LibErr != nil {
			t.Errorf("go-msgauth now rejects duplicates (%v): update the package comment", rec.LibErr)
		}
		if !rec.Invalid() {
			t.Errorf("%q accepted", s)
		}
	}
	rec := Parse("v=DMARC1; p=reject; rau=mailto:a@example.test")
	if rec.Invalid() || len(rec.Unknown) != 1 || rec.Unknown[0] != "rau" {
		t.Errorf("unknown: %+v", rec)
	}
}

func TestParseURIs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, domain, limit, err string
	}{
		{"mailto:dmarc@example.test", "example.test", "", ""},
		{"mailto:dmarc@Reports.Example.test!10m", "reports.example.test", "10m", ""},
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
	if us := ParseURIs("mailto:a@example.test, mailto:b@example.test"); len(us) != 2 || us[1].Err != "" {
		t.Errorf("list: %+v", us)
	}
}

func TestOrgDomain(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"mail.sub.example.test": "example.test",
		"example.test.":         "example.test",
		"EXAMPLE.test":          "example.test",
		"a.b.example.co.uk":     "example.co.uk",
		"test":                  "test",
	} {
		if got := OrgDomain(in); got != want {
			t.Errorf("OrgDomain(%q) = %q, want %q", in, got, want)
		}
	}
}

var zone = []string{
	`_dmarc.example.test. 300 IN TXT "v=DMARC1; p=reject; sp=quarantine; rua=mailto:dmarc@example.test,mailto:r@auth.test; ruf=mailto:f@noauth.test"`,
	`example.test._report._dmarc.auth.test. 300 IN TXT "v=DMARC1"`,
	`_dmarc.none.test. 300 IN TXT "v=DMARC1; p=none; rua=mailto:d@none.test"`,
	`_dmarc.weak.test. 300 IN TXT "v=DMARC1; p=reject; sp=none; pct=25"`,
	`_dmarc.badrua.test. 300 IN TXT "v=DMARC1; p=quarantine; rua=dmarc@badrua.test; ruf=mailto:oops"`,
	`_dmarc.multi.test. 300 IN TXT "v=DMARC1; p=none"`,
	`_dmarc.multi.test. 300 IN TXT "v=DMARC1; p=reject"`,
	`_dmarc.other.test. 300 IN TXT "google-site-verification=x"`,
	`_dmarc.nop.test. 300 IN TXT "v=DMARC1; rua=mailto:d@nop.test; rau=mailto:x@nop.test"`,
	`_dmarc.broken.test. 300 IN TXT "v=DMARC1; p=reject"`,
	`_dmarc.lenient.test. 300 IN TXT "v=DMARC1;; p=reject; rua=mailto:d@lenient.test"`,
	`_dmarc.sfauth.test. 300 IN TXT "v=DMARC1; p=reject; rua=mailto:d@vendor.test"`,
	"mail.sub.example.test. 300 IN A 192.0.2.1",
	`_dmarc.dup.test. 300 IN TXT "v=DMARC1; p=reject; p=none; rua=mailto:d@dup.test"`,
}

func start(t *testing.T) (*testdns.Server, *resolver.Resolver) {
	srv := testdns.Start(t, zone...)
	srv.ServFail("_dmarc.broken.test")
	srv.ServFail("sfauth.test._report._dmarc.vendor.test")
	r := resolver.New(srv.Addr)
	r.Timeout = 2 * time.Second
	return srv, r
}

func find(t *testing.T, fs []report.Finding, id string, st report.Status, substr string) report.Finding {
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
	return report.Finding{}
}

func none(t *testing.T, fs []report.Finding, id string) {
	t.Helper()
	for _, f := range fs {
		if f.ID == id {
			t.Errorf("unexpected %s: %s", id, f.Summary)
		}
	}
}

func dump(fs []report.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %s %s: %s | %s\n", f.Status, f.ID, f.Summary, f.Detail)
	}
	return b.String()
}

func TestCheck(t *testing.T) {
	t.Parallel()
	_, r := start(t)
	ctx := context.Background()

	res, fs := CheckResult(ctx, r, "example.test")
	if res.Effective != PolicyReject || res.Fallback {
		t.Errorf("result %+v", res)
	}
	f := find(t, fs, "dmarc.policy", report.Pass, "reject (set by p=)")
	if len(f.Evidence) != 1 || !strings.Contains(f.Evidence[0], "_dmarc.example.test.") {
		t.Errorf("evidence %q", f.Evidence)
	}
	find(t, fs, "dmarc.record", report.Pass, "v=DMARC1")
	find(t, fs, "dmarc.subdomain-policy", report.Warn, "sp=quarantine is weaker than p=reject")
	find(t, fs, "dmarc.rua", report.Pass, "External destinations that authorised reports (RFC 7489 §7.1): auth.test")
	f = find(t, fs, "dmarc.rua.unauthorized", report.Warn, "noauth.test")
	if len(f.Evidence) != 1 || f.Evidence[0] != "example.test._report._dmarc.noauth.test TXT: NXDOMAIN" {
		t.Errorf("evidence %q", f.Evidence)
	}
	if !strings.Contains(strings.Join(f.Remediation, " "), "example.test._report._dmarc.noauth.test") {
		t.Errorf("remediation %q", f.Remediation)
	}

	res, fs = CheckResult(ctx, r, "mail.sub.example.test")
	if res.Effective != PolicyQuarantine || !res.Fallback || res.OrgDomain != "example.test" {
		t.Errorf("fallback result %+v", res)
	}
	find(t, fs, "dmarc.org-fallback", report.Info, "organizational domain example.test")
	find(t, fs, "dmarc.policy", report.Pass, "quarantine (set by sp= of example.test)")

	fs = Check(ctx, r, "none.test")
	find(t, fs, "dmarc.policy", report.Warn, "none")
	none(t, fs, "dmarc.rua.unauthorized")

	fs = Check(ctx, r, "weak.test")
	find(t, fs, "dmarc.subdomain-policy", report.Warn, "sp=none")
	find(t, fs, "dmarc.pct", report.Warn, "pct=25")
	find(t, fs, "dmarc.rua.missing", report.Warn, "no rua=")

	fs = Check(ctx, r, "badrua.test")
	f = find(t, fs, "dmarc.rua.invalid", report.Fail, `rua: "dmarc@badrua.test": not a URI with a scheme`)
	if !strings.Contains(f.Detail, `ruf: "mailto:oops"`) {
		t.Errorf("detail %q", f.Detail)
	}

	find(t, Check(ctx, r, "multi.test"), "dmarc.multiple", report.Fail, "2 DMARC records")
	find(t, Check(ctx, r, "other.test"), "dmarc.missing", report.Fail, "_dmarc.other.test: 1 TXT record(s), none starting with v=DMARC1")
	find(t, Check(ctx, r, "nx.example2.test"), "dmarc.missing", report.Fail, "_dmarc.example2.test: NXDOMAIN")

	res, fs = CheckResult(ctx, r, "nop.test")
	find(t, fs, "dmarc.invalid", report.Fail, "p= is required")
	find(t, fs, "dmarc.unknown-tag", report.Warn, "rau")
	if res.Effective != PolicyNone {
		t.Errorf("no p= with valid rua=: effective %q, want none (§6.6.3)", res.Effective)
	}

	res, fs = CheckResult(ctx, r, "dup.test")
	find(t, fs, "dmarc.invalid", report.Fail, `duplicate tag "p"`)
	if res.Effective != "" || res.Lenient != PolicyReject {
		t.Errorf("duplicate p=: effective %q lenient %q", res.Effective, res.Lenient)
	}
	none(t, fs, "dmarc.policy")

	fs = Check(ctx, r, "broken.test")
	find(t, fs, "dmarc.dns-error", report.Fail, "SERVFAIL")
	none(t, fs, "dmarc.missing")
	fs = Check(ctx, r, "sub.broken.test")
	find(t, fs, "dmarc.dns-error", report.Fail, "SERVFAIL") // via the fallback

	fs = Check(ctx, r, "lenient.test")
	find(t, fs, "dmarc.syntax", report.Warn, "empty tag-spec")
	find(t, fs, "dmarc.record", report.Pass, "")

	fs = Check(ctx, r, "sfauth.test")
	find(t, fs, "dmarc.dns-error", report.Warn, "sfauth.test._report._dmarc.vendor.test")
}

func FuzzParse(f *testing.F) {
	f.Add("v=DMARC1; p=reject; sp=none; pct=50; rua=mailto:a@example.test!10m,https://x.test/; ruf=mailto:x")
	f.Add("v=DMARC1;; p=none; p=reject; fo=1:d:s; rf=afrf; ri=3600")
	f.Add("p=reject; v=DMARC1; adkim=x")
	f.Fuzz(func(t *testing.T, s string) {
		rec := Parse(s)
		if rec == nil {
			t.Fatal("nil record")
		}
		// The strict checks must never accept what go-msgauth rejects.
		if rec.LibErr != nil && !rec.Invalid() {
			t.Fatalf("go-msgauth rejects %q (%v) but the record is valid", s, rec.LibErr)
		}
		if !rec.Invalid() && PolicyRank(rec.Policy) < 0 {
			t.Fatalf("valid record %q with policy %q", s, rec.Policy)
		}
		for _, u := range append(rec.RUA, rec.RUF...) {
			if u.Err == "" && u.Scheme == "" {
				t.Fatalf("valid URI without scheme: %+v", u)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	rec := "v=DMARC1; p=quarantine; sp=reject; pct=50; adkim=s; aspf=r; fo=1:d; rf=afrf; ri=86400; rua=mailto:a@example.test,mailto:b@example.test!10m; ruf=mailto:f@example.test"
	b.ReportAllocs()
	for b.Loop() {
		Parse(rec)
	}
}
