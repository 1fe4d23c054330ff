package explain

import "testing"

// Kinds of helper tail25 (issue 10, session 20; docs/heldout/heldout25-tail.md):
// the long tail's reason keys, identifiers and wrappers, each in new
// wording (not rows of a batch), with the neighbours that must not change.

// A bounce event's one-word category CONTENT is any service's field: the
// message's content was refused.
func TestKindTail25JSONCategoryContent(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"event":"bounce","email":"mo@r.example","category":"content"}`, SpamContent, ClassPermanent},
		{`{"recipient":"mo@r.example","bounce_category":"CONTENT","type":"BOUNCE"}`, SpamContent, ClassPermanent},
		// neighbours: another category keeps its own reading, and a free
		// text that says "content" is not the field
		{`{"type":"BOUNCE","recipient":"mo@r.example","category":"MAILBOX_FULL"}`, MailboxFull, ClassPermanent},
		{"552 5.2.2 Mailbox full: the content of this mailbox exceeds its quota", MailboxFull, ClassPermanent},
	})
}

// A quota that "is exceeded" or "has been exceeded", naming no sending
// limit, is the mailbox's storage; a sending quota stays a rate limit.
func TestKindTail25QuotaIsExceeded(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Save to Sent folder failed: the quota has been exceeded", MailboxFull, ClassPermanent},
		{"IMAP APPEND refused: Your quota is exhausted", MailboxFull, ClassPermanent},
		// neighbours: a sending quota, with or without a period
		{"Your sending quota has been exceeded, try again tomorrow", RateLimited, ClassTransient},
		{"550 5.4.5 Daily sending quota exceeded", RateLimited, ClassPermanent},
	})
}

// Exchange's and Graph's submission-time refusal of a recipient that is
// empty ("" isn't resolved) is the address's form; a well-formed address
// not resolved stays an unknown recipient.
func TestKindTail25RecipientNotResolved(t *testing.T) {
	checkKinds(t, []kindCase{
		{`ErrorInvalidRecipients: At least one recipient isn't valid., Recipient "" is not resolved. All recipients must be resolved before a message can be submitted.`, Syntax, ClassPermanent},
		// neighbour: a real address that could not be resolved
		{"Send failed: At least one recipient is not valid., Recipient 'li@partner.example' is not resolved. All recipients must be resolved before a message can be submitted.", UserUnknown, ClassPermanent},
	})
}

// A host whose IP address "could not be determined" (Java's
// UnknownHostException in a mail client's words) does not resolve:
// host-unknown, as getaddrinfo's ENOTFOUND; a temporary lookup failure
// stays network.
func TestKindTail25HostAddressNotDetermined(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mail transport error: the IP address of the host mail.corp.example cannot be determined", HostUnknown, ClassPermanent},
		{`Sending failed: could not determine the address of server "relay.corp.example"`, HostUnknown, ClassPermanent},
		// neighbours: a temporary resolver failure, and a class that cannot be determined
		{"getaddrinfo EAI_AGAIN relay.corp.example: temporary failure in name resolution", Network, ClassTransient},
	})
}
