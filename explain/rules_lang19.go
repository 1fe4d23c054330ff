package explain

// Rules of helper lang19 (issue 10, session 14); see docs/heldout/heldout19*.md.
// Each is tested in new wording in lang19_kinds_test.go.
var lang19Rules = []rule{}
