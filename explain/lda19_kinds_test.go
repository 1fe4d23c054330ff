package explain

import "testing"

// The kinds held-out batch 19-lda found on its first run, in new wording
// (not the batch's rows), with the guards each kind must not swallow.

// A mailbox's warning that it is filling up bounces nothing: mailbox-full,
// temporary. A real over-quota bounce stays permanent, and a size word in
// the warning is the mailbox's, not the message's.
func TestKindLda19QuotaWarning(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Subject: Storage notice\n\nThe mailbox of li@corp.example is nearly full (1.9 of 2 GB). Please remove old mail.", MailboxFull, ClassTransient},
		{"Notice: your inbox has passed the quota warning level set for your account (85%).", MailboxFull, ClassTransient},
		{"Your mailbox is getting full: it uses 480 MB of its 500 MB quota. Old messages should be deleted to avoid exceeding your quota.", MailboxFull, ClassTransient},
		{"Your mailbox is almost full and has reached the size limit at which a warning is sent.", MailboxFull, ClassTransient},
		// guards: a full mailbox that bounced, a message over the size limit,
		// a sending limit's warning
		{"552 5.2.2 <li@corp.example>: Recipient address rejected: Mailbox is full", MailboxFull, ClassPermanent},
		{"552 5.3.4 Message size exceeds fixed limit", MessageTooBig, ClassPermanent},
		{"451 4.7.1 Sending rate warning level reached, slow down", RateLimited, ClassTransient},
	})
}

// A mail store's own index, cache or database that is damaged: the
// receiving server's fault. A corrupt message or attachment is not.
func TestKindLda19StoreCorrupt(t *testing.T) {
	checkKinds(t, []kindCase{
		{"imapd[311]: IOERROR: mailbox user.li: index file is corrupted, run reconstruct", ServerError, ClassTransient},
		{"lmtp(li@corp.example): Error: Mailbox Archive: Transaction log file /srv/mail/li/dovecot.index.log: corrupted record at offset 4096", ServerError, ClassTransient},
		{"store: message database for li@corp.example is damaged; delivery postponed", ServerError, ClassTransient},
		// guards: a corrupt attachment is the message's (the list's or
		// gateway's attachment policy), a quota keeps its rule
		{"554 5.6.0 Message rejected: corrupt attachment (invalid base64)", Policy, ClassPermanent},
		{"lmtp(li@corp.example): Error: Corrupted index cache file: rebuilding; Quota exceeded (mailbox for user is full)", MailboxFull, ""},
	})
}

// The sysexits texts of a pipe transport: the receiving system's command
// failed. The command's own output, when a rule reads it, says more.
func TestKindLda19SysexitsText(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Jun  3 08:10:00 mx postfix/pipe[41]: 1A2B3C: to=<bugs@corp.example>, relay=bugin, dsn=5.7.0, status=bounced (permission denied. Command output: bug-in: /srv/bug-in/queue is not writable )", ServerError, ClassPermanent},
		{"Jun  3 08:11:00 mx postfix/pipe[42]: 1A2B3D: to=<feed@corp.example>, relay=feedin, dsn=5.5.0, status=bounced (remote error in protocol. Command output: feed-in: the upstream answered HTTP/0.9 )", ServerError, ClassPermanent},
		{"Jun  3 08:12:00 mx postfix/pipe[43]: 1A2B3E: to=<feed@corp.example>, relay=feedin, dsn=4.3.0, status=deferred (system resource problem. Command output: feed-in: cannot allocate memory )", ServerError, ClassTransient},
		// guards: the output's own cause, a policy refusal of a server
		{"Jun  3 08:13:00 mx postfix/pipe[44]: 1A2B3F: to=<choir@lists.corp.example>, relay=mailman, dsn=5.3.0, status=bounced (service unavailable. Command output: no such list: choir )", UserUnknown, ClassPermanent},
		{"550 5.7.1 Permission denied: sender not allowed", Policy, ClassPermanent},
	})
}

// A list or intake program with no list by the name it was given: the
// address does not exist.
func TestKindLda19NoListNamed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"@400000006754aa01 delivery 88: failure: choir-in:_there_is_no_mailing_list_called_choir2/", UserUnknown, ClassPermanent},
		{"list-gate: no list named 'wardens' on this server", UserUnknown, ClassPermanent},
	})
}

// A list's bounce processing: a subscriber disabled or removed after
// bounces is an address suppressed after bounces (user-unknown); a warning
// or probe removes nothing and names no cause (unknown, temporary). A
// sender's account suspended for its bounces is not a list's subscriber.
func TestKindLda19ListBounces(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery of the choir list to your subscription has been stopped because of too many bounces from li@corp.example.", UserUnknown, ClassPermanent},
		{"List: wardens\nMember: li@corp.example\nAction: membership removed\nReason: bounce score exceeded the list's threshold", UserUnknown, ClassPermanent},
		{"Mail from the choir list to li@corp.example has been bouncing. This is a probe message: if this message bounces too, the address will be unsubscribed.", Unknown, ClassTransient},
		// guards: a sending service's suppression after a bounce, a bounce
		// itself with the list in its words
		{"Not sent: this address previously bounced", UserUnknown, ClassPermanent},
		{"550 5.1.1 <li@corp.example>: Recipient address rejected: User unknown in virtual mailbox table", UserUnknown, ClassPermanent},
	})
}

