package explain

import "testing"

// The labelling conventions common24 settled (docs/explain.md "Labelling
// conventions"), in new wording (not rows of the corpus), each with the
// neighbours the convention keeps on the other side.

// A recipient address on a list kept by the sender's side, with no reason,
// is policy (never reputation); a reason in the words decides.
func TestKindCommon24RecipientOnList(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Send failed: recipient is blacklisted in your sending account", Policy, ClassPermanent},
		{"错误: 收件人地址在黑名单中", Policy, ClassPermanent},
		{"The recipient address is on the account suppression list", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Not sent: the address is on the suppression list after a hard bounce", UserUnknown, ClassPermanent},
		{"554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using bl.spamcop.example", Reputation, ClassPermanent},
	})
}

// A hold after a hard bounce is user-unknown; after soft bounces unknown; a
// hard bounce reported with no hold names no cause, and a reason decides.
func TestKindCommon24HoldAfterHardBounce(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Subscriber status: Cleaned - hard bounce on the last campaign", UserUnknown, ClassPermanent},
		{"Contact deactivated after a hard bounce", UserUnknown, ClassPermanent},
		{"This address was removed from your audience because the last message hard-bounced", UserUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Address suppressed after 5 soft bounces in a row", Unknown, ClassPermanent},
		{"Hard bounced: mailbox is full", MailboxFull, ClassPermanent},
	})
}

// "Sender address rejected: <reason>" is read by its reason: a site's rule
// about the sender's origin is policy; the address itself is sender-invalid.
func TestKindCommon24SenderRejectedReason(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 <ceo@lab.example>: Sender address rejected: not accepted from external senders", Policy, ClassPermanent},
		{"553 5.7.1 <kim@lab.example>: Sender address rejected: Access denied", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.1.7 <kim@nowhere.example>: Sender address rejected: undeliverable address", SenderInvalid, ClassPermanent},
		{"550 5.7.1 <kim@lab.example>: Sender address rejected: not logged in", AuthRequired, ClassPermanent},
	})
}

// A bare "Message rejected" is unknown; an X.7.1 code or words with it decide.
func TestKindCommon24BareMessageRejected(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mail delivery failed with SMTP error 554: Message rejected", Unknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"554 5.7.1 Message rejected", Policy, ClassPermanent},
		{"550 Message rejected: spam score too high", SpamContent, ClassPermanent},
	})
}
