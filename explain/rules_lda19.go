package explain

// Rules of helper lda19 (issue 10, session 14); see docs/heldout/heldout19*.md.
// Each is tested in new wording in lda19_kinds_test.go.
var lda19Rules = []rule{}
