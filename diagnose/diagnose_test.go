package diagnose_test

import (
	"context"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/diagnose"
	"github.com/smtpgw/smtpgw/dnsbl"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

// silentDialer never completes a connection: it waits until the context
// ends, as a SYN dropped by a port-25 block does.
type silentDialer struct{}

func (silentDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	<-ctx.Done()
	return nil, &net.OpError{Op: "dial", Net: network, Err: timeoutErr{}}
}

type timeoutErr struct{}

func (timeoutErr) Error() string   { return "i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

func TestPort25BlockedEverywhere(t *testing.T) {
	dns := testdns.Start(t,
		"blocked.test. 300 IN MX 10 mx1.blocked.test.",
		"blocked.test. 300 IN MX 20 mx2.blocked.test.",
		"mx1.blocked.test. 300 IN A 192.0.2.1",
		"mx2.blocked.test. 300 IN A 192.0.2.2",
	)
	res, err := diagnose.Run(context.Background(), diagnose.Options{
		Resolver: resolver.New(dns.Addr), Dialer: silentDialer{}, Timeout: 900 * time.Millisecond,
		From: "alice@sender.test", HELO: "mail.sender.test",
	}, "bob@blocked.test")
	if err != nil {
		t.Fatal(err)
	}
	if res.Port25 != diagnose.Port25Blocked {
		t.Fatalf("port25 = %s; findings %+v", res.Port25, res.Findings)
	}
	v := res.Verdict
	if v.Side != diagnose.SideNetwork || v.FindingID != diagnose.IDPort25Blocked ||
		!strings.HasPrefix(v.Cause, "every connection to port 25 of blocked.test's MX hosts timed out (2 addresses): outbound port 25 is most likely blocked") {
		t.Errorf("verdict %+v", v)
	}
	if len(v.Fix) == 0 || !strings.Contains(v.Fix[0], "587") {
		t.Errorf("fix %v", v.Fix)
	}
}

func TestRunUsage(t *testing.T) {
	if _, err := diagnose.Run(context.Background(), diagnose.Options{}, "bob@example.test"); err == nil {
		t.Error("no resolver accepted")
	}
	if _, err := diagnose.Run(context.Background(), diagnose.Options{Resolver: resolver.New("127.0.0.1:1")}, "not an address"); err == nil {
		t.Error("bad recipient accepted")
	}
}

func TestReplyIPs(t *testing.T) {
	got := diagnose.ReplyIPs("554 5.7.1 Client host [192.0.2.99] blocked; from [IPv6:2001:db8::5] via [127.0.0.1] and [10.0.0.1] again [192.0.2.99] [not-an-ip] [")
	var s []string
	for _, ip := range got {
		s = append(s, ip.String())
	}
	if strings.Join(s, " ") != "192.0.2.99 2001:db8::5" {
		t.Errorf("ReplyIPs = %v", s)
	}
}

func FuzzReplyIPs(f *testing.F) {
	for _, s := range []string{"Client host [192.0.2.99] blocked", "[IPv6:2001:db8::1]", "[[]]", "]", "[", "[192.0.2.1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ip := range diagnose.ReplyIPs(s) {
			if ip == nil || ip.IsLoopback() || ip.IsPrivate() || !strings.Contains(s, "[") {
				t.Fatalf("%q: %v", s, ip)
			}
		}
	})
}

// resetServer accepts connections and resets them at once (SO_LINGER 0),
// as a receiver's connection-level block does.
func resetServer(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			c.(*net.TCPConn).SetLinger(0)
			c.Close()
		}
	}()
	return l.Addr().(*net.TCPAddr).Port
}

func TestPort25Reset(t *testing.T) {
	dns := testdns.Start(t,
		"reset.test. 300 IN MX 10 mx.reset.test.",
		"mx.reset.test. 300 IN A 127.0.0.1",
	)
	port := resetServer(t)
	res, err := diagnose.Run(context.Background(), diagnose.Options{
		Resolver: resolver.New(dns.Addr), Timeout: 10 * time.Second, HELO: "mail.sender.test",
		PortMap: map[int]string{25: ":" + strconv.Itoa(port)},
	}, "bob@reset.test")
	if err != nil {
		t.Fatal(err)
	}
	if res.Port25 != diagnose.Port25Reset || res.Verdict.FindingID != diagnose.IDPort25Reset ||
		!strings.HasPrefix(res.Verdict.Cause, "the connections to reset.test's MX hosts were reset before a greeting (1 address)") {
		t.Fatalf("port25 %s, verdict %+v, findings %+v", res.Port25, res.Verdict, res.Findings)
	}
}

