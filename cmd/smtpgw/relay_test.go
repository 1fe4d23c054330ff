package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/internal/testpki"
	"github.com/smtpgw/smtpgw/relay"
	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
	"golang.org/x/crypto/bcrypt"
)

type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestRelayFlagErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--log-format", "xml"}, "--log-format"},
		{[]string{"--smarthost", "ftp://x.example.test"}, "smtp://"},
		{[]string{"--smarthost", "smtp://user:pw@x.example.test"}, "password in the URL"},
		{[]string{"--smarthost", "smtp://user@x.example.test"}, "SMTPGW_SMARTHOST_PASSWORD"},
		{[]string{"--listen-tls", "127.0.0.1:0"}, "certificate"},
		{[]string{"--tls-cert", "x.pem"}, "--tls-key"},
		{[]string{"--allow-net", "10.0.0.0/33"}, "CIDR"},
		{[]string{"--allow-net", "none"}, "nobody"},
		{[]string{"--max-message-size", "lots"}, "--max-message-size"},
		{[]string{"--outbound-tls", "maybe"}, "--outbound-tls"},
		{[]string{"--smarthost-tls", "none"}, "needs --smarthost"},
		{[]string{"--users", "/nonexistent/users"}, "--users"},
		{[]string{"--listen", "nonsense"}, "HOST:PORT"},
		{[]string{"--port-map", "25"}, "--port-map"},
		{[]string{"--port-map", "25=nowhere"}, "PORT=[HOST]:PORT"},
		{[]string{"--port-map", "x.example.test=127.0.0.1:25"}, "HOST:PORT=[HOST]:PORT"},
		{[]string{"--port-map", "99999=:25"}, "--port-map"},
		{[]string{"--delay-warning", "-1h"}, "--delay-warning must be 0 (off) or positive"},
		{[]string{"--destination", "gmail:concurrency=0"}, `destination gmail: concurrency="0": give a whole number from 1 to 1000`},
		{[]string{"--destination", "gmail:speed=9"}, `unknown key "speed" (keys: clean, concurrency, greylist, mx, per-connection, per-minute, retry)`},
		{[]string{"--destination", "partner:concurrency=2"}, "a new destination needs mx=HOST|HOST"},
		{[]string{"--destination", "gmail"}, "give NAME:key=value,..."},
	} {
		_, errOut, code := runCLI(t, "", append([]string{"relay", "--spool", t.TempDir()}, tc.args...)...)
		if code != ExitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: code %d, stderr %q (want %q)", tc.args, code, errOut, tc.want)
		}
	}
}

var listenRe = regexp.MustCompile(`Listening on\s+(\S+)`)

