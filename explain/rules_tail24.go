package explain

// Rules of batch 24 helper tail24 (issue 10); see docs/heldout/.
var tail24Rules = []rule{}
