package spf

import (
	"context"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

// providers: the include chains of large providers under .test names
// (testdns.SPFProviderChains) and the MX hosts of example.test.
var providers = append(testdns.SPFProviderChains(),
	"mx1.example.test. 300 IN A 192.0.2.25",
	"mx2.example.test. 300 IN AAAA 2001:db8::25",
)

func startDNS(t *testing.T, zone ...string) (*testdns.Server, *resolver.Resolver) {
	t.Helper()
	srv := testdns.Start(t, append(append([]string{}, providers...), zone...)...)
	r := resolver.New(srv.Addr)
	r.Timeout = 2 * time.Second
	return srv, r
}

func ids(fs []finding.Finding) map[string]finding.Finding {
	m := map[string]finding.Finding{}
	for _, f := range fs {
		if _, ok := m[f.ID]; !ok {
			m[f.ID] = f
		}
	}
	return m
}

func want(t *testing.T, fs []finding.Finding, id string, st finding.Status, substr ...string) finding.Finding {
	t.Helper()
	for _, f := range fs {
		if f.ID != id {
			continue
		}
		if f.Status != st {
			continue
		}
		text := f.Summary + "\n" + f.Detail
		ok := true
		for _, s := range substr {
			if !strings.Contains(text, s) {
				ok = false
			}
		}
		if ok {
			if f.Target.Domain == "" {
				t.Errorf("%s: no target domain", id)
			}
			if st != finding.Pass && f.Remediation == nil {
				t.Errorf("%s: nil remediation", id)
			}
			return f
		}
	}
	t.Fatalf("no finding %s/%s containing %q in:\n%s", id, st, substr, dump(fs))
	return finding.Finding{}
}

func dump(fs []finding.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %s %s: %s\n", f.Status, f.ID, f.Summary)
		if f.Detail != "" {
			fmt.Fprintf(&b, "      %s\n", strings.ReplaceAll(f.Detail, "\n", "\n      "))
		}
	}
	return b.String()
}

func TestCheckProviders(t *testing.T) {
	t.Parallel()
	_, r := startDNS(t,
		`gw.example.test. 300 IN TXT "google-site-verification=abc"`,
		`gw.example.test. 300 IN TXT "v=spf1 include:_spf.google.test include:spf.protection.outlook.test include:servers.mcsv.test -all"`,
	)
	fs := Check(context.Background(), r, "gw.example.test")
	want(t, fs, "spf.record", finding.Pass)
	f := want(t, fs, "spf.lookups", finding.Pass, "7 of 10", "gw.example.test: 7 lookups\n  include:_spf.google.test (4)\n    include:_netblocks.google.test (1)", "include:spf.protection.outlook.test (2)")
	if len(f.Evidence) != 2 || !strings.Contains(strings.Join(f.Evidence, "\n"), `"v=spf1 include:_spf.google.test`) {
		t.Errorf("evidence = %q", f.Evidence)
	}
	want(t, fs, "spf.all", finding.Pass, `"-all"`)
	if finding.Worst(fs) != finding.Pass {
		t.Errorf("worst = %s:\n%s", finding.Worst(fs), dump(fs))
	}
}

func TestCheckLookupOverflow(t *testing.T) {
	t.Parallel()
	_, r := startDNS(t,
		`big.example.test. 300 IN TXT "v=spf1 mx include:_spf.google.test include:spf.protection.outlook.test include:sendgrid.test include:mail.zendesk.test include:servers.mcsv.test -all"`,
		"big.example.test. 300 IN MX 10 mx1.example.test.",
	)
	fs := Check(context.Background(), r, "big.example.test")
	// mx(1) google(4) outlook(2) sendgrid(1) zendesk(4) mailchimp(1) = 13
	want(t, fs, "spf.lookups", finding.Fail, "13 DNS lookups", "the 11th is big.example.test → include:mail.zendesk.test → include:_spf2.zendesk.test")
}

func TestCheckVoidLookups(t *testing.T) {
	t.Parallel()
	_, r := startDNS(t,
		`void.example.test. 300 IN TXT "v=spf1 a:gone1.example.test mx:gone2.example.test exists:nodata.example.test ip4:192.0.2.1 -all"`,
		`nodata.example.test. 300 IN TXT "not an address"`,
		`twovoid.example.test. 300 IN TXT "v=spf1 a:gone1.example.test a:mx2.example.test -all"`,
	)
	fs := Check(context.Background(), r, "void.example.test")
	want(t, fs, "spf.void-lookups", finding.Fail, "3 void DNS lookups", "a:gone1.example.test: NXDOMAIN", "exists:nodata.example.test: no records")
	fs = Check(context.Background(), r, "twovoid.example.test")
	want(t, fs, "spf.void-lookups", finding.Info, "1 void")
}

