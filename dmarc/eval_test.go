package dmarc

import (
	"context"
	"fmt"
	"testing"

	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

func TestEvaluate(t *testing.T) {
	srv := testdns.Start(t,
		`_dmarc.relaxed.test. 300 IN TXT "v=DMARC1; p=reject"`,
		`_dmarc.strict.test. 300 IN TXT "v=DMARC1; p=quarantine; adkim=s; aspf=s"`,
		`_dmarc.testing.test. 300 IN TXT "v=DMARC1; p=reject; t=y"`,
		`_dmarc.pct.test. 300 IN TXT "v=DMARC1; p=reject; pct=20"`,
		`_dmarc.badpolicy.test. 300 IN TXT "v=DMARC1; p=bogus"`,
	)
	srv.ServFail("_dmarc.broken.test.")
	r := resolver.New(srv.Addr).EnableCache()
	ctx := context.Background()
	spfID := func(d, res string) AuthID { return AuthID{Method: "spf", Domain: d, Result: res} }
	dkimID := func(d, res string) AuthID { return AuthID{Method: "dkim", Domain: d, Result: res} }
	for _, tc := range []struct {
		from        string
		ids         []AuthID
		result      string
		disposition string
		aligned     string // Aligned of each identifier, "y"/"n"
	}{
		// Relaxed: a subdomain's DKIM signature aligns.
		{"relaxed.test", []AuthID{spfID("other.test", "pass"), dkimID("mail.relaxed.test", "pass")}, "pass", "none", "ny"},
		// Aligned but not passing does not count.
		{"relaxed.test", []AuthID{spfID("relaxed.test", "softfail"), dkimID("relaxed.test", "fail")}, "fail", "reject", "yy"},
		// Strict: the subdomain is not aligned, the exact domain is.
		{"strict.test", []AuthID{spfID("bounce.strict.test", "pass"), dkimID("mail.strict.test", "pass")}, "fail", "quarantine", "nn"},
		{"strict.test", []AuthID{spfID("strict.test", "pass")}, "pass", "none", "y"},
		// Testing mode lowers the policy one level; pct= is reported.
		{"testing.test", []AuthID{dkimID("other.test", "pass")}, "fail", "quarantine", "n"},
		{"pct.test", nil, "fail", "reject", ""},
		// No record, an ignored record, a DNS failure.
		{"none.test", []AuthID{spfID("none.test", "pass")}, "none", "none", "y"},
		{"badpolicy.test", nil, "none", "none", ""},
		{"broken.test", nil, "temperror", "none", ""},
	} {
		v := Evaluate(ctx, r, tc.from, tc.ids)
		al := ""
		for _, id := range v.IDs {
			al += map[bool]string{true: "y", false: "n"}[id.Aligned]
		}
		got := fmt.Sprintf("%s %s %s", v.Result, v.Disposition, al)
		want := fmt.Sprintf("%s %s %s", tc.result, tc.disposition, tc.aligned)
		if got != want {
			t.Errorf("%s %+v:\n got %s\nwant %s (%s)", tc.from, tc.ids, got, want, v.Reason)
		}
		if tc.from == "pct.test" && v.Pct != 20 {
			t.Errorf("pct %d", v.Pct)
		}
	}
}
