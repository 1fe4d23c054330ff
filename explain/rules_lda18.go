package explain

// Rules of helper lda18 (issue 10, session 13); see docs/heldout/heldout18*.md.
//
// The last hop, products no batch had quoted (held-out batch 18-lda's
// first run):
//
//   - Exchange's mailbox-database store driver names its failure as an
//     exception class ("STOREDRV.Deliver.Exception:WrongServerException.
//     MapiExceptionMailboxInTransit; Failed to process message due to a
//     permanent exception ..."): the receiving store failed, whatever the
//     class name says about its RPC ("MapiExceptionNetworkError" is the
//     store's own link, not the sender's connection). A quota, a disabled
//     account, an invalid content or a size keeps its own rule.
//   - A mail program's own local failure in its own words, without a code:
//     nullmailer's "Could not exec program" and "Could not open message",
//     fdm's "pipe error, return value N", Pigeonhole's script "aborted due
//     to temporary failure", Stalwart's "Transient server failure.",
//     Cyrus's "DBERROR:", PMDF's "file writing error": the mail system
//     itself failed (server-error).
//   - A store operation that failed with the system's error string
//     ("failed to store into mailbox 'INBOX': Not enough disk space"): the
//     server's disk, although the words name a mailbox.
//   - The network as a queueing client says it ("Host or network
//     unreachable", msmtpq's "host not connected") and a host name that
//     resolves to no address ("Host has no address").
//   - List servers' replies to a command they could not read (PMDF
//     MAILSERV's "missing command parameters", Majordomo's "No valid
//     commands found"): syntax. A post that looks like a command, held for
//     the owner (Majordomo's "Admin request of type ..."): the list's
//     policy. A list's content filter that left nothing of the post
//     (Mailman's "After content filtering, the message was empty"): the
//     list's policy, not a spam verdict.

