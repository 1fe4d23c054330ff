package explain

// Rules of helper lda17 (issue 10, session 12); see docs/heldout/heldout17*.md.
var lda17Rules = []rule{}
