package relay

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"github.com/smtpgw/smtpgw/internal/testio"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testpki"
	"github.com/smtpgw/smtpgw/relay/deliver"
	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
	"github.com/smtpgw/smtpgw/relay/server"
	"github.com/smtpgw/smtpgw/relay/spool"
	"github.com/smtpgw/smtpgw/resolver"
	"golang.org/x/crypto/bcrypt"
)

type harness struct {
	r      *Relay
	addr   string
	spool  string
	logs   *testio.Buffer
	stop   func()
	cancel context.CancelFunc
	done   chan struct{}
}

func loopbackNets() []netip.Prefix {
	return []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
}

// startRelay runs a relay on 127.0.0.1:0 with spoolDir (a new one when "").
func startRelay(t *testing.T, spoolDir string, mod func(*Options)) *harness {
	t.Helper()
	return startRelayTB(t, spoolDir, mod)
}

func startRelayB(b *testing.B, mod func(*Options)) *harness { return startRelayTB(b, "", mod) }

func startRelayTB(t testing.TB, spoolDir string, mod func(*Options)) *harness {
	t.Helper()
	if spoolDir == "" {
		spoolDir = t.TempDir()
	}
	logs := &testio.Buffer{}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{
		Listen:   []Listener{{Listener: l}},
		SpoolDir: spoolDir,
		Hostname: "relay.example.test",
		Logger:   slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Grace:    2 * time.Second,
		Server:   serverDefaults(),
		Deliver: deliver.Config{
			RetryInitial: 100 * time.Millisecond, RetryMax: 400 * time.Millisecond,
			ConnectTimeout: 2 * time.Second, CommandTimeout: 5 * time.Second, IdleConns: 2 * time.Second,
		},
		DeliveryDescription: "test",
	}
	if mod != nil {
		mod(&opts)
	}
	r, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { r.Run(ctx); close(done) }()
	<-r.Ready()
	h := &harness{r: r, addr: r.Addrs[0].String(), spool: spoolDir, logs: logs, cancel: cancel, done: done}
	var once sync.Once
	h.stop = func() {
		once.Do(func() {
			cancel()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Error("relay did not stop")
			}
		})
	}
	t.Cleanup(h.stop)
	return h
}

func serverDefaults() (c server.Config) {
	c.AllowNets = loopbackNets()
	c.MaxConns, c.MaxConnsPerIP = 50, 50
	c.AuthDelay, c.AuthMaxDelay = time.Millisecond, 4*time.Millisecond
	return c
}

func testMessage(subject string) string {
	return "From: <app@example.test>\r\nTo: <user@example.test>\r\nSubject: " + subject +
		"\r\nMessage-ID: <" + subject + "@example.test>\r\n\r\nHello.\r\n"
}

// send submits one message and returns the final reply text.
func send(t testing.TB, addr, from string, to []string, data string) (string, error) {
	t.Helper()
	c, err := smtp.Dial(addr)
	if err != nil {
		return "", err
	}
	defer c.Close()
	if err := c.Mail(from, nil); err != nil {
		return "", err
	}
	for _, r := range to {
		if err := c.Rcpt(r, nil); err != nil {
			return "", err
		}
	}
	w, err := c.Data()
	if err != nil {
		return "", err
	}
	if _, err := w.Write([]byte(data)); err != nil {
		return "", err
	}
	resp, err := w.CloseWithResponse()
	if err != nil {
		return "", err
	}
	c.Quit()
	return resp.StatusText, nil
}

func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func spoolCount(t testing.TB, dir, sub string) int {
	t.Helper()
	sp, err := spool.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	ids, _ := sp.IDs(sub)
	return len(ids)
}

func TestSmarthostStartTLSAuth(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "smtp.example.test")
	up := upstream.Start(t, upstream.Options{TLS: &cert})
	up.Users = map[string]string{"apikey": "s3cret"}
	up.RequireAuth = true
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Smarthosts = []deliver.Target{{Host: "smtp.example.test", Port: 587, TLS: deliver.TLSStartTLS, User: "apikey", Password: "s3cret"}}
		o.Deliver.PortMap = map[string]string{"smtp.example.test:587": up.Addr}
		o.Deliver.RootCAs = ca.Pool
	})
	reply, err := send(t, h.addr, "app@example.test", []string{"user@example.test"}, testMessage("smarthost"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(reply, "queued as ") {
		t.Errorf("reply %q carries no queue id", reply)
	}
	id := reply[strings.Index(reply, "queued as ")+len("queued as "):]
	msgs := up.Wait(t, 1, 10*time.Second)
	m := msgs[0]
	if !m.TLS || m.User != "apikey" || m.From != "app@example.test" || len(m.To) != 1 || m.To[0] != "user@example.test" {
		t.Errorf("upstream got %+v", m)
	}
	if !bytes.Contains(m.Data, []byte("Received: from ")) || !bytes.Contains(m.Data, []byte("id "+id)) || !bytes.Contains(m.Data, []byte("Subject: smarthost")) {
		t.Errorf("data lacks Received: or the message:\n%s", m.Data)
	}
	waitFor(t, "queue empty", 5*time.Second, func() bool { return spoolCount(t, h.spool, spool.DirQueue) == 0 })
	logs := h.logs.String()
	for _, want := range []string{`"msg":"received"`, `"id":"` + id + `"`, `"message_id":"<smarthost@example.test>"`, `"msg":"delivered"`, `"host":"smtp.example.test"`} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %s:\n%s", want, logs)
		}
	}
}

