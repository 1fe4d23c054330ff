package send

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/smtpgw/smtpgw/explain"
)

// LoadOptions configure a small load test: Count messages over
// Concurrency connections, each session reused with RSET between messages.
type LoadOptions struct {
	Options
	Count       int
	Concurrency int
	// NewMessage builds message i (1-based); each gets its own Message-ID.
	NewMessage func(i int) (*Message, error)
	// OnProgress, when set, is called after each message with the number done.
	OnProgress func(done, total int)
}

// LoadResult summarises a load test.
type LoadResult struct {
	Count       int            `json:"count"`
	Concurrency int            `json:"concurrency"`
	Server      string         `json:"server,omitempty"`
	ElapsedMS   float64        `json:"elapsed_ms"`
	MsgsPerSec  float64        `json:"msgs_per_sec"`
	Connections int            `json:"connections"` // sessions opened
	ByStatus    map[Status]int `json:"by_status"`
	ByCategory  map[string]int `json:"by_category"` // explain category of each deferred/rejected/failed message
	Samples     []LoadSample   `json:"samples"`     // the first distinct failures
	Warnings    []string       `json:"warnings"`
	Latency     LatencySummary `json:"latency_ms"` // per accepted message, MAIL FROM to end-of-data reply
	Verdict     Status         `json:"verdict"`
}

// LatencySummary gives percentiles of per-message latency in milliseconds.
type LatencySummary struct {
	P50 float64 `json:"p50"`
	P90 float64 `json:"p90"`
	P99 float64 `json:"p99"`
	Max float64 `json:"max"`
}

// LoadSample is one failure, as an example of its kind.
type LoadSample struct {
	Status   Status           `json:"status"`
	Stage    Stage            `json:"stage"`
	Category explain.Category `json:"category,omitempty"`
	Reason   string           `json:"reason"`
	Count    int              `json:"count"`
}

// OK reports whether every message was accepted.
func (r *LoadResult) OK() bool { return r.ByStatus[Accepted] == r.Count }

