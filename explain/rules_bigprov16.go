package explain

// Rules of session 11's held-out batches heldout16-bigprov* (issue 10): kinds
// found on their first runs, each tested in new wording in bigprov16_kinds_test.go.
var bigprov16Rules = []rule{}
