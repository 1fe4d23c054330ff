package session

import (
	"strings"
	"testing"
)

func TestUnescape(t *testing.T) {
	cases := []struct{ in, want, err string }{
		{`NOOP\r\n`, "NOOP\r\n", ""},
		{`a\tb\\c\0\x7f`, "a\tb\\c\x00\x7f", ""},
		{`MAIL FROM:<a@example.test>\n.\r\n`, "MAIL FROM:<a@example.test>\n.\r\n", ""},
		{`trailing\`, "", "a lone \\ at the end"},
		{`\q`, "", "unknown escape \\q"},
		{`\x4`, "", "\\x needs two hex digits"},
		{`\xzz`, "", "\\xzz is not two hex digits"},
	}
	for _, c := range cases {
		got, err := Unescape(c.in)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("Unescape(%q) error = %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || string(got) != c.want {
			t.Errorf("Unescape(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestDotStuff(t *testing.T) {
	cases := []struct {
		in, want string
		lines    int
	}{
		{"Subject: x\n\n.hidden\nbody\n", "Subject: x\r\n\r\n..hidden\r\nbody\r\n.\r\n", 4},
		{"a\r\nb", "a\r\nb\r\n.\r\n", 2},
		{".\n", "..\r\n.\r\n", 1},
		{"", ".\r\n", 0},
	}
	for _, c := range cases {
		got, n := DotStuff([]byte(c.in))
		if string(got) != c.want || n != c.lines {
			t.Errorf("DotStuff(%q) = %q, %d; want %q, %d", c.in, got, n, c.want, c.lines)
		}
	}
}

func TestParseTLS(t *testing.T) {
	for in, want := range map[string]string{"": "", "NONE": "none", "starttls": "starttls", "Implicit": "implicit"} {
		if got, err := ParseTLS(in); err != nil || got != want {
			t.Errorf("ParseTLS(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseTLS("opportunistic"); err == nil {
		t.Error("ParseTLS(opportunistic) accepted")
	}
}

func TestPipedInput(t *testing.T) {
	p := NewPiped(strings.NewReader("EHLO a.example\r\nsecret\n"))
	if l, err := p.ReadLine(); err != nil || l != "EHLO a.example" {
		t.Fatalf("ReadLine = %q, %v", l, err)
	}
	if s, err := p.ReadSecret("Password: "); err != nil || s != "secret" {
		t.Fatalf("ReadSecret = %q, %v", s, err)
	}
	if ok, _ := p.Confirm("sure?"); ok || p.Interactive() {
		t.Fatal("piped input confirmed or claims to be interactive")
	}
	if _, err := p.ReadLine(); err == nil {
		t.Fatal("no io.EOF at the end")
	}
}
