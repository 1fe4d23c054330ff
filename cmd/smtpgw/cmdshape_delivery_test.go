package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"strings"
	"testing"

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
