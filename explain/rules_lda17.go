package explain

// Rules of helper lda17 (issue 10, session 12); see docs/heldout/heldout17*.md.
//
// The last hop, product by product (held-out batch 17-lda's first run):
//
//   - The mail store's lock. Dovecot's MAIL_ERRSTR_LOCK_TIMEOUT ("Timeout
//     while waiting for lock"), procmail's "Forced unlock denied" and
//     "Kernel-lock failed", a lock an agent could not obtain: the receiving
//     store is busy or wedged (server-error), not a network timeout.
//   - A local program's file operation that failed with the operating
//     system's own error string (strerror: "Permission denied", "No such
//     file or directory", "No space left on device"): fetchmail's "BSMTP
//     file open failed: Permission denied", a "open(...) failed", and an
//     LMTP server's bare errno under a mailbox or system status ("451 4.2.0
//     <rcpt> Permission denied"): the store's permissions, not a policy.
//   - The programs that fetch mail and hand it to a delivery agent
//     (fetchmail's "MDA returned nonzero status", "MDA died of signal",
//     "Error writing to MDA"; getmail's "Delivery error (command ...)",
//     "maildir delivery process failed", "not an mboxrd file"), procmail's
//     other diagnostics, Exim's "local delivery failed": the receiving
//     side's delivery program failed. A quota or an unknown user inside
//     keeps its own rule.
//   - sendmail's restricted shell (smrsh: a program "not available for
//     sendmail programs", a shell construct it refuses) is the receiving
//     system's configuration (server-error); sendmail's "Cannot mail
//     directly to programs/files" refuses an address that names a program
//     or file (policy).
//   - A delivery agent that refuses its own configuration because others
//     may write it (qmail-local's "Uh-oh: .qmail file is writable",
//     maildrop's world/group permissions, procmail's "Suspicious rcfile"):
//     the receiving account's setup, not a security policy against the
//     sender (whatever the #4.7.0 says).
//   - List managers' hold and rejection reasons (Mailman's administrivia,
//     "more than N recipients", "no subject"; a group that takes posts
//     from members only; a group's posting rules such as hashtags or a
//     locked topic): the list's policy.
//
// Loops ("mail forwarding loop", a proxy that "loops to itself") are in
// concept.loop (rules_concepts.go); fetchmail's "keeping message" is in
// classify.go's statedTemporaryWording.

// lda17Errno are the operating system's error strings (strerror) a local
// program prints after a file operation.
var lda17Errno = []string{"permission denied", "no such file or directory", "no space left on device", "read-only file system",
	"input/output error", "is a directory", "not a directory", "too many open files", "operation not permitted", "stale file handle",
	"not enough disk space"}

