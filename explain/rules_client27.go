package explain

// Rules of batch 27-client (issue 10, helper client27, session 22): the kinds
// mail clients' and webmail's send errors and notices (batches 27-client)
// found; see docs/heldout/heldout27-client.md.

var client27Rules = []rule{}
