package explain

// Rules of helper lda19 (issue 10, session 14); see docs/heldout/heldout19*.md.
// Each is tested in new wording in lda19_kinds_test.go.
//
// The last hop by kind of failure (held-out batch 19-lda's first run):
//
//   - storage: a quota warning bounces nothing (Zimbra's "Quota warning",
//     Courier's deliverquota warning, Exim's quota_warn_message,
//     Exchange's "Your mailbox is almost full"): the mailbox is filling up,
//     and the class is temporary (classify.go's statedTemporaryWording
//     reads the warning words). A mail store's own index, cache or
//     database that is corrupt (Dovecot's "Corrupted index cache file"):
//     the receiving server's fault.
//   - program delivery: the sysexits texts a pipe transport gives for a
//     command's exit status (Postfix pipe(8)'s "remote error in protocol",
//     "permission denied. Command output: ..."): the command of the
//     receiving system failed, whatever the enhanced code's subject says
//     (EX_NOPERM is 5.7.0 there, not a policy).
//   - addressing: a list or queue program that has no list by the name it
//     was given ("no list named ... is configured"): the address does not
//     exist.
//   - list managers: bounce processing that disabled or removed a
//     subscriber ("disabled due to excessive bounces", "Excessive or fatal
//     bounces"): an address suppressed after bounces (the suppression
//     convention, docs/explain.md: user-unknown); a list's warning or probe
//     about earlier bounces, which removes nothing yet and names no cause
//     (unknown, temporary); a post forwarded or submitted to a moderator
//     (policy, held: temporary).
//
// Batch b's first run added: a crashed process of the mail system
// ("killed with signal"), a local socket that is not the network, a list's
// autoresponse limit, a post acknowledgement, a header rule's hold, the
// wider words of bounce processing (Sympa's "non-delivery reports", a
// removal still to come, a score counted up), a mailbox "over its quota";
// and elsewhere: "mailbag" and "mail file" in storageSubjects, Request
// Tracker's unknown sender in lda18.platform-post-refused, "bounce score"
// no spam score (mta.spam), Exim's "->" line (logforms.go, scan.go).

// lda19BounceWords: a list's count of a subscriber's bounces, in the words
// of its bounce processing (Mailman, Sympa's "MANY non-delivery reports").
var lda19BounceWords = []string{"excessive bounces", "excessive or fatal bounces", "too many bounces", "due to bounces", "because of bounces",
	"bounce processing", "bounce score", "bounce_score", "returned as undeliverable", "non-delivery reports", "delivery errors", "bouncing addresses",
	// batch 20-lda: the same count in the words of a list's logs and of
	// group platforms (Mailman's "scored a bounce", "probe bounce received",
	// "deleted after exhausting notices", "[reason: BYBOUNCE]"; Sympa's
	// "severe bouncing addresses"; "messages we sent to it were bouncing")
	"probe bounce", "scored a bounce", "bybounce", "exhausting notices", "were bouncing", "was bouncing", "kept bouncing", "keeps bouncing",
	"keep bouncing", "severe bouncing"}

// lda19QuotaWarning: a mailbox's warning that it is filling up (nothing
// bounced); also in classify.go's statedTemporaryWording.
var lda19QuotaWarning = []string{"quota warning", "quota warn", "warning threshold", "warning level", "almost full", "nearly full",
	"getting full", "filling up", "approaching its quota", "approaching the quota", "approaching your quota", "close to its quota",
	"close to your quota", "avoid exceeding your quota", "before it is full", "before your mailbox is full"}

// lda19HeldWording: a list's warning or probe about bounces, a post
// handed to a moderator or held, a refusal still to come, a limit that
// lifts tomorrow: nothing was refused for good yet (classify.go's
// statedTemporaryWording takes them with lda19QuotaWarning).
var lda19HeldWording = []string{"this is a probe message", "if this message bounces", "if the probe bounces", "send you a probe",
	"submitted to the moderator", "submitted to the list moderator", "sent to the moderator", "passed to the moderator", "referred to the moderator",
	"submitted to the list editor", "forwarded to the list editor",
	// batch b: a removal or refusal still to come ("might be removed from
	// list", "Future mail deliveries may be refused until ..."), a bounce
	// score counted up, a post held, an autoresponder's limit for today
	"might be removed", "may be removed", "could be removed", "will be removed if", "future mail deliveries", "future deliveries may",
	"may be refused until", "may be rejected until", "has been incremented", "message is being held", "is being held because",
	"try again tomorrow"}

