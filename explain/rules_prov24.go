package explain

// Rules of batch 24 helper prov24 (issue 10); see docs/heldout/.
var prov24Rules = []rule{}
