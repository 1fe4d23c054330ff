package explain

// Rules of held-out batch 14-final (session 9): kinds found on the batch's first
// run, each tested in new wording in final14_kinds_test.go.

var final14Rules = []rule{}
