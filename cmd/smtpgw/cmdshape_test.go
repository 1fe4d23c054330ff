package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/check"
	"github.com/smtpgw/smtpgw/diagnose"
	"github.com/smtpgw/smtpgw/probe"
	"github.com/smtpgw/smtpgw/session"
	"github.com/spf13/cobra"
)

// runStubbed runs cmd (built with a stubbed run function) with args under
// a root that carries the global flags, and returns the error.
func runStubbed(t *testing.T, build func(*Factory) *cobra.Command, args ...string) error {
	t.Helper()
	ios, _, _ := TestIO("")
	root, g := NewRootCmd(ios)
	sub := build(&Factory{IO: ios, Global: g})
	for _, c := range root.Commands() {
		if c.Name() == sub.Name() {
			root.RemoveCommand(c)
		}
	}
	nf, _ := networkFlags(sub.Name())
	nf.add(sub, g)
	root.AddCommand(sub)
	root.SetArgs(append([]string{sub.Name()}, args...))
	return root.ExecuteContext(context.Background())
}

// The flags of smtpgw probe land in probe.Options as the package defines
// them; no network work is done (the run function is a stub).
func TestProbeFlagsToOptions(t *testing.T) {
	t.Parallel()
	var got *probeOptions
	stub := func(f *Factory) *cobra.Command {
		return NewCmdProbe(f, func(_ context.Context, o *probeOptions) error { got = o; return nil })
	}
	err := runStubbed(t, stub, "example.test", "mx.example.test:587", "--ports", "25,2525", "--helo", "probe.example.test", "-4",
		"--concurrency", "3", "--step-timeout", "2s", "--slow", "1s", "--expiry-warn", "30d", "--port-map", "25=:2526", "--timeout", "7s", "--fail-on", "warn")
	if err != nil {
		t.Fatal(err)
	}
	p := got.Probe
	if fmt.Sprint(p.Ports) != "[25 2525]" || p.HELO != "probe.example.test" || !p.IPv4 || p.IPv6 || p.Concurrency != 3 ||
		p.StepTimeout != 2*time.Second || p.SlowGreeting != time.Second || p.ExpiryWarn != 30*24*time.Hour ||
		p.PortMap[25] != ":2526" || p.Timeout != 7*time.Second {
		t.Errorf("options %+v", p)
	}
	if got.failOn != "warn" || len(got.targets) != 2 || got.targets[0].Domain != "example.test" || got.targets[1].Port != 587 {
		t.Errorf("fail-on %q targets %+v", got.failOn, got.targets)
	}
	// Defaults are the package's.
	if err := runStubbed(t, stub, "example.test"); err != nil {
		t.Fatal(err)
	}
	if got.Probe.Timeout != probe.DefaultTimeout || got.Probe.Concurrency != probe.DefaultConcurrency || fmt.Sprint(got.Probe.Ports) != fmt.Sprint(probe.DefaultPorts) {
		t.Errorf("defaults %+v", got.Probe)
	}
	// The package's Validate decides, and the error names the flag.
	err = runStubbed(t, stub, "example.test", "--step-timeout", "-1s")
	if exitCode(err) != ExitUsage || !strings.HasPrefix(err.Error(), "--step-timeout ") {
		t.Errorf("negative --step-timeout: %v (exit %d)", err, exitCode(err))
	}
}

func TestCheckFlagsToOptions(t *testing.T) {
	t.Parallel()
	var got *checkOptions
	stub := func(f *Factory) *cobra.Command {
		return NewCmdCheck(f, func(_ context.Context, o *checkOptions) error { got = o; return nil })
	}
	err := runStubbed(t, stub, "b.test", "a.test", "--submission", "--dkim-selector", "s1, s2", "--spf-ip", "192.0.2.25", "--spf-sender", "<>",
		"--spf-helo", "mail.a.test", "--expect", "dane", "--helo", "c.test", "--sending-ip", "192.0.2.26", "--timeout", "9s", "--json")
	if err != nil {
		t.Fatal(err)
	}
	c := got.Check
	if !c.Submission || c.SkipSMTP || fmt.Sprint(c.DKIMSelectors) != "[s1 s2]" || c.SPFIP.String() != "192.0.2.25" || c.SPFSender != "<>" ||
		c.SPFHELO != "mail.a.test" || len(c.Expect) != 1 || c.HELO != "c.test" || len(c.SendingIPs) != 1 || c.Timeout != 9*time.Second {
		t.Errorf("options %+v", c)
	}
	if fmt.Sprint(got.domains) != "[a.test b.test]" || len(got.specs) != 1 || got.specs[0].Format != "json" {
		t.Errorf("domains %v specs %+v", got.domains, got.specs)
	}
	if err := runStubbed(t, stub, "a.test"); err != nil || got.Check.Timeout != check.DefaultTimeout || got.specs[0].Format != "text" {
		t.Errorf("defaults: %v %+v %+v", err, got.Check, got.specs)
	}
	// check.Options.Validate decides; the message names the flags, not
	// the Go fields.
	err = runStubbed(t, stub, "a.test", "--spf-helo", "mail.a.test")
	if exitCode(err) != ExitUsage || err.Error() != "--spf-helo needs --spf-ip: SPF is evaluated for a client address" {
		t.Errorf("--spf-helo without --spf-ip: %v", err)
	}
}

