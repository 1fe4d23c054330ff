// Package deliver is the sending side of smtpgw relay: it takes messages
// from the spool and delivers them to a smarthost (with failover) or to the
// recipients' MX hosts, with retries and exponential backoff, tracking each
// recipient's outcome and explaining every reply it gets.
package deliver

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/dkimsign"
	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/internal/tlsclient"
	"github.com/smtpgw/smtpgw/relay/metrics"
	"github.com/smtpgw/smtpgw/relay/spool"
	"github.com/smtpgw/smtpgw/resolver"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// Config configures delivery.
type Config struct {
	Spool       *spool.Spool
	Smarthosts  []Target // tried in order; empty: MX delivery
	Resolver    *resolver.Resolver
	OutboundTLS TLSMode // for MX delivery: opportunistic (default) or required
	RootCAs     *x509.CertPool
	LocalName   string // this host's name (DSNs' Reporting-MTA)
	// Helo is the EHLO name; "" says each connection's address literal
	// ("[192.0.2.1]"), which servers that want a fully-qualified name
	// accept (see relay.HeloName).
	Helo string

	// PortMap maps "host:port" or "ip:port" to the address to dial (tests
	// map "MX port 25" to a loopback port). A key ":port" maps a logical
	// port of every host: to the address, or, when the address has no
	// host (":2525"), to that port of the same host or IP.
	PortMap map[string]string

	RetryInitial   time.Duration // first backoff (default 1m)
	RetryMax       time.Duration // backoff cap (default 1h)
	MaxQueueTime   time.Duration // give up after (default 5 days)
	MaxConcurrent  int           // deliveries at once (default 20)
	MaxPerDest     int           // deliveries at once per destination of the default profile (default 5)
	ConnectTimeout time.Duration // default DefaultConnectTimeout
	CommandTimeout time.Duration // default 5m
	Bounce         bool          // send DSNs for failed recipients
	// DelayWarning: with Bounce, a message still pending this long after
	// it was queued gets one delay DSN (Action: delayed). 0 means 4h (as
	// Postfix's delay_warning_time); negative disables.
	DelayWarning time.Duration
	// IdleConns keeps connections open for reuse (per destination address)
	// for this long; 0 disables reuse.
	IdleConns time.Duration
	// DKIM, when set, signs each message whose From domain has a key once,
	// at its first delivery attempt (see Deliverer.sign).
	DKIM *dkimsign.Signer
	// Metrics counts outcomes, replies, connections and deliveries in
	// flight (nil: not counted).
	Metrics *metrics.Metrics

	// Profiles are the destination profiles (the last, or the one named
	// "default", for every other destination); nil: BuiltinProfiles.
	Profiles Profiles
	// Clock drives the destination limits (nil: the real clock).
	Clock Clock

	Logger *slog.Logger
}

// Deliverer runs the queue.
type Deliverer struct {
	cfg  Config
	log  *slog.Logger
	sch  *scheduler
	pool *pool

	dests *destTable
	wg    sync.WaitGroup
	sem   chan struct{}

	activeMu sync.Mutex
	active   map[*client]bool

	runMu     sync.Mutex
	runCtx    context.Context
	stopping  bool
	drainc    chan struct{} // closed by Drain
	drainOnce sync.Once
}

