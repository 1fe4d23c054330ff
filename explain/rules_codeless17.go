package explain

// Rules of helper codeless17 (issue 10, session 12): kinds of texts without a
// reply code that held-out batch 17-codeless's first run and the codeless
// gate's refusals on batches 12-16 showed (docs/heldout/heldout17-codeless.md).
// Each is tested in new wording in codeless17_kinds_test.go.
//
//   - A message an application refuses to send because an address is
//     missing: no recipient defined is a malformed request before any SMTP
//     (syntax), as a client's DATA before any recipient is
//     (mta13.no-recipients); no sender or From address given is the
//     sender's (sender-invalid), as esp13.invalid-from reads it.
//   - An application's report that one SMTP command failed ("unable to set
//     sender", "failed to add recipient") without the server's reply: the
//     cause and the class are hidden (unknown), as for final15's "RCPT TO not
//     accepted by the server"; only without a code (codeless17HiddenReply).
//   - A mail system that does not send to remote domains at all ("Mailing to
//     remote domains not supported"): relaying refused.
//   - Postfix's own bounce, defer and trace services failing, and a sender's
//     MX that is itself ("MX ... is local, skipping", Haraka): the sending
//     system's configuration (server-error), not the network or the
//     recipient.
//   - A temporary problem that the text puts at the receiving mail server:
//     server-error.
//   - Unsolicited mail said of the sender's account, IP or domain as a
//     volume ("a large amount of unsolicited email from your account"): a
//     verdict on the sender (reputation), not on this message's content.
//   - A provider's hold on the sending account ("account temporarily blocked
//     from sending", "suspicious activity detected" as a send alert): policy,
//     as the corpus reads Cox's and lang16's account blocks; a host or IP
//     blocked from sending stays reputation (concept.blocked-from-sending).
//   - A sending limit worded "a limit for sending": rate-limited.
//   - A mailbox or address said to be "no longer in use": mailbox-disabled.
//   - A domain that "accepts no mail" (a verifier's DomainAcceptsNoMail, a
//     null MX): host-unknown.
//
// Batch 17-codeless b (after these): sendmail(1)'s recipients that "must be
// specified" and its usage error (syntax), postdrop unable to reach Postfix's
// pickup service (the service-failure kind), an address that does not
// comply with addr-spec (syntax, not rfc-noncompliant), a sending account
// without the mail service (policy).
var codeless17Rules = []rule{
	{ID: "codeless17.no-recipient-given",
		Any: []string{"recipients not defined", "recipient not defined", "recipients are not defined", "no recipients defined", "no recipient defined",
			"missing recipients", "missing recipient", "recipients missing", "recipient is missing", "recipients are missing", "recipients were not given",
			"no to address",
			// a user or contact without an address ("Can not send email to user without email",
			// "because of empty email address"; held-out batch 20-codeless b)
			"without email", "without an email address", "without email address", "empty email address", "no email address",
			// sendmail(1)'s "Recipient addresses must be specified on the command line or via the -t option" (batch 17-codeless b)
			"recipient addresses must be specified", "recipients must be specified", "must specify at least one recipient", "must specify a recipient"},
		Not: []string{"header", "rejected", "refused", "denied", "not accepted", "policy"},
		Cat: Syntax, Pri: conceptPri + 8,
		Summary: "The application refused to send the message before talking to any server: the request names no recipient.",
		Fix: []string{"Set at least one valid recipient (to, cc or bcc) in the call that sends the message; check that the variable holding it is not empty.",
			"Nothing was sent: no server refused anything, and sending again unchanged fails the same way."}},
	// the same for the sender: a missing From address is the sender's
	// (sender-invalid), as the corpus reads a platform's "From address is
	// missing" (esp13.invalid-from)
	{ID: "codeless17.no-sender-given",
		Any: []string{"no from address", "missing from address", "from address missing", "from address not given", "from address not set",
			"from address not specified", "no sender address", "missing sender address", "sender address missing", "sender address is missing",
			"no sender given", "no sender specified", "no sender defined", "sender not defined", "sender not specified", "sender is not specified", "sender not set"},
		// a server's refusal of a message without a From header field is a
		// header-syntax refusal (rfc-noncompliant), not a client's request
		Not: []string{"header", "rejected", "refused", "denied", "not accepted", "policy"},
		Cat: SenderInvalid, Pri: esp9Pri,
		Summary: "The application refused to send the message before talking to any server: the request has no sender (From) address.",
		Fix: []string{"Set the sender (From) address in the call that sends the message, or the application's default sender in its mail settings.",
			"Nothing was sent: no server refused anything."}},
	{ID: "codeless17.hidden-reply-address",
		Any: []string{"unable to set sender", "failed to set sender", "could not set sender", "cannot set sender", "can't set sender",
			"unable to add recipient", "failed to add recipient", "could not add recipient", "cannot add recipient", "can't add recipient",
			"unable to set recipient", "failed to set recipient", "could not set recipient"},
		Cat: Unknown, Actor: ActorSenderAdmin, Pri: conceptPri + 10,
		Summary: "The client library reports that the server refused the sender (MAIL FROM) or a recipient (RCPT TO) but does not pass on the server's reply: the cause, and whether it is temporary, are hidden.",
		Fix: []string{"Turn on the library's SMTP debug output or protocol trace and send again: the reply to MAIL FROM or RCPT TO tells the cause.",
			"Or read the mail server's log for the time of the attempt.",
			"Then explain that reply: `smtpgw explain \"<reply>\"`."}},
	// a program's command-line usage error (Postfix's "sendmail: fatal:
	// usage: sendmail [options]", called without an address; batch
	// 17-codeless b): the request is malformed
	{ID: "codeless17.usage-error",
		Any: []string{"fatal: usage:", "usage: sendmail"},
		// (not "command line usage error": an MTA's pipe(8) running a delivery agent with a wrong
		// argv is its own configuration, server-error; heldout16-lda)
		Cat: Syntax, Pri: conceptPri + 8,
		Summary: "The mail program was called the wrong way (a command-line usage error, often no recipient address given): nothing was sent.",
		Fix: []string{"Call sendmail with the recipient addresses as arguments, or with -t and To/Cc/Bcc header fields in the message.",
			"Check the calling script or the application's sendmail_path setting."}},
	// an address that is not a valid addr-spec in a library's own check
	// (Symfony Mime's "Email \"\" does not comply with addr-spec of RFC
	// 2822", batch 17-codeless b): the address's syntax, not a message
	// that breaks the RFC (mta.rfc)
	{ID: "codeless17.address-syntax",
		Any: []string{"does not comply with addr-spec", "comply with addr-spec", "not a valid addr-spec", "invalid addr-spec"},
		Cat: Syntax, Pri: conceptPri + 14,
		Summary: "The application refused an address that is not valid (empty, or not of the form local-part@domain) before sending.",
		Fix:     []string{"Check the addresses the application uses (the recipient, and the From address in its settings): none may be empty or hold spaces, names or phone numbers."}},
	// the sending account has no mail service (the Gmail API's "Mail
	// service not enabled", GAM's "Gmail API Service/App not enabled";
	// batch 17-codeless b): the provider's setting for that account, as
	// an SMTP account that is not activated (policy)
	{ID: "codeless17.mail-service-not-enabled",
		Any: []string{"mail service not enabled", "mail service is not enabled", "gmail service not enabled", "gmail api service/app not enabled",
			"email service not enabled", "mail service has not been enabled"},
		Cat: Policy, Pri: conceptPri + 14, // over a recipient's mailbox "not enabled" (winmta11.recipient-inactive)
		Summary: "The sending account has no mail service enabled at its provider (the Gmail service is off for that user, or the account has no mailbox), so nothing can be sent from it.",
		Fix:     []string{"Enable the mail service for the sending account (Google Workspace: turn Gmail on for the user's organizational unit and give the user a license), or send from an account that has it."}},
	{ID: "codeless17.no-remote-delivery",
		Any: []string{"remote domains not supported", "remote domains are not supported", "mailing to remote domains", "mail to remote domains is not",
			"remote delivery not supported", "remote delivery is disabled", "remote delivery disabled", "delivery to remote domains is disabled",
			"relaying to remote domains"},
		Cat: RelayDenied, Pri: conceptPri + 8,
		Summary: "The mail system is configured not to send to other domains (it delivers locally only), so a message to a remote address is refused.",
		Fix: []string{"Configure the mail system to deliver to the Internet (for Debian's exim4: dpkg-reconfigure exim4-config, 'internet site' or 'smarthost'; for Postfix: a working default transport or relayhost).",
			"Or send through a server that relays for you, with authentication."}},
	{ID: "codeless17.mta-service-failure",
		Any: []string{"defer service failure", "bounce service failure", "trace service failure", "status=deferred (bounce failed)",
			"status=deferred (defer failed)", "status=deferred (trace failed)",
			// postdrop cannot reach the pickup service's socket: the mail waits in the maildrop queue (batch 17-codeless b)
			"unable to look up public/", "unable to look up private/"},
		Cat: ServerError, Pri: conceptPri + 8,
		Summary: "The sending MTA could not run one of its own services (Postfix's bounce, defer or trace service): the message stays queued until the service works again.",
		Fix: []string{"Read the MTA's log lines just before this one (a 'fatal' or 'warning' from bounce/defer/trace) and the service's entry in master.cf; check disk space and the queue directories' permissions (postfix check).",
			"Once fixed, `postqueue -f` retries the queued mail."}},
	{ID: "codeless17.own-mx-skipped",
		Any: []string{"is local, skipping", "local_mx_ok=false", "mx is local", "mx points to this host", "mx points to myself", "mx is this host"},
		Cat: ServerError, Pri: conceptPri + 16, // over the "tried all MXs" that follows it (forum7.all-mx-failed)
		Summary: "The sending server skipped the recipient domain's MX because it is the server itself: a configuration error of the sending side (the domain should be delivered locally, or its MX is wrong), not a network failure.",
		Fix: []string{"If the server is meant to receive for the domain, list it as a local domain (Haraka: host_list or local_mx_ok; Postfix: mydestination or virtual_mailbox_domains).",
			"Otherwise correct the domain's MX record, which points at this server."}},
	{ID: "codeless17.receiver-temporary-issue",
		Any: []string{"temporary issue", "temporary problem", "temporary failure",
			// (batch 27-codeless b) in pt es fr it de (SES's delay texts as apps translate them)
			"problema temporário", "problema temporal", "problème temporaire", "problema temporaneo", "vorübergehendes problem"},
		With: []string{"recipient's email server", "recipient's mail server", "recipient's server", "receiving server", "receiving mail server", "recipient server", "destination server",
			"servidor de e-mail do destinatário", "servidor do destinatário", "servidor de correo electrónico del destinatario", "servidor de correo del destinatario",
			"servidor del destinatario", "serveur du destinataire", "serveur de messagerie du destinataire", "server del destinatario", "server di posta del destinatario",
			"server des empfängers", "mailserver des empfängers", "empfängerserver"},
		Not: []string{"dns", "connect", "timeout", "timed out", "network", "greylist", "quota", "mailbox"},
		Cat: ServerError, Weak: true, Pri: conceptPri + 2,
		Summary: "The receiving mail server had a temporary problem of its own; the sender retries.",
		Fix:     []string{"Nothing to change: the sending system retries. If it persists for days, tell the recipient (by another channel) that their server is failing."}},
	{ID: "codeless17.unsolicited-from-sender",
		Any: []string{"unsolicited email from your", "unsolicited mail from your", "unsolicited messages from your", "unsolicited e-mail from your",
			"amount of unsolicited", "volume of unsolicited",
			// (batch 27-codeless b) in pt es fr it de ("um grande volume de e-mails não solicitados vindos da sua conta")
			"e-mails não solicitados vindos", "emails não solicitados vindos", "não solicitados vindos da sua", "correos electrónicos no solicitados de su", "correos no solicitados de su",
			"no solicitados de su cuenta", "non sollicités provenant de votre", "non sollicités de votre", "non richieste dal tuo", "non sollecitate dal tuo", "unerwünschter e-mails von ihrem",
			"unerwünschten e-mails von ihrem", "unaufgeforderter e-mails von ihrem"},
		// (Gmail's "unusual rate of unsolicited mail originating from your IP
		// address" is its rate limit: gmail.rate-unsolicited)
		Cat: Reputation, Pri: conceptPri + 14, // over the content verdict of "unsolicited" alone (mta.spam)
		Summary: "The receiving side judges the sender (its account, IP address or domain) by the amount of unsolicited mail coming from it: a reputation verdict, not a verdict on this message's content.",
		Fix: []string{"Find and stop the unsolicited mail the sender is sending (lists without consent, a compromised account or form).",
			"Then send at a lower rate and watch the receiver's postmaster tools (Google Postmaster Tools, Microsoft SNDS) until the reputation recovers."}},
	{ID: "codeless17.account-hold",
		Any: []string{"account temporarily blocked", "account has been temporarily blocked", "account is temporarily blocked", "account blocked from sending",
			"account has been blocked from sending", "account is blocked from sending", "account suspended from sending", "account has been suspended from sending",
			"suspicious activity detected", "unusual activity detected", "suspicious sending activity"},
		Not: []string{"ip address", "your ip", "server", "host", "network"},
		Cat: Policy, Pri: conceptPri + 10, // over concept.blocked-from-sending (a host or IP) and the spam verdict of "suspicious"
		Summary: "The provider holds the sending account: it may not send for a while after spam-like or suspicious sending (often a stolen password); mail can still be received.",
		Fix: []string{"Wait for the hold to expire, sending nothing in the meantime (sending again extends it); secure the account (change its password, check the devices and apps that use it).",
			"If it persists, ask the provider's support to lift it."}},
	{ID: "codeless17.limit-for-sending",
		Any: []string{"limit for sending", "limit on sending", "limits for sending", "limit of sending"},
		Not: []string{"size", "attachment", "storage"},
		Cat: RateLimited, Pri: conceptPri + 6,
		Summary: "The sending account has reached a sending limit of its provider (messages or recipients per period); sending works again once the period is over.",
		Fix:     []string{"Wait until the limit resets (often 24 hours) and send again; for bulk mail use a sending service made for it."}},
	{ID: "codeless17.no-longer-in-use",
		Any:  []string{"no longer in use", "not in use anymore", "no longer used", "not used anymore"},
		With: []string{"inbox", "mailbox", "e-mail address", "email address", "address", "account"},
		// a moved address ("address no longer in use. Please use ...") is wording.moved's
		Not: []string{"password", "certificate", "api key", "token", "domain", "server", "ip", "address no longer in use", "please use"},
		Cat: MailboxDisabled, Pri: conceptPri + 4,
		Summary: "The recipient's mailbox (address) is no longer in use: it is disabled and does not take mail.",
		Fix:     []string{"Remove the address from your lists, or ask the recipient by another channel for their current address."}},
	{ID: "codeless17.accepts-no-mail",
		Any: []string{"accepts no mail", "accepts no email", "accepts no e-mail", "accept no mail"},
		Cat: HostUnknown, Pri: conceptPri + 6,
		Summary: "The recipient's domain accepts no mail (it publishes a null MX, RFC 7505, or no mail host at all).",
		Fix:     []string{"Check the address for a typo in the domain; if it is right, the domain does not receive mail: reach the recipient another way."}},
}

// codeless17HiddenReply tells the rules that read an application's command
// failure without the server's reply: as final15's, they apply only to input
// without any reply code, and their verdict carries a note saying so.
func codeless17HiddenReply(r *rule) bool {
	return r.ID == "codeless17.hidden-reply-address"
}