// Without --sending-ip the route to the MX says which address this machine
// sends from: on loopback (as behind NAT) that is no public address, and
// the diagnosis says the public one cannot be known offline.
func TestOutboundPrivate(t *testing.T) {
	dns := testdns.Start(t,
		"out.test. 300 IN MX 10 mx.out.test.",
		"mx.out.test. 300 IN A 127.0.0.1",
	)
	res, err := diagnose.Run(context.Background(), diagnose.Options{
		Resolver: resolver.New(dns.Addr), Timeout: 10 * time.Second, HELO: "mail.sender.test",
		PortMap: map[int]string{25: ":" + strconv.Itoa(resetServer(t))},
	}, "bob@out.test")
	if err != nil {
		t.Fatal(err)
	}
	out := res.Outbound
	if out == nil || out.Local != "127.0.0.1" || out.Network != "loopback" || out.Public || out.Remote != "127.0.0.1" || out.Host != "mx.out.test" {
		t.Fatalf("outbound %+v", out)
	}
	var f *finding.Finding
	for i := range res.Findings {
		if res.Findings[i].ID == diagnose.IDOutbound {
			f = &res.Findings[i]
		}
	}
	if f == nil || f.Status != finding.Info || !strings.Contains(f.Summary, "this machine sends to mx.out.test from 127.0.0.1, a loopback address: mail leaves through NAT from a public address that cannot be known offline") ||
		len(f.Remediation) == 0 || !strings.Contains(f.Remediation[0], "as the sending IP") {
		t.Errorf("finding %+v", f)
	}
	if !strings.Contains(strings.Join(res.Verdict.Untested, "\n"), "this machine sends from 127.0.0.1 (loopback), and the public address it is translated to cannot be known offline: give the sending IP") {
		t.Errorf("untested %v", res.Verdict.Untested)
	}
	for _, f := range res.Findings {
		if f.ID == diagnose.IDSenderPTR || strings.HasPrefix(f.ID, "dnsbl.") {
			t.Errorf("a loopback address was checked as the sending IP: %+v", f)
		}
	}
}

// A public source address is checked as the sending IP: reverse DNS and
// the blocklists. The route is injected (loopback has no public address).
func TestOutboundPublic(t *testing.T) {
	dns := testdns.Start(t,
		"out.test. 300 IN MX 10 mx.out.test.",
		"mx.out.test. 300 IN A 127.0.0.1",
		"98.2.0.192.in-addr.arpa. 300 IN PTR mail.sender.test.",
		"mail.sender.test. 300 IN A 192.0.2.98",
	)
	var asked net.IP
	res, err := diagnose.Run(context.Background(), diagnose.Options{
		Resolver: resolver.New(dns.Addr).EnableCache(), Timeout: 10 * time.Second, HELO: "mail.sender.test",
		PortMap: map[int]string{25: ":" + strconv.Itoa(resetServer(t))},
		DNSBL:   []dnsbl.List{{Name: "own list", Zone: "own.bl.test", Kind: dnsbl.IPList}},
		LocalAddr: func(_ context.Context, remote net.IP) (net.IP, error) {
			asked = remote
			return net.ParseIP("192.0.2.98"), nil
		},
	}, "bob@out.test")
	if err != nil {
		t.Fatal(err)
	}
	if !asked.Equal(net.ParseIP("127.0.0.1")) || res.Outbound == nil || !res.Outbound.Public {
		t.Fatalf("asked %v, outbound %+v", asked, res.Outbound)
	}
	got := map[string]finding.Status{}
	for _, f := range res.Findings {
		if f.Target.Addr == "192.0.2.98" {
			got[f.ID] = f.Status
		}
	}
	if got[diagnose.IDSenderPTR] != finding.Pass || got[dnsbl.IDClean] != finding.Pass || got[diagnose.IDOutbound] != finding.Info || got[diagnose.IDSenderHELO] != finding.Pass {
		t.Errorf("findings for the detected address: %v", got)
	}
	for _, u := range res.Verdict.Untested {
		if strings.Contains(u, "sending IP") {
			t.Errorf("untested still names the sending IP: %q", u)
		}
	}
}