// Load runs a load test. The error is for invalid options only
// (LoadOptions.Validate).
func Load(ctx context.Context, lo LoadOptions) (*LoadResult, error) {
	if err := lo.Validate(); err != nil {
		return nil, err
	}
	if lo.Concurrency < 1 {
		lo.Concurrency = 1
	}
	if lo.Concurrency > lo.Count {
		lo.Concurrency = lo.Count
	}
	o := lo.Options
	if o.Limits.MaxBytes <= 0 {
		// smtpwire caps what one connection may read (1 MiB by default);
		// a reused session reads a few replies per message, so allow 64 KiB
		// per message on top, still a bound against a flooding server.
		perConn := int64(lo.Count/lo.Concurrency + 1)
		o.Limits.MaxBytes = 1<<20 + perConn*(64<<10)
	}
	if o.Message == nil {
		m, err := lo.NewMessage(1)
		if err != nil {
			return nil, err
		}
		o.Message = m
	}
	if lo.NewMessage == nil {
		msg := o.Message
		lo.NewMessage = func(int) (*Message, error) { return msg, nil }
	}
	res := &LoadResult{Count: lo.Count, Concurrency: lo.Concurrency, ByStatus: map[Status]int{}, ByCategory: map[string]int{},
		Samples: []LoadSample{}, Warnings: []string{}}
	if o.InsecureSkipVerify {
		res.Warnings = append(res.Warnings, "WARNING: certificate verification is off: the server's certificate is NOT verified")
	}
	scratch := &Result{}
	targets, early := o.targets(ctx, scratch)
	if early != nil {
		res.ByStatus[early.Status] = lo.Count
		res.ByCategory[string(early.Category)] += lo.Count
		res.Samples = append(res.Samples, LoadSample{Status: early.Status, Stage: early.Stage, Category: early.Category, Reason: early.Reason, Count: lo.Count})
		res.Verdict = early.Status
		return res, nil
	}
	res.Server = scratch.Server

	var (
		mu        sync.Mutex
		next      atomic.Int64
		done      atomic.Int64
		latencies []float64
	)
	record := func(oc outcome, lat time.Duration) {
		mu.Lock()
		defer mu.Unlock()
		res.ByStatus[oc.status]++
		if oc.status == Accepted {
			latencies = append(latencies, ms(lat))
		} else {
			cat := oc.category
			if oc.step != nil && oc.step.Explanation != nil {
				cat = oc.step.Explanation.Category
			}
			key := string(cat)
			if key == "" {
				key = "other"
			}
			res.ByCategory[key]++
			for i := range res.Samples {
				if res.Samples[i].Reason == oc.reason && res.Samples[i].Stage == oc.stage {
					res.Samples[i].Count++
					return
				}
			}
			if len(res.Samples) < 10 {
				res.Samples = append(res.Samples, LoadSample{Status: oc.status, Stage: oc.stage, Category: cat, Reason: oc.reason, Count: 1})
			}
		}
	}
	var conns atomic.Int64
	open := func() (*session, outcome) {
		var last outcome
		for _, t := range targets {
			att := &Attempt{Host: t.host, Addr: t.addr, Port: t.port, MXPreference: t.pref}
			s := newSession(ctx, &o, t, att, nil, false)
			oc, ok := s.open()
			conns.Add(1)
			if ok {
				return s, outcome{}
			}
			if oc.broken {
				s.close()
			} else {
				s.quit()
			}
			last = oc
			if !oc.fallback {
				break
			}
		}
		return nil, last
	}
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < lo.Concurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s *session
			used := false
			for {
				i := int(next.Add(1))
				if i > lo.Count {
					break
				}
				msg, err := lo.NewMessage(i)
				if err != nil {
					record(outcome{status: Failed, stage: StageMail, reason: "building the message: " + err.Error()}, 0)
					continue
				}
				if s != nil && used {
					if !s.rset() {
						s.close()
						s = nil
					}
				}
				if s == nil {
					var oc outcome
					s, oc = open()
					used = false
					if s == nil {
						record(oc, 0)
						if lo.OnProgress != nil {
							lo.OnProgress(int(done.Add(1)), lo.Count)
						}
						continue
					}
				}
				t0 := time.Now()
				oc := s.transaction(msg)
				used = true
				record(oc, time.Since(t0))
				if oc.broken {
					s.close()
					s = nil
				}
				if lo.OnProgress != nil {
					lo.OnProgress(int(done.Add(1)), lo.Count)
				}
				if ctx.Err() != nil {
					break
				}
			}
			if s != nil {
				s.quit()
			}
		}()
	}
	wg.Wait()
	el := time.Since(start)
	res.ElapsedMS = ms(el)
	res.Connections = int(conns.Load())
	if sec := el.Seconds(); sec > 0 {
		res.MsgsPerSec = float64(res.ByStatus[Accepted]) / sec
	}
	sent := 0
	for _, n := range res.ByStatus {
		sent += n
	}
	if sent < lo.Count {
		res.ByStatus[Failed] += lo.Count - sent
		res.ByCategory["other"] += lo.Count - sent
		res.Samples = append(res.Samples, LoadSample{Status: Failed, Reason: fmt.Sprintf("not attempted: %v", ctx.Err()), Count: lo.Count - sent})
	}
	sort.Float64s(latencies)
	res.Latency = percentiles(latencies)
	switch {
	case res.OK():
		res.Verdict = Accepted
	case res.ByStatus[Accepted] > 0:
		res.Verdict = Partial
	case res.ByStatus[Rejected] > 0:
		res.Verdict = Rejected
	case res.ByStatus[Deferred] > 0:
		res.Verdict = Deferred
	default:
		res.Verdict = Failed
	}
	return res, nil
}

func percentiles(sorted []float64) LatencySummary {
	if len(sorted) == 0 {
		return LatencySummary{}
	}
	p := func(q float64) float64 {
		i := int(q*float64(len(sorted)-1) + 0.5)
		return sorted[i]
	}
	return LatencySummary{P50: p(0.5), P90: p(0.9), P99: p(0.99), Max: sorted[len(sorted)-1]}
}
