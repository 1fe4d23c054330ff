package dnsbl_test

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/dnsbl"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

func TestIPQueryName(t *testing.T) {
	for _, c := range []struct{ ip, want string }{
		{"192.0.2.99", "99.2.0.192.zen.spamhaus.org."},
		{"::ffff:192.0.2.99", "99.2.0.192.zen.spamhaus.org."},
		{"2001:db8::1", "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org."},
		{"2001:db8:1234:5678:9abc:def0:fedc:ba98", "8.9.a.b.c.d.e.f.0.f.e.d.c.b.a.9.8.7.6.5.4.3.2.1.8.b.d.0.1.0.0.2.zen.spamhaus.org."},
	} {
		got, err := dnsbl.IPQueryName(net.ParseIP(c.ip), "zen.spamhaus.org.")
		if err != nil || got != c.want {
			t.Errorf("IPQueryName(%s) = %q, %v; want %q", c.ip, got, err, c.want)
		}
	}
	if _, err := dnsbl.IPQueryName(nil, "zen.spamhaus.org"); !errors.Is(err, dnsbl.ErrInvalid) {
		t.Errorf("nil IP: err = %v, want ErrInvalid", err)
	}
}

func TestDomainQueryName(t *testing.T) {
	got, err := dnsbl.DomainQueryName("Sender.Example. ", "dbl.spamhaus.org")
	if err != nil || got != "sender.example.dbl.spamhaus.org." {
		t.Errorf("got %q, %v", got, err)
	}
	for _, bad := range []string{"", "192.0.2.1", "localhost", "bad name.example", "a..b.example"} {
		if _, err := dnsbl.DomainQueryName(bad, "dbl.spamhaus.org"); !errors.Is(err, dnsbl.ErrInvalid) {
			t.Errorf("DomainQueryName(%q): err = %v, want ErrInvalid", bad, err)
		}
	}
}

// The table must give every list a zone, a kind, a delisting address and
// at least one documented code.
func TestDefaultTable(t *testing.T) {
	names := map[string]bool{}
	for _, l := range dnsbl.Default() {
		names[l.Name] = true
		if l.Zone == "" || l.Delist == "" || !strings.HasPrefix(l.Delist, "https://") || (len(l.Codes) == 0 && len(l.Bits) == 0) {
			t.Errorf("%s: incomplete entry %+v", l.Name, l)
		}
		if l.Kind != dnsbl.IPList && l.Kind != dnsbl.DomainList {
			t.Errorf("%s: kind %q", l.Name, l.Kind)
		}
	}
	for _, want := range []string{"Spamhaus ZEN", "Spamhaus DBL", "SpamCop", "Barracuda", "UCEPROTECT Level 1", "PSBL", "Mailspike", "SURBL", "URIBL"} {
		if !names[want] {
			t.Errorf("table lacks %s", want)
		}
	}
}

const suffix = "bl.test"

// world serves the real table's zones under bl.test: 192.0.2.99 is on
// Spamhaus ZEN twice (SBL and PBL) and on Barracuda; SpamCop refuses with a
// non-127 answer (an NXDOMAIN-rewriting resolver); PSBL answers SERVFAIL;
// spam.example is on SURBL (MW+ABUSE) and the DBL; URIBL refuses with
// 127.0.0.1; 192.0.2.50 gets Spamhaus's public-resolver code.
func world(t *testing.T) *dnsbl.Checker {
	t.Helper()
	srv := testdns.Start(t,
		"99.2.0.192.zen.spamhaus.org.bl.test. 60 IN A 127.0.0.2",
		"99.2.0.192.zen.spamhaus.org.bl.test. 60 IN A 127.0.0.10",
		"99.2.0.192.b.barracudacentral.org.bl.test. 60 IN A 127.0.0.2",
		"99.2.0.192.bl.spamcop.net.bl.test. 60 IN A 198.51.100.7",
		"50.2.0.192.zen.spamhaus.org.bl.test. 60 IN A 127.255.255.254",
		"99.2.0.192.bl.mailspike.net.bl.test. 60 IN A 127.0.0.77",
		"spam.example.multi.surbl.org.bl.test. 60 IN A 127.0.0.80",
		"spam.example.dbl.spamhaus.org.bl.test. 60 IN A 127.0.1.2",
		"spam.example.multi.uribl.com.bl.test. 60 IN A 127.0.0.1",
		"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org.bl.test. 60 IN A 127.0.0.3",
	)
	srv.ServFail("99.2.0.192.psbl.surriel.com.bl.test.")
	return &dnsbl.Checker{Resolver: resolver.New(srv.Addr), Lists: dnsbl.WithZoneSuffix(dnsbl.Default(), suffix)}
}

