package deliver

import (
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/explain"
)

// fakeClock is a Clock that moves only when the test advances it; timers
// fire synchronously in Advance.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	timers []*fakeTimer
}

type fakeTimer struct {
	at      time.Time
	f       func()
	stopped bool
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) AfterFunc(d time.Duration, f func()) func() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &fakeTimer{at: c.now.Add(d), f: f}
	c.timers = append(c.timers, t)
	return func() bool {
		c.mu.Lock()
		defer c.mu.Unlock()
		was := !t.stopped
		t.stopped = true
		return was
	}
}

// Advance moves the clock by d, firing the timers due on the way in order.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	end := c.now.Add(d)
	for {
		sort.Slice(c.timers, func(i, j int) bool { return c.timers[i].at.Before(c.timers[j].at) })
		if len(c.timers) == 0 || c.timers[0].at.After(end) {
			break
		}
		t := c.timers[0]
		c.timers = c.timers[1:]
		if t.stopped {
			continue
		}
		if t.at.After(c.now) {
			c.now = t.at
		}
		c.mu.Unlock()
		t.f()
		c.mu.Lock()
	}
	c.now = end
	c.mu.Unlock()
}

// simUpstream accepts at most limit messages per second of the fake clock
// (0: any number) and answers the others 421 4.7.0 (rate-limited).
type simUpstream struct {
	limit    int
	sec      int64
	inSec    int
	accepted map[int64]int // per second
	attempts map[int64]int
}

func (u *simUpstream) answer(now time.Time) result {
	s := now.Unix()
	u.attempts[s]++
	if s != u.sec {
		u.sec, u.inSec = s, 0
	}
	if u.limit > 0 && u.inSec >= u.limit {
		return result{deferred: true, category: explain.RateLimited, reply: "421 4.7.0 Try again later, closing connection."}
	}
	u.inSec++
	u.accepted[s]++
	return result{delivered: true, category: explain.Success, reply: "250 2.0.0 OK"}
}

