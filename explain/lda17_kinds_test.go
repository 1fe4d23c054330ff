package explain

import "testing"

// The kinds held-out batch 17-lda found on its first run, in new wording
// (not the batch's rows), with the guards each kind must not swallow.

// A mailbox lock that could not be had is the receiving store's fault, not
// a network timeout; a locked account and a connection timeout keep their
// own categories.
func TestKindLda17StoreLock(t *testing.T) {
	checkKinds(t, []kindCase{
		{"imap(li): Error: Mailbox INBOX: Timeout (180s) while waiting for lock for transaction log file /var/vmail/li/dovecot.index.log", ServerError, ClassTransient},
		{"452 4.2.0 <li@corp.example> Lock timeout on mailbox INBOX", ServerError, ClassTransient},
		{"deliver: could not obtain a lock on /var/spool/mail/li after 5 attempts", ServerError, ClassTransient},
		{"procmail: Deadlock attempted on \"/var/spool/mail/li.lock\"", ServerError, ClassTransient},
		// guards
		{"550 5.2.1 Account is locked", MailboxDisabled, ClassPermanent},
		{"421 4.4.2 mx.corp.example Error: timeout exceeded", Network, ClassTransient},
	})
}

// A local file operation that failed with the system's own error string,
// and the same string as the whole reason of a mailbox or system status, is
// the store's fault, not a policy refusal; a filesystem quota stays a full
// mailbox and "Permission denied" under a security status stays policy.
func TestKindLda17FileErrno(t *testing.T) {
	checkKinds(t, []kindCase{
		{"deliver(li): rename(tmp/1733.x, new/1733.x) failed: Read-only file system", ServerError, ClassTransient},
		{"mbox append: write failed: No space left on device", ServerError, ClassTransient},
		{"452 4.3.0 <li@corp.example> Read-only file system", ServerError, ClassTransient},
		// guards
		{"550 5.7.1 Permission denied", Policy, ClassPermanent},
		{"deliver(li): open(/home/li/Maildir/tmp/1733.y) failed: Disk quota exceeded", MailboxFull, ClassPermanent},
	})
}

// The programs that fetch mail and hand it to a delivery agent, and a
// local delivery that failed: the receiving side's delivery program; an
// unknown user or a quota in their output keeps its own rule.
func TestKindLda17DeliveryPrograms(t *testing.T) {
	checkKinds(t, []kindCase{
		{"fetchmail: MDA returned nonzero status 73", ServerError, ClassTransient},
		{"fetchmail: Error writing to MDA: Input/output error", ServerError, ClassTransient},
		{"Delivery error (command maildrop 991 error (75, maildrop: signal 0x0F))", ServerError, ClassTransient},
		{"Delivery error (maildir delivery 1200 error (1, maildir delivery process failed (refuse to deliver mail as GID 0)))", ServerError, ClassTransient},
		{"2026-05-01 10:00:00 1xAbCd-0001Aa-2B == li@corp.example R=local_user T=maildir_home defer (-2): local delivery failed", ServerError, ClassTransient},
		// guards
		{"procmail: Unknown user \"li\"\nfetchmail: MDA returned nonzero status 67", UserUnknown, ClassPermanent},
		{"Delivery error (command procmail 77 wrote to stderr: procmail: Quota exceeded while writing \"/var/spool/mail/li\")", MailboxFull, ClassPermanent},
	})
}

// sendmail's restricted shell is the receiving system's configuration; an
// address that names a program or file is refused by policy.
func TestKindLda17RestrictedShell(t *testing.T) {
	checkKinds(t, []kindCase{
		{"smrsh: \"perl\" not available for sendmail programs (not a file)\n554 5.0.0 Service unavailable", ServerError, ClassPermanent},
		{"550 5.7.1 \"/tmp/out.txt\"... Cannot mail directly to files", Policy, ClassPermanent},
		{"550 5.7.1 User li@corp.example doesn't have a valid shell for mailing to programs", Policy, ClassPermanent},
	})
}

// A delivery agent that refuses the recipient's own delivery files because
// others may write them: the account's setup, not a security policy
// against the sender (a #4.7.0 notwithstanding).
func TestKindLda17UnsafeConfig(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Uh-oh: home directory is writable. (#4.7.0)", ServerError, ClassTransient},
		{"maildrop: Cannot have world/group permissions on the filter file - for your own good.", ServerError, ClassTransient},
		{"procmail: Suspicious rcfile \"/home/li/.procmailrc\"", ServerError, ClassTransient},
		// guard: a security refusal of the sender stays policy
		{"554 5.7.0 Your message was refused by local policy", Policy, ClassPermanent},
	})
}

// A forwarding loop and a proxy that loops to itself are loops (a server
// fault that retrying does not end).
func TestKindLda17Loops(t *testing.T) {
	checkKinds(t, []kindCase{
		{"May  1 10:00:00 mx postfix/local[12]: 7A8B9C: to=<li@mx.corp.example>, relay=local, delay=0.1, dsn=5.4.6, status=bounced (mail forwarding loop for li@mx.corp.example)", ServerError, ClassPermanent},
		{"lmtp proxy: delivery to <li@corp.example> loops to itself", ServerError, ClassPermanent},
	})
}

