package diagnose_test

import (
	"context"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/diagnose"
	"github.com/smtpgw/smtpgw/dnsbl"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testsmtp"
	"github.com/smtpgw/smtpgw/resolver"
)

// BenchmarkDiagnoseSlowDNS runs a whole diagnosis (MX, probe, RCPT test,
// FCrDNS, SPF, DMARC, 9 blocklists) against a DNS server that takes 20 ms
// per answer, with a fresh resolver cache each time. The wall time is a few
// round trips (the longest dependency chain), not the sum of the lookups.
func BenchmarkDiagnoseSlowDNS(b *testing.B) {
	dns := testdns.Start(b,
		"bench.test. 300 IN MX 10 mx.bench.test.",
		"mx.bench.test. 300 IN A 127.0.0.1",
		`sender.test. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 -all"`,
		`_dmarc.sender.test. 300 IN TXT "v=DMARC1; p=reject"`,
		"99.2.0.192.in-addr.arpa. 300 IN PTR mail.sender.test.",
		"mail.sender.test. 300 IN A 192.0.2.99",
	)
	dns.Delay(20 * time.Millisecond)
	port := testsmtp.StartRCPT(b, "250 2.1.5 Ok")
	lists := dnsbl.WithZoneSuffix(dnsbl.Default(), "bl.test")
	var total time.Duration
	for b.Loop() {
		start := time.Now()
		res, err := diagnose.Run(context.Background(), diagnose.Options{
			Resolver: resolver.New(dns.Addr).EnableCache(), From: "alice@sender.test", HELO: "mail.sender.test",
			SendingIPs: []net.IP{net.ParseIP("192.0.2.99")}, DNSBL: lists, PortMap: map[int]string{25: ":" + strconv.Itoa(port)},
		}, "bob@bench.test")
		if err != nil || res.Verdict.Side != diagnose.SideNone {
			b.Fatalf("%v %+v", err, res.Verdict)
		}
		total += time.Since(start)
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/diagnosis")
}