func TestRelayCommandDelivers(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	spoolDir := t.TempDir()
	errBuf := &lockedBuf{}
	ios := &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: errBuf}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"relay", "--listen", "127.0.0.1:0", "--spool", spoolDir, "--hostname", "relay.example.test",
			"--smarthost", "smtp://sink.example.test:25", "--smarthost-tls", "none", "--port-map", "sink.example.test:25=" + up.Addr,
			"--log-format", "json"}, ios)
	}()
	// with --log-format json the banner is JSON lines among the log: a WARN
	// line per warning, then the "relay started" line
	var start struct {
		Level    string   `json:"level"`
		Msg      string   `json:"msg"`
		Warnings []string `json:"warnings"`
		Listen   []struct {
			Addr string `json:"addr"`
			TLS  string `json:"tls"`
		} `json:"listen"`
		Delivery string `json:"delivery"`
		Spool    string `json:"spool"`
		TryIt    string `json:"try_it"`
	}
	deadline := time.Now().Add(10 * time.Second)
	for start.Msg == "" && time.Now().Before(deadline) {
		for _, line := range strings.Split(errBuf.String(), "\n") {
			if strings.Contains(line, `"msg":"relay started"`) {
				if err := json.Unmarshal([]byte(line), &start); err != nil {
					t.Fatalf("start line %q: %v", line, err)
				}
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	if start.Msg == "" || len(start.Listen) != 1 {
		t.Fatalf("no start line with one listener in:\n%s", errBuf.String())
	}
	addr := start.Listen[0].Addr
	if _, port, _ := net.SplitHostPort(addr); port == "" || port == "0" {
		t.Errorf("listen address %q has no bound port", addr)
	}
	if start.Level != "INFO" || start.Listen[0].TLS != "none" || start.Delivery != "smarthost sink.example.test:25 (none)" ||
		start.Spool != spoolDir || start.TryIt != "smtpgw send --server "+addr+" --from sender@example.com --to recipient@example.com" ||
		len(start.Warnings) != 1 || !strings.HasPrefix(start.Warnings[0], "--smarthost-tls none") {
		t.Errorf("start line: %+v", start)
	}
	banner := errBuf.String()
	if !strings.Contains(banner, `"level":"WARN","msg":"--smarthost-tls none: mail to sink.example.test:25 travels unencrypted`) {
		t.Errorf("no WARN line for the warning:\n%s", banner)
	}
	if strings.Contains(banner, "Listening on") || strings.Contains(banner, "WARNING:") {
		t.Errorf("text banner lines among the JSON log:\n%s", banner)
	}
	if err := plainSend(addr, "app@example.test", []string{"user@example.test"}, strings.NewReader("Subject: cli\r\n\r\nhi\r\n")); err != nil {
		t.Fatal(err)
	}
	up.Wait(t, 1, 10*time.Second)
	out, _, code := runCLI(t, "", "queue", "list", "--spool", spoolDir)
	for code == 0 && !strings.Contains(out, "is empty") && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		out, _, code = runCLI(t, "", "queue", "list", "--spool", spoolDir)
	}
	if !strings.Contains(out, "is empty") {
		t.Errorf("queue after delivery: %s", out)
	}
	// a second relay on the same spool is refused
	_, errOut, code := runCLI(t, "", "relay", "--listen", "127.0.0.1:0", "--spool", spoolDir)
	if code != 1 || !strings.Contains(errOut, "another relay") {
		t.Errorf("second relay: code %d %q", code, errOut)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("relay exit code %d\n%s", code, errBuf.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("relay did not stop on cancel")
	}
	logs := errBuf.String()
	for i, line := range strings.Split(strings.TrimSuffix(logs, "\n"), "\n") {
		if !json.Valid([]byte(line)) {
			t.Errorf("stderr line %d is not JSON: %q", i+1, line)
		}
	}
	for _, want := range []string{`"msg":"received"`, `"msg":"attempt"`, `"msg":"delivered"`, `"msg":"stopped"`} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %s", want)
		}
	}
}