var lda19Rules = []rule{
	// ---- storage ----
	{ID: "lda19.quota-warning", Any: lda19QuotaWarning,
		// (Domino's mail file is a database: "Warning, database has exceeded its
		// size warning threshold"; batch b)
		With: []string{"mailbox", "quota", "inbox", "storage", "mail store", "maildir", "mail file", "database", "size"},
		Not:  []string{"sender", "sending", "outgoing", "rate", "per hour", "per day"},
		// over a size word of the same notice ("size limits set by your
		// administrator" is the mailbox's, not the message's)
		Cat: MailboxFull, Pri: lda16Pri + 8, Actor: ActorRecipient,
		Summary: "A warning that the recipient's mailbox is nearly full (its quota's warning level was reached): nothing was refused yet, but mail will bounce or wait once the quota is reached.",
		Fix: []string{"Nothing to resend: this message bounced nothing.",
			"Mailbox owner: delete or archive old mail (and empty the trash), or ask the administrator for a larger quota."}},
	{ID: "lda19.store-corrupt", Any: []string{"corrupted", "corrupt", "corruption", "is damaged", "was damaged", "broken index", "index is broken"},
		With: []string{"index", "cache file", "cache", "uidlist", "transaction log", "mailbox", "mail store", "message store", "database", "cyrus.", "maildir", "mbox"},
		Not:  []string{"quota", "attachment", "signature", "certificate", "tnef", "winmail.dat", "header", "message is corrupt", "corrupt message", "spam", "virus"},
		Cat:  ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving mail store found its own index, cache or mailbox file damaged (a crash, a full disk or two servers writing the same files): a fault of that server's storage, which it usually repairs by itself.",
		Fix: []string{"Nothing to change on the sender's side: a deferred message is retried.",
			"Receiving administrator: the line names the damaged file; let the server rebuild it (Dovecot: doveadm force-resync; Cyrus: reconstruct), and look for its cause (disk, NFS, two servers on one store)."}},

	// ---- program delivery ----
	// the sysexits status texts a pipe transport gives for a command's
	// exit status (Postfix sys_exits.c; sendmail's texts for the same codes)
	// (EX_DATAERR's "data format error" is the message's form, read by its
	// X.6.0; sendmail's "Can't create output" is as often a full mailbox:
	// neither is here)
	{ID: "lda19.sysexits-text", Any: []string{"command line usage error", "cannot open input", "internal software error",
		"system resource problem", "critical os file missing", "remote error in protocol",
		"permission denied. command output", "input/output error. command output", "service unavailable. command output",
		"operating system error", "system file missing", "remote protocol error"}, // sendmail's SysExMsg texts, "stat=" (mta22)
		// the command's own output, read by any other rule, says more (a list
		// not found, a message without a header/body separator, a quota):
		// this rule only keeps the status text from being read as a policy
		// ("permission denied" under EX_NOPERM's 5.7.0) or from no rule at all
		// (not mutt's "Error sending message, child exited 76 (Remote
		// protocol error.)": there the status is the submitting sendmail
		// program's, an answer out of protocol, read as the corpus reads
		// neomutt's "Invalid server response": unknown; tail22)
		Not: []string{"child exited"}, NotAlso: [][]string{lda16NotStore}, Cat: ServerError, Pri: -30, Actor: ActorRecipientAdmin,
		Summary: "The command the receiving system delivers the mail to (a pipe transport: a list manager, a ticket system, a filter) exited with an error status, which the transport reports in its standard words (sysexits): a fault of that command or its set-up, not a refusal of the message or the address.",
		Fix: []string{"Nothing to change on the sender's side: a deferred message is retried; a bounced one can be resent once the receiving site fixed its command.",
			"Receiving administrator: the command's output after \"Command output:\" names its error; run the command by hand with the same message (64 usage, 66 input, 69 unavailable, 70 software, 71 system, 72 OS file, 74 I/O, 76 protocol, 77 permission)."}},

	// ---- addressing ----
	{ID: "lda19.no-list-named", Any: []string{"no list named", "no list called", "no list by that name", "no list by the name", "no list with the name",
		"no mailing list named", "no mailing list called", "no such list named", "list is not configured", "list not configured"},
		Cat: UserUnknown, Pri: lda16Pri,
		Summary: "The list or intake program that receives this address has no list by that name (deleted, renamed or misspelt): the address does not exist.",
		Fix:     []string{"Check the list's address (the name before the @) with its owner or web page, and send to the right one."}},

	// ---- list managers: bounce processing ----
	// a subscriber disabled or removed after bounces: an address
	// suppressed after bounces (docs/explain.md's suppression convention)
	{ID: "lda19.list-bounce-disabled", Any: lda19BounceWords,
		With: []string{"membership", "subscription", "subscriber", "subsriber", "list member", "member:", "delivery to you", "list delivery",
			"removed from", "disabled on", "deleted from", "unsubscribed from",
			// batch 20-lda: the suppression in a log's or a platform's words
			// ("disabling due to bounce score", "deleted after exhausting
			// notices", "auto-unsubscribed", "silenced ... stopped sending to it")
			"disabling", "deleted after", "auto-unsubscribed", "silenced", "stopped sending", "stop sending to", "no longer sending to"},
		// (a removal still to come is a warning: lda19.list-bounce-warning;
		// so is a list that only picked out its bouncing addresses: Sympa's
		// "have been selected by Sympa as severe bouncing addresses")
		Not: []string{"your account", "sender reputation", "your sending", "sending has been", "sending is", "sending was", "sending paused",
			"sending disabled", "sending limit", "sending rate", "sending account", "sending domain", "sending ip", "might be removed", "may be removed", "could be removed", "will be removed if",
			"have been selected", "has been selected", "been selected by", "selected as",
			// (a bounce counted is no removal: lda19.list-bounce-warning)
			"scored a bounce", "bounce score =", "bounce score is now"},
		Cat: UserUnknown, Pri: lda16Pri + 8, Actor: ActorRecipient,
		Summary: "The mailing list stopped delivering to this subscriber (disabled or removed the membership) because mail to the address kept bouncing: an address suppressed after bounces.",
		Fix: []string{"Subscriber: find out why your address bounced (the list's notice quotes a bounce; a full mailbox, a filter refusing the list), fix it, then re-enable the membership on the list's options page.",
			"List owner: the member's bounce information shows the last bounce; re-enable the member once the address works again."}},
	// a warning or probe about earlier bounces: nothing removed yet, and no
	// cause named (the class: classify.go's statedTemporaryWording)
	{ID: "lda19.list-bounce-warning", Any: []string{"bounces from you", "been bouncing", "received a number of bounces", "probe message", "send you a probe",
		"if the probe bounces", "if this message bounces",
		// batch b: a removal still to come, a bounce score counted up
		"might be removed", "may be removed", "could be removed", "has been incremented",
		// batch 20-lda: a score logged, a bounce counted today, bouncing
		// addresses picked out (Mailman's bounce log, Sympa's action=none)
		"bounce score =", "bounce score is now", "scored a bounce", "severe bouncing", "been selected by"},
		With: lda19BounceWords, WithAlso: [][]string{{"bounces", "bouncing", "bounced", "probe", "bounce score", "scored a bounce"}},
		Not: []string{"has been disabled", "have been removed from", "has been removed from", "has been unsubscribed", "have been unsubscribed", "was unsubscribed"},
		// (over a platform's "unsubscribed" status: here the removal is a
		// threat, "if this message bounces too, ... will be unsubscribed")
		Cat: Unknown, Pri: lda16Pri, Actor: ActorRecipient,
		Summary: "A mailing list warns that mail to this address has been bouncing (or sends a probe to test it): nothing was refused or removed yet, and the warning does not say why the address bounced.",
		Fix: []string{"Subscriber: read the bounce the list quotes (if any) and fix its cause (a full mailbox, a filter refusing the list); if the probe bounces too, the list removes the address.",
			"Nothing to do if the address works again: the list's bounce score lapses."}},

	// ---- list managers: a post handed to a moderator ----
	{ID: "lda19.moderator-referral", Any: []string{"moderator", "moderators", "moderator(s)", "list editor", "list editors"},
		With: []string{"forwarded to the", "submitted to the", "sent to the", "passed to the", "referred to the", "queued for the"},
		Not:  []string{"rejected", "declined", "refused", "discarded", "spam"},
		Cat:  Policy, Pri: dash15Pri,
		Summary: "The list or group handed the post to its moderator (or owner) for approval: it is not refused, and it is posted once approved.",
		Fix:     []string{"Nothing to resend while it waits; post from your subscribed address to avoid moderation, or ask the list's owner."}},

	// ---- kinds of batch 19-lda b's first run ----
	// a process of the mail system that crashed (Dovecot's master: "child
	// 4471 killed with signal 9"): the server's fault, retried
	{ID: "lda19.process-crashed", Any: []string{"killed with signal", "killed by signal", "terminated by signal", "died of signal", "died on signal",
		"core dumped", "segmentation fault", "segfault"},
		Not: lda16NotStore, Cat: ServerError, Pri: lda16Pri, Actor: ActorRecipientAdmin,
		Summary: "A process of the mail system crashed (killed by a signal) while handling mail: a fault of that server; the delivery is retried.",
		Fix: []string{"Nothing to change on the sender's side: the message is retried.",
			"The system's administrator: the log names the service and the signal (9 killed, often out of memory; 11 a crash); look at the lines before it and the core dump."}},
	// a connection to a program on the same host over its local socket
	// (a database's or a helper's unix socket): not the network
	{ID: "lda19.local-socket", Any: []string{"through socket", "unix socket", "unix domain socket", "local socket", "local mysql server", ".sock'", ".sock\""},
		With: []string{"can't connect", "cannot connect", "could not connect", "couldn't connect", "unable to connect", "failed to connect",
			"connection refused", "connect failed", "connect(", "no such file or directory"},
		Cat: ServerError, Pri: lda16Pri + 10, Actor: ActorRecipientAdmin,
		Summary: "A program of the receiving system could not reach another program on the same host over its local socket (a database or helper service that is down): a fault of that server, not of the network or the message.",
		Fix: []string{"Nothing to change on the sender's side: a deferred message is retried.",
			"Receiving administrator: start the service that owns the socket the line names (a database, an auth or policy daemon), or fix the socket path."}},
	// a list's own limit on its automatic replies to one address a day
	{ID: "lda19.autoresponse-limit", Any: []string{"requesting an automated response", "further responses today", "any further responses",
		"autoresponse notification", "automatic responses today", "automated responses today"},
		Cat: RateLimited, Pri: dash15Pri + 8,
		Summary: "The list server sends only a few automatic replies (to commands or to the owner address) to one address a day, against loops between robots: this sender had its share today.",
		Fix:     []string{"Wait until tomorrow, or write to the list's owner; check that no autoresponder of yours keeps writing to the list's addresses."}},
	// a list's post acknowledgement: the post was taken
	{ID: "lda19.post-acknowledged", Any: []string{"successfully received by", "was successfully received", "has been successfully received",
		"successfully posted to", "has been distributed to", "was distributed to"},
		Not: []string{"could not", "couldn't", "failed", "undeliverable", "however", "but the"},
		Cat: Success, Pri: lda16Pri,
		Summary: "The list acknowledged the post: it received (and distributes) the message."},
	// a list's hold for a header rule: the list's policy, whatever the
	// header's name says (a spam flag, a bounce's subject)
	{ID: "lda19.list-header-rule", Any: []string{"matched a header rule", "header rule", "bounce_matching_header", "matched a bounce_matching"},
		Cat: Policy, Pri: dash15Pri + 8,
		Summary: "A header of the post matched one of the list's header rules (a spam flag, a subject that looks like a bounce): the list holds or refuses it by its own policy.",
		Fix:     []string{"Nothing to resend while it is held; if the header was added by your own system (a spam flag), ask its administrator, or ask the list's owner."}},
	// a mailbox (or another store's name for it) over its quota, said with
	// a possessive ("over its quota", "exceeded its quota"): found while
	// testing batch b's refusal still to come in new wording
	{ID: "lda19.storage-over-quota", Any: storageSubjects,
		With: []string{"over its quota", "over the quota", "over their quota", "over your quota", "over his quota", "over her quota",
			"exceeded its quota", "exceeds its quota", "exceeded the quota", "exceeds the quota", "exceeded your quota", "exceeded their quota",
			"reached its quota", "reached the quota", "reached your quota", "above its quota", "beyond its quota"},
		Not: []string{"warning level", "warning threshold", "sending", "outgoing", "sender"},
		Cat: MailboxFull, Pri: conceptPri, Actor: ActorRecipient,
		Summary: "The recipient's mailbox is over its storage quota: the server does not take more mail for it (or will not, once the quota is enforced).",
		Fix: []string{"Wait for the recipient to make room, or tell them by another channel; a deferred message is retried.",
			"Mailbox owner: delete or archive mail (and empty the trash), or ask for a larger quota."}},
}