func TestSmarthostFailoverAndTLSRequired(t *testing.T) {
	t.Parallel()
	// The first smarthost offers no STARTTLS: it must not get the message.
	plain := upstream.Start(t, upstream.Options{})
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "b.example.test")
	good := upstream.Start(t, upstream.Options{TLS: &cert})
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Smarthosts = []deliver.Target{
			{Host: "a.example.test", Port: 587, TLS: deliver.TLSStartTLS},
			{Host: "b.example.test", Port: 587, TLS: deliver.TLSStartTLS},
		}
		o.Deliver.PortMap = map[string]string{"a.example.test:587": plain.Addr, "b.example.test:587": good.Addr}
		o.Deliver.RootCAs = ca.Pool
	})
	if _, err := send(t, h.addr, "app@example.test", []string{"user@example.test"}, testMessage("failover")); err != nil {
		t.Fatal(err)
	}
	good.Wait(t, 1, 10*time.Second)
	if plain.Count() != 0 {
		t.Errorf("the smarthost without STARTTLS got %d messages", plain.Count())
	}
}

// mxSetup runs a DNS server for example.test with two MX hosts.
func mxSetup(t *testing.T, zone ...string) *resolver.Resolver {
	base := []string{
		"example.test. 300 IN MX 10 mx1.example.test.",
		"example.test. 300 IN MX 20 mx2.example.test.",
		"mx1.example.test. 300 IN A 127.0.0.1",
		"mx2.example.test. 300 IN A 127.0.0.1",
	}
	srv := testdns.Start(t, append(base, zone...)...)
	return resolver.New(srv.Addr)
}

func deadAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	a := l.Addr().String()
	l.Close()
	return a
}

func TestMXFallbackToSecond(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	res := mxSetup(t)
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Resolver = res
		o.Deliver.PortMap = map[string]string{"mx1.example.test:25": deadAddr(t), "mx2.example.test:25": up.Addr}
	})
	if _, err := send(t, h.addr, "app@example.test", []string{"user@example.test"}, testMessage("mx")); err != nil {
		t.Fatal(err)
	}
	up.Wait(t, 1, 10*time.Second)
	logs := h.logs.String()
	if !strings.Contains(logs, `"host":"mx1.example.test"`) || !strings.Contains(logs, `"category":"network"`) {
		t.Errorf("the failed attempt on mx1 is not logged:\n%s", logs)
	}
}

func TestNullMXFailsAtOnce(t *testing.T) {
	t.Parallel()
	srv := testdns.Start(t, "nomail.test. 300 IN MX 0 .")
	h := startRelay(t, "", func(o *Options) { o.Deliver.Resolver = resolver.New(srv.Addr) })
	if _, err := send(t, h.addr, "app@example.test", []string{"user@nomail.test"}, testMessage("nullmx")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "failed/", 5*time.Second, func() bool { return spoolCount(t, h.spool, spool.DirFailed) == 1 })
	sp, _ := spool.Open(h.spool)
	defer sp.Close()
	ms, _ := sp.List(spool.DirFailed)
	if len(ms) != 1 || !strings.Contains(ms[0].State.Rcpts[0].Reply, "5.1.10") || ms[0].State.Attempts != 1 {
		t.Fatalf("failed message: %+v", ms)
	}
}

func TestTransientThenDelivered(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	up.DataReply = func(n int) *smtp.SMTPError {
		if n == 1 {
			return &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 7, 0}, Message: "Too many connections"}
		}
		return nil
	}
	res := mxSetup(t)
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Resolver = res
		o.Deliver.PortMap = map[string]string{"mx1.example.test:25": up.Addr, "mx2.example.test:25": deadAddr(t)}
	})
	if _, err := send(t, h.addr, "app@example.test", []string{"user@example.test"}, testMessage("retry")); err != nil {
		t.Fatal(err)
	}
	up.Wait(t, 1, 10*time.Second)
	waitFor(t, "queue empty", 5*time.Second, func() bool { return spoolCount(t, h.spool, spool.DirQueue) == 0 })
	logs := h.logs.String()
	if !strings.Contains(logs, `"msg":"deferred"`) || !strings.Contains(logs, `"next_attempt"`) || !strings.Contains(logs, `421 4.7.0 Too many connections`) ||
		!strings.Contains(logs, `"category":"rate-limited"`) {
		t.Errorf("no deferral logged:\n%s", logs)
	}
}

func TestPermanentFailureWithBounce(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	up.RcptReply = func(to string) *smtp.SMTPError {
		if strings.HasPrefix(to, "nobody@") {
			return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "User unknown"}
		}
		return nil
	}
	res := mxSetup(t)
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Resolver = res
		o.Deliver.Bounce = true
		o.Deliver.PortMap = map[string]string{"mx1.example.test:25": up.Addr, "mx2.example.test:25": up.Addr}
	})
	// mixed recipients: one accepted, one refused
	if _, err := send(t, h.addr, "app@example.test", []string{"user@example.test", "nobody@example.test"}, testMessage("bounce")); err != nil {
		t.Fatal(err)
	}
	msgs := up.Wait(t, 2, 10*time.Second) // the message for user@, then the DSN to app@
	var orig, dsn *upstream.Message
	for i := range msgs {
		if msgs[i].From == "" {
			dsn = &msgs[i]
		} else {
			orig = &msgs[i]
		}
	}
	if orig == nil || len(orig.To) != 1 || orig.To[0] != "user@example.test" {
		t.Fatalf("original delivery: %+v", orig)
	}
	if dsn == nil || dsn.To[0] != "app@example.test" {
		t.Fatalf("no DSN to the sender: %+v", msgs)
	}
	for _, want := range []string{"multipart/report; report-type=delivery-status", "Final-Recipient: rfc822; nobody@example.test",
		"Action: failed", "Status: 5.1.1", "Diagnostic-Code: smtp; 550 5.1.1 User unknown", "Subject: bounce"} {
		if !bytes.Contains(dsn.Data, []byte(want)) {
			t.Errorf("DSN lacks %q:\n%s", want, dsn.Data)
		}
	}
	sp, _ := spool.Open(h.spool)
	defer sp.Close()
	waitFor(t, "failed/", 5*time.Second, func() bool { ms, _ := sp.List(spool.DirFailed); return len(ms) == 1 })
	ms, _ := sp.List(spool.DirFailed)
	st := ms[0].State
	if !strings.Contains(st.Reason, "nobody@example.test: 550 5.1.1 User unknown") {
		t.Errorf("reason %q", st.Reason)
	}
	for _, r := range st.Rcpts {
		want := map[string]string{"user@example.test": spool.StatusDelivered, "nobody@example.test": spool.StatusFailed}[r.Addr]
		if r.Status != want {
			t.Errorf("%s: status %s, want %s", r.Addr, r.Status, want)
		}
		if r.Status == spool.StatusFailed && r.Category != "user-unknown" {
			t.Errorf("%s: category %q, want user-unknown (explain)", r.Addr, r.Category)
		}
	}
}

