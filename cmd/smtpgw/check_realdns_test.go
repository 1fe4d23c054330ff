package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/internal/testdns"
)

// smtpgw check against answers recorded from a real validating resolver
// (Unbound) and a real authoritative server (NSD): testdata/real/dns.
func TestCheckRealDNS(t *testing.T) {
	t.Parallel()
	unbound := testdns.Start(t)
	unbound.LoadReplay(t, "../../testdata/real/dns/unbound")
	nsd := testdns.Start(t)
	nsd.LoadReplay(t, "../../testdata/real/dns/nsd")

	// The bogus zone: a DNS failure the resolver could not validate, exit 1.
	out, _, code := runCLI(t, "", "check", "bogus.example.test", "--skip-smtp", "--no-color", "--resolver", unbound.Addr)
	if code != ExitFindings || !strings.Contains(out, "FAIL dns.error mx.bogus.example.test  the resolver could not validate the DNSSEC signatures of the A answer") {
		t.Fatalf("bogus (exit %d):\n%s", code, out)
	}
	if strings.Contains(out, "spf.missing") {
		t.Errorf("a SERVFAIL reported as a missing SPF record:\n%s", out)
	}

	// Validated: dnssec.mx passes; --expect dnssec is met.
	out, _, code = runCLI(t, "", "check", "example.test", "--skip-smtp", "--json", "--expect", "dnssec", "--resolver", unbound.Addr)
	var doc struct {
		Domains []struct {
			Findings []struct{ ID, Status, Summary string }
			DNS      map[string][]string `json:"dns"`
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Domains) != 1 {
		t.Fatalf("json (exit %d): %v\n%s", code, err, out)
	}
	got := map[string]string{}
	for _, f := range doc.Domains[0].Findings {
		got[f.ID] = f.Status
	}
	if got["dnssec.mx"] != "pass" || got["expect.dnssec"] != "pass" || got["dane.tlsa"] != "pass" {
		t.Errorf("validated zone: %v", got)
	}
	for k, recs := range doc.Domains[0].DNS {
		for _, r := range recs {
			if strings.Contains(r, " RRSIG ") {
				t.Errorf("dns[%s] holds an RRSIG: %s", k, r)
			}
		}
	}

	// The authoritative server: the signed zone is signed but unvalidated,
	// said as such; --expect dnssec is not met (nothing validated).
	out, _, code = runCLI(t, "", "check", "example.test", "--skip-smtp", "--no-color", "--expect", "dnssec", "--resolver", nsd.Addr)
	if code != ExitFindings || !strings.Contains(out, "INFO dnssec.mx example.test  the MX answer is signed (RRSIG) but not validated: the resolver asked is an authoritative server") ||
		!strings.Contains(out, "FAIL expect.dnssec") {
		t.Fatalf("authoritative (exit %d):\n%s", code, out)
	}
}
