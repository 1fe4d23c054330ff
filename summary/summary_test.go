package summary

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/explain"
)

func TestLineTime(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Mar  3 09:14:02 relay1 postfix/smtp[1]: x", "Mar  3 09:14:02"},
		{"Dec 24 23:59:59 mx sendmail[2]: y", "Dec 24 23:59:59"},
		{"2026-03-03T09:14:02.123456+01:00 relay1 postfix/smtp[1]: x", "2026-03-03T08:14:02Z"},
		{"2026-03-03 10:02:12 1rGx7A-0004aB-2C ** a@b.example", "2026-03-03 10:02:12"},
		{"2026-03-03 10:02:12.345 1rGx7A-0004aB-2C ** a@b.example", "2026-03-03 10:02:12"},
		{"2026-03-03 10:02:12 +0100 1rGx7A-0004aB-2C ** a@b.example", "2026-03-03T09:02:12Z"},
		{"550 5.1.1 User unknown", ""},
		{"Final-Recipient: rfc822; a@b.example", ""},
		{"Foo  3 09:14:02 not a month", ""},
	} {
		if got := FormatTime(LineTime(tc.line)); got != tc.want {
			t.Errorf("LineTime(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestTopK(t *testing.T) {
	budget := 1000
	k := newTopK(3, &budget)
	for _, key := range strings.Fields("a a a a b b b c c d e f a b") {
		k.add(key, 1)
	}
	items := k.items()
	// a (5) is exact; b's count may be over-estimated (Space-Saving), never under
	if len(items) != 3 || items[0] != (kv{"a", 5}) || k.counts["b"] < 4 || !k.overflowed {
		t.Fatalf("heavy hitters: %v overflowed=%v", items, k.overflowed)
	}
	// an exact counter keeps every key
	all := newTopK(0, nil)
	for i := range 5000 {
		all.add(fmt.Sprint(i%2500), 1)
	}
	if its := all.items(); len(its) != 2500 || its[0].count != 2 || all.overflowed {
		t.Fatalf("exact: %d items, first %v", len(its), its[0])
	}
	// the shared budget bounds every counter of a summary together
	budget = 2
	x, y := newTopK(10, &budget), newTopK(10, &budget)
	x.add("1", 1)
	x.add("2", 1)
	y.add("3", 1)
	y.add("4", 1)
	if len(x.counts)+len(y.counts) > 3 || budget != 0 {
		t.Fatalf("budget: %d + %d keys, budget %d", len(x.counts), len(y.counts), budget)
	}
}

func failure(rcpt, text string) explain.Reply {
	r, err := explain.Parse(text)
	if err != nil {
		panic(err)
	}
	r.Recipient = rcpt
	return r
}

func TestAggregate(t *testing.T) {
	s := mustNew(t, Options{Top: 2})
	t0 := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	for i := range 5 {
		s.Add(failure(fmt.Sprintf("u%d@big.example", i%3), "550 5.1.1 <x@big.example>: Recipient address rejected: User unknown in local recipient table"), t0.Add(time.Duration(i)*time.Minute))
	}
	s.Add(failure("a@small.example", "550 5.1.1 User unknown"), t0.Add(-time.Hour))
	s.Add(failure("a@grey.example", "450 4.7.1 <a@grey.example>: Recipient address rejected: Greylisted"), time.Time{})
	s.Add(explain.Reply{Code: 250, Text: "2.0.0 Ok: queued"}, t0)
	rep := s.Report()
	if rep.Totals.Failures != 7 || rep.Totals.Permanent != 6 || rep.Totals.Temporary != 1 || rep.Totals.Delivered != 1 || rep.Undated != 1 {
		t.Fatalf("totals %+v undated %d", rep.Totals, rep.Undated)
	}
	if rep.FirstSeen != "2026-03-03T08:00:00Z" || rep.LastSeen != "2026-03-03T09:04:00Z" {
		t.Errorf("span %s → %s", rep.FirstSeen, rep.LastSeen)
	}
	c := rep.Categories[0]
	if c.Category != explain.UserUnknown || c.Failures != 6 || len(c.Groups) != 2 || c.Groups[0].Domain != "big.example" {
		t.Fatalf("first category: %+v", c)
	}
	g := c.Groups[0]
	if g.Failures != 5 || g.DistinctRecipients != 3 || len(g.Recipients) != 2 || g.Recipients[0] != (Recipient{"u0@big.example", 2}) || g.Recipients[1] != (Recipient{"u1@big.example", 2}) {
		t.Errorf("top recipients: %+v", g)
	}
	if g.FirstSeen != "2026-03-03T09:00:00Z" || g.LastSeen != "2026-03-03T09:04:00Z" || g.Enhanced != "5.1.1" || len(g.Remediation) == 0 || g.Reply == "" {
		t.Errorf("group: %+v", g)
	}
	if rep.Categories[1].Category != explain.Greylisted || rep.Categories[1].Temporary != 1 {
		t.Errorf("second category: %+v", rep.Categories[1])
	}
}

// Many domains: the number of groups stays bounded, the totals exact.
func TestBoundedGroups(t *testing.T) {
	s := mustNew(t, Options{MaxGroups: 10})
	r := failure("", "550 5.1.1 User unknown")
	for i := range 2000 {
		r.Recipient = fmt.Sprintf("u@d%d.example", i)
		s.Add(r, time.Time{})
		if i%3 == 0 { // a heavy domain keeps coming back
			r.Recipient = "x@heavy.example"
			s.Add(r, time.Time{})
		}
	}
	rep := s.Report()
	c := rep.Categories[0]
	if len(c.Groups) != 11 || c.Groups[0].Domain != "heavy.example" || c.Groups[0].Failures != 667 {
		t.Fatalf("%d groups, first %s %d", len(c.Groups), c.Groups[0].Domain, c.Groups[0].Failures)
	}
	sum := 0
	for _, g := range c.Groups {
		sum += g.Failures
	}
	other := c.Groups[len(c.Groups)-1]
	if sum != 2667 || rep.Totals.Failures != 2667 || other.Domain != OtherDomains || other.MergedDomains < 1990 {
		t.Errorf("sum %d total %d, other %s %d domains", sum, rep.Totals.Failures, other.Domain, other.MergedDomains)
	}
}

func TestReadLogDamaged(t *testing.T) {
	s := mustNew(t, Options{})
	err := s.ReadLog(io.MultiReader(strings.NewReader("Mar  3 09:14:03 h postfix/smtp[1]: ABC: to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.b.example[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command))\n"), errReader{}), "broken.log")
	rep := s.Report()
	if err == nil || rep.Totals.Failures != 1 || rep.Totals.Unreadable != 1 || len(rep.Problems) != 1 || !strings.Contains(rep.Problems[0].Reason, "read stopped after 1 lines") {
		t.Fatalf("err %v, report %+v", err, rep)
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, fmt.Errorf("input/output error") }

func TestMbox(t *testing.T) {
	in := "From a@x.example Tue Mar  3 12:00:00 2026\nSubject: one\n\n>From here on, hi\n>From quoted\n>>From twice\n\nFrom b@x.example Tue Mar  3 12:00:01 2026\r\nSubject: two\r\n\r\nbody\r\n"
	msgs := split(t, in, 1<<20)
	if len(msgs) != 2 {
		t.Fatalf("%d messages: %+v", len(msgs), msgs)
	}
	if got := string(msgs[0].Data); got != "Subject: one\n\nFrom here on, hi\nFrom quoted\n>From twice\n" || msgs[0].Line != 1 {
		t.Errorf("first: line %d %q", msgs[0].Line, got)
	}
	if got := string(msgs[1].Data); got != "Subject: two\r\n\r\nbody\r\n" || msgs[1].Line != 8 {
		t.Errorf("second: line %d %q", msgs[1].Line, got)
	}
	// bounded: a long message is cut and flagged, the next one still found
	long := "From a Tue\n" + strings.Repeat("x", 300<<10) + "\n\nFrom b Tue\nSubject: b\n"
	msgs = split(t, long, 1000)
	if len(msgs) != 2 || len(msgs[0].Data) != 1000 || !msgs[0].Truncated || string(msgs[1].Data) != "Subject: b\n" {
		t.Fatalf("long: %d messages", len(msgs))
	}
}

func split(t testing.TB, in string, max int) []MboxMessage {
	m := NewMboxReader(strings.NewReader(in), max)
	var out []MboxMessage
	for {
		msg, err := m.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		msg.Data = bytes.Clone(msg.Data)
		out = append(out, msg)
	}
}

// FuzzMbox: splitting never fails on any input, stays within the limit, and
// messages written as mboxrd come back as they were.
func FuzzMbox(f *testing.F) {
	f.Add("Subject: a\n\nbody\n", "Subject: b\n\nFrom me\n>From you\n")
	f.Add("", "\n")
	f.Add("From x\n", "x\r\n\r\n")
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, m := range split(t, a+b, 64) {
			if len(m.Data) > 64 {
				t.Fatalf("message of %d bytes over the limit", len(m.Data))
			}
		}
		var msgs []string
		for _, s := range []string{a, b} {
			if s == "" || strings.Contains(s, "\r") {
				continue
			}
			if !strings.HasSuffix(s, "\n") {
				s += "\n"
			}
			msgs = append(msgs, s)
		}
		var w strings.Builder
		for _, m := range msgs {
			w.WriteString("From sender@x.example Tue Mar  3 12:00:00 2026\n")
			for _, l := range strings.SplitAfter(m, "\n") {
				if isEscapedFrom([]byte(l)) || strings.HasPrefix(l, "From ") {
					w.WriteString(">")
				}
				w.WriteString(l)
			}
			w.WriteString("\n")
		}
		got := split(t, w.String(), 1<<20)
		if len(got) != len(msgs) {
			t.Fatalf("%d messages back, wrote %d: %q", len(got), len(msgs), w.String())
		}
		for i := range got {
			if string(got[i].Data) != msgs[i] {
				t.Fatalf("message %d: got %q want %q", i, got[i].Data, msgs[i])
			}
		}
	})
}

// FuzzReadLog: any log input is summarised without panic, and the counts
// add up.
func FuzzReadLog(f *testing.F) {
	f.Add([]byte("Mar  3 09:14:03 h postfix/smtp[1]: ABC: to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.b.example[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command))\n"))
	f.Add([]byte("2026-03-03 10:02:12 1rGx7A-0004aB-2C ** nina@shop.example R=dnslookup T=remote_smtp: 550 5.1.1 unknown\n550-5.7.1 a\n550 5.7.1 b\n"))
	f.Add([]byte("\x1f\x8b\x08\x00garbage"))
	f.Add([]byte("Final-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.1.1\n\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		s := mustNew(t, Options{Top: 2, MaxGroups: 3})
		_ = s.ReadLog(bytes.NewReader(in), "fuzz")
		rep := s.Report()
		sum := 0
		for _, c := range rep.Categories {
			gs := 0
			for _, g := range c.Groups {
				gs += g.Failures
				if len(g.Recipients) > 2 || g.Permanent+g.Temporary > g.Failures {
					t.Fatalf("group %+v", g)
				}
			}
			if gs != c.Failures {
				t.Fatalf("category %s: groups %d != %d", c.Category, gs, c.Failures)
			}
			sum += c.Failures
		}
		if sum != rep.Totals.Failures || rep.Totals.Permanent+rep.Totals.Temporary > sum {
			t.Fatalf("totals %+v, categories %d", rep.Totals, sum)
		}
	})
}
