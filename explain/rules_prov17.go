package explain

// Rules of helper prov17 (issue 10, session 12); see docs/heldout/heldout17*.md.
// Kinds found on the first run of held-out batch 17-prov (mid-size and
// national providers and hosters), each tested in new wording in
// prov17_kinds_test.go:
//
//   - Submission refused because the session is not encrypted, said as
//     "sending without SSL/TLS encryption is not allowed" (Yandex's 530
//     5.7.7): tls-required, whatever the enhanced code's registry meaning
//     (5.7.7 is "message integrity failure").
//   - The sending account's outgoing mail blocked, said as "email outgoing
//     blocked" (Zoho's 554 5.1.8): the provider's policy on the account,
//     not a bad sender address as 5.1.8 would say.
//   - A login refused until the account holder proves in the web interface
//     that they are not a robot (Yandex's 5.7.8 "authentication failed:
//     Your message looks like spam ... prove you are not a robot"): an
//     account restriction (policy), not wrong credentials.
//   - An account suspended for reaching its bounce limit (Titan on
//     Hostinger): the provider's policy on the sender, not a sending rate.
//   - A relay's report that the recipient's (next) server was temporarily
//     unavailable (Rackspace's 450 4.4.1 ... (G6)): the next hop did not
//     answer (network), not an error of the server that wrote the reply.
//   - Java mail's exception names for a refused login
//     (MailAuthenticationException, AuthenticationFailedException, split
//     into words as "mail authentication exception"): auth-failed, not the
//     failed "mail authentication" (SPF/DKIM) of a message.
//   - A sending service's API error that the sender identity is not
//     verified (Tencent Cloud's FailedOperation.NotAuthenticatedSender):
//     sender-invalid, as SES's "Email address is not verified" is.
//   - A provider that requires an application password instead of the
//     account's own (Mail.ru's "Application password is REQUIRED" /
//     "NEOBHODIM parol prilozheniya"): auth-failed, also without a code.
//
// Kinds found on the first run of held-out batch 17-prov b:
//
//   - A refusal by the sending IP's country ("rejected based on geographical
//     location", a country zone of countries.nerd.dk): the receiver's
//     geographic policy, not a DNSBL listing of the IP's reputation.
//   - A recipient account that expired, said as "is expired account"
//     (Hot.ee): mailbox-disabled, not a message that expired in a queue.
//   - A deferral because the receiving service is unavailable for now
//     ("Sorry, the service is currently unavailable. Please come back
//     later.", Yandex's 451 4.7.1): the server's own trouble, not
//     greylisting, although 4.7.1 with "come back later" is greylisting's
//     usual wording.
var prov17Rules = []rule{
	{ID: "prov17.unencrypted-not-allowed", Any: []string{"without ssl/tls encryption", "without tls/ssl encryption", "without tls encryption", "without ssl encryption",
		"without ssl/tls", "without tls/ssl", "without starttls", "without tls", "without ssl", "over an unencrypted connection", "over unencrypted connections",
		"on an unencrypted connection", "unencrypted sessions", "unencrypted session"},
		With: []string{"not allowed", "not permitted", "forbidden", "prohibited", "refused", "rejected", "denied", "not accepted", "not possible", "required", "must"},
		Not:  []string{"dkim", "s/mime", "pgp", "decrypt"},
		Cat:  TLSRequired, Pri: conceptPri + 10,
		Summary: "The server does not accept this (sending mail, or logging in) over an unencrypted connection: it requires TLS (SSL on port 465, or STARTTLS on 587).",
		Fix: []string{"Turn on encryption in the client's SMTP settings: SSL/TLS on port 465, or STARTTLS on port 587.",
			"Check that nothing between client and server (an antivirus, a proxy) strips STARTTLS."}},
	{ID: "prov17.outgoing-blocked", Any: []string{"email outgoing blocked", "mail outgoing blocked", "outgoing blocked", "outbound blocked",
		"outbound mail blocked", "outbound email blocked", "outgoing messages blocked", "outgoing mail has been blocked", "outgoing email has been blocked",
		"outbound mail has been blocked", "outbound email has been blocked", "outgoing mail suspended", "outgoing email suspended"},
		Not: []string{"port 25", "port", "firewall", "connection", "connections"},
		Cat: Policy, Pri: codePri, Actor: ActorSender,
		Summary: "The mail provider blocked this account's outgoing mail (after activity it found unusual, or by an administrator): the provider's policy on the sender, not the message or the recipient.",
		Fix: []string{"Check the account for a compromise (change its password, look at sent mail and logins), then unblock it in the provider's admin console or through its support.",
			"Send bulk mail through a service made for it, not a mailbox account."}},
	{ID: "prov17.prove-not-robot", Any: []string{"prove you are not a robot", "prove that you are not a robot", "confirm you are not a robot", "confirm that you are not a robot",
		"verify you are not a robot", "you are not a robot", "use web for sending", "use the web interface for sending", "use webmail for sending"},
		Cat: Policy, Pri: codePri, Actor: ActorSender,
		Summary: "The provider refuses to send (or to log in over SMTP) from this account until its holder passes a check in the web interface (a captcha): it found the account's mail suspicious. The password may be right.",
		Fix: []string{"Log in to the provider's webmail with the account and pass the check it shows (captcha, phone confirmation).",
			"Then look at what the account sent: mail that looks like spam, or a compromised password, triggers the check again."}},
	{ID: "prov17.bounce-limit-suspension", Any: []string{"bounce limits", "bounce limit", "bounce rate limit"},
		With: []string{"reached", "exceeded", "suspended", "blocked", "disabled", "over"},
		// a soft bounce limit is a recipient's suppression, not the account's (batch 23-codeless: "Suppression event: soft bounce limit reached")
		Not: []string{"soft bounce", "soft-bounce", "softbounce"},
		Cat: Policy, Pri: conceptPri + 12, Actor: ActorSender,
		Summary: "The provider suspended (or blocked) the sending account because too many of its messages bounced: mail to addresses that do not exist.",
		Fix: []string{"Remove the addresses that bounced from the lists the account sends to, and check the account was not used by someone else.",
			"Then ask the provider's support to lift the suspension."}},
	{ID: "prov17.next-hop-unavailable", Any: []string{"recipient's server was temporarily unavailable", "recipient's server is temporarily unavailable",
		"recipient server was temporarily unavailable", "recipient server is temporarily unavailable", "recipient's server was unavailable",
		"recipient's mail server was temporarily unavailable", "destination server was temporarily unavailable", "destination server is temporarily unavailable",
		"next hop was temporarily unavailable", "downstream server was temporarily unavailable", "downstream server is temporarily unavailable"},
		Cat: Network, Pri: conceptPri + 10,
		Summary: "The receiving system could not reach the next server on the way to the recipient (it did not answer in time) and deferred the message: a temporary network condition between the receiver's servers.",
		Fix: []string{"Nothing to change on the sending side: the message stays queued and is retried.",
			"If it lasts for days, tell the recipient's postmaster; their servers cannot reach each other."}},
	{ID: "prov17.java-auth-exception", Any: []string{"mail authentication exception", "authentication failed exception", "mailauthenticationexception", "authenticationfailedexception"},
		Cat: AuthFailed, Pri: codePri,
		Summary: "The Java mail client's login (SMTP AUTH) was refused: the exception names a failed authentication with the server, not a failed SPF/DKIM check of a message.",
		Fix: []string{"Check the SMTP user name and password in the application's settings; many providers require an app password or OAuth2 instead of the account password.",
			"Check that the account may use SMTP (some providers switch it off by default)."}},
	{ID: "prov17.sender-not-verified-service", Any: []string{"not authenticated sender", "notauthenticatedsender"},
		With: []string{"failed operation", "failedoperation", "operation failed", "ses-response", "ses response", "qcloud", "操作失败", "认证"},
		Cat:  SenderInvalid, Pri: conceptPri + 10, Actor: ActorSender,
		Summary: "The sending service refused the message: its From address (or domain) is not a verified sender in the account's console.",
		Fix: []string{"Verify the sender address or domain in the sending service's console (and its DNS records), then send from exactly that address.",
			"Check the From address the application sets: it must be the verified one."}},
	{ID: "prov17.app-password-required", Any: []string{"application password is required", "application password required", "aplication password is required",
		"app password is required", "app password required", "app-specific password is required", "app-specific password required",
		"application-specific password is required", "parol prilozheniya", "пароль приложения"},
		Cat: AuthFailed, Pri: conceptPri + 10,
		Summary: "The provider refused the login because this account must use an application password (a separate password made for mail clients), not its own password.",
		Fix: []string{"Create an application password in the account's security settings at the provider and use it as the SMTP (and IMAP) password.",
			"Use the full address as the user name."}},
	{ID: "prov17b.geographic-block", Any: []string{"geographical location", "geographic location", "geographical region", "geographic region",
		"geographical origin", "geographic origin", "countries.nerd.dk", "based on your country", "based on the country", "by country of origin",
		"sending country", "country of the sending"},
		With: []string{"reject", "block", "refuse", "denied", "not accepted", "not allowed", "banned"},
		Cat:  Policy, Pri: conceptPri + 12, Actor: ActorRecipientAdmin,
		Summary: "The receiver refuses mail from the sending server's country (or region) by policy: a geographic filter, not a listing of the IP for spam.",
		Fix: []string{"Ask the recipient's administrator to allow this sender, or send through a server (or a relay service) in a country they accept.",
			"A request to a blocklist will not help: the block is by the IP's country, not its behaviour."}},
	{ID: "prov17b.expired-account", Any: []string{"is expired account", "an expired account", "expired account", "expired mailbox", "expired user account",
		"expired recipient account"},
		Not: []string{"your account", "sender", "trial", "subscription", "password", "certificate", "token", "credential", "license", "licence", "api key"},
		Cat: MailboxDisabled, Pri: conceptPri + 10,
		Summary: "The recipient's account has expired at its provider (not used or not renewed): the mailbox no longer takes mail.",
		Fix:     []string{"Remove the address from your lists, or reach the recipient another way for a current address."}},
	{ID: "prov17b.service-unavailable-later", Any: []string{"the service is currently unavailable", "service is currently unavailable",
		"the service is temporarily unavailable", "service is temporarily unavailable", "service is currently not available", "service is temporarily not available"},
		With: []string{"come back later", "try again later", "please try later", "retry later"},
		Not:  []string{"greylist", "grey list", "graylist", "account service", "recipient address rejected", "too many", "connections"},
		Cat:  ServerError, Pri: conceptPri + 10,
		Summary: "The receiving service is unavailable for the moment and asks for a later attempt: the receiver's own condition (load, maintenance), not greylisting or a block of the sender.",
		Fix: []string{"Nothing to change on the sending side: the message stays queued and is retried.",
			"If it lasts for many hours, check the provider's status page or postmaster contact."}},
}
