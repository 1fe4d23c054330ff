package metrics

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// The relay's packages call the methods whether metrics are on or not.
func TestNilMetricsAreNoOps(t *testing.T) {
	var m *Metrics
	m.Received()
	m.Refused(RefusedTooBig)
	m.AuthFailure()
	m.Outcome("delivered", "success", time.Now())
	m.DeliveryStarted("example.test")(OutcomeDelivered)
	m.Reply(250, "END OF DATA")
	m.Connection("TLS 1.3")
	m.AddDestinationSource(func() []DestinationState { return nil })
}

func TestHandler(t *testing.T) {
	m := New(Source{})
	m.Connection("TLS 1.3")
	m.Connection("")
	m.Reply(99, "X") // not a reply code: not counted
	m.AddDestinationSource(func() []DestinationState {
		return []DestinationState{{Destination: "gmail", Concurrency: 2, RatePerMinute: 30, BackingOff: true, Waiting: 4}}
	})
	srv := httptest.NewServer(m.Handler([]Check{{Name: "a", Run: func() error { return nil }}}, []Check{{Name: "b", Run: func() error { return io.EOF }}}))
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := get("/metrics")
	for _, want := range []string{
		`smtpgw_relay_outbound_connections_total{tls="yes",tls_version="TLS 1.3"} 1`,
		`smtpgw_relay_outbound_connections_total{tls="no",tls_version=""} 1`,
		`smtpgw_relay_destination_concurrency{destination="gmail"} 2`,
		`smtpgw_relay_destination_rate_per_minute{destination="gmail"} 30`,
		`smtpgw_relay_destination_backoff{destination="gmail"} 1`,
		`smtpgw_relay_destination_waiting{destination="gmail"} 4`,
		"go_goroutines ",
	} {
		if code != 200 || !strings.Contains(body, want+"\n") && !strings.Contains(body, want) {
			t.Errorf("/metrics %d lacks %q", code, want)
		}
	}
	if strings.Contains(body, "upstream_replies_total{") {
		t.Errorf("a reply code of 99 was counted")
	}
	if code, body := get("/healthz"); code != 200 || body != "ok a\n" {
		t.Errorf("/healthz %d %q", code, body)
	}
	if code, body := get("/readyz"); code != 503 || body != "failed b: EOF\n" {
		t.Errorf("/readyz %d %q", code, body)
	}
	if code, _ := get("/nothing"); code != 404 {
		t.Errorf("/nothing %d", code)
	}
}
