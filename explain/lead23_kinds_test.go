package explain

import "testing"

// The lead's kinds from held-out batch 23-lead.

// RFC 5321 §4.2.3 gives 553 the text "Requested action not taken: mailbox
// name not allowed"; a server that sends only that text says what is wrong
// with an address, not that a policy refused it. At MAIL FROM it is the
// sender's address (lib11.553-mail-from), not the policy that "not
// allowed" reads elsewhere; a policy word of the server's own still counts.
func TestKindLead23MailboxNameNotAllowed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"C: MAIL FROM:<notices@billing.example>\nS: 553 Requested action not taken: mailbox name not allowed", SenderInvalid, ClassPermanent},
		{"> MAIL FROM:<>\n< 553 5.1.7 mailbox name not allowed", SenderInvalid, ClassPermanent},
		// neighbours: the server's own policy words, and a relay refusal at RCPT TO
		{"553 5.7.1 Sending from this network is not allowed by local policy", Policy, ClassPermanent},
		{"RCPT TO:<ops@far.example>\n553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", RelayDenied, ClassPermanent},
	})
}
