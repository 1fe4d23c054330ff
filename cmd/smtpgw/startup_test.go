package main

import (
	"debug/elf"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Nothing but flag parsing may run at process start (issue 18): a table, a
// regular expression or a map that a package builds in its init (or in a
// package-level var) is paid by every command, `smtpgw --version`
// included. The Go runtime reports what each package's initialisation
// allocated (GODEBUG=inittrace=1); no package of this module allocates
// anything at start (a package-level map of 15 entries was 4 allocations,
// 1 KB). Build such things on first use instead (internal/lazy.Value as a
// package variable: a package-level sync.OnceValue(...) is itself a call at
// init, see TestPackageDataIsStatic), as static data (arrays, slices of
// literals), or as a switch.
func TestPackageInitIsLight(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH to build the binary")
	}
	bin := filepath.Join(t.TempDir(), "smtpgw")
	// built as a release is: with a version (a dev build reads its module
	// version from the build info at start)
	build := exec.Command(gotool, "build", "-ldflags", "-X main.version=v0.0.0-test", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if msg, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, msg)
	}
	cmd := exec.Command(bin, "--version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("--version: %v\n%s", err, out)
	}
	const maxAllocs, maxBytes = 0, 0
	line := regexp.MustCompile(`(?m)^init (\S+) @.*?, (\d+) bytes, (\d+) allocs$`)
	seen, ours := 0, 0
	for _, m := range line.FindAllStringSubmatch(string(out), -1) {
		pkg := m[1]
		seen++
		if pkg != "main" && !regexp.MustCompile(`^github\.com/smtpgw/smtpgw(/|$)`).MatchString(pkg) {
			continue
		}
		ours++
		bytes, _ := strconv.Atoi(m[2])
		allocs, _ := strconv.Atoi(m[3])
		if allocs > maxAllocs || bytes > maxBytes {
			t.Errorf("package %s allocates %d bytes in %d allocations at process start (budget: %d bytes, %d allocations): build its tables, maps and regular expressions on first use (internal/lazy.Value) or as static data",
				pkg, bytes, allocs, maxBytes, maxAllocs)
		}
	}
	// most of this module's packages run nothing at start and have no line
	if seen < 50 {
		t.Fatalf("found the init lines of only %d packages (%d of this module) in:\n%s", seen, ours, out)
	}
	noRuleTables(t, bin)
}

// noRuleTables: the binary explains with explain's generated engine alone
// and links none of the rule tables as written (explain/rules*.go): some
// 1.1 MB of data with pointers that cost every start of the process 15-30
// page faults (`--version` 457 -> 442, `explain 421` 510 -> 481 when they
// went), whether or not it explained anything. A call of the code that
// assembles the table (ruleTable, keywordTable, bareRules) outside
// explain.UseRuleSource links them again.
func noRuleTables(t *testing.T, bin string) {
	f, err := elf.Open(bin)
	if err != nil {
		t.Skipf("not an ELF binary: %v", err)
	}
	defer f.Close()
	syms, err := f.Symbols()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range syms {
		switch strings.TrimPrefix(s.Name, "github.com/smtpgw/smtpgw/explain.") {
		case "assembleRules", "providerRules", "conceptRules", "bareRuleList":
			t.Errorf("the binary links explain's rule tables (%s): the run time must read only the generated engine (explain/generated.go, UseRuleSource)", s.Name)
		}
	}
	// the data section with pointers was 1.35 MB with them, 0.26 MB without
	if d := f.Section(".data"); d != nil && d.Size > 640<<10 {
		t.Errorf("the binary's data section with pointers is %d KB (0.26 MB without explain's rule tables): something links a large table of strings or slices", d.Size>>10)
	}
}

// A package variable that copies another one (a rule's Fix: delistFix, Any:
// mailboxSubjects) is laid out as static data by the compiler, unless an
// earlier variable of the package is initialised by a call (a
// sync.OnceValue(...), regexp.MustCompile, fmt.Errorf, a map): the
// compiler then assumes that call may have changed the variable, and copies
// it with init code instead, which writes into the table's pages at every
// start (explain's rule tables: 18 slice headers, 7 page faults per run).
// The compiler says so under -d=staticcopy=1; none of this module's
// packages may.
func TestPackageDataIsStatic(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the module's packages")
	}
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	cmd := exec.Command(gotool, "build", "-gcflags=github.com/smtpgw/smtpgw/...=-d=staticcopy=1", "github.com/smtpgw/smtpgw/...")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "skipping static copy") {
			t.Errorf("%s: a call in an earlier package variable's initialiser makes this copy run at init; build that variable on first use (internal/lazy.Value) or as static data", line)
		}
	}
}

