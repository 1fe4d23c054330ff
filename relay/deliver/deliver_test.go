package deliver

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"net/textproto"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/internal/testpki"
	"github.com/smtpgw/smtpgw/relay/spool"
)

func TestBackoff(t *testing.T) {
	t.Parallel()
	want := []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 8 * time.Minute, 16 * time.Minute, 32 * time.Minute, time.Hour, time.Hour}
	for i, w := range want {
		if got := Backoff(i+1, time.Minute, time.Hour); got != w {
			t.Errorf("attempt %d: %s, want %s", i+1, got, w)
		}
	}
}

func TestBuildDSN(t *testing.T) {
	t.Parallel()
	env := spool.Envelope{From: "app@example.test", To: []string{"b@example.test", "c@example.test", "d@example.test", "e@example.test"}, Received: time.Unix(0, 0)}
	d := string(DSN{ReportingMTA: "relay.example.test", ID: "ID1", Envelope: env, Action: ActionFailed, Headers: []byte("Subject: hi\r\n"), Rcpts: []spool.RcptState{
		{Addr: "b@example.test", Status: spool.StatusFailed, Reply: "550 5.1.1 User unknown", Host: "mx.example.test"},
		// expired: the last remote reply is the diagnostic
		{Addr: "c@example.test", Status: spool.StatusFailed, Category: "expired", Host: "mx.example.test",
			Reply: "4.4.7 message expired after 120h0m0s in the queue; last: 451 4.7.1 greylisted", LastReply: "451 4.7.1 greylisted"},
		// a smarthost given by address: Remote-MTA holds names only
		{Addr: "d@example.test", Status: spool.StatusFailed, Reply: "554 5.7.1 rejected", Host: "192.0.2.25"},
		// expired after connection errors only: no remote reply, no Remote-MTA
		{Addr: "e@example.test", Status: spool.StatusFailed, Category: "expired", Host: "mx.example.test",
			Reply: "4.4.7 message expired after 120h0m0s in the queue; last: dial tcp 192.0.2.1:25: connection refused", LastReply: "dial tcp 192.0.2.1:25: connection refused"},
	}}.Build(time.Unix(0, 0)))
	for _, want := range []string{"To: <app@example.test>", "Subject: Undelivered Mail Returned to Sender", "report-type=delivery-status", "Reporting-MTA: dns; relay.example.test",
		"Final-Recipient: rfc822; b@example.test\r\nAction: failed\r\nStatus: 5.1.1\r\nRemote-MTA: dns; mx.example.test\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n",
		"Final-Recipient: rfc822; c@example.test\r\nAction: failed\r\nStatus: 4.4.7\r\nRemote-MTA: dns; mx.example.test\r\nDiagnostic-Code: smtp; 451 4.7.1 greylisted\r\n",
		"Final-Recipient: rfc822; d@example.test\r\nAction: failed\r\nStatus: 5.7.1\r\nDiagnostic-Code: smtp; 554 5.7.1 rejected\r\n",
		"Final-Recipient: rfc822; e@example.test\r\nAction: failed\r\nStatus: 4.4.7\r\nDiagnostic-Code: X-Smtpgw; dial tcp 192.0.2.1:25: connection refused\r\n",
		"Content-Type: text/rfc822-headers\r\n\r\nSubject: hi\r\n"} {
		if !strings.Contains(d, want) {
			t.Errorf("DSN lacks %q:\n%s", want, d)
		}
	}
	if strings.Contains(strings.ReplaceAll(d, "\r\n", ""), "\n") {
		t.Error("bare LF in DSN")
	}

	d = string(DSN{ReportingMTA: "relay.example.test", ID: "ID2", Envelope: env, Action: ActionDelayed, Delayed: 4*time.Hour + 20*time.Second,
		RetryUntil: time.Unix(0, 0).Add(120 * time.Hour), Rcpts: []spool.RcptState{
			{Addr: "b@example.test", Status: spool.StatusPending, Reply: "451 4.7.1 greylisted, try again later", Host: "mx.example.test"},
		}}.Build(time.Unix(0, 0)))
	for _, want := range []string{"Subject: Delayed Mail (still being retried)", "could not be delivered for 4h0m0s", "WARNING ONLY",
		"Final-Recipient: rfc822; b@example.test\r\nAction: delayed\r\nStatus: 4.7.1\r\nRemote-MTA: dns; mx.example.test\r\nDiagnostic-Code: smtp; 451 4.7.1 greylisted, try again later\r\n",
		"Will-Retry-Until: " + time.Unix(0, 0).Add(120*time.Hour).Format(time.RFC1123Z)} {
		if !strings.Contains(d, want) {
			t.Errorf("delay DSN lacks %q:\n%s", want, d)
		}
	}
}