// refusingUpstream starts an upstream that defers every message (451 4.3.0)
// until accept is called.
func refusingUpstream(t *testing.T) (up *upstream.Server, accept func()) {
	up = upstream.Start(t, upstream.Options{})
	var mu sync.Mutex
	refuse := true
	up.DataReply = func(int) *smtp.SMTPError {
		mu.Lock()
		defer mu.Unlock()
		if refuse {
			return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Try later"}
		}
		return nil
	}
	return up, func() {
		mu.Lock()
		refuse = false
		mu.Unlock()
	}
}

func TestRestartResumesQueue(t *testing.T) {
	t.Parallel()
	up, accept := refusingUpstream(t)
	res := mxSetup(t)
	dir := t.TempDir()
	mod := func(o *Options) {
		o.Deliver.Resolver = res
		o.Deliver.RetryInitial = time.Hour // no retry within the first run
		o.Deliver.PortMap = map[string]string{"mx1.example.test:25": up.Addr, "mx2.example.test:25": deadAddr(t)}
	}
	h := startRelay(t, dir, mod)
	if _, err := send(t, h.addr, "app@example.test", []string{"user@example.test"}, testMessage("restart")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "deferral", 5*time.Second, func() bool { return strings.Contains(h.logs.String(), `"msg":"deferred"`) })
	h.stop()
	if n := spoolCount(t, dir, spool.DirQueue); n != 1 {
		t.Fatalf("queue holds %d messages after stop, want 1", n)
	}
	accept()
	sp, _ := spool.Open(dir)
	ids, _ := sp.IDs(spool.DirQueue)
	if err := sp.Retry(ids[0]); err != nil { // as `smtpgw queue retry` does
		t.Fatal(err)
	}
	sp.Close()
	h2 := startRelay(t, dir, mod)
	up.Wait(t, 1, 10*time.Second)
	waitFor(t, "queue empty", 5*time.Second, func() bool { return spoolCount(t, h2.spool, spool.DirQueue) == 0 })
}

func TestMaxQueueTimeExpires(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	up.DataReply = func(int) *smtp.SMTPError {
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 7, 1}, Message: "greylisted, try again"}
	}
	res := mxSetup(t)
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Resolver = res
		o.Deliver.MaxQueueTime = 600 * time.Millisecond
		o.Deliver.PortMap = map[string]string{"mx1.example.test:25": up.Addr, "mx2.example.test:25": up.Addr}
	})
	if _, err := send(t, h.addr, "app@example.test", []string{"user@example.test"}, testMessage("expire")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "failed/", 10*time.Second, func() bool { return spoolCount(t, h.spool, spool.DirFailed) == 1 })
	sp, _ := spool.Open(h.spool)
	defer sp.Close()
	ms, _ := sp.List(spool.DirFailed)
	if r := ms[0].State.Rcpts[0]; r.Category != "expired" || !strings.Contains(r.Reply, "greylisted") {
		t.Errorf("expired recipient: %+v", r)
	}
	if !strings.Contains(h.logs.String(), `"category":"greylisted"`) {
		t.Errorf("attempts not classified as greylisted:\n%s", h.logs.String())
	}
}

// A message whose queue lifetime ran out before its next attempt (the relay
// was down, or the lifetime is shorter than the wait) is tried once more
// and delivered if it can be, as Postfix's maximal_queue_lifetime does:
// the lifetime ends a message only when a delivery fails temporarily.
func TestExpiredMessageTriedOnceMore(t *testing.T) {
	t.Parallel()
	up, accept := refusingUpstream(t)
	res := mxSetup(t)
	dir := t.TempDir()
	h := startRelay(t, dir, func(o *Options) {
		o.Deliver.Resolver = res
		o.Deliver.RetryInitial = time.Hour // no retry within the first run
		o.Deliver.PortMap = map[string]string{"mx1.example.test:25": up.Addr, "mx2.example.test:25": deadAddr(t)}
	})
	if _, err := send(t, h.addr, "app@example.test", []string{"user@example.test"}, testMessage("late")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "deferral", 10*time.Second, func() bool { return strings.Contains(h.logs.String(), `"msg":"deferred"`) })
	h.stop()
	accept()
	// the relay comes back with a lifetime the message has long passed
	h2 := startRelay(t, dir, func(o *Options) {
		o.Deliver.Resolver = res
		o.Deliver.MaxQueueTime = time.Millisecond
		o.Deliver.PortMap = map[string]string{"mx1.example.test:25": up.Addr, "mx2.example.test:25": deadAddr(t)}
	})
	up.Wait(t, 1, 10*time.Second)
	waitFor(t, "queue empty", 10*time.Second, func() bool { return spoolCount(t, h2.spool, spool.DirQueue) == 0 })
	if n := spoolCount(t, dir, spool.DirFailed); n != 0 {
		t.Errorf("%d messages failed; the expired message should have been delivered on its last attempt:\n%s", n, h2.logs.String())
	}
}