// A list's or group's own posting rules (a command sent to the list, too
// many recipients, no subject, members only, a locked topic).
func TestKindLda17ListRules(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your mail to 'Choir' with the subject\n\n    help\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Message may contain administrivia", Policy, ClassTransient},
		{"Your mail to 'Choir' with the subject\n\n    (no subject)\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Message has no subject", Policy, ClassTransient},
		{"Only members can post to this group.", Policy, ClassPermanent},
		{"Your reply was not posted: the topic is locked.", Policy, ClassPermanent},
	})
}

// A program that says it keeps the message (to try again) states a
// temporary outcome.
func TestKindLda17KeepingMessage(t *testing.T) {
	checkKinds(t, []kindCase{
		{"relay requires STARTTLS; keeping the message for the next run", TLSRequired, ClassTransient},
	})
}

// Batch b's kinds, in new wording.

// A local delivery that was deferred, a helper program that could not be
// run, a lock that could not be taken ("can not lock"): the receiving
// system; a connection that could not be made stays a network failure.
func TestKindLda17bLocalDelivery(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Jan  2 03:04:05 host dma[7a.1]: local delivery deferred: can not open `/var/mail/li': Read-only file system", ServerError, ClassTransient},
		{"sendmail: cannot execute /usr/sbin/postdrop: Permission denied", ServerError, ClassTransient},
		{"deliver: can not lock /var/mail/li after 3 tries", ServerError, ClassTransient},
		// guard
		{"Could not connect to SMTP host: Connection refused", Network, ClassTransient},
	})
}

// A user lookup that failed for now is the user base's trouble; one that
// failed for good means no such user; a path of the store that is too long
// is no SMTP path (an address) that is too long.
func TestKindLda17bLookupAndPath(t *testing.T) {
	checkKinds(t, []kindCase{
		{"user lookup failed: LDAP server unavailable", ServerError, ClassTransient},
		{"user lookup permanently failed for li", UserUnknown, ClassPermanent},
		{"deliver: mailbox path too long: /var/vmail/corp.example/li/Maildir/.Archive.2026", ServerError, ClassTransient},
		// guards
		{"550 5.1.1 <li@corp.example>: Recipient address rejected: User unknown in local recipient table", UserUnknown, ClassPermanent},
		{"501 5.5.2 Path too long", Syntax, ClassPermanent},
	})
}

// An error in the recipient's own forwarding or filter file defers the
// delivery (server-error, the recipient acts), whatever the error's words.
func TestKindLda17bForwardFile(t *testing.T) {
	checkKinds(t, []kindCase{
		{"<li@corp.example> - error in forward file: :include: file /etc/lists/choir not found", ServerError, ClassTransient},
		{"syntax error in forward file /home/li/.forward: missing \"\" in line 2", ServerError, ClassTransient},
	})
}

// An automatic reply not sent (already answered, an automated sender, the
// recipient's own address): the message was delivered, and a delivery's
// class is success whatever its other words say.
func TestKindLda17bAutoreplySkipped(t *testing.T) {
	checkKinds(t, []kindCase{
		{"lmtp(li): sieve: msgid=<a1@far.example>: discarding vacation response to auto-submitted message from <robot@far.example>", Success, ClassSuccess},
		{"lmtp(li): sieve: msgid=<a2@far.example>: discarded vacation reply to own address <li@corp.example>", Success, ClassSuccess},
		{"vacation reply skipped: the sender is a mailing list", Success, ClassSuccess},
	})
}

// A delivery agent that names itself and reports an error of its own; a
// quota or an unknown user in its words keeps its rule.
func TestKindLda17bAgentSays(t *testing.T) {
	checkKinds(t, []kindCase{
		{"deliverquota: unable to create the maildir temporary file", ServerError, ClassTransient},
		{"maildrop: Invalid user ownership of $HOME/.mailfilters.", ServerError, ClassTransient},
		// guards
		{"procmail: Unknown user \"li\"", UserUnknown, ClassPermanent},
		{"maildrop: maildir over quota.", MailboxFull, ClassPermanent},
	})
}

// A platform's bounce score (Discourse's revoked address): held after
// earlier failures.
func TestKindLda17bBounceScore(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The bounce score of li@corp.example passed the threshold; no more emails are sent to it", Policy, ClassPermanent},
		{"Won't be sending emails to li@corp.example until 2027-02-01", Policy, ClassPermanent},
	})
}

// Batch c's kinds, in new wording: a lock another process holds, a store
// file that could not be updated, Dovecot's "save failed to" with the
// store's error (a quota keeps its rule), an agent whose own log failed.
func TestKindLda17cStore(t *testing.T) {
	checkKinds(t, []kindCase{
		{"mailbox currently locked by another process, try again later", ServerError, ClassTransient},
		{"unable to update the mailing list file members.db", ServerError, ClassTransient},
		{"deliver(li): msgid=<c1@far.example>: save failed to Archive: Internal error occurred", ServerError, ClassTransient},
		{"dovecot-lda: Failed to write to log file /var/log/dovecot-lda.log", ServerError, ClassTransient},
		// guard
		{"deliver(li): msgid=<c2@far.example>: save failed to INBOX: Quota exceeded (mailbox for user is full)", MailboxFull, ClassPermanent},
	})
}
