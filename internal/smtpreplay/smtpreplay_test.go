package smtpreplay

import "testing"

func TestMatch(t *testing.T) {
	t.Parallel()
	cases := []struct {
		pattern, line string
		want          bool
	}{
		{"EHLO *", "ehlo client.example.test", true},
		{"EHLO *", "HELO client.example.test", false},
		{"QUIT", "quit", true},
		{"QUIT", "QUIT now", false},
		{"MAIL FROM:<bob@example.test>*", "MAIL FROM:<bob@example.test> SIZE=688", true},
		{"MAIL FROM:<bob@example.test>*", "MAIL FROM:<eve@example.test>", false},
		{"*", "dGVzdA==", true},
		{"AUTH PLAIN *", "AUTH PLAIN AGFsaWNl", true},
		{"a*b*c", "aXXbYYc", true},
		{"a*b*c", "aXXcYYb", false},
	}
	for _, c := range cases {
		if got := Match(c.pattern, c.line); got != c.want {
			t.Errorf("Match(%q, %q) = %v, want %v", c.pattern, c.line, got, c.want)
		}
	}
}

func TestParse(t *testing.T) {
	t.Parallel()
	s, err := Parse("# Postfix 3.7\n!: implicit-tls\nS: 250-a\nS: 250 b\nC: QUIT\nS: 221 bye\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Comments) != 1 || len(s.Events) != 5 {
		t.Fatalf("%+v", s)
	}
	if r := s.Reply(0); len(r) != 2 || r[1] != "250 b" {
		t.Errorf("Reply(0) = %q", r)
	}
	if r := s.Reply(1); len(r) != 1 || r[0] != "221 bye" {
		t.Errorf("Reply(1) = %q", r)
	}
	for _, bad := range []string{"X: nope\n", "!: dance\n", "S\n"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q): no error", bad)
		}
	}
}
