package explain

// engine12Rules holds the rules of held-out batch 12-engine (testdata/corpus/heldout12-engine*.tsv):
// the kinds its first run showed, each with the reason it generalises.
var engine12Rules = []rule{}
