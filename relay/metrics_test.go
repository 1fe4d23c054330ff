package relay

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/relay/deliver"
	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
	"github.com/smtpgw/smtpgw/relay/spool"
)

// scrape reads the relay's /metrics over loopback into "name{labels}" ->
// value (the text exposition format, labels as the client library writes
// them: sorted, quoted).
func scrape(t *testing.T, addr string) map[string]float64 {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("/metrics: %s", resp.Status)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		out[line[:i]] = v
	}
	return out
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestRelayMetrics(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	up.RcptReply = unknownOrGreylisted
	ml, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
		o.Deliver.RetryInitial, o.Deliver.RetryMax = time.Hour, time.Hour
		o.Server.MaxMessageBytes = 4096
		o.Server.Users = usersFile(t)
		o.Server.AllowInsecureAuth = true
		o.MetricsListener = ml
	})
	maddr := ml.Addr().String()
	if got := h.r.StartInfo().Metrics; got != "http://"+maddr+"/metrics" {
		t.Errorf("StartInfo.Metrics %q", got)
	}
	before := scrape(t, maddr)
	for _, name := range []string{"smtpgw_relay_messages_received_total", "smtpgw_relay_queue_messages", "smtpgw_relay_connection_slots", "smtpgw_relay_auth_failures_total"} {
		if v, ok := before[name]; !ok || (v != 0 && name != "smtpgw_relay_connection_slots") {
			t.Errorf("before any traffic %s = %v (present %v)", name, v, ok)
		}
	}
	if before["smtpgw_relay_connection_slots"] != 50 {
		t.Errorf("connection_slots = %v, want the limit 50", before["smtpgw_relay_connection_slots"])
	}

	// traffic: one delivered, one bounced (550 user unknown), one deferred
	// (450 greylisted), one too big, one with a bare LF, one failed AUTH
	for _, to := range []string{"ok@example.test", "bad@example.test", "later@example.test"} {
		if _, err := send(t, h.addr, "app@example.test", []string{to}, testMessage(strings.Split(to, "@")[0])); err != nil {
			t.Fatalf("%s: %v", to, err)
		}
	}
	if _, err := send(t, h.addr, "app@example.test", []string{"ok@example.test"}, testMessage(strings.Repeat("x", 5000))); err == nil {
		t.Error("a message over the size limit was accepted")
	}
	c := dialRaw(t, h.addr)
	c.cmd("EHLO client.example.test", "250")
	c.cmd("MAIL FROM:<app@example.test>", "250")
	c.cmd("RCPT TO:<ok@example.test>", "250")
	c.cmd("DATA", "354")
	c.cmd("Subject: lf\nbare\r\n.", "554")
	c.cmd("QUIT", "221")
	cl, err := smtp.Dial(h.addr)
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.Auth(sasl.NewPlainClient("", "alice", "wrong")); err == nil {
		t.Fatal("wrong password accepted")
	}
	cl.Close()
	up.Wait(t, 1, 10*time.Second)
	// wait until every outcome is in and the delivered and bounced
	// messages have left the queue: the deferred one stays
	deadline := time.Now().Add(10 * time.Second)
	var m map[string]float64
	for {
		m = scrape(t, maddr)
		if m[`smtpgw_relay_recipients_deferred_total{category="greylisted"}`] == 1 && m[`smtpgw_relay_recipients_bounced_total{category="user-unknown"}`] == 1 &&
			m[`smtpgw_relay_recipients_delivered_total{category="success"}`] == 1 && m[`smtpgw_relay_queue_messages`] == 1 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	// hold one client connection while scraping the slots
	hold := dialRaw(t, h.addr)
	hold.cmd("NOOP", "250")
	deadline = time.Now().Add(10 * time.Second)
	for m = scrape(t, maddr); m["smtpgw_relay_connection_slots_used"] != 1 && time.Now().Before(deadline); m = scrape(t, maddr) {
		time.Sleep(20 * time.Millisecond) // the connections of the traffic above are closing
	}
	want := map[string]float64{
		`smtpgw_relay_messages_received_total`:                                      3,
		`smtpgw_relay_recipients_delivered_total{category="success"}`:               1,
		`smtpgw_relay_recipients_bounced_total{category="user-unknown"}`:            1,
		`smtpgw_relay_recipients_deferred_total{category="greylisted"}`:             1,
		`smtpgw_relay_messages_refused_total{reason="too-big"}`:                     1,
		`smtpgw_relay_messages_refused_total{reason="bare-cr-lf"}`:                  1,
		`smtpgw_relay_auth_failures_total`:                                          1,
		`smtpgw_relay_upstream_replies_total{class="2xx",stage="END OF DATA"}`:      1,
		`smtpgw_relay_upstream_replies_total{class="5xx",stage="RCPT TO"}`:          1,
		`smtpgw_relay_upstream_replies_total{class="4xx",stage="RCPT TO"}`:          1,
		`smtpgw_relay_deliveries_in_flight{destination="smarthost"}`:                0,
		`smtpgw_relay_delivery_attempt_duration_seconds_count{outcome="delivered"}`: 1,
		`smtpgw_relay_delivery_attempt_duration_seconds_count{outcome="bounced"}`:   1,
		`smtpgw_relay_delivery_attempt_duration_seconds_count{outcome="deferred"}`:  1,
		`smtpgw_relay_delivery_delay_seconds_count`:                                 1,
		`smtpgw_relay_queue_messages`:                                               1,
		`smtpgw_relay_connection_slots_used`:                                        1,
		`smtpgw_relay_connection_slots`:                                             50,
	}
	for k, v := range want {
		if got, ok := m[k]; !ok || got != v {
			t.Errorf("%s = %v (present %v), want %v", k, got, ok, v)
		}
	}
	if conns := m[`smtpgw_relay_outbound_connections_total{tls="no",tls_version=""}`]; conns < 1 {
		t.Errorf("outbound connections without TLS = %v", conns)
	}
	if c := m[`smtpgw_relay_destination_concurrency{destination="smarthost"}`]; c < 1 {
		t.Errorf("smarthost concurrency %v", c)
	}
	if age := m[`smtpgw_relay_queue_oldest_message_age_seconds`]; age <= 0 || age > 60 {
		t.Errorf("oldest message age %v s", age)
	}
	hold.cmd("QUIT", "221")

	// every metric named in docs/relay.md exists, and every smtpgw_relay_
	// metric exported is named there
	docNames := docMetricNames(t)
	exported := map[string]bool{}
	for k := range m {
		name, _, _ := strings.Cut(k, "{")
		for _, suf := range []string{"_bucket", "_sum", "_count"} {
			if base, ok := strings.CutSuffix(name, suf); ok && strings.HasSuffix(base, "_seconds") {
				name = base
			}
		}
		if strings.HasPrefix(name, "smtpgw_relay_") {
			exported[name] = true
		}
	}
	for n := range exported {
		if !docNames[n] {
			t.Errorf("metric %s is not listed in docs/relay.md", n)
		}
	}
	for n := range docNames {
		if !exported[n] {
			t.Errorf("docs/relay.md lists %s, which the relay does not export", n)
		}
	}

	// health: ok; the spool not writable: 503, saying why
	code, body := get(t, "http://"+maddr+"/healthz")
	if code != 200 || body != "ok listening\nok spool-writable\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	code, body = get(t, "http://"+maddr+"/readyz")
	if code != 200 || body != "ok spool-recovered\nok listening\nok not-stopping\n" {
		t.Errorf("/readyz: %d %q", code, body)
	}
	tmp := filepath.Join(h.spool, spool.DirTmp)
	if err := os.Rename(tmp, tmp+".away"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(tmp, nil, 0o600); err != nil { // a file where the directory was: no write works, even as root
		t.Fatal(err)
	}
	code, body = get(t, "http://"+maddr+"/healthz")
	if code != 503 || !strings.Contains(body, "ok listening\nfailed spool-writable: spool "+h.spool+" is not writable") {
		t.Errorf("/healthz with the spool not writable: %d %q", code, body)
	}
	os.Remove(tmp)
	os.Rename(tmp+".away", tmp)

	// stopping: a session in a transaction keeps the relay in its grace
	// period, during which /readyz says not ready
	busy := dialRaw(t, h.addr)
	busy.cmd("EHLO client.example.test", "250")
	busy.cmd("MAIL FROM:<app@example.test>", "250")
	h.cancel()
	deadline = time.Now().Add(5 * time.Second)
	for {
		code, body = get(t, "http://"+maddr+"/readyz")
		if code == 503 || time.Now().After(deadline) {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if code != 503 || !strings.Contains(body, "failed not-stopping: the relay is stopping") {
		t.Errorf("/readyz while stopping: %d %q", code, body)
	}
	busy.cmd("RSET", "250")
	h.stop()
	if _, err := http.Get("http://" + maddr + "/metrics"); err == nil {
		t.Error("the metrics server still answers after the relay stopped")
	}
}

var docMetricRe = regexp.MustCompile("`(smtpgw_relay_[a-z_]+)`")

// docMetricNames returns the metric names in docs/relay.md's metrics table.
func docMetricNames(t *testing.T) map[string]bool {
	b, err := os.ReadFile("../docs/relay.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(b), "\n## Metrics")
	if !ok {
		t.Fatal("docs/relay.md has no ## Metrics section")
	}
	sec, _, _ = strings.Cut(sec, "\n## ")
	out := map[string]bool{}
	for _, m := range docMetricRe.FindAllStringSubmatch(sec, -1) {
		out[m[1]] = true
	}
	if len(out) == 0 {
		t.Fatal("no metric names in docs/relay.md")
	}
	return out
}
