package relay

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/relay/deliver"
	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
	"github.com/smtpgw/smtpgw/relay/spool"
	"github.com/smtpgw/smtpgw/resolver"
)

// throttler answers the end of DATA with Gmail's 421 4.7.0 "Try again
// later" above n messages per wall-clock second (0: never), or, when
// burst > 0, to the burst attempts that follow the first n whatever the
// time; it counts attempts and acceptances per second.
type throttler struct {
	mu       sync.Mutex
	n        int
	burst    int
	seen     int
	sec      int64
	in       int
	refused  int
	attempts map[int64]int
	accepted map[int64]int
}

func newThrottler(n int) *throttler {
	return &throttler{n: n, attempts: map[int64]int{}, accepted: map[int64]int{}}
}

// newBurstThrottler refuses the burst attempts after the first n, then
// takes everything: the refusals do not depend on how fast the relay
// delivers (a machine under load may start fewer than n a second).
func newBurstThrottler(n, burst int) *throttler {
	th := newThrottler(n)
	th.burst = burst
	return th
}

func (th *throttler) reply(int) *smtp.SMTPError {
	th.mu.Lock()
	defer th.mu.Unlock()
	s := time.Now().Unix()
	th.attempts[s]++
	th.seen++
	if s != th.sec {
		th.sec, th.in = s, 0
	}
	refuse := th.n > 0 && th.in >= th.n
	if th.burst > 0 {
		refuse = th.seen > th.n && th.seen <= th.n+th.burst
	}
	if refuse {
		th.refused++
		return &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 7, 0}, Message: "Try again later, closing connection."}
	}
	th.in++
	th.accepted[s]++
	return nil
}

// twoDestinations is a relay delivering by MX to throttled.example.test
// (an upstream that throttles above n a second) and free.example.test (one
// that takes everything).
type twoDestinations struct {
	h         *harness
	thr, free *upstream.Server
	th, fr    *throttler
}

func startTwoDestinations(t testing.TB, th *throttler, mod func(*Options)) *twoDestinations {
	w := &twoDestinations{th: th, fr: newThrottler(0)}
	w.thr = upstream.Start(t, upstream.Options{})
	w.thr.Discard = true
	w.thr.DataReply = w.th.reply
	w.free = upstream.Start(t, upstream.Options{})
	w.free.Discard = true
	w.free.DataReply = w.fr.reply
	dns := testdns.Start(t,
		"throttled.example.test. 300 IN MX 10 mx.throttled.example.test.",
		"mx.throttled.example.test. 300 IN A 127.0.0.1",
		"free.example.test. 300 IN MX 10 mx.free.example.test.",
		"mx.free.example.test. 300 IN A 127.0.0.1")
	w.h = startRelayTB(t, "", func(o *Options) {
		o.Deliver.Resolver = resolver.New(dns.Addr)
		o.Deliver.PortMap = map[string]string{"mx.throttled.example.test:25": w.thr.Addr, "mx.free.example.test:25": w.free.Addr}
		o.Deliver.Bounce = true
		if mod != nil {
			mod(o)
		}
	})
	return w
}

func (w *twoDestinations) dest(name string) deliver.DestinationState {
	for _, d := range w.h.r.Destinations() {
		if d.Name == name {
			return d
		}
	}
	return deliver.DestinationState{}
}

