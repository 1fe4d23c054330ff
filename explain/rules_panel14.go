package explain

// Rules of held-out batch 14-panel (session 9): kinds found on the batch's first
// run, each tested in new wording in panel14_kinds_test.go.
//
// Held-out batch 14-panel (heldout14-panel.tsv: hosting control panels and
// their mail stacks - cPanel/WHM Exim, DirectAdmin, Hestia/Vesta, Plesk's
// Postfix handlers, CyberPanel, Virtualmin, Zimbra's account states). Its
// first run (32 of 46) showed these kinds:
//
//   - priority, the sender's own account blocked for what it sent: a host
//     that suspends or restricts an account "for sending spam" (or finds it
//     "used to send unsolicited mail") blocks the source, and one that
//     suspends it "for sending too many emails" enforces a volume; both were
//     read as a disabled recipient mailbox or as this message's content. A
//     sender "involved with spam" is the sender's reputation too.
//   - priority, a mailbox locked by failed logins (the wrong password used
//     too many times) is an authentication lockout, not a disabled mailbox;
//   - vocabulary, Plesk's mail handlers: Plesk's Postfix and qmail run its
//     checks as named handlers and log their verdicts ("REJECT during call
//     'spf' handler", "DEFER during call '.../05-grey-.../executable'
//     handler", "PASS during call 'dd52-domainkeys' handler"); the handler
//     names the check (SPF, DKIM, DMARC, greylisting, antivirus) and the
//     verdict whether the message passed. The Postfix line beside it says
//     only "5.7.1 Command rejected";
//   - vocabulary, Exim's ratelimit log ("Sender rate 312.4 / 1h") names a
//     sending rate; a mailbox in maintenance (Zimbra: mail is queued at the
//     MTA) is unavailable for now (class: "queued at the MTA", classify.go).

const refPleskHandlers = "https://support.plesk.com/hc/en-us/articles/12377061932567 (Plesk's mail handlers: \"REJECT during call 'spf' handler\")"

// pleskHandlerCall is the part of Plesk's handler verdict that every handler
// line shares ("REJECT during call 'spf' handler"); the handler's name
// follows it.
var pleskHandlerCall = []string{"during call"}

