package explain

// Rules of batch 24 helper alla24 (issue 10); see docs/heldout/.
var alla24Rules = []rule{}
