package probe

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseTarget(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in, kind, name string
		port           int
	}{
		{"Example.TEST.", "domain", "example.test", 0},
		{"postmaster@example.test", "domain", "example.test", 0},
		{"mx1.example.test:587", "host", "mx1.example.test", 587},
		{"192.0.2.25", "addr", "192.0.2.25", 0},
		{"192.0.2.25:465", "addr", "192.0.2.25", 465},
		{"[2001:db8::25]:25", "addr", "2001:db8::25", 25},
		{"2001:db8::25", "addr", "2001:db8::25", 0},
		{"[192.0.2.1]", "addr", "192.0.2.1", 0},
		{"bücher.example", "domain", "xn--bcher-kva.example", 0},
		{"_srv.example.test", "domain", "_srv.example.test", 0},
	}
	for _, c := range cases {
		tg, err := ParseTarget(c.in, false)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		name := tg.Domain + tg.Host + tg.Addr
		if tg.Kind() != c.kind || name != c.name || tg.Port != c.port || tg.Input != c.in {
			t.Errorf("%q: %+v", c.in, tg)
		}
	}
	if tg, _ := ParseTarget("mx1.example.test", true); tg.Host != "mx1.example.test" || tg.Domain != "" {
		t.Errorf("noMX: %+v", tg)
	}
	for _, bad := range []string{"", "smtp://example.test", "a b", "example.test:0", "example.test:70000", "example.test:x", "exa..mple.test", "-a.example.test", "a,b.test", "2001:db8::1:25:x", strings.Repeat("a", 64) + ".test"} {
		if _, err := ParseTarget(bad, false); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestReadTargets(t *testing.T) {
	t.Parallel()
	ts, err := ReadTargets(strings.NewReader("# list\nexample.test\n\n  mx.example.test:25  # one port\n192.0.2.1\n"), "list.txt", false)
	if err != nil || len(ts) != 3 || ts[1].Port != 25 || ts[2].Addr != "192.0.2.1" {
		t.Fatalf("%+v %v", ts, err)
	}
	_, err = ReadTargets(strings.NewReader("example.test\nhttp://bad\n"), "list.txt", false)
	if err == nil || !strings.Contains(err.Error(), "list.txt line 2") {
		t.Errorf("error %v", err)
	}
}

func TestReadTargetsFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "targets.txt")
	if err := os.WriteFile(path, []byte("example.test\nmx.example.test:587\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ts, name, err := ReadTargetsFile(path, nil, true)
	if err != nil || name != path || len(ts) != 2 || ts[0].Host != "example.test" || ts[1].Port != 587 {
		t.Fatalf("file: %+v %q %v", ts, name, err)
	}
	ts, name, err = ReadTargetsFile("-", strings.NewReader("# none\n192.0.2.1\n"), false)
	if err != nil || name != "stdin" || len(ts) != 1 || ts[0].Addr != "192.0.2.1" {
		t.Fatalf("stdin: %+v %q %v", ts, name, err)
	}
	ts, name, err = ReadTargetsFile("-", strings.NewReader("\n# only comments\n"), false)
	if err != nil || name != "stdin" || len(ts) != 0 {
		t.Fatalf("empty stdin: %+v %q %v", ts, name, err)
	}
	_, _, err = ReadTargetsFile("-", strings.NewReader("ok.test\nhttp://bad\n"), false)
	if err == nil || !strings.Contains(err.Error(), "stdin line 2") {
		t.Errorf("bad line on stdin: %v", err)
	}
	_, _, err = ReadTargetsFile(filepath.Join(t.TempDir(), "absent"), nil, false)
	if err == nil || !strings.Contains(err.Error(), "cannot read -f") {
		t.Errorf("missing file: %v", err)
	}
}

func TestParsePorts(t *testing.T) {
	t.Parallel()
	ps, err := ParsePorts(" 25, 587,25,465 ")
	if err != nil || len(ps) != 3 || ps[0] != 25 || ps[2] != 465 {
		t.Errorf("%v %v", ps, err)
	}
	for _, bad := range []string{"", ",", "25,abc", "0", "65536"} {
		if _, err := ParsePorts(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// FuzzParseTarget: any input line either parses into exactly one kind of
// target with a valid port, or is rejected; never a panic.
func FuzzParseTarget(f *testing.F) {
	for _, s := range []string{"example.test", "mx.example.test:25", "[::1]:465", "a@b.test", "[", "::", "x:99999", "bücher.example"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tg, err := ParseTarget(s, false)
		if err != nil {
			return
		}
		n := 0
		for _, v := range []string{tg.Domain, tg.Host, tg.Addr} {
			if v != "" {
				n++
			}
		}
		if n != 1 || tg.Port < 0 || tg.Port > 65535 {
			t.Fatalf("%q parsed into %+v", s, tg)
		}
		if name := tg.Domain + tg.Host; name != "" && (strings.ContainsAny(name, " :/@") || name != strings.ToLower(name)) {
			t.Fatalf("%q gave name %q", s, name)
		}
	})
}