// TestThrottledDestinationBacksOff: an upstream that answers 421 4.7.0
// (here to 5 messages after the first 10) gets its limits halved and every
// message in the end, none bounced; the other destination is not slowed.
// (What is asserted does not depend on timing: the upstream refuses by
// count, not by messages per second, which a loaded machine may never
// reach; after the cut the limits stay lowered for the profile's clean
// period, a minute.)
func TestThrottledDestinationBacksOff(t *testing.T) {
	t.Parallel()
	const n, messages = 10, 30
	w := startTwoDestinations(t, newBurstThrottler(n, 5), func(o *Options) {
		o.Deliver.RetryInitial, o.Deliver.RetryMax = 200*time.Millisecond, time.Second
	})
	for i := range messages {
		for _, dom := range []string{"throttled", "free"} {
			if _, err := send(t, w.h.addr, "app@example.test", []string{fmt.Sprintf("user%d@%s.example.test", i, dom)}, testMessage("m")); err != nil {
				t.Fatal(err)
			}
		}
	}
	w.free.Wait(t, messages, 30*time.Second)
	w.thr.Wait(t, messages, 60*time.Second)
	waitFor(t, "queue empty", 10*time.Second, func() bool { return spoolCount(t, w.h.spool, spool.DirQueue) == 0 })
	if n := spoolCount(t, w.h.spool, spool.DirFailed); n != 0 {
		t.Errorf("%d failed messages", n)
	}
	for _, m := range append(w.thr.Messages(), w.free.Messages()...) {
		if m.From == "" {
			t.Errorf("a bounce was sent: %s", m.Data)
		}
	}
	thr, free := w.dest("throttled.example.test"), w.dest("free.example.test")
	w.th.mu.Lock()
	refused := w.th.refused
	w.th.mu.Unlock()
	if refused == 0 || thr.Backoffs == 0 || thr.Throttled != int64(refused) || thr.Delivered != messages || thr.Failed != 0 ||
		thr.Concurrency >= thr.MaxConcurrency || thr.PerMinute == 0 || thr.LastThrottle.IsZero() {
		t.Errorf("throttled destination (%d refusals): %+v", refused, thr)
	}
	if free.Backoffs != 0 || free.Throttled != 0 || free.Delivered != messages || free.State != deliver.DestNormal || free.Concurrency != free.MaxConcurrency || free.PerMinute != 0 {
		t.Errorf("unthrottled destination was slowed: %+v", free)
	}
	if !strings.Contains(w.h.logs.String(), `"category":"rate-limited"`) {
		t.Error("the 421 replies are not logged with their category")
	}
}

// TestGreylistedWaitsMinutes: a greylisting reply (451 4.7.1) is retried
// after the profile's greylisting delay (6 minutes), not after
// --retry-initial.
func TestGreylistedWaitsMinutes(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	up.RcptReply = func(to string) *smtp.SMTPError {
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 7, 1}, Message: "<" + to + ">: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.test.html"}
	}
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
	})
	reply, err := send(t, h.addr, "app@example.test", []string{"user@example.test"}, testMessage("grey"))
	if err != nil {
		t.Fatal(err)
	}
	id := reply[strings.LastIndex(reply, " ")+1:]
	sp, err := spool.OpenExisting(h.spool)
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	var m *spool.Message
	waitFor(t, "the first attempt", 10*time.Second, func() bool {
		m, err = sp.Get(id)
		return err == nil && m.State.Attempts == 1
	})
	r := m.State.Rcpts[0]
	wait := r.RetryAt.Sub(r.Updated)
	if r.Category != "greylisted" || wait < 6*time.Minute-time.Second || wait > 6*time.Minute+time.Second ||
		m.State.NextAttempt.Sub(r.RetryAt).Abs() > time.Second {
		t.Errorf("greylisted recipient retried after %s (want 6m, not the 100ms --retry-initial): %+v next %s", wait, r, m.State.NextAttempt)
	}
	if d := h.r.Destinations(); len(d) != 1 || d[0].Name != "smarthost" || d[0].Greylisted != 1 || d[0].Backoffs != 0 {
		t.Errorf("destinations: %+v", d)
	}
	// `queue retry` clears the wait
	if err := sp.Retry(id); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the retry", 10*time.Second, func() bool {
		m, err = sp.Get(id)
		return err == nil && m.State.Attempts == 2
	})
}

