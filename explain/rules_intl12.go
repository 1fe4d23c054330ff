package explain

// intl12Rules holds the rules of held-out batch 12-intl (testdata/corpus/heldout12-intl*.tsv):
// the kinds its first run showed, each with the reason it generalises.
var intl12Rules = []rule{}
