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
	{ID: "mta14.list-post-refused", Any: []string{"cannot post to", "can not post to", "can't post to", "may not post to", "served out"},
		With: []string{"list", "group", "forum"},
		Cat:  Policy, Pri: conceptPri + 10,
		Summary: "The list server refuses the posting: the sender is not allowed to post to the list (not a subscriber, posting from another address, or banned by the list owner).",
		Fix: []string{"Post from the address that is subscribed to the list, or ask the list owner to allow the address.",
			"A poster who was served out (banned) must ask the list owner."}},

	// ---- an address that could not be interpreted ----
	{ID: "mta14.address-uninterpretable-sender", Any: []string{"could not be interpreted", "cannot be interpreted", "could not be parsed", "cannot be parsed",
		"unparseable", "unparsable"},
		All:  []string{"address"},
		With: []string{"mail clause", "mail from", "mail command", "sender", "from address"},
		Cat:  SenderInvalid, Pri: conceptPri + 12,
		Summary: "The sender address given in MAIL FROM could not be interpreted: it is not a valid address.",
		Fix:     []string{"Correct the sender address the client or application uses (user@domain.example, in angle brackets in MAIL FROM)."}},
	{ID: "mta14.address-uninterpretable", Any: []string{"could not be interpreted", "cannot be interpreted", "could not be parsed", "cannot be parsed",
		"unparseable", "unparsable"},
		With: []string{"address"},
		Not:  []string{"ip address", "json", "response"},
		Cat:  Syntax, Pri: conceptPri + 8,
		Summary: "An address could not be interpreted: its syntax is not valid.",
		Fix:     []string{"Correct the address: user@domain.example, without spaces or unbalanced brackets."}},
}
