package explain

// Rules of helper gw18 (issue 10, session 13); see docs/heldout/heldout18*.md.
//
// Security gateways and the MTAs the source pass of session 12 did not
// cover, from their own source and documentation (held-out batch 18-gw):
// the kinds its first run missed, each tested in new wording in
// gw18_kinds_test.go.
//
//   - A reply that states the command's correct form ("Invalid syntax.
//     Syntax should be MAIL FROM:<...>", hMailServer) or asks for a valid
//     address at RCPT ("A valid address is required"): the command or its
//     address does not parse (syntax), not an unknown recipient.
//   - A syntax error the reply names as the sender address's ("Syntax error
//     in sender address", James; "Error parsing sender address" in its log):
//     the sender address (sender-invalid), as "Bad sender address syntax" —
//     the generic "syntax error in" reading (mta5.syntactically-invalid)
//     yields to it. The same words about the recipient address stay syntax.
//   - An authenticated user sending as an address not theirs, in James's
//     words ("Incorrect Authentication for Specified Email Address"): the
//     sender address (sender-invalid, as src17.sender-not-users), not a
//     failed login.
//   - A gateway that does not protect the recipient's domain ("the
//     recipient's domain isn't a Sophos Email protected domain"): the
//     domain is not served there (relay-denied), also without a code.
//   - A gateway's log reason that names the layer that blocked
//     (Barracuda's "Intent Analysis": domains in the body on its list —
//     spam-content; "Advanced Threat Protection": its sandbox found
//     malware — virus), not the generic "Blocked" (policy).
//   - A header check rule (Hornetsecurity's "Header Checks Defer"): the
//     site's content rule on a header (policy), not X.5.5's protocol
//     reading.
//   - UUCP (bang path) addressing refused (smtpf #132): a routed address,
//     a relay attempt (relay-denied), as "routed address relaying denied".
//
// Batch 18-gw b (Postal, Proxmox Mail Gateway, hMailServer's client,
// Trellix, Baruwa, MailChannels):
//
//   - The sending service's own server suspended by its operator (Postal's
//     "Mail server has been suspended"): the sender's account (policy), not
//     a recipient mailbox that is suspended.
//   - A route or address set to refuse mail ("Route does not accept
//     incoming messages"): the receiving site's rule (policy).
//   - A mail server's log of a failed login without a code ("WARN: AUTH
//     failure for <ip>"): auth-failed, as sendmail's "AUTH failure".
//   - Message data that did not end ("Local delivery failed: unfinished
//     data", Proxmox): the connection ended before the final dot (network),
//     not a failed local delivery.
//   - A BCC or CC recipient the gateway does not know ("Invalid BCC
//     recipient specified"): an unknown recipient, also without a code.
//   - A bounce sent to more than one address in other words than the null
//     sender's ("a bounce message to more than one address"): policy, as
//     src17.bounce-one-recipient.
//   - The sender's address could not be verified (Baruwa's description of
//     "Sender verification failed"): sender-invalid, also without a code.
//
// Batch 18-gw c (PolicyD v2, cbpolicyd, as a Postfix policy server): its
// log line names the module that decided ("module=Quotas, action=defer,
// ..., reason=quota_match, policy=3, ..."): a quota module is a rate limit
// and an access-control module the site's rule (policy), not the word
// "policy" of its fields; the class comes from its action field
// (classify.go: "action=defer" transient, "action=reject" permanent).

const gw18Pri = conceptPri + 14