// TestAdaptiveBackoffConverges runs the destination limits on a fake clock
// against two simulated upstreams: one that answers 421 4.7.0 above N
// messages per second, one that takes everything. Each delivery takes 50ms;
// deferred messages come back after the profile's shortest retry wait. The
// throttled destination must converge below N within a minute and deliver
// everything without a failure while the other keeps its full rate (its
// concurrency over the delivery time), untouched.
func TestAdaptiveBackoffConverges(t *testing.T) {
	t.Parallel()
	const (
		n        = 20 // the throttling upstream's messages per second
		messages = 3000
		took     = 50 * time.Millisecond
		tick     = 10 * time.Millisecond
	)
	clock := newFakeClock()
	start := clock.Now()
	tab := newDestTable(clock, nil)
	tab.retryInitial, tab.retryMax = time.Minute, time.Hour
	prof := Profiles(BuiltinProfiles(5)).Default() // no rate limit, concurrency 5

	type msg struct{ due time.Time }
	type dest struct {
		name    string
		up      *simUpstream
		backlog []msg
		done    int
	}
	dests := []*dest{
		{name: "throttled.example.test", up: &simUpstream{limit: n}},
		{name: "free.example.test", up: &simUpstream{}},
	}
	type flight struct {
		d   *dest
		tk  ticket
		end time.Time
	}
	var inflight []flight
	for _, d := range dests {
		d.up.accepted, d.up.attempts = map[int64]int{}, map[int64]int{}
		for range messages {
			d.backlog = append(d.backlog, msg{due: start})
		}
	}
	throttledAfter := map[int64]int{} // throttling replies per second
	for clock.Now().Sub(start) < 20*time.Minute && (dests[0].done < messages || dests[1].done < messages) {
		now := clock.Now()
		// deliveries ending now get their answer
		keep := inflight[:0]
		for _, f := range inflight {
			if f.end.After(now) {
				keep = append(keep, f)
				continue
			}
			r := f.d.up.answer(now)
			tab.release(f.tk, r)
			if r.delivered {
				f.d.done++
			} else {
				throttledAfter[now.Unix()-start.Unix()]++
				f.d.backlog = append(f.d.backlog, msg{due: now.Add((&Deliverer{cfg: Config{RetryInitial: time.Minute, RetryMax: time.Hour}}).retryWait(prof, 1, r.category))})
			}
		}
		inflight = keep
		// start what the limits allow
		// (the backlog is in order of due time: deferred messages are
		// appended with a later one)
		for _, d := range dests {
			for len(d.backlog) > 0 && !d.backlog[0].due.After(now) {
				tk, ok := tab.acquire(d.name, prof, "")
				if !ok {
					break
				}
				d.backlog = d.backlog[1:]
				inflight = append(inflight, flight{d: d, tk: tk, end: now.Add(took)})
			}
		}
		if testing.Verbose() && now.Sub(start)%(10*time.Second) == 0 {
			for _, st := range tab.snapshot() {
				if st.Name == dests[0].name {
					t.Logf("%s: %s conc %d rate %.1f/min backlog %d done %d", now.Sub(start), st.State, st.Concurrency, st.PerMinute, len(dests[0].backlog), dests[0].done)
				}
			}
		}
		clock.Advance(tick)
	}

	thr, free := dests[0], dests[1]
	if thr.done != messages || free.done != messages {
		t.Fatalf("delivered %d and %d of %d each within 20 minutes", thr.done, free.done, messages)
	}
	// converged: after the first minute, the throttled destination is
	// attempted below N a second on average over every 10 s window and
	// nearly every attempt is accepted
	var attempts, refused, peak int
	for s, a := range thr.up.attempts {
		if s-start.Unix() >= 60 {
			attempts += a
			refused += a - thr.up.accepted[s]
		}
	}
	last := int64(0)
	for s := range thr.up.attempts {
		last = max(last, s)
	}
	for w := start.Unix() + 60; w+10 <= last; w++ {
		sum := 0
		for s := w; s < w+10; s++ {
			sum += thr.up.attempts[s]
		}
		peak = max(peak, sum)
	}
	if peak > 10*n {
		t.Errorf("after the first minute a 10 s window had %d attempts: above %d per second", peak, n)
	}
	if attempts == 0 || refused*20 > attempts {
		t.Errorf("after the first minute %d of %d attempts were refused (want under 5%%)", refused, attempts)
	}
	// the free destination ran at its full rate: concurrency 5 over 50ms
	full := int(time.Second / took * 5)
	for s := start.Unix(); s < start.Unix()+messages/int64(full)-1; s++ {
		if got := free.up.accepted[s]; got < full*9/10 {
			t.Errorf("second %d: the unthrottled destination took %d messages, want its full %d", s-start.Unix(), got, full)
			break
		}
	}
	var thrState, freeState DestinationState
	for _, s := range tab.snapshot() {
		switch s.Name {
		case thr.name:
			thrState = s
		case free.name:
			freeState = s
		}
	}
	if freeState.Backoffs != 0 || freeState.State != DestNormal || freeState.Concurrency != 5 || freeState.PerMinute != 0 {
		t.Errorf("unthrottled destination was slowed: %+v", freeState)
	}
	if thrState.Backoffs == 0 || thrState.Throttled == 0 || thrState.Delivered != messages || thrState.Failed != 0 {
		t.Errorf("throttled destination: %+v", thrState)
	}
	total := 0
	for _, v := range throttledAfter {
		total += v
	}
	t.Logf("throttled destination: %d throttling replies in all, %d backoffs, %d of %d attempts refused after the first minute, peak %.1f/s over 10 s, all delivered after %s; free destination delivered in %s",
		total, thrState.Backoffs, refused, attempts, float64(peak)/10, time.Unix(last, 0).Sub(start), time.Duration(messages/full)*time.Second)
}

