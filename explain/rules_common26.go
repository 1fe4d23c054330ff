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

	// ---- a receiver that could not verify the sender or its domain, in any
	// verb of failure ("421 unable to verify sender domain" from 1&1's MX,
	// "cannot verify sender address"; batch 26-common): the sender
	// verification (callout or domain check) failed, sender-invalid as
	// paste.sender-callout reads "could not verify sender" ----
	{ID: "common26.sender-not-verifiable", Any: []string{"verify sender", "verify the sender", "verify your sender", "verify envelope sender", "verify the envelope sender",
		"verify mail from", "verify the mail from", "verify return address", "verify the return address"},
		With: []string{"unable to", "cannot", "can't", "can not", "could not", "couldn't", "failed to", "not able to", "impossible to"},
		Not:  []string{"please verify", "you must verify", "verify your email", "verify your account"},
		Cat:  SenderInvalid, Pri: conceptPri + 4,
		Summary: "The receiving server could not verify the envelope sender or its domain (its callout or DNS check failed): the sender address or domain cannot be confirmed to exist and receive mail.",
		Fix: []string{"Send with an envelope sender (MAIL FROM) in a domain that resolves and whose mail server accepts mail for that address, bounces (MAIL FROM:<>) included.",
			"On an unconfigured host (www-data, root), set the sender or the host name to a real domain."}},

	// ---- a count of attempts after which the sender gave up, in English
	// word order ("Bounced after 3 delivery attempts", "Delivery failed
	// after 10 retries"): expired by the attempts-limit convention when no
	// reply is quoted (a quoted temporary reply keeps its cause:
	// attemptsLimitOnly, classify.go); logins and connections are not
	// delivery attempts (lang25's exclusions) ----
	{ID: "common26.gave-up-after-attempts", Any: []string{"delivery attempts", "delivery attempt", "delivery retries", "retries", "retry attempts"},
		Not:     []string{"send attempt", "sending attempt", "soft bounce", "login", "connection attempt"},
		With:    []string{"bounced after", "failed after", "undeliverable after", "gave up after", "giving up after", "returned after", "dropped after", "abandoned after"},
		NotAlso: [][]string{lang25NotDeliveryAttempts},
		Cat:     Expired, Pri: conceptPri + 8,
		Summary: "The sending server tried to deliver the message several times, reached its limit of attempts and gave up; the message came back.",
		Fix:     []string{"Look at the reply of the last attempts (the log or the bounce) for why delivery kept failing; fix that cause, then send again."}},

	// ---- a DNS lookup whose answer says the domain does not exist
	// ("DNS lookup failed: NXDOMAIN for nowhere.example"): host-unknown by
	// the DNS-lookup convention, over the failed-lookup words that alone
	// are network (not Postfix's "Host or domain name not found", which it
	// writes for a lookup that failed for now too) ----
	{ID: "common26.dns-answer-nxdomain", Any: []string{"nxdomain", "non-existent domain", "nonexistent domain", "no such domain"},
		With: []string{"dns", "lookup", "resolve", "resolution", "query"},
		Not:  []string{"sender", "from domain", "mail from", "envelope from", "helo", "ehlo", "ptr", "reverse"},
		Cat:  HostUnknown, Pri: conceptPri + 10,
		Summary: "The DNS lookup for the recipient's domain answered that the domain does not exist (NXDOMAIN): it cannot receive mail.",
		Fix:     []string{"Check the recipient's domain for typos (the part after the @) and confirm the address with the recipient by another channel."}},
}
