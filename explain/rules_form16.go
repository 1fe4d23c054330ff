package explain

// Rules of session 11's held-out batches heldout16-form* (issue 10): kinds
// found on their first runs, each tested in new wording in form16_kinds_test.go.
var form16Rules = []rule{}
