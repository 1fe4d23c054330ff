package explain

// Rules of batch 27-allb (issue 10, helper allb27, session 22): the kinds
// the first run of held-out batch 27-allb (categories ptr-required to unknown)
// found; see docs/heldout/heldout27-allb.md.

var allb27Rules = []rule{}
