// Package metrics is the relay's Prometheus instrumentation and its HTTP
// endpoints: /metrics, /healthz and /readyz (`smtpgw relay
// --metrics-listen ADDR`).
//
// The metrics are written in the Prometheus text exposition format by a
// small writer of our own (expo.go) rather than by client_golang: that
// library and its protobuf stack initialised at the start of every smtpgw
// command, relay or not (~4 ms and 5 MB of binary). Every *Metrics counts
// apart, so two relays in one process (tests) do not mix. The methods of
// *Metrics are safe on a nil receiver, so the relay's packages call them
// whether metrics are on or not.
package metrics

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
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

// Metrics holds the relay's metrics.
type Metrics struct {
	src Source

	received      *family
	refused       *family
	delivered     *family
	deferred      *family
	bounced       *family
	inFlight      *family
	attemptTime   *family
	deliveryDelay *family
	replies       *family
	connections   *family
	authFailures  *family

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

// New makes the relay's metrics; src gives the gauges read at each
// scrape. The Go runtime (go_*) and process (process_*) metrics are
// exported beside them.
func New(src Source) *Metrics {
	n := func(name string) string { return Namespace + "_" + name }
	return &Metrics{
		src: src,
		received: newFamily(n("messages_received_total"),
			"Messages accepted from clients and committed to the spool (the client got 250).", typeCounter, nil),
		refused: newFamily(n("messages_refused_total"),
			"Messages and connections the relay refused, by reason.", typeCounter, nil, "reason"),
		delivered: newFamily(n("recipients_delivered_total"),
			"Recipients delivered (upstream 250 after DATA), by smtpgw explain category of the reply.", typeCounter, nil, "category"),
		deferred: newFamily(n("recipients_deferred_total"),
			"Recipient delivery attempts that will be retried (4xx, network, DNS), by smtpgw explain category.", typeCounter, nil, "category"),
		bounced: newFamily(n("recipients_bounced_total"),
			"Recipients that failed for good (5xx, or expired in the queue), by smtpgw explain category.", typeCounter, nil, "category"),
		inFlight: newFamily(n("deliveries_in_flight"),
			"Deliveries in progress per destination (recipient domain or \"smarthost\").", typeGauge, nil, "destination"),
		attemptTime: newFamily(n("delivery_attempt_duration_seconds"),
			"Time of one delivery attempt to one destination (DNS, connection, SMTP transaction), by outcome.", typeHistogram,
			[]float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120, 300}, "outcome"),
		deliveryDelay: newFamily(n("delivery_delay_seconds"),
			"Time from receipt to delivery of each delivered recipient (queue time included).", typeHistogram,
			[]float64{.05, .1, .25, .5, 1, 5, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600, 5 * 24 * 3600}),
		replies: newFamily(n("upstream_replies_total"),
			"Replies received from upstream servers that decided an outcome, by class (2xx, 4xx, 5xx) and SMTP stage.", typeCounter, nil, "class", "stage"),
		connections: newFamily(n("outbound_connections_total"),
			"Connections opened to upstream servers, by TLS use (yes/no) and TLS version.", typeCounter, nil, "tls", "tls_version"),
		authFailures: newFamily(n("auth_failures_total"),
			"Failed or refused (locked out) client AUTH attempts.", typeCounter, nil),
	}
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

// Exposition writes every metric in the Prometheus text format (version
// 0.0.4), families sorted by name. An error of the queue's Source means
// the scrape failed: nothing is returned but the error (the handler
// answers 500, as client_golang did), so a dashboard never shows a made-up
// queue length.
func (m *Metrics) Exposition() ([]byte, error) {
	type part struct {
		name  string
		write func(*expoWriter)
	}
	var parts []part
	for _, f := range []*family{m.received, m.refused, m.delivered, m.deferred, m.bounced, m.inFlight, m.attemptTime,
		m.deliveryDelay, m.replies, m.connections, m.authFailures} {
		parts = append(parts, part{f.name, f.write})
	}
	gauge := func(name, help string, labelNames []string, values ...gaugeValue) {
		g := gaugeFamily{name: Namespace + "_" + name, help: help, labelNames: labelNames, values: values}
		parts = append(parts, part{g.name, func(w *expoWriter) { w.gauges(g) }})
	}
	if m.src.Queue != nil {
		n, oldest, err := m.src.Queue()
		if err != nil {
			return nil, fmt.Errorf("reading the queue for %s_queue_messages: %w", Namespace, err)
		}
		age := 0.0
		if !oldest.IsZero() {
			age = max(0, time.Since(oldest).Seconds())
		}
		gauge("queue_messages", "Messages in the queue (waiting for delivery or being delivered).", nil, gaugeValue{v: float64(n)})
		gauge("queue_oldest_message_age_seconds", "Age of the oldest message in the queue (0 when empty).", nil, gaugeValue{v: age})
	}
	if m.src.Slots != nil {
		used, limit := m.src.Slots()
		gauge("connection_slots_used", "Client connection slots in use.", nil, gaugeValue{v: float64(used)})
		gauge("connection_slots", "Client connection slots: the relay's limit of connections at once.", nil, gaugeValue{v: float64(limit)})
	}
	m.mu.Lock()
	dests := slices.Clone(m.dests)
	m.mu.Unlock()
	var conc, rate, back, wait []gaugeValue
	for _, f := range dests {
		for _, s := range f() {
			l := []string{s.Destination}
			b := 0.0
			if s.BackingOff {
				b = 1
			}
			conc = append(conc, gaugeValue{l, s.Concurrency})
			rate = append(rate, gaugeValue{l, s.RatePerMinute})
			back = append(back, gaugeValue{l, b})
			wait = append(wait, gaugeValue{l, s.Waiting})
		}
	}
	dest := []string{"destination"}
	gauge("destination_concurrency", "Deliveries allowed at once now, per destination.", dest, conc...)
	gauge("destination_rate_per_minute", "Messages per minute allowed now, per destination (0: unlimited).", dest, rate...)
	gauge("destination_backoff", "1 while a destination's limits are lowered after rate-limit or reputation replies (backing off or recovering), else 0.", dest, back...)
	gauge("destination_waiting", "Messages waiting for a destination's slot or rate.", dest, wait...)
	for _, f := range runtimeMetrics() {
		parts = append(parts, part{f.name, f.write})
	}
	slices.SortFunc(parts, func(a, b part) int { return strings.Compare(a.name, b.name) })
	var w expoWriter
	for _, p := range parts {
		p.write(&w)
	}
	return w.b.Bytes(), nil
}

// Received counts a message committed to the spool.
func (m *Metrics) Received() {
	if m != nil {
		m.received.with().Inc()
	}
}

// Refused counts a refusal (one of the Refused* reasons).
func (m *Metrics) Refused(reason string) {
	if m != nil {
		m.refused.with(reason).Inc()
	}
}

// AuthFailure counts a failed or refused AUTH.
func (m *Metrics) AuthFailure() {
	if m != nil {
		m.authFailures.with().Inc()
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
		m.delivered.with(category).Inc()
		if !received.IsZero() {
			m.deliveryDelay.with().Observe(time.Since(received).Seconds())
		}
	case "pending":
		m.deferred.with(category).Inc()
	case "failed":
		m.bounced.with(category).Inc()
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
	g := m.inFlight.with(destination)
	g.Inc()
	return func(outcome string) {
		g.Dec()
		m.attemptTime.with(outcome).Observe(time.Since(start).Seconds())
	}
}

// Reply counts an upstream reply code at an SMTP stage ("MAIL FROM",
// "RCPT TO", "END OF DATA", ...).
func (m *Metrics) Reply(code int, stage string) {
	if m == nil || code < 200 || code > 599 {
		return
	}
	m.replies.with(strconv.Itoa(code/100)+"xx", stage).Inc()
}

// Connection counts an upstream connection; version is the TLS version
// ("TLS 1.3"), "" without TLS.
func (m *Metrics) Connection(version string) {
	if m == nil {
		return
	}
	if version == "" {
		m.connections.with("no", "").Inc()
		return
	}
	m.connections.with("yes", strings.TrimSpace(version)).Inc()
}
