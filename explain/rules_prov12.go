package explain

// prov12Rules holds the rules of held-out batch 12-prov (testdata/corpus/heldout12-prov*.tsv):
// the kinds its first run showed, each with the reason it generalises.
var prov12Rules = []rule{}