func TestCheckIncludeLoop(t *testing.T) {
	t.Parallel()
	srv, r := startDNS(t,
		`loop.example.test. 300 IN TXT "v=spf1 include:a.loop.example.test -all"`,
		`a.loop.example.test. 300 IN TXT "v=spf1 include:b.loop.example.test ~all"`,
		`b.loop.example.test. 300 IN TXT "v=spf1 include:loop.example.test ~all"`,
		`self.example.test. 300 IN TXT "v=spf1 redirect=self.example.test"`,
	)
	fs := Check(context.Background(), r, "loop.example.test")
	want(t, fs, "spf.include-loop", finding.Fail, "loop.example.test → include:a.loop.example.test → include:b.loop.example.test → include:loop.example.test")
	if n := srv.Queries("loop.example.test", "TXT"); n != 1 {
		t.Errorf("loop.example.test TXT queried %d times", n)
	}
	fs = Check(context.Background(), r, "self.example.test")
	want(t, fs, "spf.include-loop", finding.Fail, "redirect=self.example.test")
}

func TestCheckHugeRecord(t *testing.T) {
	t.Parallel()
	var parts []string
	for i := 0; i < 40; i++ { // 40 strings of 250 octets: 10,000 octets
		parts = append(parts, `"`+strings.Repeat("a ", 125)+`"`)
	}
	parts[0] = `"v=spf1 ` + strings.Repeat("a ", 121) + `"`
	srv, r := startDNS(t, "huge.example.test. 300 IN TXT "+strings.Join(parts, " "))
	srv.Truncate("huge.example.test") // as a real server would: too big for UDP
	fs := Check(context.Background(), r, "huge.example.test")
	f := want(t, fs, "spf.too-large", finding.Fail, "longer than 4096")
	if len(f.Evidence[0]) > 700 {
		t.Errorf("evidence not truncated: %d octets", len(f.Evidence[0]))
	}
}

func TestCheckManyTermsBounded(t *testing.T) {
	t.Parallel()
	// 200 distinct includes of non-existent names: bounded by MaxQueries and
	// reported as void lookups and missing includes, quickly.
	var b strings.Builder
	b.WriteString("v=spf1")
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&b, " a:h%d.x.test", i)
	}
	rec := b.String()
	var strs []string
	for len(rec) > 0 {
		n := min(255, len(rec))
		strs = append(strs, `"`+rec[:n]+`"`)
		rec = rec[n:]
	}
	_, r := startDNS(t, "many.example.test. 300 IN TXT "+strings.Join(strs, " "))
	fs := Check(context.Background(), r, "many.example.test")
	want(t, fs, "spf.lookups", finding.Fail, "200 DNS lookups")
	want(t, fs, "spf.void-lookups", finding.Fail)
	want(t, fs, "spf.length", finding.Info)
	want(t, fs, "spf.split-token", finding.Info)
}

func TestCheckMultipleAndMissing(t *testing.T) {
	t.Parallel()
	srv, r := startDNS(t,
		`multi.example.test. 300 IN TXT "v=spf1 mx -all"`,
		`multi.example.test. 300 IN TXT "v=spf1 include:_spf.google.test ~all"`,
		`nospf.example.test. 300 IN TXT "v=DMARC1; p=none"`,
		`broken.example.test. 300 IN TXT "v=spf1 -all"`,
		`timeout.example.test. 300 IN TXT "v=spf1 -all"`,
	)
	srv.ServFail("broken.example.test")
	srv.Drop("timeout.example.test")
	fs := Check(context.Background(), r, "multi.example.test")
	f := want(t, fs, "spf.multiple", finding.Fail, "2 SPF records", "permerror")
	if len(f.Evidence) != 2 {
		t.Errorf("evidence = %q", f.Evidence)
	}
	want(t, Check(context.Background(), r, "nospf.example.test"), "spf.missing", finding.Fail, "none starting with")
	want(t, Check(context.Background(), r, "nx.example.test"), "spf.missing", finding.Fail, "NXDOMAIN")
	fs = Check(context.Background(), r, "broken.example.test")
	f = want(t, fs, "spf.dns-error", finding.Fail, "SERVFAIL")
	if len(f.Evidence) == 0 || !strings.Contains(f.Evidence[0], "broken.example.test") || !strings.Contains(f.Evidence[0], "SERVFAIL") {
		t.Errorf("spf.dns-error evidence = %q, want the lookup error", f.Evidence)
	}
	if _, ok := ids(fs)["spf.missing"]; ok {
		t.Error("SERVFAIL reported as missing")
	}
	r2 := resolver.New(srv.Addr)
	r2.Timeout = 200 * time.Millisecond
	f = want(t, Check(context.Background(), r2, "timeout.example.test"), "spf.dns-error", finding.Warn, "timed out")
	if len(f.Evidence) != 1 || !strings.Contains(f.Evidence[0], "timeout.example.test") || !strings.Contains(f.Evidence[0], "timed out") {
		t.Errorf("spf.dns-error evidence = %q, want the timeout", f.Evidence)
	}
}