// TestAdaptiveBackoffSteps checks the AIMD steps one by one: a throttling
// reply halves the concurrency and sets a rate from the measured one;
// replies to attempts started before the cut do not cut again; a clean
// period raises by one step; the rate never drops below one message per
// the profile's shortest retry wait.
func TestAdaptiveBackoffSteps(t *testing.T) {
	t.Parallel()
	clock := newFakeClock()
	var woken []string
	tab := newDestTable(clock, func(id string) { woken = append(woken, id) })
	tab.retryInitial, tab.retryMax = time.Minute, time.Hour
	p := Profile{Name: "gmail", Concurrency: 8, PerConnection: 100, PerMinute: 120, Retry: []time.Duration{5 * time.Minute}, Greylist: 6 * time.Minute, Clean: time.Minute}
	var tks []ticket
	for range 8 {
		tk, ok := tab.acquire("gmail", p, "")
		if !ok {
			// 120 a minute: one start per 500ms
			clock.Advance(500 * time.Millisecond)
			tk, ok = tab.acquire("gmail", p, "")
		}
		if !ok {
			t.Fatal("no slot within the rate")
		}
		tks = append(tks, tk)
		clock.Advance(500 * time.Millisecond)
	}
	if _, ok := tab.acquire("gmail", p, "M1"); ok {
		t.Fatal("a ninth delivery at concurrency 8")
	}
	throttle := result{deferred: true, category: explain.RateLimited, reply: "421-4.7.28 rate limited"}
	tab.release(tks[0], throttle)
	tab.release(tks[1], throttle) // same round: no second cut
	s := tab.snapshot()[0]
	if s.Concurrency != 4 || s.PerMinute != 60 || s.Backoffs != 1 || s.Throttled != 2 || s.State != DestBackoff {
		t.Fatalf("after a throttling round: %+v", s)
	}
	// 6 in flight at concurrency 4: M1 still waits
	if len(woken) != 0 {
		t.Fatalf("woken %v", woken)
	}
	for _, tk := range tks[2:6] {
		tab.release(tk, result{delivered: true, category: explain.Success})
	}
	// 2 in flight, but the rate (60 a minute after the cut) holds M1 for a second
	if len(woken) != 0 {
		t.Fatalf("woken before the rate allows: %v", woken)
	}
	clock.Advance(time.Second)
	if len(woken) != 1 || woken[0] != "M1" {
		t.Fatalf("M1 not woken by the rate timer: %v", woken)
	}
	tab.release(tks[6], result{delivered: true, category: explain.Success})
	tab.release(tks[7], result{delivered: true, category: explain.Success})
	// a new round that is throttled again halves again, down to the floor
	for range 10 {
		var tk ticket
		ok := false
		for waited := time.Duration(0); !ok; waited += 10 * time.Second {
			if waited > 6*time.Minute {
				t.Fatalf("no slot within 6 minutes: %+v", tab.snapshot()[0])
			}
			clock.Advance(10 * time.Second)
			tk, ok = tab.acquire("gmail", p, "")
		}
		tab.release(tk, throttle)
	}
	s = tab.snapshot()[0]
	if s.Concurrency != 1 || s.PerMinute != 0.2 {
		t.Fatalf("floor: %+v (want concurrency 1, one message per 5m retry wait = 0.2 a minute)", s)
	}
	// clean periods raise one step each: +1 concurrency, +12 a minute
	clock.Advance(5 * time.Minute)
	tk1, ok1 := tab.acquire("gmail", p, "")
	clock.Advance(time.Second)
	tab.release(tk1, result{delivered: true, category: explain.Success})
	s = tab.snapshot()[0]
	if !ok1 || s.Concurrency != 2 || s.PerMinute != 12.2 || s.State != DestRecovering {
		t.Fatalf("after a clean period: %v %+v", ok1, s)
	}
	clock.Advance(5 * time.Second) // 12.2 a minute: one start per 4.9 s
	tk2, ok2 := tab.acquire("gmail", p, "")
	clock.Advance(time.Second)
	tab.release(tk2, result{delivered: true, category: explain.Success})
	if s2 := tab.snapshot()[0]; !ok2 || s2.Concurrency != 2 {
		t.Fatalf("raised twice within one clean period: %v %+v", ok2, s2)
	}
	for range 20 {
		clock.Advance(time.Minute)
		tab.kick() // idle: raised by the sweep
	}
	s = tab.snapshot()[0]
	if s.Concurrency != 8 || s.PerMinute != 120 || s.State != DestNormal {
		t.Fatalf("back to the profile: %+v", s)
	}
}

func TestRetryWaitByCategory(t *testing.T) {
	t.Parallel()
	d := &Deliverer{cfg: Config{RetryInitial: time.Minute, RetryMax: time.Hour}}
	def := Profiles(BuiltinProfiles(5)).Default()
	gmail := Profiles(BuiltinProfiles(5)).Match([]string{"aspmx.l.google.com"})
	for _, c := range []struct {
		p    Profile
		n    int
		cat  explain.Category
		want time.Duration
	}{
		{def, 1, explain.Network, time.Minute},         // 1 minute doubling
		{def, 3, explain.ServerError, 4 * time.Minute}, // ...
		{def, 1, explain.Greylisted, 6 * time.Minute},  // not after one minute
		{def, 5, explain.Greylisted, 16 * time.Minute}, // then the schedule
		{gmail, 1, explain.RateLimited, 5 * time.Minute},
		{gmail, 2, explain.Reputation, 10 * time.Minute},
		{gmail, 9, explain.RateLimited, time.Hour},
	} {
		if got := d.retryWait(c.p, c.n, c.cat); got != c.want {
			t.Errorf("%s attempt %d %s: %s, want %s", c.p.Name, c.n, c.cat, got, c.want)
		}
	}
}

