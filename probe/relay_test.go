package probe

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testsmtp"
	"github.com/smtpgw/smtpgw/resolver"
)

func relayProbe(t *testing.T, srv *testsmtp.Relay) *Connection {
	t.Helper()
	dns := testdns.Start(t, "relay.example.test. 300 IN MX 10 mx.relay.example.test.", "mx.relay.example.test. 300 IN A 127.0.0.1")
	tr := probeOne(t, Options{
		Resolver: resolver.New(dns.Addr), Ports: []int{25}, PortMap: map[int]string{25: ":" + strconv.Itoa(srv.Port)}, HELO: "probe.example.test",
		Timeout: 10 * time.Second, OpenRelay: &OpenRelay{},
	}, "relay.example.test")
	if len(tr.Connections) != 1 {
		t.Fatalf("connections: %+v", tr.Connections)
	}
	c := tr.Connections[0]
	if srv.DataCount() != 0 {
		t.Fatal("DATA was sent")
	}
	return c
}

func TestOpenRelayClosed(t *testing.T) {
	t.Parallel()
	srv := testsmtp.StartRelay(t, "relay.example.test", false)
	c := relayProbe(t, srv)
	if len(c.Relay) != 8 {
		t.Fatalf("%d attempts: %+v", len(c.Relay), c.Relay)
	}
	for _, a := range c.Relay {
		if a.Outcome != "refused" {
			t.Errorf("%s: %s %+v", a.Variant, a.Outcome, a.Reply)
		}
	}
	var closed []string
	for _, f := range c.Findings {
		if f.ID == IDRelayOpen {
			t.Errorf("closed relay reported open: %+v", f)
		}
		if f.ID == IDRelayClosed && f.Status == finding.Pass {
			closed = append(closed, f.Summary)
		}
	}
	if len(closed) != 8 || !strings.Contains(strings.Join(closed, "\n"), "no relay (plain): RCPT TO:<relay-test@recipient.example> refused: 554 5.7.1 <relay-test@recipient.example>: Relay access denied") {
		t.Errorf("relay.closed: %q", closed)
	}
	// What was asked, as sent: the foreign recipient in each syntax.
	got := strings.Join(srv.Rcpts(), " ")
	for _, want := range []string{"relay-test@recipient.example", "relay-test@[192.0.2.1]", "relay-test%recipient.example@relay.example.test", "recipient.example!relay-test@relay.example.test"} {
		if !strings.Contains(got, want) {
			t.Errorf("RCPT %q not sent; got %s", want, got)
		}
	}
}

func TestOpenRelayOpen(t *testing.T) {
	t.Parallel()
	srv := testsmtp.StartRelay(t, "relay.example.test", true)
	c := relayProbe(t, srv)
	open := map[string]finding.Status{}
	for _, f := range c.Findings {
		if f.ID == IDRelayOpen {
			open[f.Summary[:strings.Index(f.Summary, ")")+1]] = f.Status
		}
	}
	for variant, st := range map[string]finding.Status{
		"open relay (plain)": finding.Fail, "open relay (null sender)": finding.Fail, "open relay (domain literal)": finding.Fail,
		"open relay (sender at the tested domain)": finding.Fail, "possible open relay (percent hack)": finding.Warn, "possible open relay (bang path)": finding.Warn,
	} {
		if open[variant] != st {
			t.Errorf("%s: %q, want %s (all: %v)", variant, open[variant], st, open)
		}
	}
}
