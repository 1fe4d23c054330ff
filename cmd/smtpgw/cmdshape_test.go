package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/check"
	"github.com/smtpgw/smtpgw/probe"
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
	networkFlags[sub.Name()].add(sub, g)
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
