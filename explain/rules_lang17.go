package explain

// Rules of helper lang17 (issue 10, session 12); see docs/heldout/heldout17*.md.
var lang17Rules = []rule{}
