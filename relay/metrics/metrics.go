// Package metrics is the relay's Prometheus instrumentation
// (github.com/prometheus/client_golang) and its HTTP endpoints: /metrics,
// /healthz and /readyz (`smtpgw relay --metrics-listen ADDR`).
//
// Every metric lives in a private prometheus.Registry, so two relays in one
// process (tests) count apart. The methods of *Metrics are safe on a nil
// receiver, so the relay's packages call them whether metrics are on or
// not.
package metrics

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Namespace prefixes every metric name.
const Namespace = "smtpgw_relay"

// Refusal reasons of smtpgw_relay_messages_refused_total (the receiving
// side: what the relay answered its clients with a 4xx or 5xx).
const (
	RefusedRelayDenied     = "relay-denied"     // 554 5.7.1, recipient not allowed for this client
	RefusedTooBig          = "too-big"          // 552 5.3.4
	RefusedBareLF          = "bare-cr-lf"       // bare CR or LF (SMTP smuggling)
	RefusedLoop            = "loop"             // too many Received: fields
	RefusedLineTooLong     = "line-too-long"    // 554 5.6.0
	RefusedSpoolError      = "spool-error"      // 451 4.3.0, not written to the spool
	RefusedConnectionLimit = "connection-limit" // 421 at --max-connections(-per-ip), counted per connection
	RefusedDataTimeout     = "data-timeout"     // the client stopped sending DATA
	RefusedInvalid         = "invalid"          // another malformed message (554 5.6.0)
)

// Metrics holds the relay's collectors.
type Metrics struct {
	Registry *prometheus.Registry

	received      prometheus.Counter
	refused       *prometheus.CounterVec
	delivered     *prometheus.CounterVec
	deferred      *prometheus.CounterVec
	bounced       *prometheus.CounterVec
	inFlight      *prometheus.GaugeVec
	attemptTime   *prometheus.HistogramVec
	deliveryDelay prometheus.Histogram
	replies       *prometheus.CounterVec
	connections   *prometheus.CounterVec
	authFailures  prometheus.Counter

	mu    sync.Mutex
	dests []DestinationSource
}

// Source gives the gauges read at each scrape. Nil functions are skipped.
type Source struct {
	// Queue returns the number of queued messages and the receipt time of
	// the oldest (zero when the queue is empty).
	Queue func() (n int, oldest time.Time, err error)
	// Slots returns the client connection slots in use and their number.
	Slots func() (used, limit int)
}

// DestinationState is the state of one destination (a recipient domain,
// a destination profile such as "gmail", or "smarthost") as the delivery
// tuner sees it, exported at each scrape with a "destination" label:
// smtpgw_relay_destination_concurrency, _rate_per_minute, _backoff and
// _waiting.
type DestinationState struct {
	Destination   string
	Concurrency   float64 // deliveries allowed at once now
	RatePerMinute float64 // messages per minute allowed now (0: unlimited)
	// BackingOff: the limits are below the profile's after rate-limit or
	// reputation replies (backing off or recovering).
	BackingOff bool
	Waiting    float64 // messages waiting for a slot or the rate
}

// DestinationSource returns the current state of every destination; it is
// called at each scrape (AddDestinationSource).
type DestinationSource func() []DestinationState

// Delivery attempt outcomes (the outcome label).
const (
	OutcomeDelivered = "delivered"
	OutcomeDeferred  = "deferred"
	OutcomeBounced   = "bounced"
)

