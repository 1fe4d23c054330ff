package main

import (
	"context"
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
	_, errOut, code := runCLI(t, "", "--timeout", "-1s", "completion", "bash")
	if code != ExitUsage || !strings.Contains(errOut, "--timeout") {
		t.Fatalf("code %d, stderr %q", code, errOut)
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
