package explain

// gw12Rules holds the rules of held-out batch 12-gw (testdata/corpus/heldout12-gw*.tsv):
// the kinds its first run showed, each with the reason it generalises.
var gw12Rules = []rule{}
