package explain

// Rules of held-out batch 14-engine (session 9): kinds found on the batch's first
// run, each tested in new wording in engine14_kinds_test.go.

var engine14Rules = []rule{}