// --- security ---

// rawConn is a scripted client.
type rawConn struct {
	t  *testing.T
	c  net.Conn
	br *bufio.Reader
}

func dialRaw(t *testing.T, addr string) *rawConn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	c.SetDeadline(time.Now().Add(20 * time.Second))
	rc := &rawConn{t: t, c: c, br: bufio.NewReader(c)}
	rc.expect("220")
	return rc
}

func (r *rawConn) reply() string {
	r.t.Helper()
	var all []string
	for {
		line, err := r.br.ReadString('\n')
		if err != nil {
			return strings.Join(all, "\n") + "<" + err.Error() + ">"
		}
		all = append(all, strings.TrimRight(line, "\r\n"))
		if len(line) < 4 || line[3] == ' ' {
			return strings.Join(all, "\n")
		}
	}
}

func (r *rawConn) expect(prefix string) string {
	r.t.Helper()
	s := r.reply()
	if !strings.HasPrefix(s, prefix) {
		r.t.Fatalf("got %q, want %s...", s, prefix)
	}
	return s
}

func (r *rawConn) cmd(line, prefix string) string {
	r.t.Helper()
	if _, err := r.c.Write([]byte(line + "\r\n")); err != nil {
		r.t.Fatal(err)
	}
	return r.expect(prefix)
}

func TestRelayDeniedOutsideAllowNet(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", func(o *Options) {
		o.Server.AllowNets = []netip.Prefix{netip.MustParsePrefix("192.0.2.0/24")}
	})
	c := dialRaw(t, h.addr)
	c.cmd("EHLO client.example.test", "250")
	c.cmd("MAIL FROM:<a@example.test>", "250")
	s := c.cmd("RCPT TO:<b@example.test>", "554 5.7.1")
	if !strings.Contains(s, "Relay access denied") {
		t.Errorf("reply %q", s)
	}
	c.cmd("DATA", "502")
	if n := spoolCount(t, h.spool, spool.DirQueue); n != 0 {
		t.Errorf("spool holds %d messages", n)
	}
}

func usersFile(t *testing.T) map[string][]byte {
	hash, _ := bcrypt.GenerateFromPassword([]byte("pw"), bcrypt.MinCost)
	f := filepath.Join(t.TempDir(), "users")
	os.WriteFile(f, []byte("# users\nalice:"+string(hash)+"\n"), 0o600)
	u, err := LoadUsers(f)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestAuthOnlyOverTLS(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "relay.example.test")
	up := upstream.Start(t, upstream.Options{})
	h := startRelay(t, "", func(o *Options) {
		o.Server.AllowNets = nil
		o.Server.Users = usersFile(t)
		o.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
	})
	// Before TLS: AUTH is not offered and is refused; relaying is refused.
	c := dialRaw(t, h.addr)
	ehlo := c.cmd("EHLO client.example.test", "250")
	if strings.Contains(ehlo, "AUTH") || !strings.Contains(ehlo, "STARTTLS") {
		t.Errorf("EHLO before TLS: %q", ehlo)
	}
	c.cmd("AUTH PLAIN AGFsaWNlAHB3", "523 5.7.10")
	c.cmd("MAIL FROM:<a@example.test>", "250")
	c.cmd("RCPT TO:<b@example.test>", "554 5.7.1")

	// After STARTTLS: AUTH works, wrong password refused, then relaying works.
	cl, err := smtp.DialStartTLS(h.addr, &tls.Config{RootCAs: ca.Pool, ServerName: "relay.example.test"})
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	if err := cl.Auth(sasl.NewPlainClient("", "alice", "wrong")); err == nil {
		t.Fatal("wrong password accepted")
	}
	if err := cl.Auth(sasl.NewPlainClient("", "alice", "pw")); err != nil {
		t.Fatal(err)
	}
	if err := cl.SendMail("a@example.test", []string{"b@example.test"}, strings.NewReader(testMessage("auth"))); err != nil {
		t.Fatal(err)
	}
	msgs := up.Wait(t, 1, 10*time.Second)
	if !bytes.Contains(msgs[0].Data, []byte("with ESMTPSA")) {
		t.Errorf("Received: does not say ESMTPSA:\n%s", msgs[0].Data)
	}
}

func TestSmugglingSequencesRejected(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
	})
	smuggled := "MAIL FROM:<evil@example.test>\r\nRCPT TO:<victim@example.test>\r\nDATA\r\nSubject: smuggled\r\n\r\nsmuggled\r\n"
	for name, seq := range map[string]string{
		"LF.LF":     "\n.\n",
		"LF.CRLF":   "\n.\r\n",
		"CRLF.LF":   "\r\n.\n",
		"CR.CRLF":   "\r.\r\n",
		"bareLF":    "\nmore\r\n",
		"bareCR":    "\rmore\r\n",
		"CRLF.CR.X": "\r\n.\rX\r\n", // go-smtp's own reader drops this CR
	} {
		t.Run(name, func(t *testing.T) {
			c := dialRaw(t, h.addr)
			c.cmd("EHLO client.example.test", "250")
			c.cmd("MAIL FROM:<a@example.test>", "250")
			c.cmd("RCPT TO:<b@example.test>", "250")
			c.cmd("DATA", "354")
			payload := "Subject: hi\r\n\r\nbody" + seq + smuggled + ".\r\n"
			c.c.Write([]byte(payload))
			r := c.reply()
			if !strings.HasPrefix(r, "554 5.6.0") || !strings.Contains(r, "bare") {
				t.Fatalf("reply %q, want 554 5.6.0 ... bare ...", r)
			}
			// the session continues cleanly: no second message was accepted
			c.cmd("NOOP", "250")
		})
	}
	time.Sleep(300 * time.Millisecond)
	for _, m := range up.Messages() {
		if m.From == "evil@example.test" || bytes.Contains(m.Data, []byte("smuggled")) && !bytes.Contains(m.Data, []byte("Subject: hi")) {
			t.Errorf("smuggled message delivered: %+v", m)
		}
	}
}

