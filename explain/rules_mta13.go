package explain

// mta13Rules holds the rules of held-out batch 13-mta
// (testdata/corpus/heldout13-mta*.tsv): commercial and proprietary mail
// servers and groupware (Exchange Server 2013/2016's transport replies,
// Kopano's and Zimbra's LMTP delivery agents, IceWarp, Axigen, Amazon
// WorkMail, FTGate, Kerio). Their replies name a subject and a verdict in
// words the table did not hold, or they put a generic enhanced code on a
// reply whose words say something else. Each rule below is one kind:
//
//   - the words name the server's own fault ("internal error", "connection
//     error", "error during delivery", "lookup failed") under an
//     address-status code (X.1.x): Kopano answers every RCPT or DATA
//     failure with 5.1.1, and the code's "the mailbox does not exist" must
//     not decide over the words;
//   - DATA before any recipient was accepted ("No recipients") is the
//     client's command order, also under X.1.1;
//   - the receiver's own back end (a mailbox database, a storage or store
//     server, a directory, "attribution data") unavailable or failing, and a
//     mailbox "not on this server" under a 4xx (a cluster that routed to the
//     wrong store): the receiver's trouble, not the code's reading;
//   - the receiver's internal step that failed in a 4xx ("Error sending
//     header package", "Error writing ..."): its trouble, whatever SMTP word
//     (EHLO, header) names the step;
//   - a message rejected, discarded or dropped "by administrative action"
//     (Exchange's transport agents and rules): the site's policy, whatever
//     X.3.x or 4.3.2 would mean;
//   - the sender's own account may not submit ("Submission has been disabled
//     for this account"): the site's policy about the sender, not a disabled
//     recipient;
//   - "send on behalf of" denied: the login may not use this sender, like
//     "send as";
//   - TLS wording the table lacked: Windows' "security subsystem" (SChannel,
//     SSPI) that could not be initialised, STARTTLS "required"/"require" to
//     do something;
//   - authentication that was cancelled, aborted or could not be achieved;
//   - a 421 closing the session because a per-connection or per-session
//     limit was reached: a limit on how much one connection may carry, not a
//     message that is too big;
//   - an address whose format is not valid, also without a code (a client's
//     or appliance's log line).
//
// Batch 13-mta b (Exchange Online's throttling of SMTP AUTH senders,
// Zimbra/Carbonio, HCL Notes/Domino, Axigen's log) added:
//
//   - a sender throttled because of its continuous errors ("Sender throttled
//     due to continuous mailbox full errors"): a limit on the sender, whatever
//     error it names;
//   - a sender not allowed to mail a distribution list or group: the list's
//     policy, also when the client wraps it as an invalid recipient;
//   - a remote system or server that no longer responds, a connection reset
//     by the remote host, a path to the server not found, a network
//     operation that did not complete in time (Notes/Domino, without a
//     code): the network;
//   - insufficient network, adapter or system resources of the server: its
//     own shortage, not a limit set on the sender.