func byList(rs []dnsbl.Result) map[string]dnsbl.Result {
	m := map[string]dnsbl.Result{}
	for _, r := range rs {
		m[r.ListName] = r
	}
	return m
}

func TestCheckIP(t *testing.T) {
	c := world(t)
	rs, err := c.CheckIP(context.Background(), net.ParseIP("192.0.2.99"))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 6 {
		t.Fatalf("%d results, want one per IP list (6)", len(rs))
	}
	m := byList(rs)
	zen := m["Spamhaus ZEN"]
	if zen.Status != dnsbl.Listed || len(zen.Meanings) != 2 || !strings.Contains(zen.Meanings[0], "SBL") || !strings.Contains(zen.Meanings[1], "PBL") {
		t.Errorf("ZEN: %+v", zen)
	}
	if zen.Query != "99.2.0.192.zen.spamhaus.org.bl.test." {
		t.Errorf("ZEN query %q", zen.Query)
	}
	if r := m["Barracuda"]; r.Status != dnsbl.Listed {
		t.Errorf("Barracuda: %+v", r)
	}
	if r := m["SpamCop"]; r.Status != dnsbl.Refused || !strings.Contains(r.Meanings[0], "outside 127.0.0.0/8") {
		t.Errorf("SpamCop (non-127 answer): %+v", r)
	}
	if r := m["Mailspike"]; r.Status != dnsbl.Listed || !strings.Contains(r.Meanings[0], "not documented") {
		t.Errorf("Mailspike (unknown code): %+v", r)
	}
	if r := m["UCEPROTECT Level 1"]; r.Status != dnsbl.Clean {
		t.Errorf("UCEPROTECT: %+v", r)
	}
	psbl := m["PSBL"]
	var de *dnsbl.Error
	var re *resolver.Error
	if psbl.Status != dnsbl.Failed || !errors.As(psbl.Err, &de) || !errors.As(psbl.Err, &re) || re.Kind != resolver.ServFail {
		t.Errorf("PSBL (SERVFAIL): %+v", psbl)
	}
}

func TestCheckIPRefusedFromPublicResolver(t *testing.T) {
	rs, err := world(t).CheckIP(context.Background(), net.ParseIP("192.0.2.50"))
	if err != nil {
		t.Fatal(err)
	}
	zen := byList(rs)["Spamhaus ZEN"]
	if zen.Status != dnsbl.Refused || !strings.Contains(zen.Meanings[0], "public/open resolver") {
		t.Fatalf("ZEN: %+v", zen)
	}
	fs := dnsbl.Findings(finding.Target{Addr: "192.0.2.50"}, rs)
	var refused, listed int
	for _, f := range fs {
		switch f.ID {
		case dnsbl.IDRefused:
			refused++
			if f.Status != finding.Warn || !strings.HasPrefix(f.Summary, "could not check 192.0.2.50 on Spamhaus ZEN") {
				t.Errorf("refused finding: %+v", f)
			}
		case dnsbl.IDListed:
			listed++
		}
	}
	if refused != 1 || listed != 0 {
		t.Errorf("refused=%d listed=%d; want 1, 0: %+v", refused, listed, fs)
	}
}

