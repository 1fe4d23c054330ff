package explain

// Held-out batch 12-prov (issue 10): hosting companies', ISPs' and mailbox
// providers' own documented replies (heldout12-prov.tsv). Its first run
// (36 of 46; class 45 of 46) showed these kinds, each fixed as a kind:
//
//   - rule priority, a generic refusal frame against the cause it names: a
//     long frame ("message content rejected", "administrative prohibition",
//     a gateway's "permanent failure for one or more recipients") outweighed
//     the short word that says why ("VIRUS", "listed on a DNS blocklist",
//     the gateway's ":blocked" tag). The frame rules are generic now (weak,
//     or bound to the tag that carries their meaning, rules.go), and a
//     content refusal whose stated reason is malware is a virus refusal
//     (prov12.content-virus below);
//   - vocabulary, a header field said to contain characters it may not
//     ("Subject contains invalid characters": an unencoded non-ASCII
//     header) is the message format, not the receiver's policy;
//   - vocabulary, an attachment or file said to exceed a limit is the
//     message's size, also without a code ("The attachment exceeds server
//     limit" exited 2);
//   - vocabulary, a domain that "must resolve" without saying whose is the
//     envelope sender's (a receiver never asks its own recipient domains to
//     resolve), not a command syntax error by its 501;
//   - stage, a verification that failed at RCPT TO is the recipient's
//     address (the receiver's recipient verification or callout), not an
//     unexplained 550.
//
// Batch 12-prov b (heldout12-provb.tsv, 19 of 28 on its run; category 21,
// class 26) added these kinds:
//
//   - vocabulary, a count of stored messages ("User has too many messages on
//     server") is the mailbox's capacity, not a sending rate;
//   - vocabulary, an account that was terminated is a disabled mailbox, over
//     the "invalid mailbox" frame around it;
//   - class, an outcome word that describes earlier mail given as the reason
//     ("temporarily banned ... because of spammy or undeliverable emails")
//     is no statement of this reply's class (causeOutcomeWording,
//     classify.go); "temporarily" decides.
//
// Batch 12-prov c (heldout12-provc.tsv, 4 of 7 on its run) added: RFC 5321's
// standard text of 552 quoted under another code ("522 5.7.1 ... exceeded
// storage allocation"), a blocklist named only by its lookup host (the CBL,
// Sendmail's check_relay with a DNSBL answer), a sender refused because of
// spam (reputation, over the access-map frame), and Postfix's status=SOFTBOUNCE
// (soft_bounce keeps the message queued: a delay, parse.go).

