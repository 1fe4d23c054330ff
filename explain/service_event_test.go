package explain

import (
	"strings"
	"testing"
)

// A line that opens with a bracket but is no JSON array of objects (a log's
// bracketed time, a bracketed prefix) is not a sending service's event:
// without Wording its codeless words are not explained; a JSON event, also
// in an array, is, with Wording or without.
func TestServiceEventNeedsJSON(t *testing.T) {
	for _, c := range []struct {
		line  string
		event bool
	}{
		{"[0 status:0.timeout", false},
		{"[000000000000000000000000000000000000000 StAtus:0.timeout", false},
		{"[2026-12-01 10:00:00] status:0.timeout", false},
		{"[2026-12-01 10:00:00] status: bounced, category: bad-mailbox", false},
		{`{"event":"failed","classification":"BadDomain","recipient":"kim@nodomain.example"}`, true},
		{`[{"event":"failed","classification":"BadDomain","recipient":"kim@nodomain.example"}]`, true},
		{`[ {"id":"e-9","flags":["hard_bounce","mailbox_not_found"]} ]`, true},
	} {
		if got := serviceEvent([]byte(c.line)); got != c.event {
			t.Errorf("serviceEvent(%q) = %v, want %v", c.line, got, c.event)
		}
		sc := NewScanner(strings.NewReader(c.line + "\n"))
		n := 0
		for sc.Scan() {
			n++
			if r := sc.Reply(); r.Code != 0 || r.Enhanced != "" || r.Input != c.line {
				t.Errorf("%q: reply %+v", c.line, r)
			}
		}
		if want := map[bool]int{false: 0, true: 1}[c.event]; n != want || sc.Skipped != 1-want {
			t.Errorf("%q without Wording: %d replies, %d skipped; want %d replies", c.line, n, sc.Skipped, want)
		}
	}
	// with Wording, the bracketed log line of delivery wording is still read
	sc := NewScanner(strings.NewReader("[2026-12-01 10:00:00] status:0.timeout\n"))
	sc.Wording = true
	if !sc.Scan() || !strings.Contains(sc.Reply().Text, "timeout") || sc.Scan() {
		t.Errorf("with Wording: the bracketed log line of wording is not one reply")
	}
}
