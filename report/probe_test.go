package report

import (
	"bytes"
	"strings"
	"testing"
)

func sampleProbeDoc() ProbeDoc {
	return ProbeDoc{
		Title: "example.test",
		Lines: []string{"MX 10 mx1.example.test  192.0.2.1"},
		Findings: []Finding{
			{ID: "mx.ok", Status: Pass, Target: Target{Domain: "example.test"}, Summary: "1 MX host"},
		},
		Panels: []ProbePanel{{
			Title: "mx1.example.test", Subtitle: "MX 10 · 192.0.2.1",
			Rows: []ProbeRow{
				{Port: "25", Addr: "192.0.2.1", Reachable: "1.2ms", Greeting: "220 3ms", TLS: "TLS 1.3", CertDays: "60", AuthBefore: "—", AuthAfter: "—", Extensions: "SIZE 50M PIPELINING 8BITMIME SMTPUTF8 CHUNKING DSN ENHANCEDSTATUSCODES", Status: Pass},
				{Port: "587", Addr: "192.0.2.1", Reachable: "refused", Greeting: "—", TLS: "—", CertDays: "—", AuthBefore: "—", AuthAfter: "—", Extensions: "—", Status: Fail},
			},
			Findings: []Finding{
				{ID: "starttls.ok", Status: Pass, Target: Target{Host: "mx1.example.test", Addr: "192.0.2.1", Port: 25}, Summary: "STARTTLS works"},
				{ID: "connect.failed", Status: Fail, Target: Target{Host: "mx1.example.test", Addr: "192.0.2.1", Port: 587}, Summary: "connection refused on port 587",
					Detail: "The host answered but nothing listens on the port (TCP RST), and this detail is long enough that it must wrap on a narrow terminal.", Remediation: []string{"Check the listener."}, Evidence: []string{"connection refused"}},
			},
			Transcripts: []ProbeTranscript{{Title: "mx1.example.test[192.0.2.1]:25", Lines: []string{"     0ms S: 220 mx1.example.test ESMTP"}}},
		}},
	}
}

func TestWriteProbeTextPlain(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteProbeText(&b, []ProbeDoc{sampleProbeDoc()}, TextOptions{HidePass: true}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, s := range []string{"example.test\n  MX 10 mx1.example.test  192.0.2.1\n", "mx1.example.test  MX 10 · 192.0.2.1\n",
		"PORT  ADDRESS    CONNECT  GREETING", "587   192.0.2.1  refused", "FAIL connect.failed mx1.example.test[192.0.2.1]:587", "1. Check the listener.", "1 fail, 2 pass"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	if strings.Contains(out, "starttls.ok") || strings.Contains(out, "transcript") || strings.Contains(out, "\x1b[") {
		t.Errorf("pass finding, transcript or escape codes in plain non-verbose output:\n%s", out)
	}
	b.Reset()
	WriteProbeText(&b, []ProbeDoc{sampleProbeDoc()}, TextOptions{Verbose: true})
	if !strings.Contains(b.String(), "PASS starttls.ok") || !strings.Contains(b.String(), "transcript mx1.example.test[192.0.2.1]:25\n       0ms S: 220") {
		t.Errorf("verbose output:\n%s", b.String())
	}
}

func TestWriteProbeTextColorFitsWidth(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteProbeText(&b, []ProbeDoc{sampleProbeDoc()}, TextOptions{Color: true, Width: 80}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "\x1b[") || !strings.Contains(out, "╭") {
		t.Errorf("no color or box:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if w := ansiWidth(l); w > 80 {
			t.Errorf("line of width %d on an 80-column terminal: %q", w, l)
		}
	}
	// At 80 columns the address (the same on every row) and then the
	// extensions give way; at 110 the extensions are shortened.
	if strings.Contains(out, "ADDRESS") || strings.Contains(out, "EXTENSIONS") || !strings.Contains(out, "AUTH TLS") {
		t.Errorf("80 columns: columns not dropped:\n%s", out)
	}
	b.Reset()
	WriteProbeText(&b, []ProbeDoc{sampleProbeDoc()}, TextOptions{Color: true, Width: 110})
	out = b.String()
	if !strings.Contains(out, "ADDRESS") || !strings.Contains(out, "EXTENSIONS") || !strings.Contains(out, "…") {
		t.Errorf("110 columns: extensions not shortened:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if w := ansiWidth(l); w > 110 {
			t.Errorf("line of width %d on a 110-column terminal: %q", w, l)
		}
	}
}

func ansiWidth(s string) int {
	n, esc := 0, false
	for _, r := range s {
		switch {
		case r == '\x1b':
			esc = true
		case esc && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
			esc = false
		case !esc:
			n++
		}
	}
	return n
}

func TestProbeProgress(t *testing.T) {
	t.Parallel()
	if got := ProbeProgress(3, 12, 2, "mx1.example.test[192.0.2.1]:25", 0); got != "probing 3/12 (2 open) mx1.example.test[192.0.2.1]:25" {
		t.Errorf("%q", got)
	}
	if got := ProbeProgress(3, 12, 2, strings.Repeat("x", 200), 40); len(got) > 40 {
		t.Errorf("not cut to width: %d", len(got))
	}
}

func TestTallyCountsMatchesTally(t *testing.T) {
	t.Parallel()
	st := NewStyles(&bytes.Buffer{}, false)
	fs := []Finding{{Status: Fail}, {Status: Pass}, {Status: Pass}, {Status: Info}}
	if a, b := Tally(st, fs), TallyCounts(st, Counts(fs)); a != b || a != "1 fail, 1 info, 2 pass" {
		t.Errorf("Tally %q, TallyCounts %q", a, b)
	}
	if TallyCounts(st, nil) != "no findings" {
		t.Error("empty counts")
	}
}