// scripted runs a fake SMTP server speaking the given replies.
func scripted(t *testing.T, ehlo string, tlsOK bool) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		c, err := l.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		br := bufio.NewReader(c)
		c.Write([]byte("220-mx.example.test ESMTP\r\n220 second line\r\n"))
		br.ReadString('\n')
		c.Write([]byte(ehlo))
		line, _ := br.ReadString('\n')
		if strings.HasPrefix(line, "STARTTLS") {
			if !tlsOK {
				c.Write([]byte("454 4.7.0 TLS not available\r\n"))
				return
			}
		}
	}()
	return l.Addr().String()
}

func TestHandshakeLowercaseSTARTTLSAndRequired(t *testing.T) {
	t.Parallel()
	// lowercase keyword, STARTTLS refused: opportunistic carries on in plain text; required fails
	addr := scripted(t, "250-mx.example.test\r\n250-size 100\r\n250 starttls\r\n", false)
	c, _ := net.Dial("tcp", addr)
	_, isTLS, err := handshake(c, Target{Host: "mx.example.test", TLS: TLSOpportunistic}, "relay.example.test", nil, 5*time.Second)
	if err != nil || isTLS {
		t.Fatalf("opportunistic after 454: %v %v", err, isTLS)
	}
	addr = scripted(t, "250-mx.example.test\r\n250-size 100\r\n250 starttls\r\n", false)
	c, _ = net.Dial("tcp", addr)
	_, _, err = handshake(c, Target{Host: "mx.example.test", TLS: TLSRequired}, "relay.example.test", nil, 5*time.Second)
	if err == nil || !strings.Contains(err.Error(), "454 4.7.0") {
		t.Fatalf("lowercase starttls not tried, or 454 not reported: %v", err)
	}
	addr = scripted(t, "250-mx.example.test\r\n250 SIZE 100\r\n", false)
	c, _ = net.Dial("tcp", addr)
	_, _, err = handshake(c, Target{Host: "mx.example.test", TLS: TLSRequired}, "relay.example.test", nil, 5*time.Second)
	if err == nil || !strings.Contains(err.Error(), "does not offer STARTTLS") {
		t.Fatalf("required TLS without STARTTLS: %v", err)
	}
	addr = scripted(t, "250-mx.example.test\r\n250 SIZE 100\r\n", false)
	c, _ = net.Dial("tcp", addr)
	conn, isTLS, err := handshake(c, Target{Host: "mx.example.test", TLS: TLSOpportunistic}, "relay.example.test", nil, 5*time.Second)
	if err != nil || isTLS {
		t.Fatalf("opportunistic without STARTTLS: %v %v", err, isTLS)
	}
	// the greeting is replayed for go-smtp
	b := make([]byte, 100)
	n, _ := conn.Read(b)
	if !strings.HasPrefix(string(b[:n]), "220 ") {
		t.Fatalf("replayed %q", b[:n])
	}
	_ = testpki.NewCA
}

func FuzzReadReply(f *testing.F) {
	f.Add("250-a\r\n250 b\r\n")
	f.Add("220 x\r\n")
	f.Add("2")
	f.Add("999 x\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		code, lines, err := readReply(bufio.NewReader(strings.NewReader(s)))
		if err == nil && (code < 200 || code > 599 || len(lines) == 0) {
			t.Fatalf("%q: code %d lines %v", s, code, lines)
		}
	})
}

