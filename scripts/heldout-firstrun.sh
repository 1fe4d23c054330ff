#!/bin/sh
# heldout-firstrun.sh: the first-run verdicts of held-out batches, made again.
#
# A held-out batch (explain/testdata/corpus/heldout*.tsv) was committed and run
# once before any fix; its first run is the honest figure of the engine on
# replies it had never seen. This script makes those verdicts again: for each
# batch file matching PATTERN, it takes explain/ as it was in the commit before
# the one that added the file (so no fix of that commit is in it) and explains
# every row of the file as `smtpgw explain "<input>"` does (Parse, then
# Explain), writing OUTDIR/<commit>.out, one line a row:
#
#   file <TAB> line <TAB> ok|error <TAB> category <TAB> class <TAB> rule <TAB> input
#
# A row that made that engine panic is written as an error. A batch added in a
# commit whose parent does not build, or whose engine refuses every row, says
# so on standard error: its first run was made on a branch and is not
# reproduced here (leave its .out out of a measurement).
# The statistical-fallback measurement reads these files
# (explain/statmeasure_test.go, docs/explain.md).
#
# Run from the repository: scripts/heldout-firstrun.sh 'heldout14*' /tmp/fr14
set -eu
pattern=${1:?usage: heldout-firstrun.sh PATTERN OUTDIR}
out=${2:?usage: heldout-firstrun.sh PATTERN OUTDIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/prog"
cat > "$tmp/prog/main.go" <<'EOF'
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/smtpgw/smtpgw/explain"
)

func main() {
	name, path := os.Args[1], os.Args[2]
	f, err := os.Open(path)
	if err != nil {
		panic(err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 4 || strings.HasPrefix(cols[0], "# input") {
			continue
		}
		in := strings.ReplaceAll(cols[0], `\n`, "\n")
		func() {
			defer func() {
				if recover() != nil {
					fmt.Printf("%s\t%d\terror\t\t\t\t%s\n", name, n, cols[0])
				}
			}()
			r, err := explain.Parse(in)
			if err != nil {
				fmt.Printf("%s\t%d\terror\t\t\t\t%s\n", name, n, cols[0])
				return
			}
			e := explain.Explain(r)
			fmt.Printf("%s\t%d\tok\t%s\t%s\t%s\t%s\n", name, n, e.Category, e.Class, e.Rule, cols[0])
		}()
	}
}
EOF

for f in explain/testdata/corpus/$pattern.tsv; do
	[ -f "$f" ] || continue
	# the commit that put the file into the corpus (added, or moved there from
	# testdata/pending)
	c=$(git log --format=%h --diff-filter=AR -1 -- "$f")
	[ -n "$c" ] || { echo "$f: no commit adds it" >&2; continue; }
	d="$tmp/$c"
	mkdir -p "$d"
	git archive "$c^" go.mod go.sum explain internal/lazy | tar -x -C "$d"
	git show "$c:$f" > "$d/batch.tsv"
	cp -r "$tmp/prog" "$d/prog"
	if ! (cd "$d" && nice go run ./prog "$(basename "$f")" batch.tsv > "$out/$c.out"); then
		echo "$f ($c): the engine of $c^ does not run; left out" >&2
		rm -f "$out/$c.out"
		continue
	fi
	rows=$(wc -l < "$out/$c.out")
	errs=$(grep -c '	error	' "$out/$c.out" || true)
	if [ "$rows" -gt 0 ] && [ "$rows" = "$errs" ]; then
		echo "$f ($c): the engine of $c^ refuses every row (it did not build its rules); left out" >&2
		rm -f "$out/$c.out"
		continue
	fi
	echo "$f ($c^): $rows rows, $errs refused"
	rm -rf "$d"
done
