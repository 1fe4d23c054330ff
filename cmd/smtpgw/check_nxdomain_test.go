package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/check/checktest"
	"github.com/smtpgw/smtpgw/internal/testdns"
)

// A domain that does not exist is reported once (dns.error); the controls
// that would each say "no record" are one check.not-evaluated finding, in
// the text, JSON and JUnit output alike.
func TestCheckNXDomain(t *testing.T) {
	t.Parallel()
	w := checktest.New(t, checktest.Healthy("exists.test"))
	dir := t.TempDir()
	junit, js := filepath.Join(dir, "r.xml"), filepath.Join(dir, "r.json")
	out, errOut, code := runCLI(t, "", append(checkArgs(t, w), "gone.test", "-v",
		"--format", "junit", "--output", junit, "--format", "json", "--output", js, "--format", "text")...)
	if code != ExitFindings {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	for _, s := range []string{"dns.error", "gone.test does not exist (NXDOMAIN)", "check.not-evaluated", "SPF, DMARC, MTA-STS and TLS-RPT not evaluated"} {
		if !strings.Contains(out, s) {
			t.Errorf("text lacks %q:\n%s", s, out)
		}
	}
	for _, s := range []string{"spf.missing", "dmarc.missing", "mtasts.missing", "tlsrpt.missing"} {
		if strings.Contains(out, s) {
			t.Errorf("text has %s:\n%s", s, out)
		}
	}

	b, _ := os.ReadFile(js)
	var jd struct {
		Domains []struct {
			NXDomain bool `json:"nxdomain"`
			Findings []struct {
				ID     string `json:"id"`
				Status string `json:"status"`
			} `json:"findings"`
		} `json:"domains"`
	}
	if err := json.Unmarshal(b, &jd); err != nil || len(jd.Domains) != 1 {
		t.Fatalf("json: %v\n%s", err, b)
	}
	ids := map[string]string{}
	for _, f := range jd.Domains[0].Findings {
		ids[f.ID] = f.Status
	}
	if !jd.Domains[0].NXDomain || ids["dns.error"] != "fail" || ids["check.not-evaluated"] != "info" || ids["spf.missing"] != "" || ids["dmarc.missing"] != "" {
		t.Errorf("json: nxdomain %v, findings %v", jd.Domains[0].NXDomain, ids)
	}

	b, _ = os.ReadFile(junit)
	var doc struct {
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Cases []struct {
				Name    string    `xml:"name,attr"`
				Failure *struct{} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil || len(doc.Suites) != 1 {
		t.Fatalf("junit: %v\n%s", err, b)
	}
	var failed []string
	notEval := false
	for _, c := range doc.Suites[0].Cases {
		if c.Failure != nil {
			failed = append(failed, c.Name)
		}
		notEval = notEval || strings.HasPrefix(c.Name, "check.not-evaluated")
	}
	if doc.Failures != 1 || len(failed) != 1 || !strings.HasPrefix(failed[0], "dns.error") || !notEval {
		t.Errorf("junit: %d failures %q, not-evaluated case %v\n%s", doc.Failures, failed, notEval, b)
	}
}

// A resolver that answers nothing is one cause: dns.error for the MX query
// and one check.not-evaluated, and the header says the MX lookup failed
// (not "no MX"); alike whether its port refuses the queries (they fail at
// once) or it drops them (they time out).
func TestCheckResolverDown(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, addr string
	}{
		{"refused", testdns.Refused(t)},
		{"silent", testdns.Silent(t)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			out, errOut, code := runCLI(t, "", "check", "down.test", "--resolver", tc.addr, "--skip-smtp", "--timeout", "2s")
			if code != ExitFindings {
				t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
			}
			if !strings.HasPrefix(out, "FAIL down.test  MX lookup failed, ") {
				t.Errorf("header: %q", strings.SplitN(out, "\n", 2)[0])
			}
			for _, s := range []string{"dns.error", "check.not-evaluated", "not evaluated: the resolver did not answer"} {
				if !strings.Contains(out, s) {
					t.Errorf("lacks %q:\n%s", s, out)
				}
			}
			for _, s := range []string{"spf.dns-error", "dmarc.dns-error", "tlsrpt.dns-error", "mtasts.dns-error", "mtasts.policy.unreachable", "no MX"} {
				if strings.Contains(out, s) {
					t.Errorf("has %q:\n%s", s, out)
				}
			}
		})
	}
}
