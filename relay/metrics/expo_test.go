package metrics

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// busyMetrics returns metrics with every family holding series, label
// values that need escaping among them.
func busyMetrics(t *testing.T) *Metrics {
	t.Helper()
	m := New(Source{
		Queue: func() (int, time.Time, error) { return 7, time.Now().Add(-90 * time.Second), nil },
		Slots: func() (int, int) { return 3, 100 },
	})
	m.Received()
	m.Received()
	m.Refused(RefusedTooBig)
	m.Refused(RefusedBareLF)
	m.AuthFailure()
	m.Outcome("delivered", "success", time.Now().Add(-2*time.Second))
	m.Outcome("pending", "greylisted", time.Time{})
	m.Outcome("failed", "", time.Time{})
	done := m.DeliveryStarted("example.test")
	done(OutcomeDelivered)
	m.DeliveryStarted(`odd "dest"\with` + "\nnewline")(OutcomeBounced)
	m.DeliveryStarted("still.example.test") // in flight
	m.Reply(250, "END OF DATA")
	m.Reply(451, "RCPT TO")
	m.Connection("TLS 1.3")
	m.Connection("")
	m.AddDestinationSource(func() []DestinationState {
		return []DestinationState{
			{Destination: "smarthost", Concurrency: 4, RatePerMinute: 0, Waiting: 1},
			{Destination: "gmail", Concurrency: 2, RatePerMinute: 30.5, BackingOff: true, Waiting: 4},
		}
	})
	return m
}

