package explain

// Rules of held-out batch 15-final (session 10): kinds found on the batch's
// first run, each tested in new wording in final15_kinds_test.go.
var final15Rules = []rule{}
