package explain

// Rules of held-out batch 14-intl (session 9): kinds found on the batch's first
// run, each tested in new wording in intl14_kinds_test.go.

var intl14Rules = []rule{}