// New returns a deliverer for cfg with defaults filled in.
func New(cfg Config) *Deliverer {
	if cfg.RetryInitial <= 0 {
		cfg.RetryInitial = time.Minute
	}
	if cfg.RetryMax <= 0 {
		cfg.RetryMax = time.Hour
	}
	if cfg.MaxQueueTime <= 0 {
		cfg.MaxQueueTime = 5 * 24 * time.Hour
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 20
	}
	if cfg.MaxPerDest <= 0 {
		cfg.MaxPerDest = 5
	}
	if cfg.ConnectTimeout <= 0 {
		cfg.ConnectTimeout = DefaultConnectTimeout
	}
	if cfg.CommandTimeout <= 0 {
		cfg.CommandTimeout = 5 * time.Minute
	}
	if cfg.DelayWarning == 0 {
		cfg.DelayWarning = DefaultDelayWarning
	}
	if cfg.OutboundTLS == "" {
		cfg.OutboundTLS = TLSOpportunistic
	}
	if cfg.LocalName == "" {
		cfg.LocalName = "localhost"
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if len(cfg.Profiles) == 0 {
		cfg.Profiles = BuiltinProfiles(cfg.MaxPerDest)
	}
	d := &Deliverer{cfg: cfg, log: cfg.Logger, sch: newScheduler(),
		sem: make(chan struct{}, cfg.MaxConcurrent), drainc: make(chan struct{})}
	d.dests = newDestTable(cfg.Clock, func(id string) { d.sch.add(id, time.Now()) })
	d.dests.retryInitial, d.dests.retryMax = cfg.RetryInitial, cfg.RetryMax
	d.pool = newPool(cfg.IdleConns)
	return d
}

// DefaultConnectTimeout is the time limit of connecting to a next hop.
const DefaultConnectTimeout = 30 * time.Second

// DefaultDelayWarning is when a delay DSN is sent (Postfix's
// delay_warning_time is often set to this).
const DefaultDelayWarning = 4 * time.Hour

// Backoff is the wait after the given number of failed attempts: initial,
// doubling, capped at max.
func Backoff(attempts int, initial, max time.Duration) time.Duration {
	d := initial
	for i := 1; i < attempts && d < max; i++ {
		d *= 2
	}
	if d > max {
		d = max
	}
	return d
}

// Enqueue schedules message id at t.
func (d *Deliverer) Enqueue(id string, t time.Time) { d.sch.add(id, t) }

// Run loads the queue and delivers until ctx is done; then it waits for
// deliveries in progress.
func (d *Deliverer) Run(ctx context.Context) error {
	ids, err := d.cfg.Spool.IDs(spool.DirQueue)
	if err != nil {
		return err
	}
	for _, id := range ids {
		m, err := d.cfg.Spool.Get(id)
		if err != nil || m.Damaged != "" {
			continue // damaged files were moved to corrupt/ at start
		}
		d.sch.add(id, m.State.NextAttempt)
	}
	stopActive := context.AfterFunc(ctx, d.closeActive)
	defer stopActive()
	d.runMu.Lock()
	d.runCtx = ctx
	d.runMu.Unlock()
	stop := func() {
		d.runMu.Lock()
		d.stopping = true
		d.runMu.Unlock()
		d.wg.Wait()
	}
	retryTick := time.NewTicker(time.Second)
	defer retryTick.Stop()
	defer d.pool.closeAll()
	for {
		if d.draining() {
			// Drain: nothing new starts; deliveries in progress go on
			// until they end or ctx cuts them.
			<-ctx.Done()
			stop()
			return nil
		}
		id, wait := d.sch.next()
		if id != "" {
			select {
			case d.sem <- struct{}{}:
			case <-ctx.Done():
				stop()
				return nil
			case <-d.drainc:
				d.sch.add(id, time.Now())
				continue
			}
			d.runMu.Lock()
			if d.stopping {
				d.runMu.Unlock()
				<-d.sem
				d.sch.add(id, time.Now())
				continue
			}
			d.wg.Add(1)
			d.runMu.Unlock()
			go func() {
				defer d.wg.Done()
				defer func() { <-d.sem }()
				d.deliverMessage(ctx, id)
			}()
			continue
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			stop()
			return nil
		case <-d.drainc:
		case <-d.sch.wake:
		case <-retryTick.C:
			for _, id := range d.cfg.Spool.TakeRetries() {
				d.sch.add(id, time.Now())
			}
			d.dests.kick()
		case <-timer.C:
		}
		timer.Stop()
	}
}

// Drain stops starting deliveries (messages handed off or due from now on
// stay queued, for the next start) and returns when the deliveries in
// progress have ended: finished, or cut by the cancellation of Run's
// context (their messages stay queued and are tried again at the next
// start, so a message whose upstream 250 was on its way when it was cut is
// delivered twice: delivery is at least once).
func (d *Deliverer) Drain() {
	d.runMu.Lock()
	d.stopping = true
	d.runMu.Unlock()
	d.drainOnce.Do(func() { close(d.drainc) })
	d.wg.Wait()
}

func (d *Deliverer) draining() bool {
	select {
	case <-d.drainc:
		return true
	default:
		return false
	}
}

// InProgress is the number of deliveries running.
func (d *Deliverer) InProgress() int { return len(d.sem) }

// group is the pending recipients of one message for one destination.
type group struct {
	key   string // "smarthost" or the recipient domain
	rcpts []int  // indexes into State.Rcpts
}

func domainOf(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSuffix(addr[at+1:], "."))
}

// Destinations returns the state of every destination the relay delivered
// to lately (profile, limits now, in flight, outcomes), by name.
func (d *Deliverer) Destinations() []DestinationState { return d.dests.snapshot() }

// outcome of one recipient in one attempt.
type outcome struct {
	status   string // delivered, failed, or pending (deferred)
	reply    string
	category string
	host     string
	// retryAfter is the wait the reply asked for in so many words
	// (explain's RetryAfter), 0 when it named none
	retryAfter time.Duration
	summary    string // explain's summary of the reply ("" to look it up when logged)
}

// Handoff takes a message just committed by the server, still open and
// locked: it is delivered at once when a delivery slot is free, else
// unlocked and scheduled.
func (d *Deliverer) Handoff(l *spool.Locked) {
	d.runMu.Lock()
	ctx := d.runCtx
	if ctx == nil || ctx.Err() != nil || d.stopping {
		d.runMu.Unlock()
		id := l.ID
		l.Unlock()
		d.sch.add(id, time.Now())
		return
	}
	select {
	case d.sem <- struct{}{}:
	default:
		d.runMu.Unlock()
		id := l.ID
		l.Unlock()
		d.sch.add(id, time.Now())
		return
	}
	d.wg.Add(1)
	d.runMu.Unlock()
	go func() {
		defer d.wg.Done()
		defer func() { <-d.sem }()
		d.deliverLocked(ctx, l)
	}()
}

