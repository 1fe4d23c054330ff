package explain

import "testing"

// Kinds of helper tail27 (issue 10, session 22; docs/heldout/heldout27-tail.md):
// the long tail's wrappers, reason keys and product identifiers, each in new
// wording (not rows of a batch), with the neighbours that must not change.

// RFC 5321's example for 553, "mailbox syntax incorrect", and the like say
// the address is malformed (syntax), not a policy refusal; a sender's
// address said so keeps the sender's reading.
func TestKindTail27SyntaxIncorrect(t *testing.T) {
	checkKinds(t, []kindCase{
		{"com.sun.mail.smtp.SMTPAddressFailedException: 553 5.1.3 Recipient syntax incorrect, address not allowed", Syntax, ClassPermanent},
		{"smtplib.SMTPRecipientsRefused: {'a b@lab.example': (501, b'Incorrect syntax of the recipient address')}", Syntax, ClassPermanent},
		// neighbours: a refusal "not allowed" for a cause stays policy; a sender's malformed address stays the sender's
		{"550 5.7.1 Messages of this type are not allowed here", Policy, ClassPermanent},
		{"{ [SenderError: Mail from command failed - 501 5.1.7 Bad address mailbox syntax.]", SenderInvalid, ClassPermanent},
	})
}

// Postmark's own API error code 406 (the recipient is marked inactive: on
// the server's suppression list) and its client libraries' exception names
// decide over the message's words; a receiving server's "inactive
// recipient" keeps the mailbox reading.
func TestKindTail27PostmarkInactiveRecipient(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"ErrorCode":406,"Message":"Inactive recipient(s): ops@lab.example"}`, Policy, ClassPermanent},
		{"postmark.InactiveRecipientsError: Inactive recipient", Policy, ClassPermanent},
		// neighbours: another Postmark code keeps its own reading; a server's inactive recipient is the mailbox's state
		{`{"ErrorCode": 300, "Message": "Invalid 'To' address: 'ann at lab.example'."}`, Syntax, ClassPermanent},
		{"550 5.2.1 <ann@lab.example>: inactive recipient, mailbox closed", MailboxDisabled, ClassPermanent},
	})
}

// A refusal that names an RBL (a DNS blocklist) as the refuser is the
// sending IP's listing (reputation), also under an X.7.1 code where
// "rejected by" reads as a local policy; a named list keeps its own rule
// and a policy named as the refuser stays policy.
func TestKindTail27RefusedByRBL(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Connection blocked by RBL, see the postmaster page", Reputation, ClassPermanent},
		{"451 4.7.1 Message refused due to DNSBL listing of 203.0.113.9, try later", Reputation, ClassTransient},
		// neighbours: a local policy as the refuser stays policy; a named list keeps its reading
		{"550 5.7.1 Message rejected by local policy", Policy, ClassPermanent},
		{"550 Blocked by RBL: bl.spamcop.net", Reputation, ClassPermanent},
	})
}

// A refusal by the receiver's antispam filter named as one word
// ("antispam", "anti-spam") is the filter's verdict on the message
// (spam-content); an antispam policy, a listing or an authentication check
// the filter names keeps its own reading.
func TestKindTail27AntispamRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Your message was refused by the antispam service of lab.example", SpamContent, ClassPermanent},
		{"550 Mail rejected: identified as unwanted by our anti-spam gateway", SpamContent, ClassPermanent},
		// neighbours: an antispam policy stays policy; a named list stays reputation
		{"541 5.7.1 Mail refused due to antispam policy of the domain", Policy, ClassPermanent},
		{"550 5.7.1 Antispam rejected: client IP listed on bl.spamcop.net", Reputation, ClassPermanent},
	})
}
