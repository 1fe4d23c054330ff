package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/relay/deliver"
	"github.com/smtpgw/smtpgw/send"
	"github.com/spf13/cobra"
)

// The flags of smtpgw send land in send.LoadOptions and send.Compose; no
// network work is done (the run function is a stub).
func TestSendFlagsToOptions(t *testing.T) {
	t.Parallel()
	var got *sendOptions
	stub := func(f *Factory) *cobra.Command {
		return NewCmdSend(f, func(_ context.Context, o *sendOptions) error { got = o; return nil })
	}
	_, ed, _ := ed25519.GenerateKey(rand.Reader)
	der, _ := x509.MarshalPKCS8PrivateKey(ed)
	key := writeFile(t, "dkim.pem", string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})))
	body := writeFile(t, "body.txt", "the body\n")
	pw := writeFile(t, "pw", "s3cret\nignored\n")
	err := runStubbed(t, stub, "--to", "a@example.test", "--to", "b@example.test", "--from", "me@example.test", "--server", "smtp.example.test:587",
		"--tls", "STARTTLS", "--helo", "client.example.test", "--auth-user", "me", "--password-file", pw, "--auth-mech", "plain",
		"--subject", "", "--body-file", body, "--header", "X-Test: 1", "--attach", body, "--dkim-key", key, "--dkim-selector", "s1",
		"--count", "5", "--concurrency", "2", "--json")
	if err != nil {
		t.Fatal(err)
	}
	lo, c := got.Load, got.Compose
	if len(lo.To) != 2 || lo.To[1].String() != "b@example.test" || lo.From.String() != "me@example.test" || lo.Server != "smtp.example.test:587" ||
		lo.TLS != send.TLSStartTLS || lo.Helo != "client.example.test" || lo.AuthUser != "me" || lo.AuthPassword != "s3cret" ||
		lo.AuthMech != "plain" || lo.Count != 5 || lo.Concurrency != 2 || lo.NewMessage == nil {
		t.Errorf("options %+v", lo)
	}
	if c.Subject == nil || *c.Subject != "" || c.Body == nil || *c.Body != "the body\n" || len(c.Headers) != 1 || c.Headers[0].Name != "X-Test" ||
		len(c.Attachments) != 1 || c.Attachments[0].Name != "body.txt" || c.DKIMKey == nil || c.DKIMSelector != "s1" || c.Data != nil {
		t.Errorf("compose %+v", c)
	}
	// Message 2 of a load test is built, signed, with its own test id.
	m, err := lo.NewMessage(2)
	if err != nil || !strings.HasPrefix(string(m.Data), "DKIM-Signature: ") || !strings.HasSuffix(m.ID, "-2") {
		t.Errorf("message 2: %v %+v", err, m)
	}
	// Defaults are the package's: the HELO name and the sender.
	if err := runStubbed(t, stub, "--to", "a@example.test"); err != nil {
		t.Fatal(err)
	}
	if got.Load.Helo != send.DefaultHelo() || got.Load.From.String() != send.DefaultFrom(send.DefaultHelo()) ||
		got.Load.Count != 1 || got.Load.Concurrency != 1 || got.Compose.Subject != nil || got.Compose.Body != nil {
		t.Errorf("defaults %+v %+v", got.Load, got.Compose)
	}
	// The package's Validate decides which options combine; the errors
	// name the flags.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--concurrency", "3"}, "--concurrency needs --count above 1"},
		{[]string{"--count", "3", "--quit-after", "rcpt"}, "--quit-after cannot be combined with --count above 1"},
		{[]string{"--dkim-selector", "s1"}, "--dkim-key is missing: DKIM signing needs both --dkim-key and --dkim-selector"},
		{[]string{"--data", body, "--header", "X-A: b"}, "--data is a prepared message, sent as is: it cannot be combined with --subject, --body, --header or --attach"},
		{[]string{"--server", "h.example.test", "--tls", "none", "--auth-user", "u", "--password-file", pw}, "(--tls none): use --tls starttls or implicit, or --allow-plaintext-auth"},
		{[]string{"--to", "b@other.test"}, "give --server, or send once per domain"},
	} {
		err := runStubbed(t, stub, append([]string{"--to", "a@example.test"}, tc.args...)...)
		if exitCode(err) != ExitUsage || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v (exit %d), want %q", tc.args, err, exitCode(err), tc.want)
		}
	}
}

