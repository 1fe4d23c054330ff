package explain

// Rules of helper codeless18 (issue 10, session 13); see docs/heldout/heldout18*.md.
var codeless18Rules = []rule{}
