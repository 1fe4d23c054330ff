package explain

// Rules of helper concept19 (issue 10, session 14); see docs/heldout/heldout19*.md.
// Each is tested in new wording in concept19_kinds_test.go.
var concept19Rules = []rule{}