// The output is what Prometheus's own parser reads, and writing the parsed
// families back with Prometheus's own text writer gives the same bytes:
// the same escaping, number forms, order, HELP and TYPE lines.
func TestExpositionParses(t *testing.T) {
	m := busyMetrics(t)
	out, err := m.Exposition()
	if err != nil {
		t.Fatal(err)
	}
	p := expfmt.NewTextParser(model.LegacyValidation)
	fams, err := p.TextToMetricFamilies(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("Prometheus's parser: %v\n%s", err, out)
	}
	names := make([]string, 0, len(fams))
	for n := range fams {
		names = append(names, n)
	}
	slices.Sort(names)
	var again bytes.Buffer
	for _, n := range names {
		if _, err := expfmt.MetricFamilyToText(&again, fams[n]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out, again.Bytes()) {
		t.Errorf("ours and Prometheus's writer differ:\n--- ours\n%s\n--- Prometheus's\n%s", out, again.Bytes())
	}

	want := map[string]dto.MetricType{
		"smtpgw_relay_messages_received_total":           dto.MetricType_COUNTER,
		"smtpgw_relay_messages_refused_total":            dto.MetricType_COUNTER,
		"smtpgw_relay_recipients_delivered_total":        dto.MetricType_COUNTER,
		"smtpgw_relay_recipients_deferred_total":         dto.MetricType_COUNTER,
		"smtpgw_relay_recipients_bounced_total":          dto.MetricType_COUNTER,
		"smtpgw_relay_deliveries_in_flight":              dto.MetricType_GAUGE,
		"smtpgw_relay_delivery_attempt_duration_seconds": dto.MetricType_HISTOGRAM,
		"smtpgw_relay_delivery_delay_seconds":            dto.MetricType_HISTOGRAM,
		"smtpgw_relay_upstream_replies_total":            dto.MetricType_COUNTER,
		"smtpgw_relay_outbound_connections_total":        dto.MetricType_COUNTER,
		"smtpgw_relay_auth_failures_total":               dto.MetricType_COUNTER,
		"smtpgw_relay_queue_messages":                    dto.MetricType_GAUGE,
		"smtpgw_relay_queue_oldest_message_age_seconds":  dto.MetricType_GAUGE,
		"smtpgw_relay_connection_slots_used":             dto.MetricType_GAUGE,
		"smtpgw_relay_connection_slots":                  dto.MetricType_GAUGE,
		"smtpgw_relay_destination_concurrency":           dto.MetricType_GAUGE,
		"smtpgw_relay_destination_rate_per_minute":       dto.MetricType_GAUGE,
		"smtpgw_relay_destination_backoff":               dto.MetricType_GAUGE,
		"smtpgw_relay_destination_waiting":               dto.MetricType_GAUGE,
		"go_gc_duration_seconds":                         dto.MetricType_SUMMARY,
		"go_goroutines":                                  dto.MetricType_GAUGE,
		"go_info":                                        dto.MetricType_GAUGE,
		"go_memstats_alloc_bytes_total":                  dto.MetricType_COUNTER,
		"go_threads":                                     dto.MetricType_GAUGE,
		"process_cpu_seconds_total":                      dto.MetricType_COUNTER,
		"process_resident_memory_bytes":                  dto.MetricType_GAUGE,
		"process_open_fds":                               dto.MetricType_GAUGE,
		"process_start_time_seconds":                     dto.MetricType_GAUGE,
	}
	for name, typ := range want {
		f := fams[name]
		if f == nil {
			t.Errorf("%s missing", name)
			continue
		}
		if f.GetType() != typ || f.GetHelp() == "" {
			t.Errorf("%s: type %v, help %q; want %v with a help text", name, f.GetType(), f.GetHelp(), typ)
		}
	}

	// values, read back through the parser
	value := func(name string, labels ...string) float64 {
		t.Helper()
		for _, mt := range fams[name].GetMetric() {
			var got []string
			for _, l := range mt.GetLabel() {
				got = append(got, l.GetName(), l.GetValue())
			}
			if !slices.Equal(got, labels) {
				continue
			}
			switch {
			case mt.Counter != nil:
				return mt.Counter.GetValue()
			case mt.Gauge != nil:
				return mt.Gauge.GetValue()
			case mt.Histogram != nil:
				return float64(mt.Histogram.GetSampleCount())
			}
		}
		t.Errorf("%s%v: no such series", name, labels)
		return -1
	}
	for _, c := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"smtpgw_relay_messages_received_total", nil, 2},
		{"smtpgw_relay_messages_refused_total", []string{"reason", "too-big"}, 1},
		{"smtpgw_relay_recipients_delivered_total", []string{"category", "success"}, 1},
		{"smtpgw_relay_recipients_deferred_total", []string{"category", "greylisted"}, 1},
		{"smtpgw_relay_recipients_bounced_total", []string{"category", "unknown"}, 1},
		{"smtpgw_relay_deliveries_in_flight", []string{"destination", "example.test"}, 0},
		{"smtpgw_relay_deliveries_in_flight", []string{"destination", "still.example.test"}, 1},
		{"smtpgw_relay_deliveries_in_flight", []string{"destination", `odd "dest"\with` + "\nnewline"}, 0},
		{"smtpgw_relay_delivery_attempt_duration_seconds", []string{"outcome", "delivered"}, 1},
		{"smtpgw_relay_delivery_attempt_duration_seconds", []string{"outcome", "bounced"}, 1},
		{"smtpgw_relay_delivery_delay_seconds", nil, 1},
		{"smtpgw_relay_upstream_replies_total", []string{"class", "4xx", "stage", "RCPT TO"}, 1},
		{"smtpgw_relay_outbound_connections_total", []string{"tls", "yes", "tls_version", "TLS 1.3"}, 1},
		{"smtpgw_relay_outbound_connections_total", []string{"tls", "no", "tls_version", ""}, 1},
		{"smtpgw_relay_auth_failures_total", nil, 1},
		{"smtpgw_relay_queue_messages", nil, 7},
		{"smtpgw_relay_connection_slots_used", nil, 3},
		{"smtpgw_relay_connection_slots", nil, 100},
		{"smtpgw_relay_destination_rate_per_minute", []string{"destination", "gmail"}, 30.5},
		{"smtpgw_relay_destination_backoff", []string{"destination", "gmail"}, 1},
		{"smtpgw_relay_destination_backoff", []string{"destination", "smarthost"}, 0},
		{"smtpgw_relay_destination_waiting", []string{"destination", "gmail"}, 4},
		{"go_info", []string{"version", strings.TrimSpace(fams["go_info"].GetMetric()[0].GetLabel()[0].GetValue())}, 1},
	} {
		if got := value(c.name, c.labels...); got != c.want {
			t.Errorf("%s%v = %v, want %v", c.name, c.labels, got, c.want)
		}
	}
	if age := value("smtpgw_relay_queue_oldest_message_age_seconds"); age < 89 || age > 3600 {
		t.Errorf("oldest message age %v s, want about 90", age)
	}
	if g := value("go_goroutines"); g < 1 {
		t.Errorf("go_goroutines %v", g)
	}

	// the delivery delay of 2 s falls in the buckets from le="5" on, and
	// the sum is the delay
	h := fams["smtpgw_relay_delivery_delay_seconds"].GetMetric()[0].GetHistogram()
	for _, b := range h.GetBucket() {
		if want := uint64(0); b.GetUpperBound() >= 5 {
			if b.GetCumulativeCount() != 1 {
				t.Errorf("le=%v: %d, want 1", b.GetUpperBound(), b.GetCumulativeCount())
			}
		} else if b.GetCumulativeCount() != want {
			t.Errorf("le=%v: %d, want 0", b.GetUpperBound(), b.GetCumulativeCount())
		}
	}
	if s := h.GetSampleSum(); s < 2 || s > 60 {
		t.Errorf("delay sum %v, want about 2", s)
	}
}

