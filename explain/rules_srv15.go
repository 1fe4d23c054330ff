package explain

// Rules of held-out batch 15-srv (session 10): kinds found on the batch's
// first run, each tested in new wording in srv15_kinds_test.go.
var srv15Rules = []rule{}
