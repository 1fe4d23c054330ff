package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var updateReadme = flag.Bool("update-readme", false, "rewrite the output of README.md's console examples")

// readmeFiles are the documents whose ```console examples are run by
// TestReadmeExamples; every example in them must run as written, offline,
// from the repository root.
var readmeFiles = []string{"README.md"}

// TestReadmeExamples runs every "$ smtpgw ..." line of the ```console blocks
// of README.md through the command tree (from the repository root, no
// terminal) and compares what it printed with the lines below it. A block
// holding anything else (a pipe, another program) fails the test: the README
// shows only what runs as written. Regenerate the output with
//
//	go test ./cmd/smtpgw -run TestReadmeExamples -update-readme
func TestReadmeExamples(t *testing.T) {
	t.Chdir("../..")
	for _, file := range readmeFiles {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.SplitAfter(string(b), "\n")
		var out []string
		n := 0
		for i := 0; i < len(lines); i++ {
			out = append(out, lines[i])
			if strings.TrimSpace(lines[i]) != "```console" {
				continue
			}
			// A console block: "$ command" lines, each followed by its output.
			for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "```" {
				i++
				cmdLine := lines[i]
				if !strings.HasPrefix(cmdLine, "$ smtpgw ") {
					t.Fatalf("%s: %q in a console block is not a '$ smtpgw' command: only examples that run as written belong there", file, strings.TrimSpace(cmdLine))
				}
				out = append(out, cmdLine)
				var want strings.Builder
				for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "```" && !strings.HasPrefix(lines[i+1], "$ ") {
					i++
					want.WriteString(lines[i])
				}
				got, err := runExample(strings.TrimSpace(strings.TrimPrefix(cmdLine, "$ smtpgw ")))
				if err != nil {
					t.Fatalf("%s: %s: %v", file, strings.TrimSpace(cmdLine), err)
				}
				n++
				if *updateReadme {
					out = append(out, got)
					continue
				}
				out = append(out, want.String())
				if got != want.String() {
					t.Errorf("%s: the output of %q changed; regenerate with go test ./cmd/smtpgw -run TestReadmeExamples -update-readme\n--- README\n%s--- now\n%s", file, strings.TrimSpace(cmdLine), want.String(), got)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s has no console example", file)
		}
		if *updateReadme {
			if err := os.WriteFile(file, []byte(strings.Join(out, "")), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// runExample runs one README command line (arguments split as a POSIX shell
// would for quotes, and "< FILE" as standard input) and returns what it wrote
// to stdout and then stderr.
func runExample(line string) (string, error) {
	words, err := shellWords(line)
	if err != nil {
		return "", err
	}
	var args []string
	stdin := ""
	for i := 0; i < len(words); i++ {
		switch words[i] {
		case "<":
			if i+1 >= len(words) {
				return "", fmt.Errorf("'<' without a file")
			}
			b, err := os.ReadFile(words[i+1])
			if err != nil {
				return "", err
			}
			stdin = string(b)
			i++
		case "|", ">", "2>", "&&", ";":
			return "", fmt.Errorf("%q: README examples run one smtpgw command as written, without shell plumbing", words[i])
		default:
			args = append(args, words[i])
		}
	}
	ios, out, errOut := TestIO(stdin)
	run(context.Background(), args, ios)
	return out.String() + errOut.String(), nil
}

// shellWords splits s into words like a POSIX shell: single quotes keep
// everything, double quotes keep everything but \" and \\.
func shellWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("unterminated ' in %q", s)
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\') {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, fmt.Errorf("unterminated \" in %q", s)
			}
			inWord = true
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}
