package testdns_test

import (
	"testing"

	"github.com/miekg/dns"
	"github.com/smtpgw/smtpgw/internal/testdns"
)

// A recorded answer is served as recorded (flags, rcode, EDE, TC) per
// transport and CD bit; the Recorder in front of a server records what it
// answered, and Write/LoadReplay round-trip it.
func TestReplayAndRecord(t *testing.T) {
	t.Parallel()
	upstream := testdns.Start(t, "zone.test. 300 IN A 127.0.0.9")

	trunc := new(dns.Msg)
	trunc.SetQuestion("big.test.", dns.TypeTXT)
	trunc.Response, trunc.Truncated, trunc.AuthenticatedData, trunc.RecursionAvailable = true, true, true, true
	full := trunc.Copy()
	full.Truncated = false
	full.Answer = []dns.RR{mustRR(t, `big.test. 300 IN TXT "x"`)}
	upstream.Replay(trunc, "udp", false)
	upstream.Replay(full, "tcp", false)

	fail := new(dns.Msg)
	fail.SetQuestion("bogus.test.", dns.TypeA)
	fail.Response, fail.Rcode = true, dns.RcodeServerFailure
	fail.SetEdns0(1232, true)
	opt := fail.IsEdns0()
	opt.Option = append(opt.Option, &dns.EDNS0_EDE{InfoCode: dns.ExtendedErrorCodeDNSBogus, ExtraText: "signature crypto failed"})
	upstream.Replay(fail, "", false)
	cd := fail.Copy()
	cd.Rcode, cd.CheckingDisabled = dns.RcodeSuccess, true
	cd.Answer = []dns.RR{mustRR(t, "bogus.test. 300 IN A 127.0.0.2")}
	upstream.Replay(cd, "", true)

	rec := testdns.Record(t, upstream.Addr)
	ask := func(addr, net, name string, qtype uint16, cdBit bool) *dns.Msg {
		t.Helper()
		m := new(dns.Msg)
		m.SetQuestion(name, qtype)
		m.CheckingDisabled = cdBit
		m.SetEdns0(4096, true)
		r, _, err := (&dns.Client{Net: net}).Exchange(m, addr)
		if err != nil {
			t.Fatalf("%s %s: %v", net, name, err)
		}
		if r.Id != m.Id {
			t.Fatalf("id %d, want %d", r.Id, m.Id)
		}
		return r
	}
	check := func(addr string) {
		t.Helper()
		if r := ask(addr, "udp", "big.test.", dns.TypeTXT, false); !r.Truncated || !r.AuthenticatedData || len(r.Answer) != 0 {
			t.Errorf("udp: %v", r)
		}
		if r := ask(addr, "tcp", "big.test.", dns.TypeTXT, false); r.Truncated || len(r.Answer) != 1 {
			t.Errorf("tcp: %v", r)
		}
		r := ask(addr, "udp", "bogus.test.", dns.TypeA, false)
		if r.Rcode != dns.RcodeServerFailure || len(r.IsEdns0().Option) != 1 {
			t.Errorf("servfail: %v", r)
		}
		if r := ask(addr, "udp", "bogus.test.", dns.TypeA, true); r.Rcode != dns.RcodeSuccess || len(r.Answer) != 1 {
			t.Errorf("cd: %v", r)
		}
		if r := ask(addr, "udp", "zone.test.", dns.TypeA, false); len(r.Answer) != 1 {
			t.Errorf("zone records next to recordings: %v", r)
		}
	}
	check(upstream.Addr)
	check(rec.Addr)

	dir := t.TempDir()
	names, err := rec.Write(dir)
	if err != nil || len(names) != 5 {
		t.Fatalf("Write: %v %v", names, err)
	}
	again := testdns.Start(t)
	if n := again.LoadReplay(t, dir); n != 5 {
		t.Fatalf("LoadReplay: %d", n)
	}
	check(again.Addr)
}

func mustRR(t *testing.T, s string) dns.RR {
	t.Helper()
	rr, err := dns.NewRR(s)
	if err != nil {
		t.Fatal(err)
	}
	return rr
}
