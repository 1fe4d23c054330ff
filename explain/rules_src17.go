package explain

// Rules of helper src17 (issue 10, session 12); see docs/heldout/heldout17*.md.
//
// The common MTAs' own reject, deferral and bounce strings, taken from
// their source (held-out batch 17-src): the kinds its first run missed,
// each tested in new wording in src17_kinds_test.go.
//
//   - A DNS answer about a domain that is broken or failed for good:
//     Postfix's "Malformed DNS server reply" names the domain the check was
//     about (a recipient's: host-unknown; the sender's and the HELO name's
//     keep their own rules), Exim's "all host address lookups failed
//     permanently" (every MX name has no address).
//   - A local delivery the receiving system forbids or that failed in its
//     own agent: Exim's "delivery to pipe/file forbidden" and "local
//     delivery failed", qmail-local's "Uh-oh:" diagnostics (a writable home
//     directory or .qmail file): the receiving site's configuration
//     (server-error), not a policy about the message.
//   - A session cut off for too many commands that carry no mail (Exim's
//     smtp_accept_max_nonmail): a limit, like "too many errors".
//   - Exim's deferral ("==", "defer (-53)") while its retry data says the
//     hosts have been failing: the connection failure of now, not an
//     expiry (the same words after "**" are the final bounce: expired).
//     Fixed where the class is known (classify.go: a delivery stated as
//     delayed is not expired by retry wording).
//   - A session dropped for too many syntax or protocol errors (Exim): the
//     last command it names ("HELO") is no verdict on the HELO name.
//   - Sendmail's daemon log of a client that went away or talked before the
//     greeting (no code): "collect: premature EOM", "lost input channel",
//     "pre-greeting traffic" (postscreen calls it PREGREET).
//   - OpenSMTPD puts its enhanced code's registry description before the
//     reason ("Invalid command: Must issue an AUTH command first",
//     "Invalid command: Pipelining not supported"): the reason decides.
//   - A client that pipelined commands the server did not allow it to
//     (OpenSMTPD's "Pipelining not supported"): as Postfix's "Improper use
//     of SMTP command pipelining", a protocol violation (rfc-noncompliant).
//   - The receiving server's own signing failed (chasquid's "DKIM signing
//     failed"): its fault, not the sender's authentication.
//   - A recipient address that does not parse (chasquid's "Malformed
//     destination address"): syntax, as the corpus reads malformed
//     recipient addresses, not a message that breaks RFC 5322.
//   - chasquid's "Security level check failed": the sender domain's mail
//     came over TLS before and now in plain text (tls-required).
//   - Microsoft's "Access denied, banned recipient" (5.7.505): the
//     recipient address is not valid there, not the sender's reputation.
//   - OpenSMTPD's "Destination seem to reject all mails" (every MX refused
//     the session: network, as its other route failures) and "Could not
//     retrieve source address" (its own source table: server-error).
//
// Batch 17-src b (mox, maddy and the receiving MTAs' own session logs):
//
//   - The receiving MTA's log of a session (no code): batch 17-src fixed
//     sendmail's words only; Postfix smtpd's "improper command pipelining
//     after", postscreen's "HANGUP after", "COMMAND PIPELINING from",
//     "NON-SMTP COMMAND from", Exim's "lost while reading message data",
//     "unexpected disconnection while reading SMTP command" are the same
//     kinds (a client that went away: network; that pipelined: rfc-
//     noncompliant; that spoke another protocol: syntax).
//   - A bounce (null sender) to several recipients refused: mox's "only one
//     recipient allowed with null reverse address" is Postfix's
//     multi-recipient bounce (policy), not a recipient limit (X.5.3).
//   - The server does not serve the recipient's domain: mox's "not
//     accepting email for domain" (relay-denied, as "I cannot deliver mail
//     for"), not an unknown user by its 5.1.1.
//   - An authenticated user sending as an address not theirs: mox's "must
//     belong to authenticated user", maddy's "Unauthorized use of sender
//     address" (sender-invalid, as Postfix's "not owned by user").
//   - A message header field malformed or missing (maddy's "Malformed
//     Sender header", "Missing From header"): the message breaks RFC 5322
//     (rfc-noncompliant), not the envelope sender.
//   - The MAIL FROM domain's mail hosts that cannot be verified now (mox's
//     "cannot verify mx records for mailfrom domain"): the sender domain
//     (sender-invalid), not the receiving server.
//
// Batch 17-src c (more MTAs' session logs):
//
//   - OpenSMTPD's smtp-in session events ("smtp event=closed reason=...",
//     "event=authentication ... result=permfail"): a session the client
//     dropped (network), a client certificate missing or refused
//     (tls-required), a failed login (auth-failed).
//   - Sendmail's "AUTH failure (LOGIN): ..." log: a failed login, also
//     with its "relay=[ip]" field (a log field, not relaying: the
//     authentication concept excludes relaying words).
//
// Batch 17-src d (Courier's logs): a TLS failure in any mail daemon's own
// log line is the MTA's (classify.go, transient) rather than one more
// MTA's words in mtaTLSDeferralWording; Postfix smtpd's "SSL_accept error
// from" is such a failure (tls-required).

