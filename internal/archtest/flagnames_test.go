package archtest

import (
	"bufio"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// cliFlags reads the long flags of the command tree from
// testdata/cli-flags.txt, which TestCLIFlagList (cmd/smtpgw) keeps equal
// to the cobra commands.
func cliFlags(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "cli-flags.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	flags := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			flags[l] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(flags) < 50 {
		t.Fatalf("testdata/cli-flags.txt lists only %d flags", len(flags))
	}
	return flags
}

// longFlag finds --name in a text; a name is then checked against the
// CLI's flags (so "--" + boundary and "x--y" are no flag).
var longFlag = regexp.MustCompile(`(?:^|[^A-Za-z0-9_-])--([a-z][a-z0-9-]*[a-z0-9])`)

type flagUse struct{ pos, flag, text string }

// flagNames finds the string literals of a Go file that name one of flags.
// Comments may name flags (they are read by developers); texts are read by
// the users of the package, a library user included, who set options and
// fields, not flags.
func flagNames(t *testing.T, name string, src []byte, flags map[string]bool) []flagUse {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	var uses []flagUse
	ast.Inspect(file, func(n ast.Node) bool {
		lit, ok := n.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil {
			s = lit.Value
		}
		for _, m := range longFlag.FindAllStringSubmatch(s, -1) {
			if flags[m[1]] {
				uses = append(uses, flagUse{fset.Position(lit.Pos()).String(), "--" + m[1], s})
			}
		}
		return true
	})
	return uses
}

// ownOptions are texts of a package's own command language that happen to
// share a name with a CLI flag, each with why: the test fails when one is
// no longer used (remove it here then).
var ownOptions = map[string]string{
	"session --from":    "the interactive session's :send meta-command has its own options (:send --from ADDRESS --to ADDRESS --subject TEXT), parsed by package session",
	"session --to":      "(same)",
	"session --subject": "(same)",
}

// TestNoFlagNamesBelowCmd: a package below the commands speaks in its own
// terms (an option or field name, or what is wrong and what to change); only
// cmd/ knows the flags, and maps a package's typed error or field to its
// flag where a user needs the flag's name.
func TestNoFlagNamesBelowCmd(t *testing.T) {
	flags := cliFlags(t)
	n := 0
	used := map[string]bool{}
	for _, p := range packages(t) {
		if strings.HasPrefix(p.path, "cmd/") || slices.Contains(testOnly, p.path) {
			continue
		}
		for _, f := range p.files {
			src, err := os.ReadFile(filepath.Join(p.dir, f))
			if err != nil {
				t.Fatal(err)
			}
			n++
			for _, u := range flagNames(t, filepath.Join(p.path, f), src, flags) {
				if _, ok := ownOptions[p.path+" "+u.flag]; ok {
					used[p.path+" "+u.flag] = true
					continue
				}
				t.Errorf("%s: %s names the CLI flag %s; say it in the package's own terms (option, field, what to change) and let cmd/ name the flag", u.pos, strconv.Quote(u.text), u.flag)
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d files scanned", n)
	}
	for o := range ownOptions {
		if !used[o] {
			t.Errorf("ownOptions %q is no longer used: remove it", o)
		}
	}
}

// The scan finds flags in interpreted and raw string literals, also inside
// a longer text, and passes comments, MIME boundaries, words that are no
// flag of the CLI and a flag name without its dashes.
func TestFlagNamesScan(t *testing.T) {
	src := "package x\n\n" +
		"// Comments may name --timeout.\n" +
		"var a = \"raise --timeout or --concurrency\"\n" +
		"var b = `use --tls implicit`\n" +
		"var c = \"--\" + boundary\n" +
		"var d = \"--no-such-flag and the timeout option\"\n" +
		"var e = \"x--timeout, ---, --\"\n" +
		"var f = \"(--port-map=25:2525)\"\n"
	flags := map[string]bool{"timeout": true, "concurrency": true, "tls": true, "port-map": true}
	var got []string
	for _, u := range flagNames(t, "x.go", []byte(src), flags) {
		got = append(got, u.flag)
	}
	want := []string{"--timeout", "--concurrency", "--tls", "--port-map"}
	if !slices.Equal(got, want) {
		t.Errorf("found %q, want %q", got, want)
	}
}
