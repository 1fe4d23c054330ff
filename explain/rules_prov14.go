package explain

// Rules of held-out batch 14-prov (session 9): kinds found on the batch's first
// run, each tested in new wording in prov14_kinds_test.go.

var prov14Rules = []rule{}
