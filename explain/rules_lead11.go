package explain

// Kinds from held-out batch 10's misses that generalise (the lead's share
// of session 6): a storage "folder" that is full, a server that takes mail
// for its local users only, a timeout on a file of the receiver, and a
// connection that ended with io.EOF under a Go program. The class of a
// delay notice whose words also say "permanently" is in classify.go
// (wordingClass: still-queued wording first).

var lead11Rules = []rule{
	// a server that accepts mail only for its own (local) users refuses to
	// relay for anyone else's: Coremail's "Local user only", "local
	// recipients only", "we only accept mail for local users"
	{ID: "lead11.local-users-only", Any: []string{"local user only", "local users only", "only local users", "local recipients only", "only local recipients",
		"only for local users", "only accept mail for local", "only accepts mail for local", "for local domains only", "local domains only"},
		Cat: RelayDenied, Pri: conceptPri,
		Summary: "The server accepts mail only for its own (local) users and domains: it refused to relay the message to a recipient elsewhere.",
		Fix: []string{"Deliver to the recipient domain's own MX (`smtpgw probe domain`), not to this server.",
			"To send through this server, authenticate as one of its users (SMTP AUTH on port 587) so that it relays for you."}},
	// a timeout on one of the receiver's own files (Sendmail's "open timeout
	// on /home/u/.forward", a mail spool on NFS): the receiving host's
	// storage failed, not the network between the servers
	{ID: "lead11.local-file-timeout", Any: []string{"timeout on /", "timed out on /", "timeout opening", "timeout reading /", "timeout writing /", ".forward", "forward file", "home directory", "mail spool", "spool file", "nfs"},
		With: []string{"timeout", "timed out"},
		Cat:  ServerError, Pri: conceptPri + 4, Actor: ActorRecipientAdmin,
		Summary: "The receiving server timed out on one of its own files (the recipient's .forward, home directory or mail spool, often on a network file system): a fault of the receiving host's storage, not of the network between the servers. The sending MTA retries.",
		Fix: []string{"Nothing to change on the sending side: the message stays queued and is retried.",
			"The receiving host's admin should check the file system that holds home directories and spools (an NFS server that does not answer, a hung mount)."}},
	// a Go program's io.EOF ("error=EOF", "err: EOF"): the server closed the
	// connection before it answered (Grafana's alerting log, net/smtp)
	{ID: "lead11.eof", Any: []string{"eof"},
		With: []string{"error=eof", "err=eof", "error: eof", "err: eof", "error eof", ": eof", "= eof", "failed: eof", "read: eof"},
		Not:  []string{"eof marker", "eof character", "heredoc"},
		Cat:  Network, Pri: conceptPri,
		Summary: "The server closed the connection before it answered (end of file on the socket): a dropped connection, an idle timeout, or a TLS setting the server refused without a reply.",
		Fix: []string{"Try again: a connection dropped once is often gone on retry.",
			"If it repeats, check the port and its TLS mode (465 expects TLS at once, 587 and 25 expect STARTTLS): a client that speaks plain text to port 465 reads EOF.",
			"Run `smtpgw probe host:port -v` to see where the server stops answering."}},
	// a time limit of the SMTP session ran out ("SMTP time limit exceeded",
	// "session time limit reached"): the connection was cut during the
	// dialogue, a network timeout, not the queue lifetime (wording.expired's
	// "time limit exceeded") nor a sending rate (mta.rate's "limit exceeded")
	{ID: "lead11.session-time-limit", Any: []string{"smtp time limit", "session time limit", "connection time limit", "idle time limit"},
		With: []string{"exceeded", "reached", "expired", "ran out", "hit"},
		Cat:  Network, Pri: conceptPri + 4,
		Summary: "The SMTP session took longer than the server's time limit for a connection and was cut: a slow link, a stalled client, or a large message on a slow path. The sending MTA retries.",
		Fix: []string{"Nothing to change if it happens once: the message is retried.",
			"If it repeats, check the path's speed and MTU (a stalled TLS handshake or data transfer) and the message size; `smtpgw probe host:port -v` shows how long each step of the dialogue takes."}},
}
