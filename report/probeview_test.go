package report

import (
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/probe"
)

func conn(host, addr string, port int) *probe.Connection {
	return &probe.Connection{
		Target: Target{Domain: "example.test", Host: host, Addr: addr, Port: port}, Mode: probe.PortMode(port),
		Extensions: map[string]string{}, AuthBeforeTLS: []string{}, AuthAfterTLS: []string{},
	}
}

// The table rows say what happened on each port in a few words, and a
// host's panel gathers its rows, findings and transcripts.
func TestProbeViewRows(t *testing.T) {
	t.Parallel()
	c25 := conn("mx1.example.test", "127.0.0.1", 25)
	c25.Connected, c25.ConnectTime, c25.GreetingTime = true, probe.Millis(1200*time.Microsecond), probe.Millis(3*time.Millisecond)
	c25.Greeting = &probe.ReplyInfo{Code: 220, Lines: []string{"220 mx1.example.test ESMTP"}}
	c25.EHLO = &probe.ReplyInfo{Code: 250}
	c25.Extensions = map[string]string{"SIZE": "0", "AUTH": "LOGIN"}
	c25.AuthBeforeTLS = []string{"LOGIN"}
	c587 := conn("mx1.example.test", "127.0.0.1", 587)
	c587.Connected, c587.Greeting, c587.EHLO = true, &probe.ReplyInfo{Code: 220}, &probe.ReplyInfo{Code: 250}
	c587.STARTTLSOffered, c587.TLSError = true, "454 4.7.0 TLS not available"
	c587.Extensions = map[string]string{"STARTTLS": "", "SIZE": "10485760"}
	c465 := conn("mx1.example.test", "127.0.0.1", 465)
	c465.ConnectErrorKind, c465.Stage = "refused", "connect"
	c465.Transcript = []probe.TranscriptLine{{Dir: "*", Line: "connect: refused"}}
	refused := Finding{ID: "connect.failed", Status: Fail, Target: c465.Target, Summary: "connection refused on port 465"}
	c465.Findings = []Finding{refused}
	tr := &probe.TargetResult{
		Target:      probe.Target{Input: "example.test", Domain: "example.test"},
		MX:          &probe.MXSet{Domain: "example.test", Hosts: []*probe.MXHost{{Name: "mx1.example.test", Preference: 10, Addrs: []string{"127.0.0.1"}}}},
		Connections: []*probe.Connection{c25, c587, c465},
		Findings:    []Finding{refused, {ID: "mx.ok", Status: Pass, Target: Target{Domain: "example.test"}, Summary: "1 MX host"}},
	}
	d := ProbeView(tr)
	if d.Title != "example.test" || len(d.Lines) != 1 || d.Lines[0] != "MX 10 mx1.example.test  127.0.0.1" {
		t.Fatalf("header %q %q", d.Title, d.Lines)
	}
	if len(d.Findings) != 1 || d.Findings[0].ID != "mx.ok" {
		t.Errorf("domain-wide findings %+v", d.Findings)
	}
	if len(d.Panels) != 1 || d.Panels[0].Title != "mx1.example.test" || d.Panels[0].Subtitle != "MX 10 · 127.0.0.1" || len(d.Panels[0].Rows) != 3 {
		t.Fatalf("panels %+v", d.Panels)
	}
	p := d.Panels[0]
	if r := p.Rows[0]; r.Reachable != "1.2ms" || r.Greeting != "220 3.0ms" || r.TLS != "none" || r.AuthBefore != "LOGIN" || r.Extensions != "SIZE unlimited" {
		t.Errorf("port 25 row %+v", r)
	}
	if r := p.Rows[1]; r.TLS != "failed" || r.Extensions != "SIZE 10M" {
		t.Errorf("port 587 row %+v", r)
	}
	if r := p.Rows[2]; r.Reachable != "refused" || r.Greeting != "—" || r.Status != Fail {
		t.Errorf("port 465 row %+v", r)
	}
	if len(p.Findings) != 1 || len(p.Transcripts) != 3 || p.Transcripts[2].Title != c465.Target.String() {
		t.Errorf("panel findings/transcripts %+v", p)
	}

	// An address target's own panel has no title: the heading names it.
	ca := conn("", "127.0.0.1", 25)
	ca.Target.Domain = ""
	a := ProbeView(&probe.TargetResult{Target: probe.Target{Input: "127.0.0.1:25", Addr: "127.0.0.1", Port: 25}, Connections: []*probe.Connection{ca}})
	if a.Title != "127.0.0.1:25" || len(a.Panels) != 1 || a.Panels[0].Title != "" || a.Panels[0].Subtitle != "" || len(a.Panels[0].Rows) != 1 {
		t.Errorf("an address target's panel repeats the heading: %+v", a)
	}
}

// Server text never reaches the terminal as control sequences, while the
// result keeps the bytes as received (for --json).
func TestProbeViewSanitizesHostileText(t *testing.T) {
	t.Parallel()
	banner := "554 \x1b]0;pwned\x07\x1b[31mred\x9b2J \xff"
	c := conn("mx1.example.test", "127.0.0.1", 25)
	c.Connected, c.Greeting = true, &probe.ReplyInfo{Code: 554, Lines: []string{banner}}
	c.Transcript = []probe.TranscriptLine{{Dir: "S", Line: banner}}
	c.AuthBeforeTLS = []string{"\x1b[2JPLAIN"}
	f := Finding{ID: "greeting.rejected", Status: Fail, Target: c.Target, Summary: "greeting rejected: " + banner, Evidence: []string{banner}}
	c.Findings = []Finding{f}
	tr := &probe.TargetResult{Target: probe.Target{Input: "mx1.example.test:25", Host: "mx1.example.test", Port: 25}, Connections: []*probe.Connection{c}, Findings: []Finding{f}}
	var b strings.Builder
	if err := WriteProbeText(&b, []ProbeDoc{ProbeView(tr)}, TextOptions{Verbose: true}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.IndexByte(out, 0x1b) >= 0 || strings.IndexByte(out, 0x07) >= 0 || strings.IndexByte(out, 0x9b) >= 0 || strings.Contains(out, "\xff") {
		t.Errorf("control bytes reach the terminal: %q", out)
	}
	if !strings.Contains(out, `\x1b]0;pwned\a\x1b[31mred\x9b2J \xff`) || !strings.Contains(out, `\x1b[2JPLAIN`) {
		t.Errorf("escaped banner not shown: %s", out)
	}
	if tr.Findings[0].Evidence[0] != banner {
		t.Error("the view changed the result's evidence")
	}
}
