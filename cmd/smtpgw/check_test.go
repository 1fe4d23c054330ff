package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/check/checktest"
)

// checkArgs returns the global flags and the port maps that point smtpgw check at
// a loopback world.
func checkArgs(t *testing.T, w *checktest.World) []string {
	t.Helper()
	args := []string{"--resolver", w.DNS.Addr, "--ca-file", w.CA.WriteCAFile(t), "--timeout", "10s", "check",
		"--port-map", "25=:" + strconv.Itoa(w.SMTPPort), "--helo", "checker.example.test"}
	if w.PolicyPort != 0 {
		args = append(args, "--port-map", "443=:"+strconv.Itoa(w.PolicyPort))
	}
	return args
}

func TestCheckHealthyText(t *testing.T) {
	t.Parallel()
	w := checktest.New(t, checktest.Healthy("good.test"))
	out, errOut, code := runCLI(t, "", append(checkArgs(t, w), "good.test", "--expect", "dane", "--expect", "mta-sts=enforce", "--expect", "starttls")...)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "good.test") || !strings.Contains(out, "MX mx.good.test") || !strings.Contains(out, " pass") {
		t.Errorf("text output:\n%s", out)
	}
	if errOut != "" {
		t.Errorf("stderr (not a terminal) %q", errOut)
	}
	// -v shows the passing checks.
	out, _, _ = runCLI(t, "", append(checkArgs(t, w), "good.test", "-v")...)
	for _, id := range []string{"dane.match", "mtasts.mx", "starttls.ok", "mx.fcrdns", "spf.record"} {
		if !strings.Contains(out, id) {
			t.Errorf("-v output lacks %s:\n%s", id, out)
		}
	}
}

func TestCheckFailingExitCodeAndFailOn(t *testing.T) {
	t.Parallel()
	s := checktest.Healthy("bad.test")
	s.TLSA = "mismatch"
	w := checktest.New(t, s)
	out, _, code := runCLI(t, "", append(checkArgs(t, w), "bad.test")...)
	if code != ExitFindings || !strings.Contains(out, "dane.mismatch") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	// A warning-only domain passes by default, fails with --fail-on warn.
	s = checktest.Healthy("warn.test")
	s.PTR = "-"
	w = checktest.New(t, s)
	if _, _, code := runCLI(t, "", append(checkArgs(t, w), "warn.test")...); code != ExitOK {
		t.Errorf("warnings with --fail-on fail: exit %d", code)
	}
	if _, _, code := runCLI(t, "", append(checkArgs(t, w), "warn.test", "--fail-on", "warn")...); code != ExitFindings {
		t.Errorf("warnings with --fail-on warn: exit %d", code)
	}
	// An unmet expectation fails: no MTA-STS here.
	s = checktest.Healthy("nosts.test")
	s.Policy = ""
	w = checktest.New(t, s)
	if _, _, code := runCLI(t, "", append(checkArgs(t, w), "nosts.test")...); code != ExitOK {
		t.Errorf("no MTA-STS without --expect: exit %d", code)
	}
	out, _, code = runCLI(t, "", append(checkArgs(t, w), "nosts.test", "--expect", "mta-sts=testing")...)
	if code != ExitFindings || !strings.Contains(out, "expect.mta-sts") {
		t.Errorf("unmet expectation: exit %d\n%s", code, out)
	}
}

