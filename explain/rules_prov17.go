package explain

// Rules of helper prov17 (issue 10, session 12); see docs/heldout/heldout17*.md.
var prov17Rules = []rule{}
