package explain

// Rules of helper final17 (issue 10, session 12); see docs/heldout/heldout17*.md.
var final17Rules = []rule{}
