package explain

// Rules of helper final19 (issue 10, session 14); see docs/heldout/heldout19*.md.
// Each is tested in new wording in final19_kinds_test.go.
var final19Rules = []rule{}
