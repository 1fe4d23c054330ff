package explain

import "testing"

// The labelling conventions common25 settled (docs/explain.md "Labelling
// conventions") and the kinds of batch 25-common, in new wording (not rows of
// the corpus), each with the neighbours the convention keeps on the other side.

// Exim's "Unrouteable address" is read by where it was said: a receiving
// server's reply to RCPT TO is an unknown recipient; the sending Exim's own
// routing failure is a domain that does not route; a sender callout is the
// sender.
func TestKindCommon25UnrouteableAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SMTP error from remote mail server after RCPT TO:<jo@hoster.example>: 550 Unrouteable address", UserUnknown, ClassPermanent},
		{"2026-12-07 09:00:01 H=(client.example) [198.51.100.3] F=<a@b.example> rejected RCPT <nobody@lab.example>: Unrouteable address", UserUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"2026-12-07 09:00:01 1vQa2B-000Xy1-7C ** jo@gone-domain.example R=dnslookup T=remote_smtp: Unrouteable address", HostUnknown, ClassPermanent},
		{"550-Verification failed for <news@gone.example>\n550-Unrouteable address\n550 Sender verify failed", SenderInvalid, ClassPermanent},
	})
}

// A receiving server's own list of local users: an address not in it is an
// unknown recipient (batch 25-common); the rcpthosts list of domains stays a
// relay refusal, and a sender not in a list stays the sender's.
func TestKindCommon25NotInLocalList(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.1.1 recipient address not in the local list of this server", UserUnknown, ClassPermanent},
		{"Remote host said: 550 the recipient is not in local list", UserUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", RelayDenied, ClassPermanent},
	})
}
