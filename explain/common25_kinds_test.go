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

// The sending MTA's expiry words after the reply it kept retrying decide
// (report-level convention, batch 25-common b); a full mailbox before them
// keeps its cause, and Exim's defer line without "after a long failure
// period" is a deferral.
func TestKindCommon25ExpiredAfterReply(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SMTP error from remote mail server after RCPT TO:<kim@far.example>: 451 4.7.1 Greylisted, please retry later: retry timeout exceeded", Expired, ClassPermanent},
		{"host mx.far.example [192.0.2.9]: 421 4.7.0 Too many connections from your IP: retry timeout exceeded", Expired, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"  kim@lab.example\n    mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/kim): retry timeout exceeded", MailboxFull, ClassPermanent},
		{"2026-12-07 10:00:00 1vQa2B-000Xy1-7C == kim@far.example R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'far.example'", Network, ClassTransient},
	})
}

// rspamd's multimap refusal of a map of senders is the site's own list
// (policy); a DNS list of the host stays reputation.
func TestKindCommon25RspamdSenderMap(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Matched map: BLACKLIST_SENDER_DOMAIN", Policy, ClassPermanent},
		{"550 5.7.1 Matched map: LOCAL_BL_SENDER", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.example", Reputation, ClassPermanent},
	})
}

// No connection slot left is the server's connection limit (rate-limited);
// a refusal of a dynamic IP that sends the client to its ISP's servers is
// the dynamic-IP block (reputation), the same advice without a dynamic IP
// a relay refusal.
func TestKindCommon25SlotsAndDynamicIP(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 4.3.2 mx2.far.example: no free connection slots, try later", RateLimited, ClassTransient},
		{"550 Mail from dynamically assigned IP addresses is refused; please send through your ISP's SMTP server", Reputation, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 We do not relay for you; use the SMTP server of your provider", RelayDenied, ClassPermanent},
	})
}

// Report-level class (common25's convention): the outcome the report states
// wins over the quoted reply's code, both ways; advice is no outcome, and a
// console's "Message not delivered" alone does not say the sender gave up.
func TestKindCommon25ReportLevelClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery has failed to these recipients or groups:\n\nops@far.example\n\nRemote Server returned '450 4.2.0 Greylisted, see http://postgrey.example/help'", Greylisted, ClassPermanent},
		{"Subject: Undelivered Mail Returned to Sender\n\n<kim@far.example>: host mx.far.example[192.0.2.9] said: 421 4.7.0 Too many connections (in reply to MAIL FROM command)", RateLimited, ClassPermanent},
		{"SubmissionException: handing the message to the relay failed. The operation will be retried. Server response: 554 5.7.1 Relay access denied", RelayDenied, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"550 5.1.1 User unknown. Please try again later.", UserUnknown, ClassPermanent},
		{"Message not delivered. Reason: host mx.far.example[192.0.2.9] said: 451 4.7.1 Please try again later (in reply to RCPT TO command)", Greylisted, ClassTransient},
	})
}
