package check

import (
	"context"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/check/checktest"
	"github.com/smtpgw/smtpgw/finding"
)

func run(t *testing.T, w *world, domain string) *Result {
	t.Helper()
	res, err := Run(context.Background(), w.opts, domain)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestHealthyDomain(t *testing.T) {
	t.Parallel()
	w := newWorld(t, healthy("good.test"))
	w.opts.DKIMSelectors = []string{"s1"}
	for _, e := range []string{"dane", "starttls", "mta-sts=enforce", "dnssec", "spf", "dmarc=reject", "tlsrpt"} {
		x, err := ParseExpectation(e)
		if err != nil {
			t.Fatal(err)
		}
		w.opts.Expect = append(w.opts.Expect, x)
	}
	res := run(t, w, "Good.Test.")
	want(t, res.Findings, map[string]finding.Status{
		"mx.ok": finding.Pass, "mx.fcrdns": finding.Pass,
		"starttls.ok": finding.Pass, "tls.cert.ok": finding.Pass,
		"dane.tlsa": finding.Pass, "dane.match": finding.Pass, "dnssec.mx": finding.Pass,
		"mtasts.record": finding.Pass, "mtasts.policy": finding.Pass, "mtasts.mode": finding.Pass, "mtasts.mx": finding.Pass,
		"mtasts.mx.tls": "",
		"spf.record":    finding.Pass,
		"expect.dane":   finding.Pass, "expect.starttls": finding.Pass, "expect.mta-sts": finding.Pass, "expect.dnssec": finding.Pass, "expect.spf": finding.Pass,
		"expect.dmarc": finding.Pass, "expect.tlsrpt": finding.Pass,
	})
	for _, f := range res.Findings {
		if strings.HasPrefix(f.ID, "dmarc.") && f.Status == finding.Fail || strings.HasPrefix(f.ID, "tlsrpt.") && f.Status != finding.Pass {
			t.Errorf("healthy domain: %s %s: %s", f.ID, f.Status, f.Summary)
		}
	}
	if res.DMARCPolicy != "reject" {
		t.Errorf("DMARC policy %q", res.DMARCPolicy)
	}
	if res.Worst == finding.Fail {
		t.Errorf("healthy domain fails:\n%s", dump(res.Findings))
	}
	hasDKIM := false
	for _, f := range res.Findings {
		if strings.HasPrefix(f.ID, "dkim.") {
			hasDKIM = true
		}
	}
	if !hasDKIM {
		t.Error("no dkim findings with --dkim-selector")
	}
	// The evidence holds the records as received.
	if mx := res.DNS["good.test. MX"]; len(mx) != 1 || !strings.Contains(mx[0], "MX 10 mx.good.test.") {
		t.Errorf("DNS evidence MX: %v", res.DNS)
	}
	if tl := res.DNS["_25._tcp.mx.good.test. TLSA"]; len(tl) != 1 {
		t.Errorf("DNS evidence TLSA: %v", tl)
	}
	if len(res.Connections) != 1 || !res.Connections[0].STARTTLS || res.Connections[0].TLSVersion == "" {
		t.Errorf("connections %+v", res.Connections)
	}
	if res.Domain != "good.test" || res.MTASTS == nil || res.MTASTS.Policy == nil || len(res.TLSA) != 1 {
		t.Errorf("result %+v", res)
	}
}

func TestDANEMismatchAndUnsigned(t *testing.T) {
	t.Parallel()
	s := healthy("dane.test")
	s.TLSA = "mismatch"
	res := run(t, newWorld(t, s), "dane.test")
	want(t, res.Findings, map[string]finding.Status{"dane.mismatch": finding.Fail, "dane.match": ""})

	s = healthy("unsigned.test")
	s.Signed = false
	res = run(t, newWorld(t, s), "unsigned.test")
	want(t, res.Findings, map[string]finding.Status{"dane.unsigned": finding.Warn, "dnssec.mx": finding.Warn, "dane.match": finding.Pass})

	// TLSA and MX signed, the MX host's address not.
	s = healthy("partial.test")
	s.Signed = false
	w := newWorld(t, s)
	w.dns.Sign("partial.test")
	w.dns.Sign("_25._tcp.mx.partial.test")
	res = run(t, w, "partial.test")
	want(t, res.Findings, map[string]finding.Status{"dane.address-insecure": finding.Warn, "dane.tlsa": finding.Pass, "dnssec.mx": finding.Pass})

	s = healthy("nodane.test")
	s.TLSA, s.Signed = "", false
	res = run(t, newWorld(t, s), "nodane.test")
	want(t, res.Findings, map[string]finding.Status{"dane.none": finding.Info, "dnssec.mx": finding.Info})
}

func TestNoSTARTTLS(t *testing.T) {
	t.Parallel()
	s := healthy("plain.test")
	s.STARTTLS = false
	w := newWorld(t, s)
	for _, e := range []string{"starttls", "dane", "mta-sts"} {
		x, _ := ParseExpectation(e)
		w.opts.Expect = append(w.opts.Expect, x)
	}
	res := run(t, w, "plain.test")
	want(t, res.Findings, map[string]finding.Status{
		"starttls.missing": finding.Warn, "dane.no-tls": finding.Fail, "mtasts.mx.tls": finding.Fail,
		"expect.starttls": finding.Fail, "expect.dane": finding.Fail, "expect.mta-sts": finding.Fail,
	})
	if res.Worst != finding.Fail {
		t.Errorf("worst %s", res.Worst)
	}
}

func TestMTASTSMismatchAndWrongCert(t *testing.T) {
	t.Parallel()
	s := healthy("sts.test")
	s.Policy = "version: STSv1\nmode: enforce\nmx: mail.sts.test\nmax_age: 86400\n"
	s.MXCert = "other.sts.test"
	res := run(t, newWorld(t, s), "sts.test")
	want(t, res.Findings, map[string]finding.Status{
		"mtasts.mx.mismatch": finding.Fail, "mtasts.mx.tls": finding.Fail, "tls.cert.name-mismatch": finding.Warn,
		// DANE-EE ignores names: the record still matches.
		"dane.match": finding.Pass,
	})
}

func TestFCrDNS(t *testing.T) {
	t.Parallel()
	s := healthy("ptr.test")
	s.PTR = "-"
	res := run(t, newWorld(t, s), "ptr.test")
	want(t, res.Findings, map[string]finding.Status{"mx.fcrdns": finding.Warn})

	s = healthy("ptr2.test")
	s.PTR = "host.isp.test"
	s.Extra = []string{"host.isp.test. 300 IN A 192.0.2.77"}
	res = run(t, newWorld(t, s), "ptr2.test")
	want(t, res.Findings, map[string]finding.Status{"mx.fcrdns": finding.Warn})
	for _, f := range res.Findings {
		if f.ID == "mx.fcrdns" && !strings.Contains(strings.Join(f.Evidence, "\n"), "host.isp.test. -> 192.0.2.77") {
			t.Errorf("evidence %q", f.Evidence)
		}
	}
}

func TestExpectations(t *testing.T) {
	t.Parallel()
	for _, bad := range []string{"dmarc", "dmarc=strict", "dane=yes", "bogus", "mta-sts=none"} {
		_, err := ParseExpectation(bad)
		if err == nil || !strings.Contains(err.Error(), "dmarc=reject|quarantine|none") && !strings.Contains(err.Error(), "one of") && !strings.Contains(err.Error(), "needs a value") {
			t.Errorf("%q: %v", bad, err)
		}
	}
	e, err := ParseExpectation("MTA-STS")
	if err != nil || e.String() != "mta-sts=enforce" {
		t.Errorf("mta-sts default: %v %v", e, err)
	}
	// A testing policy meets mta-sts=testing but not mta-sts=enforce.
	s := healthy("testing.test")
	s.Policy = "version: STSv1\nmode: testing\nmx: mx.testing.test\nmax_age: 604800\n"
	w := newWorld(t, s)
	enf, _ := ParseExpectation("mta-sts=enforce")
	tst, _ := ParseExpectation("mta-sts=testing")
	w.opts.Expect = []Expectation{enf}
	res := run(t, w, "testing.test")
	want(t, res.Findings, map[string]finding.Status{"expect.mta-sts": finding.Fail})
	w.opts.Expect = []Expectation{tst}
	res = run(t, w, "testing.test")
	want(t, res.Findings, map[string]finding.Status{"expect.mta-sts": finding.Pass})
}

func TestSharedCacheAcrossDomains(t *testing.T) {
	t.Parallel()
	w := newWorld(t, healthy("one.test"))
	// A second domain in the same zone set shares the SPF include.
	w.dns.Add(t, "two.test. 300 IN MX 10 mx.one.test.", `two.test. 300 IN TXT "v=spf1 include:_spf.provider.test -all"`)
	done := make(chan *Result, 2)
	for _, d := range []string{"one.test", "two.test"} {
		go func() {
			r, _ := Run(context.Background(), w.opts, d)
			done <- r
		}()
	}
	<-done
	<-done
	if n := w.dns.Queries("_spf.provider.test", "TXT"); n != 1 {
		t.Errorf("the shared include was queried %d times", n)
	}
	if n := w.dns.Queries("mx.one.test", "A"); n != 1 {
		t.Errorf("the shared MX host was resolved %d times", n)
	}
}

func TestSPFEvaluation(t *testing.T) {
	t.Parallel()
	w := newWorld(t, healthy("eval.test"))
	w.opts.SPFIP = net.ParseIP("192.0.2.10")
	res := run(t, w, "eval.test")
	if res.SPFEval == nil || res.SPFEval.Result != "pass" || res.SPFEval.Sender != "postmaster@eval.test" {
		t.Fatalf("spf eval %+v", res.SPFEval)
	}
	want(t, res.Findings, map[string]finding.Status{"spf.eval": finding.Pass})
}

func TestHangingDNSIsBounded(t *testing.T) {
	t.Parallel()
	w := newWorld(t, healthy("slow.test"))
	w.dns.Drop("_mta-sts.slow.test")
	w.dns.Drop("_25._tcp.mx.slow.test")
	w.opts.Resolver.Timeout = 300 * time.Millisecond
	start := time.Now()
	res := run(t, w, "slow.test")
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
	want(t, res.Findings, map[string]finding.Status{"mtasts.dns-error": finding.Fail, "dane.dns-error": finding.Fail, "starttls.ok": finding.Pass})
}

func TestDMARCAndTLSRPTExpectations(t *testing.T) {
	t.Parallel()
	s := healthy("weak.test")
	s.DMARC = "v=DMARC1; p=none; rua=mailto:d@weak.test"
	s.TLSRPT = "-"
	w := newWorld(t, s)
	for _, e := range []string{"dmarc=quarantine", "tlsrpt"} {
		x, _ := ParseExpectation(e)
		w.opts.Expect = append(w.opts.Expect, x)
	}
	res := run(t, w, "weak.test")
	want(t, res.Findings, map[string]finding.Status{"expect.dmarc": finding.Fail, "expect.tlsrpt": finding.Fail})
	// A TLS policy is in force (MTA-STS enforce, DANE), so a missing TLS-RPT
	// record is a warning.
	got := statuses(res.Findings)
	if len(got["tlsrpt.missing"]) != 1 || got["tlsrpt.missing"][0] != finding.Warn {
		t.Errorf("tlsrpt findings %v", got)
	}
	none, _ := ParseExpectation("dmarc=none")
	w.opts.Expect = []Expectation{none}
	res = run(t, w, "weak.test")
	want(t, res.Findings, map[string]finding.Status{"expect.dmarc": finding.Pass})
}

// BenchmarkRun checks one healthy loopback domain per iteration (every
// control, port 25 STARTTLS, MTA-STS over HTTPS, DANE matching) with a
// fresh resolver cache each time, so every lookup is really made.
func BenchmarkRun(b *testing.B) {
	w := newWorld(b, healthy("bench.test"))
	w.opts.DKIMSelectors = []string{"s1"}
	addr := w.opts.Resolver.Servers[0]
	b.ReportAllocs()
	for b.Loop() {
		o := w.opts
		o.Resolver = resolverFor(addr)
		res, err := Run(context.Background(), o, "bench.test")
		if err != nil || res.Worst == finding.Fail {
			b.Fatalf("%v %s", err, res.Worst)
		}
	}
}

func TestSubmissionPorts(t *testing.T) {
	t.Parallel()
	w := newWorld(t, healthy("sub.test"))
	smtp := w.opts.PortMap[25]
	closed := ":" + strconv.Itoa(checktest.RefusedPort(t))
	w.opts.PortMap = map[int]string{25: smtp, 587: smtp, 465: closed}
	w.opts.Submission = true
	res := run(t, w, "sub.test")
	ports := map[int]bool{}
	for _, c := range res.Connections {
		ports[c.Port] = c.Connected
	}
	if len(ports) != 3 || !ports[25] || !ports[587] || ports[465] {
		t.Fatalf("connections %+v", res.Connections)
	}
	failed := false
	for _, f := range res.Findings {
		if f.ID == "connect.failed" && f.Target.Port == 465 && f.Status == finding.Fail {
			failed = true
		}
		if strings.HasPrefix(f.ID, "dane.") && f.Target.Port != 25 && f.Target.Port != 0 {
			t.Errorf("DANE finding on port %d: %s", f.Target.Port, f.ID)
		}
	}
	if !failed {
		t.Errorf("no connect.failed on 465:\n%s", dump(res.Findings))
	}
}

func TestNonexistentAndNullMX(t *testing.T) {
	t.Parallel()
	w := newWorld(t, healthy("exists.test"))
	w.dns.Add(t, "null.test. 300 IN MX 0 .", `null.test. 300 IN TXT "v=spf1 -all"`)
	w.opts.DKIMSelectors = []string{"s1"}
	w.opts.Expect = []Expectation{{Rule: "spf"}, {Rule: "dmarc", Value: "none"}}
	res := run(t, w, "gone.test")
	if res.Worst != finding.Fail || len(res.Connections) != 0 {
		t.Errorf("nonexistent domain: worst %s, %d connections\n%s", res.Worst, len(res.Connections), dump(res.Findings))
	}
	// One dns.error says the domain does not exist; the per-control
	// "missing" findings are folded into one check.not-evaluated.
	want(t, res.Findings, map[string]finding.Status{
		"dns.error": finding.Fail, "check.not-evaluated": finding.Info,
		"spf.missing": "", "dmarc.missing": "", "mtasts.missing": "", "tlsrpt.missing": "", "dkim.missing": "",
	})
	if !res.NXDomain {
		t.Error("Result.NXDomain not set")
	}
	for _, f := range res.Findings {
		if f.ID != "check.not-evaluated" {
			continue
		}
		for _, s := range []string{"SPF", "DMARC", "MTA-STS", "TLS-RPT", "DKIM", "gone.test does not exist (NXDOMAIN"} {
			if !strings.Contains(f.Summary, s) {
				t.Errorf("check.not-evaluated summary lacks %q: %s", s, f.Summary)
			}
		}
		if ev := strings.Join(f.Evidence, "\n"); !strings.Contains(ev, "_dmarc.gone.test TXT: NXDOMAIN") || !strings.Contains(ev, "gone.test TXT: NXDOMAIN") {
			t.Errorf("check.not-evaluated evidence %q", f.Evidence)
		}
	}
	for _, f := range res.Findings {
		if strings.HasPrefix(f.ID, "expect.") && (f.Status != finding.Fail || !strings.Contains(f.Summary+f.Detail, "does not exist (NXDOMAIN)")) {
			t.Errorf("expectation on a nonexistent domain: %s %s: %s / %s", f.ID, f.Status, f.Summary, f.Detail)
		}
	}
	// An existing domain without records keeps its "missing" findings.
	res = run(t, w, "null.test")
	want(t, res.Findings, map[string]finding.Status{"dmarc.missing": finding.Fail, "tlsrpt.missing": finding.Info, "check.not-evaluated": ""})
	res = run(t, w, "null.test")
	want(t, res.Findings, map[string]finding.Status{"mx.null": finding.Info, "mx.fcrdns": "", "dane.none": "", "mtasts.mx": ""})
	if len(res.Connections) != 0 {
		t.Errorf("null MX probed: %+v", res.Connections)
	}
}

func TestSkipSMTP(t *testing.T) {
	t.Parallel()
	w := newWorld(t, healthy("skip.test"))
	w.opts.SkipSMTP = true
	st, _ := ParseExpectation("starttls")
	sts, _ := ParseExpectation("mta-sts")
	w.opts.Expect = []Expectation{st, sts}
	w.opts.PortMap[25] = ":1" // would fail if dialled
	res := run(t, w, "skip.test")
	want(t, res.Findings, map[string]finding.Status{
		"check.smtp-skipped": finding.Info, "mx.ok": finding.Pass, "dane.tlsa": finding.Pass, "mtasts.mx": finding.Pass,
		"connect.failed": "", "dane.match": "", "expect.starttls": finding.Fail, "expect.mta-sts": finding.Pass,
	})
	if len(res.Connections) != 0 || !res.SMTPSkipped {
		t.Errorf("connections %+v", res.Connections)
	}
}

// BenchmarkRunRoundTrips checks a healthy domain through a DNS server that
// answers every query after 20 ms, and reports the run's duration in those
// round trips ("rtt/op"): the length of the longest dependency chain when
// independent lookups overlap, against "queries/op" (a lower bound of the
// queries made) when they would not.
func BenchmarkRunRoundTrips(b *testing.B) {
	const rtt = 20 * time.Millisecond
	w := newWorld(b, healthy("rtt.test"))
	w.opts.DKIMSelectors = []string{"s1"}
	w.dns.Delay(rtt)
	addr := w.opts.Resolver.Servers[0]
	start := time.Now()
	for b.Loop() {
		o := w.opts
		o.Resolver = resolverFor(addr)
		res, err := Run(context.Background(), o, "rtt.test")
		if err != nil || res.Worst == finding.Fail {
			b.Fatalf("%v %s", err, res.Worst)
		}
	}
	b.ReportMetric(float64(time.Since(start))/float64(b.N)/float64(rtt), "rtt/op")
	queries := 0
	for _, q := range [][2]string{
		{"rtt.test", "MX"}, {"rtt.test", "TXT"}, {"_dmarc.rtt.test", "TXT"}, {"_mta-sts.rtt.test", "TXT"},
		{"_smtp._tls.rtt.test", "TXT"}, {"mta-sts.rtt.test", "A"}, {"mta-sts.rtt.test", "AAAA"},
		{"mx.rtt.test", "A"}, {"mx.rtt.test", "AAAA"}, {"_25._tcp.mx.rtt.test", "TLSA"},
		{"1.0.0.127.in-addr.arpa", "PTR"}, {"_spf.provider.test", "TXT"}, {"s1._domainkey.rtt.test", "TXT"},
	} {
		queries += w.dns.Queries(q[0], q[1])
	}
	b.ReportMetric(float64(queries)/float64(b.N), "queries/op")
}

func TestDuplicateMXHosts(t *testing.T) {
	t.Parallel()
	w := newWorld(t, healthy("dup.test"))
	w.dns.Add(t, "dup.test. 300 IN MX 20 mx.dup.test.")
	res := run(t, w, "dup.test")
	got := statuses(res.Findings)
	if len(got["dane.tlsa"]) != 1 || len(got["mtasts.mx"]) != 1 || len(res.TLSA) != 1 {
		t.Errorf("duplicate MX host checked twice:\n%s", dump(res.Findings))
	}
}

func TestExpectationRemediation(t *testing.T) {
	t.Parallel()
	res := &Result{Domain: "r.test"}
	for _, rule := range ValidExpectations() {
		r, _, _ := strings.Cut(rule, "=")
		v := ""
		if rule != r {
			v = strings.Split(strings.TrimPrefix(rule, r+"="), "|")[0]
		}
		f := Expectation{Rule: r, Value: v}.evaluate(res)
		if f.Status != finding.Fail || len(f.Remediation) != 2 || strings.HasPrefix(f.Remediation[0], "See the findings") {
			t.Errorf("%s: %+v", rule, f)
		}
		if !strings.Contains(f.Summary, "not met") {
			t.Errorf("%s: summary %q", rule, f.Summary)
		}
	}
}
