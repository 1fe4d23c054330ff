package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/dkimsign"
	"github.com/smtpgw/smtpgw/internal/testdns"
	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
)

// relayStart is the JSON start line of a relay run with --log-format json.
type relayStart struct {
	Msg      string   `json:"msg"`
	Warnings []string `json:"warnings"`
	Listen   []struct {
		Addr string `json:"addr"`
	} `json:"listen"`
	DKIM    []string `json:"dkim"`
	Metrics string   `json:"metrics"`
}

// cliRelay runs `smtpgw relay ARGS --log-format json` until the test ends
// and returns its start line and its stderr; stop stops it and returns its
// exit code.
func cliRelay(t *testing.T, args ...string) (relayStart, *lockedBuf, func() int) {
	t.Helper()
	errBuf := &lockedBuf{}
	ios := &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: errBuf}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- run(ctx, append(args, "--log-format", "json"), ios) }()
	stopped, code := false, 0
	stop := func() int {
		if !stopped {
			stopped = true
			cancel()
			select {
			case code = <-done:
			case <-time.After(15 * time.Second):
				t.Fatal("relay did not stop on cancel")
			}
		}
		return code
	}
	t.Cleanup(func() { stop() })
	var start relayStart
	deadline := time.Now().Add(10 * time.Second)
	for start.Msg == "" && time.Now().Before(deadline) {
		select {
		case code = <-done:
			stopped = true
			t.Fatalf("relay exited with %d:\n%s", code, errBuf.String())
		default:
		}
		for _, line := range strings.Split(errBuf.String(), "\n") {
			if strings.Contains(line, `"msg":"relay started"`) {
				if err := json.Unmarshal([]byte(line), &start); err != nil {
					t.Fatalf("start line %q: %v", line, err)
				}
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	if start.Msg == "" || len(start.Listen) == 0 {
		t.Fatalf("no start line in:\n%s", errBuf.String())
	}
	return start, errBuf, stop
}

func writePEM(t *testing.T, typ string, der []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "key.pem")
	if err := os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRelayDKIMFlag(t *testing.T) {
	t.Parallel()
	rk, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	rsaFile := writePEM(t, "RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(rk))
	_, ek, _ := ed25519.GenerateKey(rand.Reader)
	der, _ := x509.MarshalPKCS8PrivateKey(ek)
	edFile := writePEM(t, "PRIVATE KEY", der)
	_, otherEd, _ := ed25519.GenerateKey(rand.Reader)
	otherRec, _ := dkimsign.RecordFor(&dkimsign.Key{Signer: otherEd})

	// bad flag values and key files: exit 2, saying what to do
	for _, tc := range []struct{ arg, want string }{
		{"example.test", "give DOMAIN=SELECTOR:KEYFILE"},
		{"example.test=s1:/nonexistent/key.pem", "key file /nonexistent/key.pem"},
		{"example.test=s1:" + filepath.Dir(rsaFile), "key file"},
		{"nodot=s1:" + rsaFile, "not a domain name"},
	} {
		_, errOut, code := runCLI(t, "", "relay", "--spool", t.TempDir(), "--listen", "127.0.0.1:0", "--dkim", tc.arg)
		if code != ExitUsage || !strings.Contains(errOut, tc.want) || !strings.Contains(errOut, "--dkim") {
			t.Errorf("--dkim %s: code %d, stderr %q (want %q)", tc.arg, code, errOut, tc.want)
		}
	}

	// example.test publishes another key, ed25519.test publishes none:
	// the relay starts, warns about both, and signs
	dns := testdns.Start(t, `s1._domainkey.example.test. 300 IN TXT "`+otherRec+`"`)
	up := upstream.Start(t, upstream.Options{})
	start, _, stop := cliRelay(t, "--resolver", dns.Addr, "relay", "--listen", "127.0.0.1:0", "--spool", t.TempDir(),
		"--smarthost", "smtp://sink.example.test:25", "--smarthost-tls", "none", "--port-map", "sink.example.test:25="+up.Addr,
		"--dkim", "example.test=s1:"+rsaFile, "--dkim", "ed25519.test=ed:"+edFile)
	var mismatch, missing bool
	for _, w := range start.Warnings {
		mismatch = mismatch || strings.HasPrefix(w, "--dkim example.test: DKIM key does not match") && strings.Contains(w, "publishes a different public key")
		missing = missing || strings.HasPrefix(w, "--dkim ed25519.test: no DKIM key record at ed._domainkey.ed25519.test")
	}
	if !mismatch || !missing {
		t.Errorf("warnings %q: want a mismatch for example.test and a missing record for ed25519.test", start.Warnings)
	}
	if strings.Join(start.DKIM, "|") != "example.test (selector s1, RSA 2048)|ed25519.test (selector ed, Ed25519)" {
		t.Errorf("start line dkim %q", start.DKIM)
	}
	if err := plainSend(start.Listen[0].Addr, "app@example.test", []string{"user@example.test"},
		strings.NewReader("From: <app@shop.ed25519.test>\r\nSubject: cli\r\n\r\nhi\r\n")); err != nil {
		t.Fatal(err)
	}
	msg := up.Wait(t, 1, 10*time.Second)[0].Data
	if !strings.HasPrefix(string(msg), "DKIM-Signature: ") || !strings.Contains(string(msg), "d=ed25519.test") || !strings.Contains(string(msg), "a=ed25519-sha256") {
		t.Errorf("relayed message not signed by ed25519.test:\n%s", msg)
	}
	if code := stop(); code != 0 {
		t.Errorf("exit code %d", code)
	}
}

func TestRelayMetricsFlag(t *testing.T) {
	t.Parallel()
	_, errOut, code := runCLI(t, "", "relay", "--spool", t.TempDir(), "--listen", "127.0.0.1:0", "--metrics-listen", "9425")
	if code != ExitUsage || !strings.Contains(errOut, "--metrics-listen \"9425\": give HOST:PORT") {
		t.Errorf("bad --metrics-listen: code %d %q", code, errOut)
	}
	up := upstream.Start(t, upstream.Options{})
	start, _, stop := cliRelay(t, "relay", "--listen", "127.0.0.1:0", "--spool", t.TempDir(), "--metrics-listen", "127.0.0.1:0",
		"--smarthost", "smtp://sink.example.test:25", "--smarthost-tls", "none", "--port-map", "sink.example.test:25="+up.Addr)
	u, ok := strings.CutSuffix(start.Metrics, "/metrics")
	if !ok || !strings.HasPrefix(u, "http://127.0.0.1:") || strings.HasSuffix(u, ":0") {
		t.Fatalf("start line metrics %q", start.Metrics)
	}
	if err := plainSend(start.Listen[0].Addr, "app@example.test", []string{"user@example.test"}, strings.NewReader("Subject: m\r\n\r\nhi\r\n")); err != nil {
		t.Fatal(err)
	}
	up.Wait(t, 1, 10*time.Second)
	for path, want := range map[string]string{"/metrics": "\nsmtpgw_relay_messages_received_total 1\n", "/healthz": "ok listening\nok spool-writable\n",
		"/readyz": "ok spool-recovered\nok listening\nok not-stopping\n"} {
		resp, err := http.Get(u + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("%s: %s, body lacks %q:\n%.2000s", path, resp.Status, want, b)
		}
	}
	if code := stop(); code != 0 {
		t.Errorf("exit code %d", code)
	}
}
