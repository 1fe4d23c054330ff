package explain

// Rules of held-out batch 14-mta (session 9): kinds found on the batch's first
// run, each tested in new wording in mta14_kinds_test.go.
//
// Batch 14-mta (testdata/corpus/heldout14-mta.tsv: Cyrus lmtpd, Apache
// James, Exchange Server's NDR table and hybrid connectors, GroupWise,
// iRedAPD, Mailman, Stalwart's DSN texts, Gordano GMS alerts, list servers,
// Sun Messaging Server) showed these kinds:
//
//   - the server's own storage out of space ("cannot create file: out of
//     space" under 4.3.1, "mail system full"): the receiving system's disk,
//     not the recipient's quota;
//   - a service or server component that is not active or not running
//     (Exchange's "Service not active"): the server's own state, not an
//     inactive recipient, also when an "IP address" stands nearby;
//   - a command refused because it is not allowed now, at this point of the
//     session (503 "AUTH not permitted now"): the client's command order, not
//     a policy;
//   - an address in a single-label domain ("chris@contoso"): the address's
//     form, whatever X.1.6 would mean;
//   - the destination (a remote system, the recipient's domain) whose name
//     does not resolve: the destination is unknown, not the client's PTR,
//     also when the text says "via your server";
//   - an MTA that has been trying to deliver and whose queue to a
//     destination is stuck: the destination cannot be reached for now; one
//     that failed all its attempts to connect gave up (permanent);
//   - a host or domain name the MTA calls illegal (Sun Messaging Server's
//     "Illegal host/domain name found"): the destination cannot be resolved;
//   - a list server that refuses a posting ("You cannot post to", LISTSERV's
//     poster who "had been served out"): the list's policy;
//   - an address that could not be interpreted or parsed: its syntax, and at
//     MAIL FROM the sender's.
//
// Batch 14-mta b (Gordano alerts, Sun Messaging Server and Dovecot logs,
// Lyris, an Exchange 5.5 X.400 NDR, PMDF, Courier, Apache James'
// RemoteDelivery, Sympa, Microsoft Mail, i-Mail) added, mostly wording
// without a code:
//
//   - the server's own disk full, its message store's error, an I/O or file
//     error, a configuration it cannot read: server-error;
//   - congestion of the mail system ("congestion in the message transfer
//     service"): server-error;
//   - none of the destination's mail servers available: network;
//   - a message returned because its retries ran out: expired; one put back
//     into the queue to retry: no cause of its own (unknown);
//   - a list that does not exist ("not a known mailing list"): an unknown
//     recipient; a posting that a list rejected: policy;
//   - a message "over the maximum size": too big;
//   - the destination's MX that resolves to no usable address (ZoneMTA's
//     "Could not resolve any IP addresses for the MX server", a "blocked MX
//     host"): host-unknown; a domain that is a malformed IP literal: syntax
//     (batch 14-mta c);
//   - a verdict on the HELO name is not a spam source, also when the
//     filter that gave it is called "Anti-Spam" (rules_concepts.go).
var mta14Rules = []rule{
	// ---- the receiving system's own storage ----
	{ID: "mta14.system-storage-full", Enh: []string{"X.3.1"},
		Any: []string{"out of space", "out of storage", "no space left", "no space", "disk full", "disk is full", "file system full", "filesystem full",
			"partition full", "storage full", "insufficient storage", "insufficient disk"},
		Not: []string{"mailbox", "quota", "user", "recipient", "account", "inbox"},
		Cat: ServerError, Pri: conceptPri + 10,
		Summary: "The receiving mail system's own storage is full (its disk or spool has no space left): the server's trouble, not the recipient's quota.",
		Fix: []string{"For a 4xx reply the sending MTA retries by itself; nothing to change on the sending side.",
			"If you run the receiving server: free disk space on its spool and mail store (`df -h`), then retry the queue."}},
	{ID: "mta14.create-file-no-space", Any: []string{"out of space", "no space left", "disk full", "disk is full", "file system full", "filesystem full", "out of disk"},
		With: []string{"cannot create", "can't create", "could not create", "unable to create", "failed to create", "cannot write", "can't write", "could not write",
			"unable to write", "temporary file", "spool file", "on device"},
		Not: []string{"mailbox", "quota", "recipient", "inbox"},
		Cat: ServerError, Pri: conceptPri + 10,
		Summary: "The mail server could not create or write a file because its disk is full: the server's own storage, not the recipient's quota.",
		Fix: []string{"A 4xx or an MTA's own deferral is retried by itself.",
			"If you run that server: free disk space on its spool and store (`df -h`), then retry the queue."}},

	// ---- a service of the server that is not running ----
	{ID: "mta14.service-not-active", Any: []string{"service not active", "service is not active", "service inactive", "service is inactive", "service not running",
		"service is not running", "components are inactive", "component is inactive", "service is stopped", "service stopped"},
		Not: []string{"your account", "mailbox", "subscription", "your service"},
		Cat: ServerError, Pri: conceptPri + 20,
		Summary: "A service or component of the receiving mail server is not active (stopped, in maintenance, or switched off): the server's own state, not the recipient's.",
		Fix: []string{"The sending MTA retries a 4xx by itself.",
			"If you run that server: check its services (Exchange: `Get-ServerComponent -Identity <server>`, then set the inactive components Active) and restart the transport service."}},

	// ---- a command not allowed at this point of the session ----
	{ID: "mta14.not-allowed-now", Codes: []int{503},
		Any: []string{"not permitted now", "not allowed now", "not permitted at this time", "not allowed at this time", "not permitted at this point",
			"not allowed at this point", "not allowed in this state", "not permitted in this state", "not permitted during", "not allowed during",
			"not allowed after", "not permitted after", "not allowed before", "not permitted before"},
		Cat: Syntax, Pri: conceptPri + 10,
		Summary: "The client sent a command at a point of the SMTP session where it is not allowed (503, bad sequence of commands): the client's command order.",
		Fix:     []string{"Send the commands in the order RFC 5321 gives (EHLO, STARTTLS, EHLO, AUTH, MAIL, RCPT, DATA); AUTH and STARTTLS come before MAIL FROM.", "Start a new transaction with RSET if the client lost track of the session."},
		Refs:    []string{"RFC 5321 §4.1.4", "RFC 5321 §4.2.2 (503)"}},

	// ---- an address in a single-label domain ----
	{ID: "mta14.single-label-domain", Any: []string{"single label domain", "single-label domain", "single label recipient domain", "single-label recipient domain",
		"single label sender domain", "single-label sender domain", "single label domains", "single-label domains"},
		Cat: Syntax, Pri: conceptPri + 10,
		Summary: "The address's domain has a single label (user@contoso instead of user@contoso.example): the receiving server refuses such unqualified addresses.",
		Fix: []string{"Use the full domain in the address (user@contoso.example).",
			"If an application builds the address, check the domain it appends (a Windows NetBIOS domain is not a mail domain)."}},

	// ---- the destination's name does not resolve ----
	{ID: "mta14.destination-unresolvable", Any: []string{"remote system does not resolve", "remote system doesn't resolve", "destination does not resolve",
		"destination doesn't resolve", "recipient domain does not resolve", "recipient domain doesn't resolve", "destination domain does not resolve",
		"that remote system does not resolve", "remote host does not resolve", "remote domain does not resolve", "address of the remote system does not resolve"},
		Cat: HostUnknown, Pri: conceptPri + 20,
		Summary: "The destination's name (the recipient's domain or the remote system the message is for) does not resolve in DNS: mail cannot be routed to it.",
		Fix: []string{"Check the recipient's domain for a typo.",
			"If the domain is right, its owner must publish MX (or A) records for it."}},
	{ID: "mta14.illegal-host", Any: []string{"illegal host/domain", "illegal host or domain", "illegal host name", "illegal hostname", "illegal domain name",
		"illegal host/domain name found", "invalid host/domain"},
		Cat: HostUnknown, Pri: conceptPri + 10,
		Summary: "The mail system cannot deliver to the named host or domain: the name is not valid or does not resolve (Sun/Oracle Messaging Server's \"Illegal host/domain name\").",
		Fix: []string{"Check the recipient's domain for a typo.",
			"If it is right, check that it resolves (`dig MX domain`, `dig A domain`) from the sending server."}},

	// ---- a delivery queue that is stuck ----
	{ID: "mta14.queue-stuck", Any: []string{"queue may be stuck", "queue is stuck", "queue stuck", "stuck in the queue", "stuck in queue",
		"has been trying to deliver", "have been trying to deliver", "has been unable to deliver", "have been unable to deliver"},
		Not: []string{"expired", "giving up", "gave up", "returned"},
		Cat: Network, Weak: true, Pri: conceptPri + 4,
		Summary: "The mail server keeps trying to deliver to a destination and has not been able to (its queue to it is stuck): the destination cannot be reached for now.",
		Fix: []string{"The server retries by itself; check that the destination's mail server is up and reachable from it (`telnet mx.example 25`).",
			"If the queue stays stuck, read the last error of the queue: it names the cause (a timeout, a refusal, TLS)."}},

	// an MTA that failed every attempt to reach the destination
	// (SmarterMail's "Failed four Attempts to connect to recipients mail
	// server"): a bounce for a destination it could not reach
	{ID: "mta14.attempts-to-reach-failed", Any: []string{"failed all attempts", "all attempts failed", "all delivery attempts failed", "failed two attempts",
		"failed three attempts", "failed four attempts", "failed five attempts"},
		With: []string{"connect", "reach", "contact"},
		Cat:  Network, Pri: conceptPri + 4,
		Summary: "The sending server failed every attempt to connect to the recipient's mail server and gave up: the destination could not be reached.",
		Fix: []string{"Check that the recipient's domain has working MX hosts that accept connections on port 25 (`dig MX domain`, `telnet mx 25`).",
			"If it is reachable again, send the message again."}},

	// ---- a list server that refuses a posting ----
	{ID: "mta14.list-post-refused", Any: []string{"cannot post to", "can not post to", "can't post to", "may not post to", "served out",
		"posting was rejected", "posting has been rejected", "post was rejected", "posting rejected"},
		With: []string{"list", "group", "forum"},
		Cat:  Policy, Pri: conceptPri + 10,
		Summary: "The list server refuses the posting: the sender is not allowed to post to the list (not a subscriber, posting from another address, or banned by the list owner).",
		Fix: []string{"Post from the address that is subscribed to the list, or ask the list owner to allow the address.",
			"A poster who was served out (banned) must ask the list owner."}},

	// ---- an address that could not be interpreted ----
	{ID: "mta14.address-uninterpretable-sender", Any: addressUninterpretableWords,
		All:  []string{"address"},
		With: []string{"mail clause", "mail from", "mail command", "sender", "from address"},
		Cat:  SenderInvalid, Pri: conceptPri + 12,
		Summary: "The sender address given in MAIL FROM could not be interpreted: it is not a valid address.",
		Fix:     []string{"Correct the sender address the client or application uses (user@domain.example, in angle brackets in MAIL FROM)."}},
	{ID: "mta14.address-uninterpretable", Any: addressUninterpretableWords,
		With: []string{"address"},
		Not:  []string{"ip address", "json", "response"},
		Cat:  Syntax, Pri: conceptPri + 8,
		Summary: "An address could not be interpreted: its syntax is not valid.",
		Fix:     []string{"Correct the address: user@domain.example, without spaces or unbalanced brackets."}},

	// ---- batch 14-mta b ----
	// the server's own storage or files: a disk that is full, a file that
	// cannot be read or written, the message store's own error, an I/O
	// error, the delivery agent's configuration that cannot be read
	{ID: "mta14.disk-full", Any: []string{"disk storage full", "disk full", "disk is full", "no space left on device", "filesystem full", "file system full",
		"out of disk space", "insufficient disk space", "not enough disk space"},
		Not: []string{"mailbox", "quota", "user", "recipient", "inbox", "your disk"},
		Cat: ServerError, Pri: conceptPri + 8,
		Summary: "The mail server's disk is full: it cannot store the message (its own storage, not the recipient's quota).",
		Fix: []string{"The sending side retries a temporary failure by itself.",
			"If you run that server: free disk space on its spool and store (`df -h`)."}},
	{ID: "mta14.store-error", Any: []string{"store error", "message store error", "mail store error", "mailstore error", "store failure", "message store failure"},
		Not: []string{"quota", "over quota", "mailbox full", "mailbox is full"},
		Cat: ServerError, Pri: conceptPri + 12,
		Summary: "The receiving server's message store failed while storing the message (its own fault, whatever file or size limit it names).",
		Fix: []string{"The sending MTA retries a temporary failure by itself.",
			"If you run that server: read the store's log for the mailbox named; a folder or index that reached a file-system limit must be reduced or split."}},
	{ID: "mta14.io-error", Any: []string{"system i/o error", "i/o error", "input/output error", "error seeking into file", "error seeking to file", "error reading file",
		"error writing file", "file read error", "file write error"},
		Not: []string{"connection", "socket", "network", "timeout", "timed out"},
		Cat: ServerError, Weak: true, Pri: conceptPri + 4,
		Summary: "The mail server hit an input/output error on its own files or store: its trouble, not the message's.",
		Fix: []string{"The sending side retries a temporary failure by itself.",
			"If you run that server: check its disk and file system, and its log for the file named."}},
	{ID: "mta14.config-unreadable", Any: []string{"error reading configuration", "error reading config", "error in configuration file", "invalid settings",
		"configuration file error", "config file error"},
		Cat: ServerError, Pri: conceptPri + 8,
		Summary: "The mail server (or its delivery agent) cannot read its own configuration, so it cannot deliver: its administrator's error.",
		Fix: []string{"The sending MTA keeps the message queued and retries.",
			"If you run that server: correct the setting its log names (for Dovecot LMTP, e.g. postmaster_address) and restart it."}},
	// congestion of the mail system itself (Exchange 5.5's X.400 "congestion
	// in the message transfer service")
	{ID: "mta14.mts-congestion", Any: []string{"congestion in the message transfer", "message transfer service congestion", "mail system congestion",
		"mail system is congested", "system congestion", "server congestion", "mta congestion"},
		Cat: ServerError, Pri: conceptPri + 8,
		Summary: "The mail system was congested and could not process the recipient: the server's load, not the address.",
		Fix:     []string{"Send the message again later.", "If it recurs, tell the recipient's postmaster: their mail system is overloaded."}},
	// no mail server of the destination available or reachable
	{ID: "mta14.no-mail-server-available", Any: []string{"no mail server(s) available", "no mail servers available", "no mail server available",
		"no mail server is available", "no available mail server", "no mail exchanger available", "no mx host available", "no mx hosts available"},
		Cat: Network, Pri: conceptPri + 8,
		Summary: "None of the destination's mail servers could be reached (every connection failed): a network or availability problem of the destination.",
		Fix:     []string{"The sending server retries by itself.", "Check that the recipient's MX hosts accept connections on port 25 from the sending server."}},
	// a message returned after its retries ran out
	{ID: "mta14.retries-exhausted", Any: []string{"retries exhausted", "retry count exceeded", "maximum number of retries", "max retries reached",
		"maximum retries reached", "bouncing message"},
		With: []string{"retries", "retry", "attempts"},
		Cat:  Expired, Pri: conceptPri + 8,
		Summary: "The sending server tried to deliver the message as many times as it is allowed and returned it: its retries ran out.",
		Fix: []string{"Read the error of the last attempt (in the log lines before): it tells why each attempt failed.",
			"Send the message again once that cause is fixed."}},
	// a message put back into the queue to be retried: no cause of its own
	{ID: "mta14.requeued", Any: []string{"into outgoing after", "requeued for retry", "re-queued for retry", "queued for retry", "stored for retry",
		"back into the queue", "back in the queue"},
		Cat: Unknown, Pri: conceptPri,
		Summary: "The sending server put the message back into its queue to try again later; the cause of the failed attempt is in the log line before.",
		Fix:     []string{"Read the log line before this one: it names the error of the attempt."}},
	// a list that does not exist
	{ID: "mta14.list-unknown", Any: []string{"not a known mailing list", "not a known list", "unknown mailing list", "no such mailing list", "no such list",
		"list unknown", "unknown list"},
		Cat: UserUnknown, Pri: conceptPri + 8,
		Summary: "The address is not a list of the list server (no such mailing list): the recipient address does not exist.",
		Fix:     []string{"Check the list's name (ask the list server for its lists), and send to the right list address."}},
	// a message over the maximum size, said as "over the maximum size"
	{ID: "mta14.over-maximum-size", Any: []string{"over the maximum size", "over the maximum message size", "over the size limit", "above the maximum size",
		"bigger than the maximum size", "larger than the maximum size", "over the maximum allowed size"},
		Not: []string{"mailbox", "quota", "storage"},
		Cat: MessageTooBig, Pri: conceptPri + 8,
		Summary: "The message is larger than the receiver (or the list) allows.",
		Fix:     []string{"Send it smaller: link large files instead of attaching them.", "Encoding makes attachments about a third larger than the files."}},
	// ---- batch 14-mta c ----
	// the destination's MX that resolves to no address, or to one the
	// sending MTA may not use (a private, loopback or blocked address):
	// there is no usable host for the domain
	{ID: "mta14.mx-unusable", Any: []string{"could not resolve any ip address", "cannot resolve any ip address", "can not resolve any ip address",
		"no ip address for the mx", "no ip addresses for the mx", "resolved ip address", "blocked mx host", "mx host is blocked", "mx points to",
		"mx record points to", "mx resolves to"},
		With: []string{"mx"},
		// Exim's "lowest numbered MX record points to local host" is a routing
		// loop on the sending side (server-error, heldout9-mta.tsv)
		Not: []string{"local host", "loop"},
		Cat: HostUnknown, Pri: conceptPri + 10,
		Summary: "The recipient domain's MX host has no usable address (it resolves to nothing, or to a private, loopback or blocked address the sender will not connect to).",
		Fix: []string{"Check the domain's MX records and the A/AAAA records of the MX hosts (`dig MX domain`, `dig A mx-host`).",
			"The domain's owner must point MX at a public host that accepts mail."}},
	// a recipient domain given as an IP literal that is not a valid address
	{ID: "mta14.ip-literal-malformed", Any: []string{"properly formatted ip address", "malformed ip literal", "invalid ip literal", "invalid address literal",
		"malformed address literal", "not a valid ip address", "not a valid ip literal"},
		Cat: Syntax, Pri: conceptPri + 10,
		Summary: "The recipient's domain is written as an IP address literal that is not a valid address, so the mail cannot be routed.",
		Fix:     []string{"Correct the address: a domain name, or an IP literal in brackets (user@[192.0.2.1])."}},
}

// addressUninterpretableWords: an address that could not be read as one
// ("can't be interpreted as an Internet email address", "the address is
// malformed").
var addressUninterpretableWords = []string{"could not be interpreted", "cannot be interpreted", "can't be interpreted", "couldn't be interpreted",
	"could not be parsed", "cannot be parsed", "can't be parsed", "couldn't be parsed", "unparseable", "unparsable",
	"address is malformed", "malformed address", "malformed e-mail address", "malformed email address"}