func TestCheckIPv6(t *testing.T) {
	rs, err := world(t).CheckIP(context.Background(), net.ParseIP("2001:db8::1"))
	if err != nil {
		t.Fatal(err)
	}
	m := byList(rs)
	if r := m["Spamhaus ZEN"]; r.Status != dnsbl.Listed || !strings.Contains(r.Meanings[0], "CSS") {
		t.Errorf("ZEN v6: %+v", r)
	}
	if r := m["SpamCop"]; r.Status != dnsbl.Skipped {
		t.Errorf("SpamCop v6: %+v", r)
	}
	fs := dnsbl.Findings(finding.Target{Addr: "2001:db8::1"}, rs)
	if len(fs) != 2 || fs[0].ID != dnsbl.IDListed || fs[1].ID != dnsbl.IDNotChecked || !strings.HasPrefix(fs[1].Summary, "2001:db8::1 was not asked of 5 lists: SpamCop (the list publishes no IPv6 entries)") {
		t.Fatalf("findings: %+v", fs)
	}
}

func TestCheckDomain(t *testing.T) {
	c := world(t)
	rs, err := c.CheckDomain(context.Background(), "Spam.Example")
	if err != nil {
		t.Fatal(err)
	}
	m := byList(rs)
	if len(rs) != 3 {
		t.Fatalf("%d results, want 3", len(rs))
	}
	if r := m["SURBL"]; r.Status != dnsbl.Listed || r.Meanings[0] != "127.0.0.80: MW: malware site; ABUSE: spam and abuse site" {
		t.Errorf("SURBL: %+v", r)
	}
	if r := m["Spamhaus DBL"]; r.Status != dnsbl.Listed || !strings.Contains(r.Meanings[0], "low-reputation") {
		t.Errorf("DBL: %+v", r)
	}
	if r := m["URIBL"]; r.Status != dnsbl.Refused || !strings.Contains(r.Meanings[0], "query refused by URIBL") {
		t.Errorf("URIBL: %+v", r)
	}
	rs, err = c.CheckDomain(context.Background(), "good.example")
	if err != nil {
		t.Fatal(err)
	}
	fs := dnsbl.Findings(finding.Target{Domain: "good.example"}, rs)
	if len(fs) != 1 || fs[0].ID != dnsbl.IDClean || fs[0].Status != finding.Pass || fs[0].Summary != "good.example is on none of 3 lists: Spamhaus DBL, SURBL, URIBL" {
		t.Fatalf("clean: %+v", fs)
	}
	if _, err := c.CheckDomain(context.Background(), "not a domain"); !errors.Is(err, dnsbl.ErrInvalid) {
		t.Errorf("invalid domain: %v", err)
	}
}

func TestFindingsListed(t *testing.T) {
	rs, err := world(t).CheckIP(context.Background(), net.ParseIP("192.0.2.99"))
	if err != nil {
		t.Fatal(err)
	}
	fs := dnsbl.Findings(finding.Target{Addr: "192.0.2.99"}, rs)
	ids := map[string]int{}
	for _, f := range fs {
		ids[f.ID]++
		if f.ID == dnsbl.IDListed && strings.Contains(f.Summary, "Spamhaus ZEN") {
			if f.Status != finding.Fail || !strings.Contains(f.Detail, "https://check.spamhaus.org/") || len(f.Evidence) != 2 || f.Evidence[0] != "99.2.0.192.zen.spamhaus.org.bl.test. A 127.0.0.2" {
				t.Errorf("ZEN finding: %+v", f)
			}
		}
	}
	// ZEN, Barracuda, Mailspike listed; SpamCop refused; PSBL error; UCEPROTECT clean.
	if ids[dnsbl.IDListed] != 3 || ids[dnsbl.IDRefused] != 1 || ids[dnsbl.IDError] != 1 || ids[dnsbl.IDClean] != 1 {
		t.Errorf("ids: %v", ids)
	}
}