func TestCheckAllFormats(t *testing.T) {
	t.Parallel()
	s := checktest.Healthy("multi.test")
	s.Policy = "version: STSv1\nmode: enforce\nmx: mail.multi.test\nmax_age: 86400\n"
	w := checktest.New(t, s)
	dir := t.TempDir()
	junit, md, sarif, js := filepath.Join(dir, "r.xml"), filepath.Join(dir, "summary.md"), filepath.Join(dir, "r.sarif"), filepath.Join(dir, "r.json")
	out, errOut, code := runCLI(t, "", append(checkArgs(t, w), "multi.test",
		"--format", "junit", "--output", junit,
		"--format", "markdown", "--output", md,
		"--format", "sarif", "--output", sarif, "--sarif-uri", "dns/multi.test.zone",
		"--format", "json", "--output", js,
		"--format", "text")...)
	if code != ExitFindings {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "mtasts.mx.mismatch") {
		t.Errorf("text on stdout:\n%s", out)
	}

	// JUnit parses and has a failure for the MTA-STS mismatch.
	b, _ := os.ReadFile(junit)
	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name      string `xml:"name,attr"`
				Classname string `xml:"classname,attr"`
				Failure   *struct {
					Type string `xml:"type,attr"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("junit: %v\n%s", err, b)
	}
	if doc.Failures < 1 || doc.Tests < 10 || len(doc.Suites) != 1 || doc.Suites[0].Name != "multi.test" {
		t.Errorf("junit: %d tests, %d failures, suites %d", doc.Tests, doc.Failures, len(doc.Suites))
	}
	found := false
	for _, c := range doc.Suites[0].Cases {
		if strings.HasPrefix(c.Name, "mtasts.mx.mismatch ") && c.Failure != nil && c.Classname == "mtasts" {
			found = true
		}
	}
	if !found {
		t.Error("junit lacks the mtasts.mx.mismatch failure")
	}

	// Markdown has the summary line and the table.
	b, _ = os.ReadFile(md)
	if !strings.Contains(string(b), "## ❌ smtpgw check multi.test:") || !strings.Contains(string(b), "| | Check | Target | Result |") || !strings.Contains(string(b), "`mtasts.mx.mismatch`") {
		t.Errorf("markdown:\n%s", b)
	}

	// SARIF parses with the required fields.
	b, _ = os.ReadFile(sarif)
	var sl struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID  string `json:"ruleId"`
				Level   string `json:"level"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b, &sl); err != nil {
		t.Fatalf("sarif: %v", err)
	}
	if sl.Version != "2.1.0" || len(sl.Runs) != 1 || sl.Runs[0].Tool.Driver.Name != "smtpgw" || len(sl.Runs[0].Results) == 0 {
		t.Fatalf("sarif: %+v", sl)
	}
	errs := 0
	for _, r := range sl.Runs[0].Results {
		if r.Message.Text == "" || r.Locations[0].PhysicalLocation.ArtifactLocation.URI != "dns/multi.test.zone" {
			t.Errorf("sarif result %+v", r)
		}
		if r.Level == "error" {
			errs++
		}
	}
	if errs == 0 {
		t.Error("sarif: no error-level result")
	}

	// JSON: per domain findings and the DNS records as received.
	b, _ = os.ReadFile(js)
	var jd struct {
		Worst   string `json:"worst"`
		Failed  bool   `json:"failed"`
		Domains []struct {
			Domain   string              `json:"domain"`
			Findings []map[string]any    `json:"findings"`
			DNS      map[string][]string `json:"dns"`
			MTASTS   struct {
				Policy struct {
					Mode string `json:"mode"`
				} `json:"policy"`
				Body string `json:"policy_text"`
			} `json:"mta_sts"`
			TLSA []struct {
				Records []map[string]any `json:"records"`
				DNSSEC  bool             `json:"dnssec"`
			} `json:"tlsa"`
			Connections []map[string]any `json:"connections"`
		} `json:"domains"`
	}
	if err := json.Unmarshal(b, &jd); err != nil {
		t.Fatalf("json: %v", err)
	}
	if jd.Worst != "fail" || !jd.Failed || len(jd.Domains) != 1 {
		t.Fatalf("json: %+v", jd)
	}
	d := jd.Domains[0]
	if d.Domain != "multi.test" || len(d.Findings) < 10 || d.MTASTS.Policy.Mode != "enforce" || !strings.Contains(d.MTASTS.Body, "mx: mail.multi.test") {
		t.Errorf("json domain: %+v", d)
	}
	if mx := d.DNS["multi.test. MX"]; len(mx) != 1 || !strings.Contains(mx[0], "mx.multi.test.") {
		t.Errorf("json dns evidence: %v", d.DNS)
	}
	if txt := d.DNS["_mta-sts.multi.test. TXT"]; len(txt) != 1 || !strings.Contains(txt[0], "v=STSv1") {
		t.Errorf("json dns _mta-sts: %v", d.DNS)
	}
	if len(d.TLSA) != 1 || !d.TLSA[0].DNSSEC || len(d.TLSA[0].Records) != 1 || len(d.Connections) != 1 {
		t.Errorf("json tlsa/connections: %+v %+v", d.TLSA, d.Connections)
	}
}