// New makes the collectors in a new registry, with the Go runtime and
// process collectors beside them.
func New(src Source) *Metrics {
	m := &Metrics{Registry: prometheus.NewRegistry()}
	f := func(name, help string) prometheus.Opts {
		return prometheus.Opts{Namespace: Namespace, Name: name, Help: help}
	}
	m.received = prometheus.NewCounter(prometheus.CounterOpts(f("messages_received_total",
		"Messages accepted from clients and committed to the spool (the client got 250).")))
	m.refused = prometheus.NewCounterVec(prometheus.CounterOpts(f("messages_refused_total",
		"Messages and connections the relay refused, by reason.")), []string{"reason"})
	m.delivered = prometheus.NewCounterVec(prometheus.CounterOpts(f("recipients_delivered_total",
		"Recipients delivered (upstream 250 after DATA), by smtpgw explain category of the reply.")), []string{"category"})
	m.deferred = prometheus.NewCounterVec(prometheus.CounterOpts(f("recipients_deferred_total",
		"Recipient delivery attempts that will be retried (4xx, network, DNS), by smtpgw explain category.")), []string{"category"})
	m.bounced = prometheus.NewCounterVec(prometheus.CounterOpts(f("recipients_bounced_total",
		"Recipients that failed for good (5xx, or expired in the queue), by smtpgw explain category.")), []string{"category"})
	m.inFlight = prometheus.NewGaugeVec(prometheus.GaugeOpts(f("deliveries_in_flight",
		"Deliveries in progress per destination (recipient domain or \"smarthost\").")), []string{"destination"})
	m.attemptTime = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: Namespace, Name: "delivery_attempt_duration_seconds",
		Help:    "Time of one delivery attempt to one destination (DNS, connection, SMTP transaction), by outcome.",
		Buckets: []float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120, 300}}, []string{"outcome"})
	m.deliveryDelay = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: Namespace, Name: "delivery_delay_seconds",
		Help:    "Time from receipt to delivery of each delivered recipient (queue time included).",
		Buckets: []float64{.05, .1, .25, .5, 1, 5, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600, 5 * 24 * 3600}})
	m.replies = prometheus.NewCounterVec(prometheus.CounterOpts(f("upstream_replies_total",
		"Replies received from upstream servers that decided an outcome, by class (2xx, 4xx, 5xx) and SMTP stage.")), []string{"class", "stage"})
	m.connections = prometheus.NewCounterVec(prometheus.CounterOpts(f("outbound_connections_total",
		"Connections opened to upstream servers, by TLS use (yes/no) and TLS version.")), []string{"tls", "tls_version"})
	m.authFailures = prometheus.NewCounter(prometheus.CounterOpts(f("auth_failures_total",
		"Failed or refused (locked out) client AUTH attempts.")))
	m.Registry.MustRegister(m.received, m.refused, m.delivered, m.deferred, m.bounced, m.inFlight, m.attemptTime,
		m.deliveryDelay, m.replies, m.connections, m.authFailures,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m.Registry.MustRegister(&scrapeCollector{m: m, src: src})
	return m
}

// AddDestinationSource registers a function whose per-destination state
// is exported at each scrape (the hook for adaptive delivery tuning).
func (m *Metrics) AddDestinationSource(f DestinationSource) {
	if m == nil || f == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.dests = append(m.dests, f)
}

var (
	descQueue      = prometheus.NewDesc(Namespace+"_queue_messages", "Messages in the queue (waiting for delivery or being delivered).", nil, nil)
	descOldest     = prometheus.NewDesc(Namespace+"_queue_oldest_message_age_seconds", "Age of the oldest message in the queue (0 when empty).", nil, nil)
	descSlotsUsed  = prometheus.NewDesc(Namespace+"_connection_slots_used", "Client connection slots in use.", nil, nil)
	descSlotsLimit = prometheus.NewDesc(Namespace+"_connection_slots", "Client connection slots (--max-connections).", nil, nil)
	descDestConc   = prometheus.NewDesc(Namespace+"_destination_concurrency", "Deliveries allowed at once now, per destination.", []string{"destination"}, nil)
	descDestRate   = prometheus.NewDesc(Namespace+"_destination_rate_per_minute", "Messages per minute allowed now, per destination (0: unlimited).", []string{"destination"}, nil)
	descDestBack   = prometheus.NewDesc(Namespace+"_destination_backoff", "1 while a destination's limits are lowered after rate-limit or reputation replies (backing off or recovering), else 0.", []string{"destination"}, nil)
	descDestWait   = prometheus.NewDesc(Namespace+"_destination_waiting", "Messages waiting for a destination's slot or rate.", []string{"destination"}, nil)
)

// scrapeCollector reads the gauges whose value lives elsewhere (the spool,
// the server's slots, delivery tuners) at scrape time.
type scrapeCollector struct {
	m   *Metrics
	src Source
}

func (c *scrapeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descQueue, descOldest, descSlotsUsed, descSlotsLimit, descDestConc, descDestRate, descDestBack, descDestWait} {
		ch <- d
	}
}