func (d *Deliverer) deliverMessage(ctx context.Context, id string) {
	l, err := d.cfg.Spool.Lock(id, 0)
	if errors.Is(err, spool.ErrNotFound) {
		return // delivered, deleted or failed meanwhile
	}
	var de *spool.DamagedError
	if errors.As(err, &de) {
		// damaged while the relay ran: out of the queue, said once
		if qerr := d.cfg.Spool.Quarantine(spool.DirQueue, id, de.Reason); qerr != nil {
			d.log.Error("damaged spool file not moved", "id", id, "reason", de.Reason, "err", qerr)
			return
		}
		d.log.Warn("damaged spool file", "id", id, "was", spool.DirQueue, "moved_to", spool.DirCorrupt+"/"+id, "reason", de.Reason)
		return
	}
	if err != nil {
		d.sch.add(id, time.Now().Add(time.Second))
		return
	}
	d.deliverLocked(ctx, l)
}

// expire fails every recipient of l still pending: its queue lifetime
// (MaxQueueTime) ran out.
func (d *Deliverer) expire(l *spool.Locked, now time.Time) {
	for i, r := range l.State.Rcpts {
		if r.Status != spool.StatusPending {
			continue
		}
		last := r.Reply
		if last == "" {
			last = "no delivery attempt succeeded"
		}
		l.State.Rcpts[i] = spool.RcptState{Addr: r.Addr, Status: spool.StatusFailed, Category: string(explain.Expired), Host: r.Host,
			Reply: fmt.Sprintf("4.4.7 message expired after %s in the queue; last: %s", d.cfg.MaxQueueTime, last), Updated: now,
			LastReply: last}
		d.logOutcome(l, r.Addr, outcome{status: spool.StatusFailed, reply: l.State.Rcpts[i].Reply, category: string(explain.Expired), host: r.Host})
	}
}

