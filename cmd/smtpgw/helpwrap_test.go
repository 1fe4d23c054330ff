package main

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// Every command's --help fits an 80- and a 120-column terminal: the
// descriptions of flags and subcommands wrap under their column (the long
// texts are written to fit). The examples stay whole: command lines to
// copy. Piped, the help is cobra's own layout, one line per flag.
func TestHelpFitsTheTerminal(t *testing.T) {
	t.Parallel()
	ios, _, _ := TestIO("")
	root, _ := NewRootCmd(ios)
	var paths [][]string
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		if c.Hidden {
			return
		}
		paths = append(paths, path)
		for _, s := range c.Commands() {
			walk(s, append(append([]string(nil), path...), s.Name()))
		}
	}
	walk(root, nil)
	if len(paths) < 15 {
		t.Fatalf("only %d commands", len(paths))
	}
	for _, p := range paths {
		args := append(append([]string(nil), p...), "--help")
		for _, width := range []int{80, 120} {
			out, code := runCLIWidth(t, width, args...)
			if code != 0 || !strings.Contains(out, "Usage:") {
				t.Fatalf("%v: exit %d\n%s", args, code, out)
			}
			if bad := overflow(withoutExamples(out), width); len(bad) > 0 {
				t.Errorf("smtpgw %s: %d line(s) wider than %d columns, e.g. %q", strings.Join(args, " "), len(bad), width, bad[0])
			}
		}
		piped, _, _ := runCLI(t, "", args...)
		if strings.Contains(piped, "--timeout") && !lineHas(piped, "--timeout duration") {
			t.Errorf("smtpgw %s piped: the flag list was wrapped:\n%s", strings.Join(args, " "), piped)
		}
	}
}

// withoutExamples drops the Examples section of a help text.
func withoutExamples(help string) string {
	var keep []string
	in := false
	for _, l := range strings.Split(help, "\n") {
		switch {
		case l == "Examples:":
			in = true
			continue
		case in && l != "" && !strings.HasPrefix(l, " "):
			in = false
		}
		if !in {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}
