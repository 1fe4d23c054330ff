package explain

// Rules of held-out batch 14-panel (session 9): kinds found on the batch's first
// run, each tested in new wording in panel14_kinds_test.go.

var panel14Rules = []rule{}
