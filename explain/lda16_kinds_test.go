package explain

import "testing"

// The kinds held-out batch 16-lda found on its first run, in new wording
// (not the batch's rows).

// A local delivery agent's own failure is the receiving system's fault
// (server-error), its class from the log's status or the code, else
// transient; a quota, an unknown user and a missing mailbox keep their own
// categories, and a maildir's "Permission denied" is no policy refusal.
func TestKindLda16LocalStoreFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Apr  2 11:00:01 mx postfix/local[301]: 1A2B3C: to=<li@mx.corp.example>, relay=local, delay=0.1, dsn=5.2.0, status=bounced (destination /srv/mail/li is not a regular file)", ServerError, ClassPermanent},
		{"Apr  2 11:00:02 mx postfix/virtual[302]: 2B3C4D: to=<li@corp.example>, relay=virtual, delay=0.1, dsn=5.2.0, status=bounced (maildir delivery failed: link to /var/vmail/corp.example/li/new/x: Permission denied)", ServerError, ClassPermanent},
		{"Apr  2 11:00:03 mx postfix/local[303]: 3C4D5E: to=<li@mx.corp.example>, relay=local, delay=3, dsn=4.0.0, status=deferred (user lookup error)", ServerError, ClassTransient},
		{"maildrop: Unable to open the home directory of li", ServerError, ClassTransient},
		{"procmail: Lock failure on \"/var/spool/mail/li.lock\"", ServerError, ClassTransient},
		{"lmtpd[88]: IOERROR: reading /var/spool/imap/l/user/li/cyrus.index: Input/output error", ServerError, ClassTransient},
		{"lda(li): Error: sieve: cannot open the Sieve script /home/li/.dovecot.sieve: Permission denied", ServerError, ClassTransient},
		{"Deferred: prog mailer (/usr/local/bin/deliver) exited with EX_TEMPFAIL", ServerError, ClassTransient},
		{"2026-04-02 11:00:09 1wXyZa-000AbC-D1 == li@corp.example R=local_user T=mail_spool defer (-21): failed to lock mailbox /var/spool/mail/li (fcntl)", ServerError, ClassTransient},
		{"result=TempFail stat=Error (mda exited abnormally)", ServerError, ClassTransient},
		{"imap(li): Fatal: Invalid user settings. Refer to server log for more information.", ServerError, ClassTransient},
		// the recipient's quota, an unknown user, a missing mailbox keep their rules
		{"Apr  2 11:00:04 mx postfix/local[304]: 4D5E6F: to=<li@mx.corp.example>, relay=local, delay=0.1, dsn=5.2.2, status=bounced (maildir delivery failed: write /home/li/Maildir/tmp/x: Disk quota exceeded)", MailboxFull, ClassPermanent},
		{"Apr  2 11:00:05 mx postfix/local[305]: 5E6F70: to=<nobody@mx.corp.example>, relay=local, delay=0.1, dsn=5.1.1, status=bounced (unknown user: \"nobody\")", UserUnknown, ClassPermanent},
		{"550 5.1.1 <li@corp.example> Invalid user", UserUnknown, ClassPermanent},
	})
}

// A local delivery agent's success line has no code: delivered, whatever
// folder the recipient's filter chose (a "Junk" folder is no spam verdict
// of the receiver), also when the filter script failed but the implicit
// keep delivered; a line that says the same action failed is no success.
func TestKindLda16DeliveredLocally(t *testing.T) {
	checkKinds(t, []kindCase{
		{"lmtp(li@corp.example): sieve: msgid=<x9@far.example>: stored mail into mailbox 'Spam'", Success, ClassSuccess},
		{"lda(li): msgid=<x8@far.example>: saved mail to Archive/2026", Success, ClassSuccess},
		{"lmtp(li@corp.example): sieve: msgid=<x7@far.example>: sent vacation response to <bo@far.example>", Success, ClassSuccess},
		{"lmtp(li@corp.example): sieve: msgid=<x6@far.example>: forwarded to <li@home.example>", Success, ClassSuccess},
		{"sieve: Execution of script /var/lib/sieve/li.sieve was aborted due to error, but implicit keep was successful", Success, ClassSuccess},
		{"lmtpd[91]: Delivered: <x5@far.example> to mailbox: user.li.Lists", Success, ClassSuccess},
		{"status=sent (delivered to command: /usr/bin/maildrop -d li)", Success, ClassSuccess},
		// a filter action that failed
		{"lmtp(li@corp.example): sieve: msgid=<x4@far.example>: failed to store into mailbox 'Spam': Mailbox doesn't exist: Spam", ServerError, ClassTransient},
	})
}

