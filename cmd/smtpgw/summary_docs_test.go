package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/internal/maillog"
)

// TestSummaryDocs keeps the examples of docs/summary.md real: every block
// between "<!-- generated: NAME -->" and "<!-- end -->" is the output of
// the command it names, run now. The test fails when an output changed;
// go test ./cmd/smtpgw -run TestSummaryDocs -update-docs rewrites them.
func TestSummaryDocs(t *testing.T) {
	t.Chdir("../..")
	var log bytes.Buffer
	if _, err := maillog.Write(&log, maillog.Options{Flavor: maillog.Postfix, Seed: 1, Messages: 3000}); err != nil {
		t.Fatal(err)
	}
	examples := map[string]struct {
		stdin string
		args  []string
	}{
		"log":        {log.String(), []string{"explain", "--summary", "--top", "3"}},
		"log-csv":    {log.String(), []string{"explain", "--summary", "--csv", "--top", "3"}},
		"bounce-dir": {"", append([]string{"explain", "--bounce"}, glob(t, "testdata/bounces/*/*.eml")...)},
		"json":       {"", []string{"explain", "--summary", "--json", "--top", "1", "testdata/summary/exim.log"}},
	}
	const path = "docs/summary.md"
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile("(?s)(<!-- generated: ([a-z-]+) -->\n)(.*?)(<!-- end -->)")
	seen := map[string]bool{}
	got := block.ReplaceAllStringFunc(string(doc), func(m string) string {
		sm := block.FindStringSubmatch(m)
		name := sm[2]
		ex, ok := examples[name]
		if !ok {
			t.Errorf("%s: no example named %q", path, name)
			return m
		}
		seen[name] = true
		out, errOut, code := runCLI(t, ex.stdin, ex.args...)
		if code != 0 {
			t.Errorf("%s: exit %d: %s", name, code, errOut)
		}
		if name == "log-csv" { // the header and the first rows are enough
			lines := strings.SplitAfter(out, "\n")
			out = strings.Join(lines[:min(len(lines), 4)], "")
		}
		if strings.Contains(out, os.TempDir()) {
			t.Errorf("%s: output names a temporary path", name)
		}
		fence := "text"
		if name == "json" {
			fence = "json"
		}
		return sm[1] + "```" + fence + "\n" + out + "```\n" + sm[4]
	})
	for name := range examples {
		if !seen[name] {
			t.Errorf("%s has no block <!-- generated: %s -->", path, name)
		}
	}
	if got == string(doc) {
		return
	}
	if *updateDocs {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s is out of date (a summary's output changed); regenerate with: go test ./cmd/smtpgw -run TestSummaryDocs -update-docs", path)
}

// glob is what the shell does with the pattern of the documented command.
func glob(t *testing.T, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(pattern)
	if err != nil || len(m) == 0 {
		t.Fatalf("%s: %v (%d files)", pattern, err, len(m))
	}
	return m
}
