package explain

// Rules of held-out batch 15-dash (session 10): kinds found on the batch's
// first run, each tested in new wording in dash15_kinds_test.go.
var dash15Rules = []rule{}
