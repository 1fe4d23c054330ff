package explain

// Rules of helper prov18 (issue 10, session 13); see docs/heldout/heldout18*.md.
var prov18Rules = []rule{}