// Some libraries cost every command their initialisation and their share
// of the binary, whether the command uses them or not. client_golang and
// its protobuf stack (google.golang.org/protobuf, prometheus/procfs,
// expvar, runtime/metrics) took ~4 ms and ~5 MB of every smtpgw run for the
// relay's /metrics alone, which relay/metrics now writes itself: keep them
// out of the binary (a _test.go file may import them: tests are not
// linked into it). Likewise x/text's IANA and WHATWG charset indexes
// (ianaindex builds a map of ~900 aliases at init, htmlindex links the
// x/text language tables): bounce looks charsets up in a generated table.
// And encoding/xml (maps built at init) for the one JUnit output, which
// report writes itself.
func TestBinaryLeavesOutHeavyPackages(t *testing.T) {
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	out, err := exec.Command(gotool, "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	banned := regexp.MustCompile(`^(github\.com/prometheus/|google\.golang\.org/protobuf/|expvar$|runtime/metrics$|golang\.org/x/text/encoding/(ianaindex|htmlindex)$|golang\.org/x/text/language$|encoding/xml$)`)
	n := 0
	for _, pkg := range strings.Fields(string(out)) {
		n++
		if banned.MatchString(pkg) {
			t.Errorf("smtpgw links %s: its initialisation runs at the start of every command; find what imports it (go list -f '{{.ImportPath}}: {{.Imports}}' -deps .) and keep it out", pkg)
		}
	}
	if n < 50 {
		t.Fatalf("go list -deps listed only %d packages:\n%s", n, out)
	}
}

// `smtpgw explain 421` runs in the main goroutine's first 8 KiB stack:
// growing it to 16 KiB costs some 13 page faults, a tenth of what the
// command does beyond --version (docs/speed.md, "Start-up, fifth round").
// The stack check fires ~7.0 KB below runtime.main, and cobra and main
// take ~1.1 KB above explainArgs: a chain below may reach ~5.8 KB, less
// what the runtime's allocation path needs under its last function (with a
// chain at ~6.0 KB the stack grew, at 5.3 KB it does not: a uprobe on
// runtime.morestack, docs/speed.md). So each chain of our
// functions that `explain 421` runs through must stay within a budget of
// frame sizes, as the compiler reports them (go build -gcflags=-S:
// "locals=", plus 16 bytes of frame pointer and return address). A chain
// over budget: keep big locals (arrays, Reply and Explanation values,
// lipgloss styles) off the common path, in a function of their own, or pass
// them by pointer.
func TestExplainBareCodeFitsFirstStack(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the module's packages")
	}
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	cmd := exec.Command(gotool, "build", "-o", os.DevNull,
		"-gcflags=github.com/smtpgw/smtpgw/explain=-S", "-gcflags=github.com/smtpgw/smtpgw/report=-S", "-gcflags=github.com/smtpgw/smtpgw/cmd/smtpgw=-S", ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%.2000s", err, out)
	}
	frame := map[string]int{}
	text := regexp.MustCompile(`(?m)^(\S+) STEXT.* locals=0x([0-9a-f]+)`)
	for _, m := range text.FindAllStringSubmatch(string(out), -1) {
		n, _ := strconv.ParseInt(m[2], 16, 64)
		frame[m[1]] = int(n) + 16
	}
	const budget = 5500
	const ex, rep = "github.com/smtpgw/smtpgw/explain.", "github.com/smtpgw/smtpgw/report."
	chains := [][]string{
		{"main.explainArgs", "main.parseArg", ex + "parseWith", ex + "(*lineInfo).parse", ex + "(*lineInfo).fromReply", ex + "stripContinuationCodes"},
		// a paste's forms, tried on every input (6,240 bytes when
		// codeless18LibraryNames copied two tables of names onto its stack
		// to range over them: the stack grew)
		{"main.explainArgs", "main.parseArg", ex + "parseWith", ex + "preparePaste", ex + "lib11Forms", ex + "codeless18LibraryNames"},
		{"main.explainArgs", "main.parseArg", ex + "parseWith", ex + "preparePaste", ex + "lib11Forms", ex + "codeless19Forms", ex + "statusColumnTable"},
		{"main.explainArgs", "main.parseArg", ex + "parseWith", ex + "preparePaste", ex + "wholeMessage"},
		{"main.explainArgs", "main.parseArg", ex + "parseWith", ex + "chooseRecipient"},
		{"main.explainArgs", "main.(*explainWriter).explain", ex + "explainDepth", ex + "(*engine).matchInto", ex + "(*engine).check"},
		// the first scan of a text (smtpgw explain '550 5.1.1 user
		// unknown') calls compile through the matcher's sync.Once: the
		// generated automaton is compiled, and compile returns before
		// build's 5.5 KB frame (9,300 bytes when it did not: the stack grew,
		// ~9 page faults)
		{"main.explainArgs", "main.(*explainWriter).explain", ex + "explainDepth", ex + "(*matcher).scan", ex + "(*matcher).compile"},
		{"main.explainArgs", "main.(*explainWriter).explain", ex + "explainDepth", ex + "summarizeLines", ex + "(*lineInfo).fromReply", ex + "stripContinuationCodes"},
		{"main.explainArgs", "main.(*explainWriter).explain", "main.(*explainWriter).write", rep + "WriteExplanation", rep + "explanationCard", rep + "explanationCard.func2", rep + "wrap"},
	}
	for _, c := range chains {
		sum, parts := 0, []string{}
		for _, f := range c {
			n, ok := frame[f]
			if !ok {
				t.Fatalf("no frame size for %s in the compiler's output (renamed? update this test's chains)", f)
			}
			sum += n
			parts = append(parts, fmt.Sprintf("%s %d", f[strings.LastIndex(f, "/")+1:], n))
		}
		t.Logf("%d bytes: %s", sum, strings.Join(parts, " + "))
		if sum > budget {
			t.Errorf("explain goes %d bytes deep through %s, over the budget of %d that keeps it in its first 8 KiB stack", sum, strings.Join(parts, " + "), budget)
		}
	}
}
