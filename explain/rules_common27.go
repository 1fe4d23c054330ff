package explain

// Rules of batch 27-common (issue 10, helper common27, session 22): the kinds
// the common MTAs and providers as users paste them (batches 27-common)
// found; see docs/heldout/heldout27-common.md.

var common27Rules = []rule{}
