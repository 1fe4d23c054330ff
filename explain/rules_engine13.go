package explain

// mtaTLSDeferralWording is a sending MTA's own text for a TLS failure that
// it defers and retries by itself (Postfix's smtp client, Exim's transport):
// with it a TLS failure without a code is transient; without it the failure
// is a client library's or application's, which raises and does not resend
// (permanent, naturalClass) (docs/explain.md, "Classes").
var mtaTLSDeferralWording = []string{
	// Postfix smtp(8)
	"tls is required, but was not offered", "tls is required, but host", "tls is required, but our tls engine is unavailable",
	"cannot start tls: handshake failure", "server certificate not trusted", "server certificate not verified",
	// its TLS layer's warning before it defers ("server certificate verification failed for host[ip]:25: num=62:hostname mismatch"; held-out batch 13)
	"server certificate verification failed for",
	// Exim's smtp transport (hosts_require_tls, tls_verify_hosts)
	"a tls session is required", "tls session: (ssl_connect)", "tls session: (gnutls_handshake)", "tls session: (certificate verification failed)",
	// Exchange's transport (queue viewer, send connector log) and Stalwart's
	// delivery report name the remote host's TLS failure (held-out batch 14-mta)
	"tls negotiation failed with error", "tls error from '",
	// Postal's SoftFail of an unexpected error, retried (app/senders/smtp_sender.rb; held-out batch 14-esp b)
	"an error occurred while sending the message to",
	// the sending MTA's own log of a failed handshake: OpenSMTPD's outbound
	// session, Exim's smtp transport, Sendmail's and Postfix's TLS client
	// (held-out batch 16-net)
	"smtp-out: error on session", "tls error on connection to", "tls error on connection (ssl_connect)",
	"tls error on connection (gnutls_handshake)", "starttls=client,", "ssl_connect error to",
	// Stalwart's outbound delivery trace (held-out batch 16-net b);
	// Postfix's TLS layer warning (batch 16-net c)
	"smtp::outbound::delivery", "tls library problem",
	// Postfix smtpd's and Sendmail's 454 text for a STARTTLS it cannot
	// serve, quoted without its code ("STARTTTLS command failed: TLS not
	// available due to local problem"; batch 26-alla)
	"tls not available due to local problem",
	// Exchange's receive connector text for a sender that did not start
	// TLS, always under 451 5.7.3 (or 4.4.317 in the sending queue), quoted
	// without its code (a README's "Issue: STARTTLS is required to send mail"; batch 27-alla)
	"starttls is required to send mail",
	// the sending MTA's TLS policy: Postfix's smtp_tls_policy_maps warnings,
	// Exim's DANE lookups, a TLSRPT report's result types (sessions a sending
	// MTA failed and retried) (held-out batch 17-net)
	"smtp_tls_policy_maps", "tls policy lookup for", "dane error:", "certificate-host-mismatch", "certificate-expired",
	"certificate-not-trusted", "starttls-not-supported", "tlsa-invalid", "dnssec-invalid", "dane-required",
	"sts-policy-fetch-error", "sts-policy-invalid", "sts-webpki-invalid", "validation-failure",
	// the receiving MTA's log of a client's failed handshake (Exim's
	// "TLS error on connection from ... (SSL_accept)"): the client retries
	// (held-out batch 17-src b)
	"tls error on connection from",
	// sendmail's server side (held-out batch 17-src c)
	"starttls=server", "ssl_accept:error",
	// KumoMTA's own log: its internal 400 over every candidate MX, kumod's
	// dispatcher (held-out batch 17-net c)
	"kumomta internal:", "failed to connect to any candidate hosts", "kumod::", "error in dispatcher::run",
}

