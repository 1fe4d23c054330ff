package explain

// Rules of held-out batch 14-engine (session 9): kinds found on the batch's first
// run, each tested in new wording in engine14_kinds_test.go.

var engine14Rules = []rule{
	// a refused connection in other words than the errno's ("the SMTP server
	// connection is refused", "the service refused the connection", Zend's
	// "Could not open socket", msmtp's "the server sent an empty reply"): the
	// connection to the server did not work
	{ID: "engine14.connection-refused-words", Any: []string{"connection is refused", "connection was refused", "refused the connection", "refuses the connection",
		"refused our connection", "refused to connect", "could not open socket", "couldn't open socket", "cannot open socket", "can't open socket",
		"unable to open socket", "failed to open socket", "sent an empty reply", "empty reply from the server", "empty reply from server",
		// a connection the server closed (held-out batch 14-engine b)
		"has closed the connection", "server closed the connection", "closed the connection unexpectedly", "connection closed by the server",
		"connection was closed by the server"},
		Not: []string{"certificate", "relay access", "relaying", "relay denied", "spam", "blocklist", "blacklist", "listed"},
		Cat: Network, Pri: conceptPri + 10, Generic5xx: true,
		Summary: "The client could not talk to the mail server: the connection was refused or closed before the server answered.",
		Fix: []string{"Check the host name and port the application is set to, and that the host can reach it (`nc -vz host 587`): a refused connection means nothing listens there or a firewall rejects it.",
			"An empty reply often means the wrong TLS mode for the port (465 implicit TLS, 587 STARTTLS) or a proxy in the way."}},
	// a client that names the server it could not open a connection to
	// (ssmtp's "Cannot open mailhub:587"; held-out batch 14-engine b)
	{ID: "engine14.cannot-open-server", Any: []string{"cannot open", "can't open", "could not open", "couldn't open", "unable to open", "failed to open"},
		With: []string{"ssmtp", "mailhub", "smtp server", "smtp host", "mail server", "mailserver", "relay host", "smarthost", "smtp."},
		Not:  []string{"file", "directory", "config", "permission", "mailbox", "folder", "certificate", "key", "database", "queue", "tls", "ssl"},
		Cat:  Network, Pri: conceptPri + 8, Generic5xx: true,
		Summary: "The mail client could not open a connection to its mail server (host and port): nothing answered there, or a firewall refused it.",
		Fix: []string{"Check the server name and port in the client's settings (ssmtp: mailhub=host:port) and that the host reaches it (`nc -vz host 587`).",
			"Check the TLS mode for the port (465 implicit TLS, 587 STARTTLS): a wrong one also ends in a failed open."}},
	// the client has no password (or no user) to log in with: the library
	// refuses before the server is asked (nodemailer's "Missing credentials
	// for \"PLAIN\"", net-smtp's "SMTP-AUTH requested but missing secret
	// phrase", an application's "Login not possible ... credentials")
	{ID: "engine14.credentials-missing", Any: []string{"missing credentials", "credentials missing", "credentials are missing", "missing secret phrase",
		"missing password", "password is missing", "password missing", "no password given", "no password set", "no password configured", "password not set",
		"missing username", "username is missing", "login not possible",
		// JavaMail's debug output when it has no password (held-out batch 14-engine b)
		"need username and password", "password=<null>"},
		Cat: AuthFailed, Pri: conceptPri + 10,
		Summary: "The mail client could not log in: its SMTP user name or password is missing or not accepted.",
		Fix: []string{"Set the SMTP user name and password (an app password where the account uses multi-factor authentication) in the application's mail settings.",
			"If the server does not need a login, turn authentication off in the application instead of leaving the password empty."}},
	// a client library that looked for STARTTLS in the server's EHLO
	// answer and did not find it ("STARTTLS extension not found", "STARTTLS
	// not available"): TLS was required by the client and not offered
	{ID: "engine14.starttls-not-found", Any: []string{"starttls"}, With: []string{"not found", "not available", "unavailable", "not offered", "missing"},
		Not: []string{"tls not available due to local problem", "command used"},
		Cat: TLSRequired, Pri: conceptPri + 10,
		Summary: "The client requires STARTTLS, but the server did not offer it in its EHLO answer.",
		Fix: []string{"Check that the application connects to the right port: 587 offers STARTTLS, 465 wants implicit TLS from the first byte, 25 may offer neither.",
			"If the server really offers no TLS, ask its operator to enable it rather than turning TLS off in the client."}},
	// an address that a library or server names as the message's From
	// address and refuses: PHPMailer's "Invalid address:  (From): x", a
	// provider's "From address is not one of your addresses"
	{ID: "engine14.from-address-refused", Any: []string{"(from):", "(sender):", "not one of your addresses", "not one of your email addresses",
		"not one of your e-mail addresses", "not one of your verified addresses", "not among your addresses", "isn't one of your addresses"},
		With: []string{"invalid address", "from address", "sender address", "from", "sender"},
		Cat:  SenderInvalid, Pri: conceptPri + 12,
		Summary: "The sender (From) address was refused: it is not valid, or the account may not send as it.",
		Fix: []string{"Send from an address that the account owns (or has verified as an alias), and set the envelope sender to it too.",
			"If the address is a placeholder such as www-data@localhost, set a real From address in the application."}},
}
