package explain

// Rules of batch 24 helper allb24 (issue 10); see docs/heldout/.
var allb24Rules = []rule{}
