package relay

import (
	"bufio"
	"crypto/tls"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/internal/testpki"
	"github.com/smtpgw/smtpgw/relay/deliver"
	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
	"github.com/smtpgw/smtpgw/relay/spool"
)

func waitDone(t *testing.T, h *harness) {
	t.Helper()
	select {
	case <-h.done:
	case <-time.After(20 * time.Second):
		t.Fatal("relay did not stop")
	}
}

func sinkTo(up *upstream.Server) func(*Options) {
	return func(o *Options) {
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
	}
}

// A session in a transaction at SIGTERM finishes it within the grace
// period; its message is acknowledged and stays queued (no delivery starts
// once the relay stops), the session is then told 421 4.3.2, and the next
// start delivers the message once.
func TestGracefulStop(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	dir := t.TempDir()
	h := startRelay(t, dir, func(o *Options) {
		o.Grace = 30 * time.Second
		sinkTo(up)(o)
	})
	c := dialRaw(t, h.addr)
	c.cmd("EHLO client.example.test", "250")
	c.cmd("MAIL FROM:<a@example.test>", "250")
	c.cmd("RCPT TO:<b@example.test>", "250")
	c.cmd("DATA", "354")
	c.c.Write([]byte("Subject: in flight\r\n\r\n"))
	h.cancel() // SIGTERM
	waitFor(t, "listener closed", 10*time.Second, func() bool {
		conn, err := net.DialTimeout("tcp", h.addr, time.Second)
		if err == nil {
			conn.Close()
		}
		return err != nil
	})
	c.c.Write([]byte("body\r\n.\r\n"))
	if r := c.reply(); !strings.HasPrefix(r, "250 2.0.0 Ok: queued as ") {
		t.Fatalf("in-flight message: %q", r)
	}
	c.c.Write([]byte("QUIT\r\n"))
	if r := c.reply(); !strings.HasPrefix(r, "421 4.3.2 relay.example.test Service shutting down") {
		t.Errorf("after the transaction, during the stop: %q", r)
	}
	waitDone(t, h)
	if q, n := spoolCount(t, dir, spool.DirQueue), up.Count(); q != 1 || n != 0 {
		t.Fatalf("after stop: queue %d, delivered %d; want the acknowledged message queued, not delivered", q, n)
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, spool.DirTmp)); len(ents) != 0 {
		t.Errorf("tmp/ holds %d files after stop", len(ents))
	}
	startRelay(t, dir, sinkTo(up))
	up.Wait(t, 1, 10*time.Second)
	waitFor(t, "queue empty", 10*time.Second, func() bool { return spoolCount(t, dir, spool.DirQueue) == 0 })
	if n := up.Count(); n != 1 {
		t.Errorf("delivered %d times, want once", n)
	}
}

// A delivery in progress at SIGTERM gets the grace period to finish: the
// upstream's 250 is read and recorded, so the next start sends nothing
// again.
func TestStopLetsDeliveryFinish(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	holding, release := make(chan struct{}), make(chan struct{})
	up.DataReply = func(int) *smtp.SMTPError {
		close(holding)
		<-release
		return nil
	}
	dir := t.TempDir()
	h := startRelay(t, dir, func(o *Options) {
		o.Grace = 30 * time.Second
		sinkTo(up)(o)
	})
	if _, err := send(t, h.addr, "a@example.test", []string{"b@example.test"}, testMessage("finish")); err != nil {
		t.Fatal(err)
	}
	<-holding // the upstream has the data; its 250 is not sent yet
	h.cancel()
	waitFor(t, "stop begun", 10*time.Second, func() bool { return strings.Contains(h.logs.String(), `"msg":"stopping"`) })
	close(release)
	waitDone(t, h)
	if q, f, n := spoolCount(t, dir, spool.DirQueue), spoolCount(t, dir, spool.DirFailed), up.Count(); q != 0 || f != 0 || n != 1 {
		t.Fatalf("queue %d, failed %d, delivered %d; want the delivery finished within the grace period", q, f, n)
	}
	if strings.Contains(h.logs.String(), "deliveries cut") {
		t.Errorf("a delivery was cut:\n%s", h.logs)
	}
}

// A delivery still waiting for the upstream's reply when the grace period
// ends is cut; its message stays queued and goes again at the next start.
// Delivery is at least once: here the upstream accepted the first copy
// after the cut, so it gets the message twice.
func TestStopCutsDeliveryAtGraceEnd(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	holding, release := make(chan struct{}), make(chan struct{})
	up.DataReply = func(n int) *smtp.SMTPError {
		if n == 1 {
			close(holding)
			<-release
		}
		return nil
	}
	dir := t.TempDir()
	h := startRelay(t, dir, func(o *Options) {
		o.Grace = 200 * time.Millisecond
		sinkTo(up)(o)
	})
	if _, err := send(t, h.addr, "a@example.test", []string{"b@example.test"}, testMessage("cut")); err != nil {
		t.Fatal(err)
	}
	<-holding
	h.cancel()
	waitDone(t, h)
	close(release)
	if !strings.Contains(h.logs.String(), "deliveries cut at the end of the grace period") {
		t.Errorf("the cut is not logged:\n%s", h.logs)
	}
	if q := spoolCount(t, dir, spool.DirQueue); q != 1 {
		t.Fatalf("queue %d after the cut, want the message still queued", q)
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, spool.DirTmp)); len(ents) != 0 {
		t.Errorf("tmp/ holds %d files after stop", len(ents))
	}
	startRelay(t, dir, sinkTo(up))
	waitFor(t, "queue empty", 10*time.Second, func() bool { return spoolCount(t, dir, spool.DirQueue) == 0 })
	up.Wait(t, 2, 10*time.Second)
	if f := spoolCount(t, dir, spool.DirFailed); f != 0 {
		t.Errorf("failed/ holds %d", f)
	}
}

// On stop, a client outside a transaction is told 421 4.3.2 at once (in
// plain text and over STARTTLS); one inside a transaction gets the grace
// period and then the same 421; the relay closes every connection itself.
func TestStopSays421(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "relay.example.test")
	h := startRelay(t, "", func(o *Options) {
		o.Grace = 300 * time.Millisecond
		o.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	})
	idle := dialRaw(t, h.addr)
	idle.cmd("EHLO client.example.test", "250")

	inTxn := dialRaw(t, h.addr)
	inTxn.cmd("EHLO client.example.test", "250")
	inTxn.cmd("MAIL FROM:<a@example.test>", "250")

	tc := dialRaw(t, h.addr)
	tc.cmd("EHLO client.example.test", "250")
	tc.cmd("STARTTLS", "220")
	tlsConn := tls.Client(tc.c, &tls.Config{RootCAs: ca.Pool, ServerName: "relay.example.test"})
	tc.c, tc.br = tlsConn, bufio.NewReader(tlsConn)
	tc.cmd("EHLO client.example.test", "250")

	h.cancel()
	for name, c := range map[string]*rawConn{"idle": idle, "in transaction": inTxn, "STARTTLS": tc} {
		if r := c.reply(); !strings.HasPrefix(r, "421 4.3.2 relay.example.test Service shutting down") {
			t.Errorf("%s: %q, want 421 4.3.2", name, r)
		}
		if _, err := c.br.ReadByte(); err == nil {
			t.Errorf("%s: connection still open after the 421", name)
		}
	}
	waitDone(t, h)
	if !strings.Contains(h.logs.String(), "sessions closed at the end of the grace period") {
		t.Errorf("the session closed at the end of the grace period is not logged:\n%s", h.logs)
	}
}