// The flags of smtpgw relay land in relay.Options; relay.Options.Validate
// decides (the open-relay policy too) and its errors and warnings name the
// flags. Nothing listens (the run function is a stub).
func TestRelayFlagsToOptions(t *testing.T) {
	t.Parallel()
	pw := writeFile(t, "pw", "s3cret\n")
	spoolDir := t.TempDir()
	r := stubRelay(t, "--spool", spoolDir, "--listen", "127.0.0.1:2626", "--listen-tls", "127.0.0.1:4650", "--tls-self-signed",
		"--hostname", "relay.example.test", "--allow-net", "0.0.0.0/0", "--max-message-size", "10MB", "--max-recipients", "7",
		"--command-timeout", "1m", "--retry-initial", "2m", "--max-deliveries", "3", "--delay-warning", "0", "--timeout", "9s",
		"--smarthost", "smtp://apikey@smtp.example.test", "--smarthost-password-file", pw, "--smarthost-tls", "none",
		"--port-map", "25=:2525", "--metrics-listen", "127.0.0.1:9425", "--grace", "3s")
	if len(r.Listen) != 2 || r.Listen[0].Addr != "127.0.0.1:2626" || !r.Listen[1].ImplicitTLS || r.TLSConfig == nil || r.TLSFingerprint == "" ||
		r.Hostname != "relay.example.test" || r.Helo != "relay.example.test" || r.SpoolDir != spoolDir || r.MetricsListen != "127.0.0.1:9425" || r.Grace != 3*time.Second {
		t.Errorf("relay %+v", r)
	}
	s := r.Server
	if s.MaxMessageBytes != 10<<20 || s.MaxRecipients != 7 || s.CommandTimeout != time.Minute || len(s.AllowNets) != 1 {
		t.Errorf("server %+v", s)
	}
	d := r.Deliver
	if d.RetryInitial != 2*time.Minute || d.MaxConcurrent != 3 || d.DelayWarning >= 0 || d.ConnectTimeout != 9*time.Second || d.CommandTimeout != 0 ||
		len(d.Smarthosts) != 1 || d.Smarthosts[0].User != "apikey" || d.Smarthosts[0].Password != "s3cret" || d.Smarthosts[0].TLS != "none" ||
		d.PortMap[":25"] != ":2525" || d.Resolver != nil {
		t.Errorf("deliver %+v", d)
	}
	// The package's risks, worded with the flags.
	if w := strings.Join(r.Warnings, "\n"); !strings.Contains(w, "--allow-net 0.0.0.0/0 lets the whole Internet relay") ||
		!strings.Contains(w, "--smarthost-tls none: mail to smtp.example.test:587 travels unencrypted") {
		t.Errorf("warnings %q", r.Warnings)
	}
	// Defaults are the package's: zero delivery timeouts (the deliverer's
	// own), no listener (New listens on relay.DefaultListen).
	r = stubRelay(t, "--spool", spoolDir, "--resolver", "127.0.0.1:53")
	if len(r.Listen) != 0 || r.Deliver.ConnectTimeout != 0 || r.Deliver.CommandTimeout != 0 || r.Deliver.Resolver == nil || r.Deliver.DelayWarning != deliver.DefaultDelayWarning {
		t.Errorf("defaults %+v", r)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--allow-net", "none"}, "--allow-net none without --users would let nobody relay"},
		{[]string{"--listen-tls", "127.0.0.1:0"}, "--listen-tls needs a certificate: give --tls-cert and --tls-key, or --tls-self-signed"},
		{[]string{"--max-connections", "-1"}, "--max-connections must not be negative"},
		{[]string{"--smarthost", "smtp://u@x.example.test"}, "no password: give SMTPGW_SMARTHOST_PASSWORD or --smarthost-password-file"},
	} {
		err := runStubbed(t, func(f *Factory) *cobra.Command {
			return NewCmdRelay(f, func(context.Context, *relayOptions) error { return nil })
		}, append([]string{"--spool", spoolDir, "--resolver", "127.0.0.1:53"}, tc.args...)...)
		if exitCode(err) != ExitUsage || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v (exit %d), want %q", tc.args, err, exitCode(err), tc.want)
		}
	}
}

// Each subcommand of smtpgw queue sets its action, ids and flags (--spool
// from the parent); retry needs ids or --all, not both.
func TestQueueFlagsToOptions(t *testing.T) {
	t.Parallel()
	var got *queueOptions
	stub := func(f *Factory) *cobra.Command {
		return NewCmdQueue(f, func(_ context.Context, o *queueOptions) error { c := *o; got = &c; return nil })
	}
	for _, tc := range []struct {
		args []string
		want queueOptions
	}{
		{[]string{"status", "--spool", "/s", "--json"}, queueOptions{Action: "status", Spool: "/s", JSON: true}},
		{[]string{"list", "--failed"}, queueOptions{Action: "list", Failed: true}},
		{[]string{"show", "ID1", "--json"}, queueOptions{Action: "show", IDs: []string{"ID1"}, JSON: true}},
		{[]string{"retry", "--all", "--spool", "/s"}, queueOptions{Action: "retry", All: true, Spool: "/s"}},
		{[]string{"retry", "ID1", "ID2"}, queueOptions{Action: "retry", IDs: []string{"ID1", "ID2"}}},
		{[]string{"delete", "ID1"}, queueOptions{Action: "delete", IDs: []string{"ID1"}}},
	} {
		got = nil
		if err := runStubbed(t, stub, tc.args...); err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		w := tc.want
		if got == nil || got.Action != w.Action || got.Spool != w.Spool || strings.Join(got.IDs, " ") != strings.Join(w.IDs, " ") ||
			got.JSON != w.JSON || got.Failed != w.Failed || got.All != w.All {
			t.Errorf("%v: %+v, want %+v", tc.args, got, w)
		}
	}
	for _, args := range [][]string{{"retry"}, {"retry", "ID1", "--all"}} {
		if err := runStubbed(t, stub, args...); exitCode(err) != ExitUsage || !strings.Contains(err.Error(), "give message ids or --all") {
			t.Errorf("%v: %v", args, err)
		}
	}
}
