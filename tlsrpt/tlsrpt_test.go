package tlsrpt

import (
	"context"
	"errors"
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
	valid := []struct {
		rec  string
		uris int
		ext  int
	}{
		{"v=TLSRPTv1; rua=mailto:tlsrpt@example.test", 1, 0},
		{"v=TLSRPTv1;rua=mailto:a@example.test,https://reports.example.test/v1/tlsrpt", 2, 0},
		{"v=TLSRPTv1 ; rua=mailto:a@example.test , mailto:b@example.test ;", 2, 0},
		{"v=TLSRPTv1; rua=mailto:a@example.test; x-vendor=abc.1", 1, 1},
		{"v=TLSRPTv1; rua=mailto:a@example.test ", 1, 0},
		{"v=TLSRPTv1; rua=ftp://example.test/x", 1, 0}, // URI error, not a record error
	}
	for _, tc := range valid {
		rec, err := Parse(tc.rec)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.rec, err)
			continue
		}
		if len(rec.RUA) != tc.uris || len(rec.Extensions) != tc.ext {
			t.Errorf("Parse(%q) = %+v", tc.rec, rec)
		}
	}
	invalid := []struct {
		rec, want string
		pos       int
	}{
		{"v=tlsrptv1; rua=mailto:a@example.test", "version is case-sensitive", 1},
		{"rua=mailto:a@example.test; v=TLSRPTv1", `must start with "v=TLSRPTv1"`, 1},
		{"v=TLSRPTv1", "missing rua=", 11},
		{"v=TLSRPTv1;", "missing rua=", 12},
		{"v=TLSRPTv1 rua=mailto:a@example.test", `expected ";"`, 12},
		{"v=TLSRPTv10; rua=mailto:a@example.test", `expected ";"`, 11},
		{"v=TLSRPTv1; rua=", "rua= is empty", 13},
		{"v=TLSRPTv1; rua=mailto:a@example.test; rua=mailto:b@example.test", "duplicate rua=", 40},
		{"v=TLSRPTv1; RUA=mailto:a@example.test", "case-sensitive", 13},
		{"v=TLSRPTv1; rua=mailto:a@example.test; hello", "expected name=value", 40},
		{"v=TLSRPTv1; rua=mailto:a@example.test; -x=1", "must start with a letter or digit", 40},
		{"v=TLSRPTv1; rua=mailto:a@example.test; x=a b", "not allowed in an extension value", 43},
		{"v=TLSRPTv1; x=1", "missing rua=", 16},
		{"v=TLSRPTv1; rua=mailto:a@example.test" + strings.Repeat(";x=1", 1100), "longer than", 1},
	}
	for _, tc := range invalid {
		_, err := Parse(tc.rec)
		var se *SyntaxError
		if !errors.As(err, &se) || !strings.Contains(se.Msg, tc.want) || se.Pos != tc.pos {
			t.Errorf("Parse(%q) = %v, want pos %d %q", tc.rec, err, tc.pos, tc.want)
		}
	}
}

func TestParseURIs(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"mailto:tlsrpt@example.test":        "",
		"mailto:tls%2Brpt@example.test":     "",
		"https://reports.example.test/path": "",
		"mailto:nobody":                     "not a valid mailbox",
		"mailto:a@localhost":                "fully qualified",
		"https:/nohost":                     "without a host",
		"https://u:p@example.test/":         "user information",
		"http://reports.example.test/":      `scheme "http"`,
		"tlsrpt@example.test":               "no scheme",
		"":                                  "empty URI",
	} {
		u := ParseURIs(in)[0]
		if (want == "") != (u.Err == "") || !strings.Contains(u.Err, want) {
			t.Errorf("ParseURIs(%q) = %+v, want %q", in, u, want)
		}
	}
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
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %s %s: %s | %s\n", f.Status, f.ID, f.Summary, f.Detail)
	}
	t.Fatalf("no %s/%s containing %q in\n%s", id, st, substr, b.String())
	return finding.Finding{}
}

