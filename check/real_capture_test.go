package check

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/miekg/dns"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

// realDomains are the names of the lab zones (testdata/real/dns/README.md)
// that the capture checks and the replay tests check again.
var realDomains = []string{
	"example.test", "bogus.example.test", "expired.example.test", "plain.test",
	"nullmx.example.test", "nomx.example.test", "nx.example.test", "nods.example.test",
}

// TestCaptureRealDNS records what a real server answers to every query of
// a check of the lab domains, plus the resolver's own cases (a truncated
// answer, NXDOMAIN and NODATA), as fixtures for the replay tests. It runs
// only by hand, with the lab of testdata/real/dns/README.md running:
//
//	SMTPGW_CAPTURE_DNS=127.0.0.1:25354 SMTPGW_CAPTURE_SMTP=127.0.0.1:25325 \
//	SMTPGW_CAPTURE_DIR=$PWD/../testdata/real/dns/unbound go test -run TestCaptureRealDNS ./check/
func TestCaptureRealDNS(t *testing.T) {
	upstream, dir := os.Getenv("SMTPGW_CAPTURE_DNS"), os.Getenv("SMTPGW_CAPTURE_DIR")
	if upstream == "" || dir == "" {
		t.Skip("capture by hand: set SMTPGW_CAPTURE_DNS and SMTPGW_CAPTURE_DIR (see testdata/real/dns/README.md)")
	}
	rec := testdns.Record(t, upstream)
	ctx := context.Background()
	for _, d := range realDomains {
		r := resolver.New(rec.Addr).EnableCache()
		o := Options{Resolver: r, Timeout: 10 * time.Second, DKIMSelectors: []string{"s1", "s2"}, SkipSMTP: true, SPFIP: net.ParseIP("127.0.0.1")}
		if smtp := os.Getenv("SMTPGW_CAPTURE_SMTP"); smtp != "" {
			o.SkipSMTP = false
			o.PortMap = map[int]string{25: smtp}
		}
		if _, err := Run(ctx, o, d); err != nil {
			t.Fatal(err)
		}
	}
	r := resolver.New(rec.Addr)
	for _, q := range []struct {
		name  string
		qtype uint16
	}{
		{"big.example.test", dns.TypeTXT}, {"nx.plain.test", dns.TypeA}, {"example.test", dns.TypeAAAA},
		{"s2._domainkey.example.test", dns.TypeTXT}, {"mx.bogus.example.test", dns.TypeA},
	} {
		r.Query(ctx, q.name, q.qtype)
	}
	names, err := rec.Write(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d recordings in %s", len(names), filepath.Clean(dir))
}
