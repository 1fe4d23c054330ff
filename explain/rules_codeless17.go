package explain

// Rules of helper codeless17 (issue 10, session 12); see docs/heldout/heldout17*.md.
var codeless17Rules = []rule{}
