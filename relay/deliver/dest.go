package deliver

import (
	"sort"
	"sync"
	"time"

	"github.com/smtpgw/smtpgw/explain"
)

// Clock is the time source of the destination limits (tests use a fake).
type Clock interface {
	Now() time.Time
	// AfterFunc calls f in its own goroutine after d; the result stops it.
	AfterFunc(d time.Duration, f func()) (stop func() bool)
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }
func (realClock) AfterFunc(d time.Duration, f func()) func() bool {
	return time.AfterFunc(d, f).Stop
}

// DestinationState is one destination as the relay sees it now: its limits
// (lowered by adaptive backoff), what is in flight and what it answered.
// Relay.Destinations returns them; `smtpgw queue status` shows them.
type DestinationState struct {
	Name    string `json:"name"`    // profile name, or the recipient domain / "smarthost" for the default profile
	Profile string `json:"profile"` // the profile it follows
	// State is "normal" (at the profile's limits), "backoff" (limits
	// lowered after rate-limit or reputation replies) or "recovering"
	// (raising them again after a clean period).
	State          string  `json:"state"`
	Concurrency    int     `json:"concurrency"`     // deliveries at once allowed now
	MaxConcurrency int     `json:"max_concurrency"` // the profile's
	PerMinute      float64 `json:"per_minute"`      // messages per minute allowed now; 0: no limit
	MaxPerMinute   int     `json:"max_per_minute"`  // the profile's; 0: no limit
	PerConnection  int     `json:"per_connection"`
	InFlight       int     `json:"in_flight"`
	Waiting        int     `json:"waiting"` // messages waiting for a slot or the rate
	Delivered      int64   `json:"delivered"`
	Deferred       int64   `json:"deferred"`
	Failed         int64   `json:"failed"`
	Throttled      int64   `json:"throttled"`  // rate-limit or reputation replies
	Greylisted     int64   `json:"greylisted"` // greylisting replies
	Backoffs       int64   `json:"backoffs"`   // times the limits were halved
	// LastThrottle is when the last rate-limit or reputation reply came.
	LastThrottle time.Time `json:"last_throttle,omitzero"`
	// LastRefusal is the last reply that was not a delivery (a deferral
	// or a failure), its category and when it came.
	LastRefusal         string    `json:"last_refusal,omitempty"`
	LastRefusalCategory string    `json:"last_refusal_category,omitempty"`
	LastRefusalAt       time.Time `json:"last_refusal_at,omitzero"`
	LastActivity        time.Time `json:"last_activity,omitzero"`
}

// Destination states.
const (
	DestNormal     = "normal"
	DestBackoff    = "backoff"
	DestRecovering = "recovering"
)

// Throttling reports whether a reply of category c asks the sender to slow
// down: explain's rate-limited and reputation categories (421 4.7.0 try
// again later, Gmail 4.7.28, Microsoft 4.7.650, Yahoo TSS04, ...).
func Throttling(c explain.Category) bool {
	return c == explain.RateLimited || c == explain.Reputation
}

// destination is the adaptive state of one destination (AIMD: halve the
// concurrency and the rate on a throttling reply, raise them by a step
// after each clean period).
type destination struct {
	name string
	prof Profile

	limit   int     // concurrency allowed now
	rate    float64 // messages per minute allowed now; 0: no limit
	ceiling float64 // for a profile without a rate: the rate measured when first throttled
	raising bool
	// floor is the lowest rate (per minute): one message per the
	// profile's shortest retry wait, the pace the destination asked for
	floor float64

	inflight  int
	nextStart time.Time // earliest start allowed by the rate
	lastStart time.Time
	gen       uint64 // bumped at each cut: replies to older attempts do not cut again
	lastCut   time.Time
	lastRaise time.Time

	// starts per second over the last minute (measured rate)
	secs  [60]int64
	count [60]int

	waiters []string
	parked  map[string]bool
	timer   func() bool
	// wokeUntil: under a rate, a woken message has the next start to
	// itself until then (so one start does not wake every waiter)
	wokeUntil time.Time

	st DestinationState
}

// cutHold is the least time between two cuts of one destination.
const cutHold = time.Second

// ticket is a slot taken on a destination.
type ticket struct {
	d   *destination
	gen uint64
}

// destTable holds every destination; one mutex (the work per call is tiny).
type destTable struct {
	mu    sync.Mutex
	clock Clock
	m     map[string]*destination
	wake  func(id string) // schedules a message now
	// retry settings of profiles without a schedule (the relay's flags)
	retryInitial, retryMax time.Duration
}

func newDestTable(c Clock, wake func(string)) *destTable {
	if c == nil {
		c = realClock{}
	}
	return &destTable{clock: c, m: map[string]*destination{}, wake: wake}
}

