package explain

// Rules of helper lang18 (issue 10, session 13); see docs/heldout/heldout18*.md.
var lang18Rules = []rule{}