// A post handed to a moderator is held, not refused: policy, temporary. A
// moderator's rejection stays permanent.
func TestKindLda19ModeratorReferral(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your posting to wardens@lists.corp.example was passed to the moderator for review.", Policy, ClassTransient},
		{"Your message has been submitted to the list editor of CHOIR-L; you will be told if it is not distributed.", Policy, ClassTransient},
		// guard: a moderator who declined it
		{"Your message to wardens@lists.corp.example was rejected by the moderator.", Policy, ClassPermanent},
	})
}

// Exim logs a local delivery (a mailbox, file or pipe) without a code: "=>"
// is a delivery. Its failure markers keep their classes, and "=>" that is
// not Exim's line is no delivery.
func TestKindLda19EximLocalDelivery(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2026-06-03 08:20:00 1wQbZc-000Aa1-B2 => /srv/archive/li.mbox <li@corp.example> R=archive T=address_file", Success, ClassSuccess},
		{"2026-06-03 08:21:00 1wQbZd-000Aa2-C3 => ops <ops@corp.example> F=<ann@far.example> R=localuser T=local_delivery S=2048", Success, ClassSuccess},
		// guards: Exim's deferral and failure lines
		{"2026-06-03 08:22:00 1wQbZe-000Aa3-D4 == li@corp.example R=localuser T=local_delivery defer (-9): failed to lock mailbox /var/mail/li (fcntl)", ServerError, ClassTransient},
		{"Apr 06 14:33:24 pc sendEmail[11]: ERROR => Connection to relay.corp.example refused: 550 5.7.1 relaying denied", RelayDenied, ClassPermanent},
		{"2026-06-03 08:23:00 1wQbZf-000Aa4-E5 ** |/usr/bin/choir-in <choir@corp.example> R=aliases T=address_pipe: Child process of address_pipe transport returned 2 from command: /usr/bin/choir-in", ServerError, ClassPermanent},
	})
}

// A Sieve script that failed, then stored the message by its implicit keep:
// delivered. A fileinto failure alone stays the filter's fault.
func TestKindLda19ImplicitKeep(t *testing.T) {
	checkKinds(t, []kindCase{
		{"sieve: msgid=<x1@far.example>: failed to store into mailbox 'Receipts/2026': Mailbox doesn't exist: Receipts/2026\nsieve: Execution of script /home/li/.dovecot.sieve failed, but implicit keep was successful", Success, ClassSuccess},
		{"sieve: msgid=<x2@far.example>: failed to store into mailbox 'Receipts/2026': Mailbox doesn't exist: Receipts/2026", ServerError, ""},
	})
}

// A message appended to a file an alias names: the file operation and the
// system's error string (the receiving server's fault).
func TestKindLda19AppendErrno(t *testing.T) {
	checkKinds(t, []kindCase{
		{"archive-agent: unable to append message to /srv/mail-archive/2026.mbox: Read-only file system", ServerError, ClassTransient},
		// guard: a quota in the same words
		{"could not append message to /home/li/mbox: Disk quota exceeded", MailboxFull, ""},
	})
}

// Batch b's kinds, in new wording: a crashed process of the mail system, a
// local socket that is not the network, a list's autoresponse limit, a
// post acknowledgement, a header rule's hold, the words of bounce
// processing (a removal, a warning, a score counted up), a mail file or
// mailbag that is full, a refusal still to come, Exim's "->" line, an
// intake that does not know the sender.
func TestKindLda19bKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Jun  5 07:00:00 mx dovecot: master: Error: service(imap): child 881 killed with signal 11 (core dumped)", ServerError, ClassTransient},
		{"lmtpd[41]: Fatal: segmentation fault while delivering to li@corp.example", ServerError, ClassTransient},
		{"list-in: psql: could not connect to server: No such file or directory. Is the server running locally and accepting connections on Unix domain socket \"/var/run/postgresql/.s.PGSQL.5432\"?", ServerError, ClassTransient},
		{"We will not be sending you any further responses today from the choir list: too many automated responses today.", RateLimited, ClassTransient},
		{"Your post to choir@lists.corp.example has been distributed to 212 members.", Success, ClassSuccess},
		{"Held for approval: header rule 'X-Mailer: BulkBlaster' matched on choir@lists.corp.example", Policy, ClassTransient},
		{"li@corp.example was deleted from choir@lists.corp.example after too many bounces.", UserUnknown, ClassPermanent},
		{"Notice: the following subscribers of choir may be removed soon because of delivery errors: li@corp.example", Unknown, ClassTransient},
		{"li@corp.example's bounce score on wardens@lists.corp.example has been incremented to 1.5.", Unknown, ClassTransient},
		{"The mail file mail/li.nsf is full; the Router could not deliver the message.", MailboxFull, ClassPermanent},
		{"Your mailbox is over its quota. Future mail deliveries may be refused until you delete some messages.", MailboxFull, ClassTransient},
		{"2026-06-05 07:05:00 1wQdZc-000Cc1-G7 -> ops <ops@corp.example> R=localuser T=local_delivery", Success, ClassSuccess},
		{"ticket-gate: could not load a valid user for li@far.example; the queue does not allow the creation of a new user", Policy, ClassPermanent},
		// guards: a spam score stays spam, a network connection stays
		// network, a bounce score that stopped sending stays the
		// platform's policy, a loop stays a loop, a remote "->" in a
		// transcript is no delivery
		{"550 5.7.1 Message rejected: spam score 12.4 exceeds threshold", SpamContent, ClassPermanent},
		{"421 4.4.1 Connection refused by mx.far.example[192.0.2.8]:25", Network, ClassTransient},
		{"We won't be sending emails to li@corp.example: its bounce score reached the threshold", Policy, ""},
		{"554 5.4.14 Hop count exceeded - possible mail loop", ServerError, ClassPermanent},
	})
}
