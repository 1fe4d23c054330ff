package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/check"
	"github.com/smtpgw/smtpgw/check/checktest"
	"github.com/smtpgw/smtpgw/report"
)

func checkJSON(t *testing.T, out string) *check.Result {
	t.Helper()
	var doc struct {
		Domains []*check.Result `json:"domains"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Domains) != 1 {
		t.Fatalf("JSON output (%v):\n%s", err, out)
	}
	return doc.Domains[0]
}

func findingOf(r *check.Result, id string) *report.Finding {
	for i := range r.Findings {
		if r.Findings[i].ID == id {
			return &r.Findings[i]
		}
	}
	return nil
}

// --spf-helo evaluates the HELO identity beside the MAIL FROM identity and
// reports both (RFC 7208 §2.3, §2.4).
func TestCheckSPFBothIdentities(t *testing.T) {
	t.Parallel()
	w := checktest.New(t, checktest.Healthy("helo.test"))
	w.DNS.Add(t,
		`out.helo.test. 300 IN A 192.0.2.77`,
		`out.helo.test. 300 IN TXT "v=spf1 a -all"`,
	)
	base := append(checkArgs(t, w), "helo.test", "--skip-smtp", "--json", "--spf-ip", "192.0.2.77", "--spf-sender", "bounce@helo.test")
	out, errOut, code := runCLI(t, "", append(base, "--spf-helo", "out.helo.test")...)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	r := checkJSON(t, out)
	mf, helo := r.SPFEval, r.SPFEvalHELO
	if mf == nil || mf.Identity != "mailfrom" || mf.Result != "pass" || mf.Sender != "bounce@helo.test" || mf.HELO != "out.helo.test" {
		t.Errorf("spf_eval = %+v", mf)
	}
	if helo == nil || helo.Identity != "helo" || helo.Result != "pass" || helo.Domain != "out.helo.test" || helo.Sender != "postmaster@out.helo.test" {
		t.Errorf("spf_eval_helo = %+v", helo)
	}
	if f := findingOf(r, "spf.eval-helo"); f == nil || f.Status != report.Pass {
		t.Errorf("spf.eval-helo finding %+v", f)
	}

	// An address literal, or a name that is no domain, is evaluated as
	// the RFC says (none), not refused as a usage error.
	for _, name := range []string{"[192.0.2.77]", "localhost"} {
		out, errOut, code = runCLI(t, "", append(base, "--spf-helo", name)...)
		if code != ExitOK {
			t.Fatalf("--spf-helo %s: exit %d\n%s", name, code, errOut)
		}
		if r := checkJSON(t, out); r.SPFEvalHELO == nil || r.SPFEvalHELO.Result != "none" || r.SPFEval.Result != "pass" {
			t.Errorf("--spf-helo %s: %+v / %+v", name, r.SPFEvalHELO, r.SPFEval)
		}
	}

	// The null sender is evaluated as postmaster@<HELO name> (§2.4).
	out, _, _ = runCLI(t, "", append(base[:len(base)-1], "<>", "--spf-helo", "out.helo.test")...)
	if r := checkJSON(t, out); r.SPFEval == nil || r.SPFEval.Sender != "postmaster@out.helo.test" || r.SPFEval.Result != "pass" {
		t.Errorf("null sender: %+v", r.SPFEval)
	}

	_, errOut, code = runCLI(t, "", append(checkArgs(t, w), "helo.test", "--spf-helo", "out.helo.test")...)
	if code != ExitUsage || !strings.Contains(errOut, "--spf-helo needs --spf-ip") {
		t.Errorf("--spf-helo without --spf-ip: exit %d %q", code, errOut)
	}
}

// A record with a syntax error is a permerror for check_host() wherever the
// error stands (RFC 7208 §4.6): check never shows spf.eval pass beside
// spf.syntax fail, even when a term before the error matches.
func TestCheckSPFSyntaxErrorIsPermerror(t *testing.T) {
	t.Parallel()
	s := checktest.Healthy("syn.test")
	w := checktest.New(t, s)
	w.DNS.Add(t, `bad.syn.test. 300 IN TXT "v=spf1 ip4:192.0.2.77 ipv4:192.0.2.1 -all"`,
		`bad.syn.test. 300 IN MX 10 mx.syn.test.`)
	out, errOut, code := runCLI(t, "", append(checkArgs(t, w), "bad.syn.test", "--skip-smtp", "--json", "--spf-ip", "192.0.2.77")...)
	if code != ExitFindings {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	r := checkJSON(t, out)
	syn, ev := findingOf(r, "spf.syntax"), findingOf(r, "spf.eval")
	if syn == nil || syn.Status != report.Fail || ev == nil || ev.Status != report.Fail || r.SPFEval.Result != "permerror" || !strings.Contains(r.SPFEval.Reason, "ipv4:192.0.2.1") {
		t.Errorf("spf.syntax %+v\nspf.eval %+v\nspf_eval %+v", syn, ev, r.SPFEval)
	}
}
