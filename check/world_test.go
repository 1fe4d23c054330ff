package check

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/check/checktest"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

type world struct {
	dns  *testdns.Server
	opts Options
}

type worldSpec = checktest.Spec

func healthy(domain string) worldSpec { return checktest.Healthy(domain) }

func newWorld(t testing.TB, s worldSpec) *world {
	t.Helper()
	cw := checktest.New(t, s)
	r := resolver.New(cw.DNS.Addr)
	r.Timeout = 2 * time.Second
	pm := map[int]string{25: ":" + strconv.Itoa(cw.SMTPPort)}
	if cw.PolicyPort != 0 {
		pm[443] = ":" + strconv.Itoa(cw.PolicyPort)
	}
	return &world{dns: cw.DNS, opts: Options{
		Resolver: r.EnableCache(),
		RootCAs:  cw.CA.Pool,
		PortMap:  pm,
		HELO:     "checker.example.test",
		Timeout:  10 * time.Second,
	}}
}

func statuses(fs []finding.Finding) map[string][]finding.Status {
	m := map[string][]finding.Status{}
	for _, f := range fs {
		m[f.ID] = append(m[f.ID], f.Status)
	}
	return m
}

// want asserts that every id has exactly the statuses given (in any order
// for repeated ids, here always one).
func want(t *testing.T, fs []finding.Finding, ids map[string]finding.Status) {
	t.Helper()
	got := statuses(fs)
	for id, st := range ids {
		if st == "" {
			if len(got[id]) != 0 {
				t.Errorf("%s present: %v", id, got[id])
			}
			continue
		}
		if len(got[id]) == 0 {
			t.Errorf("%s missing (have %v)", id, got)
			continue
		}
		for _, s := range got[id] {
			if s != st {
				t.Errorf("%s: %s, want %s", id, s, st)
			}
		}
	}
}

func dump(fs []finding.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %s %s %s: %s\n", f.Status, f.ID, f.Target, f.Summary)
	}
	return b.String()
}

func resolverFor(addr string) *resolver.Resolver {
	r := resolver.New(addr)
	r.Timeout = 2 * time.Second
	return r.EnableCache()
}