func TestCheckIncludeProblems(t *testing.T) {
	t.Parallel()
	srv, r := startDNS(t,
		`inc.example.test. 300 IN TXT "v=spf1 include:missing.example.test include:nospf.example.test include:bad.example.test include:sf.example.test include:open.example.test -all"`,
		`nospf.example.test. 300 IN TXT "hello"`,
		`redir-missing.example.test. 300 IN TXT "v=spf1 redirect=missing.example.test"`,
		`bad.example.test. 300 IN TXT "v=spf1 ip4:192.0.2.0/33 -all"`,
		`sf.example.test. 300 IN TXT "v=spf1 -all"`,
		`open.example.test. 300 IN TXT "v=spf1 +all"`,
	)
	srv.ServFail("sf.example.test")
	// A failing redirect= is not an include (issue 19).
	redir := Check(context.Background(), r, "redir-missing.example.test")
	want(t, redir, "spf.redirect-missing", finding.Fail, "redirect=missing.example.test: missing.example.test does not exist (NXDOMAIN)")
	for _, f := range redir {
		if f.ID == "spf.include-missing" {
			t.Errorf("redirect reported as %s: %s", f.ID, f.Summary)
		}
	}
	fs := Check(context.Background(), r, "inc.example.test")
	want(t, fs, "spf.include-missing", finding.Fail, "missing.example.test does not exist (NXDOMAIN)")
	want(t, fs, "spf.include-missing", finding.Fail, "nospf.example.test has no SPF record")
	want(t, fs, "spf.syntax", finding.Fail, "bad.example.test (reached via inc.example.test → include:bad.example.test)", "bad CIDR length /33")
	if f := want(t, fs, "spf.dns-error", finding.Fail, "sf.example.test"); len(f.Evidence) == 0 || !strings.Contains(f.Evidence[0], "sf.example.test") {
		t.Errorf("include spf.dns-error evidence = %q", f.Evidence)
	}
	want(t, fs, "spf.include-all", finding.Fail, "include:open.example.test")
	want(t, fs, "spf.void-lookups", finding.Info, "1 void")
}

func TestCheckPolicyTerms(t *testing.T) {
	t.Parallel()
	_, r := startDNS(t,
		`plus.example.test. 300 IN TXT "v=spf1 +all"`,
		`quest.example.test. 300 IN TXT "v=spf1 ip4:192.0.2.1 ?all"`,
		`noall.example.test. 300 IN TXT "v=spf1 ip4:192.0.2.1"`,
		`soft.example.test. 300 IN TXT "v=spf1 ip4:192.0.2.1 ~all"`,
		`redir.example.test. 300 IN TXT "v=spf1 redirect=_spf.google.test"`,
		`both.example.test. 300 IN TXT "v=spf1 -all redirect=_spf.google.test"`,
		`ptr.example.test. 300 IN TXT "v=spf1 ptr -all ip4:192.0.2.1 moo=cow"`,
		`merged.example.test. 300 IN TXT "v=spf1 a -all v=spf1 mx"`,
		`macro.example.test. 300 IN TXT "v=spf1 exists:%{i}._spf.macro.example.test -all"`,
		`split.example.test. 300 IN TXT "v=spf1 include:_spf.google.test" "include:sendgrid.test -all"`,
		`split2.example.test. 300 IN TXT "v=spf1 include:_spf.goo" "gle.test -all"`,
		`mxmany.example.test. 300 IN TXT "v=spf1 mx -all"`,
		`dup.example.test. 300 IN TXT "v=spf1 include:sendgrid.test include:Sendgrid.test. -all"`,
	)
	ctx := context.Background()
	want(t, Check(ctx, r, "plus.example.test"), "spf.all", finding.Fail, "every host")
	want(t, Check(ctx, r, "quest.example.test"), "spf.all", finding.Warn, `"?all"`)
	want(t, Check(ctx, r, "noall.example.test"), "spf.all", finding.Warn, "without")
	want(t, Check(ctx, r, "soft.example.test"), "spf.all", finding.Pass, "softfail")
	want(t, Check(ctx, r, "redir.example.test"), "spf.all", finding.Pass, "redir.example.test → redirect=_spf.google.test", `"~all"`)
	fs := Check(ctx, r, "both.example.test")
	want(t, fs, "spf.redirect-ignored", finding.Warn)
	want(t, fs, "spf.lookups", finding.Pass, "0 of 10")
	fs = Check(ctx, r, "ptr.example.test")
	want(t, fs, "spf.ptr", finding.Warn, "ptr")
	want(t, fs, "spf.after-all", finding.Warn, "ip4:192.0.2.1")
	want(t, fs, "spf.unknown-modifier", finding.Info, "moo=cow")
	want(t, Check(ctx, r, "merged.example.test"), "spf.unknown-modifier", finding.Warn, "merged")
	want(t, Check(ctx, r, "macro.example.test"), "spf.macro", finding.Info, "exists:%{i}")
	want(t, Check(ctx, r, "split.example.test"), "spf.split-token", finding.Warn, `_spf.google.testinclude:sendgrid.test"`)
	want(t, Check(ctx, r, "dup.example.test"), "spf.duplicate-include", finding.Warn, "include:Sendgrid.test.")
	fs = Check(ctx, r, "split2.example.test")
	want(t, fs, "spf.split-token", finding.Info, `"include:_spf.google.test"`)
	want(t, fs, "spf.lookups", finding.Pass, "4 of 10")
}

