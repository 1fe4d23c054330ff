package explain

// Rules of helper lda20 (issue 10, session 15); see docs/heldout/heldout20-lda.md.
// Each is tested in new wording in lda20_kinds_test.go.
//
// The last hop by concept, third pass (held-out batch 20-lda's first run).
// Batch 19-lda's kinds were right but stated in one product's words; the
// misses of batch 20-lda were the same concepts in the words of other
// products, so each rule here states a concept as a word family:
//
//   - lists and group platforms: bounce processing in the words of logs
//     and platforms (lda19BounceWords and the two lda19 list rules widened;
//     a member moved to a platform's bounces list here);
//   - intake (help desks, trackers, portals that take mail): a refusal of
//     automatic mail (auto-replies, delivery status messages) and of a
//     sender the intake does not know; an address of the intake that maps
//     to nothing;
//   - program delivery: a program the receiving system could not run or
//     pipe the message to (Sieve's pipe and redirect, a mailer);
//   - storage: a quota with a qualifier ("hard quota", "mailbox quota"), a
//     directory or path of the store that is missing, a message the store
//     could not convert into its own format, a mail file over quota whose
//     mail the router holds for retry;
//   - addressing: an account that is not local; an address that no longer
//     exists and names the address to write to instead (moved);
//   - class: a notice that a mailbox will bounce mail later, or that its
//     owner is over the limit, bounces nothing (lda20HeldWording in
//     classify.go's statedTemporaryWording).

// lda20HeldWording: a bounce counted or a bouncing address picked out (no
// removal yet), a refusal still to come, a notice to a mailbox's owner that
// it is over its limit: nothing bounced (classify.go's statedTemporaryWording
// takes them with lda19's lists).
var lda20HeldWording = []string{"bounce score =", "bounce score is now", "scored a bounce", "severe bouncing",
	"will be bounced", "will start bouncing", "will start to bounce", "if it is still over",
	"you are exceeding", "you are currently exceeding", "you may not be able to send", "until you reduce",
	// batch b: a message waiting in a group's moderation queue (Google
	// Groups' "pending approval", "Pending Messages")
	"pending approval by a moderator", "pending moderator approval", "awaiting moderation", "held in pending", "in pending messages"}

// lda20GaveUpWording: a service that stopped trying and handed the message
// to a person ("has been moved to the error folder. Please process this
// email message manually"): permanent (classify.go takes them with
// permanentWording).
var lda20GaveUpWording = []string{"error folder", "processed manually", "message manually", "email manually"}