var gw18Rules = []rule{
	// ---- the command's correct form stated: the command does not parse ----
	{ID: "gw18.command-form", Any: []string{"invalid syntax. syntax should be", "syntax should be", "invalid syntax"},
		Not: []string{"sender address", "header"},
		Cat: Syntax, Pri: gw18Pri,
		Summary: "The server could not parse the command: its argument is not in the form the server states (MAIL FROM:<address>, RCPT TO:<address>).",
		Fix:     []string{"Send the command in its standard form with the address in angle brackets and no spaces (`MAIL FROM:<user@domain>`, `RCPT TO:<user@domain>`); fix the client or script that builds it."}},
	{ID: "gw18.valid-address-required", Any: []string{"a valid address is required", "valid address is required", "valid email address is required",
		"valid e-mail address is required", "valid recipient address is required"},
		Not: []string{"sender", "mail from"},
		Cat: Syntax, Pri: gw18Pri,
		Summary: "The server refused the recipient address as not a valid address: it does not parse (a missing @ or domain, spaces, stray characters).",
		Fix:     []string{"Correct the recipient address (one @, a domain, no spaces or stray characters)."}},

	// ---- a syntax error in the sender address ----
	{ID: "gw18.sender-address-syntax", Any: []string{"syntax error in sender address", "error parsing sender address", "sender address syntax error",
		"invalid sender address syntax", "sender address has invalid syntax", "syntax error in the sender address"},
		Cat: SenderInvalid, Pri: gw18Pri,
		Summary: "The sender address in MAIL FROM does not parse (or was not given in angle brackets): the server refused the envelope sender.",
		Fix:     []string{"Give the envelope sender as a complete address in angle brackets (`MAIL FROM:<user@domain>`); fix the application's or library's sender setting."}},
	{ID: "gw18.recipient-address-unparsed", Any: []string{"error parsing recipient address", "syntax error in the recipient address"},
		Cat: Syntax, Pri: gw18Pri,
		Summary: "The recipient address in RCPT TO does not parse (or was not given in angle brackets).",
		Fix:     []string{"Give the recipient as a complete address in angle brackets (`RCPT TO:<user@domain>`)."}},

	// ---- the authenticated user sends as an address not theirs ----
	{ID: "gw18.sender-not-authenticated-users", Any: []string{"incorrect authentication for specified email address", "incorrect authentication for specified",
		"authentication for specified email address", "does not match the authenticated user", "doesn't match the authenticated user",
		"not the authenticated user's address", "does not match authenticated user"},
		Cat: SenderInvalid, Pri: gw18Pri,
		Summary: "The authenticated user may not send as this address: the envelope sender is not one of the account's own addresses.",
		Fix:     []string{"Send from an address that belongs to the account you log in with, or have the administrator allow that address for the account."}},

	// ---- the gateway does not protect the recipient's domain ----
	{ID: "gw18.domain-not-protected", All: []string{"protected domain"}, Any: []string{"isn't a ", "is not a ", "not a "},
		Not: []string{"sender domain", "sender's domain"},
		Cat: RelayDenied, Pri: gw18Pri,
		Summary: "The security gateway does not protect the recipient's domain, so it does not accept mail for it: the domain's MX points at a gateway where the domain is not (or no longer) set up.",
		Fix: []string{"Check the recipient domain's MX records (`dig MX domain`): the message went to a gateway that does not serve the domain.",
			"Recipient's administrator: add the domain to the gateway's protected domains, or point the MX at the server that takes its mail."}},

	// ---- a gateway's named filter layer ----
	{ID: "gw18.intent-analysis", Any: []string{"intent analysis"},
		Cat: SpamContent, Pri: gw18Pri, Provider: "Barracuda",
		Summary: "The gateway's Intent Analysis blocked the message: a domain or URL in its body is on the gateway vendor's list of spam, phishing or malware sites.",
		Fix: []string{"Find the links in the message (also in signatures and tracking redirects) and remove or replace the listed domain.",
			"Check the domains in the message against URI blocklists (URIBL, SURBL, Spamhaus DBL)."}},
	{ID: "gw18.threat-protection", Any: []string{"advanced threat protection"},
		Not: []string{"inconclusive", "exempt", "timed out", "timeout"},
		Cat: Virus, Pri: gw18Pri,
		Summary: "The gateway's attachment sandbox (Advanced Threat Protection) found the attachment malicious and blocked the message.",
		Fix:     []string{"Scan the sending computer and the attachment; send the document from a clean source or by another channel after the recipient's administrator has checked it."}},

	// ---- a header check rule ----
	{ID: "gw18.header-checks", Any: []string{"header checks defer", "header checks reject", "header checks"},
		// (the site's header_checks table that cannot be read is its own fault: server-error)
		Not: []string{"lookup problem", "lookup error", "lookup failed"},
		Cat: Policy, Pri: gw18Pri,
		Summary: "A header check of the receiving site (a rule on a header field such as Subject, From or X-Mailer) refused or deferred the message.",
		Fix:     []string{"Ask the recipient's administrator which header rule matched, or change the header field (subject words, mailer name) the rule looks at."}},

	// ---- UUCP (bang path) addressing ----
	{ID: "gw18.uucp-route", Any: []string{"uucp addressing", "uucp address", "uucp route", "uucp-style address", "bang path"},
		Cat: RelayDenied, Pri: gw18Pri,
		Summary: "The recipient address is a UUCP bang path (host!user): a routed address that asks the server to relay, which it refuses.",
		Fix:     []string{"Send to a plain Internet address (user@domain)."}},

	// ---- batch b: the sending service's server suspended by its operator ----
	{ID: "gw18.sending-server-suspended", Any: []string{"mail server has been suspended", "mail server is suspended", "sending server has been suspended",
		"sending server is suspended", "smtp server has been suspended", "outgoing server has been suspended"},
		Cat: Policy, Pri: gw18Pri, Actor: ActorSenderAdmin,
		Summary: "The sending service has suspended the sender's mail server (its account or organisation): it accepts no mail from it until the operator lifts the suspension.",
		Fix:     []string{"Ask the sending service's operator why the mail server was suspended (abuse, bounces, billing) and have it reinstated."}},

	// ---- batch b: a route or address set to refuse mail ----
	{ID: "gw18.route-refuses-mail", Any: []string{"does not accept incoming messages", "does not accept incoming mail", "doesn't accept incoming messages",
		"doesn't accept incoming mail", "does not accept incoming email"},
		Cat: Policy, Pri: gw18Pri, Actor: ActorRecipientAdmin,
		Summary: "The receiving site has set this address (or its route) to refuse incoming mail: a no-reply or send-only address.",
		Fix:     []string{"Write to another address of the recipient; this one does not take mail."}},

	// ---- batch b: a mail server's log of a failed login ----
	{ID: "gw18.auth-failure-log", Any: []string{"auth failure for", "auth failure from", "auth failed for", "auth failed from"},
		Not: []string{"spf", "dkim", "dmarc", "relay"},
		Cat: AuthFailed, Pri: gw18Pri,
		Summary: "The mail server logged a failed SMTP login from this client: the user name or password (or API key) was not accepted.",
		Fix:     []string{"Check the credentials the client sends (user name, password or key) and the authentication mechanism it uses."}},

	// ---- batch b: message data that did not end ----
	{ID: "gw18.data-unfinished", Any: []string{"unfinished data", "incomplete data", "data was not terminated", "message data incomplete"},
		Cat: Network, Pri: gw18Pri + 10,
		Summary: "The message data did not end: the connection closed before the final dot line, so nothing was accepted.",
		Fix:     []string{"The sending side retries; if it keeps happening, look for a timeout, proxy or firewall that cuts the connection during DATA."}},

	// ---- batch b: a BCC or CC recipient the gateway does not know ----
	{ID: "gw18.invalid-copy-recipient", Any: []string{"invalid bcc recipient", "invalid cc recipient", "unknown bcc recipient", "invalid recipient specified"},
		Cat: UserUnknown, Pri: gw18Pri,
		Summary: "The receiving gateway does not know this recipient address (a BCC or other recipient it has no record of).",
		Fix:     []string{"Check the recipient address with the recipient by another channel."}},

	// ---- batch b: a bounce to more than one address ----
	{ID: "gw18.bounce-to-many", Any: []string{"bounce message to more than one", "bounces are never sent to more than one", "bounce to more than one",
		"bounce sent to more than one", "bounce message to multiple"},
		Cat: Policy, Pri: gw18Pri,
		Summary: "The server refuses a bounce (delivery notification) addressed to more than one recipient: a real bounce goes to one address, so this looks like backscatter or spam.",
		Fix:     []string{"Send delivery notifications to the one original sender; a list or an alias that fans out a bounce must not use the empty sender."}},

	// ---- batch b: the sender's address could not be verified ----
	{ID: "gw18.sender-unverifiable", Any: []string{"sender address", "senders email address", "sender's email address", "sender email address",
		"senders address", "sender's address"},
		With: []string{"could not be verified", "cannot be verified", "can't be verified", "could not verify"},
		Cat:  SenderInvalid, Pri: gw18Pri,
		Summary: "The receiving server tried to verify the sender address (a call-back to the sender's domain) and could not: the address does not take mail or its domain's servers refused.",
		Fix:     []string{"Send from an address that accepts mail (its domain must have working MX hosts that accept RCPT TO for it)."}},

	// ---- batch c: a policy server's log line names the deciding module ----
	{ID: "gw18.policyd-quota", Any: []string{"module=quotas", "reason=quota_match"},
		With: []string{"action=defer", "action=reject", "action=hold", "action=discard", "quota_match"},
		Cat:  RateLimited, Pri: gw18Pri + 10,
		Summary: "The receiving (or relaying) site's policy server counted this sender, client or account over one of its quotas (messages or bytes per period) and deferred or refused the message.",
		Fix:     []string{"Send less in the period the quota names (the log's counter and quota fields), or ask the site's administrator to raise the quota."}},
	{ID: "gw18.policyd-access", Any: []string{"module=accesscontrol"},
		With: []string{"action=reject", "action=defer", "action=discard", "action=hold"},
		Cat:  Policy, Pri: gw18Pri + 10,
		Summary: "An access-control rule of the site's policy server matched this sender, client or recipient and refused (or held) the message.",
		Fix:     []string{"Ask the site's administrator which access-control rule matched; the rule names the sender, client or recipient it refuses."}},
}
