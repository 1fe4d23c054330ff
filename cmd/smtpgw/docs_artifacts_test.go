package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// docArtifacts are what a test run leaves in an example that was pasted
// instead of captured: a Go test's temporary directory, output
// filtered through jq or Python, a test
// listener's random port (Linux's ephemeral range) in a command or a
// reply, and a line of output elided by hand.
var docArtifacts = []struct {
	what string
	re   *regexp.Regexp
}{
	{"a Go test's temporary directory", regexp.MustCompile(`/tmp/Test|TestCapture`)},
	{"output filtered by hand", regexp.MustCompile(`\|\s*(jq|python)\b`)},
	{"a test listener's random port", regexp.MustCompile(`127\.0\.0\.1:(3[2-9]\d{3}|[4-5]\d{4}|60\d{3})`)},
	{"an elided line of output", regexp.MustCompile(`^\s*(\.\.\.|…)\s*$`)},
}

// knownArtifacts are the ones still in the documentation, each with why
// it stays (or what is left to do); a key is "FILE: text of the line".
// The test fails on any other, and when one of these is gone.
var knownArtifacts = map[string]string{
	// A client's source port in a transcript or log line is chosen by the
	// kernel: it is real output, and differs on every run.
	"relay.md: client=127.0.0.1:":        "a client's source port in a real log line",
	"relay.md: from 127.0.0.1:":          "a client's source port in a real transcript",
	"relay.md: \"client\": \"127.0.0.1:": "a client's source port in real queue JSON",
	"send.md: from 127.0.0.1:":           "a client's source port in a real transcript",
	"send.md: (read tcp 127.0.0.1:":      "a client's source port in a real read error",
	"relay.md: ...":                      "open: a transcript of a smuggling attempt sent by a Python script, EHLO lines elided; to be captured by a relay test",
	"send.md: 127.0.0.1:46573":           "open: a run against a test server's random port; to be captured by a test",
}

// TestDocsHaveNoTestArtifacts scans README.md and docs/*.md (not the
// generated docs/cli and docs/man) for the traces of pasted test runs.
func TestDocsHaveNoTestArtifacts(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("../../docs/*.md")
	files = append(files, "../../README.md")
	used := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		for i, line := range strings.Split(string(b), "\n") {
			for _, a := range docArtifacts {
				if !a.re.MatchString(line) {
					continue
				}
				known := ""
				for k := range knownArtifacts {
					kf, text, _ := strings.Cut(k, ": ")
					if kf == name && (strings.Contains(line, text) || strings.TrimSpace(line) == text) {
						known = k
					}
				}
				if known == "" {
					t.Errorf("%s:%s: %s: %q (capture the example with a test, see TestDocsExamples; or say why it stays in knownArtifacts)", name, strconv.Itoa(i+1), a.what, strings.TrimSpace(line))
					continue
				}
				used[known] = true
			}
		}
	}
	for k := range knownArtifacts {
		if !used[k] {
			t.Errorf("knownArtifacts[%q] matches nothing any more: remove it", k)
		}
	}
}
