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

// heldout13's kinds (the all-category batch's only run), in new wording.
func TestKindFinal13Moved(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The e-mail address lee@old.example has been replaced by lee@new.example", Moved, ""},
		{"550 5.1.1 <sales@old.example>: Recipient address rejected: address retired, please resend your message to orders@shop.example", Moved, ClassPermanent},
	})
}

func TestKindFinal13OutgoingMailHold(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Domain shop.example is under an outgoing mail suspension by the administrator; message not sent", Policy, ""},
		{"451 Outgoing mail on hold for this account, retry later", Policy, ClassTransient},
	})
}

func TestKindFinal13SpamFilterFailedAndRspamd(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.3.0 Temporary failure: spam filter not responding, try later", ServerError, ClassTransient},
		{"554 5.7.1 Message blocked by rspamd (score 18.2)", SpamContent, ClassPermanent},
		// a spam verdict stays spam content
		{"550 5.7.1 Our spam filter identified this message as spam", SpamContent, ClassPermanent},
	})
}

func TestKindFinal13EximRetryTimeAndResolver(t *testing.T) {
	checkKinds(t, []kindCase{
		{"== ops@lab.example R=dnslookup T=remote_smtp defer (-53): retry time not reached for host mx.lab.example", Network, ClassTransient},
		{"Error: queryMx EAI_AGAIN lab.example", Network, ClassTransient},
		{"sendmail: Temporary failure in name resolution while looking up smtp.isp.example", Network, ""},
		{"mta: Failed to resolve MX for [nowhere.example]: no such domain", HostUnknown, ""},
	})
}

func TestKindFinal13HeaderLineTooLong(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.6.0 message refused: header line too long (References)", RFCNoncompliant, ClassPermanent},
	})
}
