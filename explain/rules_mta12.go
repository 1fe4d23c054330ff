package explain

// mta12Rules holds the rules of held-out batch 12-mta (testdata/corpus/heldout12-mta*.tsv):
// the kinds its first run showed, each with the reason it generalises.
var mta12Rules = []rule{}
