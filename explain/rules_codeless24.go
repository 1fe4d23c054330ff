package explain

// Rules of batch 24 helper codeless24 (issue 10); see docs/heldout/.
var codeless24Rules = []rule{}