type recordConn struct {
	net.Conn
	buf *strings.Builder
}

func (r recordConn) Write(p []byte) (int, error)        { return r.buf.Write(p) }
func (r recordConn) SetWriteDeadline(t time.Time) error { return nil }

// writeData must produce exactly what go-smtp's DotWriter would.
func TestWriteDataMatchesDotWriter(t *testing.T) {
	t.Parallel()
	for _, msg := range []string{
		"Subject: a\r\n\r\nbody\r\n",
		".starts with a dot\r\n..two\r\n.\r\nx\r\n",
		"a\r\n.\r\n",
		strings.Repeat("line\r\n.dot line\r\n", 20000),
		"no final CRLF",
		"\r\n",
		"",
		"x\r",
	} {
		var want bytes.Buffer
		tw := textproto.NewWriter(bufio.NewWriter(&want))
		dw := tw.DotWriter()
		io.WriteString(dw, msg)
		dw.Close()

		var raw strings.Builder
		var got bytes.Buffer
		bw := bufio.NewWriter(&got)
		tw2 := textproto.NewWriter(bw)
		dw2 := tw2.DotWriter()
		if err := writeData(recordConn{buf: &raw}, dw2, strings.NewReader(msg), int64(len(msg)), time.Second); err != nil {
			t.Fatal(err)
		}
		dw2.Close()
		if out := raw.String() + got.String(); out != want.String() {
			t.Errorf("message %.40q: got %.80q..., want %.80q...", msg, out, want.String())
		}
	}
}

func FuzzWriteData(f *testing.F) {
	f.Add("a\r\n.b\r\n", uint8(3))
	f.Add(".\r\n", uint8(1))
	f.Fuzz(func(t *testing.T, msg string, _ uint8) {
		msg = strings.ReplaceAll(strings.ReplaceAll(msg, "\r", ""), "\n", "\r\n") // the spool holds CRLF-clean data
		var want bytes.Buffer
		dw := textproto.NewWriter(bufio.NewWriter(&want)).DotWriter()
		io.WriteString(dw, msg)
		dw.Close()
		var raw strings.Builder
		var got bytes.Buffer
		dw2 := textproto.NewWriter(bufio.NewWriter(&got)).DotWriter()
		if err := writeData(recordConn{buf: &raw}, dw2, strings.NewReader(msg), int64(len(msg)), time.Second); err != nil {
			t.Fatal(err)
		}
		dw2.Close()
		if raw.String()+got.String() != want.String() {
			t.Fatalf("%q: got %q want %q", msg, raw.String()+got.String(), want.String())
		}
	})
}

func TestPortMapLogicalPort(t *testing.T) {
	t.Parallel()
	d := &Deliverer{cfg: Config{PortMap: map[string]string{
		"mx1.example.test:25": "127.0.0.1:1111",
		":25":                 ":2525",
		":587":                "127.0.0.1:5870",
	}}}
	for in, want := range map[string]string{
		"mx1.example.test:25":   "127.0.0.1:1111", // exact entry first
		"192.0.2.9:25":          "192.0.2.9:2525", // same IP, mapped port
		"[2001:db8::1]:25":      "[2001:db8::1]:2525",
		"smtp.example.test:587": "127.0.0.1:5870", // host given in the map
		"192.0.2.9:465":         "192.0.2.9:465",  // unmapped port unchanged
	} {
		if got := d.mapAddr(in); got != want {
			t.Errorf("mapAddr(%q) = %q, want %q", in, got, want)
		}
	}
	// a smarthost target (not MX) goes through the map too
	got, err := d.addresses(t.Context(), Target{Host: "smtp.example.test", Port: 587})
	if err != nil || len(got) != 1 || got[0] != "127.0.0.1:5870" {
		t.Fatalf("addresses(smarthost) = %v, %v", got, err)
	}
}
