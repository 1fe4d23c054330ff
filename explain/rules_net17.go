package explain

// Rules of helper net17 (issue 10, session 12); see docs/heldout/heldout17*.md.
var net17Rules = []rule{}
