package explain

// Rules of helper src17 (issue 10, session 12); see docs/heldout/heldout17*.md.
var src17Rules = []rule{}