var lda17Rules = []rule{
	// ---- the mail store's lock ----
	{ID: "lda17.store-lock", Any: []string{"waiting for lock", "waiting for a lock", "waiting for the lock", "lock timeout", "lock timed out",
		"obtain lock", "obtain a lock", "obtain the lock", "acquire lock", "acquire a lock", "acquire the lock",
		// "could not obtain a lock": a keyword after "not" is negated (matcher.go), so the failure is said with it
		"not obtain lock", "not obtain a lock", "not obtain the lock", "n't obtain lock", "n't obtain a lock", "n't obtain the lock",
		"not acquire lock", "not acquire a lock", "not acquire the lock", "n't acquire lock", "n't acquire a lock", "n't acquire the lock",
		"unlock denied", "kernel-lock",
		"lock failed", "locking failed", "failed to lock", "can not lock", "unable to lock", "cannot lock", "can't lock", "could not lock", "couldn't lock",
		"deadlock attempted", "stale lock",
		// batch c: a lock another process holds (PMDF MAILSERV's "currently locked by another user")
		"locked by another", "currently locked by"},
		Not: lda16NotStore, Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving system's mail store could not lock the recipient's mailbox in time (another delivery or an IMAP session holds the lock, or a stale lock was left behind): a problem of the receiving server, not of the message or the address.",
		Fix: []string{"Nothing to change on the sender's side: the sending MTA retries a deferred message.",
			"Receiving administrator: find the process that holds the mailbox lock (a hung delivery or IMAP session) or remove a stale lock file; Dovecot: mail_max_lock_timeout, lock_method."}},

	// ---- a local file operation and the system's own error string ----
	{ID: "lda17.file-errno", Any: []string{"file open failed", "open failed", "failed to open file", "cannot open file", "can't open file",
		"unable to open file", "could not open file", "open(", "chdir(", "mkdir(", "rename(", "creat(", "fsync(", "write failed", "writing to file",
		// a message appended to a file an alias names (Postfix local's "cannot append message to file"; batch 19-lda)
		"cannot append", "can't append", "unable to append", "could not append", "couldn't append", "failed to append", "append failed", "error appending",
		// a helper program it could not run (dma's dma-mbox-create; batch b)
		"cannot execute", "can't execute", "unable to execute", "could not execute", "execv(", "execl("},
		With: lda17Errno, Not: lda16NotStore, Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "A program of the receiving system could not open or write a file of its mail store (the operating system refused it: permissions, a missing directory, a full or read-only disk): a fault of that server, not of the message or the address.",
		Fix: []string{"Nothing to change on the sender's side: a deferred message is retried.",
			"Receiving administrator: the line names the file and the system's error; fix the path, owner or permissions, or free the disk."}},
	// the same error string as the whole reason of a mailbox or system
	// status (an LMTP server's "451 4.2.0 <rcpt> Permission denied")
	{ID: "lda17.status-errno", Any: lda17Errno, Enh: []string{"X.2.0", "X.3.0"}, Not: lda16NotStore,
		Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving server's mail store failed with an operating-system error (a permission, a missing directory, a full disk) while storing the message: a fault of that server, not a refusal of the message.",
		Fix: []string{"Nothing to change on the sender's side: a deferred message is retried.",
			"Receiving administrator: the delivery agent's log names the file; fix its owner or permissions, or free the disk."}},

	// ---- programs that fetch mail and hand it to a delivery agent ----
	{ID: "lda17.mda-failure", Any: []string{"mda returned", "mda died", "writing to mda", "write to mda", "mda exited abnormally", "mda failed",
		"mda error", "delivery error (command", "delivery error (maildir", "delivery error (mbox", "delivery error (qmail-local",
		"maildir delivery process failed", "mbox delivery process failed", "not an mboxrd file",
		"refuse to deliver mail as", "excessive output quenched", "local delivery failed", "bsmtp file open failed",
		// batch b: a local delivery deferred (dma), OpenSMTPD's mda.c without its helper process
		"local delivery deferred", "get mda fd", "get message fd",
		// batch c: Dovecot's deliver "save failed to <folder>: <error>", an agent whose own log failed
		"save failed to", "write to log file", "internal logging error"},
		Not: lda16NotStore, Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The program that delivers the mail on the receiving side (a mail delivery agent called by fetchmail, getmail, procmail or the MTA's local transport) failed: it exited with an error, crashed, or refused its destination. A problem of that system, not of the message.",
		Fix: []string{"Nothing to change as the sender: the message is retried (fetchmail and getmail leave it on the server).",
			"If you run that system: run the delivery agent by hand with the same message to see its error; its exit status names the kind (75 is EX_TEMPFAIL, 67 an unknown user, 73 a file it cannot create)."}},

	// ---- sendmail's restricted shell and program addresses ----
	{ID: "lda17.smrsh", Any: []string{"not available for sendmail programs", "smrsh:"}, Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving system's sendmail restricted shell (smrsh) refused to run the program an alias or .forward pipes the mail to: the program is not linked into smrsh's directory, or the command uses shell syntax smrsh forbids. A configuration of that system.",
		Fix: []string{"Nothing to change on the sender's side.",
			"Receiving administrator: link the program into smrsh's directory (/etc/smrsh or /usr/adm/sm.bin), or simplify the alias's command."}},
	{ID: "lda17.program-address", Any: []string{"cannot mail directly to programs", "cannot mail directly to files", "cannot mail to programs",
		"valid shell for mailing to programs"}, Cat: Policy, Pri: lda16Pri,
		Summary: "The server refuses an address that names a program (\"|command\") or a file directly: only its own aliases and .forward files may deliver to programs and files.",
		Fix:     []string{"Send to the mail address of the person or service, not to a program or file path."}},

	// ---- a delivery agent's own configuration that others may write ----
	{ID: "lda17.unsafe-config", Any: []string{"file is writable", "directory is writable", "is world writable", "is world-writable",
		"world-writable", "group-writable", "writable by group", "writable by others", "world/group permissions", "suspicious rcfile",
		"insecure permissions", "unsafe permissions",
		// batch b: maildrop's ownership checks of the home directory and filter file
		"owned by wrong user", "owned by the wrong user", "invalid user ownership", "not a trusted user"},
		Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving system's delivery agent refused to use the recipient's delivery configuration (home directory, .qmail, .forward or filter file) because others could write it or the wrong user owns it (or it was called by a user it does not trust): a setup problem of that system, not a policy against the sender.",
		Fix: []string{"Nothing to change on the sender's side: the message is retried.",
			"Receiving administrator: remove group and world write permission from the recipient's home directory and delivery files (chmod go-w)."}},

	// ---- list managers: hold and rejection reasons ----
	{ID: "lda17.list-rule", Any: []string{"may contain administrivia", "administrative requests to the mailing",
		"message has more than", "message has no subject", "must be a member of the group", "must be a member to post",
		"only members can post", "existing hashtags", "topic is locked", "group is locked"},
		Cat: Policy, Pri: lda16Pri,
		Summary: "The mailing list or group applied one of its own posting rules (commands sent to the list, too many recipients, no subject, posts from members only, the group's hashtags or a locked topic): the list holds or refuses the post.",
		Fix: []string{"Post as the list wants it: from your subscribed address, with a subject, to the list alone; commands go to the list's -request address.",
			"If the post is held, wait for the moderator; if refused, ask the list's owner (the -owner address)."}},

	// ---- kinds of batch 17-lda b's first run ----
	// a user lookup of the delivery agent (OpenSMTPD's mda.c): a temporary
	// failure is the user base's (server-error, not an unknown user); a
	// permanent one means the user base does not know the user
	{ID: "lda17.user-lookup-temp", Any: []string{"temporary failure in user lookup", "user lookup temporarily failed", "temporary user lookup failure",
		"user lookup failed", "user lookup failure", "failed user lookup"}, Not: []string{"permanent"},
		Cat: ServerError, Pri: lda16Pri + 8, Actor: ActorRecipientAdmin,
		Summary: "The receiving system's delivery agent could not look the recipient up in its user base (a directory, database or passwd lookup that failed or timed out): a problem of that server, retried; the address itself may well exist.",
		Fix: []string{"Nothing to change on the sender's side: the message is retried.",
			"Receiving administrator: check the user base the delivery agent reads (LDAP, SQL, a table file) and that it answers."}},
	{ID: "lda17.user-lookup-perm", Any: []string{"permanent failure in user lookup", "user lookup permanently failed"},
		Cat: UserUnknown, Pri: lda16Pri + 8,
		Summary: "The receiving system's delivery agent found no such user in its user base: the address does not exist there.",
		Fix:     []string{"Check the address for typos; ask the recipient for the right one by another channel."}},
	// a path the agent builds for the mailbox, file or socket is too long
	// for the system (not an SMTP path, an address, that is too long:
	// srv15.address-too-long)
	{ID: "lda17.path-too-long", Any: []string{"maildir path too long", "mailbox path too long", "filename path too long", "file path too long",
		"socket path too long", "file name too long"}, Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving system's delivery agent could not build the path of the mailbox, file or socket it delivers to: the path is longer than the system allows (a configuration of that server).",
		Fix:     []string{"Receiving administrator: shorten the mail location (maildir or mbox path, LMTP socket path) the agent is configured with."}},
	// the recipient's own forwarding setup (Exim's .forward and filter
	// files): an error in it defers the delivery until the user fixes it
	{ID: "lda17.forward-file", Any: []string{"error in forward file", "error in filter file", "error in .forward", "syntax error in forward file",
		"error in redirect data", "error in sieve script", "forward file is unsafe"},
		Cat: ServerError, Pri: lda16Pri + 8, Actor: ActorRecipient,
		Summary: "The recipient's own forwarding or filter file (.forward, an Exim or Sieve filter) has an error, so the receiving server defers the delivery until it is fixed: not a fault of the message or the address.",
		Fix: []string{"Nothing to change on the sender's side: the message is retried.",
			"Recipient (or the receiving administrator): correct the line the error names in the .forward or filter file."}},
	// a Sieve vacation action that chose not to answer (a duplicate, a
	// list message, a system address): the message itself was delivered
	// (only the filter's own words of its reply: an "auto-reply discarded"
	// elsewhere can be the recipient system dropping the sender's message)
	{ID: "lda17.autoreply-skipped", Any: []string{"vacation response", "vacation reply"},
		With: []string{"discarded duplicate", "discarding", "discarded", "not sending", "skipped"},
		Cat:  Success, Pri: lda16Pri + 8,
		Summary: "The message was delivered; the recipient's automatic reply (a vacation response) was deliberately not sent to the sender (already answered recently, a mailing-list or automated message, or a system address).",
		Fix:     []string{"Nothing to do: the message reached the mailbox. No auto-reply is sent to the same sender twice within its period, nor to lists and automated senders."}},
	// a mailbox, folder or list the receiving system could not create
	{ID: "lda17.not-created", Any: []string{"list could not be created", "mailbox could not be created", "folder could not be created",
		"maildir could not be created", "could not create the list", "could not create mailbox"},
		Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving system could not create the mailbox, folder or mailing list the message is for (a configuration or resource problem of that server).",
		Fix: []string{"Nothing to change on the sender's side.",
			"Receiving administrator: see the server's log for why the mailbox or list could not be created (permissions, a template or family definition, disk)."}},
	// a delivery agent that names itself and reports a failure
	// ("maildrop: DEFAULT mailbox not defined.", "procmail: ..."); not a
	// generic word before a colon ("Unable to deliver: ...")
	{ID: "lda17.agent-says", Any: []string{"maildrop:", "procmail:", "deliverquota:", "dovecot-lda:", "qmail-local:", "mail.local:"},
		With: []string{"not defined", "unable", "cannot", "can't", "could not", "couldn't", "failed", "failure", "error", "invalid", "wrong",
			"not allowed", "denied", "refused", "timed out", "not found", "missing"},
		Not: lda16NotStore, Cat: ServerError, Weak: true, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving system's local delivery agent (maildrop, procmail, dovecot-lda, qmail-local, mail.local) reported an error of its own: its configuration, the recipient's files or the system — not the message or the address.",
		Fix: []string{"Nothing to change on the sender's side: a deferred message is retried.",
			"Receiving administrator: the agent's message names what it could not do; fix that setting or file."}},
	// a platform's bounce score (Discourse): the address is held after
	// earlier bounces, until a date or until an administrator resets it
	{ID: "lda17.bounce-score", Any: []string{"bounce_score", "bounce score", "revoke email", "won't be sending emails to", "wont be sending emails to"},
		// (a score counted up stops nothing yet: lda19.list-bounce-warning)
		Not: []string{"has been incremented", "was incremented",
			// a list's member and its bounce score: the list's bounce
			// processing (lda19's list rules; held-out batch 20-lda)
			"member", "on list", "mailing list", "subscription", "disabling"},
		Cat: Policy, Pri: dash15Pri,
		Summary: "The platform stopped sending to this address for now: its bounce score (earlier delivery failures) reached the threshold.",
		Fix: []string{"Find out why mail to the address bounced (a full or closed mailbox, a block) and fix it.",
			"Then reset the address's bounce score at the platform (Discourse: the user's admin page), or wait for the date it names."}},
	// a file of the store the agent could not update (a mailbox, a
	// list's member file, an index; batch c)
	{ID: "lda17.store-update", Any: []string{"cannot update", "can't update", "unable to update", "could not update", "failed to update"},
		With: []string{"mailbox", "list file", "mailing list file", "spool file", "maildir", "index file"},
		Not:  lda16NotStore, Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving system could not update a file of its mail store (a mailbox, a list's member file, an index): a fault of that server, not of the message or the address.",
		Fix: []string{"Nothing to change on the sender's side: try again later.",
			"Receiving administrator: the log names the file; check its permissions, locks and the disk."}},
}
