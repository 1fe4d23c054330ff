package explain

// Rules of session 11's held-out batches heldout16-lda* (issue 10): kinds
// found on their first runs, each tested in new wording in lda16_kinds_test.go.
//
// The last hop: what a message meets after the MX accepted it, or instead
// of SMTP — a local delivery agent (Postfix local/virtual/pipe, dovecot-lda,
// Dovecot and Cyrus LMTP, procmail, maildrop, Exim's appendfile and pipe
// transports, Sendmail's local mailers, OpenSMTPD's mda) and a list
// manager (Mailman, mlmmj, LISTSERV, Sympa).
//
//   - A local delivery agent's own failure names the receiving system's
//     mail store or the program, not the recipient: a mailbox file that is
//     no regular file or is executable, a maildir or home directory it
//     cannot create or enter, a lock it cannot take, a user lookup or
//     table lookup that failed, a delivery program that exited early or
//     with a sysexits code (EX_TEMPFAIL), Cyrus's IOERROR, a Sieve script
//     it cannot read, Dovecot's "Invalid user settings" (a configuration
//     error, not an invalid user). server-error; its class is the log's or
//     the code's (Postfix defers most local failures unless it logs
//     status=bounced), and without either the category's (transient).
//     A quota, an unknown user or a missing mailbox keep their own rules.
//   - A local delivery agent's success line carries no code: dovecot-lda's
//     "saved mail to INBOX", Pigeonhole's "stored mail into mailbox",
//     "forwarded to <...>", "sent vacation response to <...>", a Sieve
//     script that failed while the implicit keep delivered, Postfix
//     local's "delivered to maildir/command/file", Cyrus's "Delivered: ...
//     to mailbox". A folder named "Junk" in it is where the recipient's
//     filter put the message, not a spam verdict of the receiver.
//   - Pigeonhole's log of a Sieve reject ("rejected message from <...>
//     (reject)"): the recipient's own filter refused it (policy).
//   - A list manager: a post to a list that does not exist (Mailman's
//     "post script, list not found", "no such list": the recipient address,
//     user-unknown); a list address missing from To/Cc (mlmmj's "the list
//     address was not found in either the To: or CC: header", Mailman's
//     "implicit destination": policy, not an address that was not found);
//     a moderation hold whose reason is the message's size decides by the
//     size (message-too-big, transient while held); a moderation hold that
//     lapsed without a moderator; a held list (LISTSERV) and a post
//     forwarded to the moderators (pending: transient, classify.go's
//     statedTemporaryWording).
//   - Batch b: more agents' own diagnostics (procmail's, with the program
//     or file it quotes; qmail-local's maildir errors, also under a qmail
//     #4.2.1 and in qmail-send's underscored log; ezmlm's child program);
//     a Sieve discard (and a milter's DISCARD action); Cyrus's Sieve runtime
//     error about a folder; list managers' content rules (empty Subject, a
//     MIME type: policy, not syntax or size), traffic limits (rate-limited)
//     and referrals to the owner (Majordomo: held, transient); a proxy that
//     cannot reach its backend and a delivery command whose output names a
//     refused connection (network).
//   - Batch c: the mailbox file's own checks (mail.local, Exim appendfile):
//     a spool path or "mailbox /path" with its owner, mode, hard links,
//     type or must-exist setting — the receiving store's fault, not links
//     in the message, a policy refusal or an unknown user.

// lda16StoreSubjects name the receiving system's own mail store and the
// pieces a local delivery agent works with (not the recipient).
var lda16StoreSubjects = []string{"maildir", "mailbox file", "destination file", "mail spool", "spool file", "home directory",
	"home dir", "lock file", "lockfile", "dot-lock", "dotlock", "sieve script", "temporary file", "mail storage", "mail_location",
	"cyrus.header", "cyrus.index"}

// lda16StoreVerdicts are what went wrong with them.
var lda16StoreVerdicts = []string{"failed", "failure", "cannot", "can't", "could not", "couldn't", "unable to", "not a regular file",
	"is executable", "not owned by", "permission denied", "no such file or directory", "not a directory", "read-only file system",
	"error", "not available"}

// lda16NotStore: a store failure whose cause is the recipient's quota, or
// an address that does not exist, is explained by those rules.
var lda16NotStore = []string{"quota", "mailbox is full", "mailbox full", "over the limit", "file too large", "user unknown", "unknown user",
	"no such user", "user nonexistent", "does not exist", "doesn't exist", "implicit keep was successful"}