// The recipient's own Sieve reject is a policy refusal (the recipient
// acts); the same words without Sieve are not this rule's.
func TestKindLda16SieveReject(t *testing.T) {
	checkKinds(t, []kindCase{
		{"lda(li): sieve: msgid=<x3@far.example>: rejected message from <news@far.example> (ereject)", Policy, ClassPermanent},
	})
	e, err := explainOne("lda(li): sieve: msgid=<x3@far.example>: rejected message from <news@far.example> (reject)")
	if err != nil || e.Actor != ActorRecipient {
		t.Errorf("sieve reject: actor %q, want %q", e.Actor, ActorRecipient)
	}
}

// List managers: a list that does not exist is the recipient address; a
// list address missing from To/Cc is the list's policy, not an address
// that was not found; a hold for the message's size is a size (transient
// while held), a hold for another reason stays a moderation; a hold that
// lapsed, a held list and a post forwarded to the moderators.
func TestKindLda16ListManagers(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Command died with status 67. Command output: no such list: board", UserUnknown, ClassPermanent},
		{"550 5.1.1 Mailing list not found: board@lists.corp.example", UserUnknown, ClassPermanent},
		{"Your post to board@lists.corp.example was refused: the list address is not in the To or Cc header (Bcc posts are not accepted).", Policy, ClassPermanent},
		{"Held for moderation: message size limit of 100 KB exceeded (240 KB).", MessageTooBig, ClassTransient},
		{"Your message to Board awaits moderator approval.\nReason: Post by non-member to a members-only list", Policy, ClassTransient},
		{"Your post to board@lists.corp.example was discarded: no moderator released it within 14 days (moderation expired).", Policy, ClassPermanent},
		{"BOARD-L: distribution postponed, the list is held by its owner.", Policy, ClassTransient},
		{"Your message has been forwarded to the moderator of the board list for approval.", Policy, ClassTransient},
	})
}

// Batch b: the local delivery programs' own diagnostics (procmail,
// qmail-local, a list manager's child program) are the receiving system's
// fault, also where they say "timeout" (a filter's, not the network's) or
// quote a qmail #4.2.1; procmail's words only with the program it quotes:
// a client's "Failed to execute STARTTLS" stays TLS, a sender's
// "insufficient privileges to send as" is no server error.
func TestKindLda16bAgents(t *testing.T) {
	checkKinds(t, []kindCase{
		{`procmail: Timeout, was waiting for "/usr/bin/razor-check"`, ServerError, ClassTransient},
		{`procmail: Failed to execute "/usr/bin/bogofilter"`, ServerError, ClassTransient},
		{`procmail: Program failure (1) of "/usr/local/bin/mailfilter"`, ServerError, ClassTransient},
		{"delivery 812: deferral: Unable_to_chdir_to_maildir._(#4.2.1)/", ServerError, ClassTransient},
		{"ezmlm-manage: fatal: fatal error from child", ServerError, ClassTransient},
		{"Failed to execute STARTTLS command: certificate verify failed", TLSRequired, ClassPermanent},
		{"550 5.7.1 Insufficient privileges to send as this address", Policy, ClassPermanent},
		{"Program failure: could not connect to smtp.mailhost.example:587", Network, ClassTransient},
	})
}

