package explain

// Rules of held-out batch 15-prov (session 10): kinds found on the batch's
// first run, each tested in new wording in prov15_kinds_test.go.
var prov15Rules = []rule{}
