package explain

// Rules of batch 27-parse (issue 10, helper parse27, session 22): the kinds
// parser and form kinds (batches 27-parse)
// found; see docs/heldout/heldout27-parse.md.

var parse27Rules = []rule{}
