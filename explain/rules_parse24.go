package explain

// Rules of batch 24 helper parse24 (issue 10); see docs/heldout/.
var parse24Rules = []rule{}
