package explain

// Rules of held-out batch 14-gw (session 9): kinds found on the batch's first
// run, each tested in new wording in gw14_kinds_test.go.

var gw14Rules = []rule{}
