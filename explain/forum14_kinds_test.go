package explain

import "testing"

// The kinds held-out batch 14-forum found on its only run, in new wording
// (not the batch's rows).

// A sender refused because it is not local to the submission server (the
// server sends only as its own addresses) is the sender's address, whether
// the words say "not local sender", "non-local sender" or "sender is not
// local"; a recipient that is not local stays a moved user or a relaying
// refusal.
func TestKindForum14NonLocalSender(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 5.7.1 Non-local sender rejected: log in to send as billing@corp.example", SenderInvalid, ClassPermanent},
		{"MAIL FROM refused: sender is not local to this relay", SenderInvalid, ClassPermanent},
		{"Error: Mail command failed: 550 5.7.1 nonlocal sender <ops@far.example> not allowed on port 587", SenderInvalid, ClassPermanent},
		{"451 4.7.1 Sender address is not local, try again after login", SenderInvalid, ClassTransient},
		// a recipient that is not local keeps its own categories
		{"551 5.1.6 User not local; please try <kim@new.example>", Moved, ClassPermanent},
		{"553 5.1.2 Recipient address not local. relaying denied", RelayDenied, ClassPermanent},
	})
}
