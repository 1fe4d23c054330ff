package explain

// Rules of session 11's held-out batches heldout16-lda* (issue 10): kinds
// found on their first runs, each tested in new wording in lda16_kinds_test.go.
var lda16Rules = []rule{}
