package probe

import (
	"encoding/json"
	"net"
	"strings"
	"testing"
	"time"
)

func TestMillisJSON(t *testing.T) {
	t.Parallel()
	b, err := json.Marshal(struct {
		A Millis `json:"a"`
	}{Millis(1500 * time.Microsecond)})
	if err != nil || string(b) != `{"a":1.5}` {
		t.Errorf("%s %v", b, err)
	}
	if Millis(time.Second).Duration() != time.Second {
		t.Error("Duration")
	}
}

// The table rows say what happened on each port in a few words.
func TestViewRows(t *testing.T) {
	t.Parallel()
	l, _ := net.Listen("tcp4", "127.0.0.1:0")
	closed := l.Addr().(*net.TCPAddr).Port
	l.Close()
	f := newFixture(t, "mx1.example.test. 300 IN A 127.0.0.1")
	f.mapPort(25, rawServer(t, script{greeting: "220 mx1.example.test ESMTP\r\n", replies: map[string]string{
		"EHLO": "250-mx1.example.test\r\n250-SIZE 0\r\n250 AUTH=LOGIN\r\n"}}.serve))
	f.mapPort(587, rawServer(t, script{greeting: "220 mx1.example.test ESMTP\r\n", replies: map[string]string{
		"EHLO": "250-mx1.example.test\r\n250-STARTTLS\r\n250 SIZE 10485760\r\n", "STARTTLS": "454 4.7.0 TLS not available\r\n"}}.serve))
	f.mapPort(465, closed)
	res := probeOne(t, f.opts, "mx1.example.test:25")
	d := res.View()
	if d.Title != "mx1.example.test:25" || len(d.Panels) != 1 || d.Panels[0].Title != "mx1.example.test" {
		t.Fatalf("doc %+v", d)
	}
	if a := probeOne(t, f.opts, "127.0.0.1:25").View(); a.Title != "127.0.0.1:25" || len(a.Panels) != 1 || a.Panels[0].Title != "" || a.Panels[0].Subtitle != "" || len(a.Panels[0].Rows) != 1 {
		t.Errorf("an address target's panel repeats the heading: %+v", a)
	}
	r := d.Panels[0].Rows[0]
	if r.TLS != "none" || r.AuthBefore != "LOGIN" || r.Extensions != "SIZE unlimited" || !strings.HasPrefix(r.Greeting, "220 ") {
		t.Errorf("port 25 row %+v", r)
	}
	r = probeOne(t, f.opts, "mx1.example.test:587").View().Panels[0].Rows[0]
	if r.TLS != "failed" || r.Extensions != "SIZE 10M" {
		t.Errorf("port 587 row %+v", r)
	}
	p := probeOne(t, f.opts, "mx1.example.test:465").View().Panels[0]
	if p.Rows[0].Reachable != "refused" || p.Rows[0].Greeting != "—" || len(p.Findings) != 1 || len(p.Transcripts) != 1 {
		t.Errorf("port 465 panel %+v", p)
	}
}
