package spf

import (
	"context"
	"net"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/resolver"
)

// evalZone serves zonedata written as in the OpenSPF suites.
func evalZone(t *testing.T, data map[string][]interface{}) *resolver.Resolver {
	t.Helper()
	srv := startSuiteServer(t)
	srv.setZone(buildZone(t, data))
	r := resolver.New(srv.addr)
	r.Timeout = 1500 * time.Millisecond
	return r
}

func rec(typ string, v interface{}) map[string]interface{} { return map[string]interface{}{typ: v} }

// When the A query of an a/mx target times out, the answer of its AAAA
// query must not turn the result into fail: for an IPv4 client only A
// records count, and a lookup that did not answer is a temperror (§5.3).
func TestEvaluateATimeoutAAAAAnswer(t *testing.T) {
	t.Parallel()
	r := evalZone(t, map[string][]interface{}{
		"a.example.test":  {rec("TXT", "v=spf1 a:h.example.test -all")},
		"mx.example.test": {rec("TXT", "v=spf1 mx -all"), rec("MX", []interface{}{10, "h.example.test"})},
		"h.example.test":  {rec("A", "TIMEOUT"), rec("AAAA", "2001:db8::25")},
	})
	ctx := context.Background()
	for _, s := range []string{"x@a.example.test", "x@mx.example.test"} {
		if ev := Evaluate(ctx, r, net.ParseIP("192.0.2.25"), s, "h.example.test"); ev.Result != TempError || !strings.Contains(ev.Reason, "timed out") {
			t.Errorf("%s from 192.0.2.25: %s (%s), want temperror", s, ev.Result, ev.Reason)
		}
		if ev := Evaluate(ctx, r, net.ParseIP("2001:db8::25"), s, "h.example.test"); ev.Result != Pass {
			t.Errorf("%s from 2001:db8::25: %s (%s), want pass", s, ev.Result, ev.Reason)
		}
	}
}

func TestEvaluateIdentities(t *testing.T) {
	t.Parallel()
	r := evalZone(t, map[string][]interface{}{
		"example.test":      {rec("TXT", "v=spf1 -all exp=why.example.test")},
		"why.example.test":  {rec("TXT", "%{l} from %{i} via %{h} may not send for %{d} (%{v})")},
		"mail.example.test": {rec("TXT", "v=spf1 a -all"), rec("A", "192.0.2.25")},
		"syn.example.test":  {rec("TXT", "v=spf1 +all ip4:192.0.2.0/33")},
	})
	ctx := context.Background()
	ip := net.ParseIP("192.0.2.25")

	// No local-part: postmaster@ the MAIL FROM domain, not the HELO (§4.3).
	ev := Evaluate(ctx, r, ip, "@example.test", "mail.example.test")
	if ev.Sender != "postmaster@example.test" || ev.Result != Fail {
		t.Errorf("@example.test: sender %q result %s", ev.Sender, ev.Result)
	}
	if want := "postmaster from 192.0.2.25 via mail.example.test may not send for example.test (in-addr)"; ev.Explanation != want {
		t.Errorf("explanation %q, want %q", ev.Explanation, want)
	}
	if !strings.Contains(ev.Finding.Detail, ev.Explanation) {
		t.Errorf("detail %q lacks the explanation", ev.Finding.Detail)
	}

	// HELO identity (§2.3).
	ev = EvaluateHELO(ctx, r, ip, "mail.example.test")
	if ev.Result != Pass || ev.Sender != "postmaster@mail.example.test" || ev.Finding.ID != "spf.eval-helo" || !strings.Contains(ev.Finding.Summary, "HELO mail.example.test") {
		t.Errorf("HELO: %s %q %+v", ev.Result, ev.Sender, ev.Finding)
	}
	for _, helo := range []string{"[192.0.2.25]", "[IPv6:2001:db8::1]", "localhost", "bad..example.test", strings.Repeat("x", 64) + ".example.test"} {
		ev = EvaluateHELO(ctx, r, ip, helo)
		if ev.Result != None || ev.Queries != 0 {
			t.Errorf("HELO %q: %s after %d queries (%s), want none without a query", helo, ev.Result, ev.Queries, ev.Reason)
		}
	}

	// A syntax error after a matching term is still a permerror (§4.6).
	ev = Evaluate(ctx, r, ip, "x@syn.example.test", "mail.example.test")
	if ev.Result != PermError || !strings.Contains(ev.Reason, "ip4:192.0.2.0/33") {
		t.Errorf("syntax error after +all: %s (%s)", ev.Result, ev.Reason)
	}
}

