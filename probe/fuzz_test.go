package probe

import (
	"context"
	"io"
	"net"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// pipeDialer connects every dial to a server that sends data and reads
// (and discards) whatever the client says.
type pipeDialer struct{ data []byte }

func (d pipeDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	cl, srv := net.Pipe()
	go io.Copy(io.Discard, srv)
	go func() {
		srv.Write(d.data)
		srv.Close()
	}()
	return cl, nil
}

// FuzzDialogue runs the whole dialogue (greeting, EHLO, STARTTLS, TLS,
// EHLO again, QUIT) against arbitrary server bytes on every port mode: no
// panic, always a finding, never a pass for something that did not happen.
func FuzzDialogue(f *testing.F) {
	f.Add([]byte("220 mx ESMTP\r\n250-mx\r\n250 STARTTLS\r\n220 go\r\n\x16\x03\x03\x00\x02\x02\x28"))
	f.Add([]byte("220 mx\r\n250-mx\r\n250-AUTH PLAIN\r\n250 SIZE 10\r\n221 bye\r\n"))
	f.Add([]byte("220 mx\r\n500 what\r\n250 ok\r\n221 bye\r\n"))
	f.Add([]byte("421 4.7.0 busy\r\n"))
	f.Add([]byte("\x16\x03\x01\x00\x05hello"))
	f.Add([]byte("220-a\r\n220-b\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, port := range []int{25, 587, 465} {
			opts := Options{
				Dialer: pipeDialer{data: data}, HELO: "probe.example.test",
				Timeout: 2 * time.Second, StepTimeout: 200 * time.Millisecond,
				Limits: smtpwireLimitsForFuzz(),
			}
			res, err := Probe(context.Background(), opts, Target{Input: "192.0.2.1", Addr: "192.0.2.1", Port: port})
			if err != nil {
				t.Fatal(err)
			}
			c := res.Targets[0].Connections[0]
			if len(c.Findings) == 0 {
				t.Fatalf("port %d: no findings", port)
			}
			for _, fd := range c.Findings {
				if fd.ID == "tls.cert.ok" || fd.ID == "starttls.ok" {
					t.Fatalf("port %d: %s from fuzz bytes", port, fd.ID)
				}
				if fd.Status != finding.Pass && len(fd.Remediation) == 0 {
					t.Fatalf("%s without remediation", fd.ID)
				}
			}
		}
	})
}

func smtpwireLimitsForFuzz() smtpwire.Limits {
	return smtpwire.Limits{MaxLines: 16, MaxLineBytes: 256, MaxBytes: 8192}
}
