package explain

// Rules of batch 24 helper lang24 (issue 10); see docs/heldout/.
var lang24Rules = []rule{}
