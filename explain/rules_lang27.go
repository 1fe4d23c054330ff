package explain

// Rules of batch 27-lang (issue 10, helper lang27, session 22): the kinds
// non-English replies (batches 27-lang)
// found; see docs/heldout/heldout27-lang.md.

var lang27Rules = []rule{}
