package main

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/smtpgw/smtpgw/check/checktest"
)

func TestTerminalWidth(t *testing.T) {
	t.Parallel()
	ios, _, _ := TestIO("")
	if w := ios.TerminalWidth(); w != 0 {
		t.Errorf("a buffer is no terminal: width %d, want 0 (no wrapping)", w)
	}
	ios.Width = 100
	if w := ios.TerminalWidth(); w != 100 {
		t.Errorf("width %d, want the set 100", w)
	}
	if o := textOptions(ios); o.Width != 100 || o.Color {
		t.Errorf("text options %+v", o)
	}
}

// runCLIWidth runs the command tree as on a terminal of width columns
// (without colour, so the output can be measured as text).
func runCLIWidth(t *testing.T, width int, args ...string) (string, int) {
	t.Helper()
	ios, out, errOut := TestIO("")
	ios.Width = width
	code := run(context.Background(), args, ios)
	if errOut.Len() > 0 && code == ExitUsage {
		t.Fatalf("%s", errOut)
	}
	return out.String(), code
}

// overflow returns the lines wider than width that could have wrapped:
// lines with a space in their text after the indent, and not evidence
// ("|" lines are records as received and stay whole).
func overflow(out string, width int) []string {
	var bad []string
	for _, l := range strings.Split(out, "\n") {
		text := strings.TrimLeft(l, " ")
		if ansi.StringWidth(l) <= width || strings.HasPrefix(text, "|") {
			continue
		}
		// A single word longer than the room left cannot wrap.
		if i := strings.LastIndex(l[:width+1], " "); i <= len(l)-len(text) {
			continue
		}
		bad = append(bad, l)
	}
	return bad
}

// Every human renderer wraps to the terminal's width: check's findings and
// header, explain's cards and --list, probe's panels.
func TestRenderersFitTheTerminal(t *testing.T) {
	t.Parallel()
	w := checktest.New(t, checktest.Healthy("wide.test"))
	const width = 60
	runs := map[string][]string{
		"check":        append(checkArgs(t, w), "gone.test", "-v"),
		"explain":      {"explain", "550 5.7.26 Unauthenticated email from example.test is not accepted due to domain's DMARC policy. Please contact the administrator of example.test domain."},
		"explain-list": {"explain", "--list"},
	}
	for name, args := range runs {
		out, _ := runCLIWidth(t, width, args...)
		if len(out) < 100 {
			t.Errorf("%s: short output %q", name, out)
		}
		if bad := overflow(out, width); len(bad) > 0 {
			t.Errorf("%s: %d line(s) wider than %d columns, e.g. %q", name, len(bad), width, bad[0])
		}
		// Not a terminal: nothing wraps, each finding stays on one line.
		piped, _, _ := runCLI(t, "", args...)
		if name == "check" && !strings.Contains(piped, "gone.test does not exist (NXDOMAIN)") {
			t.Errorf("piped check output wrapped:\n%s", piped)
		}
	}
}