// TestRelayCrashLosesNothing runs the relay binary, sends messages from
// several clients, SIGKILLs the relay at random moments and restarts it,
// and checks that every message that got a 250 reached the upstream.
func TestRelayCrashLosesNothing(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "smtpgw")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	up := upstream.Start(t, upstream.Options{})
	spoolDir := t.TempDir()

	var addrMu sync.Mutex
	addr := ""
	start := func() *exec.Cmd {
		cmd := exec.Command(bin, "relay", "--listen", "127.0.0.1:0", "--spool", spoolDir, "--hostname", "relay.example.test",
			"--smarthost", "smtp://sink.example.test:25", "--smarthost-tls", "none", "--port-map", "sink.example.test:25="+up.Addr,
			"--retry-initial", "200ms", "--retry-max", "1s")
		stderr, _ := cmd.StderrPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		found := make(chan string, 1)
		go func() {
			sc := bufio.NewScanner(stderr)
			for sc.Scan() {
				if m := listenRe.FindStringSubmatch(sc.Text()); m != nil {
					found <- m[1]
				}
			}
		}()
		select {
		case a := <-found:
			addrMu.Lock()
			addr = a
			addrMu.Unlock()
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			t.Fatal("relay did not start")
		}
		return cmd
	}

	var ackMu sync.Mutex
	acked := map[string]bool{}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				addrMu.Lock()
				a := addr
				addrMu.Unlock()
				mid := fmt.Sprintf("<crash-%d-%d-%d@example.test>", w, i, rand.Int63())
				data := "Message-ID: " + mid + "\r\nSubject: crash test\r\n\r\n" + strings.Repeat("body line\r\n", 50+rand.Intn(500))
				if err := plainSend(a, "app@example.test", []string{"user@example.test"}, strings.NewReader(data)); err == nil {
					ackMu.Lock()
					acked[mid] = true
					ackMu.Unlock()
				} else {
					time.Sleep(5 * time.Millisecond)
				}
			}
		}()
	}
	ackCount := func() int {
		ackMu.Lock()
		defer ackMu.Unlock()
		return len(acked)
	}
	// Each round kills the relay only after it has acknowledged a few new
	// messages, then at a random moment (mid-transaction, mid-spool-write or
	// mid-delivery): a fixed uptime proved nothing on a loaded machine,
	// where a round could end before the relay had acknowledged anything.
	for round := 0; round < 4; round++ {
		cmd := start()
		before := ackCount()
		deadline := time.Now().Add(30 * time.Second)
		for ackCount() < before+6 {
			if time.Now().After(deadline) {
				cmd.Process.Signal(syscall.SIGKILL)
				cmd.Wait()
				t.Fatalf("round %d: the relay acknowledged %d messages in 30s", round, ackCount()-before)
			}
			time.Sleep(10 * time.Millisecond)
		}
		time.Sleep(time.Duration(rand.Intn(400)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
	}
	close(stop)
	wg.Wait()
	cmd := start()
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}()
	n := ackCount()
	if n < 20 {
		t.Fatalf("only %d messages were acknowledged; the test proves nothing", n)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		got := map[string]bool{}
		for _, m := range up.Messages() {
			if i := bytes.Index(m.Data, []byte("Message-ID: ")); i >= 0 {
				line := m.Data[i+len("Message-ID: "):]
				got[string(line[:bytes.IndexByte(line, '\r')])] = true
			}
		}
		var missing []string
		for mid := range acked {
			if !got[mid] {
				missing = append(missing, mid)
			}
		}
		if len(missing) == 0 {
			t.Logf("%d acknowledged messages, all delivered (%d deliveries in all, duplicates allowed)", n, len(up.Messages()))
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d acknowledged messages never reached the upstream, e.g. %v", len(missing), n, missing[:min(3, len(missing))])
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// plainSend submits a message without TLS (go-smtp's SendMail insists on STARTTLS).
func plainSend(addr, from string, to []string, r io.Reader) error {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return err
	}
	conn.SetDeadline(time.Now().Add(2 * time.Minute))
	c := smtp.NewClient(conn)
	defer c.Close()
	return c.SendMail(from, to, r)
}

// lineReader yields n bytes of CRLF-terminated lines without holding them.
type lineReader struct{ left int }

func (l *lineReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, io.EOF
	}
	n := 0
	for n+80 <= len(p) && l.left >= 80 {
		copy(p[n:], "0123456789012345678901234567890123456789012345678901234567890123456789012345\r\n")
		n += 80
		l.left -= 80
	}
	if n == 0 {
		l.left = 0
		return copy(p, "end\r\n"), nil
	}
	return n, nil
}

// BenchmarkRelayPeakMemory runs the relay binary while 20 clients each send
// a 20 MB message at once, and reports the relay's peak resident memory
// (VmHWM). Run: go test -run '^$' -bench PeakMemory -benchtime 1x ./cmd/smtpgw/
func BenchmarkRelayPeakMemory(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "smtpgw")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	up := upstream.Start(b, upstream.Options{})
	up.Discard = true
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(bin, "relay", "--listen", "127.0.0.1:0", "--spool", b.TempDir(), "--hostname", "relay.example.test",
			"--smarthost", "smtp://sink.example.test:25", "--smarthost-tls", "none", "--port-map", "sink.example.test:25="+up.Addr)
		stderr, _ := cmd.StderrPipe()
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(stderr)
		addr := ""
		for addr == "" && sc.Scan() {
			if m := listenRe.FindStringSubmatch(sc.Text()); m != nil {
				addr = m[1]
			}
		}
		go io.Copy(io.Discard, stderr)
		before := up.Count()
		var wg sync.WaitGroup
		for c := 0; c < 20; c++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				data := io.MultiReader(strings.NewReader("Subject: big\r\n\r\n"), &lineReader{left: 20 << 20})
				if err := plainSend(addr, "app@example.test", []string{"user@example.test"}, data); err != nil {
					b.Error(err)
				}
			}()
		}
		wg.Wait()
		up.Wait(b, before+20, 5*time.Minute)
		status, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid))
		var hwm int
		for _, line := range strings.Split(string(status), "\n") {
			if strings.HasPrefix(line, "VmHWM:") {
				fmt.Sscanf(strings.TrimPrefix(line, "VmHWM:"), "%d", &hwm)
			}
		}
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		b.ReportMetric(float64(hwm)/1024, "peak-RSS-MB")
	}
}