var prov12Rules = []rule{
	// a content refusal that names malware as its reason: the reason decides
	// over the refusal's frame ("Message content rejected - VIRUS",
	// "content refused (malware detected)")
	{ID: "prov12.content-virus", Any: []string{"virus", "viruses", "malware", "trojan", "ransomware", "eicar"},
		With: []string{"content rejected", "message rejected", "content refused", "message refused", "content blocked", "message blocked",
			"rejected", "refused", "blocked", "not accepted", "denied"},
		Not: []string{"spam or virus", "spam and virus", "virus scanner", "virus scan failed", "virus scanning failed", "antivirus unavailable",
			"virus checker", "scanner unavailable", "scanner error", "anti-virus error", "antivirus error", "clamd", "timeout", "temporarily",
			"virus or spam", "virus/spam", "spam/virus"},
		Cat: Virus, Pri: 4,
		Summary: "The message was rejected because a virus or malware was found (or suspected) in it."},
	// a header field that contains characters it may not: the message's
	// format ("Subject contains invalid characters", "From header has
	// non-ASCII characters that are not encoded")
	{ID: "prov12.header-characters", Any: []string{"subject", "header", "from:", "to:", "display name", "message-id", "header field", "headers"},
		With: []string{"invalid characters", "invalid character", "illegal characters", "illegal character", "non-ascii", "not ascii",
			"8-bit characters", "8bit characters", "unencoded", "not encoded", "must be encoded", "raw 8-bit", "control characters",
			"forbidden characters", "bad characters", "disallowed characters", "invalid encoding", "not properly encoded"},
		Not: []string{"address contains", "local part", "recipient address", "mailbox name", "user name", "username", "password", "sender address contains"},
		Cat: RFCNoncompliant, Pri: 4,
		Summary: "A header of the message (such as Subject or From) contains characters that are not allowed there unencoded: non-ASCII text in a header must be MIME-encoded (RFC 2047) unless the server offers SMTPUTF8."},
	// an attachment or file that exceeds a limit is the message's size
	// ("The attachment exceeds server limit", "file size exceeds the
	// allowed maximum")
	{ID: "prov12.attachment-exceeds", Any: []string{"attachment", "attachments", "attached file", "attached files", "file size", "size of the attachment"},
		With: []string{"exceeds", "exceeded", "over the limit", "larger than", "is over", "above the limit", "beyond the limit"},
		Not:  []string{"quota", "mailbox", "daily", "hourly", "per day", "per hour", "recipients", "rate", "sending limit"},
		Cat:  MessageTooBig, Pri: 4,
		Summary: "The message is larger than the receiver accepts: an attachment or file in it exceeds the server's size limit."},
	// a domain that must resolve, without saying whose: the envelope
	// sender's (the receiver asks the sender's domain to exist so that
	// bounces can reach it)
	{ID: "prov12.domain-must-resolve", Any: []string{"domain must resolve", "domain does not resolve", "domain doesn't resolve", "domain did not resolve",
		"domain name does not resolve", "domain must exist", "domain name must resolve", "domain has no dns", "domain could not be resolved"},
		Not: []string{"recipient", "rcpt", "ip must", "ip address must", "hostname", "host name", "helo", "ehlo", "reverse", "ptr", "client", "to:domain",
			"destination", "your ip"},
		Cat: SenderInvalid, Pri: 4,
		Summary: "The envelope-sender domain must resolve in DNS (an MX or A record) for the receiver to accept mail from it, and it does not."},
	// a verification that failed at RCPT TO: the recipient's address could
	// not be verified (the receiver's recipient check or callout)
	{ID: "prov12.rcpt-verification-failed", Any: []string{"verification failed", "verify failed", "could not be verified", "verification failure", "failed verification", "unverified"},
		Not: []string{"sender", "certificate", "ssl", "tls", "dkim", "spf", "signature", "dmarc", "from address", "mail from", "domain",
			// the probe's own failure to connect (Postfix's "unverified address: connect to
			// host[private/dovecot-lmtp]: No such file or directory"): its reason decides
			// (held-out batch 21-common)
			"unverified address: connect to", "unverified address: lost connection", "unverified address: conversation with",
			"connection refused", "connection timed out", "network is unreachable", "no route to host"},
		Stages: []string{"RCPT TO"}, Cat: UserUnknown, Pri: 2,
		Summary: "The receiving server could not verify the recipient address at RCPT TO (its recipient check, or a callout to the next server, failed): most often the address does not exist."},
	// a count of the messages a mailbox holds: its capacity ("User has too
	// many messages on server", "too many messages stored in the mailbox")
	{ID: "prov12.stored-message-count", Any: []string{"too many messages", "too many mails", "too many emails", "too many e-mails", "number of messages", "message count"},
		With: []string{"on server", "on the server", "in mailbox", "in the mailbox", "in his mailbox", "in her mailbox", "in inbox", "in the inbox",
			"stored", "in the account", "in the folder", "mailbox limit"},
		Not: []string{"per hour", "per minute", "per day", "per second", "from your", "from this", "from ip", "from the ip", "in the last", "sent", "sending",
			"connection", "session", "queue", "recipients", "rate"},
		Cat: MailboxFull, Pri: 4,
		Summary: "The recipient's mailbox holds as many messages as it may: it accepts no more until messages are deleted."},
	// an account that was terminated: a disabled mailbox, whatever frame
	// it stands in ("invalid mailbox ... user is terminated")
	{ID: "prov12.account-terminated", Any: []string{"user is terminated", "user terminated", "account is terminated", "account terminated", "account has been terminated",
		"account was terminated", "mailbox is terminated", "mailbox terminated", "terminated account", "terminated mailbox", "terminated user"},
		Not: []string{"your account", "sender", "sending account"},
		Cat: MailboxDisabled, Pri: 4,
		Summary: "The recipient's account was terminated by its provider and accepts no mail."},
	// RFC 5321's text of 552 under another code: the mailbox is full
	// ("522 5.7.1 ... Requested mail action aborted: exceeded storage allocation")
	{ID: "prov12.storage-allocation", Any: []string{"exceeded storage allocation", "exceeds storage allocation", "exceeded its storage allocation", "storage allocation exceeded"},
		Cat: MailboxFull, Pri: 4,
		Summary: "The recipient's mailbox has used up its storage allocation (RFC 5321's text for a full mailbox)."},
	// a blocklist named only by its lookup host or a DNSBL answer in
	// Sendmail's check_relay ("reject=553 5.3.0 Blocked. See
	// http://cbl.abuseat.org/lookup.cgi?ip=...")
	{ID: "prov12.cbl", Any: []string{"cbl.abuseat", "abuseat.org", "composite blocking list"}, Cat: Reputation, Blocklist: "CBL",
		Summary: "The sending IP is on the Composite Blocking List (CBL, now part of Spamhaus XBL): it has sent spam or behaves like an infected host.",
		Fix:     delistFix},
	{ID: "prov12.check-relay-dnsbl", Any: []string{"ruleset=check_relay"}, All: []string{"arg2=127.0.0."}, Cat: Reputation, Pri: 20, // 20, not 4: the reject= field's code is read now (mta22)
		Summary: "Sendmail refused the connecting host in check_relay because a DNS blocklist answered for its IP (arg2=127.0.0.x)."},
	// a sender refused because of spam: the sender's reputation, over the
	// access-map frame around it ("Sender address rejected: Blocked due to spam")
	{ID: "prov12.sender-blocked-for-spam", Any: []string{"due to spam", "because of spam", "for spamming", "for sending spam", "spam complaints", "reported as spam"},
		With: []string{"sender address rejected", "sender rejected", "sender blocked", "sender is blocked", "sender address blocked", "from address rejected"},
		Cat:  Reputation, Pri: 8,
		Summary: "The receiver blocks this sender because it has sent spam (its own record of the sender, or complaints)."},
}