func TestCheckJSONShorthandAndSeveralDomains(t *testing.T) {
	t.Parallel()
	w := checktest.New(t, checktest.Healthy("a.test"))
	w.DNS.Add(t, "b.test. 300 IN MX 10 mx.a.test.", `b.test. 300 IN TXT "v=spf1 -all"`)
	dir := t.TempDir()
	file := filepath.Join(dir, "domains.txt")
	os.WriteFile(file, []byte("# domains\nb.test\n\nA.test.  # again\n"), 0o644)
	out, errOut, code := runCLI(t, "", append(checkArgs(t, w), "a.test", "-f", file, "--json")...)
	var jd struct {
		Domains []struct {
			Domain string `json:"domain"`
		} `json:"domains"`
	}
	if err := json.Unmarshal([]byte(out), &jd); err != nil {
		t.Fatalf("exit %d, %v\n%s\n%s", code, err, out, errOut)
	}
	if len(jd.Domains) != 2 || jd.Domains[0].Domain != "a.test" || jd.Domains[1].Domain != "b.test" {
		t.Errorf("domains %+v", jd.Domains)
	}
}

func TestCheckUsageErrors(t *testing.T) {
	t.Parallel()
	w := checktest.New(t, checktest.Healthy("u.test"))
	base := checkArgs(t, w)
	tests := []struct {
		args []string
		want string
	}{
		{nil, "give at least one domain"},
		{[]string{"u.test", "--expect", "bogus"}, `--expect: unknown expectation "bogus"; valid rules: `},
		{[]string{"u.test", "--expect", "dmarc=strict"}, "--expect: expectation dmarc=strict: the value must be one of reject, quarantine, none"},
		{[]string{"u.test", "--format", "yaml"}, "unknown format"},
		{[]string{"u.test", "--format", "json", "--format", "text"}, "would go to stdout"},
		{[]string{"u.test", "--json", "--format", "markdown"}, "would go to stdout"},
		{[]string{"u.test", "--format", "json", "--output", "a", "--output", "b"}, "follows another --output"},
		{[]string{"u.test", "--fail-on", "bad"}, "--fail-on"},
		{[]string{"u.test", "--spf-ip", "nope"}, "not an IP address"},
		{[]string{"u.test", "--spf-sender", "a@b.test"}, "needs --spf-ip"},
		{[]string{"mx.u.test:25"}, "not a mail domain"},
		{[]string{"192.0.2.1"}, "not a mail domain"},
		{[]string{"u.test", "-f", "/nonexistent/file"}, "cannot read -f"},
		{[]string{"u.test", "--dkim-selector", "a b"}, "--dkim-selector"},
		{[]string{"u.test", "--skip-smtp", "--submission"}, "exclude each other"},
		{[]string{"u.test", "--format", "junit", "--output", "/nonexistent/dir/r.xml"}, "--output"},
	}
	for _, tc := range tests {
		_, errOut, code := runCLI(t, "", append(append([]string{}, base...), tc.args...)...)
		if code != ExitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q (want %q)", tc.args, code, errOut, tc.want)
		}
	}
}

func TestCheckSkipSMTP(t *testing.T) {
	t.Parallel()
	w := checktest.New(t, checktest.Healthy("skip.test"))
	args := append(checkArgs(t, w), "skip.test", "--skip-smtp", "--port-map", "25=:1", "-v")
	out, errOut, code := runCLI(t, "", args...)
	if code != ExitOK || !strings.Contains(out, "check.smtp-skipped") || strings.Contains(out, "connect.failed") || !strings.Contains(out, "mtasts.mx ") {
		t.Errorf("exit %d\n%s\n%s", code, out, errOut)
	}
}

func TestCheckHelp(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "", "check", "--help")
	if code != 0 || !strings.Contains(out, "Examples:") || !strings.Contains(out, "--expect") || !strings.Contains(out, "--format") {
		t.Errorf("help: %d\n%s", code, out)
	}
}
