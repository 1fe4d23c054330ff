package explain

// final12Rules holds the rules of held-out batch 12 (testdata/corpus/heldout12.tsv, run once):
// the kinds its first run showed, each with the reason it generalises.
var final12Rules = []rule{}
