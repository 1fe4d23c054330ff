package explain

// Rules of held-out batch 15-lang (session 10): kinds found on the batch's
// first run, each tested in new wording in lang15_kinds_test.go.
var lang15Rules = []rule{}
