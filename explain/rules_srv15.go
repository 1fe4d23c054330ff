package explain

import "strings"

// Rules of held-out batch 15-srv (session 10): kinds found on the batch's
// first run, each tested in new wording in srv15_kinds_test.go.
//
// Held-out batch 15-srv (heldout15-srv.tsv: mail servers, MTAs and gateways
// the corpus had not quoted - go-guerrilla and go-smtp, aiosmtpd, Twisted,
// Mailpit, PowerMTA, MailerQ, KumoMTA, FortiMail, a milter's log, ASSP,
// LogSat SpamFilter, SpamTitan, SurgeMail, Mercury/32, Proxmox, Momentum,
// Merak, Mireka, SubEthaSMTP, Zimbra's client). Its first run (41 of 64)
// showed these kinds:
//
//   - vocabulary of small servers' own replies: an address part over its
//     length limit ("Local part too long, cannot exceed 64 characters") is
//     the address's syntax, not a message size; a server whose storage
//     backend is down or timed out ("backend not running", "transaction
//     timeout" in its reply, go-smtp's "transaction failed, blame it on the
//     weather") has a fault of its own; a line of the data stream over the limit ("too longer line in input
//     stream") is the message's form; 8-bit data refused by a server in
//     "strict ASCII mode" is the message's form too;
//   - vocabulary of what a refusal is about: SPF told in words ("not
//     permitted to send email for your domain"); a HELO that is an IP
//     address ("numeric hello name"); a recipient the server "cannot
//     receive for"; DATA refused because no recipient is left ("Must have
//     valid receiver and originator": the cause is in the RCPT replies, and
//     the DATA-stage fallback must not call it a content refusal); a queue
//     lifetime told as an expiry time ("exceeds the expiry time"); a server
//     that could not create a file for the message (a local fault);
//   - form: a key=value record's field with an empty value (FortiMail's
//     virus="") named a verdict the record does not give (withoutLogKeys,
//     rules_gw12.go);
//   - priority: a log tag that names the cause before a reply whose own
//     words are generic ("REJECT: hello SPF: fail 550 access denied"): the
//     words before the reply decide over a weak rule (classify.go).

// noValidRecipientWords say that DATA was refused because no recipient was
// left: the cause is in the RCPT TO replies (mta.no-valid-recipients and
// srv15.no-valid-receiver), so the DATA-stage fallback (code.550.data, a
// content refusal) does not apply.
var noValidRecipientWords = []string{"no valid recipients", "must have valid receiver", "must have a valid receiver", "must have valid recipient",
	"must have a valid recipient", "need valid recipient", "needs a valid recipient", "no valid receiver", "valid receiver and originator"}

