package portmap

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestParseEntry(t *testing.T) {
	for in, want := range map[string]Entry{
		"25=:2525":                                  {Port: 25, To: ":2525"},
		"443=127.0.0.1:8443":                        {Port: 443, To: "127.0.0.1:8443"},
		"25=127.0.0.1:2525":                         {Port: 25, To: "127.0.0.1:2525"},
		" 465=[::1]:4650 ":                          {Port: 465, To: "[::1]:4650"},
		"mx1.example.test:25=127.0.0.1:2525":        {Host: "mx1.example.test", Port: 25, To: "127.0.0.1:2525"},
		"[2001:db8::25]:25=:2525":                   {Host: "2001:db8::25", Port: 25, To: ":2525"},
		"192.0.2.25:587=gateway.example.test:10587": {Host: "192.0.2.25", Port: 587, To: "gateway.example.test:10587"},
	} {
		got, err := ParseEntry(in)
		if err != nil || got != want {
			t.Errorf("ParseEntry(%q) = %+v, %v; want %+v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "25", "=:25", "x=:1", "0=:1", "65536=:1", "25=2525", "25=:0", "25=:http", ":25=:2525",
		"mx.example.test=:2525", "mx.example.test:0=:1", "25=:2525 ", "25=a b:1", "+25=:1", "25=:+1", "25=:99999999999999999999"} {
		e, err := ParseEntry(in)
		var pe *Error
		if in == "25=:2525 " { // surrounding space is trimmed (a quoted flag value)
			if err != nil {
				t.Errorf("%q: %v", in, err)
			}
			continue
		}
		if !errors.As(err, &pe) || !pe.InvalidInput() || pe.Entry != in || !strings.Contains(err.Error(), "such as 25=127.0.0.1:2525") {
			t.Errorf("ParseEntry(%q) = %+v, %v; want an *Error that shows the syntax", in, e, err)
		}
	}
}

func TestPortsAndAddrs(t *testing.T) {
	m, err := Ports([]string{"25=:2525", "465=127.0.0.1:4650", "25=:2526"})
	if err != nil || fmt.Sprint(m) != "map[25::2526 465:127.0.0.1:4650]" {
		t.Errorf("Ports = %v, %v", m, err)
	}
	if m, err := Ports(nil); m != nil || err != nil {
		t.Errorf("Ports(nil) = %v, %v", m, err)
	}
	_, err = Ports([]string{"mx1.example.test:25=:2525"})
	var pe *Error
	if !errors.As(err, &pe) || !strings.Contains(pe.Problem, "write 25=:2525") {
		t.Errorf("one host's entry to Ports: %v", err)
	}
	a, err := Addrs([]string{"25=:2525", "mx1.example.test:25=127.0.0.1:2526", "[2001:db8::25]:25=:2527"})
	if err != nil || a[":25"] != ":2525" || a["mx1.example.test:25"] != "127.0.0.1:2526" || a["[2001:db8::25]:25"] != ":2527" || len(a) != 3 {
		t.Errorf("Addrs = %v, %v", a, err)
	}
	if _, err := Addrs([]string{"25=:2525", "x"}); err == nil {
		t.Error("Addrs took a bad entry")
	}
}

// FuzzParseEntry: any entry either parses into an Entry whose Key and To
// parse again to the same entry, or is an *Error; it never panics.
func FuzzParseEntry(f *testing.F) {
	for _, s := range []string{"25=:2525", "25=127.0.0.1:2525", "mx1.example.test:25=[::1]:2525", "[2001:db8::1]:465=:4650", "25", "=", "a:b=c:d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := ParseEntry(s)
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("%q: error of type %T", s, err)
			}
			return
		}
		if e.Port < 1 || e.Port > 65535 || ValidTarget(e.To) != nil {
			t.Fatalf("%q: parsed into %+v", s, e)
		}
		again, err := ParseEntry(e.String())
		if err != nil || again != e {
			t.Fatalf("%q: %+v does not parse back from %q: %+v, %v", s, e, e.String(), again, err)
		}
	})
}
