package explain

// Rules of batch 27-codeless (issue 10, helper codeless27, session 22): the kinds
// text without a reply code (batches 27-codeless)
// found; see docs/heldout/heldout27-codeless.md.

var codeless27Rules = []rule{}
