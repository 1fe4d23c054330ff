package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/relay"
	"github.com/smtpgw/smtpgw/relay/deliver"
	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
	"github.com/smtpgw/smtpgw/report"
)

var updateRelayDoc = flag.Bool("update-relay-doc", false, "rewrite the queue status sample in docs/relay.md")

// TestQueueStatusDestinations runs the relay command by MX to two
// destinations, one answering Gmail's 421 4.7.0 above 10 messages a
// second, and reads `smtpgw queue status` (text and --json) from another
// command, as an operator would: the throttled destination shows its
// lowered limits, the other its full ones.
func TestQueueStatusDestinations(t *testing.T) {
	t.Parallel()
	const n, messages = 10, 30
	// The throttled receiver accepts n messages, refuses the next one with
	// a rate-limit reply and then accepts again: one refusal whatever the
	// machine's speed (a per-second count never refused on a loaded
	// machine that delivered fewer than n a second), so the relay halves
	// its limits exactly once.
	var mu sync.Mutex
	seen := 0
	thr := upstream.Start(t, upstream.Options{})
	thr.DataReply = func(int) *smtp.SMTPError {
		mu.Lock()
		defer mu.Unlock()
		seen++
		if seen == n+1 {
			return &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 7, 0}, Message: "Try again later, closing connection."}
		}
		return nil
	}
	free := upstream.Start(t, upstream.Options{})
	dns := testdns.Start(t,
		"throttled.example.test. 300 IN MX 10 mx.throttled.example.test.",
		"mx.throttled.example.test. 300 IN A 127.0.0.1",
		"free.example.test. 300 IN MX 10 mx.free.example.test.",
		"mx.free.example.test. 300 IN A 127.0.0.1")
	spoolDir := t.TempDir()
	// no spool yet: a usage error, as for queue list
	if _, errOut, code := runCLI(t, "", "queue", "status", "--spool", spoolDir); code != ExitUsage || !strings.Contains(errOut, "no spool at") {
		t.Errorf("queue status without a spool: exit %d %q", code, errOut)
	}
	errBuf := &lockedBuf{}
	ios := &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: errBuf}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"relay", "--listen", "127.0.0.1:0", "--spool", spoolDir, "--hostname", "relay.example.test",
			"--resolver", dns.Addr, "--retry-initial", "200ms", "--retry-max", "1s", "--bounce",
			"--port-map", "mx.throttled.example.test:25=" + thr.Addr, "--port-map", "mx.free.example.test:25=" + free.Addr,
			"--destination", "gmail:concurrency=3,per-minute=120", "--log-format", "json"}, ios)
	}()
	addrRe := regexp.MustCompile(`"listen":\[\{"addr":"([^"]+)"`)
	var addr string
	deadline := time.Now().Add(10 * time.Second)
	for addr == "" && time.Now().Before(deadline) {
		if m := addrRe.FindStringSubmatch(errBuf.String()); m != nil {
			addr = m[1]
		}
		time.Sleep(10 * time.Millisecond)
	}
	if addr == "" {
		t.Fatalf("relay did not start:\n%s", errBuf.String())
	}
	for i := range messages {
		for _, dom := range []string{"throttled", "free"} {
			if err := plainSend(addr, "app@example.test", []string{fmt.Sprintf("user%d@%s.example.test", i, dom)}, strings.NewReader("Subject: status\r\n\r\nhi\r\n")); err != nil {
				t.Fatal(err)
			}
		}
	}
	free.Wait(t, messages, 30*time.Second)
	thr.Wait(t, messages, 60*time.Second)

	// the relay rewrites its state file every 2 s while it changes
	var st relay.QueueStatus
	deadline = time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		out, _, code := runCLI(t, "", "queue", "status", "--json", "--spool", spoolDir)
		if code != 0 {
			t.Fatalf("queue status --json: exit %d\n%s", code, out)
		}
		st = relay.QueueStatus{}
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatalf("queue status --json: %v\n%s", err, out)
		}
		if len(st.Destinations) == 2 && st.Destinations[0].Delivered+st.Destinations[1].Delivered == 2*messages && st.Queued == 0 {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !st.RelayRunning || st.Queued != 0 || st.Failed != 0 || len(st.Destinations) != 2 || st.StateUpdated.IsZero() {
		t.Fatalf("queue status --json: %+v", st)
	}
	out, _, _ := runCLI(t, "", "queue", "status", "--json", "--spool", spoolDir)
	validJSON(t, "queue-status", out)
	// the relay's start line and its delivery outcome lines (delivered,
	// and deferred when the 421s came) follow docs/schema/relay-log.json
	outcomes := map[string]int{}
	for _, l := range strings.Split(errBuf.String(), "\n") {
		var head struct{ Msg string }
		if json.Unmarshal([]byte(l), &head) != nil {
			continue
		}
		switch head.Msg {
		case report.RelayStartedMsg, deliver.LogDelivered, deliver.LogDeferred, deliver.LogFailed:
			outcomes[head.Msg]++
			validJSON(t, "relay-log", l)
		}
	}
	if outcomes[report.RelayStartedMsg] != 1 || outcomes[deliver.LogDelivered] != 2*messages {
		t.Errorf("relay log lines: %v", outcomes)
	}
	fr, th := st.Destinations[0], st.Destinations[1] // by name: free, throttled
	if fr.Name != "free.example.test" || fr.Profile != "default" || fr.State != "normal" || fr.Backoffs != 0 || fr.Delivered != messages {
		t.Errorf("free destination: %+v", fr)
	}
	if th.Name != "throttled.example.test" || th.State == "normal" || th.Backoffs == 0 || th.Throttled == 0 || th.Delivered != messages ||
		th.Concurrency >= th.MaxConcurrency || th.PerMinute <= 0 {
		t.Errorf("throttled destination: %+v", th)
	}
	out, _, code := runCLI(t, "", "queue", "status", "--spool", spoolDir)
	if code != 0 {
		t.Fatalf("queue status: exit %d\n%s", code, out)
	}
	for _, want := range []string{
		"Spool         " + spoolDir + " (relay running)",
		"Queue         0 message(s), 0 recipient(s) pending",
		"DESTINATION             PROFILE  STATE",
		"\nfree.example.test       default  normal   5/5          -/-",
		"\nthrottled.example.test  default  backoff  ",
		"\n  last refusal ", ": 421 4.7.0 Try again later, closing connection. [rate-limited]\n",
		"Slowed down: throttled.example.test (backoff, limits halved 1 time(s), last rate-limit reply",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("queue status lacks %q:\n%s", want, out)
		}
	}
	if *updateRelayDoc {
		writeRelayDocSample(t, strings.ReplaceAll(out, spoolDir, "/var/lib/smtpgw/spool"))
	}
	cancel()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		t.Fatal("relay did not stop")
	}
	// stopped: the state the relay left
	out, _, _ = runCLI(t, "", "queue", "status", "--spool", spoolDir)
	if !strings.Contains(out, "(no relay running)") || !strings.Contains(out, "as the relay left them") || !strings.Contains(out, "throttled.example.test") {
		t.Errorf("queue status after stop:\n%s", out)
	}
}

// writeRelayDocSample puts out between the queue-status markers of
// docs/relay.md.
func writeRelayDocSample(t *testing.T, out string) {
	path := filepath.Join("..", "..", "docs", "relay.md")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- queue-status:begin -->\n", "<!-- queue-status:end -->"
	doc := string(b)
	i, j := strings.Index(doc, begin), strings.Index(doc, end)
	if i < 0 || j < i {
		t.Fatalf("%s has no %q ... %q markers", path, begin, end)
	}
	doc = doc[:i+len(begin)] + "```console\n$ smtpgw queue status\n" + out + "```\n" + doc[j:]
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
}
