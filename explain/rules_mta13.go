package explain

// mta13Rules: the rules helper mta13 writes this session (issue 10); the
// file exists from the start so that the parts list in rules_wording.go
// does not change while helpers land.
var mta13Rules = []rule{}