var panel14Rules = []rule{
	// ---- the sender's own account, blocked for what it sent ----
	// an account suspended or restricted for sending spam (cPanel's
	// "Restricted for sending spam", a host's "used to send unsolicited
	// SPAM mail"), a sender "involved with spam"
	// (an account state for spam — "restricted for sending", "suspended for
	// spamming" — is the provider's hold, policy: common22.account-held-for-spam)
	{ID: "panel14.sending-spam-suspended", Any: []string{"blocked for spamming",
		"used to send unsolicited", "used to send spam", "used for sending spam", "used to send bulk", "found sending spam", "caught sending spam",
		"was sending spam", "has been sending spam", "involved with spam", "involved in spam", "involved in sending spam", "involved in spamming"},
		Not: []string{"too many", "per hour", "per day", "limit", "virus", "malware"},
		Cat: Reputation, Pri: conceptPri + 14,
		Summary: "The host blocked the sending account (or the sender) for the spam it has sent: a block of the source, not a verdict on this message's content.",
		Fix: []string{"Secure the account first: change its password, check the devices and scripts that use it, remove what sent the spam.",
			"Then lift the suspension (cPanel: Email Accounts > Manage > Sending Outgoing Email: Allow) or ask the host to; resending does not lift it."}},
	// an account suspended or held for sending too many messages
	{ID: "panel14.sending-volume-suspended", Any: []string{"for sending too many", "for sending out too many", "for sending so many", "for sending excessive",
		"for exceeding the sending limit", "for exceeding its sending limit", "for exceeding the hourly", "for exceeding hourly", "for exceeding the daily",
		"for exceeding daily", "for exceeding the email limit", "for exceeding the mail limit"},
		Cat: RateLimited, Pri: conceptPri + 16,
		Summary: "The host suspended the sending account (or held its outgoing mail) because it sent more messages than its limit allows.",
		Fix: []string{"Send less per hour (spread a mailing out), or send bulk mail through a service made for it.",
			"Ask the host to lift the suspension or raise the limit; check first that the volume was yours (a compromised account sends too)."}},
	// the sender's own account frozen or suspended for what it did (bounces,
	// abuse), told to the sender ("your email account has been frozen ...
	// change the password"): the host's policy, not a recipient's mailbox
	{ID: "panel14.own-account-blocked", Any: []string{"your email account has been", "your e-mail account has been", "your email account is",
		"your e-mail account is", "your sending account has been", "your account has been frozen", "your account has been suspended"},
		With: []string{"frozen", "suspended", "locked", "blocked", "restricted", "disabled"},
		Not:  []string{"wrong password", "incorrect password", "failed login", "login attempts", "password has been used"},
		Cat:  Policy, Pri: conceptPri + 12, Actor: ActorSender,
		Summary: "The host blocked the sender's own account from sending (frozen, suspended or restricted) for what it did, such as too many bounces: the host's policy, not the recipient's mailbox.",
		Fix: []string{"Do what the notice asks (usually change the account's password) and check what the account sent.",
			"Then ask the host to lift the block if it is not lifted by that."}},
	// a mailbox locked by failed logins: an authentication lockout
	{ID: "panel14.locked-by-failed-logins", Any: []string{"wrong password", "incorrect password", "invalid password", "bad password", "failed password",
		"failed login", "failed logon", "login attempts", "logon attempts", "password attempts", "password was entered incorrectly"},
		With: []string{"locked", "lockout", "locked out", "too many times", "blocked for", "blocked"}, // "blocked": common23, "Account blocked: too many failed logins"
		// a recipient's account locked by its own failed logins, in a reply
		// to RCPT TO, is that recipient's mailbox (disabled)
		Not: []string{"recipient", "rcpt"},
		Cat: AuthFailed, Pri: conceptPri + 16,
		Summary: "The account was locked because of failed logins (the wrong password used too many times): an authentication lockout, which the server lifts after a while or an administrator lifts.",
		Fix: []string{"Stop every client and device that logs in with an old password, wait until the lockout ends (often an hour), then log in with the right password.",
			"Ask the administrator to unlock the account if it cannot wait."}},

	// ---- Plesk's mail handlers ----
	{ID: "panel14.plesk-spf-handler", Any: []string{"'spf' handler", "spf handler"},
		WithAlso: [][]string{pleskHandlerCall}, Not: []string{"pass during call"},
		Cat: SenderAuth, Provider: "Plesk", Pri: codePri,
		Summary: "Plesk's SPF handler refused the message: the sending IP is not allowed by the sender domain's SPF record (with Plesk's local rules and guess rules added).",
		Fix: []string{"If the mail passed an antispam relay or forwarder first, add that server to Plesk's SPF local rules (Tools & Settings > Mail Server Settings).",
			"Otherwise the sender must list the sending server in its SPF record."},
		Refs: []string{refPleskHandlers}},
	{ID: "panel14.plesk-dkim-dmarc-handler", Any: []string{"'dd52-domainkeys' handler", "domainkeys' handler", "'dmarc' handler", "dkim' handler"},
		WithAlso: [][]string{pleskHandlerCall}, Not: []string{"pass during call"},
		Cat: SenderAuth, Provider: "Plesk", Pri: codePri,
		Summary: "Plesk's DKIM or DMARC handler refused the message: its signature did not verify or its DMARC policy says to reject it.",
		Fix:     []string{"The sender must sign with a key its DNS publishes and align the From domain with SPF or DKIM."},
		Refs:    []string{refPleskHandlers}},
	{ID: "panel14.plesk-grey-handler", Any: []string{"-grey-", "'grey' handler", "grey handler"},
		WithAlso: [][]string{pleskHandlerCall}, Not: []string{"pass during call"},
		Cat: Greylisted, Provider: "Plesk", Pri: codePri,
		Summary: "Plesk's greylisting handler deferred the message: a first message from this sender and server is refused for a while, and the retry is accepted.",
		Fix:     []string{"Nothing, if the sending server retries; to avoid the delay, add the sender to Plesk's greylisting white list."},
		Refs:    []string{refPleskHandlers}},
	{ID: "panel14.plesk-virus-handler", Any: []string{"'drweb' handler", "'kav' handler", "drweb handler", "kav handler"},
		WithAlso: [][]string{pleskHandlerCall}, Not: []string{"pass during call"},
		Cat: Virus, Provider: "Plesk", Pri: codePri,
		Summary: "Plesk's antivirus handler (Dr.Web or Kaspersky) refused the message as infected."},
	// a handler that passed the message: no failure
	{ID: "panel14.plesk-handler-pass", Any: []string{"pass during call"},
		Not: []string{"reject during call", "defer during call", "milter-reject", "status=bounced", "status=deferred"},
		Cat: Success, Provider: "Plesk", Pri: codePri + 4,
		Summary: "Plesk's mail handler passed the message (the check succeeded): this line records no failure.",
		Refs:    []string{refPleskHandlers}},

	// ---- Exim's ratelimit log ----
	{ID: "panel14.exim-sender-rate", Any: []string{"sender rate "},
		With: []string{"/ 1h", "/1h", "/ 1d", "/1d", "/ 1m", "/1m", "/ 10m", "/ 15m", "/ 30m", "/ 60m", "/ 24h", "over limit", "overlimit"},
		Cat:  RateLimited, Pri: conceptPri + 8,
		Summary: "Exim's ratelimit check: the sender's rate of messages (shown per period, as \"Sender rate 312.4 / 1h\") is over the limit the server allows.",
		Fix:     []string{"Send less per period; the server accepts again when the rate falls (Exim's ratelimit decays over the period)."}},

	// ---- a mailbox in maintenance ----
	{ID: "panel14.mailbox-maintenance", Any: []string{"status: maintenance", "mailbox is in maintenance", "mailbox in maintenance mode", "account in maintenance mode",
		"account is in maintenance", "mailbox under maintenance", "account under maintenance"},
		Cat: MailboxDisabled, Pri: conceptPri + 8,
		Summary: "The recipient's mailbox is in maintenance (being backed up, moved or restored): logins are disabled and mail to it waits in the queue until it is active again."},
}
