package explain

// Rules of held-out batch 14-forum (session 9): kinds found on the batch's first
// run, each tested in new wording in forum14_kinds_test.go.

var forum14Rules = []rule{}
