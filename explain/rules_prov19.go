package explain

// Rules of helper prov19 (issue 10, session 14); see docs/heldout/heldout19*.md.
// Each is tested in new wording in prov19_kinds_test.go.
var prov19Rules = []rule{}