// A throttling reply that names its wait holds the whole destination that
// long; a greylisting one does not (it is about one message).
func TestRetryAfterHoldsDestination(t *testing.T) {
	t.Parallel()
	clock := newFakeClock()
	tab := newDestTable(clock, nil)
	tab.retryInitial, tab.retryMax = time.Minute, time.Hour
	p := Profiles(BuiltinProfiles(5)).Default()
	tk, _ := tab.acquire("a.example.test", p, "")
	tab.release(tk, summarize([]outcome{{status: "pending", reply: "421 4.7.0 Too many messages, retry after 10 minutes",
		category: string(explain.RateLimited), retryAfter: 10 * time.Minute}}))
	clock.Advance(9 * time.Minute)
	if _, ok := tab.acquire("a.example.test", p, ""); ok {
		t.Fatal("a delivery started before the 10 minutes the destination asked for")
	}
	clock.Advance(time.Minute)
	if _, ok := tab.acquire("a.example.test", p, ""); !ok {
		t.Fatal("no delivery after the wait")
	}
	tk, _ = tab.acquire("b.example.test", p, "")
	tab.release(tk, summarize([]outcome{{status: "pending", reply: "451 4.7.1 Greylisted, please try again in 300 seconds",
		category: string(explain.Greylisted), retryAfter: 5 * time.Minute}}))
	if _, ok := tab.acquire("b.example.test", p, ""); !ok {
		t.Fatal("greylisting held the destination")
	}
}

// The wait a reply names comes through explain into the outcome.
func TestOutcomeRetryAfter(t *testing.T) {
	t.Parallel()
	d := New(Config{})
	o := d.classifyErr("ID", &replyError{Code: 451, Enhanced: "4.7.1", Text: "Greylisted, please try again in 900 seconds", Stage: "RCPT TO"}, "mx.example.test")
	if o.category != string(explain.Greylisted) || o.retryAfter != 15*time.Minute {
		t.Errorf("outcome %+v", o)
	}
	o = d.classifyErr("ID", &replyError{Code: 421, Enhanced: "4.7.0", Text: "Try again later, closing connection.", Stage: "END OF DATA"}, "mx.example.test")
	if o.category != string(explain.RateLimited) || o.retryAfter != 0 {
		t.Errorf("outcome %+v", o)
	}
}

// Under a rate limit, each start wakes one waiting message, not all.
func TestRateWakesOneAtATime(t *testing.T) {
	t.Parallel()
	clock := newFakeClock()
	var woken []string
	tab := newDestTable(clock, func(id string) { woken = append(woken, id) })
	tab.retryInitial, tab.retryMax = time.Minute, time.Hour
	p := Profile{Name: "gmx", Concurrency: 100, PerConnection: 20, PerMinute: 60, Clean: time.Minute, Greylist: 6 * time.Minute}
	tk, ok := tab.acquire("gmx", p, "")
	if !ok {
		t.Fatal("first start refused")
	}
	for i := range 50 {
		if _, ok := tab.acquire("gmx", p, fmt.Sprint("M", i)); ok {
			t.Fatal("a second start within the rate")
		}
	}
	tab.release(tk, result{delivered: true, category: explain.Success})
	clock.Advance(time.Second) // the next start is allowed: one message is woken
	clock.Advance(500 * time.Millisecond)
	if len(woken) != 1 || woken[0] != "M0" {
		t.Fatalf("woken %v, want M0 alone", woken)
	}
	// M0 went away without starting: M1 gets the next step
	clock.Advance(time.Second)
	if len(woken) != 2 || woken[1] != "M1" {
		t.Fatalf("woken %v", woken)
	}
	if s := tab.snapshot()[0]; s.Waiting != 48 {
		t.Fatalf("waiting %d", s.Waiting)
	}
}
