package explain

// Kinds held-out batch 11-lib (testdata/corpus/heldout11-lib.tsv: errors as
// mail client libraries and desktop/mobile clients print them) showed on its
// only run, each a kind of wording rather than one client's message. The
// parser forms of the same batch are in forms_lib11.go.
//
//   - a client's own failure when no reply came, in words no rule held: the
//     authentication method or mechanism the two sides do not share ("does
//     not allow plaintext passwords", "does not support PLAIN
//     authentication", "None of the authentication methods supported by
//     this client are supported by your server", "Unable to authenticate");
//     the configured outgoing server's name that does not resolve ("Outgoing
//     server (SMTP) x is unknown"); a connection that could not be set up or
//     was lost, said of "the connection" rather than with a socket error ("A
//     stable connection to the server could not be established", "connecting
//     to Outgoing server (SMTP) x failed", .NET's net_io_connectionclosed);
//     a message larger than the server's limit said as "a large message";
//   - a server without STARTTLS named inside a connection failure ("Failed
//     to connect to SMTP server x in secure mode: STARTTLS not supported"):
//     the TLS cause outranks the generic connection words, as
//     final10.tls-in-connect-failure does for TLS exceptions;
//   - a daily sending limit said of the messages a user may send ("over the
//     limit for messages allowed to be sent in a single day") is a rate
//     limit, not a mailbox over its quota ("user is over");
//   - "rejected by the server" names no cause (a client's summary of a
//     refusal): unknown, not a policy refusal;
//   - 553 ("mailbox name not allowed") at MAIL FROM is the sender's address
//     refused: sender-invalid.

