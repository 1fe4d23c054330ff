package main

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// runCLI runs the command tree in-process with args and stdin, returning
// stdout, stderr and the exit code.
func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	ios, out, errOut := TestIO(stdin)
	code := run(context.Background(), args, ios)
	return out.String(), errOut.String(), code
}

func TestVersion(t *testing.T) {
	out, _, code := runCLI(t, "", "--version")
	if code != 0 || !strings.Contains(out, "smtpgw version") {
		t.Fatalf("--version: code %d, out %q", code, out)
	}
}

func TestCompletion(t *testing.T) {
	for _, sh := range []string{"bash", "zsh", "fish", "powershell"} {
		out, errOut, code := runCLI(t, "", "completion", sh)
		if code != 0 || len(out) < 100 {
			t.Errorf("completion %s: code %d, %d bytes, stderr %q", sh, code, len(out), errOut)
		}
	}
}

func TestUnknownFlagIsUsageError(t *testing.T) {
	_, errOut, code := runCLI(t, "", "--definitely-not-a-flag")
	if code != ExitUsage || !strings.Contains(errOut, "unknown flag") {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
}

func TestUnknownCommandIsUsageError(t *testing.T) {
	_, errOut, code := runCLI(t, "", "frobnicate")
	if code != ExitUsage || !strings.Contains(errOut, "unknown command") {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
}

func TestMistypedCommandSuggestsTheRightOne(t *testing.T) {
	_, errOut, code := runCLI(t, "", "explian", "421")
	if code != ExitUsage || !strings.Contains(errOut, `unknown command "explian"`) || !strings.Contains(errOut, "Did you mean this?") || !strings.Contains(errOut, "explain") {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
}

func TestBadTimeoutIsUsageError(t *testing.T) {
	for _, args := range [][]string{{"probe", "example.test"}, {"check", "example.test"}, {"diagnose", "bob@example.test"}, {"send"}, {"relay"}} {
		cmd := args[0]
		_, errOut, code := runCLI(t, "", append(args, "--timeout", "-1s")...)
		if code != ExitUsage || !strings.Contains(errOut, "--timeout must be positive") {
			t.Errorf("%s: code %d, stderr %q", cmd, code, errOut)
		}
	}
}

// A command's --help lists only the flags it uses: explain, queue and
// summary do no network work and take no --resolver, --ca-file or
// --timeout; each --timeout says the command's own default.
func TestHelpListsOnlyUsedFlags(t *testing.T) {
	for _, cmd := range [][]string{{"explain"}, {"queue"}, {"queue", "list"}, {"summary"}} {
		out, _, _ := runCLI(t, "", append(cmd, "--help")...)
		for _, f := range []string{"--resolver", "--ca-file", "--timeout"} {
			if strings.Contains(out, f) {
				t.Errorf("%v --help lists %s, which it does not use", cmd, f)
			}
		}
		if !strings.Contains(out, "--no-color") {
			t.Errorf("%v --help lacks --no-color", cmd)
		}
	}
	for cmd, want := range map[string]string{"probe": "(default 20s)", "send": "(default 2m0s)", "relay": "(default 30s)", "check": "(default 20s)", "diagnose": "(default 30s)"} {
		out, _, _ := runCLI(t, "", cmd, "--help")
		i := strings.Index(out, "--timeout duration")
		if i < 0 || !strings.Contains(out[i:i+strings.Index(out[i:], "\n")], want) {
			t.Errorf("%s --help: --timeout without %s", cmd, want)
		}
	}
}

func TestEveryCommandHasExamples(t *testing.T) {
	ios, _, _ := TestIO("")
	root, _ := NewRootCmd(ios)
	seen := map[string]bool{}
	for _, c := range root.Commands() {
		seen[c.Name()] = true
		if c.Name() == "help" {
			continue
		}
		if strings.TrimSpace(c.Example) == "" {
			t.Errorf("command %q has no examples in --help", c.Name())
		}
	}
	if !seen["completion"] {
		t.Error("no completion command")
	}
	out, _, code := runCLI(t, "", "completion", "--help")
	if code != 0 || !strings.Contains(out, "Examples:") || !strings.Contains(out, "smtpgw completion zsh") {
		t.Errorf("completion --help: exit %d\n%s", code, out)
	}
}

// A run builds only the command its arguments name (treeFor). Whatever the
// arguments, the output and exit code are those of the whole tree.
func TestOneCommandTreeAnswersAsTheWholeTree(t *testing.T) {
	cases := []struct {
		args []string
		tree string
	}{
		{[]string{"--version"}, noCommand},
		{[]string{"--no-color", "--version"}, noCommand},
		{[]string{"-v"}, noCommand},
		{[]string{"explain", "-v", "421"}, "explain"},
		{[]string{"explain", "421"}, "explain"},
		{[]string{"--timeout", "5s", "explain", "--json", "550 5.1.1 user unknown"}, "explain"},
		{[]string{"--resolver=192.0.2.1", "explain", "--list"}, "explain"},
		{[]string{"--", "explain", "452"}, allCommands},
		{[]string{"explain", "--help"}, "explain"},
		{[]string{"probe", "--help"}, "probe"},
		{[]string{"queue", "list", "--help"}, "queue"},
		{[]string{"explain", "--definitely-not-a-flag"}, "explain"},
		{[]string{"--timeout", "0s", "explain", "421"}, "explain"},
		{[]string{"explian", "421"}, allCommands},
		{[]string{"help", "explain"}, allCommands},
		{[]string{"--help"}, allCommands},
		{[]string{"-h", "explain"}, allCommands},
		{[]string{"completion", "bash"}, allCommands},
		{[]string{"__complete", "ex"}, allCommands},
		{[]string{}, allCommands},
	}
	for _, c := range cases {
		if got := treeFor(c.args); got != c.tree {
			t.Errorf("treeFor(%q) = %q, want %q", c.args, got, c.tree)
		}
		ios1, out1, err1 := TestIO("")
		code1 := runTree(context.Background(), c.args, ios1, treeFor(c.args))
		ios2, out2, err2 := TestIO("")
		code2 := runTree(context.Background(), c.args, ios2, allCommands)
		if code1 != code2 || out1.String() != out2.String() || err1.String() != err2.String() {
			t.Errorf("%q: one-command tree gives code %d, out %q, err %q; the whole tree code %d, out %q, err %q",
				c.args, code1, out1, err1, code2, out2, err2)
		}
	}
}

// `--version` alone is answered without building the command (run's fast
// path): the output, the exit code and a failed write must be what cobra's
// root gives for the same arguments.
func TestVersionWithoutCobraIsCobras(t *testing.T) {
	for _, args := range [][]string{
		{"--version"}, {"-v"}, {"--no-color", "--version"}, {"--version", "--no-input"}, {"-v", "--version"},
	} {
		if !onlyVersionFlags(args) || treeFor(args) != noCommand {
			t.Fatalf("%q does not take the fast path", args)
		}
		ios1, out1, err1 := TestIO("")
		code1 := run(context.Background(), args, ios1)
		ios2, out2, err2 := TestIO("")
		code2 := runTree(context.Background(), args, ios2, allCommands)
		if code1 != code2 || out1.String() != out2.String() || err1.String() != err2.String() {
			t.Errorf("%q: fast path code %d, out %q, err %q; cobra code %d, out %q, err %q",
				args, code1, out1, err1, code2, out2, err2)
		}
		if !strings.HasPrefix(out1.String(), "smtpgw version ") {
			t.Errorf("%q printed %q", args, out1)
		}
		// stdout closed or full: the same message and exit code
		ios1, _, err1 = TestIO("")
		ios1.Out = failingWriter{}
		code1 = run(context.Background(), args, ios1)
		ios2, _, err2 = TestIO("")
		ios2.Out = failingWriter{}
		code2 = runTree(context.Background(), args, ios2, allCommands)
		if code1 != code2 || err1.String() != err2.String() || code1 != ExitFindings {
			t.Errorf("%q, failed write: fast path code %d, err %q; cobra code %d, err %q", args, code1, err1, code2, err2)
		}
	}
	// anything else goes to cobra
	for _, args := range [][]string{
		{"--version", "--resolver", "192.0.2.1"}, {"--version=false"}, {"--version", "explain"}, {}, {"--no-color"},
	} {
		if onlyVersionFlags(args) && treeFor(args) == noCommand {
			t.Errorf("%q would take the fast path", args)
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) {
	return 0, errors.New("write /dev/stdout: no space left on device")
}
