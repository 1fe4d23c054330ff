package explain

// Rules of helper app18 (issue 10, session 13); see docs/heldout/heldout18*.md.
var app18Rules = []rule{}
