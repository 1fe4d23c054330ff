package explain

// Rules of helper codeless19 (issue 10, session 14); see docs/heldout/heldout19*.md.
// Each is tested in new wording in codeless19_kinds_test.go.
var codeless19Rules = []rule{}
