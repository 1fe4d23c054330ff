package archtest

import (
	"os/exec"
	"strings"
	"testing"
)

// unsafeExceptions are the packages whose non-test code may import
// unsafe, each with why. Reading another module's unexported internals
// through unsafe is never a reason: it breaks on that module's next
// release (relay/server did this with go-smtp until issue 12 item 8).
var unsafeExceptions = map[string]string{
	"explain": "lowerASCII (parse.go, matcher.go) returns a string over a byte slice it has just filled and never writes again " +
		"(unsafe.String, the conversion strings.Builder makes): one copy less per reply line in the hot path; " +
		"it touches no other package's memory layout; and a Scanner with ReuseLines (scan.go) makes each line a string over " +
		"the buffer of the line before, which it rewrites only when none of its fields holds a string of it (lineFree, held to " +
		"every field by TestScannerLineFreeCoversFields) and its caller has dropped the last reply (a string per reply line " +
		"less: two thirds of the bytes a mail log's explanation allocated)",
}

// TestNoUnsafe fails when a package of the module imports unsafe outside
// its tests without a listed reason, and when a listed package no longer
// does (remove it here then).
func TestNoUnsafe(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}\t{{join .Imports \" \"}}", mod+"...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	seen := map[string]bool{}
	n := 0
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, imports, _ := strings.Cut(l, "\t")
		p := strings.TrimPrefix(path, mod)
		n++
		for _, imp := range strings.Fields(imports) {
			if imp != "unsafe" {
				continue
			}
			if _, ok := unsafeExceptions[p]; ok {
				seen[p] = true
				continue
			}
			t.Errorf("%s imports unsafe: use a public API, or list the package in unsafeExceptions with why (internal/archtest/unsafe_test.go)", p)
		}
	}
	if n < 20 {
		t.Errorf("only %d packages listed: the listing is wrong", n)
	}
	for _, p := range unused(unsafeExceptions, seen) {
		t.Errorf("%s no longer imports unsafe: remove it from unsafeExceptions", p)
	}
}
