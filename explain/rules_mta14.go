package explain

// Rules of held-out batch 14-mta (session 9): kinds found on the batch's first
// run, each tested in new wording in mta14_kinds_test.go.

var mta14Rules = []rule{}
