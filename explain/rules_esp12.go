package explain

// esp12Rules holds the rules of held-out batch 12-esp (testdata/corpus/heldout12-esp*.tsv):
// the kinds its first run showed, each with the reason it generalises.
var esp12Rules = []rule{}
