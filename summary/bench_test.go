package summary

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/smtpgw/smtpgw/internal/maillog"
)

// BenchmarkReadLog measures log summarising throughput over a generated
// log of each flavor (32 MB, about 20% of deliveries failing), one
// summary per iteration. Run on one core:
//
//	go test -run '^$' -bench ReadLog -cpu 1 ./summary/
//
// MB/s is wall-clock; MB/cpu-s divides by the CPU time the process used,
// which stays meaningful on a busy machine.
func BenchmarkReadLog(b *testing.B) {
	for _, fl := range []struct {
		name   string
		flavor maillog.Flavor
	}{{"postfix", maillog.Postfix}, {"exim", maillog.Exim}, {"sendmail", maillog.Sendmail}} {
		var buf bytes.Buffer
		if _, err := maillog.Write(&buf, maillog.Options{Flavor: fl.flavor, Seed: 1, Bytes: 32 << 20}); err != nil {
			b.Fatal(err)
		}
		b.Run(fl.name, func(b *testing.B) {
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			c0 := cpuTime()
			for b.Loop() {
				s := mustNew(b, Options{})
				if err := s.ReadLog(bytes.NewReader(buf.Bytes()), "bench.log"); err != nil {
					b.Fatal(err)
				}
				if s.Totals().Failures == 0 {
					b.Fatal("no failure found in the generated log")
				}
			}
			if cpu := cpuTime() - c0; cpu > 0 {
				b.ReportMetric(float64(buf.Len())*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
			}
		})
	}
}

// BenchmarkReadLogMemory streams a 1 GB generated Postfix log through a
// summary without holding it (the generator writes into a pipe) and reports
// the heap the summary retains at the end and the peak heap seen while
// reading: both stay flat whatever the log's size.
//
//	go test -run '^$' -bench ReadLogMemory -benchtime 1x ./summary/
func BenchmarkReadLogMemory(b *testing.B) {
	for _, size := range []int64{100 << 20, 1 << 30} {
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			for b.Loop() {
				pr, pw := io.Pipe()
				go func() {
					_, err := maillog.Write(pw, maillog.Options{Seed: 2, Bytes: size})
					pw.CloseWithError(err)
				}()
				var peak uint64
				s := mustNew(b, Options{Progress: func(Totals) { peak = max(peak, heapInUse()) }})
				if err := s.ReadLog(pr, "pipe"); err != nil {
					b.Fatal(err)
				}
				runtime.GC()
				rep := s.Report()
				b.ReportMetric(float64(heapInUse())/(1<<20), "retained-MB")
				b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
				b.ReportMetric(float64(rep.Totals.Failures), "failures")
			}
		})
	}
}

func heapInUse() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// BenchmarkReadBouncesMemory streams an mbox of 100,000 generated Postfix
// bounces (about 150 MB) through a summary and reports the heap retained at
// the end and the peak heap while reading.
//
//	go test -run '^$' -bench ReadBouncesMemory -benchtime 1x ./summary/
func BenchmarkReadBouncesMemory(b *testing.B) {
	const n = 100000
	for b.Loop() {
		pr, pw := io.Pipe()
		go func() { pw.CloseWithError(maillog.WriteBounceMbox(pw, n, 3)) }()
		var peak uint64
		s := mustNew(b, Options{Progress: func(Totals) { peak = max(peak, heapInUse()) }})
		if err := s.ReadBounces(pr, "bounces.mbox"); err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		t := s.Totals()
		if t.Messages != n || t.Failures != n {
			b.Fatalf("%d messages, %d failures, want %d", t.Messages, t.Failures, n)
		}
		b.ReportMetric(float64(t.Bytes)/(1<<20), "MB-read")
		b.ReportMetric(float64(heapInUse())/(1<<20), "retained-MB")
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	}
}
