package explain

import "testing"

// The kinds held-out batch 18-lda found on its first run, in new wording
// (not the batch's rows), with the guards each kind must not swallow.

// Exchange's store driver names its failure as an exception class: the
// receiving store failed (also when the class names its own RPC network).
// An exception that names a quota, a disabled account or an access right
// keeps its own reading, and a submission exception is not a delivery.
func TestKindLda18StoreException(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.2.0 STOREDRV.Deliver.Exception:DatabaseUnavailableException.MapiExceptionMdbOffline; Failed to process message due to a permanent exception with message Cannot open mailbox.", ServerError, ClassPermanent},
		{"451 4.2.0 STOREDRV.Deliver.Exception:StorageTransientException.MapiExceptionRpcServerTooBusy; Failed to process message due to a transient exception", ServerError, ClassTransient},
		{"Remote Server returned '432 4.2.0 STOREDRV.Deliver.Exception:StorageTransientException.MapiExceptionNetworkError; Failed to process message due to a transient exception'", ServerError, ClassTransient},
		// guards
		{"554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception", MailboxFull, ClassPermanent},
		{"550 5.7.13 STOREDRV.Deliver.Exception:AccountDisabledException.MapiExceptionADUserDisabledAndHidden; Failed to process message due to a permanent exception", MailboxDisabled, ClassPermanent},
		{"421 4.4.2 Connection dropped due to a network error", Network, ClassTransient},
	})
}

// A mail program's own local failure in its own words, without a code: the
// mail system failed (server-error, transient without an outcome word). A
// quota or an unknown user in the same words keeps its own rule.
func TestKindLda18LocalFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery to li@corp.example failed: could not exec program /usr/libexec/relay-helper", ServerError, ClassTransient},
		{"queue runner: could not read message 1733.42 from the spool", ServerError, ClassTransient},
		{"mailbox rule 'archive': pipe error, return value 256", ServerError, ClassTransient},
		{"script run aborted due to temporary failure; the message stays queued", ServerError, ClassTransient},
		{"Delivery result: Transient server failure", ServerError, ClassTransient},
		{"Jun  1 11:00:00 imap lmtpd[81]: DBERROR: error fetching seen state for li: cyrusdb error", ServerError, ClassTransient},
		// guards
		{"pipe error, return value 67: procmail: Unknown user \"li\"", UserUnknown, ClassPermanent},
		{"could not write message: Disk quota exceeded", MailboxFull, ClassPermanent},
	})
}

// A store operation that failed with the system's own error string is the
// server's storage even where the words name a mailbox; a quota stays a
// full mailbox.
func TestKindLda18StoreErrno(t *testing.T) {
	checkKinds(t, []kindCase{
		{"lda(li): Error: failed to save mail to mailbox 'Archive': No space left on device", ServerError, ClassTransient},
		{"sieve: failed to store into mailbox 'Lists/dev': Read-only file system", ServerError, ClassTransient},
		// guard
		{"sieve: failed to store into mailbox 'INBOX': Quota exceeded (mailbox for user is full)", MailboxFull, ClassPermanent},
	})
}

// The network as a queueing client says it, and a relay host that
// resolves to no address.
func TestKindLda18QueueNetwork(t *testing.T) {
	checkKinds(t, []kindCase{
		{"relay queue: send to smtp.corp.example failed: network unreachable; kept for the next run", Network, ClassTransient},
		{"mail for li@corp.example queued - host not connected", Network, ClassTransient},
		{"smarthost mail.corp.example: host has no address", HostUnknown, ClassPermanent},
		// guard: a refused connection stays a network failure, a domain
		// that does not exist stays host-unknown
		{"connect to mail.corp.example[192.0.2.9]:25: Connection refused", Network, ClassTransient},
		{"550 5.1.2 Host unknown (Name server: corp.example: host not found)", HostUnknown, ClassPermanent},
	})
}