// lda16Failed: words that make a success phrase part of a failure.
var lda16Failed = []string{"not delivered", "undelivered", "could not", "couldn't", "cannot", "unable", "failed to", "failure", "not been",
	"never", "deferred", "retry", "error"}

const lda16Pri = conceptPri + 12

var lda16Rules = []rule{
	// ---- a local delivery agent's own failure: the receiving system ----
	{ID: "lda16.local-store", Any: lda16StoreSubjects, With: lda16StoreVerdicts, Not: lda16NotStore,
		Cat: ServerError, Weak: true, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving system's local delivery agent could not write the message into the recipient's mailbox: its own mail store (a mailbox file, a maildir, a home directory, a lock, a filter script) is missing, locked or has the wrong owner or permissions — a fault of the receiving server, not of the message or the address.",
		Fix: []string{"Nothing to change on the sender's side: a deferred message is retried by the sending MTA; a bounced one can be resent once the receiving site fixed it.",
			"Receiving administrator: read the delivery agent's log line (dovecot-lda/LMTP, procmail, maildrop, Postfix local/virtual) and fix the path, ownership or permissions it names (Postfix: `postconf mail_spool_directory home_mailbox`; Dovecot: `doveconf mail_location`)."}},
	{ID: "lda16.agent-failure", Any: []string{"user lookup error", "table lookup failure", "failed to lock mailbox", "unable to lock mailbox",
		"lock failure on", "ioerror:", "ioerror opening", "mda exited", "mailer exited with ex_", "exited with ex_tempfail", "exited with ex_oserr",
		"exited with ex_software", "exited with ex_ioerr", "exited with ex_cantcreat", "exited with ex_config", "exited with ex_unavailable",
		"failed to autocreate mailbox", "invalid user settings", "destination file is executable", "is not a regular file",
		// procmail(1)'s and qmail-local's own diagnostics, ezmlm's child
		// programs (held-out batch 16-lda b)
		// (procmail quotes the program or file it names)
		"procmail: insufficient privileges", "failed to execute \"", "program failure (", "timeout, terminating \"", "timeout, was waiting for \"",
		"error while writing to \"", "truncated file to former size", "unable to chdir", "chdir to maildir", "timeout on maildir delivery",
		"error on maildir delivery", "error from child", "child crashed",
		// mail.local: an account without the home directory its mailbox is in (batch c)
		"missing home directory"},
		Not: lda16NotStore, Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving system's local delivery failed by a fault of its own: the delivery agent could not look up the user, lock or write the mailbox, or the delivery program quit or reported an error (a configuration or resource problem on the receiving server).",
		Fix: []string{"Nothing to change on the sender's side: a deferred message is retried by the sending MTA; a bounced one can be resent once the receiving site fixed it.",
			"Receiving administrator: the delivery agent's own log line before this one names the cause (a userdb/LDAP lookup, a lock, a path or permission, the program's exit status)."}},

	// ---- a local delivery agent's success line (no code) ----
	{ID: "lda16.delivered-locally", Any: []string{"saved mail to", "stored mail into mailbox", "sent vacation response", "implicit keep was successful",
		"delivered to maildir", "delivered to command", "delivered to file", "forwarded to <"},
		Not: lda16Failed, Cat: Success,
		Summary: "The message was delivered: the receiving system's local delivery agent stored it (in a folder the recipient's filter chose), forwarded it, or answered it with an automatic reply."},
	// the filter script failed, the message was still delivered
	{ID: "lda16.implicit-keep", Any: []string{"implicit keep was successful", "implicit keep succeeded"}, Cat: Success,
		// the stored message decides over the filter's failure said before it
		// (a fileinto folder that does not exist; held-out batch 19-lda)
		Pri:     lda16Pri + 60,
		Summary: "The message was delivered: the recipient's Sieve filter failed, and the delivery agent stored the message in the inbox instead (the implicit keep)."},
	// a folder the recipient's filter names does not exist: not an
	// unknown recipient (a Dovecot mailbox here is a folder)
	{ID: "lda16.folder-missing", Any: []string{"failed to store into mailbox", "save failed to open mailbox", "failed to open mailbox", "fileinto",
		"sieve runtime error", "sieve error"},
		With: []string{"mailbox doesn't exist", "mailbox does not exist", "no such mailbox", "mailbox not found"},
		Cat:  ServerError, Pri: lda16Pri + 8, Actor: ActorRecipient,
		Summary: "The recipient's mail filter (Sieve fileinto) names a folder that does not exist, so the delivery agent could not file the message there; Dovecot then keeps it in the inbox (the implicit keep), or defers it.",
		Fix:     []string{"Recipient (or the receiving administrator): create the folder, or correct its name in the filter rule."}},
	{ID: "lda16.delivered-to-mailbox", Any: []string{"delivered:"}, All: []string{"to mailbox"}, Not: lda16Failed, Cat: Success,
		Summary: "The message was delivered into the recipient's mailbox (Cyrus lmtpd)."},

	// ---- the recipient's own Sieve filter ----
	{ID: "lda16.sieve-reject", Any: []string{"rejected message from <"}, All: []string{"sieve"}, Cat: Policy, Pri: lda16Pri, Actor: ActorRecipient,
		Summary: "The recipient's own mail filter (a Sieve reject action) refused the message after the server had accepted it; the sender gets a rejection notice.",
		Fix:     []string{"Ask the recipient by another channel whether they filter your address or subject on purpose."}},

	// ---- list managers ----
	{ID: "lda16.list-not-found", Any: []string{"list not found", "no such list", "list does not exist", "unknown list", "not a known mailing list",
		"mailing list not found", "no such mailing list"}, Cat: UserUnknown, Pri: lda16Pri,
		Summary: "The recipient is a mailing-list address, and the list manager has no such list (deleted, renamed or misspelt).",
		Fix:     []string{"Check the list's address (the list name before the @) with its owner or its web page; lists are renamed and closed."}},
	{ID: "lda16.list-address-missing", Any: []string{"list address was not found in", "list address is not in", "list address was not in",
		"implicit destination", "not explicitly addressed to the list", "list named in destination"},
		Cat: Policy, Pri: lda16Pri,
		Summary: "The list manager wants the list's own address in To: or Cc:; this message reached the list as a Bcc or a forward (an \"implicit destination\"), so it was held or refused.",
		Fix:     []string{"Send the message again with the list's address in To: or Cc: (not as a Bcc, not forwarded from another address)."}},
	{ID: "lda16.held-size", Any: []string{"body is too big", "message is too big", "message too big", "too large", "size limit", "maximum allowed message size",
		"max_message_size", "exceeded the maximum size", "exceeds the maximum size", "maximum size", "larger than the", "message too long", "too long (>"},
		With: []string{"held", "moderator", "moderation", "approval"},
		// a queue's hold for a mailbox over its quota is no moderator's
		// (Domino's "held for retry"; held-out batch 20-lda)
		Not: []string{"held for retry", "over quota", "over its quota"}, Cat: MessageTooBig, Pri: dash15Pri + 4,
		Summary: "The list or group holds the message for a moderator because it is larger than the list allows; it is posted only if a moderator approves it.",
		Fix:     []string{"Wait for the moderator, or send a smaller message (a link instead of the attachment)."}},
	{ID: "lda16.moderation-lapsed", Any: []string{"moderator", "moderators", "moderation"},
		With: []string{"without any moderator releasing", "no moderator released", "not released by a moderator", "moderation expired",
			"moderation timed out", "too much time passed"},
		Cat: Policy, Pri: dash15Pri + 4,
		Summary: "The list held the message for a moderator, and nobody approved it in time: the list dropped it.",
		Fix:     []string{"Send it again and ask the list's owner (the -owner address) to approve it, or send to the people directly."}},
	{ID: "lda16.list-held", Any: []string{"list is held", "list has been held", "distribution postponed"}, Cat: Policy, Pri: lda16Pri,
		Summary: "The list is held by its owner: postings are kept and distributed when the owner frees the list.",
		Fix:     []string{"Nothing to resend: the message goes out when the list is freed; ask the list's owner if it stays held."}},

	// ---- kinds of batch 16-lda b's first run ----
	// the recipient's own Sieve discard: the message is dropped unseen
	{ID: "lda16.sieve-discard", Any: []string{"discard action", "marked message to be discarded", "discarded by sieve", "discarded by the sieve"},
		Cat: Policy, Pri: lda16Pri, Actor: ActorRecipient,
		Summary: "The recipient's own mail filter (a Sieve discard action) dropped the message after the server had accepted it; nobody is told.",
		Fix:     []string{"Ask the recipient by another channel whether their filter discards your mail on purpose."}},
	// a list manager's own content rules (ezmlm-reject: empty Subject, a
	// MIME type the list does not take): the list's policy, not the
	// message's form nor its size (whatever the #5.2.3 says)
	{ID: "lda16.list-content-rule", Any: []string{"content-type", "mime type", "mime-type", "empty subject", "commands in the subject", "administrative request"},
		With: []string{"don't accept", "do not accept", "unacceptable", "not accepted on this list", "looks like an adminstrative", "looks like an administrative"},
		Not:  []string{"spam", "virus", "too large", "larger than", "too big"}, Cat: Policy, Pri: lda16Pri + 8,
		Summary: "The mailing list's own rules refuse this kind of post (an empty Subject, a MIME type such as HTML the list does not take, a command in the Subject): a policy of the list, not a fault of the message.",
		Fix:     []string{"Send the post as the list wants it (plain text, a Subject, commands to the list's -request or -help address)."}},
	// a list manager's traffic limit (ezmlm-limit)
	{ID: "lda16.list-traffic", Any: []string{"excess traffic", "excessive traffic"}, Cat: RateLimited, Pri: lda16Pri,
		Summary: "The mailing list received more posts than it allows in a period, so it defers or moderates further posts for now.",
		Fix:     []string{"Nothing to resend: the list delivers the post later (or a moderator releases it)."}},
	// Majordomo's referral of a post to the list owner ("BOUNCE list:
	// Non-member submission from [...]", "Approval required", a taboo
	// match): held for the owner's approval (transient, classify.go)
	{ID: "lda16.list-referral", Any: []string{"non-member submission", "approval required", "taboo body match", "taboo header", "global taboo"},
		Cat: Policy, Pri: lda16Pri,
		Summary: "The list manager referred the post to the list's owner for approval (a post from a non-member, a moderated list, or a pattern the list forbids): it is held until the owner approves it.",
		Fix:     []string{"Nothing to resend while it is held; post from your subscribed address, or ask the list's owner (the -owner or -approval address)."}},
	// an LMTP/SMTP proxy or client that cannot reach the next server
	// (Dovecot's "Remote server not answering (connect|timed out|DNS
	// lookup)"): the network toward the backend
	{ID: "lda16.remote-not-answering", Any: []string{"remote server not answering", "server not answering", "backend not answering"},
		Cat: Network, Pri: lda16Pri,
		Summary: "The receiving proxy (a Dovecot LMTP/SMTP proxy or director) could not reach the backend server behind it in time: a connection problem inside the receiving site.",
		Fix: []string{"Nothing to change as the sender: the message is retried.",
			"Receiving administrator: check that the backend named in the proxy's log is up and reachable from the proxy (DNS, port, firewall)."}},
	// a delivery command's output that names a network failure (a pipe
	// over ssh): the output says why the command failed
	{ID: "lda16.command-output-network", Any: []string{"command output:"},
		With: []string{"connection refused", "connection timed out", "no route to host", "network is unreachable", "could not resolve hostname",
			"name or service not known"},
		Cat: Network, Pri: lda16Pri + 8,
		Summary: "The delivery command (a pipe transport) failed because it could not connect to another host (its output names a refused or timed-out connection, or a name that did not resolve).",
		Fix:     []string{"Receiving administrator: the command connects onward (ssh, an HTTP API, a remote LMTP); make that host reachable, or queue the mail (exit 75, EX_TEMPFAIL) instead of bouncing it while it is down."}},
	// ---- kinds of batch 16-lda c's first run ----
	// the mailbox file's own checks (mail.local, Exim appendfile): a
	// spool path or "mailbox /path" with what is wrong with the file.
	// "too many links" here is the file's hard links, not links in the
	// message (bigprov16.mostly-links); "Permission denied" is the file's,
	// not a policy refusal; Exim's "does not exist, but file_must_exist
	// is set" is its transport's setting, not an unknown user.
	{ID: "lda16.mailbox-file", Any: []string{"/var/mail/", "/var/spool/mail/", "/mail/", "mailbox /", "opened mailbox", "named pipe", "mailbox file"},
		With: []string{"too many links", "irregular file", "not a regular file", "wrong ownership", "wrong uid", "wrong gid", "wrong mode",
			"inode number changed", "file changed after open", "permission denied", "no process is reading", "file_must_exist",
			"is a symbolic link", "while creating mailbox", "while opening mailbox"},
		Not: []string{"quota", "mailbox is full", "mailbox full", "file too large", "user unknown", "unknown user", "no such user"},
		Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving system's local delivery agent refused to write into the recipient's mailbox file: the file (or its path) fails the agent's safety checks — wrong owner or mode, hard links, not a regular file, missing where it must exist, or not writable. A fault of the receiving server's mail store, not of the message or the address.",
		Fix: []string{"Nothing to change on the sender's side: a deferred message is retried; a bounced one can be resent once the receiving site fixed it.",
			"Receiving administrator: fix the mailbox file the line names (owner and mode as the delivery agent expects, one link, a regular file), then retry the queue."}},
}
