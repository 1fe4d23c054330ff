package explain

// Rules of helper gw18 (issue 10, session 13); see docs/heldout/heldout18*.md.
var gw18Rules = []rule{}