// List servers: a command they could not read is syntax; a post that looks
// like a command, held for the owner, is the list's policy and waits; a
// content filter that left nothing of the post is the list's policy, not a
// spam verdict (a spam filter's verdict stays spam).
func TestKindLda18ListServers(t *testing.T) {
	checkKinds(t, []kindCase{
		{"LIST-SERVER: missing command parameters (the list name)", Syntax, ClassPermanent},
		{"No valid commands found in your message.", Syntax, ClassPermanent},
		{"Subject: BOUNCE choir@lists.corp.example: Admin request of type /^unsubscribe\\b/i at line 1", Policy, ClassTransient},
		{"Your post to choir was rejected: the message was empty after the list removed its attachments", Policy, ClassPermanent},
		// guards
		{"550 5.7.1 Message rejected by content filter: spam score 9.1", SpamContent, ClassPermanent},
		{"Subject: BOUNCE choir@lists.corp.example: Non-member submission from [li@corp.example]", Policy, ClassTransient},
	})
}

// A log line whose only code is an "other or undefined" status (X.N.0) and
// whose words no rule reads takes its cause from the delivery agent's line
// before it; a status with a registry meaning keeps its own.
func TestKindLda18BareOtherStatus(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Jun  1 11:00:00 mx mail.local[9]: /var/mail/li: too many links\nJun  1 11:00:00 mx sm-mta[8]: 551B0: to=<li@corp.example>, delay=00:00:00, mailer=local, dsn=5.2.0, stat=Service unavailable", ServerError, ClassPermanent},
		// guard: X.2.2 names its own cause
		{"Jun  1 11:00:00 mx mail.local[9]: /var/mail/li: too many links\nJun  1 11:00:00 mx sm-mta[8]: 551B0: to=<li@corp.example>, delay=00:00:00, mailer=local, dsn=5.2.2, stat=Service unavailable", MailboxFull, ClassPermanent},
	})
}

// Batch b: a forum or tracker that takes posts by mail refuses a post by
// its own rules (policy), or finds nothing at the address (user-unknown);
// a closed topic is not a disabled mailbox. Guards: a mailbox that no
// longer accepts mail stays disabled, a size stays a size.
func TestKindLda18bPlatforms(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your reply could not be posted: there is no account with this email address on the forum.", Policy, ClassPermanent},
		{"Sorry, new topics by email need the required trust level; yours is 0.", Policy, ClassPermanent},
		{"This message was marked as auto-generated (an out-of-office reply) and was not posted.", Policy, ClassPermanent},
		{"We could not find the project 'infra/ops' for this incoming address.", UserUnknown, ClassPermanent},
		{"The issue you are replying to no longer exists.", UserUnknown, ClassPermanent},
		// guards
		{"550 5.2.1 This mailbox is disabled and no longer accepting messages", MailboxDisabled, ClassPermanent},
		{"We couldn't post your email because it is too large (25 MB); use the web interface.", MessageTooBig, ClassPermanent},
	})
}

// Batch b: a duplicate copy the store dropped after delivering the first
// is a delivery; PMDF's unrecognized keyword is syntax.
func TestKindLda18bDuplicateAndKeyword(t *testing.T) {
	checkKinds(t, []kindCase{
		{"lmtpd[77]: dupelim: eliminated duplicate message to user.li id <x9@far.example> (sieve)", Success, ClassSuccess},
		{"MAILSERV: unrecognized keyword /ENCODNG", Syntax, ClassPermanent},
		// guard: a duplicate that was refused is no delivery
		{"554 5.7.1 Duplicate message rejected", Policy, ClassPermanent},
	})
}

// Batch c: a process a delivery program could not start and a lock it
// truncates and retries are the mail system's failures, not a spam verdict
// because the command line says "junk".
func TestKindLda18cForkAndLock(t *testing.T) {
	checkKinds(t, []kindCase{
		{"deliver-hook: fork failed while starting \"/usr/bin/junk-sorter\"", ServerError, ClassTransient},
		{"maildrop: unable to fork: Resource temporarily unavailable", ServerError, ClassTransient},
		{"mbox writer: stale lock on /var/mail/li, truncating it and retrying lock", ServerError, ClassTransient},
		// guard: a spam verdict stays spam
		{"550 5.7.1 Message classified as junk mail", SpamContent, ClassPermanent},
	})
}