func (t *destTable) get(name string, p Profile) *destination {
	d, ok := t.m[name]
	if !ok || d.prof.Name != p.Name {
		d = &destination{name: name, prof: p, limit: p.Concurrency, rate: float64(p.PerMinute), parked: map[string]bool{}}
		d.floor = 1
		if w := p.RetryWait(1, t.retryInitial, t.retryMax); w > 0 {
			d.floor = max(float64(time.Minute)/float64(w), 1.0/60)
		}
		if d.limit <= 0 {
			d.limit = 1
		}
		t.m[name] = d
	}
	return d
}

// acquire takes a slot on destination name (profile p) for message id now,
// or parks id: it is woken (scheduled) when a slot or the rate allows.
func (t *destTable) acquire(name string, p Profile, id string) (ticket, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	d := t.get(name, p)
	now := t.clock.Now()
	d.st.LastActivity = now
	if d.inflight < d.limit && (d.rate <= 0 || !now.Before(d.nextStart)) {
		d.inflight++
		if d.rate > 0 {
			start := d.nextStart
			if start.Before(now) {
				start = now
			}
			d.nextStart = start.Add(time.Duration(float64(time.Minute) / d.rate))
		}
		d.lastStart = now
		d.recordStart(now)
		if d.parked[id] {
			delete(d.parked, id)
		}
		return ticket{d: d, gen: d.gen}, true
	}
	if id != "" && !d.parked[id] {
		d.parked[id] = true
		d.waiters = append(d.waiters, id)
	}
	t.armLocked(d, now)
	return ticket{}, false
}

func (d *destination) recordStart(now time.Time) {
	s := now.Unix()
	i := int(s % 60)
	if d.secs[i] != s {
		d.secs[i], d.count[i] = s, 0
	}
	d.count[i]++
}

// measuredPerMinute is the rate of the deliveries started over the last
// 10 seconds (or since the first of them, at least a second), per minute.
func (d *destination) measuredPerMinute(now time.Time) float64 {
	n := 0
	s := now.Unix()
	oldest := s
	for i := range d.secs {
		if s-d.secs[i] < 10 && d.count[i] > 0 {
			n += d.count[i]
			oldest = min(oldest, d.secs[i])
		}
	}
	span := now.Sub(time.Unix(oldest, 0))
	if span < time.Second {
		span = time.Second
	}
	return float64(n) / span.Minutes()
}

// result is what one delivery to a destination came to.
type result struct {
	delivered, failed, deferred bool
	category                    explain.Category
	reply                       string
	// retryAfter is the wait a throttling reply named ("try again in 5
	// minutes"): no delivery to the destination starts before it ends
	retryAfter time.Duration
}

// release gives back tk's slot with the attempt's result: a throttling
// reply halves the destination's limits (once per round of attempts), a
// clean result may raise them again.
func (t *destTable) release(tk ticket, r result) {
	if tk.d == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	d := tk.d
	now := t.clock.Now()
	d.inflight--
	d.st.LastActivity = now
	if r.reply != "" && !r.delivered {
		d.st.LastRefusal, d.st.LastRefusalCategory, d.st.LastRefusalAt = r.reply, string(r.category), now
	}
	switch {
	case r.delivered:
		d.st.Delivered++
	case r.failed:
		d.st.Failed++
	case r.deferred:
		d.st.Deferred++
	}
	switch {
	case Throttling(r.category):
		d.st.Throttled++
		d.st.LastThrottle = now
		// once per round: not for replies to attempts started before the
		// last cut, nor within cutHold of it (a receiver that counts per
		// second refuses the rest of that second whatever we do now)
		if tk.gen == d.gen && (d.lastCut.IsZero() || now.Sub(d.lastCut) >= cutHold) {
			d.cut(now)
		}
		if hold := now.Add(r.retryAfter); r.retryAfter > 0 && d.rate > 0 && hold.After(d.nextStart) {
			d.nextStart = hold
		}
	case r.category == explain.Greylisted:
		d.st.Greylisted++
	case r.delivered:
		d.maybeRaise(now)
	}
	t.wakeLocked(d, now)
}

// cut halves the concurrency and the rate (multiplicative decrease).
func (d *destination) cut(now time.Time) {
	d.gen++
	d.st.Backoffs++
	d.lastCut = now
	d.raising = false
	d.limit = max(1, d.limit/2)
	if d.rate <= 0 {
		// no rate limit so far: start from the rate measured over the
		// last seconds (deliveries started), halved
		measured := d.measuredPerMinute(now)
		if d.ceiling == 0 {
			d.ceiling = max(d.floor, measured)
		}
		d.rate = max(d.floor, measured/2)
	} else {
		d.rate = max(d.floor, d.rate/2)
	}
	d.nextStart = now.Add(time.Duration(float64(time.Minute) / d.rate))
}

