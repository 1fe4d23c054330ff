package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/smtpgw/smtpgw/relay"
)

func relayInfo() relay.StartInfo {
	return relay.StartInfo{
		Warnings: []string{"--smarthost-tls none: mail to sink.example.test:25 travels unencrypted; only for local sinks"},
		Listen: []relay.ListenInfo{
			{Addr: "127.0.0.1:2525", TLS: relay.ListenSTARTTLS},
			{Addr: "127.0.0.1:4650", TLS: relay.ListenImplicit},
			{Addr: "[::1]:2525", TLS: relay.ListenPlain},
		},
		CertFingerprint: "AB:CD",
		Delivery:        "smarthost sink.example.test:25 (none)",
		Spool:           "/tmp/spool",
		TryIt:           "smtpgw send --server 127.0.0.1:2525 --from sender@example.com --to recipient@example.com",
	}
}

// The plain form is what the relay printed before the renderer moved here;
// the README and scripts rely on it byte for byte.
const relayPlain = `WARNING: --smarthost-tls none: mail to sink.example.test:25 travels unencrypted; only for local sinks
Listening on   127.0.0.1:2525 (SMTP with STARTTLS)
Listening on   127.0.0.1:4650 (SMTP over implicit TLS)
Listening on   [::1]:2525 (SMTP)
Certificate    self-signed, SHA-256 fingerprint AB:CD
Delivering to  smarthost sink.example.test:25 (none)
Spool          /tmp/spool
Try it:        smtpgw send --server 127.0.0.1:2525 --from sender@example.com --to recipient@example.com
`

func TestWriteRelayStartPlain(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteRelayStart(&b, relayInfo(), NewStyles(&b, false)); err != nil {
		t.Fatal(err)
	}
	if b.String() != relayPlain {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), relayPlain)
	}
	// nil styles are plain too
	b.Reset()
	WriteRelayStart(&b, relayInfo(), nil)
	if b.String() != relayPlain {
		t.Errorf("nil styles:\n%s", b.String())
	}
	// no certificate, no listener: those lines are left out
	info := relayInfo()
	info.CertFingerprint, info.Listen, info.TryIt, info.Warnings = "", nil, "", nil
	b.Reset()
	WriteRelayStart(&b, info, nil)
	if want := "Delivering to  smarthost sink.example.test:25 (none)\nSpool          /tmp/spool\n"; b.String() != want {
		t.Errorf("minimal:\n%q", b.String())
	}
}

// On an 80-column terminal the warning and long values wrap under their
// text; the try-it command stays whole, to be copied.
func TestWriteRelayStartWraps(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	st := NewStyles(&b, false)
	st.Width = 80
	info := relayInfo()
	info.DKIM = []string{"example.com (selector s1, RSA 2048)", "example.org (selector s2, Ed25519)", "shop.example.net (selector mail2024, RSA 2048)"}
	if err := WriteRelayStart(&b, info, st); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	want := "WARNING: --smarthost-tls none: mail to sink.example.test:25 travels unencrypted;\n         only for local sinks\n"
	if !strings.HasPrefix(out, want) {
		t.Errorf("warning not wrapped under its text:\n%s", out)
	}
	if !strings.Contains(out, "\nDKIM signing   example.com (selector s1, RSA 2048), example.org (selector s2,\n               Ed25519), shop.example.net (selector mail2024, RSA 2048)\n") {
		t.Errorf("DKIM line not wrapped under its value:\n%s", out)
	}
	if !strings.Contains(out, "\nTry it:        "+info.TryIt+"\n") {
		t.Errorf("try-it command broken up:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if len(l) > 80 && !strings.HasPrefix(l, "Try it:") {
			t.Errorf("wider than 80: %q", l)
		}
	}
}

func TestWriteRelayStartDKIMAndMetrics(t *testing.T) {
	info := relayInfo()
	info.DKIM = []string{"example.test (selector s1, RSA 2048)", "ed25519.test (selector ed, Ed25519)"}
	info.Metrics = "http://127.0.0.1:9425/metrics"
	var b bytes.Buffer
	if err := WriteRelayStart(&b, info, nil); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Delivering to  smarthost sink.example.test:25 (none)\nDKIM signing   example.test (selector s1, RSA 2048), ed25519.test (selector ed, Ed25519)\nSpool          /tmp/spool\n",
		"Spool          /tmp/spool\nMetrics        http://127.0.0.1:9425/metrics (and /healthz, /readyz)\nTry it:",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("banner lacks %q:\n%s", want, b.String())
		}
	}
}

func TestWriteRelayStartColor(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteRelayStart(&b, relayInfo(), NewStyles(&b, true)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "\x1b[") {
		t.Fatalf("no ANSI styling:\n%q", out)
	}
	// the same text once the styling is stripped: the columns line up alike
	if got := ansi.Strip(out); got != relayPlain {
		t.Errorf("stripped:\n%s\nwant:\n%s", got, relayPlain)
	}
}

func TestWriteRelayStartJSON(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	now := time.Date(2026, 11, 28, 20, 0, 0, 0, time.UTC)
	if err := WriteRelayStartJSON(&b, relayInfo(), now); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want a WARN line and the start line, got:\n%s", b.String())
	}
	var warn map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &warn); err != nil {
		t.Fatal(err)
	}
	if warn["level"] != "WARN" || warn["msg"] != relayInfo().Warnings[0] || warn["time"] != "2026-11-28T20:00:00Z" {
		t.Errorf("warn line %s", lines[0])
	}
	var start struct {
		Time     time.Time          `json:"time"`
		Level    string             `json:"level"`
		Msg      string             `json:"msg"`
		Warnings []string           `json:"warnings"`
		Listen   []relay.ListenInfo `json:"listen"`
		Cert     string             `json:"self_signed_sha256"`
		Delivery string             `json:"delivery"`
		Spool    string             `json:"spool"`
		TryIt    string             `json:"try_it"`
	}
	if err := json.Unmarshal([]byte(lines[1]), &start); err != nil {
		t.Fatal(err)
	}
	want := relayInfo()
	if !start.Time.Equal(now) || start.Level != "INFO" || start.Msg != RelayStartedMsg || len(start.Warnings) != 1 ||
		len(start.Listen) != 3 || start.Listen[1] != want.Listen[1] || start.Cert != "AB:CD" ||
		start.Delivery != want.Delivery || start.Spool != want.Spool || start.TryIt != want.TryIt {
		t.Errorf("start line %s", lines[1])
	}
	if !strings.Contains(lines[1], `"listen":[{"addr":"127.0.0.1:2525","tls":"starttls"}`) {
		t.Errorf("listen layout: %s", lines[1])
	}

	// without warnings: one line, empty arrays rather than null
	b.Reset()
	WriteRelayStartJSON(&b, relay.StartInfo{Delivery: "x", Spool: "/s"}, now)
	if got := b.String(); strings.Count(got, "\n") != 1 || !strings.Contains(got, `"warnings":[]`) || !strings.Contains(got, `"listen":[]`) ||
		strings.Contains(got, "try_it") || strings.Contains(got, "self_signed_sha256") {
		t.Errorf("minimal: %s", got)
	}
}