func TestBDATBareLFRejected(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", nil)
	c := dialRaw(t, h.addr)
	if ehlo := c.cmd("EHLO client.example.test", "250"); !strings.Contains(ehlo, "CHUNKING") {
		t.Skip("CHUNKING not offered")
	}
	c.cmd("MAIL FROM:<a@example.test>", "250")
	c.cmd("RCPT TO:<b@example.test>", "250")
	chunk := "Subject: x\r\n\r\nbody\n.\nMAIL FROM:<evil@example.test>\r\n"
	c.c.Write([]byte(fmt.Sprintf("BDAT %d LAST\r\n%s", len(chunk), chunk)))
	if r := c.reply(); !strings.HasPrefix(r, "554 5.6.0") {
		t.Fatalf("BDAT with bare LF: %q", r)
	}
	c.cmd("NOOP", "250")
	// a clean BDAT message is accepted
	c.cmd("MAIL FROM:<a@example.test>", "250")
	c.cmd("RCPT TO:<b@example.test>", "250")
	chunk = "Subject: x\r\n\r\nbody\r\n"
	c.c.Write([]byte(fmt.Sprintf("BDAT %d LAST\r\n%s", len(chunk), chunk)))
	if r := c.reply(); !strings.HasPrefix(r, "250 2.0.0 Ok: queued as ") {
		t.Fatalf("clean BDAT: %q", r)
	}
}

func TestAuthFailuresCutTheConnection(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", func(o *Options) {
		o.Server.Users = usersFile(t)
		o.Server.AllowInsecureAuth = true
	})
	c := dialRaw(t, h.addr)
	c.cmd("EHLO client.example.test", "250")
	for i := 0; i < 3; i++ {
		c.cmd("AUTH PLAIN AGFsaWNlAHdyb25n", "535") // alice / wrong
	}
	c.c.Write([]byte("NOOP\r\n"))
	if r := c.reply(); strings.HasPrefix(r, "250") {
		t.Fatalf("connection still open after 3 failed AUTH: %q", r)
	}
}

func TestCRLFInEnvelopeRejected(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", nil)
	c := dialRaw(t, h.addr)
	c.cmd("EHLO client.example.test", "250")
	c.c.Write([]byte("MAIL FROM:<a\rb@example.test>\r\n"))
	if r := c.reply(); !strings.HasPrefix(r, "5") {
		t.Errorf("MAIL with CR: %q", r)
	}
}

func TestLoopRejected(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", nil)
	var b strings.Builder
	for i := 0; i < 101; i++ {
		fmt.Fprintf(&b, "Received: from hop%d.example.test by x.example.test; Sat, 1 Jan 2026 00:00:00 +0000\r\n", i)
	}
	b.WriteString(testMessage("loop"))
	_, err := send(t, h.addr, "a@example.test", []string{"b@example.test"}, b.String())
	if err == nil || !strings.Contains(err.Error(), "554") || !strings.Contains(err.Error(), "loop") {
		t.Fatalf("err %v, want 554 5.4.6 loop", err)
	}
}

func TestOversizeRefusedWithoutBuffering(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", func(o *Options) { o.Server.MaxMessageBytes = 1 << 20 })
	c := dialRaw(t, h.addr)
	ehlo := c.cmd("EHLO client.example.test", "250")
	if !strings.Contains(ehlo, "SIZE 1048576") {
		t.Errorf("SIZE not advertised: %q", ehlo)
	}
	c.cmd("MAIL FROM:<a@example.test> SIZE=2000000", "552")
	c.cmd("MAIL FROM:<a@example.test>", "250")
	c.cmd("RCPT TO:<b@example.test>", "250")
	c.cmd("DATA", "354")
	line := strings.Repeat("x", 998) + "\r\n"
	go func() {
		for i := 0; i < 3000; i++ { // 3 MB
			if _, err := c.c.Write([]byte(line)); err != nil {
				return
			}
		}
		c.c.Write([]byte(".\r\n"))
	}()
	r := c.reply()
	if !strings.HasPrefix(r, "552 5.3.4") {
		t.Fatalf("reply %q", r)
	}
	if n := spoolCount(t, h.spool, spool.DirQueue); n != 0 {
		t.Errorf("spool holds %d messages", n)
	}
	ents, _ := os.ReadDir(filepath.Join(h.spool, spool.DirTmp))
	if len(ents) != 0 {
		t.Errorf("tmp/ holds %d files", len(ents))
	}
}

