package report

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/probe"
	"github.com/smtpgw/smtpgw/resolver"
)

// The header says what the MX answer tells about DNSSEC, from answers
// recorded from Unbound (validating) and NSD (authoritative, --resolver
// pointed at it): an authoritative server's missing AD bit is not called
// "not validated" as a recursive resolver's is.
func TestViewMXDNSSEC(t *testing.T) {
	t.Parallel()
	servers := map[string]string{}
	for _, set := range []string{"unbound", "nsd"} {
		srv := testdns.Start(t)
		if n := srv.LoadReplay(t, "../testdata/real/dns/"+set); n < 20 {
			t.Fatalf("only %d recordings in %s", n, set)
		}
		servers[set] = srv.Addr
	}
	plain := testdns.Start(t, "plain.test. 300 IN MX 10 mx.plain.test.", "mx.plain.test. 300 IN A 127.0.0.1")
	servers["testdns"] = plain.Addr
	tests := []struct {
		set, domain, want string
	}{
		{"unbound", "example.test", "MX answer: DNSSEC-validated (AD bit from the resolver)"},
		{"unbound", "nods.example.test", "MX answer: signed (RRSIG) but not validated (no AD bit from the resolver"},
		{"nsd", "example.test", "MX answer: signed (RRSIG), not validated (authoritative server " + servers["nsd"] + ": no validation)"},
		{"nsd", "plain.test", "MX answer: not signed (authoritative server " + servers["nsd"] + " sent no RRSIG)"},
		{"testdns", "plain.test", "MX answer: not DNSSEC-validated (no AD bit, no RRSIG)"},
		{"unbound", "nx.example.test", ""},
	}
	for _, tc := range tests {
		r := resolver.New(servers[tc.set])
		r.Timeout = 2 * time.Second
		set, _, err := probe.ResolveMX(context.Background(), probe.Options{Resolver: r, Ports: []int{25}}, tc.domain)
		if err != nil {
			t.Fatal(err)
		}
		d := ProbeView(&probe.TargetResult{Target: probe.Target{Input: tc.domain, Domain: tc.domain}, MX: set})
		var got []string
		for _, l := range d.Lines {
			if strings.HasPrefix(l, "MX answer") {
				got = append(got, l)
			}
		}
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s %s: DNSSEC line %q for a failed lookup", tc.set, tc.domain, got)
		case tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)):
			t.Errorf("%s %s: %q, want %q", tc.set, tc.domain, got, tc.want)
		}
	}
}
