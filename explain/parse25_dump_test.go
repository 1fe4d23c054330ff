package explain

import (
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"
)

var parse25Dump = flag.String("parse25.dump", "", "write the stdin disagreements of multi-line corpus rows as JSON lines to this file")

// TestParse25DumpStdin writes, with -parse25.dump=FILE, each multi-line
// corpus row that standard input reads otherwise than the argument, with
// the entries it was split into: the material for grouping the kinds of
// disagreement (docs/heldout/heldout25-parse.md).
func TestParse25DumpStdin(t *testing.T) {
	if *parse25Dump == "" {
		t.Skip("no -parse25.dump")
	}
	f, err := os.Create(*parse25Dump)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, row := range loadCorpus(t) {
		if !strings.Contains(row.input, "\n") {
			continue
		}
		d := stdinDisagreement(t, row.input)
		if d == "" {
			continue
		}
		got, sc := scanAll(t, row.input+"\n", true)
		var ents []map[string]any
		for _, r := range got {
			e := Explain(r)
			ents = append(ents, map[string]any{"input": r.Input, "cat": e.Category, "cls": e.Class, "code": r.Code})
		}
		r, _ := Parse(row.input)
		w := Explain(r)
		enc.Encode(map[string]any{"file": row.file, "line": row.line, "kind": d, "input": row.input, "want": string(row.cat) + "/" + string(row.class),
			"arg": string(w.Category) + "/" + string(w.Class), "skipped": sc.Skipped, "entries": ents})
	}
}
