package explain

import "testing"

// The kinds held-out batch 20-lda found on its first run, in new wording
// (not the batch's rows), with the guards each kind must not swallow.

// A list's or a group platform's bounce processing in the words of its logs
// and notices: a member disabled, deleted, unsubscribed, silenced or moved to
// a bounces list after bounces is an address suppressed after bounces
// (user-unknown, permanent); a bounce counted or bouncing addresses picked
// out remove nothing yet (unknown, temporary).
func TestKindLda20BounceProcessing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Member li@corp.example was auto-unsubscribed from choir (reason: bybounce)", UserUnknown, ClassPermanent},
		{"Your address li@corp.example was silenced after our messages kept bouncing; we stopped sending to it.", UserUnknown, ClassPermanent},
		{"Notice: li@corp.example was deleted after exhausting notices on the choir list", UserUnknown, ClassPermanent},
		{"li@corp.example was moved to the Bounced list after repeated delivery failures.", UserUnknown, ClassPermanent},
		{"Subscriber li@corp.example has scored a bounce on the choir list for today.", Unknown, ClassTransient},
		{"bounce score is now 1.5 for list member li@corp.example on choir@lists.corp.example", Unknown, ClassTransient},
		{"The following subscribers have been selected as severe bouncing addresses of choir: li@corp.example", Unknown, ClassTransient},
		// guards: a platform's own bounce-score hold (Discourse), a spam
		// score, a sending account disabled after bounces
		{"Skip Reason: Exceeded bounce_score_threshold", Policy, ClassPermanent},
		{"550 This message scored 12.1 spam points", SpamContent, ClassPermanent},
		{"Your sending has been disabled due to excessive bounces", Policy, ClassPermanent},
	})
}

// A service that takes mail (a help desk, a tracker, a portal) refuses
// automatic mail and senders it does not know (policy); an address of it
// that maps to nothing does not exist there (user-unknown); a message it
// could not import waits for a person (server-error, permanent).
func TestKindLda20Intake(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Rejected: auto-reply message (Auto-Submitted: auto-replied)", Policy, ClassPermanent},
		{"Your message was not processed: the sender is not registered with the help desk.", Policy, ClassPermanent},
		{"You do not have permission to access this project.", Policy, ClassPermanent},
		{"Bounced: the incoming address contains an invalid ticket id", UserUnknown, ClassPermanent},
		{"The message could not be imported into the ticket system and was moved to the error folder.", ServerError, ClassPermanent},
		// guards: an automatic message dropped for a quota keeps the quota,
		// a malformed destination is its syntax, an import of contacts is
		// no delivery
		{"Auto-submitted message discarded: Quota exceeded (mailbox for user is full)", MailboxFull, ClassPermanent},
		{"Reason: invalid destination address: bob", Syntax, ClassPermanent},
	})
}

// A program the receiving system could not run or pipe the message to:
// the receiving server's fault. A database query that failed is not a
// program of the delivery.
func TestKindLda20ProgramNotRun(t *testing.T) {
	checkKinds(t, []kindCase{
		{"sieve: redirect to <li@corp.example> failed: could not execute /usr/sbin/sendmail", ServerError, ClassTransient},
		{"pipe action: failed to pipe message to program `spam-train': program exited with 1", ServerError, ClassTransient},
		{"mailer: unable to run delivery agent /usr/lib/dovecot/deliver (exec format error)", ServerError, ClassTransient},
		// guard
		{"Failed to execute query: SQLSTATE[HY000] error sending mail", Unknown, ""},
	})
}