// maybeRaise raises the limits by one step after a clean period since the
// last cut or raise (additive increase), up to the profile's.
func (d *destination) maybeRaise(now time.Time) {
	if d.atProfile() {
		return
	}
	last := d.lastCut
	if d.lastRaise.After(last) {
		last = d.lastRaise
	}
	if now.Sub(last) < d.prof.Clean {
		return
	}
	d.lastRaise = now
	d.raising = true
	if d.limit < d.prof.Concurrency {
		d.limit++
	}
	if d.rate > 0 {
		if d.prof.PerMinute > 0 {
			d.rate = min(float64(d.prof.PerMinute), d.rate+max(1, float64(d.prof.PerMinute)/10))
		} else {
			d.rate += max(1, d.ceiling/10)
			if d.rate >= d.ceiling {
				d.rate = 0 // back to no limit
			}
		}
		if d.rate > 0 {
			// the next start at the new pace
			if next := d.lastStart.Add(time.Duration(float64(time.Minute) / d.rate)); next.Before(d.nextStart) {
				d.nextStart = next
			}
		}
	}
}

func (d *destination) atProfile() bool {
	if d.limit < d.prof.Concurrency {
		return false
	}
	if d.prof.PerMinute > 0 {
		return d.rate >= float64(d.prof.PerMinute)
	}
	return d.rate <= 0
}

// wakeLocked schedules parked messages the destination can take now; when
// the rate holds them, a timer does it at the next start allowed.
func (t *destTable) wakeLocked(d *destination, now time.Time) {
	free := d.limit - d.inflight
	for free > 0 && len(d.waiters) > 0 {
		if d.rate > 0 && (now.Before(d.nextStart) || now.Before(d.wokeUntil)) {
			t.armLocked(d, now)
			return
		}
		id := d.waiters[0]
		d.waiters = d.waiters[1:]
		delete(d.parked, id)
		if t.wake != nil {
			t.wake(id)
		}
		free--
		if d.rate > 0 {
			// one per rate step: the next waits for its own start time
			d.wokeUntil = now.Add(time.Duration(float64(time.Minute) / d.rate))
			t.armLocked(d, now)
			return
		}
	}
}

// armLocked sets the destination's timer for its next start allowed.
func (t *destTable) armLocked(d *destination, now time.Time) {
	if d.timer != nil || len(d.waiters) == 0 || d.rate <= 0 {
		return
	}
	at := d.nextStart
	if d.wokeUntil.After(at) {
		at = d.wokeUntil
	}
	wait := at.Sub(now)
	if wait < 0 {
		wait = 0
	}
	d.timer = t.clock.AfterFunc(wait, func() {
		t.mu.Lock()
		defer t.mu.Unlock()
		d.timer = nil
		t.wakeLocked(d, t.clock.Now())
	})
}

// kick wakes what every destination can take now (called every second, so
// a slot whose woken message went away meanwhile is not lost) and forgets
// idle destinations of the default profile at their full limits.
func (t *destTable) kick() {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.clock.Now()
	for name, d := range t.m {
		d.maybeRaiseIdle(now)
		t.wakeLocked(d, now)
		if d.prof.Name == DefaultProfileName && d.inflight == 0 && len(d.waiters) == 0 && d.atProfile() &&
			now.Sub(d.st.LastActivity) > time.Hour {
			delete(t.m, name)
		}
	}
}

// maybeRaiseIdle raises the limits of a destination that was quiet (no
// deliveries, so no result could raise them) for a clean period.
func (d *destination) maybeRaiseIdle(now time.Time) {
	if d.inflight == 0 && len(d.waiters) == 0 {
		d.maybeRaise(now)
	}
}

// snapshot returns every destination's state, by name.
func (t *destTable) snapshot() []DestinationState {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]DestinationState, 0, len(t.m))
	for _, d := range t.m {
		s := d.st
		s.Name, s.Profile = d.name, d.prof.Name
		s.Concurrency, s.MaxConcurrency = d.limit, d.prof.Concurrency
		s.PerMinute, s.MaxPerMinute = float64(int(d.rate*10+0.5))/10, d.prof.PerMinute
		s.PerConnection = d.prof.PerConnection
		s.InFlight, s.Waiting = d.inflight, len(d.waiters)
		switch {
		case d.atProfile():
			s.State = DestNormal
		case d.raising:
			s.State = DestRecovering
		default:
			s.State = DestBackoff
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
