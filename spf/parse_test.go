package spf

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestParseValid(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, rec string
		dirs      int
		lookups   int
		redirect  string
	}{
		{"google workspace", "v=spf1 include:_spf.google.test ~all", 2, 1, ""},
		{"google netblocks", "v=spf1 ip4:35.190.247.0/24 ip4:64.233.160.0/19 ip4:66.102.0.0/20 ip6:2001:4860:4000::/36 ip6:2404:6800:4000::/36 ~all", 6, 0, ""},
		{"microsoft 365", "v=spf1 include:spf.protection.outlook.test -all", 2, 1, ""},
		{"outlook", "v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip6:2a01:111:f400::/48 ip6:2a01:111:f403::/49 include:spfd.protection.outlook.test -all", 6, 1, ""},
		{"mailchimp", "v=spf1 ip4:205.201.128.0/20 ip4:198.2.128.0/18 ip4:148.105.8.0/21 ?all", 4, 0, ""},
		{"redirect only", "v=spf1 redirect=_spf.example.test", 0, 0, "_spf.example.test"},
		{"empty record", "v=spf1", 0, 0, ""},
		{"case and spaces", "V=SPF1   MX   A:Mail.Example.Test/24//64  -ALL  ", 3, 2, ""},
		{"macros", "v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} include:%{d2}.example.test exp=explain._spf.%{d} -all", 3, 2, ""},
		{"ptr and dual cidr", "v=spf1 ptr:example.test mx//64 a/24 ?all", 4, 3, ""},
		{"unknown modifier", "v=spf1 -all moo=%{s}cow", 1, 0, ""},
		{"percent escapes", "v=spf1 exists:%%%_%-x.%{s}.example.test -all", 2, 1, ""},
		{"trailing dot", "v=spf1 include:_spf.example.test. -all", 2, 1, ""},
		{"ip4 zero prefix", "v=spf1 ip4:0.0.0.0/0 -all", 2, 0, ""},
		{"ip6 mapped", "v=spf1 ip6:::ffff:192.0.2.1 -all", 2, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := Parse(tc.rec)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.rec, err)
			}
			if len(rec.Directives) != tc.dirs {
				t.Errorf("directives = %d, want %d: %+v", len(rec.Directives), tc.dirs, rec.Directives)
			}
			n := 0
			for _, d := range rec.Directives {
				if d.Lookup() {
					n++
				}
			}
			if n != tc.lookups {
				t.Errorf("lookups = %d, want %d", n, tc.lookups)
			}
			if rec.Redirect != tc.redirect {
				t.Errorf("redirect = %q, want %q", rec.Redirect, tc.redirect)
			}
		})
	}
}

func TestParseDetails(t *testing.T) {
	t.Parallel()
	rec, err := Parse("v=spf1 -a:mail.example.test/24//64 ~mx ip6:2001:db8::/32 ?all")
	if err != nil {
		t.Fatal(err)
	}
	d := rec.Directives[0]
	if d.Qualifier != '-' || !d.Explicit || d.Mechanism != MechA || d.DomainSpec != "mail.example.test" || d.IP4CIDR != 24 || d.IP6CIDR != 64 || d.Pos != 8 {
		t.Errorf("a directive = %+v", d)
	}
	if d := rec.Directives[1]; d.Qualifier != '~' || d.Mechanism != MechMX || d.DomainSpec != "" || d.IP4CIDR != -1 {
		t.Errorf("mx directive = %+v", d)
	}
	if d := rec.Directives[2]; d.Prefix.String() != "2001:db8::/32" || d.Qualifier != '+' || d.Explicit {
		t.Errorf("ip6 directive = %+v", d)
	}
	if a := rec.All(); a == nil || a.Qualifier != '?' {
		t.Errorf("All() = %+v", a)
	}
}

func TestParseErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, rec string
		pos       int
		want      string
	}{
		{"unknown mechanism", "v=spf1 ipv4:192.0.2.1 -all", 8, `unknown mechanism "ipv4"`},
		{"hint ip4", "v=spf1 ipv4:192.0.2.1 -all", 8, `did you mean "ip4:"`},
		{"bad qualifier", "v=spf1 !all", 8, `bad qualifier '!'`},
		{"double qualifier", "v=spf1 -~all", 8, "at most one qualifier"},
		{"cidr too long v4", "v=spf1 ip4:192.0.2.0/33 -all", 8, "bad CIDR length /33"},
		{"cidr too long v6", "v=spf1 ip6:2001:db8::/129 -all", 8, "bad CIDR length /129"},
		{"cidr leading zero", "v=spf1 a/024 -all", 8, "without leading zeros"},
		{"cidr on a too long", "v=spf1 mx/40 -all", 8, "bad CIDR length /40"},
		{"cidr empty", "v=spf1 ip4:192.0.2.0/ -all", 8, "empty after '/'"},
		{"ip6 in ip4", "v=spf1 ip4:2001:db8::1", 8, "use ip6:"},
		{"ip4 in ip6", "v=spf1 ip6:192.0.2.1", 8, "use ip4:"},
		{"bad ip4", "v=spf1 ip4:192.0.2", 8, "not a valid IPv4 address"},
		{"bad macro letter", "v=spf1 exists:%{x}.example.test", 8, "unknown macro letter"},
		{"bad macro escape", "v=spf1 exists:%a.example.test", 8, `bad macro "%a"`},
		{"unclosed macro", "v=spf1 exists:%{d.example.test", 8, "without closing"},
		{"macro c outside exp", "v=spf1 exists:%{c}.example.test", 8, "only in explanation strings"},
		{"macro zero parts", "v=spf1 exists:%{d0}.example.test", 8, "at least 1"},
		{"macro bad delimiter", "v=spf1 exists:%{d1r*}.example.test", 8, "not a transformer or delimiter"},
		{"duplicate redirect", "v=spf1 redirect=a.example.test redirect=b.example.test", 32, "duplicate redirect= modifier"},
		{"duplicate exp", "v=spf1 exp=a.example.test -all exp=b.example.test", 32, "duplicate exp= modifier"},
		{"include without domain", "v=spf1 include -all", 8, "include needs a domain"},
		{"include not fqdn", "v=spf1 include:localhost -all", 8, "not fully qualified"},
		{"numeric toplabel", "v=spf1 include:192.0.2.1 -all", 8, "not a valid top-level label"},
		{"a with ip", "v=spf1 a:192.0.2.1 -all", 8, "not an IP address"},
		{"all with arg", "v=spf1 all:example.test", 8, "takes no argument"},
		{"tab", "v=spf1 a\t-all", 8, "not allowed"},
		{"non-ascii", "v=spf1 include:exämple.test -all", 8, "not allowed"},
		{"qualified modifier", "v=spf1 -redirect=example.test", 8, "take no qualifier"},
		{"merged records", "v=spf1 a -all spf2.0/pra", 15, "unknown mechanism"},
		{"label too long", "v=spf1 include:" + strings.Repeat("a", 64) + ".test -all", 8, "longer than 63"},
		{"ptr cidr", "v=spf1 ptr/24 -all", 8, "no CIDR length"},
		{"lone qualifier", "v=spf1 - all", 8, "must be followed by a mechanism"},
		{"CIDR on include", "v=spf1 include:_spf.example.test/24 -all", 8, `ends in "test/24", which is not a valid top-level label`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.rec)
			var se SyntaxErrors
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q) = %v, want SyntaxErrors", tc.rec, err)
			}
			if se[0].Pos != tc.pos || !strings.Contains(se[0].Msg, tc.want) {
				t.Errorf("Parse(%q) first error = pos %d %q; want pos %d containing %q", tc.rec, se[0].Pos, se[0].Msg, tc.pos, tc.want)
			}
		})
	}
}

func TestParseRecordErrors(t *testing.T) {
	t.Parallel()
	if _, err := Parse("v=spf10 -all"); err != ErrNotSPF {
		t.Errorf("v=spf10: %v", err)
	}
	if _, err := Parse("spf2.0/pra -all"); err != ErrNotSPF {
		t.Errorf("spf2.0: %v", err)
	}
	if _, err := Parse("v=spf1 " + strings.Repeat("a ", 5000)); err != ErrTooLarge {
		t.Errorf("10,000 chars: %v", err)
	}
	if _, err := Parse("v=spf1" + strings.Repeat(" a", MaxTerms+1)); err != ErrTooMany {
		t.Errorf("too many terms: %v", err)
	}
	// Errors are collected for every bad term; good terms are kept.
	rec, err := Parse("v=spf1 ip4:1.2.3.4/33 include:_spf.example.test foo -all")
	var se SyntaxErrors
	if !errors.As(err, &se) || len(se) != 2 || se[1].Pos != 49 {
		t.Fatalf("errors = %v", err)
	}
	if rec == nil || len(rec.Directives) != 2 {
		t.Fatalf("partial record = %+v", rec)
	}
}

func TestIsSPF(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]bool{"v=spf1": true, "v=spf1 -all": true, "V=SPF1 a": true, "v=spf10": false, "v=spf1-all": false, "": false, "google-site-verification=x": false} {
		if IsSPF(s) != want {
			t.Errorf("IsSPF(%q) = %v", s, !want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"v=spf1 include:_spf.google.test ~all",
		"v=spf1 a:mail.example.test/24//64 mx ptr exists:%{ir}.x.example.test redirect=r.example.test",
		"v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 exp=%{d}.e.example.test -all",
		"v=spf1 %{",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rec, err := Parse(s)
		if err == nil && rec == nil {
			t.Fatal("nil record without error")
		}
		var se SyntaxErrors
		if errors.As(err, &se) {
			for _, e := range se {
				if e.Pos < 1 || e.Pos > len(s) || !strings.HasPrefix(s[e.Pos-1:], e.Term) {
					t.Fatalf("error position %d does not point at term %q in %q", e.Pos, e.Term, s)
				}
			}
		}
		if rec != nil {
			for _, d := range rec.Directives {
				if !strings.HasPrefix(s[d.Pos-1:], d.Text) {
					t.Fatalf("directive position %d does not point at %q", d.Pos, d.Text)
				}
			}
		}
	})
}

// The limit errors are constant texts: they must name the limits in force.
func TestLimitErrorsNameTheLimits(t *testing.T) {
	if want := fmt.Sprintf("record longer than %d octets: not parsed", MaxRecordSize); ErrTooLarge.Error() != want {
		t.Errorf("ErrTooLarge says %q, want %q", ErrTooLarge, want)
	}
	if want := fmt.Sprintf("record has more than %d terms: not parsed", MaxTerms); ErrTooMany.Error() != want {
		t.Errorf("ErrTooMany says %q, want %q", ErrTooMany, want)
	}
}