func (c *scrapeCollector) Collect(ch chan<- prometheus.Metric) {
	if c.src.Queue != nil {
		n, oldest, err := c.src.Queue()
		if err == nil {
			age := 0.0
			if !oldest.IsZero() {
				age = max(0, time.Since(oldest).Seconds())
			}
			ch <- prometheus.MustNewConstMetric(descQueue, prometheus.GaugeValue, float64(n))
			ch <- prometheus.MustNewConstMetric(descOldest, prometheus.GaugeValue, age)
		} else {
			ch <- prometheus.NewInvalidMetric(descQueue, err)
		}
	}
	if c.src.Slots != nil {
		used, limit := c.src.Slots()
		ch <- prometheus.MustNewConstMetric(descSlotsUsed, prometheus.GaugeValue, float64(used))
		ch <- prometheus.MustNewConstMetric(descSlotsLimit, prometheus.GaugeValue, float64(limit))
	}
	c.m.mu.Lock()
	dests := append([]DestinationSource{}, c.m.dests...)
	c.m.mu.Unlock()
	for _, f := range dests {
		for _, s := range f() {
			ch <- prometheus.MustNewConstMetric(descDestConc, prometheus.GaugeValue, s.Concurrency, s.Destination)
			ch <- prometheus.MustNewConstMetric(descDestRate, prometheus.GaugeValue, s.RatePerMinute, s.Destination)
			back := 0.0
			if s.BackingOff {
				back = 1
			}
			ch <- prometheus.MustNewConstMetric(descDestBack, prometheus.GaugeValue, back, s.Destination)
			ch <- prometheus.MustNewConstMetric(descDestWait, prometheus.GaugeValue, s.Waiting, s.Destination)
		}
	}
}

// Received counts a message committed to the spool.
func (m *Metrics) Received() {
	if m != nil {
		m.received.Inc()
	}
}

// Refused counts a refusal (one of the Refused* reasons).
func (m *Metrics) Refused(reason string) {
	if m != nil {
		m.refused.WithLabelValues(reason).Inc()
	}
}

// AuthFailure counts a failed or refused AUTH.
func (m *Metrics) AuthFailure() {
	if m != nil {
		m.authFailures.Inc()
	}
}

// Outcome counts one recipient's outcome of one attempt: status is
// "delivered", "pending" (deferred) or "failed" (bounced); received is the
// message's receipt time (for the delivery delay of delivered ones).
func (m *Metrics) Outcome(status, category string, received time.Time) {
	if m == nil {
		return
	}
	if category == "" {
		category = "unknown"
	}
	switch status {
	case "delivered":
		m.delivered.WithLabelValues(category).Inc()
		if !received.IsZero() {
			m.deliveryDelay.Observe(time.Since(received).Seconds())
		}
	case "pending":
		m.deferred.WithLabelValues(category).Inc()
	case "failed":
		m.bounced.WithLabelValues(category).Inc()
	}
}

// DeliveryStarted marks a delivery to destination in progress; the
// returned function ends it with the attempt's outcome (Outcome*) and
// observes its duration.
func (m *Metrics) DeliveryStarted(destination string) func(outcome string) {
	if m == nil {
		return func(string) {}
	}
	start := time.Now()
	g := m.inFlight.WithLabelValues(destination)
	g.Inc()
	return func(outcome string) {
		g.Dec()
		m.attemptTime.WithLabelValues(outcome).Observe(time.Since(start).Seconds())
	}
}

// Reply counts an upstream reply code at an SMTP stage ("MAIL FROM",
// "RCPT TO", "END OF DATA", ...).
func (m *Metrics) Reply(code int, stage string) {
	if m == nil || code < 200 || code > 599 {
		return
	}
	m.replies.WithLabelValues(strconv.Itoa(code/100)+"xx", stage).Inc()
}

// Connection counts an upstream connection; version is the TLS version
// ("TLS 1.3"), "" without TLS.
func (m *Metrics) Connection(version string) {
	if m == nil {
		return
	}
	if version == "" {
		m.connections.WithLabelValues("no", "").Inc()
		return
	}
	m.connections.WithLabelValues("yes", strings.TrimSpace(version)).Inc()
}