var lda18Rules = []rule{
	// ---- Exchange's store driver ----
	{ID: "lda18.store-exception", Any: []string{"storedrv.deliver.exception", "storagetransientexception", "storagepermanentexception"},
		// an exception class that names another cause leaves it to that cause's
		// rule, or to the NDR's words around it (a quota, a disabled account,
		// access to a public folder, a busy mailbox, a content conversion)
		Not: []string{"submission", "disabled", "poison", "too large", "size exceeds", "maxsubmission", "invalid message content",
			"quotaexceeded", "accessdenied", "notauthorized", "maxobjsexceeded", "mailbox busy", "conversionfailed"}, NotAlso: [][]string{lda16NotStore},
		Cat: ServerError, Actor: ActorRecipientAdmin,
		Summary: "Exchange's mailbox store (the store driver, STOREDRV) failed while delivering into the recipient's mailbox database: the exception it names is the store's own (a mailbox being moved, a database or RPC problem, a property it could not write), not a refusal of the message or the address.",
		Fix: []string{"Nothing to change on the sender's side: a transient exception is retried; resend later if it bounced.",
			"Recipient's Exchange administrator: the exception class names the store's problem (a mailbox move in progress, a database that is dismounted or busy); check the mailbox database and the event log."}},

	// ---- a mail program's own local failure ----
	{ID: "lda18.local-failure", Any: []string{"could not exec program", "could not exec ", "couldn't exec ", "could not open message",
		"could not read message", "could not write message", "pipe error, return value", "pipe error",
		"aborted due to temporary failure", "transient server failure", "temporary server failure",
		"file writing error", "error writing file", "dberror:", "cyrusdb error",
		// batch c: a process it could not start, a lock it truncates and
		// retries (procmail's "Failed forking", "Truncating ... and retrying lock")
		"failed forking", "unable to fork", "could not fork", "couldn't fork", "cannot fork", "can't fork", "fork failed",
		"retrying lock"},
		Not: lda16NotStore, Cat: ServerError, Pri: lda16Pri,
		Summary: "The mail program itself failed while handling the message (it could not run a helper program, read or write its own files, or its database): a fault of that mail system, not of the message or the address.",
		Fix: []string{"Nothing to change in the message: the program keeps or retries a temporary failure.",
			"The system's administrator: its log line names the program, file or database; fix the path, permissions, disk or the program's installation."}},
	// a store operation that failed with the system's error string
	{ID: "lda18.store-errno", Any: []string{"failed to store", "failed to save", "save failed", "saving mail failed", "store failed", "failed to deliver to mailbox"},
		With: lda17Errno, Not: lda16NotStore, Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving server could not store the message in the recipient's mailbox because the operating system refused the write (a full or read-only disk, permissions): a fault of that server's storage, not the recipient's quota.",
		Fix: []string{"Nothing to change on the sender's side: a deferred message is retried.",
			"Receiving administrator: free the disk or fix the mail store's permissions; the log line names the mailbox and the error."}},

	// ---- the network as a queueing client says it; a host without an address ----
	{ID: "lda18.network-unreachable", Any: []string{"host or network unreachable", "network unreachable", "host unreachable",
		"host not connected", "network not connected", "not connected to the network", "no network connection"},
		Cat: Network, Pri: lda16Pri,
		Summary: "The sending program could not reach the mail server: the network or the host was unreachable, so the message stays in its queue.",
		Fix:     []string{"Check the sending host's network (route, DNS, firewall); the queue is sent when the server can be reached (msmtpq: run it again; nullmailer retries by itself)."}},
	{ID: "lda18.host-no-address", Any: []string{"host has no address", "has no address record", "has no a record", "has no ip address",
		"no address associated with hostname", "no address associated with name"},
		Cat: HostUnknown, Pri: lda16Pri,
		Summary: "The mail server's host name resolves to no address (no A or AAAA record): the sending program cannot connect to it.",
		Fix:     []string{"Check the relay or MX host name in the sending program's configuration and its DNS records (`dig A host`, `dig AAAA host`)."}},

	// ---- list servers ----
	{ID: "lda18.list-command-syntax", Any: []string{"missing command parameters", "missing command parameter", "no valid commands",
		"commands must be in message body", "commands must be in the message body",
		// batch b: PMDF MAILSERV's "unrecognized keyword - check validity and spelling"
		"unrecognized keyword", "unrecognised keyword"},
		Cat: Syntax, Pri: lda16Pri,
		Summary: "The list server could not read the command it was sent (a command it does not know, a parameter missing, or no command in the message body).",
		Fix:     []string{"Send the command again in the body of a plain-text message, spelled as the list server's HELP reply shows, with its parameters (the list's name)."}},
	{ID: "lda18.list-admin-request", Any: []string{"admin request of type", "admin request"},
		Cat: Policy, Pri: lda16Pri,
		Summary: "The list manager took the post for an administrative command (subscribe, unsubscribe) sent to the list address and referred it to the list's owner instead of distributing it.",
		Fix:     []string{"Send commands to the list server's request address, not to the list; the owner approves or discards the held post."}},
	{ID: "lda18.list-filter-empty", Any: []string{"the message was empty", "message was empty after", "left with nothing", "nothing was left of the message"},
		Cat: Policy, Pri: lda16Pri,
		Summary: "The list's content filter removed the parts it does not accept (attachments, HTML, a MIME type) and nothing was left to distribute: the list's policy, not a spam verdict.",
		Fix:     []string{"Send the post again as plain text without attachments, or ask the list's owner which content the list accepts."}},

	// ---- batch b: forums and trackers that take posts by mail ----
	// the platform refuses a post by its rules: the sender has no account
	// there or it is not activated, lacks the rights (a trust level, the
	// action), the mail was generated by a program, the topic is closed
	// (Discourse's "email_reject_*", GitLab's EmailRejectionMailer)
	{ID: "lda18.platform-post-refused", Any: []string{"no known account with this email address", "no account with this email address",
		"required trust level", "trust level to post", "has not been activated", "account is not activated",
		"marked as \"auto generated\"", "marked as auto generated", "marked as \"auto-generated\"", "marked as auto-generated",
		"what user corresponds to the email", "topic you are replying to is currently closed", "currently closed and no longer accepting replies",
		"through the web interface",
		// Request Tracker's mail gateway for a sender it does not know (batch 19-lda b)
		"could not load a valid user", "creation of a new user", "permission to create tickets", "not allowed to create tickets"},
		Not: []string{"too large", "couldn't find the project", "no longer exists"}, Cat: Policy, Pri: lda16Pri,
		Summary: "The forum or tracker that takes posts by mail refused this one by its own rules: the sender has no (active) account there or lacks the rights, the mail was generated by a program, or the topic is closed.",
		Fix:     []string{"Post from the address of your account there (or register and activate it), or post through the web interface; an automatic mail (an auto-reply) is not accepted."}},
	// ... and the address names a project or thread that is not there
	{ID: "lda18.platform-target-missing", Any: []string{"couldn't find the project", "could not find the project",
		"replying to no longer exists", "couldn't figure out what the email is for", "could not figure out what the email is for"},
		Cat: UserUnknown, Pri: lda16Pri,
		Summary: "The forum or tracker that takes posts by mail found nothing at the address the mail was sent to: the project does not exist, or the thread the reply belongs to was deleted.",
		Fix:     []string{"Check the address (the project's or the thread's incoming address) or post through the web interface."}},

	// ---- batch b: a duplicate the store dropped (the first copy was delivered) ----
	{ID: "lda18.duplicate-eliminated", Any: []string{"eliminated duplicate message", "duplicate message eliminated", "suppressed duplicate delivery",
		"duplicate delivery suppressed"},
		Cat: Success, Pri: lda16Pri,
		Summary: "The mail store dropped a second copy of a message it had already delivered to this mailbox (duplicate delivery suppression): the message was delivered once.",
		Fix:     []string{"Nothing to do: the recipient has the message."}},
}
