package explain

// Rules of helper lda18 (issue 10, session 13); see docs/heldout/heldout18*.md.
var lda18Rules = []rule{}