// The store: a quota with a qualifier, a directory or path of the store
// that is missing, a message it could not convert, a mail file over quota
// whose mail is held for retry.
func TestKindLda20Storage(t *testing.T) {
	checkKinds(t, []kindCase{
		{"li@corp.example has exceeded the mailbox quota; message refused", MailboxFull, ClassPermanent},
		{"Delivery failed: user quota reached for li@corp.example", MailboxFull, ClassPermanent},
		{"POA: cannot create directory for user database in post office", ServerError, ClassTransient},
		{"delivery to /var/spool/mail/li failed: path not found", ServerError, ClassTransient},
		{"store: could not convert the message into a MAPI message object; delivery aborted", ServerError, ClassTransient},
		{"The Router holds this message and will retry delivery: the mail file of Li Wei is over its quota", MailboxFull, ClassTransient},
		// guards: a sending quota, a charset the message's form, a
		// moderator's hold for size
		{"Daily sending quota exceeded", RateLimited, ClassTransient},
		{"554 5.6.0 charset conversion failed", RFCNoncompliant, ClassPermanent},
		{"Held for moderator approval: message too big", MessageTooBig, ClassTransient},
	})
}

// Addressing: an account that is not local does not exist there; an
// address no longer in use that names the one to write to has moved.
func TestKindLda20Addressing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Recipient li@corp.example is not a local user of this server", UserUnknown, ClassPermanent},
		{"This mailbox is no longer in use. Please send your mail to office@corp.example", Moved, ClassPermanent},
		// guards: 551's own text, an address gone with no new one named
		{"551 User not local; please try <li@new.example>", Moved, ClassPermanent},
		{"The address no longer exists. Please use a valid address.", UserUnknown, ClassPermanent},
	})
}

// A notice that a mailbox will bounce mail later, or that its owner is over
// the limit, bounces nothing: temporary. A full mailbox that refused mail
// stays permanent.
func TestKindLda20QuotaNoticeClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your mailbox is over quota. Mail sent to it will start bouncing if it is still over quota next week.", MailboxFull, ClassTransient},
		{"You are currently exceeding your mailbox limit by 3 MB; you may not be able to send new mail.", MailboxFull, ClassTransient},
		{"Notice to li@corp.example: you have reached the limit of your mailbox (500 MB).", MailboxFull, ""},
		// guards
		{"552 5.2.2 Mailbox over quota", MailboxFull, ClassPermanent},
		{"552 5.3.4 Message size exceeds fixed limit", MessageTooBig, ClassPermanent},
	})
}

// Batch b: a forum or tracker that takes posts by mail refuses one by its
// rules (policy) or finds nothing at the address (user-unknown); a group's
// moderation queue is temporary.
func TestKindLda20bPostByMail(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Sorry, this thread is locked: replies by email are not accepted.", Policy, ClassPermanent},
		{"Your reply could not be posted: only members may post to this forum.", Policy, ClassPermanent},
		{"Post rejected: the reply must come from the address the notification email was sent to (email key missing).", Policy, ClassPermanent},
		{"The ticket you replied to does not exist anymore.", UserUnknown, ClassPermanent},
		{"The thread you wrote to has been deleted.", UserUnknown, ClassPermanent},
		{"Your message to choir@groups.corp.example is pending moderator approval.", Policy, ClassTransient},
		// guard: an account pending approval at a sending service is its
		// policy for good
		{"While your account is pending approval, all recipient addresses must share the same domain as the 'From' address.", Policy, ClassPermanent},
	})
}

// Batch b: a list manager's own file it cannot open is its server's fault.
// A failed connect to a local socket stays network (docs/explain.md, the
// convention common20 settled), over TCP or to a unix-domain path.
func TestKindLda20bListFile(t *testing.T) {
	checkKinds(t, []kindCase{
		{"list-gate: cannot open members file for choir: Permission denied", ServerError, ClassTransient},
		// guards
		{"Feb  2 08:19:00 mx postfix/lmtp[77]: 5A6B7C8D9E: to=<li@corp.example>, relay=none, delay=3, delays=3/0/0/0, dsn=4.4.1, status=deferred (connect to mx.corp.example[/run/dovecot/lmtp]: Connection refused)", Network, ClassTransient},
		{"Dec  4 09:00:00 mx postfix/lmtp[12]: 1A2B: to=<li@corp.example>, relay=mx2.corp.example[192.0.2.25]:24, dsn=4.4.1, status=deferred (connect to mx2.corp.example[192.0.2.25]:24: Connection refused)", Network, ClassTransient},
	})
}