// Exit codes come from error types, never from the wording.
func TestExitCodeByType(t *testing.T) {
	t.Parallel()
	osErr := &fs.PathError{Op: "open", Path: "/x", Err: syscall.EINVAL} // "invalid argument"
	tests := []struct {
		err  error
		want int
	}{
		{osErr, ExitFindings},
		{fmt.Errorf("delivering: %w", osErr), ExitFindings},
		{errors.New("unknown command, invalid argument, requires at least"), ExitFindings},
		{usageErr("bad"), ExitUsage},
		{fmt.Errorf("wrapped: %w", usageErr("bad")), ExitUsage},
		{&probe.OptionError{Field: "HELO", Problem: "x"}, ExitUsage},
		{fmt.Errorf("check: %w", &check.OptionError{Field: "HELO", Problem: "x"}), ExitUsage},
		{&ExitError{Code: 1}, 1},
	}
	for _, tc := range tests {
		if got := exitCode(tc.err); got != tc.want {
			t.Errorf("%v: exit %d, want %d", tc.err, got, tc.want)
		}
	}
	// Cobra's argument-count errors are usage errors by type.
	for _, args := range [][]string{{"inspect", "a.eml", "b.eml"}, {"inspect"}, {"send", "extra"}, {"queue", "show"}} {
		if _, errOut, code := runCLI(t, "", args...); code != ExitUsage || !strings.Contains(errOut, "--help") {
			t.Errorf("%v: exit %d %q", args, code, errOut)
		}
	}
}

func TestDiagnoseFlagsToOptions(t *testing.T) {
	t.Parallel()
	var got *diagnoseOptions
	stub := func(f *Factory) *cobra.Command {
		return NewCmdDiagnose(f, func(_ context.Context, o *diagnoseOptions) error { got = o; return nil })
	}
	err := runStubbed(t, stub, "bob@rcpt.test", "--from", "alice@sender.test", "--sending-ip", "192.0.2.25", "--helo", "mail.sender.test",
		"--server", "mx2.rcpt.test:2525", "--dkim-selector", "s1, s2", "--port-map", "25=127.0.0.1:2525", "--blocklist", "zen.spamhaus.org",
		"--timeout", "9s", "--format", "junit", "--fail-on", "warn")
	if err != nil {
		t.Fatal(err)
	}
	d := got.Diagnose
	if d.From != "alice@sender.test" || fmt.Sprint(d.SendingIPs) != "[192.0.2.25]" || d.HELO != "mail.sender.test" || d.Server != "mx2.rcpt.test:2525" ||
		fmt.Sprint(d.DKIMSelectors) != "[s1 s2]" || d.PortMap[25] != "127.0.0.1:2525" || len(d.DNSBL) != 1 || d.Timeout != 9*time.Second || d.Reply != "" {
		t.Errorf("options %+v", d)
	}
	if got.recipient != "bob@rcpt.test" || got.format != "junit" || got.failOn != "warn" {
		t.Errorf("recipient %q format %q fail-on %q", got.recipient, got.format, got.failOn)
	}
	// A pasted reply is the reply, not a recipient; defaults are the package's.
	if err := runStubbed(t, stub, "550 5.1.1 <bob@rcpt.test>: user unknown", "--json"); err != nil {
		t.Fatal(err)
	}
	if got.recipient != "" || got.Diagnose.Reply == "" || got.Diagnose.Timeout != diagnose.DefaultTimeout || got.format != "json" || got.failOn != "fail" {
		t.Errorf("pasted reply: %q %+v %q", got.recipient, got.Diagnose, got.format)
	}
	// diagnose.Options.Validate decides; the message names the flags.
	for args, want := range map[string]string{
		"bob@rcpt.test --dkim-selector s1":       "--dkim-selector needs the sender's domain to look the selectors up at: give --from or --message",
		"bob@rcpt.test --server https://mx.test": "--server target \"https://mx.test\"",
		"bob@rcpt.test --from alice":             "--from \"alice\": give the envelope sender address, such as alice@example.org",
		"bob@rcpt.test --port-map 25=2525":       "--port-map \"25=2525\": \"2525\" is not [HOST]:PORT",
		"bob@rcpt.test --port-map mx.test:25=:1": "maps one host's port; this command maps a port of every host: write 25=:1",
	} {
		err := runStubbed(t, stub, strings.Fields(args)...)
		if exitCode(err) != ExitUsage || err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v (exit %d), want %q", args, err, exitCode(err), want)
		}
	}
}

