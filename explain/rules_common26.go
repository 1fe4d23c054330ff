package explain

// common26Rules: rules of the common26 work of session 21 (issue 10): the
// labelling conventions common26 settled (docs/explain.md "Labelling
// conventions": an attempts limit over a quoted cause, Exim's syntactically
// invalid HELO argument, "invalid domain" without DNS words, a localized DNS
// lookup failure, a bare "rejected" at DATA, a complaint in a suppression)
// and the common MTAs and providers as users paste them (held-out batches
// 26-common a and b).

var common26Rules = []rule{
	// ---- "invalid domain" naming the domain of the recipient's address
	// ("The domain of the email address is invalid", "Recipient domain is
	// invalid"): by the invalid-domain convention the address's domain does
	// not exist or receives no mail (host-unknown); a command's argument (a
	// 501 or X.5.x, HELO/EHLO) and the sender's domain stay on their side ----
	{ID: "common26.address-domain-invalid", Any: []string{"domain of the email address is invalid", "domain of the e-mail address is invalid",
		"domain of the email address is not valid", "domain of the recipient is invalid", "domain of the recipient address is invalid",
		"recipient domain is invalid", "recipient's domain is invalid", "recipient domain is not valid", "recipient domain invalid",
		"invalid recipient domain", "email domain is invalid", "e-mail domain is invalid", "email domain is not valid"},
		Not: []string{"sender", "from address", "from domain", "helo", "ehlo", "syntax", "format"},
		Cat: HostUnknown, Pri: conceptPri + 6,
		Summary: "The domain of the recipient's address is not valid: it does not exist or receives no mail (no MX or address record).",
		Fix: []string{"Check the recipient's domain for typos (the part after the @) and confirm the address with the recipient by another channel.",
			"Look the domain up (MX and address records): a domain without them receives no mail."}},

	// ---- a recipient who marked mail as spam or complained, named as the
	// one who did ("The recipient marked this sender as spam", "subscriber
	// reported your email as spam"): the sending service's complaint record
	// or its hold of the recipient, policy by the suppression convention; a
	// sender, IP or domain marked as spam at the receiver stays reputation ----
	{ID: "common26.recipient-marked-spam", Any: []string{"recipient marked", "recipient has marked", "recipient reported", "recipient has reported",
		"subscriber marked", "subscriber has marked", "subscriber reported", "subscriber has reported", "contact marked", "contact reported",
		"recipient flagged", "subscriber flagged", "recipient complained", "subscriber complained"},
		With: []string{"spam", "junk", "complain", "abuse"},
		Cat:  Policy, Pri: conceptPri + 8,
		Summary: "The recipient reported mail from this sender as spam (a complaint): the sending service does not send to that address any more.",
		Fix: []string{"Do not send to this address again; remove it from the list, and re-add it only with a new, confirmed opt-in.",
			"Look at why recipients complain (consent, frequency, an easy unsubscribe): complaints also hurt the sender's reputation."}},
}
