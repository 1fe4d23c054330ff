package explain

// Rules of session 11's held-out batches heldout16-net* (issue 10): kinds
// found on their first runs, each tested in new wording in net16_kinds_test.go.
var net16Rules = []rule{}
