package explain

// The kinds held-out batch 5 showed (testdata/corpus/heldout5.tsv: MTAs and
// mail software as their sources word things, and the forms people paste).
// Each rule is about a kind of wording, not one reply: the words a family of
// programs uses for the same cause. They join the table with the wording
// rules (assembleRules); kept apart from rules.go and rules_wording.go so
// that work on provider wording merges without conflicts.

var mtaSoftwareRules = []rule{
	// ---- TLS failures reported by the client side, without a reply code ----
	// Client libraries and MTAs report a failed STARTTLS or TLS handshake in
	// their own words: Go's net/smtp refuses PLAIN over an unencrypted
	// connection, JavaMail "Could not convert socket to TLS", Python's
	// ssl.SSLError "wrong version number" (TLS spoken to a plain port, or
	// the reverse), OpenSSL's "SSL routines", Exim's hosts_require_tls.
	{ID: "mta5.tls-client", Any: []string{"unencrypted connection", "could not convert socket to tls", "wrong version number", "ssl routines",
		"sslhandshakeexception", "sslhandshake", "ssl_connect", "attempt to start tls failed", "a tls session is required", "tls session is required",
		"establish an ssl or tls connection", "ssl/tls connection", "sslerror", "ssl error", "tls error", "tls alert", "handshake failure",
		"no appropriate protocol", "sslexception", "secure channel",
		// the TLS detail of a connection failure is its cause ("Could not connect to SMTP host ... SSL operation failed ... certificate verify failed")
		"certificate verify failed", "ssl operation failed", "stream_socket_enable_crypto", "tls_process_server_certificate"}, Cat: TLSRequired,
		Summary: "The TLS connection (STARTTLS or TLS on connect) could not be set up, or the client refused to authenticate without it: the versions, ciphers, certificate or port do not match on both sides.",
		Fix: []string{"Use the port with the TLS mode it expects: 465 speaks TLS at once (implicit TLS), 587 and 25 start in plain text and upgrade with STARTTLS; a \"wrong version number\" error means the two were mixed up.",
			"Check the TLS versions and ciphers both sides allow (old clients offer only TLS 1.0/1.1, which current servers refuse): `openssl s_client -starttls smtp -connect host:587`.",
			"Check the server's certificate chain and name; a client that verifies it fails on a self-signed or mismatched certificate."},
		Refs: []string{"RFC 3207", "RFC 8314 (implicit TLS for submission)"}},
	// a TLS word and a failure verdict, in wording no rule holds
	{ID: "mta5.concept-tls-failed", Any: []string{"tls", "ssl", "starttls", "x509", "ssl/tls"},
		With: []string{"failed", "failure", "handshake", "wrong version", "could not convert", "unable to establish", "could not establish", "alert", "verify error", "not verified",
			// the other side does not speak TLS ("the server does not support TLS via the STARTTLS command", msmtp)
			"does not support", "not supported", "not offered", "not available"},
		Not: []string{"tls is required", "tls required", "must issue a starttls"},
		Cat: TLSRequired, Weak: true, Pri: conceptPri,
		Summary: "The TLS connection could not be set up (handshake, version or certificate failure)."},

	// ---- the connection dropped, in a client's words ----
	{ID: "mta5.disconnected", Any: []string{"unexpectedly disconnected", "server disconnected", "has disconnected", "connection was closed", "connection aborted",
		"connection was aborted", "socket closed", "socket close", "unexpected socket", "closed unexpectedly", "socket hang up", "econnreset", "econnrefused", "etimedout", "ehostunreach", "enetunreach",
		// OpenSMTPD's route errors toward the destination's MX hosts (mta.c)
		"address family mismatch", "no valid route to remote mx", "no valid route to destination", "could not retrieve source address", "destination mxs"}, Cat: Network,
		Summary: "The connection to the mail server was closed or could not be opened before the exchange finished."},

	// a client's timer that ran out: "Net::OpenTimeout: execution expired"
	// (Ruby), "context deadline exceeded" (Go) — not a queue expiry
	{ID: "mta5.client-timer", Any: []string{"execution expired", "deadline exceeded", "timer expired", "timeout expired"}, Cat: Network,
		Summary: "The client gave up waiting for the mail server (a connect or read timeout ran out)."},

	// ---- a DNS lookup that failed for now (not a missing domain) ----
	// "Temporary failure in MX lookup" (OpenSMTPD), "DNS lookup timed out":
	// a DNS subject and a temporary verdict.
	{ID: "mta5.concept-dns-temporary", Any: []string{"mx lookup", "dns lookup", "dns query", "dns", "name server", "nameserver", "resolver", "name resolution", "mx record lookup"},
		With: []string{"temporary failure", "temporarily", "try again", "timed out", "timeout", "servfail", "no answer"},
		Not:  []string{"spf", "dkim", "dmarc", "rbl", "dnsbl", "blocklist", "blacklist", "listed"},
		Cat:  Network, Weak: true, Pri: conceptPri + 4,
		Summary: "A DNS lookup failed for now (timeout, SERVFAIL, \"try again\"): the name may well exist; the resolver could not answer."},
	// "Temporary lookup failure" is Postfix's word for a lookup table
	// (a map, an LDAP or SQL query) that failed on the receiving server; under
	// a mail-system enhanced code (X.3.x) it is the server's own problem, not
	// DNS (which carries X.4.3).
	{ID: "mta5.lookup-table-failure", Any: []string{"temporary lookup failure", "lookup failure", "table lookup", "lookup error"}, Enh: []string{"X.3.0", "X.3.5"},
		// (an SPF, DKIM or DMARC lookup is DNS, however the MTA codes it:
		// "451 SPF lookup failure (#4.3.0)", forum7.spf-lookup-failure)
		Not: []string{"spf lookup", "dkim lookup", "dkim key lookup", "dmarc lookup"},
		Cat: ServerError, Actor: ActorRecipientAdmin,
		Summary: "A lookup table of the receiving server (an alias, recipient or access map, an LDAP or SQL query) failed for now; the sending MTA retries.",
		Fix: []string{"Nothing to do as the sender: the MTA retries.",
			"If you run the receiving server: the mail log names the table that failed (Postfix: \"warning: ... lookup error\"); check the database or directory server behind it."},
		Refs: []string{refPostfix + "#smtpd_recipient_restrictions"}},

	// ---- the receiving host's local delivery failed on its file system ----
	// "cannot update mailbox ...: File too large", "delivery failed to
	// mailbox ...: cannot open file: Permission denied": the errno text is the
	// delivery agent's, not a verdict on the message ("Permission denied" is
	// no policy, "File too large" no message size limit). Postfix maps EFBIG
	// and EDQUOT to 5.2.2 (the mailbox is full), other errors to X.2.0/X.3.0.
	{ID: "mta5.local-delivery-full", Any: []string{"cannot update mailbox", "delivery failed to mailbox", "error writing message", "maildir delivery failed", "cannot write to mailbox", "cannot append to", "save failed to"},
		With: []string{"file too large", "disk quota exceeded", "quota exceeded", "over quota", "mailbox is full", "mailbox full"},
		Cat:  MailboxFull, Pri: 4,
		Summary: "The local delivery agent could not write the message into the recipient's mailbox because the mailbox reached its size limit (a quota, or the MTA's mailbox size limit)."},
	{ID: "mta5.local-delivery-fs", Any: []string{"cannot update mailbox", "delivery failed to mailbox", "cannot open file", "error writing message", "cannot create maildir", "cannot lock mailbox", "unable to lock mailbox", "cannot access mailbox", "unable to open mailbox", "cannot write to mailbox", "is not owned by recipient", "destination is not owned",
		// a delivery agent's system-call errors (Dovecot LDA/LMTP: "open(/var/mail/kim) failed: Permission denied (... missing +w perm: ...)")
		") failed: permission denied", "missing +w perm", "missing +r perm", "missing +x perm", ") failed: no space left on device", ") failed: read-only file system"},
		Cat: ServerError, Actor: ActorRecipientAdmin,
		Summary: "The receiving host's local delivery agent could not write the message into the mailbox (file permissions, ownership, locking or disk): a problem of that host, not of the message.",
		Fix: []string{"Nothing to do as the sender; a temporary failure is retried.",
			"If you run the receiving host: the log line names the mailbox file and the error; fix its ownership or permissions (the mailbox must belong to the recipient, or to the virtual mail user), or free disk space."},
		Refs: []string{refPostfix + "#mail_spool_directory"}},
	// a delivery program (pipe transport, procmail, an LDA) that failed
	{ID: "mta5.delivery-program", Any: []string{"child process of", "transport returned", "could mean temporary error", "command died with", "command time limit exceeded", "unknown mail transport error", "mail transport unavailable", "delivery agent failed"},
		Cat: ServerError, Actor: ActorRecipientAdmin,
		Summary: "The program or transport that delivers the mail on the receiving host failed (exit status, crash, missing transport): a problem of that host, not of the message.",
		Fix: []string{"Nothing to do as the sender: a temporary failure is retried.",
			"If you run the host: the log names the command or transport and its exit status (75 is EX_TEMPFAIL, retried); run it by hand with the same input to see its error."}},

	// ---- the receiving side's own NDR sentences ----
	// Exchange Server's human-readable NDR texts (the diagnostic line is
	// often not pasted): "delivery to this address is restricted" (a
	// restriction on who may send to the address), "had a problem processing
	// this message" (the server's own error), "has tried to deliver this
	// message, without success, and has stopped trying" (it expired).
	{ID: "mta5.restricted", Any: []string{"is restricted", "are restricted", "restricted to", "delivery restriction", "restricted recipient", "restricted address"},
		Not: []string{"restricted to authenticated", "authenticated users", "relay"},
		Cat: Policy, Weak: true, Pri: conceptPri,
		Summary: "The recipient (or its organization) accepts mail only from certain senders, and this sender is not one of them.",
		Fix: []string{"Ask the recipient by another channel whether you may send to this address (a group or mailbox limited to internal or listed senders).",
			"If you run the receiving side: check the recipient's delivery restrictions (Exchange: AcceptMessagesOnlyFrom, RequireSenderAuthenticationEnabled)."}},
	{ID: "mta5.processing-problem", Any: []string{"had a problem processing", "problem processing this message", "error processing this message", "failed to process this message", "problem delivering this message"},
		Cat: ServerError, Actor: ActorRecipientAdmin,
		Summary: "The receiving (or the sending) mail system reported an error of its own while processing the message."},
	{ID: "mta5.stopped-trying", Any: []string{"stopped trying", "has stopped trying", "gave up trying", "tried to deliver this message, without success", "could not be delivered within", "not delivered within the allowed time"},
		Cat:     Expired,
		Summary: "The sending system retried the message for its whole queue lifetime without success and gave up."},
	// a recipient's own filter that refuses the message (Sieve "reject",
	// Pigeonhole's rejection text "Your message to <x> was automatically
	// rejected")
	{ID: "mta5.filter-reject", Any: []string{"automatically rejected", "rejected automatically", "rejected by sieve", "sieve reject", "rejected by a filter rule", "rejected by the recipient's filter"},
		Not: []string{"spam", "virus", "malware", "content filter", "blacklist", "blocklist"},
		// weak: the words after it are the reason ("... was automatically
		// rejected: Quota exceeded" is a full mailbox, Dovecot's LDA)
		Cat: Policy, Weak: true, Actor: ActorRecipient,
		Summary: "A filter rule of the recipient (a Sieve \"reject\") refused the message; the text after it is the recipient's own reason.",
		Fix: []string{"Read the reason the recipient's rule gives; the recipient decided not to accept this mail.",
			"Ask the recipient by another channel if you think the rule caught the message by mistake."},
		Refs: []string{"RFC 5429 (Sieve reject and ereject)"}},
	// a router that has no route to the domain (HCL Domino "No route found to
	// domain X from server Y"): the domain could not be routed
	{ID: "mta5.no-route-domain", Any: []string{"no route found to domain", "no route to domain", "cannot route to domain", "unable to route to domain", "no route found for domain"},
		Cat:     HostUnknown,
		Summary: "The mail router found no route to the recipient's domain: no MX or A record it can use, or no connection document/route configured for it."},

	// ---- words about the sender that make it the sender's refusal ----
	// The null reverse-path (MAIL FROM:<>, used by bounces) refused, or an
	// envelope sender without a domain ("sender address must contain a
	// domain", "Domain name required for sender address").
	// bounces (null-sender mail) refused as such: Haraka's bounce plugin
	// ("No bounces accepted here"), "we do not accept bounces"
	{ID: "mta5.no-bounces", Any: []string{"no bounces accepted", "bounces are not accepted", "bounces not accepted", "do not accept bounces", "does not accept bounces", "not accepting bounces", "bounces are refused"},
		Cat: SenderInvalid, Pri: conceptPri,
		Summary: "The server refuses bounces (mail from the null sender MAIL FROM:<>), here or for this recipient."},
	{ID: "mta5.null-sender", Any: []string{"null sender", "null reverse-path", "null reverse path", "empty sender", "empty envelope sender", "empty return-path", "empty mail from"},
		With: []string{"not allowed", "not accepted", "rejected", "refused", "denied", "not permitted"},
		Cat:  SenderInvalid, Pri: conceptPri,
		Summary: "The server refuses the null (empty) envelope sender, MAIL FROM:<>, which bounces and notifications use.",
		Fix: []string{"Send ordinary mail with a real envelope-sender address.",
			"For bounces: the receiver breaks RFC 5321 §4.5.5 by refusing them; tell its postmaster."},
		Refs: []string{"RFC 5321 §4.5.5"}},
	{ID: "mta5.unqualified-sender", Any: []string{"sender address", "sender's address", "mail from address", "envelope sender", "sender domain"},
		With: []string{"must contain a domain", "domain required", "domain name required", "needs a domain", "without a domain", "unqualified", "must be fully qualified", "must be fully-qualified"},
		Cat:  SenderInvalid, Pri: conceptPri,
		Summary: "The envelope sender (MAIL FROM) has no domain (an unqualified address such as <root>): the receiver cannot verify it or send a bounce to it.",
		Fix:     []string{"Configure the sending program or MTA to qualify the sender with a domain that exists (Postfix: myorigin; sendmail -f user@domain)."}},

	// ---- too many bad commands: the client's commands were bad ----
	{ID: "mta5.bad-commands", Any: []string{"bad commands", "bad command", "too many bad", "invalid commands", "unrecognized commands", "unrecognised commands", "unknown commands"},
		Cat: Syntax, Pri: 4,
		Summary: "The server closed the session because the client sent too many commands it did not understand or did not accept (an error limit).",
		Fix: []string{"Capture the SMTP session (smtpgw send, or the client's debug log) to see which commands were refused.",
			"Fix the client: command order (HELO before MAIL), argument syntax, or a protocol it does not speak (HTTP or TLS sent to a plain SMTP port)."}},

	// ---- a domain the server does not take mail for, without "relay" ----
	// Haraka's rcpt_to.in_host_list ("I cannot deliver mail for x"),
	// hMailServer ("Delivery is not allowed to this address"): the server is
	// not a destination for the recipient's domain and will not relay to it.
	{ID: "mta5.not-our-domain", Any: []string{"cannot deliver mail for", "can't deliver mail for", "will not deliver mail for", "delivery is not allowed to this address",
		"we do not accept mail for", "do not handle mail for", "is not a local domain", "not a local domain", "domain isn't local", "domain is not hosted here",
		"domain not hosted here", "not hosted on this server", "no such domain here", "not handled by this server"},
		Cat: RelayDenied, Pri: 2,
		Summary: "The server does not accept mail for the recipient's domain (it is not one of its own domains) and will not relay it for you."},

	// ---- "syntactically invalid": the verdict is a syntax error ----
	// Exim's "501 Syntactically invalid HELO argument(s)" (a character no
	// host name may hold) is a syntax error of the command's argument.
	{ID: "mta5.syntactically-invalid", Any: []string{"syntactically invalid", "syntactically incorrect", "syntax error in"},
		Cat: Syntax, Pri: 2,
		Summary: "The server refused a command because its argument is not syntactically valid (for HELO: characters no host name may contain, such as \"_\")."},

	// ---- a sender domain under a top-level domain that does not exist ----
	{ID: "mta5.sender-unknown-tld", Any: []string{"sender", "mail from", "envelope from"},
		With: []string{"unknown tld", "invalid tld", "unknown top-level domain", "invalid top-level domain", "reserved domain"},
		Cat:  SenderInvalid, Pri: conceptPri,
		Summary: "The envelope sender's domain is under a top-level domain that does not exist (or a reserved one such as .invalid or .example), so it cannot receive replies."},

	// ---- the client's own DNS identity is missing ----
	// policyd-weight "No DNS entries for your MTA, HELO and Domain", "your
	// host has no DNS name": the sending host has no usable DNS (PTR) name.
	{ID: "mta5.concept-client-no-dns", Any: []string{"your mta", "your server", "your host", "your ip", "your mail server", "client host", "sending host", "sending server"},
		With: []string{"no dns", "not in dns", "without dns", "no hostname", "no host name", "does not resolve", "doesn't resolve", "unresolvable"},
		Not:  []string{"sender domain", "sender address"},
		Cat:  PTRRequired, Pri: conceptPri + 4,
		Summary: "The sending host has no usable DNS identity (no PTR record, or one that does not resolve back); the receiver refuses clients it cannot name."},

	// ---- a reply that asks to get off blocklists is about a listing ----
	// policyd-weight: "... or to get removed from DNSBLs"
	{ID: "mta5.removed-from-lists", Any: []string{"removed from dnsbls", "removed from dnsbl", "removed from rbls", "removed from blacklists", "removed from blocklists", "removed from the dnsbl"},
		Cat: Reputation, Pri: 8,
		Summary: "The receiver scored the sending host against DNS blocklists (and its HELO and DNS settings) and refused it: get the IP delisted and its DNS in order."},

	// ---- content that cannot be parsed is malformed, not spam ----
	{ID: "mta5.concept-invalid-content", Any: []string{"message content", "content", "mime", "message format", "message structure", "message body"},
		With: []string{"invalid", "malformed", "corrupt", "unparsable", "unparseable", "cannot be parsed", "could not be parsed", "not well-formed"},
		Not:  []string{"spam", "virus", "filter", "policy"},
		Cat:  RFCNoncompliant, Pri: conceptPri,
		Summary: "The receiving server could not parse the message (malformed MIME or headers, invalid encoding): a format error, not a verdict on the content."},

	// ---- a receive connector that does not let this client submit ----
	// Exchange Server: "550 5.7.1 Client does not have permissions to submit
	// to this server" (anonymous submission not permitted there)
	{ID: "mta5.submit-permission", Any: []string{"permissions to submit", "permission to submit", "not permitted to submit", "not allowed to submit", "submit to this server"},
		Cat: AuthRequired, Pri: 4,
		Summary: "The server does not let this client submit mail without authenticating (an Exchange receive connector without anonymous permissions, for example).",
		Fix: []string{"Authenticate (SMTP AUTH) before sending, or send to the recipient domain's MX instead of a submission server.",
			"If you run the server: allow anonymous users on the receive connector that takes Internet mail (Exchange: PermissionGroups AnonymousUsers)."}},

	// ---- a client that talks before its turn ----
	// Haraka early_talker ("You talk too soon"), Exim's "SMTP synchronization
	// error", postscreen's PREGREET: the client sent before the server's
	// greeting or reply, which RFC 5321 (and RFC 2920 outside pipelining)
	// does not allow; spam software does it.
	{ID: "mta5.early-talker", Any: []string{"talk too soon", "talked too soon", "talking too soon", "early talker", "pregreet", "spoke before", "talked before", "sent before the greeting", "synchronization error", "protocol synchronization"},
		Cat: RFCNoncompliant, Pri: 4,
		Summary: "The client sent commands before the server's greeting or reply (it did not wait its turn): the server treats that as a protocol violation typical of spam software.",
		Fix: []string{"Make the client wait for the server's 220 greeting, and for each reply unless the server announced PIPELINING (and then only where RFC 2920 allows).",
			"If the client is a real MTA, look for something between it and the server (a proxy, a firewall's SMTP inspection) that sends early."},
		Refs: []string{"RFC 5321 §4.3.1", "RFC 2920"}},

	// ---- a message-format RFC cited as the reason ----
	// "bounce with non-empty Return-Path (RFC 3834)": the reply names the
	// message-format standard the message broke
	{ID: "mta5.rfc-cited", Any: []string{"rfc 3834", "rfc3834", "rfc 2045", "rfc2045", "rfc 2046", "rfc2046", "rfc 2047", "rfc2047", "rfc 6531", "rfc6531", "rfc 6532", "rfc6532", "rfc 5335", "rfc 1123", "rfc1123"},
		Cat: RFCNoncompliant, Weak: true, Pri: conceptPri,
		Summary: "The message (or session) breaks the standard the reply cites."},

	// ---- a connection that was lost, in a mail client's words ----
	// Thunderbird "the connection to Outgoing server (SMTP) x was lost in
	// the middle of the transaction"
	{ID: "mta5.concept-connection-lost", Any: []string{"connection", "connexion", "verbindung"},
		With: []string{"was lost", "was interrupted", "was dropped", "was reset", "was broken", "has been lost", "has been interrupted", "got lost"},
		Cat:  Network, Weak: true, Pri: conceptPri,
		Summary: "The connection to the mail server was lost before the exchange finished."},

	// ---- attachments a filter refuses by type ----
	{ID: "mta5.concept-attachment", Any: []string{"attachment", "attachments", "file type", "file extension", "filename extension", "attached file"},
		With: []string{"bad", "not allowed", "not permitted", "blocked", "forbidden", "banned", "prohibited", "unacceptable", "refused", "rejected"},
		Not:  []string{"virus", "infected", "malware", "too large", "too big", "size", "exceeds"},
		Cat:  Policy, Weak: true, Pri: conceptPri,
		Summary: "A filter refused an attachment of the message by its type or name (executables, scripts, some archives), by the receiving site's policy."},
}