func TestIdleAndSlowDripCut(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", func(o *Options) {
		o.Server.CommandTimeout = 300 * time.Millisecond
		o.Server.DataTimeout = 600 * time.Millisecond
		o.Server.SessionTimeout = 1500 * time.Millisecond
	})
	t.Run("idle", func(t *testing.T) {
		c := dialRaw(t, h.addr)
		start := time.Now()
		r := c.reply()
		if !strings.HasPrefix(r, "421") || time.Since(start) > 3*time.Second {
			t.Errorf("idle: %q after %s", r, time.Since(start))
		}
	})
	t.Run("drip-data", func(t *testing.T) {
		c := dialRaw(t, h.addr)
		c.cmd("EHLO client.example.test", "250")
		c.cmd("MAIL FROM:<a@example.test>", "250")
		c.cmd("RCPT TO:<b@example.test>", "250")
		c.cmd("DATA", "354")
		stop := make(chan struct{})
		defer close(stop)
		go func() {
			for {
				select {
				case <-stop:
					return
				case <-time.After(100 * time.Millisecond):
					if _, err := c.c.Write([]byte("x")); err != nil {
						return
					}
				}
			}
		}()
		start := time.Now()
		r := c.reply()
		if !strings.HasPrefix(r, "421 4.4.2") || time.Since(start) > 3*time.Second {
			t.Errorf("drip: %q after %s", r, time.Since(start))
		}
	})
	t.Run("drip-commands", func(t *testing.T) {
		c := dialRaw(t, h.addr)
		start := time.Now()
		var r string
		for time.Since(start) < 5*time.Second {
			c.c.Write([]byte("NOOP\r\n"))
			r = c.reply()
			if !strings.HasPrefix(r, "250") {
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		if !strings.HasPrefix(r, "421") || time.Since(start) > 3*time.Second {
			t.Errorf("session deadline: %q after %s", r, time.Since(start))
		}
	})
}

func TestConnectionLimitTotal(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", func(o *Options) { o.Server.MaxConns = 1 })
	first := dialRaw(t, h.addr)
	c, err := net.Dial("tcp", h.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	line, _ := bufio.NewReader(c).ReadString('\n')
	if !strings.HasPrefix(line, "421 4.7.0 Too many connections,") {
		t.Errorf("second connection: %q", line)
	}
	// a slot frees when a client leaves
	first.cmd("QUIT", "221")
	first.c.Close()
	waitFor(t, "slot freed", 5*time.Second, func() bool {
		c, err := net.Dial("tcp", h.addr)
		if err != nil {
			return false
		}
		defer c.Close()
		c.SetDeadline(time.Now().Add(2 * time.Second))
		l, _ := bufio.NewReader(c).ReadString('\n')
		return strings.HasPrefix(l, "220")
	})
}

func TestConnectionLimitPerIP(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", func(o *Options) { o.Server.MaxConnsPerIP = 2 })
	dialRaw(t, h.addr)
	dialRaw(t, h.addr)
	c, err := net.Dial("tcp", h.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	line, _ := bufio.NewReader(c).ReadString('\n')
	if !strings.HasPrefix(line, "421 4.7.0") {
		t.Errorf("third connection: %q", line)
	}
}

func TestMXOpportunisticAndRequiredTLS(t *testing.T) {
	t.Parallel()
	cert := testpki.SelfSigned(t, "mx1.example.test")
	tlsUp := upstream.Start(t, upstream.Options{TLS: &cert})
	plainUp := upstream.Start(t, upstream.Options{})
	res := mxSetup(t)
	// opportunistic: an unverifiable certificate is still used
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Resolver = res
		o.Deliver.PortMap = map[string]string{"mx1.example.test:25": tlsUp.Addr, "mx2.example.test:25": deadAddr(t)}
	})
	if _, err := send(t, h.addr, "app@example.test", []string{"user@example.test"}, testMessage("otls")); err != nil {
		t.Fatal(err)
	}
	if m := tlsUp.Wait(t, 1, 10*time.Second)[0]; !m.TLS {
		t.Error("not delivered over TLS")
	}
	// required: a host without STARTTLS does not get the message
	h2 := startRelay(t, "", func(o *Options) {
		o.Deliver.Resolver = res
		o.Deliver.OutboundTLS = deliver.TLSRequired
		o.Deliver.PortMap = map[string]string{"mx1.example.test:25": plainUp.Addr, "mx2.example.test:25": plainUp.Addr}
	})
	if _, err := send(t, h2.addr, "app@example.test", []string{"user@example.test"}, testMessage("rtls")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "deferral", 5*time.Second, func() bool { return strings.Contains(h2.logs.String(), `"msg":"deferred"`) })
	if plainUp.Count() != 0 {
		t.Error("message sent without TLS despite --outbound-tls required")
	}
	if !strings.Contains(h2.logs.String(), "does not offer STARTTLS") {
		t.Errorf("reason not logged:\n%s", h2.logs.String())
	}
}

func TestConcurrencyPerDestination(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	up.Delay = 50 * time.Millisecond
	res := mxSetup(t)
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Resolver = res
		o.Deliver.MaxPerDest = 2
		o.Deliver.MaxConcurrent = 10
		o.Deliver.PortMap = map[string]string{"mx1.example.test:25": up.Addr, "mx2.example.test:25": up.Addr}
	})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := send(t, h.addr, "app@example.test", []string{"user@example.test"}, testMessage(fmt.Sprintf("c%d", i))); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	up.Wait(t, 10, 10*time.Second)
	if p := up.PeakConcurrent(); p > 2 || p < 1 {
		t.Errorf("peak concurrent deliveries to example.test: %d, want at most 2", p)
	}
}

func TestDefaultSpoolDirAndParseNets(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/state.test")
	if d := DefaultSpoolDir(); d != "/state.test/smtpgw/spool" {
		t.Errorf("with XDG_STATE_HOME: %s", d)
	}
	t.Setenv("XDG_STATE_HOME", "")
	t.Setenv("HOME", "/home.test")
	if d := DefaultSpoolDir(); d != "/home.test/.local/state/smtpgw/spool" {
		t.Errorf("without XDG_STATE_HOME: %s", d)
	}
	nets, err := ParseNets([]string{"10.1.2.3/8", "192.0.2.7", "none", "2001:db8::/32"})
	if err != nil || len(nets) != 3 || nets[0].String() != "10.0.0.0/8" || nets[1].String() != "192.0.2.7/32" {
		t.Errorf("ParseNets: %v %v", nets, err)
	}
	if _, err := ParseNets([]string{"10.0.0.0/33"}); err == nil {
		t.Error("bad CIDR accepted")
	}
}