var lda20Rules = []rule{
	// ---- lists and group platforms ----
	// a member moved to a platform's list of bounced addresses (GroupSpaces'
	// "Bounces" list): the suppression convention, as esp13.bounced-before
	// reads "on the bounce list"
	{ID: "lda20.bounce-list-moved", Any: []string{"bounces list", "bounced list", "bounce list", "bouncing list", "list of bounces", "bounced addresses list"},
		With: []string{"moved to", "placed in", "placed on", "added to", "put on", "put in", "listed in", "transferred to"},
		Not:  []string{"spam", "complaint", "unsubscribe", "removed from the"},
		Cat:  UserUnknown, Pri: 18, Actor: ActorRecipient,
		Summary: "The list or group platform moved this member to its list of bounced addresses: mail to the address kept failing, and the platform stops sending to it (an address suppressed after bounces).",
		Fix: []string{"Member: find out why mail to your address failed (a full mailbox, a filter refusing the platform), fix it, and ask the group's owner to reactivate the address.",
			"Group owner: check the address with the member; correct or remove it."}},

	// ---- intake: help desks, trackers and portals that take mail ----
	// automatic mail the intake refuses by its headers (Jira Service
	// Management's "Rejected: Auto-reply mail", "Automated delivery status
	// message"): the intake's rule against loops, not a fault
	{ID: "lda20.intake-automatic-refused", Any: []string{"auto-reply mail", "auto-reply message", "autoreply mail", "automatic reply mail",
		"automated delivery status message", "delivery status message", "auto-submitted", "auto-generated mail", "automatically generated mail",
		"automated message", "automatic message"},
		With: []string{"rejected", "refused", "not accepted", "filtered out", "discarded", "not processed", "ignored", "bounced", "rejection", "dropped"},
		// (an automatic message discarded for a cause, a quota, an unknown
		// user: the cause decides)
		Not: lda16NotStore, Cat: Policy, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The service that takes mail (a help desk, a tracker, a portal) refused this message because it is automatic (an auto-reply, a delivery status report, bulk or auto-submitted mail): it takes mail only from people, against loops between robots.",
		Fix: []string{"If a person sent it, send it again without the automatic headers (Auto-Submitted, Precedence: bulk), or from a normal mail client.",
			"Service owner: allow the sender's domain (an allowlist) if its mail is wanted."}},
	// a sender the intake does not know or does not let in (an unregistered
	// sender, a customer without access to the project)
	{ID: "lda20.intake-sender-not-allowed", Any: []string{"unauthorized email sender", "unauthorised email sender", "sender isn't registered", "sender is not registered",
		"sender not registered", "isn't part of the project", "is not part of the project", "not a member of this project",
		"permission to access this service project", "permission to access this project", "permission to access this service desk"},
		Cat: Policy, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The service that takes mail (a help desk, a tracker, a portal) refused the message: the sender is not registered there or has no access to the project the address belongs to.",
		Fix:     []string{"Send from the address registered with the service, or ask its owner to add you (as a customer or a member of the project)."}},
	// an address of the intake that maps to nothing (an order, a ticket, a
	// project id missing or wrong in the address)
	{ID: "lda20.destination-address-invalid", Any: []string{"destination address", "target address", "incoming address", "email-in address", "mail-in address", "intake address"},
		// (an "invalid destination address" alone is its syntax: a missing @)
		With: []string{"has an invalid", "contains an invalid", "with an invalid", "lacks", "does not belong", "doesn't belong", "belongs to no", "not recognized", "not recognised", "does not match", "doesn't match", "unknown"},
		Not:  []string{"sender", "domain", "host", "mx", "ip address", "dns"},
		Cat:  UserUnknown, Pri: conceptPri + 8,
		Summary: "The address the message was sent to does not belong to anything at the receiving service (its order, ticket or project part is missing or wrong): the address does not exist there.",
		Fix:     []string{"Check the address (reply to the service's own message, or copy the address it gave) and send again."}},

	// ---- batch b: forums and trackers that take posts by mail ----
	// a post or comment by mail refused by the forum's or tracker's rules
	// (ElkArte's post-by-email errors, a Jira mail handler's rejections):
	// the thread is locked, the sender is no member or lacks the rights,
	// the reply's key is missing or not the sender's, the feature is off
	{ID: "lda20.post-by-mail-refused", Any: []string{"post by email", "posting by email", "comments by email", "replies by email", "only members may post",
		"member database", "email key", "key in the reply", "valid notification email", "already replied to this email", "in order to post",
		"topic has been locked", "topic is locked", "thread has been locked", "thread is locked", "can no longer be replied to",
		"not added as a comment", "comment was rejected", "not involved in this issue", "not involved in this ticket",
		// the same in German (ElkArte's error_locked)
		"thema wurde gesperrt", "keine weiteren antworten"},
		// (a quota, an unknown user, a size: the cause decides)
		Not: lda16NotStore, Cat: Policy, Pri: lda16Pri + 4, Actor: ActorRecipientAdmin,
		Summary: "The forum or tracker that takes posts by mail refused this one by its own rules: the thread is locked or closed, the sender is no member or lacks the rights to post by mail, or the reply did not come from the address (or with the key) the notification was sent to.",
		Fix:     []string{"Reply from the address the notification was sent to (keep its reply key), or post through the web interface; ask the site's owner for the rights if you should have them."}},
	// ... and the thread, message or board the mail was meant for is gone
	{ID: "lda20.post-target-missing", Any: []string{"the topic", "this topic", "the thread", "this thread", "the board", "a board", "the personal message",
		"message you were replying to", "issue you replied to", "ticket you replied to", "existing board"},
		With: []string{"could not be found", "couldn't be found", "not be found", "no longer exists", "does not exist", "non existing", "non-existing", "been deleted"},
		Not:  []string{"sender", "your email address", "member database", "domain", "host"},
		Cat:  UserUnknown, Pri: lda16Pri,
		Summary: "The forum or tracker that takes posts by mail found nothing at the address the mail was sent to: the thread, message or board was deleted, merged or never existed.",
		Fix:     []string{"Check the address (reply to a current notification) or post through the web interface."}},
	// a list manager's own file it could not open (Minimalist's "Can not
	// open list file"): the receiving server's fault
	{ID: "lda20.list-file-unreadable", Any: []string{"can not open", "cannot open", "can't open", "could not open", "unable to open", "failed to open"},
		With: []string{"list file", "member file", "members file", "subscribers file", "subscriber file", "list's file", "list config"},
		Not:  lda16NotStore, Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The list manager could not open its own file (the member list or the list's configuration): a fault of the receiving server's set-up, not of the message or the address.",
		Fix: []string{"Nothing to change on the sender's side: try again later.",
			"List administrator: check the list's directory and the rights of the program that runs the list."}},

	// ---- program delivery ----
	// a program the receiving system could not run, or pipe the message to
	// (Sieve's vnd.dovecot.pipe, a Sieve redirect's sendmail, a mailer)
	{ID: "lda20.program-not-run", Any: []string{"failed to pipe", "pipe action: failed", "failed to execute", "failed to exec", "could not execute",
		"unable to execute", "cannot execute", "can't execute", "failed to run", "unable to run", "could not run", "couldn't run"},
		With: []string{"program", "sendmail", "command", "script", "filter", "binary", "pipe", "mailer", "delivery agent", "sieve"},
		// (a command of the SMTP dialogue that failed is the dialogue's:
		// "Failed to execute STARTTLS command")
		Not: []string{"sql", "query", "statement", "javascript", "api", "xmlhttprequest", "starttls", "tls", "ssl", "certificate", "auth", "smtp command"},
		Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving system could not run a program it hands mail to (a filter's pipe, the sendmail program a forward uses, a delivery agent): a fault of that system's set-up, not of the message or the address.",
		Fix: []string{"Nothing to change on the sender's side: a deferred message is retried.",
			"Receiving administrator: the log names the program; check that it exists where the configuration says, is executable by the delivering user, and runs by hand."}},

	// a service that takes mail could not import it (after its own retries:
	// "could not be imported after three attempts and has been moved to
	// the error folder")
	{ID: "lda20.intake-import-failed", Any: []string{"could not be imported", "couldn't be imported", "cannot be imported", "failed to import", "import failed", "unable to import"},
		With: []string{"email", "e-mail", "message", "mail"},
		Not:  []string{"contact", "contacts", "csv", "calendar", "address book", "pst", "mbox file", "archive"},
		Cat:  ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The service that takes mail (a help desk, a portal) could not import the message into its own system: a fault on its side; the message waits for its administrator, who has to process it by hand.",
		Fix: []string{"Nothing to change on the sender's side; if the message matters, send it again later or by another channel.",
			"Service administrator: the error folder holds the message; its log names why the import failed."}},

	// ---- storage ----
	// a quota with a qualifier ("over its hard quota", "mailbox quota
	// reached"): the mailbox is full
	{ID: "lda20.quota-qualified", Any: []string{"hard quota", "soft quota", "storage quota", "mailbox quota", "account quota", "user quota", "mailbox's quota"},
		With: []string{"over", "exceeded", "exceeds", "exceeding", "exceed", "reached", "above", "full"},
		Not:  []string{"archive", "sending", "send quota", "daily", "per day", "per hour", "rate", "api", "request", "warning"},
		// (weak: a reply any mailbox rule reads keeps that rule's card)
		Cat: MailboxFull, Weak: true, Pri: conceptPri + 8, Actor: ActorRecipient,
		Summary: "The recipient's mailbox is over its quota (its hard or storage limit): it takes no more mail until mail is deleted or the quota is raised.",
		Fix:     []string{"Tell the recipient by another channel; resend once they have made room. A deferred message is retried."}},
	// the owner's notice that names the mailbox's own limit ("You are
	// exceeding the size limit of your mailbox"): the mailbox's storage,
	// not the message's size (docs/explain.md: a size limit that names the
	// mailbox is mailbox-full)
	{ID: "lda20.owner-mailbox-limit", Any: []string{"limit of your mailbox", "limit set on your mailbox", "limit of your inbox", "limit set on your inbox",
		"your mailbox size limit", "your mailbox's size limit", "limit for your mailbox"},
		Not: []string{"message size", "attachment", "sending limit", "per day", "per hour"},
		Cat: MailboxFull, Pri: dash15Pri + 8, Actor: ActorRecipient,
		Summary: "The mailbox is over (or near) its own size limit: a notice to its owner; mail may wait or bounce until mail is deleted or the limit is raised.",
		Fix:     []string{"Mailbox owner: delete or archive mail (and empty the deleted items), or ask for a larger limit."}},
	// a directory or path of the mail store that is missing or cannot be
	// made (GroupWise's "Cannot create directory in post office",
	// "Path not found" from the post office agent)
	{ID: "lda20.store-path-missing", Any: []string{"cannot create directory", "can't create directory", "could not create directory", "unable to create directory",
		"failed to create directory", "path not found", "directory not found", "no such directory"},
		With: []string{"post office", "mailbox", "maildir", "spool", "mail store", "message store", "deliver", "delivery", "inbox", "mail file", "poa"},
		Not:  lda16NotStore, Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving mail store could not find or create a directory it delivers into (missing, or without the rights): a fault of that server's storage, not of the address.",
		Fix: []string{"Nothing to change on the sender's side: a deferred message is retried.",
			"Receiving administrator: the log names the path; check that it exists and that the delivering agent has the rights to it."}},
	// a message the store could not convert into its own format (gromox's
	// "fail to convert rfc5322 into MAPI message object")
	{ID: "lda20.store-conversion", Any: []string{"fail to convert", "failed to convert", "could not convert", "unable to convert", "cannot convert",
		"conversion failed", "conversion failure"},
		With: []string{"mapi", "message object", "mail store", "message store", "mailbox", "store item"},
		Not:  []string{"charset", "character set", "encoding", "attachment", "tnef"},
		// (over the name of the format converted from, "rfc5322", which
		// mta.rfc reads as the message's form)
		Cat: ServerError, Pri: lda16Pri + 8, Actor: ActorRecipientAdmin,
		Summary: "The receiving mail store could not convert the message into its own storage format: a fault (or a limit) of that server's conversion, which its administrator has to look at with the message.",
		Fix: []string{"Send the message again later or in a simpler form (plain text, fewer attachments); ask the recipient's administrator with the bounce.",
			"Receiving administrator: the log names the conversion step; keep the message file and report it to the product's support."}},
	// a mail file over quota whose mail the router holds for retry (Domino's
	// hold-and-retry quota enforcement): the quota decides over the size of
	// the messages held
	{ID: "lda20.over-quota-held", Any: []string{"over quota", "over its quota", "exceeded its quota", "exceeds its quota", "over their quota"},
		With: []string{"held for retry", "hold and retry", "held until", "being held", "is held"},
		Not:  []string{"moderator"},
		Cat:  MailboxFull, Pri: dash15Pri + 8, Actor: ActorRecipient,
		Summary: "The recipient's mail file (mailbox) is over its quota: the receiving server holds mail for it and retries once room is made, and returns what it cannot hold.",
		Fix:     []string{"Tell the recipient by another channel; a held message is delivered once they make room, a returned one can be resent then."}},

	// ---- addressing ----
	// an account that is not local to the server that got the message
	// (MDaemon's local queue: "addressed to an account which is not a local
	// account")
	{ID: "lda20.not-local-account", Any: []string{"not a local account", "is not a local user", "not a local user", "not a local mailbox", "not a local recipient",
		"no such local account", "no local account"},
		// (the sender at MAIL FROM is sender-invalid's)
		Not: []string{"relay", "relaying", "mail from", "sender"},
		Cat: UserUnknown, Pri: lda16Pri,
		Summary: "The server that took the message has no local account for the address it was to deliver to: the address does not exist there.",
		Fix:     []string{"Check the address with the recipient; if it should exist, the receiving administrator has to add the account or fix the routing."}},
	// an address that no longer exists and names the one to write to instead
	// (an Exim redirect's ":fail:" text): moved, as 551's "please try"
	{ID: "lda20.address-replaced", Any: []string{"please write to", "please use", "please send to", "please send your mail to", "please send mail to",
		"please email", "please mail to"},
		With: []string{"no longer exists", "no longer exist", "no longer in use", "no longer valid", "no longer active", "no longer used", "obsolete", "discontinued"},
		Not:  []string{"password", "key", "certificate", "domain", "server", "url", "link", "website", "form", "valid address", "correct address", "a valid"},
		Cat:  Moved, Pri: conceptPri + 12,
		Summary: "The recipient's address is no longer in use, and the reply names the address to write to instead.",
		Fix:     []string{"Send again to the address the reply names and update the contact."}},
}
