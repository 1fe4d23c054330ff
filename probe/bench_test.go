package probe

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/internal/testpki"
)

// benchProbe probes 1,000 loopback targets (port 25 of 127.0.0.1, mapped
// to one go-smtp server) with concurrency 256 and reports targets/s and
// the peak heap per in-flight connection.
//
//	go test -run '^$' -bench Probe1000 -benchtime 3x ./probe/
func benchProbe(b *testing.B, withTLS bool) {
	const targets, conc = 1000, 256
	g := goSMTP{}
	if withTLS {
		ca := testpki.NewCA(b)
		leaf := ca.Leaf(b, "127.0.0.1")
		g.cert = &leaf
	}
	port := startGoSMTP(b, g)
	f := newFixture(b)
	f.mapPort(25, port)
	f.opts.Concurrency = conc
	f.opts.Timeout = time.Minute
	f.opts.StepTimeout = 30 * time.Second
	ts := make([]Target, targets)
	for i := range ts {
		ts[i] = Target{Input: "127.0.0.1:25", Addr: "127.0.0.1", Port: 25}
	}

	var peak atomic.Uint64
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { // sample the heap while the probe runs
			defer wg.Done()
			var m runtime.MemStats
			t := time.NewTicker(5 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					runtime.ReadMemStats(&m)
					if m.HeapInuse > peak.Load() {
						peak.Store(m.HeapInuse)
					}
				}
			}
		}()
		res, err := Probe(context.Background(), f.opts, ts...)
		close(stop)
		wg.Wait()
		if err != nil {
			b.Fatal(err)
		}
		for _, tr := range res.Targets {
			for _, c := range tr.Connections {
				if c.Greeting == nil || c.Greeting.Code != 220 || (withTLS && c.TLS == nil) {
					b.Fatalf("target failed: %s %s", c.Error, c.ConnectError)
				}
			}
		}
	}
	el := time.Since(start)
	b.StopTimer()
	b.ReportMetric(float64(targets*b.N)/el.Seconds(), "targets/s")
	if p := peak.Load(); p > base {
		b.ReportMetric(float64(p-base)/conc/1024, "KiB/inflight")
	}
}

func BenchmarkProbe1000STARTTLS(b *testing.B) { benchProbe(b, true) }
func BenchmarkProbe1000Plain(b *testing.B)    { benchProbe(b, false) }
