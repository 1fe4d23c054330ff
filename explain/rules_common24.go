package explain

// Rules of batch 24 helper common24 (issue 10); see docs/heldout/.
var common24Rules = []rule{}
