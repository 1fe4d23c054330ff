package explain

// Rules of helper final18 (issue 10, session 13); see docs/heldout/heldout18*.md.
var final18Rules = []rule{}