func TestCheck(t *testing.T) {
	t.Parallel()
	srv := testdns.Start(t,
		`_smtp._tls.example.test. 300 IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@example.test,https://reports.example.test/tlsrpt"`,
		`_smtp._tls.multi.test. 300 IN TXT "v=TLSRPTv1; rua=mailto:a@multi.test"`,
		`_smtp._tls.multi.test. 300 IN TXT "v=TLSRPTv1; rua=mailto:b@multi.test"`,
		`_smtp._tls.bad.test. 300 IN TXT "v=TLSRPTv1; rua=mailto:a@bad.test,ftp://bad.test/x"`,
		`_smtp._tls.invalid.test. 300 IN TXT "v=TLSRPTv1 rua=mailto:a@invalid.test"`,
		`_smtp._tls.other.test. 300 IN TXT "v=spf1 -all"`,
		`_smtp._tls.ext.test. 300 IN TXT "v=TLSRPTv1; rua=mailto:a@ext.test; foo=bar"`,
		`_smtp._tls.sf.test. 300 IN TXT "v=TLSRPTv1; rua=mailto:a@sf.test"`,
		`_smtp._tls.split.test. 300 IN TXT "v=TLSRPTv1; rua=mailto:tls" "rpt@split.test"`,
		`_smtp._tls.nov.test. 300 IN TXT "rua=mailto:tlsrpt@nov.test"`,
		`_smtp._tls.badv.test. 300 IN TXT "v=TLSRPT1; rua=mailto:tlsrpt@badv.test"`,
	)
	srv.ServFail("_smtp._tls.sf.test")
	r := resolver.New(srv.Addr)
	r.Timeout = 2 * time.Second
	ctx := context.Background()

	f := find(t, Check(ctx, r, "example.test", Options{}), "tlsrpt.ok", finding.Pass, "mailto:tlsrpt@example.test, https://reports.example.test/tlsrpt")
	if len(f.Evidence) != 1 || !strings.Contains(f.Evidence[0], "_smtp._tls.example.test.") {
		t.Errorf("evidence %q", f.Evidence)
	}
	find(t, Check(ctx, r, "split.test", Options{}), "tlsrpt.ok", finding.Pass, "mailto:tlsrpt@split.test")
	find(t, Check(ctx, r, "multi.test", Options{}), "tlsrpt.multiple", finding.Fail, "2 TLS-RPT records")
	fs := Check(ctx, r, "bad.test", Options{})
	find(t, fs, "tlsrpt.rua.invalid", finding.Fail, `"ftp://bad.test/x": scheme "ftp"`)
	find(t, fs, "tlsrpt.ok", finding.Pass, "mailto:a@bad.test")
	find(t, Check(ctx, r, "invalid.test", Options{}), "tlsrpt.invalid", finding.Fail, `at octet 12: expected ";"`)
	find(t, Check(ctx, r, "other.test", Options{}), "tlsrpt.missing", finding.Info, "no TXT record starting with v=TLSRPTv1")
	find(t, Check(ctx, r, "nx.test", Options{}), "tlsrpt.missing", finding.Info, "NXDOMAIN")
	find(t, Check(ctx, r, "nx.test", Options{TLSPolicy: true}), "tlsrpt.missing", finding.Warn, "MTA-STS or DANE")
	find(t, Check(ctx, r, "ext.test", Options{}), "tlsrpt.extension", finding.Info, "foo")
	// A record without the version is discarded by senders: it is shown,
	// with the severity of any other unusable record, not called missing.
	for _, d := range []string{"nov.test", "badv.test"} {
		fs := Check(ctx, r, d, Options{})
		f := find(t, fs, "tlsrpt.invalid", finding.Fail, "does not start with v=TLSRPTv1")
		if !strings.Contains(f.Detail, "Discarded record: ") || !strings.Contains(f.Detail, "mailto:tlsrpt@"+d) {
			t.Errorf("%s: detail %q", d, f.Detail)
		}
		for _, f := range fs {
			if f.ID == "tlsrpt.missing" {
				t.Errorf("%s: discarded record reported as missing", d)
			}
		}
	}
	fs = Check(ctx, r, "sf.test", Options{})
	find(t, fs, "tlsrpt.dns-error", finding.Fail, "SERVFAIL")
	for _, f := range fs {
		if f.ID == "tlsrpt.missing" {
			t.Error("SERVFAIL reported as missing")
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("v=TLSRPTv1; rua=mailto:tlsrpt@example.test,https://reports.example.test/v1")
	f.Add("v=TLSRPTv1 ; rua=mailto:a@example.test , ftp://x ; ext-1.a=b;")
	f.Add("v=TLSRPTv1; rua=; rua=x")
	f.Fuzz(func(t *testing.T, s string) {
		rec, err := Parse(s)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) || se.Pos < 1 || se.Pos > len(s)+1 {
				t.Fatalf("error %v has a bad position for %q", err, s)
			}
			return
		}
		if len(rec.RUA) == 0 || !strings.HasPrefix(s, Version) {
			t.Fatalf("accepted %q without rua= or version", s)
		}
		for _, u := range rec.RUA {
			if u.Err == "" && u.Scheme != "mailto" && u.Scheme != "https" {
				t.Fatalf("accepted scheme %q", u.Scheme)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("v=TLSRPTv1; rua=mailto:tlsrpt@example.test,https://reports.example.test/v1"); err != nil {
			b.Fatal(err)
		}
	}
}
