package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// docCommands returns the command lines of the ```sh and ```console
// blocks of a Markdown file (continuation lines joined, "$ " and trailing
// "# comments" removed), each with its line number.
func docCommands(t *testing.T, file string) map[int]string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	cmds := map[int]string{}
	in := ""
	lines := strings.Split(string(b), "\n")
	for i := 0; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if strings.HasPrefix(l, "```") {
			if in == "" {
				in = strings.TrimPrefix(l, "```")
				if in == "" {
					in = "plain"
				}
			} else {
				in = ""
			}
			continue
		}
		if in != "sh" && in != "console" && in != "plain" {
			continue
		}
		if in != "sh" {
			if !strings.HasPrefix(l, "$ ") {
				continue // output
			}
			l = strings.TrimPrefix(l, "$ ")
		}
		n := i + 1
		for strings.HasSuffix(l, `\`) && i+1 < len(lines) {
			i++
			l = strings.TrimSuffix(l, `\`) + " " + strings.TrimSpace(lines[i])
		}
		if j := strings.Index(l, " # "); j >= 0 {
			l = strings.TrimSpace(l[:j])
		}
		if l != "" && !strings.HasPrefix(l, "#") {
			cmds[n] = l
		}
	}
	return cmds
}

var goTestFuzz = regexp.MustCompile(`-fuzz (\S+)`)

// Every smtpgw command line in README.md and docs/*.md, in the blocks that
// TestReadmeExamples and TestDocsExamples do not run (the ones that need
// the Internet, a service manager or files of your own), still parses as
// written: the command exists, every flag exists and takes the value given,
// the arguments are of the number the command takes. The go commands of
// the README name packages, fuzz targets and tests that exist.
func TestDocCommandLinesParse(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("../../docs/*.md")
	files = append(files, "../../README.md")
	checked, goChecked := 0, 0
	for _, f := range files {
		for n, line := range docCommands(t, f) {
			where := filepath.Base(f) + ":" + itoa(n)
			words, err := shellWords(line)
			if err != nil || len(words) == 0 {
				continue // shell we do not model (a heredoc, a loop)
			}
			// the smtpgw command inside a pipeline, after sudo or env, or
			// in a container (docker run IMAGE ARGS, docker exec NAME smtpgw ARGS)
			var args []string
			for i, w := range words {
				if w == "smtpgw" || strings.HasPrefix(w, "ghcr.io/smtpgw/smtpgw") {
					args = words[i+1:]
					if words[0] != "docker" {
						break
					}
				}
			}
			if words[0] == "go" && len(words) > 1 && (words[1] == "test" || words[1] == "install") && filepath.Base(f) == "README.md" {
				goChecked++
				checkGoCommand(t, where, words)
				continue
			}
			if args == nil {
				continue
			}
			for i, a := range args {
				if a == "|" || a == ">" || a == "<" || a == "&&" || a == ";" || a == "2>" || strings.HasPrefix(a, ">") {
					args = args[:i]
					break
				}
			}
			checked++
			if err := parseOnly(args); err != nil {
				t.Errorf("%s: %q does not run as written: %v", where, "smtpgw "+strings.Join(args, " "), err)
			}
		}
	}
	if checked < 50 || goChecked < 4 {
		t.Errorf("only %d smtpgw and %d go command lines found", checked, goChecked)
	}
}

// parseOnly finds the command args name and parses its flags and
// arguments, without running it.
func parseOnly(args []string) error {
	ios, _, _ := TestIO("")
	root, _ := NewRootCmd(ios)
	cmd, rest, err := root.Find(args)
	if err != nil {
		return err
	}
	if err := cmd.ParseFlags(rest); err != nil {
		return err
	}
	if h, _ := cmd.Flags().GetBool("help"); h {
		return nil
	}
	return cmd.ValidateArgs(cmd.Flags().Args())
}

// checkGoCommand checks that the package paths of a go command exist, and
// its -fuzz target and -run tests are declared there.
func checkGoCommand(t *testing.T, where string, words []string) {
	t.Helper()
	var dirs []string
	for _, w := range words[2:] {
		if strings.HasPrefix(w, "./") {
			d := filepath.Join("../..", strings.TrimSuffix(strings.TrimSuffix(w, "..."), "/"))
			if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
				t.Errorf("%s: package %s does not exist", where, w)
			}
			dirs = append(dirs, d)
		}
	}
	if len(dirs) == 0 {
		t.Errorf("%s: no package path in %q", where, strings.Join(words, " "))
	}
	line := strings.Join(words, " ")
	var want []string
	if m := goTestFuzz.FindStringSubmatch(line); m != nil {
		want = append(want, m[1])
	}
	for i, w := range words {
		if w == "-run" && i+1 < len(words) && words[i+1] != "^$" {
			want = append(want, strings.Split(words[i+1], "|")...)
		}
	}
	for _, name := range want {
		found := false
		for _, d := range dirs {
			srcs, _ := filepath.Glob(filepath.Join(d, "*_test.go"))
			for _, s := range srcs {
				if b, _ := os.ReadFile(s); strings.Contains(string(b), "func "+name+"(") {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%s: %s is declared in none of %v", where, name, dirs)
		}
	}
}
