// Package archtest holds the tests of smtpgw's package layering: the
// findings model and the mail-standard packages sit low and import no
// renderer, terminal library, command or relay code; the domain packages
// import no renderer or command and print nothing themselves (report/
// renders, cmd/ wires).
package archtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const mod = "github.com/smtpgw/smtpgw/"

// deps lists the packages pkg depends on (go list -deps).
func deps(t *testing.T, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", mod+pkg).Output()
	if err != nil {
		t.Fatalf("go list -deps %s: %v", pkg, err)
	}
	return strings.Fields(string(out))
}

func TestFindingIsALeaf(t *testing.T) {
	for _, d := range deps(t, "finding") {
		if strings.HasPrefix(d, mod) && d != mod+"finding" {
			t.Errorf("finding imports %s; the findings model must import nothing of smtpgw", d)
		}
	}
}

// standards are the mail-standard packages: each may use the findings model,
// the DNS resolver and the SMTP wire client, nothing above them.
var standards = []string{"spf", "dmarc", "dkimkey", "dkimsign", "arc", "mtasts", "tlsrpt", "dane", "dnsbl", "resolver", "smtpwire", "portmap"}

func TestStandardsImportNothingAbove(t *testing.T) {
	forbidden := []string{
		mod + "report", mod + "probe", mod + "cmd/", mod + "relay", mod + "send", mod + "check", mod + "explain",
		mod + "session", mod + "diagnose", mod + "inspect", mod + "summary", mod + "bounce", mod + "internal/prompt",
		"github.com/charmbracelet/", "github.com/spf13/cobra", "github.com/spf13/pflag", "github.com/muesli/termenv",
		"golang.org/x/term", "github.com/chzyer/readline", "github.com/mattn/go-isatty",
	}
	for _, std := range standards {
		ds := deps(t, std)
		if len(ds) < 10 || !slices.Contains(ds, mod+std) {
			t.Fatalf("go list -deps %s: %d packages, itself not among them", std, len(ds))
		}
		for _, d := range ds {
			for _, f := range forbidden {
				if strings.HasPrefix(d, f) {
					t.Errorf("%s depends on %s: a mail-standard package must not pull in renderers, commands or the relay", std, d)
				}
			}
		}
	}
}

// packages lists every package of the module with its directory and
// non-test Go files.
func packages(t *testing.T) []pkgFiles {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}\t{{.Dir}}\t{{join .GoFiles \" \"}}\t{{join .Deps \" \"}}", mod+"...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var ps []pkgFiles
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.SplitN(l, "\t", 4)
		if len(f) != 4 {
			t.Fatalf("go list line %q", l)
		}
		ps = append(ps, pkgFiles{path: strings.TrimPrefix(f[0], mod), dir: f[1], files: strings.Fields(f[2]), deps: strings.Fields(f[3])})
	}
	if len(ps) < 20 {
		t.Fatalf("only %d packages listed", len(ps))
	}
	return ps
}

type pkgFiles struct {
	path, dir   string
	files, deps []string
}

// domain tells whether a package is below the renderers: everything but
// report, the commands and this test.
func domain(path string) bool {
	return path != "report" && !strings.HasPrefix(path, "cmd/") && path != "internal/archtest"
}

// Renderers import the domain packages, never the other way round: no
// domain package (probe, check, send, relay/..., diagnose, inspect, bounce,
// summary, session, explain, the standards, the test servers) depends on
// report or a command, directly or through another package.
func TestDomainImportsNoRendererOrCommand(t *testing.T) {
	n := 0
	for _, p := range packages(t) {
		if !domain(p.path) {
			continue
		}
		n++
		for _, d := range p.deps {
			if d == mod+"report" || strings.HasPrefix(d, mod+"cmd/") {
				t.Errorf("%s depends on %s: renderers and commands sit above the domain packages", p.path, d)
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d domain packages checked", n)
	}
}

// Only renderers print: a domain package writes to the io.Writer it is
// given, never to the process's stdout or stderr on its own.
func TestDomainDoesNotPrint(t *testing.T) {
	for _, p := range packages(t) {
		if !domain(p.path) {
			continue
		}
		for _, f := range p.files {
			src, err := os.ReadFile(filepath.Join(p.dir, f))
			if err != nil {
				t.Fatal(err)
			}
			for _, pr := range printCalls(t, filepath.Join(p.path, f), src) {
				t.Errorf("%s: %s in a domain package; take an io.Writer (or return the data) and let report/ render it", pr.pos, pr.what)
			}
		}
	}
}

type printUse struct{ pos, what string }

// printCalls finds the ways a file writes to the terminal by itself:
// fmt.Print*, log's standard logger, os.Stdout/os.Stderr and the print
// builtins (under whatever name the file imports fmt, log and os).
func printCalls(t *testing.T, name string, src []byte) []printUse {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	imported := map[string]string{} // local name → import path
	for _, is := range file.Imports {
		path, _ := strconv.Unquote(is.Path.Value)
		local := path[strings.LastIndex(path, "/")+1:]
		if is.Name != nil {
			local = is.Name.Name
		}
		imported[local] = path
	}
	var uses []printUse
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			id, ok := n.X.(*ast.Ident)
			if !ok || id.Obj != nil { // a local variable, not a package
				return true
			}
			sel := n.Sel.Name
			bad := false
			switch imported[id.Name] {
			case "fmt":
				bad = strings.HasPrefix(sel, "Print")
			case "log":
				bad = strings.HasPrefix(sel, "Print") || strings.HasPrefix(sel, "Fatal") || strings.HasPrefix(sel, "Panic")
			case "os":
				bad = sel == "Stdout" || sel == "Stderr"
			}
			if bad {
				uses = append(uses, printUse{fset.Position(n.Pos()).String(), imported[id.Name] + "." + sel})
			}
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && id.Obj == nil && (id.Name == "print" || id.Name == "println") {
				uses = append(uses, printUse{fset.Position(n.Pos()).String(), id.Name})
			}
		}
		return true
	})
	return uses
}

// The scan sees through import names and lets io.Writer parameters and
// local variables named like packages pass.
func TestPrintCallsScan(t *testing.T) {
	src := `package x

import (
	f "fmt"
	"io"
	"log"
	stdos "os"
)

func bad() {
	f.Println("a")
	log.Printf("b")
	_ = stdos.Stderr
	println("c")
}

func good(w io.Writer, os struct{ Stdout io.Writer }) {
	f.Fprintln(w, "fine")
	f.Fprintln(os.Stdout, "a parameter, not package os")
	l := log.New(w, "", 0)
	l.Printf("to the given writer")
}
`
	var got []string
	for _, u := range printCalls(t, "x.go", []byte(src)) {
		got = append(got, u.what)
	}
	want := []string{"fmt.Println", "log.Printf", "os.Stderr", "println"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("found %q, want %q", got, want)
	}
}
