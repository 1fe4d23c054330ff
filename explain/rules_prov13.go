package explain

// prov13Rules: the rules helper prov13 writes this session (issue 10); the
// file exists from the start so that the parts list in rules_wording.go
// does not change while helpers land.
var prov13Rules = []rule{}