// BenchmarkThrottledDestination measures, in real time, a relay delivering
// b.N rounds of 300 messages to each of two destinations, sent by 10
// clients at once: one that answers 421 4.7.0 above 20 messages a second
// ("throttled"; it takes everything in "baseline"), one that takes
// everything. It reports each destination's delivery rate, the intake, the
// throttled destination's attempts per second after it converged (peak
// over 5 s windows), its refusals and backoffs, and how long until no
// second had more attempts than the upstream takes. Profile: default
// (concurrency 5, no rate limit), clean period 5 s so the additive increase
// shows within the run, retries after 1 s.
//
//	go test ./relay -run '^$' -bench ThrottledDestination -benchtime 1x
func BenchmarkThrottledDestination(b *testing.B) {
	// baseline: the same run with neither destination throttling, for the
	// unthrottled destination's rate when nothing slows the other
	b.Run("throttled", func(b *testing.B) { benchTwoDestinations(b, 20) })
	b.Run("baseline", func(b *testing.B) { benchTwoDestinations(b, 0) })
}

func benchTwoDestinations(b *testing.B, n int) {
	const messages, senders = 300, 10
	ps, err := deliver.Profiles(deliver.BuiltinProfiles(5)).WithDestinations([]string{"default:clean=5s"})
	if err != nil {
		b.Fatal(err)
	}
	for range b.N {
		w := startTwoDestinations(b, newThrottler(n), func(o *Options) {
			o.Deliver.RetryInitial, o.Deliver.RetryMax = time.Second, 5*time.Second
			o.Deliver.Profiles = ps
		})
		start := time.Now()
		var freeDone, thrDone time.Duration
		intake := make(chan time.Duration, 1)
		go func() {
			// 10 clients at once, each sending its share to both destinations
			var wg sync.WaitGroup
			for c := range senders {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := c; i < messages; i += senders {
						for _, dom := range []string{"throttled", "free"} {
							send(b, w.h.addr, "app@example.test", []string{fmt.Sprintf("user%d@%s.example.test", i, dom)}, testMessage("m"))
						}
					}
				}()
			}
			wg.Wait()
			intake <- time.Since(start)
		}()
		for freeDone == 0 || thrDone == 0 {
			if freeDone == 0 && w.free.Count() >= messages {
				freeDone = time.Since(start)
			}
			if thrDone == 0 && w.thr.Count() >= messages {
				thrDone = time.Since(start)
			}
			if time.Since(start) > 5*time.Minute {
				b.Fatalf("not delivered within 5 minutes: %d and %d", w.thr.Count(), w.free.Count())
			}
			time.Sleep(10 * time.Millisecond)
		}
		w.th.mu.Lock()
		secs := make([]int64, 0, len(w.th.attempts))
		for s := range w.th.attempts {
			secs = append(secs, s)
		}
		sort.Slice(secs, func(i, j int) bool { return secs[i] < secs[j] })
		converged := 0.0
		for _, s := range secs {
			if w.th.attempts[s] > n {
				converged = float64(s-start.Unix()) + 1
			}
		}
		peak := 0
		for _, s := range secs {
			if float64(s-start.Unix()) < converged {
				continue
			}
			sum := 0
			for x := s; x < s+5; x++ {
				sum += w.th.attempts[x]
			}
			peak = max(peak, sum)
		}
		refused := w.th.refused
		w.th.mu.Unlock()
		thr := w.dest("throttled.example.test")
		b.ReportMetric(float64(messages)/(<-intake).Seconds(), "intake-msgs/s-per-dest")
		b.ReportMetric(float64(messages)/freeDone.Seconds(), "free-msgs/s")
		b.ReportMetric(float64(messages)/thrDone.Seconds(), "throttled-msgs/s")
		b.ReportMetric(float64(peak)/5, "throttled-peak-attempts/s")
		b.ReportMetric(converged, "converged-s")
		b.ReportMetric(float64(refused), "refusals")
		b.ReportMetric(float64(thr.Backoffs), "backoffs")
		b.ReportMetric(float64(spoolCount(b, w.h.spool, spool.DirFailed)), "failed")
		w.h.stop()
	}
}
