package explain

// Rules of helper common19 (issue 10, session 14); see docs/heldout/heldout19*.md.
// Each is tested in new wording in common19_kinds_test.go.
var common19Rules = []rule{}
