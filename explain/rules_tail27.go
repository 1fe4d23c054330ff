package explain

// Rules of batch 27-tail (issue 10, helper tail27, session 22): the kinds
// the long tail: apps, libraries, ESPs, gateways, other servers (batches 27-tail)
// found; see docs/heldout/heldout27-tail.md.

var tail27Rules = []rule{}
