package explain

// The kinds held-out batch 9-mta showed (testdata/corpus/heldout9-mta.tsv:
// mail software and client libraries as their users paste them —
// chasquid, nullmailer, dma, GNU Mailutils, mailx, curl, Swift Mailer,
// Spring/Jakarta Mail, CodeIgniter, laminas-mail, Email::Sender, go-mail,
// Exchange tracking logs, Cyrus, Zimbra, Sendmail, Postfix, Ruby, .NET,
// SmarterMail, Exim). Each rule is a kind of wording, not one reply; they
// join the table after the batch-7 rules (assembleRules). The parser's
// share (a code alone in a library's brackets, a process id before a log
// level, a wrapped Postfix "said:" block, "delivery deferred", replies that
// only follow from an earlier failure) is in forms_mta9.go.

var mta9Rules = []rule{
	// line endings the server refuses ("521 5.5.2 Error reading DATA:
	// invalid line ending", "bare CR", "line ending must be CRLF"): the
	// message's format, not a command the server did not understand
	{ID: "mta9.line-endings", Any: []string{"line ending", "line endings", "line terminator", "line terminators", "end of line", "end-of-line",
		"bare cr", "bare linefeed", "bare newline", "naked lf", "naked cr", "lone lf", "lone cr"},
		With: []string{"invalid", "illegal", "bad", "improper", "malformed", "not allowed", "not permitted", "must be crlf", "crlf", "bare", "naked", "lone", "error"},
		Not:  []string{"too long"},
		Cat:  RFCNoncompliant, Pri: pastePri,
		Summary: "The server refused the message's line endings: SMTP requires every line to end with CRLF, and the message (or the client) sent a bare LF or CR.",
		Fix: []string{"Make the sending program end every line with CRLF (RFC 5321 §2.3.8); most libraries do it when given the message as text, not raw bytes.",
			"Check filters or scripts that rewrite the message before it is sent (they may turn CRLF into LF)."},
		Refs: []string{"RFC 5321 §2.3.8"}},
	// an authentication mechanism (type, method) the server does not offer
	// or know, under a security code ("504 5.7.4 Unrecognized authentication
	// type", "535 5.7.8 AUTH mechanism not supported"): the login was
	// refused for its mechanism, whatever X.7.4 says of security features
	{ID: "mta9.auth-mechanism", Any: []string{"authentication type", "authentication mechanism", "authentication method", "auth mechanism", "auth type",
		"auth method", "sasl mechanism", "login mechanism", "authentication scheme"},
		With: []string{"unrecognized", "unrecognised", "not recognized", "not recognised", "not supported", "unsupported", "unknown", "not available",
			"not enabled", "not allowed", "not permitted", "not implemented", "invalid", "disabled"},
		Not: []string{"encryption required", "requires encryption", "tls required", "must issue a starttls"},
		// (under an X.5 code the corpus reads RFC 4954's "504 5.5.4
		// Unrecognized authentication type" as a command the server did not
		// take, syntax; under an X.7 security code the words tell more)
		Enh: []string{"X.7.0", "X.7.4", "X.7.8", "X.7.9"},
		Cat: AuthFailed, Pri: pastePri,
		Summary: "The server refused the login because of its mechanism: it does not offer (or does not allow here) the authentication mechanism the client used.",
		Fix: []string{"Use a mechanism the server lists in its EHLO reply (AUTH PLAIN or LOGIN after STARTTLS on most servers; XOAUTH2 where the provider requires OAuth).",
			"Check the client's setting for the mechanism (\"auth method\", \"SMTP authentication type\") and the port: many servers offer AUTH only on 587 after STARTTLS."},
		Refs: []string{"RFC 4954 §4"}},
	// a login refused in words the auth rules do not list ("curl: (67)
	// Login denied", "login refused", "logon rejected")
	{ID: "mta9.login-denied", Any: []string{"login", "logon", "log-in"},
		With: []string{"denied", "refused", "rejected", "unsuccessful", "not successful", "not accepted"},
		Not:  []string{"first", "required", "must ", "before", "please log", "sender", "recipient", "too many", "relay"},
		Cat:  AuthFailed, Weak: true, Pri: conceptPri,
		Summary: "The server refused the login (SMTP AUTH): the username, the password or the way the account may log in is not accepted."},
	// an AUTH-only basic code (RFC 4954's 534 and 535) under an X.7 detail
	// whose registry meaning is about something else ("534-5.7.14 Please
	// log in via your web browser", "535 5.7.1 ..."): the code says the
	// login was refused
	{ID: "mta9.auth-code", Codes: []int{534, 535}, Enh: []string{"X.7.1", "X.7.3", "X.7.4", "X.7.14"}, Cat: AuthFailed,
		Summary: "The login (SMTP AUTH) was refused: 534 and 535 answer only the AUTH command (RFC 4954); the provider's text may say what it wants (an app password, a login in the browser first).",
		Fix: []string{"Check the username and password; many providers require an app password or OAuth2 instead of the account password.",
			"If the provider asks for a login in the web browser first (a security check), do that, then retry."},
		Refs: []string{"RFC 4954 §6"}},
	// the sender must be the logged-in account ("553 Mail from must equal
	// authorized user", "550 From domain must match authenticated domain")
	{ID: "mta9.sender-not-login", Any: []string{"must equal", "must match", "must be same as", "must be the same as", "does not match", "doesn't match",
		"do not match", "not match", "mismatch", "differs from", "different from", "not owned by"},
		With: []string{"authorized user", "authorised user", "authenticated user", "authenticated domain", "authenticated account", "authenticated address",
			"authenticated sender", "authenticated identity", "authorization user", "authorisation user", "auth user", "login user", "logged in user",
			"login name", "login address", "sasl user", "sasl username", "smtp user", "authenticated mailbox"},
		Not: []string{"recipient", "rcpt"},
		Cat: SenderInvalid, Pri: pastePri,
		Summary: "The server refused the sender address: it must be the address (or domain) of the account the client logged in with.",
		Fix: []string{"Send with the From and envelope-sender address of the account you log in with (in mailx, msmtp or nullmailer: set the from or allmailfrom address).",
			"Or log in with the account that owns the sender address."}},
	// a quota said of the mailbox, with the verdict ("message would exceed
	// maximum mailbox size for this recipient"): the recipient's storage,
	// not a sending quota (weak: mta.mailbox-full's words decide where they
	// occur; mta.rate's "quota exceeded for" leaves a mailbox quota alone)
	{ID: "mta9.mailbox-quota", Any: []string{"mailbox quota", "maximum mailbox size", "mailbox size", "mailbox storage", "mailbox limit", "mailbox capacity",
		"user quota", "account quota", "disk quota", "storage quota"},
		With: []string{"exceeded", "exceed", "exceeds", "would exceed", "over", "reached", "full"},
		Not:  []string{"sending", "send quota", "daily", "hourly", "per hour", "per day", "submission", "outgoing"},
		Cat:  MailboxFull, Weak: true, Pri: conceptPri,
		Summary: "The recipient's mailbox is over its quota (or the message would take it over): the recipient must make room."},
	// a relay refusal that names authentication ("550 Authentication is
	// required for relay"): a relay refusal, as the corpus reads "Relaying
	// denied. Proper authentication required."
	{ID: "mta9.relay-needs-auth", Any: []string{"for relay", "for relaying", "to relay", "relaying to", "relay through", "not relay", "relay access"},
		With: []string{"authentication is required", "authentication required", "auth required", "requires authentication", "authentication needed",
			"must authenticate", "need to authenticate", "needs authentication", "without authentication", "without smtp authentication"},
		Cat: RelayDenied, Pri: pastePri,
		Summary: "The server refused to relay for a client that did not log in: it is not a destination for the recipient's domain, and only authenticated users may send through it.",
		Fix: []string{"Log in (SMTP AUTH on port 587 after STARTTLS) before sending to outside domains.",
			"For server-to-server delivery, deliver to the recipient domain's own MX instead."}},
	// the route to the recipient leads back to this server ("lowest numbered
	// MX record points to local host"): a mail loop of the configuration
	{ID: "mta9.mx-points-here", Any: []string{"points to local host", "points to the local host", "points to localhost", "points to this host",
		"points to ourselves", "points to us", "points back to us", "points back to this host",
		// Postfix's "mail for <domain> loops back to myself" (held-out batch 14)
		"loops back to myself", "loops back to itself", "loops back to this host"},
		Cat: ServerError, Pri: pastePri,
		Summary: "The recipient domain's MX (or the route to it) points back to this server: a mail loop of the configuration, so the server cannot deliver.",
		Fix:     []string{"Check the domain's MX records (`dig MX domain`) and the server's list of local domains: a domain it should deliver locally must be listed as local; one hosted elsewhere must not have its MX here."}},
	// a lookup of the server's own tables that failed for now (Exim
	// "temporarily rejected RCPT <x>: ... lookup forced DEFER", "lookup
	// deferred"): the receiving server's fault, retried
	{ID: "mta9.lookup-defer", Any: []string{"lookup forced defer", "forced defer", "lookup deferred", "lookup defer", "lookup temporarily failed"},
		Not: []string{"dns", "spf", "dkim", "dmarc", "host lookup", "mx lookup", "name lookup"},
		Cat: ServerError, Pri: pastePri,
		Summary: "The receiving server could not look up its own data (a user, alias or access table) for now; the sending MTA retries.",
		Fix: []string{"Nothing to do as the sender: the message is retried.",
			"If the server is yours: the log names the lookup (a database, LDAP or a file); make it reachable."}},
	// Exchange's store exception for a message over the size it accepts
	// ("STOREDRV.Deliver.Exception:MessageSubmissionExceededException.
	// MapiExceptionMaxSubmissionExceeded"), without the words of a size
	{ID: "mta9.exchange-max-submission", Any: []string{"mapiexceptionmaxsubmissionexceeded", "messagesubmissionexceededexception", "maxsubmissionexceeded"},
		Cat: MessageTooBig, Pri: pastePri + 10,
		Summary: "Exchange refused to store the message because it is larger than the size limits allow (the mailbox's, the transport's or the DSN attachment limits).",
		Fix: []string{"Send a smaller message (share large files by link).",
			"If the Exchange organisation is yours: raise the limits that apply (Set-TransportConfig, the connectors, the mailbox's MaxReceiveSize, and InternalDsnMaxMessageAttachSize/ExternalDsnMaxMessageAttachSize)."}},
	// a client that could not reach the server, in the words of a library or
	// a small MTA ("unable to establish SMTP connection", "Could not read
	// from smtp.host", nullmailer's "Temporary error in gethostbyname")
	{ID: "mta9.client-connect", Any: []string{"establish smtp connection", "establish an smtp connection", "establish connection", "establish a connection",
		"could not read from", "unable to read from", "failed to read from", "cannot read from", "could not write to", "unable to write to",
		"temporary error in gethostbyname", "gethostbyname failed"},
		Not: []string{"tls", "ssl", "certificate"},
		Cat: Network, Weak: true, Pri: pastePri,
		Summary: "The client could not connect to the mail server, or lost the connection before it answered (the address, the port, a firewall, or DNS for now).",
		Fix: []string{"Check the server name and port in the client settings, and that the host can reach it (`nc -v host 587`); many networks block outbound port 25.",
			"If the name did not resolve for now, check the host's DNS resolver; the client may retry."}},
	// a refusal of the SENDER's mailbox state ("Sender address rejected:
	// mailbox disabled"): the sender, not the recipient
	{ID: "mta9.sender-mailbox-state", Any: []string{"sender address rejected", "sender rejected", "sender address refused", "sender mailbox"},
		With: []string{"mailbox disabled", "account disabled", "disabled", "inactive", "suspended", "deactivated", "locked", "frozen"},
		Cat:  SenderInvalid, Pri: pastePri,
		Summary: "The server refused the sender address: the sender's own mailbox (or account) is disabled at that server.",
		Fix:     []string{"Send from an active address; if the sender account is yours, ask its provider why it was disabled."}},

	// The kinds of batch 9-mta b (heldout9-mtab.tsv), each a family:
	//
	// the server could not check the address against its own directory
	// ("451 4.4.3 Unable to verify address at this time", "Temporary error
	// checking address"): its own lookup, whatever X.4.3 says of routing
	{ID: "mta9.address-check-failed", Any: []string{"unable to verify", "could not verify", "cannot verify", "can't verify", "failed to verify",
		"unable to check", "could not check", "error checking", "error verifying", "error looking up", "unable to look up", "unable to lookup"},
		With: []string{"address", "recipient", "user", "mailbox"},
		Not: []string{"sender", "dns", "spf", "dkim", "dmarc", "certificate", "tls", "ssl", "host", "domain", "unverified", "signature",
			"unknown", "does not exist", "not found"},
		Cat: ServerError, Pri: pastePri,
		Summary: "The receiving server could not check the recipient address against its own directory for now; the sending MTA retries.",
		Fix: []string{"Nothing to do as the sender: the message is retried.",
			"If the server is yours: its user directory (a database, LDAP or the mailbox store) did not answer; make it reachable."}},
	// a message the server could not parse ("550 5.7.7 Failed to parse
	// message", "error parsing message: malformed MIME header"): its format
	{ID: "mta9.unparsable-message", Any: []string{"parse", "parsing", "unparsable", "unparseable", "malformed"},
		With: []string{"message", "mime", "header", "headers"},
		Not:  []string{"address", "command", "response", "reply", "server's", "sender", "recipient", "url", "json"},
		Cat:  RFCNoncompliant, Pri: pastePri,
		Summary: "The receiver could not parse the message (its headers or MIME structure are malformed).",
		Fix: []string{"Check the message source: valid header syntax (RFC 5322), one header per line, CRLF line endings, a well-formed MIME structure.",
			"Let a mail library build the message instead of writing headers by hand."}},
	// a temporary error while a DNS-based check ran (SPF, DKIM, DMARC,
	// reverse DNS: "451 4.7.24 Temporary SPF validation error", "451 4.7.25
	// Temporary error validating reverse DNS"): DNS for now, not the check's
	// verdict, whatever its X.7.2x code names
	{ID: "mta9.check-temperror", Any: []string{"temporary error", "temporary failure", "temperror", "temp error", "temporary spf", "temporary dkim",
		"temporary dmarc", "temporary dns"},
		With: []string{"spf", "dkim", "dmarc", "reverse dns", "rdns", "ptr", "iprev", "arc", "validating", "validation"},
		Not:  []string{"temporarily rejected", "rejected per"},
		// (under RFC 7372's X.7.23/X.7.24 the corpus reads the code's SPF
		// verdict, code.spf-x.7.23-24; this rule stays below it)
		Cat: Network, Pri: 10,
		Summary: "A check at the receiver (SPF, DKIM, DMARC or the reverse DNS of the sending IP) could not finish for now: a temporary DNS error; the MTA retries.",
		Fix: []string{"Nothing urgent: the sending MTA retries.",
			"If it persists, check that the sender domain's (or the sending IP's reverse zone's) name servers answer quickly and consistently."}},
	// libcurl's words for a refused SMTP login (CURLE_AUTH_ERROR 94, as
	// Zabbix, PHP and other curl users show it)
	{ID: "mta9.curl-auth", Any: []string{"authentication function returned an error"},
		Cat: AuthFailed, Pri: pastePri,
		Summary: "The SMTP login failed (libcurl: an authentication function returned an error): the credentials or the mechanism were refused."},
	// a refusal that names the sender domain's SPF record as the reason
	// ("192.0.2.1 is not allowed to send from <d> per its SPF Record"):
	// SPF, not a sender identity of a sending service
	{ID: "mta9.spf-not-allowed", Any: []string{"spf record", "spf records", "spf settings", "spf policy", "spf configuration"},
		With: []string{"not allowed to send", "not permitted to send", "not authorized to send", "not authorised to send", "is not allowed", "not designated",
			"not permitted"},
		Cat: SenderAuth, Pri: 30,
		Summary: "The receiver refused the message because the sending IP is not allowed by the sender domain's SPF record.",
		Fix: []string{"Add the sending IP (or the provider's include:) to the SPF record of the envelope-sender domain (`dig TXT domain`).",
			"Or send through a server that the SPF record already allows."}},
}