func TestMacroExpansion(t *testing.T) {
	t.Parallel()
	e := &evaluator{ctx: context.Background(), r: resolver.New(), ev: &Evaluation{HELO: "mx.example.test"},
		ip: netip.MustParseAddr("192.0.2.3"), local: "strong-bad", senderDomain: "email.example.com"}
	for in, want := range map[string]string{
		// The examples of RFC 7208 §7.4.
		"%{s}":                              "strong-bad@email.example.com",
		"%{o}":                              "email.example.com",
		"%{d}":                              "email.example.com",
		"%{d4}":                             "email.example.com",
		"%{d3}":                             "email.example.com",
		"%{d2}":                             "example.com",
		"%{d1}":                             "com",
		"%{dr}":                             "com.example.email",
		"%{d2r}":                            "example.email",
		"%{l}":                              "strong-bad",
		"%{l-}":                             "strong.bad",
		"%{lr}":                             "strong-bad",
		"%{lr-}":                            "bad.strong",
		"%{l1r-}":                           "strong",
		"%{ir}.%{v}._spf.%{d2}":             "3.2.0.192.in-addr._spf.example.com",
		"%{lr-}.lp._spf.%{d2}":              "bad.strong.lp._spf.example.com",
		"%{lr-}.lp.%{ir}.%{v}._spf.%{d2}":   "bad.strong.lp.3.2.0.192.in-addr._spf.example.com",
		"%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}":  "3.2.0.192.in-addr.strong.lp._spf.example.com",
		"%{d2}.trusted-domains.example.net": "example.com.trusted-domains.example.net",
		"%%%_%-":                            "% %20",
		"%{S}":                              "strong-bad%40email.example.com",
	} {
		got, err := e.expand(in, "email.example.com", false)
		if err != nil || got != want {
			t.Errorf("expand(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	e.ip = netip.MustParseAddr("2001:db8::cb01")
	if got, _ := e.expand("%{ir}.%{v}._spf.%{d2}", "email.example.com", false); !strings.EqualFold(got, "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com") {
		t.Errorf("IPv6 %%{ir}: %q", got)
	}
	if got, _ := e.expand("%{c} %{r}", "d.test", true); got != "2001:db8::cb01 unknown" {
		t.Errorf("explanation letters: %q", got)
	}
	for _, bad := range []string{"%{c}", "%x", "%", "%{", "%{}", "%{d0}", "%{q}", "%{d2!}"} {
		if got, err := e.expand(bad, "d.test", false); err == nil {
			t.Errorf("expand(%q) = %q, want an error", bad, got)
		}
	}
}

// FuzzExpand feeds arbitrary domain-specs and explanation strings to the
// macro expander: it must not panic, and what it accepts the parser's
// macro-string check accepts too.
func FuzzExpand(f *testing.F) {
	for _, s := range []string{"%{ir}.%{v}._spf.%{d2}", "%{l1r-}.lp", "%%%_%-", "%{S}", "%{p}.x", "%{d0}", "%{c} %{t}"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, exp bool) {
		if len(s) > 1024 {
			return
		}
		e := &evaluator{ctx: context.Background(), r: resolver.New(), ev: &Evaluation{HELO: "h.example.test"},
			ip: netip.MustParseAddr("2001:db8::1"), local: "a.b", senderDomain: "example.test"}
		_, err := e.expand(s, "example.test", exp)
		if err == nil && !strings.ContainsAny(s, " \x00") && badChar(s) < 0 {
			if msg := checkMacroString(s, exp); msg != "" {
				t.Fatalf("expand accepts %q, checkMacroString says %s", s, msg)
			}
		}
	})
}
