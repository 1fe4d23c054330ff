package explain

// known26Rules: rules of the known26 work of session 21 (issue 10): kinds
// found among the known failures (docs/heldout/known26.md), each written as
// a general reading and measured with held-out batch 26-known before its
// fix (docs/heldout/heldout26-known.md).

var known26Rules = []rule{
	// ---- qmail-queue's exit status as the program that called it logs it
	// (simscan's "qmail-queue exited 53", nqqueue's "qmail-queue exited
	// with exit value: 61", an autoresponder's "... qmail-queue exited with
	// status 51", qmail-inject's and a filter's "qmail-queue failed"): the
	// local queue could not take the message. qmail-queue(8): 51-81 are
	// temporary troubles of the queue or the host (memory, a timeout, a
	// write error, the queue directories); the permanent exits (11: an
	// address too long, 31: a permanent refusal, 91: an envelope format
	// error) keep their own words' reading, and exit 0 is a success ----
	{ID: "known26.qmail-queue-exit", Any: []string{"qmail-queue exited", "qmail-queue failed", "qmail-queue crashed", "error forking qmail-queue",
		"qmail-queue returned", "qmail-queue died"},
		Not: []string{"exited 0", "status 0", "value: 0", "exited 11", "status 11", "value: 11", "exited 31", "status 31", "value: 31",
			"exited 91", "status 91", "value: 91", "exited 34", "status 34", "value: 34"},
		Cat: ServerError, Pri: conceptPri,
		Summary: "qmail's queue program (qmail-queue) failed on this host: the message could not be queued (out of memory, a timeout, a write error or a full disk, trouble with the queue directories).",
		Fix: []string{"Look at the host: free disk space and memory, the permissions and ownership of the qmail queue (queue-fix or qmail's own check), and the log of the program that called qmail-queue (a scanner such as simscan or a qmail-queue wrapper).",
			"The message is not lost: the program that called qmail-queue answers with a temporary error and the sender retries."},
		Refs: []string{"qmail-queue(8) (exit codes)"}},

	// ---- a connection the server ended, said by a mail client with
	// "inactivity" among its possible causes (Outlook's 0x800CCC0F: "Your
	// server has unexpectedly terminated the connection. Possible causes for
	// this include server problems, network problems, or a long period of
	// inactivity"): the connection is what ended, not an inactive mailbox
	// (intl.mailbox-disabled read "Account: ..." with "inactivity") ----
	{ID: "known26.connection-ended", Any: []string{"terminated the connection", "connection was terminated", "connection has been terminated",
		"closed the connection", "connection was closed", "connection has been closed", "connection closed", "connection dropped", "connection was dropped",
		"connection timed out", "connection reset"},
		With: []string{"inactivity", "inactive period", "idle", "period of inactivity"},
		Cat:  Network, Pri: conceptPri,
		Summary: "The server ended the connection (a timeout after a quiet period, a server or network problem, or a firewall, proxy or scanner that cut it): the client reports the connection, not the message.",
		Fix: []string{"Send again: a dropped connection is retried by a mail server, and a client's next send opens a new connection.",
			"If it recurs, check what sits between the client and the server (antivirus or firewall that scans mail, a proxy), the port and encryption settings, and the server's time limits."}},

	// ---- Netscape (iPlanet, Sun ONE) Messaging Server's bounce for a
	// recipient domain it could not find ("This Message was undeliverable
	// due to the following reason: Your message was not delivered because
	// the destination computer was not found", Verizon's and other ISPs'
	// bounces; batch 26-known b): the recipient's host or domain ----
	{ID: "known26.destination-computer-not-found", Any: []string{"destination computer was not found", "destination computer could not be found",
		"destination computer not found", "destination computer is not found"},
		Cat: HostUnknown, Pri: conceptPri,
		Summary: "The sending server could not find the recipient's mail host (the domain has no mail server it could look up, or the name is misspelt).",
		Fix: []string{"Check the spelling of the address after the @.",
			"If it is right, the recipient's domain has a DNS problem (no MX or address record): ask the recipient by another channel."}},
}

// known26StatedPermanent: a bounce's own words that the message will not
// be delivered, also over the 4xx reply it quotes (docs/explain.md
// "Report-level class"): Cisco Secure Email's (IronPort AsyncOS) bounce
// "The following message to <rcpt> was undeliverable. The reason for the
// problem: 5.x.1 - Maximum number of delivery attempts exceeded. [Default]
// 451-'4.7.1 ...'" comes after its retries ran out (batch 26-known);
// Netscape Messaging Server's "This Message was undeliverable due to the
// following reason:" likewise. The words are the headline's, about the
// message or the address just named ("<rcpt> was undeliverable"): "most
// of its mail was undeliverable" is a cause, not this message's outcome.
// (The attempts line holds the quoted reply, so it is no context of it.)
var known26StatedPermanent = []string{"this message was undeliverable", "> was undeliverable", "maximum number of delivery attempts exceeded"}

// known26TemporaryWording: a delivery agent's own log line whose words are
// its temporary refusal: Cyrus lmtpd logs "verify_user(<user>) failed: Over
// quota" and answers the recipient 452 4.2.2 by default
// (lmtp_over_quota_perm_failure off; docs/explain.md "A full mailbox
// without a code": a delivery agent's own log line, Cyrus lmtpd, is
// transient). Dovecot's and procmail's quota lines, which refuse by
// default, say "Quota exceeded".
var known26TemporaryWording = []string{") failed: over quota"}
