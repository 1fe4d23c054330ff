package explain

// The kinds held-out batch 7 showed (testdata/corpus/heldout7-forum.tsv:
// replies and bounces pasted in the forums and trackers of people who run
// mail servers and hosting — webmail errors, panel Exim logs, self-hosted
// Postfix/Dovecot logs, hMailServer, Haraka and qmail bounces). Each rule is
// a kind of wording, not one reply; they join the table after the paste
// rules (assembleRules). The parser's share (webmail codes in brackets,
// qmail-send's log, mutt's frame, dotted codes) is in pastes.go.

var forumRules7 = []rule{
	// a user or account on the server's own block list ("Client host
	// rejected: Blacklisted user: ann@host.example", a submission server
	// that barred one of its accounts): a local decision, not a DNSBL listing
	{ID: "forum7.local-blocklist-user", Any: []string{"blacklisted user", "blocklisted user", "blacklisted account", "blocklisted account", "user is blacklisted",
		"user is blocklisted", "account is blacklisted", "account is blocklisted", "user blacklisted", "account blacklisted"}, Cat: Policy,
		Summary: "The server refused an account (or user) that is on its own block list: a local decision of that server, not a public blocklist.",
		Fix: []string{"If it is your own account at your provider, ask the provider why it was barred (often after it sent spam or had its password stolen), change the password and scan the devices that use it.",
			"Otherwise ask the recipient's postmaster to take the address off their block list."}},
	// a burst of failed logins that bars the client ("550 Too many failed
	// logins", "too many authentication failures"): the credentials, not the
	// sending volume
	{ID: "forum7.failed-logins", Any: []string{"too many failed logins", "too many failed login", "too many failed authentication", "too many authentication failures",
		"too many auth failures", "too many invalid logins", "too many login failures", "too many bad logins", "too many failed attempts to log in"},
		// a recipient's account locked for failed logins, in a refusal of that
		// recipient, is its mailbox (mailbox-disabled); an account blocked or
		// locked named alone is the client's (common23's convention)
		Not: []string{"recipient", "rcpt", "account disabled", "account is disabled"}, Cat: AuthFailed, Pri: 4,
		Summary: "The server barred the client after too many failed logins: the credentials (or a client still using an old password) are wrong.",
		Fix: []string{"Correct the username and password in every client and device that uses the account (an old phone or webmail plugin often keeps failing).",
			"Wait until the block expires, or ask the provider to lift it; many providers block the IP address for a while (fail2ban, cPHulk)."}},
	// an MTA's own configuration or file error while it tried to deliver
	// (Exim "failed to expand \"interface\" option ...: failed to open
	// /etc/exim4/...: Permission denied", "Tainted filename"): the errno text
	// is no verdict of a receiver
	{ID: "forum7.mta-config-error", Any: []string{"failed to expand", "failed to open /", "tainted filename", "unable to run qmail-remote", "unable to run qmail-local",
		"mail system configuration error", "unknown mail transport error", "local configuration error",
		// a lookup table the server could not open (Postfix proxymap: "mysql:/etc/postfix/x.cf is unavailable. open ...: Permission denied")
		"is unavailable. open", "map lookup problem"}, Cat: ServerError, Pri: 6,
		Summary: "The mail server could not run its own delivery (a configuration, permission or file error of that server), before any receiver was asked.",
		Fix: []string{"If you run this server: the log line names the file, option or program; fix its permissions or the configuration (and restart the MTA).",
			"Otherwise tell its postmaster; the message is retried after a temporary error."}},
	// the route led back to the sending server itself (hMailServer "Could not
	// connect to X on port 25 since this would mean connecting to myself")
	{ID: "forum7.connect-to-myself", Any: []string{"connecting to myself", "connect to myself", "connecting to itself", "connection to myself"}, Cat: ServerError, Pri: 6,
		Summary: "The recipient's domain routes back to the sending server itself (a mail loop): its MX points at this server, or the server does not know the domain is hosted elsewhere.",
		Fix:     []string{"Check the domain's MX records (`dig MX domain`) and the server's list of local domains: a domain hosted elsewhere must not be local here, and the MX must point to the server that hosts it."}},
	// authentication demanded in words the auth rules do not list ("550 must
	// be authenticated")
	{ID: "forum7.must-authenticate", Any: []string{"must be authenticated", "must be authorized", "needs to be authenticated", "need to be authenticated", "has to be authenticated",
		"must be logged in", "authenticate before sending", "authentication before sending"}, Cat: AuthRequired,
		Summary: "The server requires SMTP authentication before it accepts this mail."},
	// the From address (or sender header) that the account may not use
	// ("550 Invalidated From address", "Incorrect sender header"): a subject
	// and a verdict
	{ID: "forum7.concept-from-address", Any: []string{"from address", "from-address", "sender header", "from header", "from: header", "sender address"},
		With: []string{"invalidated", "not validated", "not been validated", "unvalidated", "not verified", "not been verified", "unverified", "incorrect",
			"not confirmed", "not been confirmed", "unconfirmed", "not authorized", "not authorised"},
		Not: []string{"recipient"}, Cat: SenderInvalid, Weak: true, Pri: conceptPri,
		Summary: "The server refused the sender (From) address: the account is not allowed to send as it, or the address was never validated with the provider.",
		Fix: []string{"Send as the account's own address, or as an alias or validated address the provider lets the account use (many providers need an external address confirmed first).",
			"In the mail client, check that the identity's From address matches the account used to log in."}},
	// an SPF (or DKIM) lookup that failed for now ("451 SPF lookup failure
	// (#4.3.0)"): DNS, not the receiver's lookup tables, whatever the code
	{ID: "forum7.spf-lookup-failure", Any: []string{"spf lookup failure", "spf lookup failed", "spf lookup error", "spf lookup timeout", "spf dns lookup failed",
		"dkim lookup failure", "dkim key lookup failed", "dmarc lookup failure"}, Cat: Network, Pri: 8,
		Summary: "The receiver could not look up the sender's SPF (or DKIM) record for now: a DNS problem, usually on the sender domain's name servers; the message is retried.",
		Fix: []string{"Check that the sender domain's name servers answer its TXT queries (`dig TXT domain @each-nameserver`); a slow or broken name server makes these lookups fail.",
			"Nothing else to do: the sending MTA retries."}},
	// the receiver says the error is its own ("451 4.4.4 Temporary server
	// error. Please try again later ATTR1"): the wording, over a routing code
	{ID: "forum7.server-error-words", Any: []string{"temporary server error", "temporary server failure", "internal server error", "server error. please try again"}, Cat: ServerError,
		Summary: "The receiving server reported an error of its own; the sending MTA retries."},
	// the receiver lost its authentication back end while checking a login
	// ("535 5.7.8 Error: authentication failed: Connection lost to
	// authentication server"): the server's trouble, not the password
	{ID: "forum7.auth-backend", Any: []string{"lost to authentication server", "connection lost to authentication", "authentication server", "authentication backend",
		"auth backend", "authentication service unavailable", "auth server",
		// Postfix without its SASL back end (Dovecot's auth socket missing)
		"connect to private/auth failed", "no sasl authentication mechanisms", "sasl: connect to"}, Cat: ServerError,
		// (the cause named after "authentication failed:" outweighs the verdict and its X.7.8 code)
		Pri:     24,
		Summary: "The server could not check the login because its own authentication service did not answer; the credentials may be fine.",
		Fix:     []string{"Retry in a moment; if it persists, the server's admin must check the authentication service (Dovecot auth, SASL, LDAP) it depends on."}},
	// a domain that could not be found, in a bounce's sentence ("Your message
	// wasn't delivered to a@b because the domain b couldn't be found")
	{ID: "forum7.concept-domain-not-found", Any: []string{"the domain", "recipient domain", "destination domain", "domain name"},
		With: []string{"couldn't be found", "could not be found", "can't be found", "cannot be found", "wasn't found", "was not found", "does not exist", "doesn't exist"},
		Not:  []string{"sender", "from address", "your domain"}, Cat: HostUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient's domain does not exist (no DNS records for it)."},
	// every MX of the destination failed ("Too many failures (Tried all
	// MXs)", Haraka)
	{ID: "forum7.all-mx-failed", Any: []string{"tried all mxs", "tried all mx", "all mx hosts failed", "all mxs failed", "all mx servers failed", "none of the mx hosts"}, Cat: Network,
		Summary: "None of the destination's mail servers (MX hosts) could take the message: they did not answer or the connections failed."},
	// the server tells the client to submit outgoing mail on the submission
	// port ("501 5.1.8 Use Submission for outgoing SMTP", maddy): port 25 of
	// an MX relays nothing for it, whatever the X.1.8 code says of the sender
	{ID: "forum7.use-submission", Any: []string{"use submission for outgoing", "use submission port", "use the submission port", "use submission service",
		"submission port for outgoing", "use port 587"}, Cat: RelayDenied,
		Summary: "The server does not relay outgoing mail on this port: a client must submit it on the submission port (587 or 465) with SMTP authentication.",
		Fix: []string{"Configure the client or application to send through port 587 (STARTTLS) or 465 (TLS) of its own mail server, with the account's username and password.",
			"Port 25 of a mail server only takes mail for the domains it hosts."}},
	// Proofpoint's IP check page in a refusal ("554 Blocked - see
	// https://ipcheck.proofpoint.com/?ip=..."): the sending IP's reputation
	{ID: "forum7.proofpoint-ipcheck", Any: []string{"ipcheck.proofpoint"}, Cat: Reputation, Provider: "Proofpoint",
		Summary: "Proofpoint blocks the sending IP address for its reputation; its IP check page tells the reason and how to ask for removal.",
		Fix: []string{"Open the link in the reply (Proofpoint's IP check) for the sending IP and follow its removal request.",
			"Fix the cause first (compromised account, spam from the host, a new IP without history)."}},
	// a client that could not reach its SMTP server at all (Roundcube's
	// "SMTP Error (-1): Connection to server failed.")
	{ID: "forum7.connection-to-server-failed", Any: []string{"connection to server failed", "connection to the server failed", "connection to smtp server failed",
		"failed to connect socket"}, Cat: Network,
		Summary: "The client could not connect to its SMTP server (wrong host or port, the server down, or a firewall in between)."},
	// the size of a message named with a verdict word the size rules do not
	// list ("550.5.7.0 Message Size Violation")
	{ID: "forum7.size-violation", Any: []string{"size violation", "message size violation", "size exceeded", "exceeds size", "exceeds the size"}, Cat: MessageTooBig,
		Summary: "The message is larger than the receiver accepts."},
}