func TestCheckMXLimit(t *testing.T) {
	t.Parallel()
	zone := []string{`mxmany.example.test. 300 IN TXT "v=spf1 mx -all"`}
	for i := 0; i < 11; i++ {
		zone = append(zone, fmt.Sprintf("mxmany.example.test. 300 IN MX %d mx%d.example.test.", i, i))
	}
	_, r := startDNS(t, zone...)
	want(t, Check(context.Background(), r, "mxmany.example.test"), "spf.mx-limit", finding.Fail, "11 MX names")
}

func TestFindingsStringTooLong(t *testing.T) {
	t.Parallel()
	// Impossible on the wire (a character-string is at most 255 octets), but
	// Findings must still say so when handed one.
	long := "v=spf1 " + strings.Repeat("ip4:192.0.2.1 ", 20) + "-all"
	rec, err := Parse(long)
	if err != nil {
		t.Fatal(err)
	}
	a := &Analysis{Domain: "long.example.test", Root: &Node{Domain: "long.example.test", Record: rec,
		Fetched: &Fetched{Domain: "long.example.test", SPF: [][]string{{long}}, TXT: [][]string{{long}}, Text: long}}}
	want(t, Findings(a), "spf.string-too-long", finding.Fail, "291-octet")
}

func TestEvaluate(t *testing.T) {
	t.Parallel()
	srv, r := startDNS(t,
		`ev.example.test. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 include:_spf.google.test -all"`,
		`soft.example.test. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 ~all"`,
		`mx.example.test. 300 IN TXT "v=spf1 mx ?all"`,
		"mx.example.test. 300 IN MX 10 mx1.example.test.",
		`perm.example.test. 300 IN TXT "v=spf1 include:nowhere.example.test -all"`,
		`temp.example.test. 300 IN TXT "v=spf1 include:sf.example.test -all"`,
		`sf.example.test. 300 IN TXT "v=spf1 -all"`,
		`over.example.test. 300 IN TXT "v=spf1 include:_spf.google.test include:_spf.google.test include:_spf.google.test -all"`,
	)
	srv.ServFail("sf.example.test")
	ctx := context.Background()
	tests := []struct {
		ip, sender, result string
		st                 finding.Status
		reason             string
	}{
		{"192.0.2.10", "alice@ev.example.test", "pass", finding.Pass, "matched ip4:192.0.2.0/24"},
		{"64.233.160.5", "alice@ev.example.test", "pass", finding.Pass, ""},
		{"2001:4860:4000::1", "alice@ev.example.test", "pass", finding.Pass, ""},
		{"198.51.100.1", "alice@ev.example.test", "fail", finding.Fail, "matched -all"},
		{"198.51.100.1", "bob@soft.example.test", "softfail", finding.Warn, ""},
		{"192.0.2.25", "bob@mx.example.test", "pass", finding.Pass, "matched mx"},
		{"198.51.100.1", "bob@mx.example.test", "neutral", finding.Warn, ""},
		{"198.51.100.1", "x@perm.example.test", "permerror", finding.Fail, ""},
		{"198.51.100.1", "x@temp.example.test", "temperror", finding.Fail, "SERVFAIL"},
		{"198.51.100.1", "x@over.example.test", "permerror", finding.Fail, "lookup limit"},
		{"198.51.100.1", "x@nx.example.test", "none", finding.Fail, ""},
	}
	for _, tc := range tests {
		ev := Evaluate(ctx, r, net.ParseIP(tc.ip), tc.sender, "mail.example.test")
		if ev.Result != tc.result || ev.Finding.Status != tc.st || !strings.Contains(ev.Reason, tc.reason) {
			t.Errorf("%s as %s: %s (%s) status %s; want %s %s %q\n%s", tc.ip, tc.sender, ev.Result, ev.Reason, ev.Finding.Status, tc.result, tc.st, tc.reason, ev.Finding.Detail)
		}
		if ev.Finding.ID != "spf.eval" || ev.Finding.Target.Addr != tc.ip || ev.Queries == 0 || ev.Finding.Remediation == nil || len(ev.Finding.Evidence) == 0 {
			t.Errorf("finding = %+v, queries %d", ev.Finding, ev.Queries)
		}
	}
	ev := Evaluate(ctx, r, net.ParseIP("64.233.160.5"), "alice@ev.example.test", "mail.example.test")
	if got := strings.Join(ev.Deciding(), " → "); got != "include:_spf.google.test → include:_netblocks.google.test → ip4:64.233.160.0/19" {
		t.Errorf("deciding = %q; trace:\n%s", got, strings.Join(ev.Trace, "\n"))
	}
	if len(ev.Finding.Evidence) != 1 || !strings.Contains(ev.Finding.Evidence[0], `"v=spf1 ip4:192.0.2.0/24 include:_spf.google.test -all"`) {
		t.Errorf("evidence %q", ev.Finding.Evidence)
	}
	if !strings.Contains(ev.Finding.Detail, "Decided by: include:_spf.google.test") {
		t.Errorf("detail %q", ev.Finding.Detail)
	}
	ev = Evaluate(ctx, r, net.ParseIP("198.51.100.1"), "x@over.example.test", "mail.example.test")
	if d := ev.Deciding(); len(d) == 0 || d[0] != "include:_spf.google.test" {
		t.Errorf("deciding = %q", d)
	}
	// Null sender: postmaster@helo.
	ev = Evaluate(ctx, r, net.ParseIP("192.0.2.1"), "", "ev.example.test")
	if ev.Sender != "postmaster@ev.example.test" || ev.Result != "pass" {
		t.Errorf("null sender: %+v", ev)
	}
}

