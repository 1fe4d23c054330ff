package explain

// Rules of helper concept20 (issue 10, session 15); see
// docs/heldout/heldout20-concept.md. Each is tested in new wording in
// concept20_kinds_test.go.
//
// The second pass of the long tail's vocabulary by concept (the first is
// rules_concept19.go): the concepts concept19 did not reach or left thin,
// each a subject (Any) and a verdict about it (With) as word families,
// gathered from how many products and libraries word it (Microsoft
// identity platform's AADSTS errors, Google's and MSAL's OAuth errors,
// nodemailer's, PHPMailer's and league/oauth2's token errors; SOCKS and HTTP
// proxies, firewalls, ISPs' port blocks; sending APIs' field validation
// (Mailgun, SendGrid, Resend), their account states and credits
// (Customer.io, Emailit, SendGrid); Schannel's certificate texts).

// concept20Pri lifts a concept rule of this file above the one-word
// generic rules (mta.policy's "blocked", concept.connect-refused's
// "connection not allowed", concept.address-invalid's "not a valid
// address"): the pair of a subject and a verdict says more.
const concept20Pri = conceptPri + 14

var concept20Rules = []rule{
	// auth-failed: an OAuth grant, token or consent the identity provider
	// refused ("invalid_grant: Token has been expired or revoked",
	// "AADSTS65001: The user or administrator has not consented",
	// "AADSTS7000215: Invalid client secret provided", nodemailer's
	// "Can't create new access token for user", MSAL's
	// "interaction_required"): the login, not the message
	{ID: "concept20.oauth-grant", Any: []string{"oauth", "oauth2", "xoauth2", "access token", "refresh token", "id token", "grant", "client secret", "consent", "consented",
		// Microsoft identity platform's error codes (AADSTS50076, AADSTS65001, AADSTS700082, ...): a word with digits is matched inside the code
		"aadsts1", "aadsts2", "aadsts3", "aadsts4", "aadsts5", "aadsts6", "aadsts7", "aadsts8", "aadsts9", "identity provider", "identityprovider", "refresherror", "refresh error", "msal", "authorization code", "authorisation code", "app registration",
		"interaction_required", "interaction required", "consent_required", "consent required", "unauthorized_client", "unauthorized client", "invalid_client"},
		With: []string{"invalid_grant", "invalid grant", "expired", "revoked", "not consented", "has not consented", "consent_required", "consent required", "admin consent",
			"interaction_required", "interaction required", "unauthorized_client", "unauthorized client", "invalid_client", "invalid client", "not authorized to request",
			"can't create", "cannot create", "could not create", "unable to create", "could not obtain", "failed to obtain", "unable to obtain", "failed to acquire",
			"could not acquire", "unable to acquire", "invalid client secret", "is invalid", "was invalid", "multi-factor", "reauthorize", "re-authorize", "reconnect",
			"re-authenticate", "reauthenticate", "authorize again", "must use multi-factor", "sign-in was blocked", "sign-in blocked", "conditional access",
			"has expired due to inactivity", "password has expired", "is disabled", "not found in the directory", "does not exist in tenant"},
		Not: []string{"spf", "dkim", "dmarc", "certificate", "recipient", "mailbox full", "unsubscribe", "api key"},
		Cat: AuthFailed, Weak: true, Pri: concept20Pri,
		Summary: "The client could not log in with OAuth2: the identity provider refused the grant (a token expired or revoked, consent not given, a wrong client secret).",
		Fix: []string{"Authorize the mail account again in the application (a new refresh token), and check the app registration's client id, secret and consented permissions (SMTP.Send, mail scope).",
			"If an administrator must consent or a sign-in policy (MFA, conditional access) applies, ask the tenant's administrator."}},
	// network: a firewall, proxy or the ISP between client and server that
	// blocked or intercepted the connection ("blocked by firewall",
	// "Outbound port 25 is blocked by your ISP", "SOCKS5 proxy error:
	// connection not allowed by ruleset"): not the receiver's policy
	{ID: "concept20.middlebox", Any: []string{"firewall", "firewalls", "proxy", "socks", "socks5", "socks4", "outbound port", "port 25", "port 587", "port 465",
		// (not the ISP alone: "The mail server or internet service provider used by your customer blocked the email delivery" is the receiver's block)
		"egress", "network policy",
		"security group", "smtp inspection", "esmtp inspection", "smtp fixup", "mailguard", "smtp alg", "alg ", "mail shield", "email shield", "security software"},
		With: []string{"blocked", "blocking", "blocks", "denied", "refused", "not allowed", "forbidden", "intercepted", "intercepting", "intercepts", "interfering",
			"interferes", "filtered", "dropped by", "drops"},
		Not: []string{"spam", "blacklist", "blocklist", "rbl", "dnsbl", "listed", "open proxy", "proxymap", "proxy_read", "proxy session", "virus", "malware",
			"infected", "attachment", "content", "sender", "recipient", "relay access", "relaying", "spf", "dkim", "dmarc", "reputation"},
		Cat: Network, Weak: true, Pri: concept20Pri,
		Summary: "Something between the client and the mail server (a firewall, a proxy, the ISP's port block or an SMTP inspection) blocked or intercepted the connection.",
		Fix: []string{"Check the firewall, proxy or security software on the sending side (and the hosting provider's or ISP's outbound port rules) for the mail server's host and port.",
			"Use the submission port (587 or 465) where port 25 is blocked, or ask the provider to open it; turn off SMTP inspection (fixup) on a firewall that rewrites the session."}},
	// syntax: a sending API's field that does not hold a valid address
	// ("'to' parameter is not a valid address", "The to email does not
	// contain a valid address", "Invalid `to` field"): the request's
	// format, as the corpus reads "Please provide a valid email address"
	{ID: "concept20.api-address-format", Any: []string{"'to' parameter", "to parameter", "`to` field", "'to' field", "\"to\" field", "to field", "to email", "recipient field",
		"recipients field", "email field", "email property", "'to' address", "cc field", "bcc field", "'cc'", "'bcc'", "email parameter", "recipient parameter"},
		With: []string{"not a valid address", "not contain a valid", "not a valid email", "needs to follow", "must follow", "invalid format", "is malformed",
			"wrong format", "format is invalid", "not valid email", "not a valid e-mail", "must be a valid", "should be a valid", "invalid field", "invalid `to`", "invalid 'to'"},
		Not: []string{"sender", "from address", "'from'"},
		// strong: the field and the verdict together outweigh a generic
		// "malformed" (mta.rfc) or "not a valid address" (concept.address-invalid)
		Cat: Syntax, Pri: 0,
		Summary: "The sending API refused the request: an address field (to, cc, bcc) does not hold a valid email address.",
		Fix:     []string{"Check the address the application put in the field (quotes, spaces, a missing domain, several addresses in one string) against the API's documented format."}},
	// policy: the sending account's own (sign-up, owner's) email address
	// not yet verified, which the service requires before it sends
	// ("Please verify your email address before sending", Customer.io's
	// "Account owner's email address is not confirmed"): an account state,
	// as "Account is not yet approved for sending" is; a sending address
	// or domain not verified is the sender (concept19.sender-not-verified)
	{ID: "concept20.account-email-unverified", Any: []string{"verify your email", "verify your e-mail", "confirm your email", "confirm your e-mail", "verify your address",
		"confirm your address", "verify your account", "confirm your account", "email not confirmed", "email is not confirmed", "email address is not confirmed",
		"email address has not been confirmed", "email address has not been verified", "email address is not verified", "email address not verified",
		"email not verified", "email has not been verified", "e-mail not confirmed", "e-mail address not confirmed", "unverified account", "account is not verified",
		"account not verified", "account has not been verified", "owner's email"},
		// (a word of sending: not a sign-up's "Please check your email to confirm your account")
		With: []string{"send", "sending", "sent", "campaign", "campaigns", "unlock", "owner", "blocked", "outgoing", "newsletter", "newsletters"},
		Not: []string{"sender", "from address", "domain", "identity", "identities", "recipient", "rcpt", "spf", "dkim", "dmarc", "smtp_port", "php.ini", "setting",
			// (batch 24-codeless: a failed-mail list's "owner" is the recipient, Mistable's "the owner's email account is incorrect or invalid", "the owner's email server rejected")
			"incorrect", "invalid", "rejected", "email server", "mail server", "bounce"},
		Cat: Policy, Pri: concept19Pri,
		Summary: "The sending service does not send for this account until its owner's email address is verified (an account state, not the message's sender address).",
		Fix:     []string{"Open the verification message the service sent to the account's email address (or request a new one in the account settings), confirm it, and send again."}},
	// tls-required: Schannel's and CryptoAPI's name for a certificate whose
	// name does not match the server ("The target principal name is
	// incorrect", SEC_E_WRONG_PRINCIPAL, CERT_E_CN_NO_MATCH)
	{ID: "concept20.cert-principal", Any: []string{"target principal name is incorrect", "sec_e_wrong_principal", "sec e wrong principal", "cert_e_cn_no_match",
		"cert e cn no match", "principal name is incorrect", "wrong principal"},
		Cat: TLSRequired, Pri: conceptPri,
		Summary: "The server's certificate does not name the host the client connected to (Windows' \"target principal name is incorrect\"): the TLS session was not set up.",
		Fix:     []string{"Connect to the host name the certificate names (not an IP address or an alias), or have the server's certificate cover the name used."}},

	// ---- held-out batch 20-concept's kinds (docs/heldout/heldout20-concept.md) ----
	// an application's advice that names the server's name as what to
	// check ("Notification email failed: check SMTP server name!",
	// motionEyeOS on a name that did not resolve), not a list of settings
	{ID: "concept20.check-server-name", Any: []string{"check smtp server name", "check the smtp server name", "check the server name", "check server name",
		"check the mail server name", "check smtp host name", "check the smtp host name", "check the smtp hostname", "verify the smtp server name", "check the smtp server address"},
		Not: []string{"port", "password", "credentials", "username", "user name", "login", "settings", "encryption", "ssl", "tls"},
		Cat: HostUnknown, Weak: true, Pri: conceptPri,
		Summary: "The application could not reach the mail server by the name it was given (it did not resolve): the SMTP server name is wrong or mistyped."},
	// credits said with a word between ("insufficient email credits", "no
	// sending credits left"): the account's credits used up
	{ID: "concept20.credits-used-up", Any: []string{"credits", "credit balance", "credit limit"},
		With: []string{"insufficient", "not enough", "out of", "run out", "ran out", "no more", "exhausted", "used up", "depleted", "is zero", "are zero", "0 left", "none left", "no email credits", "no sending credits"},
		Not:  []string{"credit card", "creditor", "credit note", "payment method"},
		Cat:  RateLimited, Pri: concept19Pri,
		Summary: "The sending service refused the send: the account's credits are used up."},
}