// startRelayCLI runs `smtpgw relay args...` in-process and returns the
// stderr buffer once the banner is out, and a stop function.
func startRelayCLI(t *testing.T, args ...string) (*lockedBuf, func() int) {
	t.Helper()
	errBuf := &lockedBuf{}
	ios := &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: errBuf}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- run(ctx, append([]string{"relay"}, args...), ios) }()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(errBuf.String(), "Try it:") {
		select {
		case code := <-done:
			t.Fatalf("relay exited with %d:\n%s", code, errBuf.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no banner:\n%s", errBuf.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	var once sync.Once
	code := 0
	stop := func() int {
		once.Do(func() {
			cancel()
			select {
			case code = <-done:
			case <-time.After(15 * time.Second):
				t.Error("relay did not stop")
			}
		})
		return code
	}
	t.Cleanup(func() { stop() })
	return errBuf, stop
}

func TestRelaySelfSignedImplicitTLSAndUsers(t *testing.T) {
	t.Parallel()
	hash, _ := bcrypt.GenerateFromPassword([]byte("pw"), bcrypt.MinCost)
	users := filepath.Join(t.TempDir(), "users")
	os.WriteFile(users, []byte("alice:"+string(hash)+"\n"), 0o600)
	errBuf, _ := startRelayCLI(t, "--listen", "127.0.0.1:0", "--listen-tls", "127.0.0.1:0", "--tls-self-signed",
		"--users", users, "--allow-net", "none", "--spool", t.TempDir(), "--hostname", "relay.example.test",
		"--smarthost", "smtp://sink.example.test:25", "--smarthost-tls", "none")
	banner := errBuf.String()
	fp := regexp.MustCompile(`SHA-256 fingerprint ([0-9A-F:]{95})`).FindStringSubmatch(banner)
	addrs := listenRe.FindAllStringSubmatch(banner, -1)
	if fp == nil || len(addrs) != 2 || !strings.Contains(banner, "(SMTP with STARTTLS)") || !strings.Contains(banner, "(SMTP over implicit TLS)") {
		t.Fatalf("banner:\n%s", banner)
	}
	conn, err := tls.Dial("tcp", addrs[1][1], &tls.Config{InsecureSkipVerify: true})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	sum := sha256.Sum256(conn.ConnectionState().PeerCertificates[0].Raw)
	var hexs []string
	for _, b := range sum {
		hexs = append(hexs, fmt.Sprintf("%02X", b))
	}
	if strings.Join(hexs, ":") != fp[1] {
		t.Errorf("printed fingerprint %s is not the served certificate's", fp[1])
	}
	c := smtp.NewClient(conn)
	if ok, mechs := c.Extension("AUTH"); !ok || !strings.Contains(mechs, "PLAIN") || !strings.Contains(mechs, "LOGIN") {
		t.Fatalf("AUTH over implicit TLS: %v %q", ok, mechs)
	}
	if err := c.Auth(sasl.NewLoginClient("alice", "pw")); err != nil {
		t.Fatalf("AUTH LOGIN: %v", err)
	}
	if err := c.Mail("app@example.test", nil); err != nil {
		t.Fatal(err)
	}
	if err := c.Rcpt("user@example.test", nil); err != nil {
		t.Fatalf("authenticated RCPT: %v", err)
	}
	// unauthenticated on the plain listener: STARTTLS offered, AUTH not, relaying refused
	p, err := net.Dial("tcp", addrs[0][1])
	if err != nil {
		t.Fatal(err)
	}
	pc := smtp.NewClient(p)
	defer pc.Close()
	if ok, _ := pc.Extension("STARTTLS"); !ok {
		t.Error("STARTTLS not offered")
	}
	if ok, _ := pc.Extension("AUTH"); ok {
		t.Error("AUTH offered before TLS")
	}
	pc.Mail("app@example.test", nil)
	if err := pc.Rcpt("user@example.test", nil); err == nil || !strings.Contains(err.Error(), "Relay access denied") {
		t.Errorf("unauthenticated RCPT: %v", err)
	}
}

func TestRelaySmarthostPasswordFileAndCAFile(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "smtp.example.test")
	up := upstream.Start(t, upstream.Options{TLS: &cert})
	up.Users = map[string]string{"apikey": "s3cret"}
	up.RequireAuth = true
	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("s3cret\n"), 0o600)
	errBuf, _ := startRelayCLI(t, "--listen", "127.0.0.1:0", "--spool", t.TempDir(), "--hostname", "relay.example.test",
		"--smarthost", "smtp://apikey@smtp.example.test", "--port-map", "smtp.example.test:587="+up.Addr,
		"--smarthost-password-file", pw, "--ca-file", ca.WriteCAFile(t))
	if !strings.Contains(errBuf.String(), "smarthost smtp.example.test:587 (starttls, AUTH as apikey)") {
		t.Errorf("banner:\n%s", errBuf.String())
	}
	addr := listenRe.FindStringSubmatch(errBuf.String())[1]
	if err := plainSend(addr, "app@example.test", []string{"user@example.test"}, strings.NewReader("Subject: pw\r\n\r\nhi\r\n")); err != nil {
		t.Fatal(err)
	}
	m := up.Wait(t, 1, 10*time.Second)[0]
	if !m.TLS || m.User != "apikey" {
		t.Errorf("upstream got TLS=%v user=%q", m.TLS, m.User)
	}
	if strings.Contains(errBuf.String(), "s3cret") {
		t.Error("the password appears in the output")
	}
}

