package explain

// Rules of session 11's held-out batches heldout16-verdict* (issue 10): kinds
// found on their first runs, each tested in new wording in verdict16_kinds_test.go.
var verdict16Rules = []rule{}