func TestInspectFlagsToOptions(t *testing.T) {
	t.Parallel()
	var got *inspectOptions
	stub := func(f *Factory) *cobra.Command {
		return NewCmdInspect(f, func(_ context.Context, o *inspectOptions) error { got = o; return nil })
	}
	if err := runStubbed(t, stub, "message.eml", "--format", "markdown", "--fail-on", "warn", "-v"); err != nil {
		t.Fatal(err)
	}
	if got.Path != "message.eml" || got.format != "markdown" || got.failOn != "warn" || !got.Verbose {
		t.Errorf("options %+v", got)
	}
	if err := runStubbed(t, stub, "-", "--json"); err != nil || got.Path != "-" || got.format != "json" || got.failOn != "fail" {
		t.Errorf("defaults: %v %+v", err, got)
	}
	err := runStubbed(t, stub, "message.eml", "--format", "yaml")
	if exitCode(err) != ExitUsage || !strings.Contains(err.Error(), "use text, json, junit, markdown or sarif") {
		t.Errorf("--format yaml: %v", err)
	}
}

func TestSessionFlagsToOptions(t *testing.T) {
	t.Parallel()
	var got *sessionOptions
	stub := func(f *Factory) *cobra.Command {
		return NewCmdSession(f, func(_ context.Context, o *sessionOptions) error { got = o; return nil })
	}
	token := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(token, []byte(" tok-123 \nignored\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := runStubbed(t, stub, "smtp.example.test", "--port", "587", "--tls", "STARTTLS", "--insecure-skip-verify", "--helo", "client.example.test",
		"--idle", "30s", "--token-file", token, "--json")
	if err != nil {
		t.Fatal(err)
	}
	s := got.Session
	if s.Target != "smtp.example.test" || s.Port != 587 || s.TLS != "STARTTLS" || !s.InsecureSkipVerify || s.Helo != "client.example.test" ||
		s.Idle != 30*time.Second || s.Token != "tok-123" || !got.JSON {
		t.Errorf("options %+v", s)
	}
	if err := runStubbed(t, stub, "mx.example.test"); err != nil || got.Session.Idle != session.DefaultIdle || got.Session.Port != 0 || got.Session.TLS != "" {
		t.Errorf("defaults: %v %+v", err, got.Session)
	}
	// session.Options.Validate decides; the message names the flag.
	for args, want := range map[string]string{
		"mx.example.test --port 70000":  "--port 70000 is not a port number",
		"mx.example.test --helo a\x00b": "--helo \"a\\x00b\" contains a space or a control character",
		"mx.example.test --idle -1s":    "--idle must be positive",
	} {
		err := runStubbed(t, stub, strings.Fields(args)...)
		if exitCode(err) != ExitUsage || err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", args, err, want)
		}
	}
}

func TestExplainFlagsToOptions(t *testing.T) {
	t.Parallel()
	var got *ExplainOptions
	stub := func(f *Factory) *cobra.Command {
		return NewCmdExplain(f, func(_ context.Context, o *ExplainOptions) error { got = o; return nil })
	}
	if err := runStubbed(t, stub, "550", "5.1.1", "--json", "-v"); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got.Args) != "[550 5.1.1]" || !got.JSON || !got.Why || got.Stdin || got.summarise {
		t.Errorf("replies: %+v", got)
	}
	if err := runStubbed(t, stub, "-"); err != nil || got.Args != nil || !got.Stdin {
		t.Errorf("-: %v %+v", err, got)
	}
	// --summary goes to the summary, with its flags.
	if err := runStubbed(t, stub, "--summary", "--top", "3", "--csv", "mail.log"); err != nil || !got.summarise || got.Sum.Top != 3 || !got.Sum.CSV || fmt.Sprint(got.Args) != "[mail.log]" {
		t.Errorf("--summary: %v %+v", err, got)
	}
	for args, want := range map[string]string{
		"--list 421":                   "--list takes no reply and no --bounce",
		"421 --top 3":                  "--top is for summaries",
		"--summary --top 0 mail.log":   "--top 0: give a number of recipients of 1 or more",
		"--summary --format xml a.log": `--format "xml": give text, json or csv`,
	} {
		err := runStubbed(t, stub, strings.Fields(args)...)
		if exitCode(err) != ExitUsage || err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", args, err, want)
		}
	}
}
