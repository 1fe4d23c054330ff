package explain

import "testing"

// The kinds the held-out batches of session 8 found on their only run, in
// new wording (not the batches' rows).

// A sending limit of a period named with a plain noun, also when the
// provider words its cap as refusing spam (heldout13-forum: "send spam mail
// rejected: exceeded hour limit").
func TestKindFinal13PeriodLimitNoun(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Sending blocked as spam: you exceeded the hour limit for this sender account", RateLimited, ClassPermanent},
		{"451 4.7.1 day limit reached for user news@shop.example, try tomorrow", RateLimited, ClassTransient},
		{"Outbound queue paused: minute limit exceeded (120 messages)", RateLimited, ""},
		// a recipient's storage is no sending limit
		{"552 5.2.2 mailbox storage over the day limit of the recipient", MailboxFull, ClassPermanent},
	})
}

// Haraka's outbound bounce reason without the remote reply: a permanent
// failure whose cause the text does not tell (heldout13-forum).
func TestKindFinal13HarakaSomeRecipientsFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Failure Reason: Error: Some recipients failed: <ops@partner.example>, <kim@partner.example>", Unknown, ClassPermanent},
	})
}