func BenchmarkParse(b *testing.B) {
	rec := "v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 ip6:2a01:111:f400::/48 include:spfd.protection.outlook.test exists:%{i}.x.example.test a:mail.example.test/24//64 -all"
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(rec); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	srv := testdns.Start(b, append(append([]string{}, providers...),
		`gw.example.test. 300 IN TXT "v=spf1 include:_spf.google.test include:spf.protection.outlook.test include:servers.mcsv.test -all"`)...)
	r := resolver.New(srv.Addr)
	for b.Loop() {
		Check(context.Background(), r, "gw.example.test")
	}
}

func TestCheckWalkLimits(t *testing.T) {
	t.Parallel()
	var zone []string
	// A chain of 15 includes: deeper than MaxDepth.
	for i := 0; i < 15; i++ {
		zone = append(zone, fmt.Sprintf(`d%d.deep.test. 300 IN TXT "v=spf1 include:d%d.deep.test -all"`, i, i+1))
	}
	// A binary tree 8 levels deep: 255 records, more than MaxRecords.
	for i := 0; i < 8; i++ {
		zone = append(zone, fmt.Sprintf(`w%d.wide.test. 300 IN TXT "v=spf1 include:w%d.wide.test include:w%d.wide.test -all"`, i, i+1, i+1))
	}
	_, r := startDNS(t, zone...)
	fs := Check(context.Background(), r, "d0.deep.test")
	want(t, fs, "spf.walk-limit", finding.Warn, "nested deeper than 12 levels")
	want(t, fs, "spf.lookups", finding.Fail)
	fs = Check(context.Background(), r, "w0.wide.test")
	want(t, fs, "spf.walk-limit", finding.Warn, "more than 64 records")
	want(t, fs, "spf.lookups", finding.Fail)
}