var lib11Rules = []rule{
	// ---- a client's own failure, no reply ----
	{ID: "lib11.auth-mechanism", Any: []string{"authentication method", "authentication methods", "authentication mechanism", "authentication mechanisms",
		"auth method", "auth mechanism", "sasl mechanism", "plaintext password", "plain text password", "encrypted password", "authentication type",
		" authentication", "authenticate"},
		With: []string{"does not allow", "doesn't allow", "do not allow", "does not support", "doesn't support", "not supported", "none of the",
			"no usable", "cannot find a usable", "no suitable", "no common", "unable to authenticate", "could not authenticate", "cannot authenticate", "can't authenticate",
			"failed to authenticate", "unrecognized authentication", "unsupported"},
		Not: []string{"authentication required", "authentication is required", "must authenticate", "not authenticated", "requires authentication"},
		Cat: AuthFailed, Weak: true, Pri: conceptPri,
		Summary: "The client could not authenticate: the server refused the credentials, or the two sides share no authentication method (a mechanism such as PLAIN or LOGIN the server does not offer, or a plaintext password it does not allow).",
		Fix: []string{"Check the username and password; many providers require an app password or OAuth2 instead of the account password.",
			"Choose an authentication method the server offers in its EHLO reply (the AUTH line of the session transcript); most servers offer PLAIN and LOGIN only after STARTTLS.",
			"If the server offers no authentication on this port, use the provider's submission port (587 with STARTTLS, or 465)."},
		Refs: []string{"RFC 4954"}},
	{ID: "lib11.outgoing-server-unknown", Any: []string{"outgoing server", "smtp server", "smtp host", "mail server", "outgoing mail server", "server name"},
		With: []string{"is unknown", "could not be found", "cannot be found", "can't be found", "could not locate", "cannot locate", "could not resolve", "cannot resolve", "not be resolved"},
		Not:  []string{"recipient", "user", "mailbox", "account", "address"},
		Cat:  HostUnknown, Weak: true, Pri: conceptPri,
		Summary: "The name of the mail server the client is configured to use does not resolve (DNS): the client never reached a server.",
		Fix: []string{"Check the outgoing (SMTP) server name in the client's settings for typos.",
			"Look it up: `dig A name` / `dig AAAA name`; if it does not resolve, use the name the provider documents.",
			"Check the client's DNS resolver works (other names resolve)."}},
	{ID: "lib11.connection-not-established", Any: []string{"stable connection", "connection to the server", "connecting to outgoing server", "connection to outgoing server",
		"connection to the remote server", "transport connection", "connection could not be established", "connection could not be made"},
		With: []string{"could not be established", "could not be made", "could not be opened", "has failed", "failed", "was lost", "was interrupted", "was closed",
			"refusing", "unable to read data", "unable to write data", "timed out"},
		Cat: Network, Weak: true, Pri: conceptPri,
		Summary: "The client could not set up or keep the connection to the mail server: nothing answered, the connection was refused, or it was closed under the client."},
	{ID: "lib11.connection-closed-token", Any: []string{"net_io_connectionclosed", "connectionclosed"}, Cat: Network,
		Summary: "The mail server closed the connection before it answered (System.Net.Mail's net_io_connectionclosed): most often a TLS mismatch on the port (implicit TLS expected on 465) or the server dropping the client."},
	{ID: "lib11.large-message-limit", Any: []string{"large message", "larger message", "big message", "large messages"},
		With: []string{"limit", "too large", "exceed", "maximum", "not allowed"},
		Cat:  MessageTooBig, Weak: true, Pri: conceptPri,
		Summary: "The message is larger than the server accepts."},

	// ---- the TLS cause inside a connection failure ----
	{ID: "lib11.no-starttls", Any: []string{"starttls not supported", "starttls is not supported", "does not support starttls", "doesn't support starttls",
		"starttls not available", "starttls is not available", "starttls not offered", "does not support stls", "in secure mode",
		"doesn't advertise that feature", "does not advertise starttls", "no starttls"},
		Not: []string{"tls is required", "must issue a starttls"},
		Cat: TLSRequired, Pri: 12,
		Summary: "The client was set to use STARTTLS (or TLS) and the server does not offer it on this port, so the client stopped before sending anything.",
		Fix: []string{"Use the port and TLS mode the provider documents: 587 with STARTTLS, or 465 with TLS from the start.",
			"If the server should offer STARTTLS, its admin must enable it (Postfix: smtpd_tls_security_level = may, with a certificate).",
			"Do not switch TLS off to make it work: the password would cross the network in clear."},
		Refs: []string{"RFC 3207", "RFC 8314"}},

	// "Unable to connect using SSL" (Outlook's 0x800CCC1A): the TLS mode is the failure's cause
	{ID: "lib11.connect-using-tls", Any: []string{"using ssl", "using tls", "using ssl/tls", "over ssl", "over tls", "via ssl", "via tls", "with ssl", "with tls"},
		With: []string{"unable to connect", "could not connect", "cannot connect", "can't connect", "failed to connect", "connection failed", "connect failed"},
		// a connection that timed out or was refused failed before TLS began: the network is the cause (held-out batch 11-apps)
		Not: []string{"timed out", "timeout", "connection refused", "no route to host", "unreachable", "connection reset"},
		Cat: TLSRequired, Pri: 12,
		Summary: "The client could not connect with TLS: the port does not speak the TLS mode the client was set to (implicit TLS on 465, STARTTLS on 587), or the two sides share no TLS version or cipher.",
		Fix: []string{"Use the port with the TLS mode it expects: 465 speaks TLS at once, 587 and 25 start in plain text and upgrade with STARTTLS.",
			"Check the TLS versions both sides allow: `openssl s_client -connect host:465` or `-starttls smtp -connect host:587`."},
		Refs: []string{"RFC 3207", "RFC 8314"}},

	// ---- a sending limit said of the messages a user may send ----
	{ID: "lib11.messages-per-day", Any: []string{"allowed to be sent", "sent in a single day", "sent in one day", "sent per day", "send per day",
		"messages per day", "emails per day", "e-mails per day", "messages a day", "sending limit", "send limit"},
		With:    []string{"limit", "over", "exceed", "reached", "maximum"},
		Cat:     RateLimited,
		Summary: "The sending account is over its limit of messages per day (or per period); the provider refuses more until the period ends.",
		Fix: []string{"Wait until the limit resets (usually 24 hours from the first message of the period) and send the rest then.",
			"Send bulk or automated mail through a service made for it, not a personal mailbox.",
			"If the account was not meant to send that much, check it for a compromise (unknown sent mail, a leaked password)."}},

	// ---- a refusal that names no cause ----
	{ID: "lib11.rejected-by-server", Any: []string{"rejected by the server", "rejected by server", "rejected by the mail server", "rejected by the remote server",
		"refused by the server"},
		Cat: Unknown, Actor: ActorSenderAdmin,
		Summary: "The client reports that the server refused the message without passing on the server's reason.",
		Fix: []string{"Find the server's own reply: the client's log or the session transcript of a test send shows the code and text that say why.",
			"Then explain that reply: `smtpgw explain \"<reply>\"`."}},

	// ---- batch 11-lib b: the server's words after a library's disconnect, and failures that name no cause ----
	// MailKit appends the server's last words to its disconnect ("The SMTP server has unexpectedly
	// disconnected: Authentication failed: Bad username / password"): they are the cause
	{ID: "lib11.disconnect-after-auth-failure", Any: []string{"authentication failed", "bad username", "username and password not accepted",
		"invalid credentials", "incorrect authentication data", "authentication unsuccessful"},
		With:    []string{"unexpectedly disconnected", "has disconnected", "disconnected:"},
		Cat:     AuthFailed,
		Summary: "The server refused the login and then closed the connection; the library reports the disconnect, with the server's words that say the credentials were refused.",
		Fix: []string{"Check the username and password; many providers require an app password or OAuth2 instead of the account password.",
			"Check that the account may use SMTP authentication."}},
	// a client's summary that sending failed in the protocol, without the reply that said why
	{ID: "lib11.protocol-failure-no-cause", Any: []string{"smtp protocol error", "response did not start with any of"},
		Cat: Unknown, Actor: ActorSenderAdmin,
		Summary: "The client reports that the SMTP exchange failed, without the server's reply that says why.",
		Fix: []string{"Turn on the client's protocol trace (or run a test send that shows the session) and read the server's reply to the command that failed.",
			"Then explain that reply: `smtpgw explain \"<reply>\"`."}},

	// ---- 553 at MAIL FROM ----
	{ID: "lib11.553-mail-from", Codes: []int{553}, Stages: []string{"MAIL FROM"}, Cat: SenderInvalid, Weak: true,
		Summary: "The server refused the envelope sender (MAIL FROM) with 553, \"mailbox name not allowed\": the sender address is not acceptable there (its form, its domain, or an address the authenticated user may not use).",
		Actor:   ActorSenderAdmin, Fix: []string{"Send with an envelope-sender address of your own account or domain, in plain form (user@domain, no display name).",
			"If you authenticate, use a sender address that belongs to the authenticated account.",
			"Read the server's text, when there is one, for which of these it is."},
		Refs: []string{"RFC 5321 §4.2.3"}},
}