var srv15Rules = []rule{
	// ---- a server's own faults ----
	// the storage backend behind a small server is down or slow
	{ID: "srv15.backend-failure", Any: []string{"backend not running", "backend is not running", "backend unavailable", "backend is unavailable",
		"backend down", "backend is down", "backend timeout", "backend timed out", "backend failure", "backend failed", "backend error",
		"storage backend"},
		// the OTRS family's error page ("Backend ERROR: OTOBO-CGI-61 Perl: ... Message: Impossible to send
		// message"): the application's own log label, not the receiver's backend (held-out batch 20-concept)
		Not: []string{"-cgi-"},
		Cat: ServerError, Pri: conceptPri,
		Summary: "The receiving server could not complete the transaction: the backend it stores or processes mail with is down or did not answer in time (a fault of its own).",
		Fix:     []string{"Retry later; if it persists, tell the receiving server's administrator (its storage or processing backend is not running)."}},
	// a server's reply that its own transaction timed out (go-guerrilla's
	// "554 5.5.0 Error: transaction timeout"); without a reply code the
	// words are a client's, whose connection timed out (a network fault)
	{ID: "srv15.transaction-timeout", Any: []string{"transaction timeout", "transaction timed out"},
		Codes: []int{421, 451, 452, 550, 554},
		Cat:   ServerError, Pri: conceptPri,
		Summary: "The receiving server's own processing of the transaction timed out (its backend did not answer in time): a fault of its own.",
		Fix:     []string{"Retry later; if it persists, tell the receiving server's administrator."}},
	// go-smtp's (and go-guerrilla's) answer when its backend returned an
	// error that is not an SMTP reply: the error after the colon, when
	// there is one, tells more
	{ID: "srv15.go-smtp-backend", Any: []string{"blame it on the weather"},
		Cat: ServerError, Weak: true,
		Summary: "The receiving server's backend failed the transaction with an internal error (go-smtp's \"transaction failed, blame it on the weather\"); the text after it, when there is one, says which.",
		Fix:     []string{"Read the error after the colon; without one, tell the receiving server's administrator (its backend failed)."}},
	// a local fault of the server: it could not create the file for the
	// message (Mercury/32's deferred jobs: rights in the mailbox directory)
	{ID: "srv15.cannot-create-file", Any: []string{"could not create", "cannot create", "can not create", "unable to create", "failed to create", "can't create"},
		With: []string{"file", "mailbox directory", "spool", "queue entry"},
		Not:  []string{"account", "mailbox for", "alias", "folder"},
		Cat:  ServerError, Weak: true, Pri: conceptPri,
		Summary: "The receiving server could not create the file for the message (in the mailbox directory or its queue): a fault of its own, usually file rights or a full disk.",
		Fix:     []string{"Nothing to change on the sending side; the server retries deferred jobs. Tell its administrator if it persists."}},

	// ---- the message's size and form ----
	// a line of the message (the data stream) over the length limit
	{ID: "srv15.data-line-too-long", Any: []string{"too longer line", "too long line", "too-long line", "overlong line", "line too long", "line is too long",
		"lines too long", "line too longer"},
		With: []string{"input stream", "message", "body", "data stream", "in data", "mail data"},
		Cat:  RFCNoncompliant, Pri: pastePri,
		Summary: "A line of the message is longer than the receiver accepts (RFC 5322 allows 998 characters); the client must wrap or encode it (quoted-printable or base64)."},
	// "Line too long" refused at DATA or at its end is a line of the message (the
	// commands were accepted before it); without a stage it stays the command
	// line's (mta.syntax), and "syntax error" keeps it syntax at any stage.
	// docs/explain.md "Labelling conventions".
	{ID: "conflict17.data-line-too-long", Any: []string{"line too long", "line is too long", "lines too long"},
		Not: []string{"syntax error", "command line", "command too long"}, Stages: []string{"DATA", "END OF DATA"},
		Cat: RFCNoncompliant, Pri: conceptPri,
		Summary: "A line of the message is longer than the receiver accepts (RFC 5322 allows 998 characters; it refused it at DATA); the client must wrap or encode it (quoted-printable or base64)."},
	// 8-bit data to a server that accepts only ASCII (no 8BITMIME/SMTPUTF8)
	{ID: "srv15.ascii-only", Any: []string{"strict ascii", "ascii mode", "ascii only", "ascii-only", "only ascii", "8-bit data not", "8bit data not",
		"8-bit data is not", "8bit data is not", "8-bit characters not", "8bit characters not", "non-ascii data", "non-ascii characters not allowed"},
		Cat: RFCNoncompliant, Pri: conceptPri,
		Summary: "The message has 8-bit (non-ASCII) data and the server accepts only ASCII: it did not announce 8BITMIME or SMTPUTF8 for it.",
		Fix:     []string{"Encode the content (quoted-printable or base64 with a charset), or send 8-bit data only to a server that announces 8BITMIME/SMTPUTF8."}},

	// ---- addresses ----
	// an address part over its length limit (RFC 5321 §4.5.3.1: 64 for the
	// local part, 255 for the domain, 256 for the path): the address, not
	// the message, is too long
	{ID: "srv15.address-too-long", Any: []string{"local part too long", "local-part too long", "localpart too long", "local part is too long",
		"local-part is too long", "local part exceeds", "local-part exceeds", "local part cannot exceed", "local-part cannot exceed", "domain too long",
		"domain name too long", "domain is too long", "domain cannot exceed", "domain name cannot exceed", "path too long", "address too long",
		"address is too long", "mailbox name too long"},
		Cat: Syntax, Pri: 20,
		Summary: "An address in the envelope is longer than SMTP allows (RFC 5321 §4.5.3.1: 64 characters for the local part, 255 for the domain): the address is malformed, not the message too big.",
		Fix:     []string{"Check the address for a paste error or a generated part that grew too long; use a shorter address."},
		Refs:    []string{"RFC 5321 §4.5.3.1"}},
	// a recipient the server cannot receive mail for (Twisted's
	// SMTPBadRcpt: "Cannot receive for specified address")
	{ID: "srv15.cannot-receive-for", Any: []string{"cannot receive for", "can't receive for", "can not receive for", "unable to receive for",
		"cannot receive mail for", "cannot receive email for", "does not receive mail for this address"},
		Cat: UserUnknown, Pri: conceptPri,
		Summary: "The receiving server does not receive mail for this recipient address: it does not exist there.",
		Fix:     []string{"Check the recipient address for typos and confirm it with the recipient by another channel."}},
	// a gateway's recipient verification (against the server behind it)
	// refused the recipient: FortiMail's classifier="Recipient Verification"
	// with disposition="Reject"
	{ID: "srv15.recipient-verification", Any: []string{"recipient verification", "recipient-verification", "recipient verify", "rcpt verification"},
		With: []string{"reject", "rejected", "failed", "fail", "denied", "refused", "invalid"},
		Not:  []string{"temporar", "unavailable", "timeout", "timed out", "could not", "unable to", "not respond", "defer"},
		Cat:  UserUnknown, Pri: conceptPri,
		Summary: "The gateway verified the recipient with the mail server behind it, and that server does not know the address: the recipient does not exist.",
		Fix:     []string{"Check the recipient address for typos and confirm it with the recipient by another channel."}},
	// DATA refused because every recipient had been refused (Twisted's
	// "Must have valid receiver and originator"): the RCPT replies tell why
	{ID: "srv15.no-valid-receiver", Any: noValidRecipientWords,
		Cat: Unknown, Actor: ActorSenderAdmin,
		Summary: "The server refused DATA because no valid recipient (or no sender) was left in the transaction: the RCPT TO (or MAIL FROM) replies before it tell the cause, not this one.",
		Fix:     []string{"Read the replies to MAIL FROM and RCPT TO of the same transaction: they carry the cause."}},

	// ---- what a refusal is about ----
	// SPF told in words, without naming SPF
	{ID: "srv15.spf-in-words", Any: []string{"not permitted to send email for", "not permitted to send mail for", "not permitted to send e-mail for",
		"not permitted to send messages for", "not authorized to send email for", "not authorized to send mail for", "not authorised to send email for",
		"not authorised to send mail for", "not allowed to send email for your domain", "not allowed to send mail for your domain",
		"not allowed to send email for the domain", "not allowed to send mail for the domain"},
		Not: []string{"relay", "authenticat", "account"},
		Cat: SenderAuth, Pri: conceptPri,
		Summary: "The sending server is not permitted to send mail for the sender's domain: the domain's SPF record does not list it.",
		Fix:     []string{"Send through the mail servers of the sender's domain, or add the sending server to the domain's SPF record."}},
	// a HELO/EHLO name that is an IP address, not a host name
	{ID: "srv15.helo-ip", Any: []string{"numeric hello", "numeric helo", "numeric ehlo", "helo is an ip", "helo name is an ip", "hello name is an ip",
		"ip address as helo", "ip address as hello", "ip as helo", "helo with an ip", "bare ip in helo", "bare ip address in helo"},
		Cat: RFCNoncompliant, Pri: conceptPri,
		Summary: "The client greeted (HELO/EHLO) with an IP address instead of its fully-qualified host name; the receiver refuses such a greeting.",
		Fix:     []string{"Configure the sending server to greet with its fully-qualified host name (one that resolves to its IP), or an address literal in brackets."}},
	// a queue lifetime told as an expiry time (KumoMTA's Expiration
	// records: "Next delivery time would be at ... which exceeds the
	// expiry time ...")
	{ID: "srv15.expiry-time", Any: []string{"exceeds the expiry time", "exceed the expiry time", "exceeds its expiry", "past its expiry",
		"past the expiry time", "after the expiry time", "expiry time exceeded", "expiry time reached", "expiry time has passed", "beyond the expiry time"},
		Cat: Expired, Pri: conceptPri,
		Summary: "The message stayed in the sending server's queue until its lifetime (expiry time) ran out, without a successful delivery: it came back.",
		Fix:     []string{"Find why the earlier attempts failed (the last error, the logs), fix it, then resend."}},
	// a spam check named for the sending IP (FortiMail's "FortiGuard
	// AntiSpam-IP" classifier): the IP's reputation
	{ID: "srv15.antispam-ip", Any: []string{"antispam-ip", "anti-spam-ip", "antispam ip", "anti-spam ip", "spam-ip", "spam ip"},
		Cat: Reputation, Pri: conceptPri,
		Summary: "The filter's IP-based anti-spam check (the sending IP's reputation) refused the message.",
		Fix:     delistFix},

	// Rules of batch 15-srv b (written after the fixes above): its first run
	// (18 of 30) showed these kinds:
	//
	//   - vocabulary, malware named by its kind: a worm, spyware, adware;
	//   - vocabulary, a message that could not be scanned is held by policy,
	//     not found to carry a virus ("Unscannable for viruses");
	//   - vocabulary, a rate told as "too many new" things (addresses a server
	//     mints, connections) over the generic "try again later" of greylisting;
	//   - vocabulary of a filter's statuses: a delivery with a banner (to the
	//     inbox or the junk folder: delivered), a release a recipient requested
	//     from the quarantine (held for an administrator), a geo filter (the
	//     sending country blocked by policy), a captcha the sender must answer.
	//
	// malware named by its kind
	{ID: "srv15b.malware-kind", Any: []string{"mass-mailing worm", "mass mailing worm", "email worm", "e-mail worm", "worm detected", "worm found",
		"spyware", "adware", "ransomware", "trojan horse", "keylogger", "backdoor"},
		Not: []string{"unscannable", "could not be scanned", "cannot be scanned"},
		Cat: Virus, Pri: conceptPri,
		Summary: "The filter found malware in the message (a worm, spyware, adware or similar) and refused or quarantined it.",
		Fix: []string{"Scan the sending computer and the attachment; send a clean file.",
			"If the detection is wrong, ask the recipient's administrator to release it and report the false positive."}},
	// a message the filter could not scan (too deeply nested, encrypted,
	// malformed): held by its policy, no virus found
	{ID: "srv15b.unscannable", Any: []string{"unscannable", "could not be scanned", "cannot be scanned", "can not be scanned", "not scannable",
		"exceeds the container limits", "container limits"},
		// (a scanner that is down is the server's fault: apps11.cannot-check-now)
		Not: []string{"unavailable", "try again", "later", "temporar"},
		Cat: Policy, Pri: conceptPri + 8, Actor: ActorRecipientAdmin,
		Summary: "The filter could not scan the message (an archive nested too deep, an encrypted or malformed part) and its policy holds or refuses what it cannot scan; no virus was found.",
		Fix:     []string{"Send the file unpacked, unencrypted or by a link; or ask the recipient's administrator to release it."}},
	// a rate told as too many new things
	{ID: "srv15b.too-many-new", Any: []string{"too many new"},
		Cat: RateLimited, Pri: conceptPri,
		Summary: "The receiver limits how many new addresses, senders or connections it accepts in a time from one source: this one is over the limit for now.",
		Fix:     []string{"Retry later, more slowly; the sending MTA retries a 4xx reply by itself."}},
	// a filter's status: delivered with a banner (to the inbox or the junk
	// folder)
	{ID: "srv15b.delivered-banner", Any: []string{"+ banner", "deliver + banner", "junk + banner", "delivered with a banner", "delivered with banner",
		"banner applied", "banner was applied", "banner has been applied"},
		Not: []string{"quarantine", "rejected", "blocked", "not delivered"},
		Cat: Success, Pri: conceptPri + 8,
		Summary: "The filter delivered the message with a warning banner (to the inbox or the junk folder): it was delivered."},
	// a release the recipient requested from the quarantine: it waits for
	// an administrator
	{ID: "srv15b.release-requested", Any: []string{"release requested", "requested release", "release request", "pending release", "awaiting release",
		"release pending"},
		Not: []string{"released and delivered", "was released", "has been released", "denied", "declined", "not approved", "not be approved",
			"not be released", "cannot be released"},
		Cat: Policy, Pri: conceptPri + 6, Actor: ActorRecipientAdmin,
		Summary: "The message is held in the filter's quarantine; the recipient asked for its release, which waits for an administrator.",
		Fix:     []string{"Wait for the administrator's decision, or ask the recipient's administrator to release it."}},
	// a geo filter: mail from the sending country is blocked by policy
	{ID: "srv15b.geo-filter", Any: []string{"geo-filter", "geo filter", "geofilter", "geo-block", "geoblock", "geo block", "geo-ip block", "geoip block",
		"country block", "blocked country", "country is blocked", "from this country", "country not allowed", "country filter"},
		Cat: Policy, Pri: conceptPri + 6, Actor: ActorRecipientAdmin,
		Summary: "The receiver's filter blocks mail from the sending server's country by policy (a geo filter).",
		Fix:     []string{"Ask the recipient's administrator to allow this sender, or send through a server in a country they accept."}},
	// a captcha (challenge) the sender must answer before the message is
	// released
	{ID: "srv15b.captcha", Any: []string{"captcha", "challenge-response", "challenge response", "answer the challenge", "confirm that you are human"},
		Cat: Policy, Pri: conceptPri, Actor: ActorSender,
		Summary: "The receiver holds mail from unknown senders until the sender answers a challenge (a captcha); the message waits for that.",
		Fix:     []string{"Answer the challenge (the link in the receiver's notice); the message is then delivered."}},

	// Rules of batch 15-srv c (written after the batch b fixes): its first
	// run (8 of 20) showed these kinds:
	//
	//   - vocabulary, a gateway's dead letter (a message its engine could
	//     not process, held for an administrator) and an unpacking error are
	//     its own fault (weak: a cause it names, malformed MIME, decides);
	//   - vocabulary, a bare spoof verdict ("Final disposition: SPOOF") is a
	//     failed sender authentication (weak: a virus with a forged sender
	//     stays a virus);
	//   - vocabulary, a message delivered with a banner of any colour, or a
	//     banner that says no threat was found, was delivered;
	//   - priority, Postfix's "Temporary lookup failure" of an address (its
	//     lookup table failed) is the server's fault, not DNS.
	{ID: "srv15c.dead-letter", Any: []string{"dead letter", "deadletter", "dead-letter", "dead lettered", "deadlettered", "unpacking error",
		"could not unpack", "unable to unpack", "failed to unpack", "cannot be unpacked", "could not be unpacked"},
		Cat: ServerError, Weak: true, Pri: conceptPri, Actor: ActorRecipientAdmin,
		Summary: "The receiving gateway could not process the message (its engine failed, or could not unpack the message for scanning) and holds it in a dead letter folder for its administrator.",
		Fix: []string{"Tell the recipient's administrator: dead letters wait for an administrator to release or delete them.",
			"If the message is malformed (MIME structure, a broken archive), send it again built by a standard mail client."}},
	{ID: "srv15c.spoof-verdict", Any: []string{"spoof", "spoofed", "spoofing", "spoof detected"},
		Cat: SenderAuth, Weak: true, Pri: conceptPri,
		Summary: "The filter judged the sender spoofed: the message fails the sender domain's SPF, DKIM or DMARC, or its envelope and header senders do not match.",
		Fix:     []string{"Send from servers the domain's SPF record lists, sign with DKIM for the From: domain, and keep the envelope sender aligned with it."}},
	{ID: "srv15c.banner-delivered", Any: []string{"banner"},
		With: []string{"delivered", "no threat found", "no threats found", "no threat detected", "not a threat"},
		Not:  []string{"quarantine", "rejected", "blocked", "not delivered", "undelivered", "was not delivered"},
		Cat:  Success, Pri: conceptPri + 8,
		Summary: "The filter delivered the message with a warning banner at its top: it was delivered."},
	{ID: "srv15c.postfix-lookup-failure", Any: []string{"temporary lookup failure"},
		With: []string{"recipient address rejected", "sender address rejected", "address rejected"},
		Cat:  ServerError, Pri: conceptPri + 8,
		Summary: "The receiving server (Postfix) could not look the address up in its own tables (a database or directory it queries failed) and deferred it: a fault of its own.",
		Fix:     []string{"Retry later; tell the receiving server's administrator if it persists (its lookup table or the service behind it is failing)."}},
}

// verdictTagged tells whether the words before a reply begin with a
// filter's verdict tag ("REJECT: hello SPF: fail" before "550 access
// denied", "TEMPFAIL: CBV: 450 ..."): a milter's log names the cause in
// the tag and quotes the reply it gave after it.
func verdictTagged(context string) bool {
	for _, tag := range [...]string{"REJECT:", "TEMPFAIL:", "DISCARD:", "QUARANTINE:", "DENY:", "BLOCK:"} {
		if strings.HasPrefix(strings.TrimSpace(context), tag) {
			return true
		}
	}
	return false
}