func (d *Deliverer) deliverLocked(ctx context.Context, l *spool.Locked) {
	id := l.ID
	defer l.Unlock()
	now := time.Now()
	if now.Before(l.State.NextAttempt.Add(-time.Second)) {
		d.sch.add(id, l.State.NextAttempt) // retry requested by queue, or rescheduled elsewhere
		return
	}
	queuedAt := l.Envelope.Received
	if l.State.Requeued.After(queuedAt) {
		queuedAt = l.State.Requeued
	}
	expired := now.Sub(queuedAt) > d.cfg.MaxQueueTime
	groups := map[string]*group{}
	var order []string
	for i, r := range l.State.Rcpts {
		if r.Status != spool.StatusPending {
			continue
		}
		if !expired && r.RetryAt.After(now.Add(time.Second)) {
			continue // its destination asked for a later retry
		}
		key := "smarthost"
		if len(d.cfg.Smarthosts) == 0 {
			key = domainOf(r.Addr)
		}
		g, ok := groups[key]
		if !ok {
			g = &group{key: key}
			groups[key] = g
			order = append(order, key)
		}
		g.rcpts = append(g.rcpts, i)
	}
	attempted, parked := false, false
	if len(order) > 0 {
		if o := d.sign(l); o != nil {
			// a key applies but signing failed: defer every pending
			// recipient, on the default schedule
			upd := time.Now()
			wait := d.retryWait(d.cfg.Profiles.Default(), l.State.Attempts+1, explain.Category(o.category))
			for _, g := range groups {
				for _, i := range g.rcpts {
					r := &l.State.Rcpts[i]
					r.Status, r.Reply, r.Category, r.Host, r.Updated = o.status, o.reply, o.category, "", upd
					r.RetryAt = upd.Add(wait)
					d.logOutcome(l, r.Addr, *o)
				}
			}
			order = nil
			attempted = true
		}
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, key := range order {
		g := groups[key]
		wg.Add(1)
		go func() {
			defer wg.Done()
			addrs := make([]string, len(g.rcpts))
			for j, i := range g.rcpts {
				addrs[j] = l.State.Rcpts[i].Addr
			}
			prof := d.cfg.Profiles.Default()
			targets, dest, err := d.route(ctx, g.key)
			var outs []outcome
			if err != nil {
				// no remote host was reached: the outcome names none
				o := d.classifyErr(l.ID, err, "")
				d.log.Info("attempt", "id", l.ID, "host", g.key, "stage", "DNS", "reply", o.reply, "category", o.category)
				outs = make([]outcome, len(addrs))
				for j, r := range addrs {
					outs[j] = o
					d.logOutcome(l, r, o)
				}
			} else {
				prof = d.cfg.Profiles.Match(mxNames(targets))
				if len(d.cfg.Smarthosts) > 0 {
					prof = d.cfg.Profiles.Default()
				}
				if prof.Name != DefaultProfileName {
					dest = prof.Name
				}
				tk, ok := d.dests.acquire(dest, prof, l.ID)
				if !ok {
					// the destination is at its limit: the message waits
					// for it (woken when a slot or its rate allows)
					mu.Lock()
					parked = true
					mu.Unlock()
					return
				}
				done := d.cfg.Metrics.DeliveryStarted(dest)
				outs = d.deliverGroup(ctx, l, targets, prof, addrs)
				done(attemptOutcome(outs))
				d.dests.release(tk, summarize(outs))
			}
			mu.Lock()
			defer mu.Unlock()
			attempted = true
			upd := time.Now()
			for j, i := range g.rcpts {
				o := outs[j]
				r := &l.State.Rcpts[i]
				r.Status, r.Reply, r.Category, r.Host, r.Updated = o.status, o.reply, o.category, o.host, upd
				r.RetryAt = time.Time{}
				if o.status == spool.StatusPending && ctx.Err() == nil {
					r.RetryAt = upd.Add(max(o.retryAfter, d.retryWait(prof, l.State.Attempts+1, explain.Category(o.category))))
				}
			}
		}()
	}
	wg.Wait()
	if attempted {
		l.State.Attempts++
	}
	if expired && ctx.Err() == nil && !parked {
		// The queue lifetime ran out: a recipient still pending after this
		// last attempt fails for good, with the attempt's reply as the last
		// one. (Like Postfix's maximal_queue_lifetime, the lifetime ends a
		// message only when a delivery fails temporarily: one that waited
		// past it while the relay was down is tried once more, not bounced
		// unseen.)
		d.expire(l, time.Now())
	}
	l.State.LastAttempt = now
	pending, failed := 0, 0
	for _, r := range l.State.Rcpts {
		switch r.Status {
		case spool.StatusPending:
			pending++
		case spool.StatusFailed:
			failed++
		}
	}
	// The sender hears of a failed recipient when it fails, not when the
	// other recipients are done; and once, after DelayWarning, of the
	// recipients still being retried.
	if d.cfg.Bounce && l.Envelope.From != "" {
		d.notify(l, queuedAt, now)
	}
	switch {
	case pending > 0:
		if ctx.Err() != nil && attempted && l.State.Attempts > 0 {
			// stopped during shutdown: keep the schedule as it was
			l.State.Attempts--
		}
		// the earliest retry any pending recipient's destination allows
		var next time.Time
		for _, r := range l.State.Rcpts {
			if r.Status == spool.StatusPending && !r.RetryAt.IsZero() && (next.IsZero() || r.RetryAt.Before(next)) {
				next = r.RetryAt
			}
		}
		if next.IsZero() {
			next = time.Now()
		}
		if rest := queuedAt.Add(d.cfg.MaxQueueTime); next.After(rest) && rest.After(time.Now()) {
			next = rest
		}
		if ctx.Err() != nil {
			next = time.Now() // interrupted by shutdown: try again as soon as the relay is back
		}
		wait := time.Until(next).Round(time.Second)
		l.State.NextAttempt = next
		if parked && ctx.Err() == nil {
			// woken by its destination; at the next start at once
			l.State.NextAttempt = time.Now()
		}
		if err := l.SaveState(); err != nil {
			d.log.Error("spool error", "id", id, "err", err)
		}
		if attempted {
			d.log.Info("message deferred", "id", id, "pending", pending, "attempts", l.State.Attempts, "next_attempt", next.UTC().Format(time.RFC3339), "wait", wait.String())
		}
		if !parked || next.After(time.Now()) {
			d.sch.add(id, next)
		}
	case failed > 0:
		var reasons []string
		for _, r := range l.State.Rcpts {
			if r.Status == spool.StatusFailed {
				reasons = append(reasons, r.Addr+": "+r.Reply)
			}
		}
		l.State.Reason = strings.Join(reasons, "; ")
		st := l.State
		if err := l.MoveFailed(); err != nil {
			d.log.Error("spool error", "id", id, "err", err)
			return
		}
		d.log.Warn("message failed", "id", id, "reason", st.Reason)
	default:
		if err := l.Remove(); err != nil {
			d.log.Error("spool error", "id", id, "err", err)
		}
		d.log.Info("done", "id", id, "recipients", len(l.State.Rcpts))
	}
}

// notify queues the DSNs due for l: one for the recipients that failed
// since the last (Action: failed), and, once, one for those still pending
// after DelayWarning (Action: delayed). It marks what it sent in l.State,
// which the caller saves.
func (d *Deliverer) notify(l *spool.Locked, queuedAt, now time.Time) {
	var failed, pending []int
	for i, r := range l.State.Rcpts {
		switch {
		case r.Status == spool.StatusFailed && r.Notified == "":
			failed = append(failed, i)
		case r.Status == spool.StatusPending:
			pending = append(pending, i)
		}
	}
	delayDue := len(pending) > 0 && d.cfg.DelayWarning > 0 && l.State.DelayNotified.IsZero() && now.Sub(queuedAt) >= d.cfg.DelayWarning
	if len(failed) == 0 && !delayDue {
		return
	}
	headers := readHeaders(l.Body(), 64<<10)
	pick := func(idx []int) []spool.RcptState {
		out := make([]spool.RcptState, len(idx))
		for j, i := range idx {
			out[j] = l.State.Rcpts[i]
		}
		return out
	}
	send := func(n DSN, count int) bool {
		bid, err := d.bounce(n)
		if err != nil {
			d.log.Error("bounce not queued", "id", l.ID, "action", n.Action, "err", err)
			return false
		}
		d.log.Info("bounce queued", "id", l.ID, "bounce_id", bid, "to", l.Envelope.From, "action", n.Action, "recipients", count)
		return true
	}
	if len(failed) > 0 && send(DSN{ID: l.ID, Envelope: l.Envelope, Action: ActionFailed, Rcpts: pick(failed), Headers: headers}, len(failed)) {
		for _, i := range failed {
			l.State.Rcpts[i].Notified = ActionFailed
		}
	}
	if delayDue && send(DSN{ID: l.ID, Envelope: l.Envelope, Action: ActionDelayed, Rcpts: pick(pending), Headers: headers,
		Delayed: now.Sub(queuedAt), RetryUntil: queuedAt.Add(d.cfg.MaxQueueTime)}, len(pending)) {
		l.State.DelayNotified = now.UTC()
	}
}

// route returns the hosts to try for the destination key (a recipient
// domain, or "smarthost") and the destination's name before profiles.
func (d *Deliverer) route(ctx context.Context, key string) ([]Target, string, error) {
	if len(d.cfg.Smarthosts) > 0 {
		return d.cfg.Smarthosts, "smarthost", nil
	}
	ts, err := d.mxTargets(ctx, key)
	return ts, key, err
}

func mxNames(ts []Target) []string {
	n := make([]string, len(ts))
	for i, t := range ts {
		n[i] = t.Host
	}
	return n
}

// summarize is what one delivery to a destination came to, for its
// adaptive limits: a throttling reply (any recipient's) decides.
func summarize(outs []outcome) result {
	var r result
	for _, o := range outs {
		c := explain.Category(o.category)
		switch o.status {
		case spool.StatusDelivered:
			r.delivered = true
		case spool.StatusFailed:
			r.failed = true
		default:
			r.deferred = true
		}
		if r.reply == "" || Throttling(c) && !Throttling(r.category) || c == explain.Greylisted && r.category != explain.Greylisted && !Throttling(r.category) {
			r.reply, r.category = o.reply, c
		}
		if Throttling(c) {
			r.retryAfter = max(r.retryAfter, o.retryAfter)
		}
	}
	if Throttling(r.category) || r.category == explain.Greylisted {
		r.delivered, r.failed, r.deferred = false, false, true
	}
	return r
}

// retryWait is how long a recipient deferred with a reply of category c
// waits, after the message's attempt n: its destination's schedule; after
// greylisting at least the profile's greylisting delay; after a
// rate-limit or reputation reply at least the profile's shortest wait, so
// a destination is never retried faster than it asked. (A wait the reply
// names, "try again in 300 seconds", is a floor on top: see outcome.)
func (d *Deliverer) retryWait(p Profile, n int, c explain.Category) time.Duration {
	w := p.RetryWait(n, d.cfg.RetryInitial, d.cfg.RetryMax)
	switch {
	case c == explain.Greylisted:
		w = max(w, p.Greylist)
	case Throttling(c):
		w = max(w, p.RetryWait(1, d.cfg.RetryInitial, d.cfg.RetryMax))
	}
	return w
}

// deliverGroup delivers one message to the recipients of one destination,
// trying its hosts in order, and returns each recipient's outcome.
func (d *Deliverer) deliverGroup(ctx context.Context, l *spool.Locked, targets []Target, prof Profile, rcpts []string) []outcome {
	outs := make([]outcome, len(rcpts))
	setAll := func(o outcome) {
		for i := range outs {
			outs[i] = o
		}
	}
	var last outcome
	for _, t := range targets {
		t.perConn = prof.PerConnection
		done, o := d.tryTarget(ctx, l, t, rcpts, outs)
		if done {
			for i, r := range rcpts {
				d.logOutcome(l, r, outs[i])
			}
			return outs
		}
		last = o
		if ctx.Err() != nil {
			break
		}
	}
	if last.status == "" {
		last = outcome{status: spool.StatusPending, reply: "no host could be tried", category: string(explain.Network)}
	}
	setAll(last)
	for _, r := range rcpts {
		d.logOutcome(l, r, last)
	}
	return outs
}

// attemptOutcome sums up the outcomes of one attempt at one destination:
// deferred when a recipient is still pending, else bounced when one
// failed, else delivered.
func attemptOutcome(outs []outcome) string {
	res := metrics.OutcomeDelivered
	for _, o := range outs {
		switch o.status {
		case spool.StatusPending:
			return metrics.OutcomeDeferred
		case spool.StatusFailed:
			res = metrics.OutcomeBounced
		}
	}
	return res
}

// Outcome log messages: one line per recipient and attempt.
const (
	LogDelivered = "delivered" // INFO
	LogDeferred  = "deferred"  // INFO: tried again later
	LogFailed    = "failed"    // WARN: for good (moved to failed/, bounced with --bounce)
)

// logOutcome writes the one log line of a recipient's outcome in one
// attempt, and counts it: the message id, the recipient and its domain,
// the remote host ("" when none was reached, as for a DNS failure), the
// reply (or error), and explain's category and summary of it, the words
// `smtpgw explain` prints; delivered lines add the time since receipt.
func (d *Deliverer) logOutcome(l *spool.Locked, rcpt string, o outcome) {
	d.cfg.Metrics.Outcome(o.status, o.category, l.Envelope.Received)
	if o.summary == "" {
		if ex, err := explain.ExplainText(o.reply); err == nil && string(ex.Category) == o.category {
			o.summary = ex.Summary
		}
	}
	// an absent value is left out, as in every JSON document of smtpgw
	// (docs/json.md): no host when none was reached, no summary when the
	// reply has none
	attrs := []any{"id", l.ID, "recipient", rcpt, "domain", domainOf(rcpt)}
	if o.host != "" {
		attrs = append(attrs, "host", o.host)
	}
	attrs = append(attrs, "reply", o.reply, "category", o.category)
	if o.summary != "" {
		attrs = append(attrs, "summary", o.summary)
	}
	switch o.status {
	case spool.StatusDelivered:
		d.log.Info(LogDelivered, append(attrs, "delay", time.Since(l.Envelope.Received).Round(time.Millisecond).String())...)
	case spool.StatusPending:
		d.log.Info(LogDeferred, attrs...)
	case spool.StatusFailed:
		d.log.Warn(LogFailed, attrs...)
	}
}

// errNullMX is a domain that accepts no mail (RFC 7505).
type nullMXError struct{ domain string }

func (e *nullMXError) Error() string {
	return fmt.Sprintf("556 5.1.10 %s does not accept mail (null MX, RFC 7505)", e.domain)
}

// mxTargets resolves the MX hosts of domain, in preference order; a domain
// without MX records is its own MX (RFC 5321 §5.1).
func (d *Deliverer) mxTargets(ctx context.Context, domain string) ([]Target, error) {
	if d.cfg.Resolver == nil {
		return nil, errors.New("no DNS resolver configured")
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	mxs, _, err := d.cfg.Resolver.MX(ctx, domain)
	if err != nil {
		if resolver.IsNXDomain(err) {
			return nil, &replyError{Code: 550, Enhanced: "5.1.2", Text: fmt.Sprintf("Host or domain name not found: %s does not exist (NXDOMAIN)", domain), Stage: "DNS"}
		}
		return nil, err
	}
	if len(mxs) == 1 && (mxs[0].Mx == "." || mxs[0].Mx == "") {
		return nil, &nullMXError{domain: domain}
	}
	var ts []Target
	for _, mx := range mxs {
		h := strings.TrimSuffix(mx.Mx, ".")
		if h == "" {
			continue
		}
		ts = append(ts, Target{Host: h, Port: 25, TLS: d.cfg.OutboundTLS, MX: true})
	}
	if len(ts) == 0 {
		ts = []Target{{Host: domain, Port: 25, TLS: d.cfg.OutboundTLS, MX: true}}
	}
	return ts, nil
}

// addresses returns the addresses to dial for t, in order.
func (d *Deliverer) addresses(ctx context.Context, t Target) ([]string, error) {
	hp := t.String()
	if a, ok := d.cfg.PortMap[hp]; ok {
		return []string{a}, nil
	}
	if !t.MX || d.cfg.Resolver == nil {
		return []string{d.mapAddr(hp)}, nil
	}
	if ip := net.ParseIP(t.Host); ip != nil {
		return []string{d.mapAddr(hp)}, nil
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	ips, err := d.cfg.Resolver.IPs(ctx, t.Host, true, true)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, ip := range ips {
		out = append(out, d.mapAddr(net.JoinHostPort(ip.String(), strconv.Itoa(t.Port))))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s has no A or AAAA record", t.Host)
	}
	return out, nil
}

func (d *Deliverer) mapAddr(a string) string {
	if m, ok := d.cfg.PortMap[a]; ok {
		return m
	}
	host, port, err := net.SplitHostPort(a)
	if err != nil {
		return a
	}
	m, ok := d.cfg.PortMap[":"+port]
	if !ok {
		return a
	}
	if mh, mp, err := net.SplitHostPort(m); err == nil && mh == "" {
		return net.JoinHostPort(host, mp)
	}
	return m
}

func (d *Deliverer) classifyErr(id string, err error, host string) outcome {
	var re *replyError
	var nm *nullMXError
	switch {
	case errors.As(err, &nm):
		return outcome{status: spool.StatusFailed, reply: nm.Error(), category: string(explain.HostUnknown), host: host}
	case errors.As(err, &re):
		if re.Stage != "DNS" {
			d.cfg.Metrics.Reply(re.Code, re.Stage)
		}
		ex := explain.Explain(explain.Reply{Input: re.Reply(), Code: re.Code, Enhanced: re.Enhanced, Text: re.Text,
			Lines: []string{re.Reply()}, Stage: re.Stage, RemoteHost: re.Host})
		st := spool.StatusPending
		if re.Code/100 == 5 {
			st = spool.StatusFailed
		} else if re.Code/100 == 2 {
			st = spool.StatusDelivered
		}
		return outcome{status: st, reply: re.Reply(), category: string(ex.Category), host: host, retryAfter: time.Duration(ex.RetryAfter) * time.Second, summary: ex.Summary}
	default:
		var rerr *resolver.Error
		if errors.As(err, &rerr) {
			return outcome{status: spool.StatusPending, reply: "DNS: " + err.Error(), category: string(explain.Network), host: host}
		}
		return outcome{status: spool.StatusPending, reply: err.Error(), category: string(explain.Network), host: host}
	}
}

// tryTarget delivers to one host. done reports whether the recipients have
// a final outcome for this attempt (outs filled); otherwise the next host is
// tried and o says why this one did not do.
func (d *Deliverer) tryTarget(ctx context.Context, l *spool.Locked, t Target, rcpts []string, outs []outcome) (done bool, o outcome) {
	addrs, err := d.addresses(ctx, t)
	if err != nil {
		o = d.classifyErr(l.ID, err, t.Host)
		o.status = spool.StatusPending
		d.log.Info("attempt", "id", l.ID, "host", t.Host, "reply", o.reply, "category", o.category)
		return false, o
	}
	for _, addr := range addrs {
		done, o = d.tryAddr(ctx, l, t, addr, rcpts, outs, true)
		if done {
			return true, o
		}
		if ctx.Err() != nil {
			return false, o
		}
	}
	return false, o
}

func (d *Deliverer) tlsConfig(t Target) *tls.Config {
	if t.TLS == TLSOpportunistic || t.TLS == TLSRequired {
		return tlsclient.Unverified(t.Host) // RFC 7435: encryption without authentication for MX hosts
	}
	return tlsclient.Config(t.Host, d.cfg.RootCAs)
}

// track registers the connections in use, so a shutdown can cut them
// (their messages stay queued).
func (d *Deliverer) track(c *client, on bool) {
	d.activeMu.Lock()
	defer d.activeMu.Unlock()
	if d.active == nil {
		d.active = map[*client]bool{}
	}
	if on {
		d.active[c] = true
	} else {
		delete(d.active, c)
	}
}

func (d *Deliverer) closeActive() {
	d.activeMu.Lock()
	defer d.activeMu.Unlock()
	for c := range d.active {
		c.c.Close()
	}
}

type client struct {
	c    *smtp.Client
	conn net.Conn // under c, for the bulk of DATA
	tls  bool
	key  string
	used time.Time
	uses int
}

// maxReuse is how many transactions one upstream connection carries
// (Postfix's smtp_connection_reuse_count_limit is similar).
const maxReuse = 100

func (d *Deliverer) connect(ctx context.Context, t Target, addr string) (*client, error) {
	dctx, cancel := context.WithTimeout(ctx, d.cfg.ConnectTimeout)
	defer cancel()
	var dialer net.Dialer
	nc, err := dialContext(dctx, &dialer, addr)
	if err != nil {
		return nil, err
	}
	helo := smtpwire.HeloFor(d.cfg.Helo, nc)
	conn, isTLS, err := handshake(nc, t, helo, d.tlsConfig(t), d.cfg.CommandTimeout)
	var tf *errTLSFailed
	if err != nil && errors.As(err, &tf) && t.TLS == TLSOpportunistic {
		nc.Close()
		d.log.Info("TLS failed, retrying without", "host", t.Host, "addr", addr, "err", err.Error())
		nc, err = dialContext(dctx, &dialer, addr)
		if err != nil {
			return nil, err
		}
		helo = smtpwire.HeloFor(d.cfg.Helo, nc)
		conn, isTLS, err = handshakeMode(nc, t, helo, nil, d.cfg.CommandTimeout, true)
	}
	if err != nil {
		nc.Close()
		return nil, fromSMTPErr(err, "CONNECT", t.Host)
	}
	version := ""
	if isTLS {
		version = "unknown"
		if tc, ok := conn.(*tls.Conn); ok {
			version = tls.VersionName(tc.ConnectionState().Version)
		}
	}
	d.cfg.Metrics.Connection(version)
	c := smtp.NewClient(conn)
	c.CommandTimeout = d.cfg.CommandTimeout
	c.SubmissionTimeout = d.cfg.CommandTimeout + 2*time.Minute
	if err := c.Hello(helo); err != nil {
		c.Close()
		return nil, fromSMTPErr(err, "EHLO", t.Host)
	}
	if t.User != "" {
		var a sasl.Client
		if c.SupportsAuth(sasl.Plain) {
			a = sasl.NewPlainClient("", t.User, t.Password)
		} else if c.SupportsAuth(sasl.Login) {
			a = sasl.NewLoginClient(t.User, t.Password)
		} else {
			c.Close()
			return nil, &replyError{Code: 530, Enhanced: "5.7.0", Text: t.Host + " offers no AUTH PLAIN or LOGIN", Stage: "AUTH", Host: t.Host}
		}
		if err := c.Auth(a); err != nil {
			c.Close()
			return nil, fromSMTPErr(err, "AUTH", t.Host)
		}
	}
	return &client{c: c, conn: conn, tls: isTLS, key: t.String() + "|" + addr + "|" + t.User}, nil
}

// tryAddr runs one SMTP transaction. fresh=false marks a retry on a new
// connection after a pooled one failed.
func (d *Deliverer) tryAddr(ctx context.Context, l *spool.Locked, t Target, addr string, rcpts []string, outs []outcome, allowPooled bool) (bool, outcome) {
	key := t.String() + "|" + addr + "|" + t.User
	var c *client
	pooled := false
	if allowPooled {
		c = d.pool.get(key)
		pooled = c != nil
	}
	if c == nil {
		var err error
		c, err = d.connect(ctx, t, addr)
		if err != nil {
			o := d.classifyErr(l.ID, err, t.Host)
			d.log.Info("attempt", "id", l.ID, "host", t.Host, "addr", addr, "reply", o.reply, "category", o.category)
			o.status = spool.StatusPending
			var re *replyError
			if errors.As(err, &re) && re.Code/100 == 5 && (re.Stage == "AUTH" || t.TLS == TLSStartTLS || t.TLS == TLSRequired) {
				// a configuration problem: keep trying (the admin can fix it), but say why
				o.status = spool.StatusPending
			}
			return false, o
		}
	}
	broken := false
	clean := false // the transaction completed: no RSET needed before the next
	c.uses++
	d.track(c, true)
	defer func() {
		d.track(c, false)
		limit := t.perConn
		if limit <= 0 {
			limit = maxReuse
		}
		if broken || d.cfg.IdleConns <= 0 || c.uses >= limit {
			if !broken {
				c.c.Quit()
			}
			c.c.Close()
			return
		}
		if !clean {
			if err := c.c.Reset(); err != nil {
				c.c.Close()
				return
			}
		}
		d.pool.put(c)
	}()
	fail := func(err error, stage string) (bool, outcome) {
		err = fromSMTPErr(err, stage, t.Host)
		var re *replyError
		if !errors.As(err, &re) {
			broken = true
		}
		o := d.classifyErr(l.ID, err, t.Host)
		d.log.Info("attempt", "id", l.ID, "host", t.Host, "addr", addr, "stage", stage, "reply", o.reply, "category", o.category, "tls", c.tls)
		return false, o
	}
	body, size := messageData(l)
	opts := &smtp.MailOptions{Size: size}
	if err := c.c.Mail(l.Envelope.From, opts); err != nil {
		if pooled && !isReply(err) {
			c.c.Close()
			broken = true
			return d.tryAddr(ctx, l, t, addr, rcpts, outs, false)
		}
		done, o := fail(err, "MAIL FROM")
		if o.status == spool.StatusFailed {
			for i := range outs {
				outs[i] = o
			}
			return true, o
		}
		return done, o
	}
	var accepted []int
	for i, r := range rcpts {
		if err := c.c.Rcpt(r, nil); err != nil {
			if !isReply(err) {
				_, o := fail(err, "RCPT TO")
				return false, o
			}
			o := d.classifyErr(l.ID, fromSMTPErr(err, "RCPT TO", t.Host), t.Host)
			d.log.Info("attempt", "id", l.ID, "host", t.Host, "addr", addr, "stage", "RCPT TO", "recipient", r, "reply", o.reply, "category", o.category, "tls", c.tls)
			outs[i] = o
			continue
		}
		accepted = append(accepted, i)
	}
	if len(accepted) == 0 {
		return true, outs[0]
	}
	w, err := c.c.Data()
	if err != nil {
		if !isReply(err) {
			_, o := fail(err, "DATA")
			return false, o
		}
		_, o := fail(err, "DATA")
		for _, i := range accepted {
			outs[i] = o
		}
		return true, o
	}
	if err := writeData(c.conn, w, body, size, d.cfg.CommandTimeout); err != nil {
		broken = true
		_, o := fail(err, "DATA")
		return false, o
	}
	resp, err := w.CloseWithResponse()
	if err != nil {
		done, o := fail(err, "END OF DATA")
		if !isReply(err) {
			return done, o
		}
		for _, i := range accepted {
			outs[i] = o
		}
		return true, o
	}
	d.cfg.Metrics.Reply(250, "END OF DATA")
	reply := "250 " + strings.ReplaceAll(resp.StatusText, "\n", " ")
	ex := explain.Explain(explain.Reply{Input: reply, Code: 250, Text: resp.StatusText, Stage: "END OF DATA", RemoteHost: t.Host})
	d.log.Info("attempt", "id", l.ID, "host", t.Host, "addr", addr, "stage", "END OF DATA", "reply", reply, "category", string(ex.Category), "tls", c.tls)
	o := outcome{status: spool.StatusDelivered, reply: reply, category: string(ex.Category), host: t.Host, summary: ex.Summary}
	clean = len(accepted) == len(rcpts)
	for _, i := range accepted {
		outs[i] = o
	}
	return true, o
}

func isReply(err error) bool {
	var se *smtp.SMTPError
	var re *replyError
	return errors.As(err, &se) || errors.As(err, &re)
}
