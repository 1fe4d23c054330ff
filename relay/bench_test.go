package relay

import (
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/relay/deliver"
	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
)

// BenchmarkRelay pushes b.N messages from 20 concurrent clients through a
// relay (fsync on) into a loopback sink and reports messages per second
// accepted (250 received by the clients) and delivered (accepted by the
// sink). Run: go test -run '^$' -bench Relay -benchtime 5000x ./relay/
func BenchmarkRelay(b *testing.B) {
	for _, size := range []int{1 << 10, 100 << 10} {
		for _, reuse := range []bool{false, true} {
			name := fmt.Sprintf("size=%dKB/reuse=%v", size>>10, reuse)
			b.Run(name, func(b *testing.B) { benchRelay(b, size, reuse, 20) })
		}
	}
}

func benchRelay(b *testing.B, size int, reuse bool, clients int) {
	up := upstream.Start(b, upstream.Options{})
	up.Discard = true
	h := startRelayB(b, func(o *Options) {
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
		o.Deliver.MaxConcurrent = 40
		o.Deliver.MaxPerDest = 40
		o.Deliver.IdleConns = 5 * time.Second
		o.Server.MaxConns, o.Server.MaxConnsPerIP = 1000, 1000
	})
	body := "From: <bench@example.test>\r\nTo: <sink@example.test>\r\nSubject: bench\r\n\r\n" +
		strings.Repeat(strings.Repeat("x", 78)+"\r\n", size/80)
	var next atomic.Int64
	var failed atomic.Int64
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var cl *smtp.Client
			for next.Add(1) <= int64(b.N) {
				if cl == nil {
					conn, err := net.Dial("tcp", h.addr)
					if err != nil {
						failed.Add(1)
						continue
					}
					cl = smtp.NewClient(conn)
				}
				if err := sendOne(cl, body); err != nil {
					failed.Add(1)
					cl.Close()
					cl = nil
					continue
				}
				if !reuse {
					cl.Quit()
					cl = nil
				} else if err := cl.Reset(); err != nil {
					cl.Close()
					cl = nil
				}
			}
			if cl != nil {
				cl.Quit()
			}
		}()
	}
	wg.Wait()
	accepted := time.Since(start)
	want := b.N - int(failed.Load())
	deadline := time.Now().Add(5 * time.Minute)
	for up.Count() < want && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	delivered := time.Since(start)
	b.StopTimer()
	if f := failed.Load(); f > 0 {
		b.Logf("%d sends failed", f)
	}
	b.ReportMetric(float64(want)/accepted.Seconds(), "accepted/s")
	b.ReportMetric(float64(up.Count())/delivered.Seconds(), "delivered/s")
	h.stop()
}

func sendOne(c *smtp.Client, body string) error {
	if err := c.Mail("bench@example.test", nil); err != nil {
		return err
	}
	if err := c.Rcpt("sink@example.test", nil); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, body); err != nil {
		return err
	}
	return w.Close()
}
