package mtasts

import (
	"errors"
	"strings"
	"testing"
)

func TestParseRecord(t *testing.T) {
	t.Parallel()
	tests := []struct {
		txt   string
		isSTS bool
		id    string
		err   string // substring of the error; "" for success
	}{
		{"v=STSv1; id=20160831085700Z;", true, "20160831085700Z", ""},
		{"v=STSv1;id=abc", true, "abc", ""},
		{"v=STSv1 ; id=abc ; ", true, "abc", ""},
		{"v=STSv1; id=abc; ext-1.x=foo", true, "abc", ""},
		{"v=STSv1; id=first; id=second", true, "first", ""},
		{"v=STSv1; id=" + strings.Repeat("a", 32), true, strings.Repeat("a", 32), ""},
		{"v=STSv1; id=" + strings.Repeat("a", 33), true, "", "at most 32"},
		{"v=STSv1; id=2024-01-01", true, "", "only letters and digits"},
		{"v=STSv1; id=", true, "", "empty id"},
		{"v=STSv1;", true, "", "missing"},
		{"v=STSv1", true, "", "missing"},
		{"v=STSv1; foo=bar", true, "", "missing"},
		{"v=STSv1; id=abc foo", true, "", `expected ";"`},
		{"v=STSv1; =abc", true, "", "field name"},
		{"v=STSv1; id abc", true, "", "expected '='"},
		{"v=STSv1; id=abc; x=", true, "", "empty value"},
		{"v=spf1 -all", false, "", "does not begin"},
		{"v=STSv10; id=abc", false, "", "does not begin"},
		{"V=STSv1; id=abc", false, "", "does not begin"},
		{"", false, "", "does not begin"},
	}
	for _, tc := range tests {
		rec, isSTS, err := ParseRecord(tc.txt)
		if isSTS != tc.isSTS {
			t.Errorf("%q: isSTS %v, want %v", tc.txt, isSTS, tc.isSTS)
		}
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: error %v, want one containing %q", tc.txt, err, tc.err)
			}
			if err != nil && !errors.Is(err, ErrRecordSyntax) {
				t.Errorf("%q: error %v is not ErrRecordSyntax", tc.txt, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.txt, err)
			continue
		}
		if rec.ID != tc.id || rec.Version != "STSv1" {
			t.Errorf("%q: got %+v, want id %q", tc.txt, rec, tc.id)
		}
	}
	rec, _, _ := ParseRecord("v=STSv1; id=abc; ext-1.x=foo")
	if len(rec.Extensions) != 1 || rec.Extensions[0] != (Pair{"ext-1.x", "foo"}) {
		t.Errorf("extensions: %+v", rec.Extensions)
	}
}

const goodPolicy = "version: STSv1\nmode: enforce\nmx: mail.example.test\nmx: *.example.net\nmx: backupmx.example.test\nmax_age: 604800\n"

func TestParsePolicy(t *testing.T) {
	t.Parallel()
	pol, probs, err := ParsePolicy(goodPolicy)
	if err != nil || len(probs) != 0 {
		t.Fatalf("good policy: %v %v", err, probs)
	}
	if pol.Version != "STSv1" || pol.Mode != ModeEnforce || pol.MaxAge != 604800 || len(pol.MX) != 3 {
		t.Fatalf("parsed %+v", pol)
	}
	if pol.MX[1] != (MXPattern{Wildcard: true, Domain: "example.net"}) {
		t.Errorf("wildcard: %+v", pol.MX[1])
	}

	// CRLF, no final newline, whitespace after the colon, extension fields.
	pol, probs, err = ParsePolicy("version:STSv1\r\nmode:\t testing\r\nmx: MX.Example.TEST\r\nmax_age: 86400\r\nx-vendor: some value")
	if err != nil || len(probs) != 0 {
		t.Fatalf("CRLF policy: %v %v", err, probs)
	}
	if pol.Mode != ModeTesting || pol.MX[0].Domain != "mx.example.test" || len(pol.Extensions) != 1 || pol.Extensions[0].Value != "some value" {
		t.Fatalf("CRLF policy parsed %+v", pol)
	}

	// mode none needs no mx.
	if _, _, err := ParsePolicy("version: STSv1\nmode: none\nmax_age: 86400\n"); err != nil {
		t.Errorf("mode none without mx: %v", err)
	}
}

func TestParsePolicyErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ body, err string }{
		{"version: STSv2\nmode: enforce\nmx: a.test\nmax_age: 1\n", `"STSv1"`},
		{"mode: enforce\nmx: a.test\nmax_age: 1\n", `"version"`},
		{"version: STSv1\nmx: a.test\nmax_age: 1\n", `"mode"`},
		{"version: STSv1\nmode: enforce\nmx: a.test\n", `"max_age"`},
		{"version: STSv1\nmode: Enforce\nmx: a.test\nmax_age: 1\n", "case-sensitive"},
		{"version: STSv1\nmode: strict\nmx: a.test\nmax_age: 1\n", "not one of"},
		{"version: STSv1\nmode: enforce\nmx: a.test\nmax_age: 31557601\n", "more than the maximum"},
		{"version: STSv1\nmode: enforce\nmx: a.test\nmax_age: 12345678901\n", "1 to 10 digits"},
		{"version: STSv1\nmode: enforce\nmx: a.test\nmax_age: -5\n", "not a number"},
		{"version: STSv1\nmode: enforce\nmax_age: 86400\n", "no mx"},
		{"version: STSv1\nmode: testing\nmx: a.test, b.test\nmax_age: 86400\n", "one pattern per mx line"},
		{"version: STSv1\nmode: testing\nmx: *.*.test\nmax_age: 86400\n", "wildcard"},
		{"version: STSv1\nmode: testing\nmx: mail*.test\nmax_age: 86400\n", "wildcard"},
		{"version: STSv1\nmode: testing\nmx: -bad.test\nmax_age: 86400\n", "invalid character"},
		{"version: STSv1\nmode: testing\nmx: bücher.test\nmax_age: 86400\n", "A-labels"},
		{"version: STSv1\nmode: testing\nmx: a..test\nmax_age: 86400\n", "empty label"},
		{"Version: STSv1\nmode: testing\nmx: a.test\nmax_age: 86400\n", `"version"`},
		{strings.Repeat("x", MaxPolicySize+1), "bytes"},
		{strings.Repeat("\n", maxPolicyLines+2), "lines"},
	}
	for _, tc := range tests {
		_, _, err := ParsePolicy(tc.body)
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%.60q: error %v, want one containing %q", tc.body, err, tc.err)
			continue
		}
		if !errors.Is(err, ErrPolicySyntax) {
			t.Errorf("%.60q: %v is not ErrPolicySyntax", tc.body, err)
		}
	}
}

func TestParsePolicyProblems(t *testing.T) {
	t.Parallel()
	body := "version: STSv1\n<html>garbage\nmode: enforce\nmode: testing\n\nmx: a.test \nMax_Age: 5\nmax_age: 86400\n#comment: yes\n"
	pol, probs, err := ParsePolicy(body)
	if err != nil {
		t.Fatal(err)
	}
	if pol.Mode != ModeEnforce {
		t.Errorf("repeated mode: first must be used, got %s", pol.Mode)
	}
	want := map[int]string{2: "not a \"key: value\"", 4: "repeated", 5: "blank line", 6: "trailing whitespace", 7: "case-sensitive", 9: "not a valid field name"}
	got := map[int]string{}
	for _, p := range probs {
		got[p.Line] = p.Msg
	}
	for line, w := range want {
		if !strings.Contains(got[line], w) {
			t.Errorf("line %d: problem %q, want %q (all: %v)", line, got[line], w, probs)
		}
	}
	if len(probs) != len(want) {
		t.Errorf("problems %v", probs)
	}
}

func TestMXMatch(t *testing.T) {
	t.Parallel()
	tests := []struct {
		pattern, host string
		want          bool
	}{
		{"mail.example.test", "mail.example.test", true},
		{"mail.example.test", "MAIL.Example.Test.", true},
		{"mail.example.test", "mail2.example.test", false},
		{"*.example.test", "mx1.example.test", true},
		{"*.example.test", "mx1.example.test.", true},
		{"*.example.test", "example.test", false},
		{"*.example.test", "a.b.example.test", false},
		{"*.example.test", ".example.test", false},
		{"*.example.test", "mx1.example.testx", false},
	}
	for _, tc := range tests {
		p, err := ParseMXPattern(tc.pattern)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Matches(tc.host); got != tc.want {
			t.Errorf("%s matches %s: %v, want %v", tc.pattern, tc.host, got, tc.want)
		}
	}
	pol, _, _ := ParsePolicy(goodPolicy)
	if p, ok := pol.Match("relay.example.net"); !ok || p.String() != "*.example.net" {
		t.Errorf("Match: %v %v", p, ok)
	}
	if _, ok := pol.Match("mail.example.net.evil.test"); ok {
		t.Error("Match of a foreign host succeeded")
	}
}

func FuzzParseRecord(f *testing.F) {
	for _, s := range []string{"v=STSv1; id=20160831085700Z;", "v=STSv1;id=a;x=y;", "v=STSv1", "v=STSv1; id=a b", "v=spf1 -all", "v=STSv1 ;\tid=" + strings.Repeat("9", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rec, isSTS, err := ParseRecord(s)
		if err == nil {
			if !isSTS || rec == nil || rec.ID == "" || len(rec.ID) > 32 {
				t.Fatalf("%q: accepted as %+v isSTS=%v", s, rec, isSTS)
			}
			if !strings.HasPrefix(s, "v=STSv1") {
				t.Fatalf("%q accepted without the version", s)
			}
		} else if rec != nil {
			t.Fatalf("%q: record and error", s)
		}
	})
}

func FuzzParsePolicy(f *testing.F) {
	for _, s := range []string{goodPolicy, "version: STSv1\r\nmode: none\r\nmax_age: 0", "garbage\n\n\nversion:", "mx: *.\nmx: *.*\nmax_age: 99999999999", "version: STSv1\nmode: testing\nmx: a.test\nmax_age: 1\n\x00\xff:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		pol, probs, err := ParsePolicy(s)
		if err != nil {
			if pol != nil {
				t.Fatal("policy and error")
			}
			return
		}
		if pol.Version != "STSv1" || pol.MaxAge < 0 || pol.MaxAge > MaxMaxAge {
			t.Fatalf("%q: accepted %+v", s, pol)
		}
		if pol.Mode != ModeNone && len(pol.MX) == 0 {
			t.Fatalf("%q: mode %s without mx accepted", s, pol.Mode)
		}
		for _, p := range pol.MX {
			if _, err := ParseMXPattern(p.String()); err != nil {
				t.Fatalf("pattern %q does not round-trip: %v", p, err)
			}
		}
		_ = probs
	})
}