var mta13Rules = []rule{
	// ---- the server's own fault under an address-status code ----
	{ID: "mta13.server-fault-under-address-code",
		Enh: []string{"X.1.0", "X.1.1", "X.1.2", "X.1.3", "X.1.4", "X.1.5", "X.1.6"},
		Any: []string{"internal error", "internal server error", "connection error", "error during delivery", "error while delivering", "delivery error",
			"lookup failed", "lookup error", "failed to lookup", "failed to look up", "database error", "directory error", "system error",
			"temporary failure", "server error", "unable to connect to", "network error"},
		Not: []string{"user unknown", "unknown user", "no such user", "does not exist", "not found", "invalid recipient", "invalid address"},
		Cat: ServerError, Pri: conceptPri + 4,
		Summary: "The receiving server failed on its own side (an internal, lookup or connection error) while handling the recipient; the address-status code it attached does not mean that the address is unknown.",
		Fix: []string{"For a 4xx reply the sending MTA retries by itself.",
			"If it persists or is permanent, send the full reply and the time to the recipient's postmaster: their delivery agent or directory lookup is failing."}},
	// DATA before any recipient was accepted
	{ID: "mta13.no-recipients",
		Any: []string{"no recipients", "no recipient specified", "no recipients specified", "no recipients given", "no recipient given", "no rcpt", "need rcpt",
			"need recipient", "rcpt first", "no recipient yet", "recipient first",
			// an application's send request without any (HULFT's "No recipient address is specified"; held-out batch 15-dash b)
			"no recipient address", "recipient address is not specified", "no recipient was specified", "no recipients were specified"},
		Not: []string{"valid recipients", "valid recipient", "recipients were rejected", "all recipients", "accepted"},
		Cat: Syntax, Pri: conceptPri + 4,
		Summary: "The client sent DATA (or the message) before the server had accepted any recipient: a command-order error of the client.",
		Fix:     []string{"Send RCPT TO for at least one recipient, and wait for its 250, before DATA.", "If every RCPT TO was refused, read those refusals: they tell the real cause."}},

	// ---- the receiver's back end ----
	{ID: "mta13.backend-unavailable",
		Any: []string{"mailbox database", "mailbox store", "storage server", "store server", "message store", "mail store", "information store",
			"backend server", "back-end server", "back end server", "backend", "back-end", "mdb", "attribution data", "user database", "directory server",
			"ldap server", "ldap lookup", "storage backend"},
		With: []string{"there is no", "no mdb", "unavailable", "not available", "unreachable", "cannot be reached", "could not be reached", "unable to",
			"cannot", "could not", "failed", "failure", "error", "offline", "dismounted", "not mounted", "is down", "not responding", "timed out"},
		Not: []string{"quota", "full", "exceeded", "over limit", "too large", "size",
			// the application's own sending module or its log's label, not
			// the receiver's back end ("Error sending message using backend
			// 'Kernel::System::Email::SMTPTLS'", OTOBO's "Backend ERROR:";
			// held-out batch 20-concept)
			"using backend", "backend error:", "email backend", "mail backend", "email_backend", "sending backend", "mailer backend"},
		Cat: ServerError, Pri: conceptPri + 4,
		Summary: "The receiving server could not reach or use its own back end (a mailbox database, a storage or directory server): its trouble, not a verdict on the message or the address.",
		Fix: []string{"For a 4xx reply nothing to do: the sending MTA retries and the delivery goes through once the back end is back.",
			"If it persists, tell the recipient's postmaster: their mailbox store or directory is unavailable."}},
	{ID: "mta13.mailbox-elsewhere", Any: []string{"not on this server", "is on another server", "on a different server", "not hosted on this server"},
		With:  []string{"mailbox", "account", "user", "recipient"},
		Codes: []int{421, 450, 451, 452},
		Cat:   ServerError, Pri: conceptPri + 4,
		Summary: "The receiving system routed the message to a server that does not hold the recipient's mailbox (a cluster's routing out of date): its trouble, retried by the sending MTA."},
	{ID: "mta13.internal-step-failed",
		Any: []string{"error sending", "error writing", "error reading", "error processing", "error storing", "error saving", "error creating",
			"error opening", "error accessing", "error forwarding", "error passing", "error handing", "failed sending", "failed writing", "failed storing"},
		Not: []string{"socket", "connection", "network", "timeout", "timed out", "remote", "to server", "from server", "to client", "from client",
			"dns", "spf", "dkim", "dmarc"},
		Codes: []int{421, 450, 451, 452},
		Cat:   ServerError, Pri: conceptPri + 4,
		Summary: "A step inside the receiving server failed (passing the message or its parts between its own components, or storing it): its trouble, and the sending MTA retries."},

	// ---- refusals by an administrator's rule or agent ----
	{ID: "mta13.administrative-action", Any: []string{"administrative action", "administrative decision", "administrator's action", "administrator action"},
		With: []string{"rejected", "discarded", "dropped", "deleted", "refused", "blocked", "intercepted", "quarantined", "denied"},
		Cat:  Policy, Pri: conceptPri + 4,
		Summary: "A rule or agent set up by the receiving site's administrator rejected or discarded the message.",
		Fix: []string{"Contact the recipient's postmaster with the full reply and the time: a transport rule or agent of theirs refused it.",
			"Check the message for what such rules usually act on (attachments, words, the sender or its domain)."}},

	// ---- the sender's own account may not submit ----
	{ID: "mta13.submission-disabled",
		Any: []string{"submission has been disabled", "submission is disabled", "submission disabled", "submission has been suspended", "submission is suspended",
			"submission has been blocked", "submission is blocked", "submission is not allowed", "submission not allowed", "submission is not permitted",
			"sending has been disabled for", "sending is disabled for", "outgoing mail has been disabled", "outgoing mail is disabled",
			"outbound mail has been disabled", "outbound mail is disabled", "not allowed to submit"},
		Not: []string{"unauthenticated", "relay"},
		Cat: Policy, Pri: conceptPri + 40,
		Summary: "The sending account may not submit mail (its sending was disabled by the site, often because its mailbox is over its send quota or it was restricted).",
		Fix: []string{"Ask the administrator of the sending account why its submission is disabled (a send quota, a restriction after suspicious sending) and have it re-enabled.",
			"If the mailbox is over its send quota, delete mail until it is under it."}},
	{ID: "mta13.send-on-behalf", Any: []string{"send on behalf of", "send on behalf", "sending on behalf of", "submit on behalf of", "sendonbehalf",
		"send mail on behalf of", "send email on behalf of", "send e-mail on behalf of", "send messages on behalf of"}, // (tail24: Exchange's SendAsDenied as the Office 365 Outlook connector returns it)
		With: []string{"permission", "permissions", "not allowed", "not permitted", "denied", "not authorized", "not authorised", "may not",
			"does not have the right", "doesn't have the right", "not have the right"}, // (tail24)
		// (SPF's own words: "the IP ... is not permitted to send on behalf
		// of <domain>" is sender authentication)
		Not: []string{"spf", "the ip", "ip address", "host ", "sender policy framework"},
		Cat: SenderInvalid, Pri: pastePri + 10,
		Summary: "The server refused the sender: the logged-in account has no permission to send on behalf of this From address.",
		Fix:     []string{"Send as an address the account owns, or have the owner of the From address grant the account send-on-behalf (or send-as) permission."}},

	// ---- TLS and authentication wording ----
	{ID: "mta13.security-subsystem", Any: []string{"security subsystem", "security package", "schannel", "sspi"},
		With: []string{"unable to initialize", "unable to initialise", "failed to initialize", "failed to initialise", "cannot initialize", "cannot initialise",
			"could not initialize", "could not initialise", "initialization failed", "initialisation failed", "call to sspi failed", "error", "failed", "failure"},
		Cat: TLSRequired, Pri: conceptPri + 4,
		Summary: "The TLS session could not be set up: the server's (Windows SChannel) security layer failed while negotiating STARTTLS.",
		Fix: []string{"Check the TLS versions and ciphers both sides allow and the server's certificate (`smtpgw probe domain` shows the handshake).",
			"If the server is yours, check that its certificate and private key are installed and that SChannel allows TLS 1.2."}},
	{ID: "mta13.starttls-to", Any: []string{"starttls", "tls"},
		With: []string{"require starttls to", "require tls to", "requires starttls to", "requires tls to", "starttls before", "tls before", "needs starttls", "need starttls"},
		Not:  []string{"not required"},
		Cat:  TLSRequired, Pri: conceptPri + 4,
		Summary: "The server requires STARTTLS before this command (authentication or sending)."},
	{ID: "mta13.auth-not-completed", Any: []string{"authentication", "authenticate", "auth exchange", "auth command", "sasl"},
		With: []string{"cancelled", "canceled", "aborted", "cannot achieve", "could not achieve", "unable to achieve", "not achieved", "could not be completed",
			"not completed"},
		Not: []string{"required", "not supported", "not enabled", "not available"},
		Cat: AuthFailed, Pri: conceptPri + 4,
		Summary: "SMTP authentication did not complete: it was cancelled or aborted, or the server could not carry it out.",
		Fix: []string{"Retry the login from the start with valid credentials and a mechanism the server offers.",
			"Between servers (Exchange's own authentication), check the connectors' authentication settings and certificates."}},

	// ---- a 421 that closes the session at a per-connection limit ----
	{ID: "mta13.per-connection-limit", Any: []string{"for this connection", "per connection", "for this session", "per session", "for the connection",
		"for the session", "this connection's", "this session's"},
		With:  []string{"limit reached", "limit exceeded", "limit has been reached", "limit has been exceeded", "reached", "exceeded"},
		Codes: []int{421},
		Cat:   RateLimited, Pri: conceptPri + 40,
		Summary: "The server closed the session because this connection reached its limit (of messages or bytes per connection): the message itself was not refused; a new connection is accepted.",
		Fix:     []string{"Nothing to do with a standard MTA: it retries on a new connection.", "Send fewer messages (or less data) per connection (Postfix: smtp_connection_reuse_count_limit)."}},

	// ---- an address whose format is not valid ----
	{ID: "mta13.address-format", Any: []string{"address format", "format of the address", "format of the email address", "format of the e-mail address",
		"email format", "e-mail format", "address syntax"},
		With: []string{"not valid", "is invalid", "invalid", "incorrect", "is wrong", "malformed", "bad", "not correct", "unrecognized", "unrecognised"},
		Not:  []string{"sender", "mail from", "from address", "return path", "return-path"},
		Cat:  Syntax, Weak: true, Pri: conceptPri,
		Summary: "The recipient address is not a validly formed address, so nothing could deliver it.",
		Fix:     []string{"Correct the address (one @, a domain, no spaces or stray characters) and send again."}},

	// ---- batch 13-mta b ----
	// a sender throttled for its continuous errors
	{ID: "mta13.sender-throttled", Any: []string{"sender throttled", "sending throttled", "submission throttled", "account throttled", "mailbox throttled",
		"user throttled", "sender is throttled", "sender has been throttled", "throttled due to continuous", "throttled due to repeated", "throttled because of repeated"},
		Cat: RateLimited, Pri: conceptPri + 40,
		Summary: "The server throttled the sender (its account or mailbox): too many of its submissions failed in a row, so it refuses more for a while, whatever error those submissions had.",
		Fix: []string{"Stop the sending program and fix the error it keeps causing (the reply names it: full or invalid recipients, send-as permission, licence, too many recipients).",
			"Resume after the throttling period ends; a program that retries the same failing message keeps the sender throttled."}},
	// a sender not allowed to mail a distribution list or group
	{ID: "mta13.list-send-denied", Any: []string{"distribution list", "distribution group", "mailing list", "this list", "the list", "this group", "the group", "security group"},
		With: []string{"not allowed to email", "not allowed to send to", "not allowed to mail", "not authorized to send to", "not authorised to send to",
			"not permitted to send to", "may not send to", "not allowed to post", "not authorized to post", "not authorised to post", "not permitted to post",
			"is not allowed to email", "restricted to members", "only members can"},
		Cat: Policy, Pri: conceptPri + 40,
		Summary: "The sender may not send to this distribution list or group: the list accepts mail only from some senders (members, the organisation, named people).",
		Fix: []string{"Ask the list's owner or the recipient's admin to allow the sender, or send from an address the list accepts.",
			"Send to the people directly instead of to the list."}},
	// a remote system that does not respond, a connection reset by it
	{ID: "mta13.remote-not-responding",
		Any: []string{"no longer responding", "not responding", "unable to find path to", "reset by the remote", "been reset by the remote",
			"did not complete in a reasonable amount of time", "did not complete in a reasonable time", "did not respond in time"},
		Cat: Network, Weak: true, Generic5xx: true, Pri: conceptPri,
		Summary: "The connection to the remote mail server failed: it did not respond, could not be reached, or reset the connection.",
		Fix: []string{"The sending server retries by itself; check that the remote host is up and reachable on port 25 (`smtpgw probe domain`).",
			"If it persists, check the network path (firewall, routing, DNS of the server's name)."}},
	// the server's own shortage of resources
	{ID: "mta13.insufficient-resources", Any: []string{"insufficient network", "insufficient system resources", "insufficient resources", "adapter resources",
		"out of resources", "insufficient memory", "out of memory", "not enough memory", "resources exhausted"},
		Not: []string{"quota", "mailbox"},
		Cat: ServerError, Pri: conceptPri + 40,
		Summary: "The mail server ran short of its own resources (memory, network sessions, system resources): its trouble, not a limit on the sender.",
		Fix:     []string{"For a temporary failure nothing to do: the sending MTA retries.", "If the server is yours, raise its resources or session limits (or lower its load)."}},
}
