package explain

import "testing"

// Kinds found among the known failures (docs/heldout/known26.md), measured
// with held-out batch 26-known before their fixes. Each kind is tested in
// new wording (not the batch's rows, not the known rows); negative cases
// keep the neighbouring readings.

// An application's summary of its own failed attempt to hand the message
// to its SMTP server (Odoo's and Zato's "Mail delivery failed via SMTP
// server", Odoo's "odoo.addons.mail: Mail delivery failed") is no bounce:
// the exception under it gives the class (sense.go).
func TestKindKnown26AppDeliveryFailedWrapper(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mail delivery failed via SMTP server 'relay.corp.example'.\nConnectionResetError: [Errno 104] Connection reset by peer", Network, ClassTransient},
		{"ERROR zato.server.connection.email: Mail delivery failed via SMTP server 'mx-out.lab.example'.\nsocket.timeout: timed out", Network, ClassTransient},
		{"Mail Delivery Failed\nMail delivery failed via SMTP server 'smtp.lab.example'.\nConnectionAbortedError: [WinError 10053] An established connection was aborted by the software in your host machine", Network, ClassTransient},
		{"INFO odoo.addons.mail: Mail delivery failed\nsocket.gaierror: [Errno -3] Temporary failure in name resolution", Network, ClassTransient},
		// batch 26-known b: the same wrapper in other applications
		{"Error: Email delivery failed: connect EHOSTUNREACH 198.51.100.25:465", Network, ClassTransient},
		{"notify: SMTP delivery failed: [Errno 104] Connection reset by peer", Network, ClassTransient},
		{"E-mail delivery failed: Timed out while waiting for the SMTP server's greeting", Network, ClassTransient},
		// any "delivery failed:" directly over a program's socket error
		{"Mail delivery failed: [Errno 110] Connection timed out", Network, ClassTransient},
		{"Notification delivery failed: connect ETIMEDOUT 203.0.113.40:25", Network, ClassTransient},
		// neighbours: a quoted 5xx decides; a bounce's own "delivery failed" stays permanent
		{"Mail delivery failed via SMTP server 'smtp.lab.example'.\nSMTPRecipientsRefused: {'old@far.example': (550, b'5.1.1 <old@far.example>: Recipient address rejected: User unknown')}", UserUnknown, ClassPermanent},
		{"Mail delivery failed: returning message to sender\nConnection refused by mx.far.example", Network, ClassPermanent},
		{"Email delivery failed: 554 5.7.1 Message rejected as spam", SpamContent, ClassPermanent},
	})
}

// Netscape (iPlanet) Messaging Server's bounce for a domain it could not
// find: "the destination computer was not found" is the recipient's host.
func TestKindKnown26DestinationComputerNotFound(t *testing.T) {
	checkKinds(t, []kindCase{
		{"This Message was undeliverable due to the following reason:\n\nThe destination computer could not be found. Check the spelling of the address.", HostUnknown, ClassPermanent},
		{"Your message to <ken@typo.example> was not delivered: destination computer not found", HostUnknown, ClassPermanent},
		// neighbour: a destination computer that did not answer is the connection
		{"This Message was undeliverable due to the following reason:\n\nThe destination computer did not respond; the connection timed out.", Network, ClassPermanent},
	})
}

// Cisco Secure Email's (IronPort AsyncOS) bounce is sent once its retries
// ran out: "was undeliverable", "Maximum number of delivery attempts
// exceeded" state the final outcome over the 4xx it quotes; the quoted
// reply gives the category.
func TestKindKnown26StatedUndeliverableOver4xx(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The following message to <zoe@far.example> was undeliverable.\nThe reason for the problem:\n5.x.1 - Maximum number of delivery attempts exceeded. [Default] 421-'4.7.0 Too many concurrent SMTP connections from this IP address; please try again later'", RateLimited, ClassPermanent},
		{"The following message to <li@far.example> was undeliverable.\nThe reason for the problem:\n5.x.1 - Maximum number of delivery attempts exceeded. [Outbound] 450-'4.2.0 <li@far.example>: Recipient address rejected: Greylisted, try again in 5 minutes'", Greylisted, ClassPermanent},
		{"This Message was undeliverable due to the following reason:\nThe server responded: 452 4.2.2 Mailbox full, try again later", MailboxFull, ClassPermanent},
		// neighbours: a delay notice that quotes a 4xx stays transient
		{"The message to <li@far.example> has been delayed.\nThe server responded: 450 4.2.0 Greylisted, please try again later. Delivery will be retried.", Greylisted, ClassTransient},
	})
}

// Cyrus lmtpd's own log of a recipient over quota ("verify_user(<user>)
// failed: Over quota"): lmtpd answers 452 4.2.2 by default, so the line is
// transient; Dovecot's and procmail's quota lines and Cyrus's other
// verify_user failures keep their readings.
func TestKindKnown26CyrusQuotaLog(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Jan 14 03:12:55 store1 cyrus/lmtpd[9931]: verify_user(user.j^smith) failed: Over quota", MailboxFull, ClassTransient},
		{"Jan 14 03:12:56 store1 cyrus/lmtpproxyd[9940]: verify_user(ops@corp.example) failed: Over quota", MailboxFull, ClassTransient},
		// neighbours
		{"Jan 14 03:13:02 store1 cyrus/lmtpd[9931]: verify_user(user.nobody) failed: Mailbox does not exist", UserUnknown, ClassPermanent},
		{"dovecot: lmtp(ops@corp.example): Error: save failed to INBOX: Quota exceeded (mailbox for user is full)", MailboxFull, ClassPermanent},
		{"procmail: Quota exceeded while writing \"/var/spool/mail/ops\"", MailboxFull, ClassPermanent},
	})
}

// qmail-queue's exit status in the log of the program that called it: the
// local queue failed (temporary, qmail-queue(8)); the permanent exits keep
// their words, exit 0 is no failure.
func TestKindKnown26QmailQueueExit(t *testing.T) {
	checkKinds(t, []kindCase{
		{"qmail-scanner[4410]: qmail-queue exited 62: trouble creating files in queue", ServerError, ClassTransient},
		{"spamdyke[22801]: ERROR: qmail-queue failed with status 81", ServerError, ClassTransient},
		{"qmail-qfilter: qmail-queue crashed!", ServerError, ClassTransient},
		// neighbours: a permanent exit keeps its own words
		{"qmail-queue exited 11: Address too long.", Syntax, ClassPermanent},
	})
	for _, in := range []string{"simscan:[3321]: qmail-queue exited 0", "qmail-queue exited with status 0."} {
		if e, err := explainOne(in); err == nil && e.Rule == "known26.qmail-queue-exit" {
			t.Errorf("%q: read as a qmail-queue failure (%s/%s)", in, e.Category, e.Class)
		}
	}
}

// A connection the server ended, said with "inactivity" among its causes,
// is the connection (network), not an inactive mailbox.
func TestKindKnown26ConnectionEndedInactivity(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The server closed the connection after a long period of inactivity. Account: 'billing', Server: 'imap.shop.example', Protocol: IMAP", Network, ClassTransient},
		{"Error: connection was terminated by the remote host due to inactivity (Account 'ops')", Network, ClassTransient},
		// neighbours: an account closed for inactivity stays the disabled mailbox
		{"550 5.2.1 The account has been deactivated due to inactivity", MailboxDisabled, ClassPermanent},
		{"Account suspended for inactivity: mail is not accepted for this user", MailboxDisabled, ClassPermanent},
	})
}