// TestRelayBannerPiped: with stderr not a terminal the banner is the plain
// text the README shows, byte for byte, before any log line.
func TestRelayBannerPiped(t *testing.T) {
	t.Parallel()
	spoolDir := t.TempDir()
	errBuf, stop := startRelayCLI(t, "--listen", "127.0.0.1:0", "--spool", spoolDir, "--hostname", "relay.example.test",
		"--smarthost", "smtp://sink.example.test:25", "--smarthost-tls", "none")
	out := errBuf.String()
	m := listenRe.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("banner:\n%s", out)
	}
	addr := m[1]
	want := "WARNING: --smarthost-tls none: mail to sink.example.test:25 travels unencrypted; only for local sinks\n" +
		"Listening on   " + addr + " (SMTP)\n" +
		"Delivering to  smarthost sink.example.test:25 (none)\n" +
		"Spool          " + spoolDir + "\n" +
		"Try it:        smtpgw send --server " + addr + " --from sender@example.com --to recipient@example.com\n"
	if !strings.HasPrefix(out, want) {
		t.Errorf("banner:\n%s\nwant:\n%s", out, want)
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("ANSI escapes in piped output: %q", out)
	}
	if code := stop(); code != 0 {
		t.Errorf("exit code %d", code)
	}
}

// TestRelayBannerTerminal: on a terminal stderr the banner is styled;
// --no-color turns the styling off.
func TestRelayBannerTerminal(t *testing.T) {
	t.Parallel()
	for _, noColor := range []bool{false, true} {
		errBuf := &lockedBuf{}
		ios := &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: errBuf, ErrTTY: true}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan int, 1)
		args := []string{"relay", "--listen", "127.0.0.1:0", "--spool", t.TempDir(), "--hostname", "relay.example.test",
			"--smarthost", "smtp://sink.example.test:25", "--smarthost-tls", "none"}
		if noColor {
			args = append(args, "--no-color")
		}
		go func() { done <- run(ctx, args, ios) }()
		deadline := time.Now().Add(10 * time.Second)
		for !strings.Contains(errBuf.String(), "recipient@example.com") && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("no-color=%v: exit code %d", noColor, code)
		}
		out := errBuf.String()
		if !strings.Contains(out, "recipient@example.com") {
			t.Fatalf("no-color=%v: no banner:\n%s", noColor, out)
		}
		if styled := strings.Contains(out, "\x1b["); styled == noColor {
			t.Errorf("no-color=%v: styled=%v:\n%q", noColor, styled, out)
		}
		if !strings.Contains(ansi.Strip(out), "Delivering to  smarthost sink.example.test:25 (none)\n") {
			t.Errorf("no-color=%v: text:\n%s", noColor, out)
		}
	}
}

// The banner's try-it command follows the first listener: implicit TLS
// says so, a self-signed certificate adds --insecure-skip-verify (send
// would refuse it), a local client that must authenticate --auth-user.
func TestRelayTryIt(t *testing.T) {
	const tail = " --from sender@example.com --to recipient@example.com"
	for _, c := range []struct {
		info relay.StartInfo
		want string
	}{
		{relay.StartInfo{}, ""},
		{relay.StartInfo{Listen: []relay.ListenInfo{{Addr: "127.0.0.1:2525", TLS: relay.ListenSTARTTLS}}},
			"smtpgw send --server 127.0.0.1:2525" + tail},
		{relay.StartInfo{Listen: []relay.ListenInfo{{Addr: "127.0.0.1:465", TLS: relay.ListenImplicit}}},
			"smtpgw send --server 127.0.0.1:465 --tls implicit" + tail},
		{relay.StartInfo{Listen: []relay.ListenInfo{{Addr: "127.0.0.1:465", TLS: relay.ListenImplicit}}, CertFingerprint: "ab:cd"},
			"smtpgw send --server 127.0.0.1:465 --tls implicit --insecure-skip-verify" + tail},
		{relay.StartInfo{Listen: []relay.ListenInfo{{Addr: "127.0.0.1:2525", TLS: relay.ListenPlain}}, CertFingerprint: "ab:cd", LocalClientMustAuth: true},
			"smtpgw send --server 127.0.0.1:2525 --auth-user USER" + tail},
	} {
		if got := relayTryIt(c.info); got != c.want {
			t.Errorf("relayTryIt(%+v) = %q, want %q", c.info, got, c.want)
		}
	}
}
