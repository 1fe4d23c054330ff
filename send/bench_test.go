package send

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkLoad measures --count throughput against a loopback go-smtp
// sink: b.N messages over C connections, sessions reused with RSET.
// Run: go test -run '^$' -bench BenchmarkLoad -benchtime 2000x ./send
func BenchmarkLoad(b *testing.B) {
	for _, c := range []int{1, 4, 16} {
		b.Run(fmt.Sprintf("concurrency=%d", c), func(b *testing.B) {
			be := &backend{}
			srv := startServer(b, be, serverConfig{})
			o, _ := opts(b, srv.Port)
			o.OnEvent = nil
			msg := o.Message
			b.ResetTimer()
			res, err := Load(context.Background(), LoadOptions{Options: o, Count: b.N, Concurrency: min(c, b.N),
				NewMessage: func(int) (*Message, error) { return msg, nil }})
			b.StopTimer()
			if err != nil {
				b.Fatal(err)
			}
			if res.ByStatus[Accepted] != b.N {
				b.Fatalf("accepted %d of %d: %+v", res.ByStatus[Accepted], b.N, res.Samples)
			}
			b.ReportMetric(res.MsgsPerSec, "msgs/s")
		})
	}
}

// BenchmarkBuildMessage measures generating one test message.
func BenchmarkBuildMessage(b *testing.B) {
	from := mustAddr(b, "a@example.test")
	for i := 0; i < b.N; i++ {
		if _, err := BuildMessage(MessageOptions{From: from, To: []Address{from}}); err != nil {
			b.Fatal(err)
		}
	}
}
