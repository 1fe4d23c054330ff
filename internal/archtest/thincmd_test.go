package archtest

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// maxCmdFunc is the longest a function of cmd/smtpgw may be (issue 12's
// Done line: "cmd/smtpgw has no function over 60 lines"): the commands
// are thin cobra wiring, and logic that needs more lives in a package.
const maxCmdFunc = 60

// cmdFuncs returns the length in lines (from "func" to the closing brace)
// of every function and method declared in the non-test files of dir.
func cmdFuncs(t *testing.T, dir string) map[string]int {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	lens := map[string]int{}
	for _, e := range ents {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn := fd.Name.Name
			if fd.Recv != nil && len(fd.Recv.List) == 1 {
				fn = recvName(fd.Recv.List[0].Type) + "." + fn
			}
			lens[name+":"+fn] = fset.Position(fd.End()).Line - fset.Position(fd.Pos()).Line + 1
		}
	}
	return lens
}

func recvName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return recvName(e.X)
	case *ast.IndexExpr:
		return recvName(e.X)
	case *ast.Ident:
		return e.Name
	}
	return "?"
}

func TestCmdFunctionsAreShort(t *testing.T) {
	lens := cmdFuncs(t, filepath.Join("..", "..", "cmd", "smtpgw"))
	if len(lens) < 50 {
		t.Fatalf("found only %d functions in cmd/smtpgw", len(lens))
	}
	var long []string
	for fn, n := range lens {
		if n > maxCmdFunc {
			long = append(long, fmt.Sprintf("%s is %d lines", fn, n))
		}
	}
	sort.Strings(long)
	for _, l := range long {
		t.Errorf("cmd/smtpgw/%s (at most %d): keep the command thin — move logic and validation into its package, long help text into a const, and split the rest into small functions", l, maxCmdFunc)
	}
}

// The scan measures functions and methods from "func" to the closing
// brace, closures included, and skips test files.
func TestCmdFuncsScan(t *testing.T) {
	dir := t.TempDir()
	long := "package x\n\ntype T struct{}\n\nfunc (t *T) long() {\n\tf := func() {\n" + strings.Repeat("\t\t_ = 1\n", 58) + "\t}\n\tf()\n}\n\nfunc short() {}\n"
	if err := os.WriteFile(filepath.Join(dir, "x.go"), []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "x_test.go"), []byte(strings.Replace(long, "long()", "longTest()", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	got := cmdFuncs(t, dir)
	if len(got) != 2 || got["x.go:T.long"] != 63 || got["x.go:short"] != 1 {
		t.Errorf("cmdFuncs = %v, want x.go:T.long 63 lines and x.go:short 1", got)
	}
}