func TestInterpret(t *testing.T) {
	var uribl *dnsbl.List
	for i := range dnsbl.Default() {
		if dnsbl.Default()[i].Name == "URIBL" {
			uribl = &dnsbl.Default()[i]
		}
	}
	st, ms := dnsbl.Interpret(uribl, []string{"127.0.0.14"})
	if st != dnsbl.Listed || ms[0] != "127.0.0.14: black: domain used by spammers; grey: domain found in bulk mail (may honour opt-out); red: young or privacy-protected domain actively seen in mail" {
		t.Errorf("14: %v %v", st, ms)
	}
	// A refusal among listing codes makes the answer unusable.
	if st, _ := dnsbl.Interpret(uribl, []string{"127.0.0.2", "127.0.0.1"}); st != dnsbl.Refused {
		t.Errorf("mixed: %v", st)
	}
}

func FuzzInterpret(f *testing.F) {
	for _, s := range []string{"127.0.0.2", "127.255.255.254", "127.0.0.80", "198.51.100.1", "::1", "", "127.0.1.255"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		for i := range dnsbl.Default() {
			st, ms := dnsbl.Interpret(&dnsbl.Default()[i], []string{code})
			if (st != dnsbl.Listed && st != dnsbl.Refused) || len(ms) != 1 {
				t.Fatalf("%s %q: %v %v", dnsbl.Default()[i].Name, code, st, ms)
			}
		}
		if _, err := dnsbl.DomainQueryName(code, "dbl.test"); err == nil && net.ParseIP(code) != nil {
			t.Fatalf("IP %q accepted as a domain", code)
		}
	})
}

func TestParseLists(t *testing.T) {
	ls, err := dnsbl.ParseLists([]string{"zen.spamhaus.org=KEY.zen.dq.spamhaus.example", "ip:dnsbl.lists.example", "domain:DBL.Lists.Example.", "bl.spamcop.net", "rbl.lists.example", "bl.spamcop.net"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != 5 {
		t.Fatalf("%d lists, want 5 (a repeated one kept once): %+v", len(ls), ls)
	}
	if ls[0].Name != "Spamhaus ZEN" || ls[0].Zone != "key.zen.dq.spamhaus.example" || ls[0].Codes["127.0.0.2"] == "" || ls[0].Refused["127.255.255.254"] == "" {
		t.Errorf("mirrored ZEN keeps the table's codes: %+v", ls[0])
	}
	if ls[1].Kind != dnsbl.IPList || ls[1].Zone != "dnsbl.lists.example" || ls[2].Kind != dnsbl.DomainList || ls[2].Zone != "dbl.lists.example" {
		t.Errorf("own lists: %+v %+v", ls[1], ls[2])
	}
	if ls[3].Name != "SpamCop" || ls[4].Kind != dnsbl.IPList || ls[4].Name != "rbl.lists.example" {
		t.Errorf("table list and bare zone: %+v %+v", ls[3], ls[4])
	}
	all, err := dnsbl.ParseLists([]string{"default", "ip:dnsbl.lists.example"})
	if err != nil || len(all) != len(dnsbl.Default())+1 {
		t.Errorf("default plus one: %d lists, %v", len(all), err)
	}
	for _, bad := range []string{"", "nodot", "unknown.example=mirror.example", "zen.spamhaus.org=bad zone", "ip:", "domain:a..b"} {
		if _, err := dnsbl.ParseList(bad); err == nil {
			t.Errorf("ParseList(%q) accepted", bad)
		}
	}
	// An answer from a list of one's own is a listing without a meaning table.
	st, ms := dnsbl.Interpret(&ls[1], []string{"127.0.0.2"})
	if st != dnsbl.Listed || len(ms) != 1 || !strings.Contains(ms[0], "not documented") {
		t.Errorf("own list answer: %s %v", st, ms)
	}
}