// Batch b: the recipient's Sieve discard (and a milter's DISCARD action)
// is a refusal nobody sees; a Cyrus Sieve runtime error about a missing
// mailbox is the filter's folder, not an unknown user.
func TestKindLda16bFilters(t *testing.T) {
	checkKinds(t, []kindCase{
		{"sieve: msgid=<z1@far.example>: message discarded by the Sieve script of li", Policy, ClassPermanent},
		{"lmtpd[77]: sieve runtime error for li id <z2@far.example>: Mailbox does not exist", ServerError, ClassTransient},
		// the same words without Sieve: an unknown mailbox
		{"550 5.1.1 Mailbox does not exist", UserUnknown, ClassPermanent},
	})
}

// Batch b: list managers' own content rules are the list's policy (not a
// header's syntax, nor a size by #5.2.3); a traffic limit is a rate; a
// referral to the list owner is held (transient), by its reason; a hold
// for size in Mailman 3's words decides by the size.
func TestKindLda16bLists(t *testing.T) {
	checkKinds(t, []kindCase{
		{"ezmlm-reject: fatal: Sorry, I don't accept messages of MIME Content-Type 'multipart/alternative' (#5.2.3)", Policy, ClassPermanent},
		{"Sorry, as the message starts with ``unsubscribe'' it looks like an administrative request (#5.7.0)", Policy, ClassPermanent},
		{"Posting to choir@lists.corp.example held: excessive traffic on this list", RateLimited, ClassTransient},
		{"BOUNCE choir@lists.corp.example: Non-member submission from [bo@far.example]", Policy, ClassTransient},
		{"BOUNCE choir@lists.corp.example: global taboo header: /^subject:\\s*WIN/i", Policy, ClassTransient},
		{"Your message is held for moderation because the message is larger than the 100 KB maximum size.", MessageTooBig, ClassTransient},
	})
}

// Batch b: a proxy that cannot reach its backend, and a delivery command
// whose output names a refused connection, are network failures (the
// class from the code or the log: a pipe's bounce stays permanent).
func TestKindLda16bNetwork(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.4.0 Remote server not answering (DNS lookup)", Network, ClassTransient},
		{"status=bounced (Command died with status 1: \"/usr/local/bin/http-inject\". Command output: curl: (7) Failed to connect to api.corp.example port 443: Connection refused )", Network, ClassPermanent},
		// a command that failed for another reason stays the program's failure
		{"status=bounced (Command died with status 1: \"/usr/local/bin/http-inject\". Command output: database is locked )", ServerError, ClassPermanent},
	})
}

// Batch c: a mailbox file's own checks (mail.local, Exim appendfile) are
// the receiving store's fault: hard links of the file are no links in the
// message, the file's "Permission denied" is no policy refusal, Exim's
// file_must_exist is no unknown user; a message made of links stays spam,
// a bare "Permission denied" stays a policy refusal, a file over quota
// stays a full mailbox.
func TestKindLda16cMailboxFile(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.2.0 /var/spool/mail/li: too many links", ServerError, ClassPermanent},
		{"mailbox /home/li/mbox has wrong gid (12 != 8)", ServerError, ClassTransient},
		{"450 4.2.0 /var/mail/li: Permission denied", ServerError, ClassTransient},
		{"== li@corp.example R=home T=home_mbox defer (0): mailbox /home/li/Mail/inbox does not exist, but file_must_exist is set", ServerError, ClassTransient},
		{"550 5.1.1 li: User missing home directory", ServerError, ClassPermanent},
		{"554 5.7.1 Message rejected: too many links in the message body", SpamContent, ClassPermanent},
		{"550 5.7.1 Permission denied", Policy, ClassPermanent},
		{"552 5.2.2 /var/mail/li: Disc quota exceeded", MailboxFull, ClassPermanent},
	})
}
