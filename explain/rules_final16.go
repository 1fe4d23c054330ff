package explain

// Rules of session 11's held-out batches heldout16-final* (issue 10): kinds
// found on their first runs, each tested in new wording in final16_kinds_test.go.
var final16Rules = []rule{}