func TestHistogramBuckets(t *testing.T) {
	h := newHistogram([]float64{1, 2, 5})
	for _, v := range []float64{0.5, 1, 1.5, 2, 4.99, 5, 7, 100} {
		h.observe(v)
	}
	// le is inclusive: 1 counts 0.5 and 1; 2 adds 1.5 and 2; 5 adds 4.99
	// and 5; +Inf adds 7 and 100
	var got []uint64
	for i := range h.counts {
		got = append(got, h.counts[i].Load())
	}
	if !slices.Equal(got, []uint64{2, 2, 2, 2}) {
		t.Errorf("bucket counts %v", got)
	}
}

func TestMetricsHTTP(t *testing.T) {
	m := busyMetrics(t)
	srv := httptest.NewServer(m.Handler(nil, nil))
	defer srv.Close()
	req, _ := http.NewRequest("GET", srv.URL+"/metrics", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	req.Header.Set("Accept", "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1")
	resp, err := http.DefaultTransport.RoundTrip(req) // no transparent decompression
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Encoding") != "gzip" || resp.Header.Get("Content-Type") != ContentType {
		t.Fatalf("%s, Content-Encoding %q, Content-Type %q", resp.Status, resp.Header.Get("Content-Encoding"), resp.Header.Get("Content-Type"))
	}
	if expfmt.ResponseFormat(resp.Header).FormatType() != expfmt.TypeTextPlain {
		t.Errorf("Prometheus reads Content-Type %q as %v", resp.Header.Get("Content-Type"), expfmt.ResponseFormat(resp.Header))
	}
	zr, err := gzip.NewReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(body, []byte("\nsmtpgw_relay_messages_received_total 2\n")) {
		t.Errorf("gzipped body:\n%s", body)
	}

	for accept, gz := range map[string]bool{"": false, "identity": false, "gzip;q=0": false, "deflate, gzip;q=0.5": true, "GZIP": true} {
		if got := acceptsGzip(accept); got != gz {
			t.Errorf("Accept-Encoding %q: gzip %v, want %v", accept, got, gz)
		}
	}
}

// A queue that cannot be read fails the scrape (500, saying why) rather
// than answering without the queue's gauges.
func TestExpositionQueueError(t *testing.T) {
	m := New(Source{Queue: func() (int, time.Time, error) { return 0, time.Time{}, errors.New("spool unreadable") }})
	srv := httptest.NewServer(m.Handler(nil, nil))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 500 || !strings.Contains(string(b), "spool unreadable") {
		t.Errorf("%s %q", resp.Status, b)
	}
}