func TestLongLines(t *testing.T) {
	t.Parallel()
	h := startRelay(t, "", nil)
	// 5000-byte lines (over RFC 5322's 998) are accepted, as Postfix does
	long := "Subject: long\r\n\r\n" + strings.Repeat("x", 5000) + "\r\n"
	if _, err := send(t, h.addr, "a@example.test", []string{"b@example.test"}, long); err != nil {
		t.Fatalf("5000-byte line: %v", err)
	}
	// an endless line is refused, not buffered
	c := dialRaw(t, h.addr)
	c.cmd("EHLO client.example.test", "250")
	c.cmd("MAIL FROM:<a@example.test>", "250")
	c.cmd("RCPT TO:<b@example.test>", "250")
	c.cmd("DATA", "354")
	go func() {
		chunk := []byte(strings.Repeat("y", 32<<10))
		for i := 0; i < 8; i++ {
			if _, err := c.c.Write(chunk); err != nil {
				return
			}
		}
	}()
	if r := c.reply(); !strings.HasPrefix(r, "554 5.6.0") || !strings.Contains(r, "line longer") {
		t.Fatalf("endless line: %q", r)
	}
}

// go-smtp's DATA reader drops a CR that follows a dot at the start of a
// line ("<CRLF>.<CR>X"); the relay reads the wire itself and refuses it,
// wherever the bytes fall in the TCP stream, in plain text and after
// STARTTLS, and a clean, dot-stuffed message on the same session is then
// relayed byte for byte.
func TestBareCRAfterLeadingDotRejected(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "relay.example.test")
	up := upstream.Start(t, upstream.Options{})
	h := startRelay(t, "", func(o *Options) {
		o.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
	})
	payloads := map[string]string{
		"mid":        "Subject: hi\r\n\r\nbody\r\n.\rX\r\n.\r\n",
		"first-line": ".\rSubject: hi\r\n\r\nbody\r\n.\r\n",
		"in-header":  "Subject: hi\r\n.\rX: y\r\n\r\nbody\r\n.\r\n",
		"before-end": "Subject: hi\r\n\r\nbody\r\n.\r.\r\n.\r\n",
	}
	clean := "Subject: clean\r\n\r\n..leading dot\r\n...two\r\n..\r\n" +
		strings.Repeat("line of text\r\n", 1000) + "end\r\n"
	wantClean := "Subject: clean\r\n\r\n.leading dot\r\n..two\r\n.\r\n" +
		strings.Repeat("line of text\r\n", 1000) + "end\r\n"
	for _, mode := range []string{"plain", "starttls"} {
		for name, payload := range payloads {
			for _, split := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/%s/split=%v", mode, name, split), func(t *testing.T) {
					var rw io.ReadWriter
					var br *bufio.Reader
					rc := dialRaw(t, h.addr)
					rc.cmd("EHLO client.example.test", "250")
					rw, br = rc.c, rc.br
					if mode == "starttls" {
						rc.cmd("STARTTLS", "220")
						tc := tls.Client(rc.c, &tls.Config{RootCAs: ca.Pool, ServerName: "relay.example.test"})
						if err := tc.Handshake(); err != nil {
							t.Fatal(err)
						}
						rw, br = tc, bufio.NewReader(tc)
					}
					tr := &rawConn{t: t, c: rc.c, br: br}
					// Each step gets its own fail-safe deadline: one for the
					// whole session is too short for a message written a byte
					// at a time on a loaded machine.
					fresh := func() { rc.c.SetDeadline(time.Now().Add(20 * time.Second)) }
					cmd := func(line, prefix string) string {
						t.Helper()
						fresh()
						if _, err := rw.Write([]byte(line + "\r\n")); err != nil {
							t.Fatal(err)
						}
						return tr.expect(prefix)
					}
					write := func(s string) {
						t.Helper()
						fresh()
						if !split {
							if _, err := rw.Write([]byte(s)); err != nil {
								t.Fatal(err)
							}
							return
						}
						for i := 0; i < len(s); i++ { // one byte per segment (TLS record)
							fresh()
							if _, err := rw.Write([]byte{s[i]}); err != nil {
								t.Fatal(err)
							}
							if s[i] == '.' || s[i] == '\r' {
								time.Sleep(2 * time.Millisecond)
							}
						}
					}
					if mode == "starttls" {
						cmd("EHLO client.example.test", "250")
					}
					cmd("MAIL FROM:<a@example.test>", "250")
					cmd("RCPT TO:<b@example.test>", "250")
					cmd("DATA", "354")
					write(payload)
					fresh()
					if r := tr.reply(); !strings.HasPrefix(r, "554 5.6.0 Message contains a bare CR") {
						t.Fatalf("reply %q, want 554 5.6.0 Message contains a bare CR", r)
					}
					cmd("NOOP", "250")
					cmd("MAIL FROM:<clean-"+mode+"@example.test>", "250")
					cmd("RCPT TO:<b@example.test>", "250")
					cmd("DATA", "354")
					write(clean[:100])
					write(clean[100:] + ".\r\n")
					fresh()
					tr.expect("250 2.0.0 Ok: queued as ")
					cmd("QUIT", "221")
				})
			}
		}
	}
	n := 2 * 2 * len(payloads)
	msgs := up.Wait(t, n, 60*time.Second)
	// nothing more can arrive once the queue is empty
	waitFor(t, "queue empty", 60*time.Second, func() bool { return spoolCount(t, h.spool, spool.DirQueue) == 0 })
	if got := len(up.Messages()); got != n {
		t.Errorf("upstream got %d messages, want %d (only the clean ones)", got, n)
	}
	for _, m := range msgs {
		if !strings.HasPrefix(m.From, "clean-") {
			t.Errorf("refused message delivered: from %s:\n%s", m.From, m.Data)
			continue
		}
		_, body, _ := bytes.Cut(m.Data, []byte("\r\nSubject: clean\r\n"))
		if got := "Subject: clean\r\n" + string(body); got != wantClean {
			t.Errorf("clean message changed in transit:\n%q\nwant\n%q", got, wantClean)
		}
	}
	ents, _ := os.ReadDir(filepath.Join(h.spool, "tmp"))
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), "free-") { // delivered files kept for reuse
			t.Errorf("spool tmp/ holds a partial message: %s", e.Name())
		}
	}
}

