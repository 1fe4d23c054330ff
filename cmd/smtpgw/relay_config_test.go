package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/relay"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// TestRelayConfigSetsEveryFlag writes a config file that names every flag
// of 'smtpgw relay' (whoever added it) and checks that each one is set from
// it: the config file is generic over the flags.
func TestRelayConfigSetsEveryFlag(t *testing.T) {
	t.Parallel()
	cmd := NewCmdRelay(&Factory{IO: &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard}, Global: &GlobalOptions{}}, nil)
	fs := cmd.Flags()
	var yaml strings.Builder
	want := map[string]string{}
	n := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Name == "config" {
			return
		}
		n++
		var v, shown string
		switch f.Value.Type() {
		case "bool":
			v = "true"
			if f.DefValue == "true" {
				v = "false"
			}
			shown = v
		case "int":
			v, shown = "7", "7"
		case "duration":
			v, shown = "7s", "7s"
		case "stringArray", "stringSlice":
			v, shown = `["one-`+f.Name+`", "two"]`, "[one-"+f.Name+",two]"
		case "string":
			v, shown = `"value-`+f.Name+`"`, "value-"+f.Name
		default:
			t.Errorf("flag --%s has type %s: teach this test a value for it", f.Name, f.Value.Type())
			return
		}
		yaml.WriteString(f.Name + ": " + v + "\n")
		want[f.Name] = shown
	})
	if n < 30 {
		t.Fatalf("only %d relay flags", n)
	}
	cf, err := relay.ParseConfig("all.yaml", []byte(yaml.String()))
	if err != nil {
		t.Fatal(err)
	}
	if err := cf.Apply(configFlags{fs}); err != nil {
		t.Fatal(err)
	}
	for name, v := range want {
		f := fs.Lookup(name)
		if !f.Changed || f.Value.String() != v {
			t.Errorf("--%s from the config file: %q (changed %v), want %q", name, f.Value.String(), f.Changed, v)
		}
	}
}

func TestRelayConfigCommandLineWins(t *testing.T) {
	t.Parallel()
	cmd := NewCmdRelay(&Factory{IO: &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard}, Global: &GlobalOptions{}}, nil)
	if err := cmd.ParseFlags([]string{"--max-deliveries", "9", "--listen", "127.0.0.1:1"}); err != nil {
		t.Fatal(err)
	}
	cf, err := relay.ParseConfig("c.yaml", []byte("max-deliveries: 40\nlisten: [127.0.0.1:2, 127.0.0.1:3]\nmax-recipients: 50\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := cf.Apply(configFlags{cmd.Flags()}); err != nil {
		t.Fatal(err)
	}
	fs := cmd.Flags()
	for name, want := range map[string]string{"max-deliveries": "9", "listen": "[127.0.0.1:1]", "max-recipients": "50"} {
		if got := fs.Lookup(name).Value.String(); got != want {
			t.Errorf("--%s = %s, want %s", name, got, want)
		}
	}
}

// TestRelayConfigExample loads docs/relay-config.yaml, the example the
// documentation shows, through the command's own path (flags on the
// command line win).
func TestRelayConfigExample(t *testing.T) {
	t.Parallel()
	path := filepath.Join("..", "..", "docs", "relay-config.yaml")
	spoolDir := t.TempDir()
	opts := stubRelay(t, "--config", path, "--spool", spoolDir, "--resolver", "127.0.0.1:53")
	var listen []string
	for _, l := range opts.Listen {
		listen = append(listen, l.Addr)
	}
	d := opts.Deliver
	if strings.Join(listen, " ") != "127.0.0.1:2525 [::1]:2525" || opts.SpoolDir != spoolDir || opts.Hostname != "relay.example.com" ||
		d.MaxConcurrent != 40 || !d.Bounce || d.RetryInitial != 2*time.Minute || d.MaxQueueTime != 72*time.Hour || len(opts.Server.AllowNets) != 3 {
		t.Errorf("options from %s: listen %v, %+v", path, listen, opts)
	}
	gm := d.Profiles.Match([]string{"aspmx.l.google.com"})
	ms := d.Profiles.Match([]string{"example-com.mail.protection.outlook.com"})
	pa := d.Profiles.Match([]string{"mx2.partner.example"})
	def := d.Profiles.Default()
	if gm.Concurrency != 3 || gm.PerMinute != 120 || len(ms.Retry) != 4 || ms.Retry[1] != 15*time.Minute ||
		pa.Name != "partner" || pa.Concurrency != 2 || pa.PerConnection != 10 || def.Greylist != 10*time.Minute || def.Concurrency != 5 {
		t.Errorf("destinations from %s: %+v %+v %+v %+v", path, gm, ms, pa, def)
	}
}

func TestRelayConfigErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, tc := range []struct{ yaml, want string }{
		{"max-deliverys: 4\n", `line 1: unknown key "max-deliverys"; the keys are the relay's flags and destinations: allow-insecure-auth, allow-net,`},
		{"max-deliveries: lots\n", `line 1: max-deliveries: "lots" is not a valid whole number`},
		{"retry-max: soon\n", "is not a valid duration such as 30s or 5m"},
		{"max-deliveries: [1, 2]\n", "max-deliveries takes one value, not a list"},
		{"listen:\n  a: b\n", "want a value or a list of values, not a mapping"},
		{"bounce:\n", "bounce: no value"},
		{"- listen\n", "want a mapping of flag names to values"},
		{"listen: [\n", "not YAML"},
		{"bounce: true\nbounce: false\n", `"bounce" is set twice (first on line 1)`},
		{"config: other.yaml\n", `unknown key "config"`},
		{"destinations:\n  gmail:\n    concurrency: 0\n", "line 2: destination gmail: concurrency=\"0\": give a whole number from 1 to 1000"},
		{"destinations:\n  partner: {concurrency: 2}\n", "a new destination needs mx="},
		{"destinations: [gmail]\n", "destinations: want a mapping of destination names"},
		{"smarthost-tls: maybe\n", "--smarthost-tls must be starttls, implicit or none"},
	} {
		f := filepath.Join(dir, "relay.yaml")
		if err := os.WriteFile(f, []byte(tc.yaml), 0o600); err != nil {
			t.Fatal(err)
		}
		_, errOut, code := runCLI(t, "", "relay", "--spool", t.TempDir(), "--config", f)
		if code != ExitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%q: exit %d, stderr %q (want %q)", tc.yaml, code, errOut, tc.want)
		}
	}
	_, errOut, code := runCLI(t, "", "relay", "--config", filepath.Join(dir, "missing.yaml"))
	if code != ExitUsage || !strings.Contains(errOut, "missing.yaml") {
		t.Errorf("missing file: exit %d %q", code, errOut)
	}
}

// With --smarthost only the default destination applies: the others named
// get a warning at start rather than silently doing nothing.
func TestRelayDestinationWithSmarthostWarns(t *testing.T) {
	t.Parallel()
	cfg := filepath.Join(t.TempDir(), "relay.yaml")
	if err := os.WriteFile(cfg, []byte("destinations:\n  yahoo: {concurrency: 2}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	opts := stubRelay(t, "--config", cfg, "--spool", t.TempDir(), "--smarthost", "smtp://sink.example.test:25", "--smarthost-tls", "none",
		"--destination", "gmail:concurrency=2", "--destination", "default:per-minute=60")
	found := false
	for _, w := range opts.Warnings {
		if strings.HasPrefix(w, "destination yahoo, gmail: with --smarthost every message goes to the smarthost") {
			found = true
		}
		if strings.Contains(w, "default,") || strings.Contains(w, ", default") {
			t.Errorf("default is used with a smarthost: %q", w)
		}
	}
	if !found || opts.Deliver.Profiles.Default().PerMinute != 60 {
		t.Errorf("warnings %q, default %+v", opts.Warnings, opts.Deliver.Profiles.Default())
	}
}

// stubRelay runs smtpgw relay with args and a stub for the run: the
// relay.Options the flags (and a --config file) produce.
func stubRelay(t *testing.T, args ...string) relay.Options {
	t.Helper()
	var got *relayOptions
	err := runStubbed(t, func(f *Factory) *cobra.Command {
		return NewCmdRelay(f, func(_ context.Context, o *relayOptions) error { got = o; return nil })
	}, args...)
	if err != nil {
		t.Fatal(err)
	}
	return got.Relay
}
