package explain

// Rules of held-out batch 14-esp (session 9): kinds found on the batch's first
// run, each tested in new wording in esp14_kinds_test.go.

var esp14Rules = []rule{}