// engine13Rules: the rules helper engine13 writes this session (issue 10),
// from held-out batch 13-engine (replies as applications and client
// libraries wrap them). Each names a kind, tested in new wording in
// engine13_kinds_test.go.
var engine13Rules = []rule{
	// a connect call that failed, as a library names it ("SMTP connect()
	// failed", "stream_socket_client(): unable to connect"): the
	// connection to the server was never set up
	{ID: "engine13.connect-call-failed", Any: []string{"connect() failed", "connect() error", "connect() timed out", "connect(): unable to", "connect() returned",
		"stream_socket_client(): unable to connect", "fsockopen(): unable to connect", "socket_connect(): unable to connect"},
		Not: []string{"tls", "ssl", "certificate", "handshake"},
		Cat: Network, Weak: true, Pri: conceptPri + 4, Generic5xx: true,
		Summary: "The client could not open a connection to the mail server (its connect call failed): the host, port or network path is wrong or blocked.",
		Fix: []string{"Check the host name and port the application is set to, and that the host can reach it (`nc -vz host 587`): many hosting providers block outbound SMTP ports.",
			"The application resends only if it queues mail; otherwise send again once the connection works."}},
	// the system's own words for a socket error (strerror), where other
	// lines give the errno name (prov11.errno-connect)
	{ID: "engine13.socket-strerror", Any: []string{"cannot assign requested address", "can't assign requested address", "software caused connection abort",
		"network is down", "host is down", "network dropped connection on reset", "transport endpoint is not connected", "protocol not available",
		"address family not supported by protocol"},
		Cat: Network, Pri: conceptPri + 10, Generic5xx: true,
		Summary: "The sending host's socket failed before or while talking to the mail server (the operating system's error: no usable source address, a dropped connection, a network that is down).",
		Fix: []string{"Check the sending host's network: its source addresses (IPv4 and IPv6), routes and firewall toward the mail server.",
			"In containers, check that the container has a network and that the address it binds exists (an IPv6 source without IPv6 routing gives \"Cannot assign requested address\")."}},
	// an authorization or token that expired is a login that no longer
	// works, not a message that stayed too long in a queue
	{ID: "engine13.auth-expired", Any: []string{"authorization", "authorisation", "access token", "refresh token", "oauth token", "oauth2 token", "oauth", "token",
		"credentials", "app password", "application password", "consent", "grant"},
		With: []string{"has expired", "have expired", "is expired", "expired", "was revoked", "has been revoked", "reauthorize", "re-authorize", "reauthorise", "re-authorise", "reauthenticate"},
		Not:  []string{"certificate", "cert "},
		Cat:  AuthFailed, Pri: conceptPri + 10,
		Summary: "The client's login to the mail server no longer works: its OAuth authorization, token or app password expired or was revoked.",
		Fix: []string{"Authorize the account again in the application (sign in to the provider once more) so that it gets a new token.",
			"If the provider revokes tokens after a password change or a period without use, renew the grant after each change."}},
	// a text line over RFC 5322's limit of 998 characters (not a command
	// line: the limit is named by its number or as the line length)
	{ID: "engine13.line-length", Any: []string{"line length", "line-length", "characters per line", "octets per line", "bytes per line", "998 octets", "998 characters", "998 bytes"},
		With: []string{"998", "1000", "maximum", "max ", "exceed", "too long", "limit", "allowed"},
		Cat:  RFCNoncompliant, Pri: conceptPri + 4,
		Summary: "A line of the message is longer than the 998 characters that RFC 5322 allows (1000 with CRLF), and the server refused it.",
		Fix: []string{"Encode long lines (quoted-printable or base64) or wrap them: most mail libraries do so when the content transfer encoding is set.",
			"Check HTML templates that put a whole page on one line."},
		Refs: []string{"RFC 5322 §2.1.1", "RFC 5321 §4.5.3.1.6"}},
	// an application's "failed to open a TLS connection" frame over a
	// cause of the network (a resolver that failed, a connection the
	// server closed or that timed out): the network failed, not TLS
	{ID: "engine13.tls-frame-network-cause", Any: []string{"tls connection", "ssl connection", "tls session", "secure connection"},
		With: []string{"temporary failure in name resolution", "name resolution", "server misbehaving", ": eof", " eof", "i/o timeout", "connection refused", "connection timed out", "connection reset by peer", "network is unreachable", "no route to host",
			// Node's "Client network socket disconnected before secure TLS connection was established" (held-out batch 14-engine b)
			"socket disconnected", "disconnected before"},
		Not: []string{"certificate", "handshake failure", "first record", "wrong version", "protocol version"},
		Cat: Network, Pri: 14, Generic5xx: true,
		Summary: "The connection to the mail server failed before TLS could start: the name did not resolve for now, or the connection was refused, timed out or closed by the server.",
		Fix: []string{"Check that the sending host resolves and reaches the server (`nc -vz host 465`); in containers, check the DNS server the container uses.",
			"If the server closes the connection at once, check the port and TLS mode (465 implicit TLS, 587 STARTTLS) and whether the provider blocks your address."}},
	// a library's exception that names only its kind, not the server's
	// words ("Net::SMTPFatalError: Net::SMTPFatalError" in a health check,
	// "SMTPException sending mail: retrying connection"): the send failed
	// and nothing says why; the kind gives the class (libraryClassWording)
	{ID: "engine13.library-exception-no-cause", Any: []string{"smtpfatalerror", "smtpserverbusy", "smtpunknownerror", "smtpexception",
		"smtp exception", "smtpcommandexception", "smtpprotocolexception",
		// a refusal exception without its reply (an empty dict, a task log's
		// "recipients or sender refused"; held-out batch 14-engine)
		"smtprecipientsrefused", "smtpsenderrefused", "recipients or sender refused", "sender or recipients refused"},
		Cat: Unknown, Weak: true,
		Summary: "The mail library raised an error without the server's reply: the send failed, and nothing in the text says why.",
		Fix: []string{"Turn on the library's or the application's SMTP debug log and read the server's reply to the command that failed.",
			"Check the application's SMTP settings (host, port, TLS mode, login, sender address) against the provider's documentation."}},
}

// libraryPermanentWording and libraryTemporaryWording are the names of
// library exceptions that state a reply's class (Ruby's Net::SMTP raises
// SMTPFatalError for a 5xx, SMTPServerBusy for a 4xx) and a client's own
// "retrying": the class of a text without a code (wordingClass).
var (
	libraryPermanentWording = []string{"smtpfatalerror"}
	libraryTemporaryWording = []string{"smtpserverbusy", "retrying connection", "retrying in", "retrying after", "will be retrying",
		// an application's own statement that it tries again after a failure,
		// read also after a TLS failure without a code (held-out batch 15, rules_final16.go)
		"failed, retrying", "failed; retrying", "failed - retrying", "failed. retrying", "error, retrying", "error; retrying",
		"error - retrying", "failure, retrying", "failed, will retry", "failed; will retry", "error, will retry",
		// a client's own advice to try again later after a failed STARTTLS
		// ("Could not connect to SMTP host. STARTTLS command failed Try again
		// later"; batch 26-alla)
		"try again later"}
)
