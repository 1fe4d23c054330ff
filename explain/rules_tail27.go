package explain

// Rules of batch 27-tail (issue 10, helper tail27, session 22): the kinds
// the long tail's wrappers, reason keys and product identifiers (batches
// 27-tail and 27-tail b) found; see docs/heldout/heldout27-tail.md. Each
// kind is tested in new wording in tail27_kinds_test.go.

const tail27Pri = 14

var tail27Rules = []rule{
	// RFC 5321's own example for 553, "mailbox syntax incorrect" (JavaMail's
	// "SendFailedException: 553 Mailbox syntax incorrect or mailbox not
	// allowed"): the address is malformed (syntax), not a policy refusal
	// (mta.policy's "not allowed"). An envelope sender said so keeps the
	// sender's readings.
	{ID: "tail27.syntax-incorrect", Any: []string{"syntax incorrect", "syntax is incorrect", "incorrect syntax", "syntax not correct", "syntax is not correct"},
		Not: []string{"sender", "mail from", "from address", "envelope from", "return-path"},
		Cat: Syntax, Pri: tail27Pri,
		Summary: "The server refused the address as malformed: its syntax is not that of a mailbox.",
		Fix:     []string{"Correct the address (one @, a domain, no spaces, quotes or stray characters) and send again."}},

	// a sending service's API result that names an inactive recipient with
	// its own error code ("{"ErrorCode": 406, "Message": "Inactive
	// recipient"}", Postmark's 406): the service's field says the address
	// is on its suppression list (after a hard bounce, a spam complaint or
	// by hand), as mta7.suppressed reads "marked as inactive" (policy). The
	// field's rule (esp.postmark.errorcode=406) lost to the message's words
	// read as a mailbox the receiving side calls inactive
	// (concept.inactive-address, a concept's priority over the field's
	// evidence): the service's own code decides what its message means.
	{ID: "tail27.postmark-inactive-recipient", ESP: espPostmark + " errorcode=406",
		Cat: Policy, Provider: espPostmark, Pri: tail27Pri,
		Summary: "Postmark refused the recipient (API error 406): the address is marked inactive, on the server's suppression list after a hard bounce, a spam complaint or a manual suppression.",
		Fix: []string{"Do not resend to the address; see why it was suppressed in the server's suppression list.",
			"Reactivate it there only if the recipient confirms the address works and wants the mail."}},
	// the same state named by a client library's exception
	// ("Postmark::InactiveRecipientError", postmark.js's
	// InactiveRecipientsError) without the field
	{ID: "tail27.inactive-recipient-error", Any: []string{"inactiverecipienterror", "inactiverecipientserror", "inactiverecipientexception"},
		Cat: Policy, Provider: espPostmark, Pri: tail27Pri,
		Summary: "The sending service refused the recipient: the address is marked inactive (on its suppression list after a hard bounce, a spam complaint or a manual suppression).",
		Fix: []string{"Do not resend to the address; see why it was suppressed in the service's suppression list.",
			"Reactivate it there only if the recipient confirms the address works and wants the mail."}},
	// a refusal that names an RBL (a DNS blocklist) as the one that refused
	// ("550 5.7.1 Rejected by RBL", "554 blocked by RBL check"): the sending
	// IP is listed, as concept.blocklist reads an RBL; under an X.7.1 code
	// mta.policy's "rejected by" outweighed that weak concept (a probe after
	// batch 27-tail b).
	{ID: "tail27.refused-by-rbl", Any: []string{"rbl", "dnsbl", "dnsrbl", "real-time blackhole", "realtime blackhole"},
		With:    []string{"rejected by", "blocked by", "refused by", "denied by", "rejected due to", "blocked due to", "refused due to"},
		Not:     []string{"delist", "removal was rejected", "request was rejected"},
		Cat:     Reputation,
		Summary: "The receiver refused the connection or message because the sending IP address is on a DNS blocklist (RBL) it uses.",
		Fix: []string{"Look up the sending IP on the blocklists the receiver uses and request removal there, after fixing the cause (a compromised account or host, bad list hygiene).",
			"Until delisted, send through another relay with a good reputation."}},
	// a refusal by the receiver's antispam filter named as one word
	// ("554 5.7.1 Message rejected: seznam.cz antispam filter", "550
	// Rejected by antispam", "554 Message refused by our antispam system"):
	// the filter's verdict on the message (spam-content), as the corpus
	// reads "rejected by antispam system" and "blocked by spam filter";
	// mta.spam's "spam" is a word of its own and does not run into
	// "antispam". A filter that names another cause (a listing, an
	// authentication check, the sender, the IP) keeps that reading. Probes
	// after batch 27-tail b.
	{ID: "tail27.antispam-refused", Any: []string{"antispam", "anti-spam", "anti spam"},
		With: []string{"rejected", "refused", "blocked", "denied", "not accepted", "filtered", "identified", "marked", "flagged", "considered"},
		Not: []string{"spf", "dkim", "dmarc", "rbl", "dnsbl", "listed", "blacklist", "blocklist", "ip address", "your ip", "sender", "mittente", "expéditeur", "reverse",
			"ptr", "helo", "ehlo", "unavailable", "temporar", "try again", "rate", "too many", "virus", "size", "relay", "authentication", "not authenticated", "requirements",
			// an antispam *policy* is the receiver's policy (Zoho's "541 5.7.1 Mail rejected due to antispam policy", heldout25-prov)
			"policy"},
		Cat:     SpamContent,
		Summary: "The receiver's antispam filter refused the message as spam.",
		Fix: []string{"Find what made the filter score it as spam (links, attachments, wording, a missing unsubscribe link, sending to unengaged recipients) and change it.",
			"Check that the message is authenticated (SPF, DKIM, DMARC aligned) and ask the recipient's postmaster if legitimate mail is refused."}},
}