// STARTTLS is answered by the relay itself (TLS runs below go-smtp): what
// the client said in plain text is forgotten, the transaction and any
// command pipelined after STARTTLS included; EHLO is asked for again; the
// message then relayed says ESMTPS.
func TestStartTLSForgetsPlainText(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "relay.example.test")
	up := upstream.Start(t, upstream.Options{})
	h := startRelay(t, "", func(o *Options) {
		o.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
	})
	c := dialRaw(t, h.addr)
	if ehlo := c.cmd("EHLO client.example.test", "250"); !strings.Contains(ehlo, "250-STARTTLS") {
		t.Fatalf("EHLO in plain text: %q", ehlo)
	}
	c.cmd("MAIL FROM:<plain@example.test>", "250")
	c.cmd("RCPT TO:<plain@example.test>", "250")
	c.cmd("STARTTLS\r\nRCPT TO:<injected@example.test>", "220 2.0.0")
	tc := tls.Client(c.c, &tls.Config{RootCAs: ca.Pool, ServerName: "relay.example.test"})
	c.c, c.br = tc, bufio.NewReader(tc)
	c.cmd("DATA", "502 5.5.1")
	c.cmd("MAIL FROM:<a@example.test>", "503 5.5.1")
	if ehlo := c.cmd("EHLO client.example.test", "250"); strings.Contains(ehlo, "STARTTLS") {
		t.Errorf("STARTTLS offered over TLS: %q", ehlo)
	}
	c.cmd("STARTTLS", "502")
	c.cmd("MAIL FROM:<a@example.test>", "250")
	c.cmd("RCPT TO:<b@example.test>", "250")
	c.cmd("DATA", "354")
	c.cmd(testMessage("tls")+".", "250 2.0.0 Ok: queued")
	c.cmd("QUIT", "221")
	msgs := up.Wait(t, 1, 10*time.Second)
	if m := msgs[0]; m.From != "a@example.test" || len(m.To) != 1 || m.To[0] != "b@example.test" || !bytes.Contains(m.Data, []byte("with ESMTPS id")) {
		t.Errorf("relayed: from %s to %v:\n%s", m.From, m.To, m.Data)
	}
	if !strings.Contains(h.logs.String(), "plain-text bytes after STARTTLS discarded") {
		t.Errorf("the discarded injection is not logged:\n%s", h.logs)
	}
}

func TestStartInfo(t *testing.T) {
	t.Parallel()
	cert, fp, err := SelfSigned("relay.example.test")
	if err != nil {
		t.Fatal(err)
	}
	tlsLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := startRelay(t, "", func(o *Options) {
		o.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
		o.TLSFingerprint = fp
		o.Listen = append(o.Listen, Listener{Listener: tlsLn, ImplicitTLS: true})
		o.Warnings = []string{"first", "second"}
		o.DeliveryDescription = "smarthost sink.example.test:25 (none)"
	})
	info := h.r.StartInfo()
	want := []ListenInfo{{Addr: h.addr, TLS: ListenSTARTTLS}, {Addr: tlsLn.Addr().String(), TLS: ListenImplicit}}
	if fmt.Sprint(info.Listen) != fmt.Sprint(want) {
		t.Errorf("listen %v, want %v", info.Listen, want)
	}
	if info.CertFingerprint != fp || info.Delivery != "smarthost sink.example.test:25 (none)" || info.Spool != h.spool ||
		fmt.Sprint(info.Warnings) != "[first second]" {
		t.Errorf("info %+v", info)
	}
	if info.TryIt != "" || info.LocalClientMustAuth {
		t.Errorf("try it %q, local client must auth %v", info.TryIt, info.LocalClientMustAuth)
	}
	// the caller's warnings are copied, not shared
	info.Warnings[0] = "changed"
	if h.r.StartInfo().Warnings[0] != "first" {
		t.Error("StartInfo shares the Options' warnings")
	}

	// implicit TLS first; no TLS config: plain SMTP
	h2 := startRelay(t, "", func(o *Options) {
		o.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
		o.Listen[0].ImplicitTLS = true
	})
	if info := h2.r.StartInfo(); info.Listen[0].TLS != ListenImplicit || info.CertFingerprint != "" {
		t.Errorf("implicit %+v", info)
	}
	h3 := startRelay(t, "", nil)
	if info := h3.r.StartInfo(); len(info.Listen) != 1 || info.Listen[0].TLS != ListenPlain || info.Warnings == nil || info.CertFingerprint != "" {
		t.Errorf("plain %+v", info)
	}

	// users, and this machine not in the allowed networks: a local client
	// must AUTH; with loopback allowed it need not
	users := map[string][]byte{"alice": []byte("$2a$04$x")}
	h5 := startRelay(t, "", func(o *Options) {
		o.Server.Users = users
		o.Server.AllowNets = []netip.Prefix{netip.MustParsePrefix("192.0.2.0/24")}
	})
	if !h5.r.StartInfo().LocalClientMustAuth {
		t.Error("auth-only relay: a local client need not authenticate?")
	}
	h6 := startRelay(t, "", func(o *Options) {
		o.Server.Users = users
		o.Server.AllowNets = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
	})
	if h6.r.StartInfo().LocalClientMustAuth {
		t.Error("loopback allowed, yet a local client must authenticate")
	}
}
