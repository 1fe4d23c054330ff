package explain

// Rules of batch 27-alla (issue 10, helper alla27, session 22): the kinds
// the first run of held-out batch 27-alla (categories user-unknown to reputation)
// found; see docs/heldout/heldout27-alla.md.

var alla27Rules = []rule{}