const src17Pri = conceptPri + 14

var src17Rules = []rule{
	// ---- a domain's DNS answer that is broken or failed for good ----
	{ID: "src17.recipient-domain-dns-broken", Any: []string{"malformed dns server reply", "malformed dns reply", "malformed dns response",
		"malformed dns answer", "invalid dns reply", "invalid dns response"},
		With: []string{"recipient address", "recipient domain", "rcpt to", "destination domain", "destination address"},
		Not:  []string{"sender address", "helo command", "client host"},
		Cat:  HostUnknown, Pri: src17Pri,
		Summary: "The receiving server could not use the DNS answer for the recipient's domain: its name servers send a malformed reply, so the domain cannot be resolved.",
		Fix: []string{"Check the recipient domain's DNS (`dig MX domain`, `dig NS domain`): a name server that answers with a broken or truncated reply must be fixed by the domain's owner.",
			"Confirm the address's domain with the recipient."}},
	{ID: "src17.host-lookups-failed", Any: []string{"all host address lookups failed permanently", "host address lookups failed permanently",
		"all host address lookups failed"},
		Cat: HostUnknown, Pri: src17Pri,
		Summary: "None of the recipient domain's mail hosts has an address: every host name its MX records point to failed to resolve for good.",
		Fix:     []string{"Check the recipient domain's MX records and the A/AAAA records of the hosts they name (`dig MX domain`); the domain's owner must fix them."}},

	// ---- local delivery the receiving site's settings do not allow ----
	// Exim's forbid_pipe/forbid_file (allow_pipe/allow_file unset on the
	// router) is the site's restriction, as Postfix's "mail to command is
	// restricted" (5.7.1, allow_mail_to_commands): policy, by the labelling
	// convention in docs/explain.md.
	{ID: "src17.local-delivery-forbidden", Any: []string{"delivery to pipe forbidden", "delivery to file forbidden", "delivery to pipe not permitted",
		"delivery to file not permitted"},
		Not: lda16NotStore, Cat: Policy, Pri: src17Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving site does not allow this local delivery: the recipient's alias or forward file sends mail to a program or file, and the site's settings forbid deliveries to programs or files for that router or user.",
		Fix: []string{"Nothing to change on the sender's side; tell the recipient by another channel.",
			"Receiving administrator: allow the pipe or file delivery for that router or user (Exim: allow_pipe/allow_file on the router), or change the forward or alias file to deliver to a mailbox."}},
	// ---- local delivery failed in the receiving system ----
	{ID: "src17.local-delivery-failed", Any: []string{"local delivery failed",
		// qmail-local's own diagnostics of a recipient's set-up ("Uh-oh: home directory is writable.")
		"uh-oh:"},
		// (a quota or an unknown user named with it keeps its own rule)
		Not: lda16NotStore, Cat: ServerError, Pri: src17Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving system's local delivery failed by its own set-up: the delivery program or the mailbox set-up the message names failed.",
		Fix: []string{"Nothing to change on the sender's side; tell the recipient by another channel.",
			"Receiving administrator: fix the program, the forward file or the permissions the message names."}},

	// ---- too many commands that carry no mail ----
	{ID: "src17.nonmail-commands", Any: []string{"too many nonmail commands", "too many non-mail commands", "nonmail commands", "non-mail commands"},
		Cat: RateLimited, Pri: src17Pri,
		Summary: "The server closed the session because the client sent too many commands that carry no mail (RSET, NOOP, VRFY, HELO again) before sending a message.",
		Fix:     []string{"Send mail in the session without repeating RSET/NOOP/VRFY; a client that probes addresses with VRFY or RCPT is cut off this way."}},

	// ---- a session dropped for too many protocol errors ----
	{ID: "src17.syntax-errors-drop", Any: []string{"too many syntax or protocol errors", "syntax or protocol errors"},
		Cat: Syntax, Pri: src17Pri,
		Summary: "The server closed the session because the client sent too many commands it could not parse or that broke the protocol.",
		Fix:     []string{"Look at the client's SMTP transcript for the refused commands (the log names the last one) and fix the client or script that sends them."}},

	// ---- sendmail's daemon log: a client that went away or talked too soon ----
	{ID: "src17.client-went-away", Any: []string{"premature eom", "lost input channel", "premature eof"},
		Cat: Network, Pri: src17Pri,
		Summary: "The connection from the sending client was lost in the middle of the session (the receiving server's log: it closed the connection or it dropped before the end of the message).",
		Fix:     []string{"Nothing was delivered in that session; the sending MTA retries. If it keeps happening, look for a firewall, proxy or timeout between the two hosts."}},
	{ID: "src17.pregreet", Any: []string{"pre-greeting traffic", "pregreet"},
		Cat: RFCNoncompliant, Pri: src17Pri,
		Summary: "The client sent commands before the server's greeting: a protocol violation typical of spam software, so the server refuses the session.",
		Fix:     []string{"Make the sending software wait for the 220 greeting before it sends EHLO."}},

	// ---- OpenSMTPD: the reason after the code's registry description ----
	{ID: "src17.auth-command-first", Any: []string{"must issue an auth command first", "must issue an auth command", "issue an auth command first"},
		Cat: AuthRequired, Pri: src17Pri,
		Summary: "The server requires SMTP authentication (AUTH) before it accepts mail on this port.",
		Fix:     []string{"Configure the client to log in (SMTP AUTH) with the account's credentials before sending."}},
	{ID: "src17.pipelining-misuse", Any: []string{"pipelining not supported", "pipelining is not supported", "pipelining not allowed",
		"pipelining is not allowed", "improper use of smtp command pipelining", "improper use of pipelining"},
		Cat: RFCNoncompliant, Pri: src17Pri,
		Summary: "The client sent several commands at once (pipelining) where the server did not allow it: a protocol violation, so the server refused the session.",
		Fix:     []string{"Make the client wait for each reply (or use PIPELINING only when the server advertises it in its EHLO reply)."}},

	// ---- the receiving server's own signing ----
	{ID: "src17.own-signing-failed", Any: []string{"dkim signing failed", "dkim signing error", "signing failed", "failed to sign the message", "could not sign the message", "unable to sign the message"},
		Cat: ServerError, Pri: src17Pri, Actor: ActorSenderAdmin,
		Summary: "The mail server could not sign the message (DKIM) before sending it: a fault of its own signing set-up (key, selector or signing service), not the sender's authentication at the receiver.",
		Fix:     []string{"Mail server administrator: check the DKIM key file and selector configured for the sender's domain and the signing service's log."}},

	// ---- a recipient address that does not parse ----
	{ID: "src17.malformed-recipient", Any: []string{"malformed destination address", "malformed recipient address", "malformed destination domain",
		"destination address is invalid", "recipient address malformed"},
		Cat: Syntax, Pri: src17Pri,
		Summary: "The recipient address in RCPT TO is not a valid address (it does not parse).",
		Fix:     []string{"Correct the recipient address (one @, a domain, no spaces or stray characters)."}},

	// ---- chasquid's TLS security level ----
	{ID: "src17.security-level", Any: []string{"security level check failed"},
		Cat: TLSRequired, Pri: src17Pri,
		Summary: "The receiving server (chasquid) has seen mail from this sender domain over TLS before and refuses it now in plain text: a downgrade protection.",
		Fix:     []string{"Send with STARTTLS: check that the sending server offers and uses TLS to this destination."}},

	// ---- Microsoft's banned recipient ----
	{ID: "src17.banned-recipient", Any: []string{"banned recipient"},
		Cat: UserUnknown, Pri: src17Pri,
		Summary: "The recipient address is not valid at the receiving organization (Microsoft: \"banned recipient\").",
		Fix:     []string{"Check the recipient address with the recipient by another channel."}},

	// ---- OpenSMTPD's route failures ----
	{ID: "src17.rejects-all-mail", Any: []string{"destination seem to reject all mails", "destination seems to reject all mail", "seem to reject all mails"},
		Cat: Network, Pri: src17Pri,
		Summary: "The sending server (OpenSMTPD) could not hold a session with any of the destination's mail servers: each refused the connection or the session.",
		Fix:     []string{"Check the destination's MX hosts by hand (`smtpgw probe domain`); OpenSMTPD retries by itself."}},
	{ID: "src17.source-address", Any: []string{"could not retrieve source address"},
		Cat: ServerError, Pri: pastePri + 20, Actor: ActorSenderAdmin,
		Summary: "The sending server (OpenSMTPD) found no source address to send from: the relay's own source table gives none it can use for this destination.",
		Fix:     []string{"Sending administrator: check the `source` table of the relay action in smtpd.conf (its addresses must be configured on the host, of the family the destination uses)."}},
	// ---- batch b: the receiving MTA's log of a session (no code) ----
	{ID: "src17.session-lost", Any: []string{"lost while reading message data", "unexpected disconnection while reading smtp command",
		"hangup after", "lost while reading smtp command"},
		Cat: Network, Pri: src17Pri,
		Summary: "The connection from the sending client was lost in the middle of the session (the receiving server's log: the client hung up or the connection dropped before the end of the message).",
		Fix:     []string{"Nothing was delivered in that session; the sending MTA retries. If it keeps happening, look for a firewall, proxy or timeout between the two hosts."}},
	{ID: "src17.client-pipelined", Any: []string{"improper command pipelining", "command pipelining from"},
		Cat: RFCNoncompliant, Pri: src17Pri,
		Summary: "The client sent several commands at once (pipelining) where the server did not allow it: a protocol violation typical of spam software, so the server refused the session.",
		Fix:     []string{"Make the client wait for each reply (or use PIPELINING only when the server advertises it in its EHLO reply)."}},
	{ID: "src17.non-smtp-command", Any: []string{"non-smtp command"},
		Cat: Syntax, Pri: src17Pri,
		Summary: "The client spoke another protocol (an HTTP request, a proxy command) to the SMTP port; the server refused the session.",
		Fix:     []string{"Point the client at the right port and protocol; a web request to port 25 is often a scanner."}},

	// ---- batch b: replies ----
	{ID: "src17.bounce-one-recipient", Any: []string{"null reverse address", "null reverse path", "null reverse-path", "null sender", "empty sender", "empty reverse path"},
		With: []string{"only one recipient", "one recipient allowed", "single recipient", "more than one recipient", "multiple recipients"},
		Cat:  Policy, Pri: src17Pri,
		Summary: "The server refuses a bounce (an empty MAIL FROM:<>) addressed to more than one recipient: a delivery notification goes to one address, so this looks like backscatter or spam.",
		Fix:     []string{"Send delivery notifications to the one original sender; a list or an alias that fans out a bounce must not use the empty sender."}},
	{ID: "src17.domain-not-served", Any: []string{"not accepting email for domain", "not accepting mail for domain", "not accepting email for this domain",
		"not accepting mail for this domain", "does not accept email for domain", "not accepting email for ip"},
		Cat: RelayDenied, Pri: src17Pri,
		Summary: "The server does not accept mail for the recipient's domain: it is not that domain's mail server (a wrong MX, or a domain the server does not host).",
		Fix: []string{"Check the recipient domain's MX records (`dig MX domain`): the message went to a server that does not host the domain.",
			"If you run that server, add the domain to the domains it accepts mail for."}},
	{ID: "src17.sender-not-users", Any: []string{"must belong to authenticated user", "belong to the authenticated user", "must match authenticated user",
		"unauthorized use of sender address", "unauthorised use of sender address"},
		Cat: SenderInvalid, Pri: src17Pri,
		Summary: "The authenticated user may not send as this address: the envelope sender or the From header is not one of the account's own addresses.",
		Fix:     []string{"Send from an address that belongs to the account you log in with, or have the administrator allow that address for the account."}},
	{ID: "src17.header-field-broken", Any: []string{"sender header", "from header", "reply-to header", "date header", "message-id header", "to header", "subject header"},
		With: []string{"malformed", "missing", "invalid", "duplicate", "multiple", "unparsable", "unparseable", "not valid", "is required"},
		Not:  []string{"dmarc", "spf", "dkim", "alignment", "aligned", "domain does not"},
		Cat:  RFCNoncompliant, Pri: src17Pri,
		Summary: "A header field of the message is missing, duplicated or malformed (RFC 5322), so the server refused it.",
		Fix:     []string{"Fix the sending application so that the message has exactly one valid From and Date header, and well-formed Sender/Reply-To/Message-ID fields."}},
	{ID: "src17.sender-domain-unverifiable", Any: []string{"mailfrom domain", "mail from domain", "sender domain", "envelope sender domain"},
		With: []string{"cannot verify mx", "could not verify mx", "unable to verify mx", "cannot verify the mx", "mx records for", "not configured for mail"},
		Cat:  SenderInvalid, Pri: src17Pri,
		Summary: "The receiving server could not verify the mail hosts (MX records) of the sender's domain: its DNS does not answer or the domain takes no mail, so it refuses the envelope sender.",
		Fix:     []string{"Check the sender domain's MX records and name servers (`dig MX domain`); a domain that sends mail must be able to receive the bounces."}},
	// ---- batch c: OpenSMTPD's session events, sendmail's AUTH log ----
	{ID: "src17.opensmtpd-session-closed", Any: []string{"event=closed reason=disconnect", "event=closed reason=\"io-error"},
		Cat: Network, Pri: src17Pri,
		Summary: "The receiving server (OpenSMTPD) logged a session that ended before a message was accepted: the client disconnected or the connection failed.",
		Fix:     []string{"Nothing was delivered in that session; the sending MTA retries. If it keeps happening, look for a firewall, proxy or timeout between the two hosts."}},
	{ID: "src17.opensmtpd-client-cert", Any: []string{"reason=no-client-cert", "reason=cert-check-failed"},
		Cat: TLSRequired, Pri: src17Pri,
		Summary: "The receiving server (OpenSMTPD) requires a client certificate on this listener, and the client presented none or one it could not verify.",
		Fix:     []string{"Configure the sending server to present a certificate the receiver trusts, or send to a listener that does not require one."}},
	{ID: "src17.opensmtpd-auth-permfail", Any: []string{"event=authentication"}, All: []string{"result=permfail"},
		Cat: AuthFailed, Pri: src17Pri,
		Summary: "The receiving server (OpenSMTPD) refused the client's login: the user name or password is wrong.",
		Fix:     []string{"Check the user name and password the client logs in with."}},
	{ID: "src17.sendmail-auth-failure", Any: []string{"auth failure (login)", "auth failure (plain)", "auth failure (cram-md5)", "auth failure (digest-md5)", "checkpass failed"},
		Cat: AuthFailed, Pri: src17Pri,
		Summary: "SMTP authentication failed at the receiving server (sendmail's SASL log): the user name or password is wrong.",
		Fix:     []string{"Check the user name and password the client logs in with; repeated failures come from password-guessing bots."}},
	// ---- batch d: the receiving side's TLS handshake failure (Postfix smtpd) ----
	{ID: "src17.server-tls-accept", Any: []string{"ssl_accept error from", "ssl_accept error:"},
		Cat: TLSRequired, Pri: src17Pri,
		Summary: "A client's TLS handshake with the receiving server failed (the server's log: no common protocol or cipher, or the client gave up during the handshake).",
		Fix:     []string{"Check the TLS versions and ciphers both sides allow; an old client may need TLS 1.2, and a scanner's failed handshake can be ignored."}},
}
