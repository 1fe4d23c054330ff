package explain

// Rules of helper prov22 (issue 10, session 17); see docs/heldout/heldout22-prov.md.
// Each is tested in new wording in prov22_kinds_test.go.
//
// Kinds found on the first run of held-out batch 22-prov (regional and
// national providers', ISPs' and hosters' own pages and users' pastes):
//
//   - Cloudmark's AUP codes without a provider's prefix: Cox writes its
//     connection and rate codes AUP#CXCNCT and AUP#CXMXRT (isp.cox-limit),
//     Shaw the same codes as AUP#CNCT (too many concurrent connections) and
//     AUP#MXRT (the MX rate-limits the connections); the headline "cmsmtp
//     blocked" alone read as a policy block.
//   - A limit said to be reached or exceeded with no subject before it
//     ("554 5.7.1 rejection limit reached", Optimum) and Optimum's throttle
//     "Resources restricted" were left to their 5.7.1 / 4.7.1.
//   - Limits counted per period or per message in the hosters' languages:
//     Russian messages per hour or day ("не более 500 писем в час с одного
//     почтового ящика", whose mailbox word read it as a full mailbox) and
//     recipients per message ("до 100 адресов-получателей письма", not read),
//     Nordic counts within a period ("mer enn 500 mottakere i løpet av 24
//     timer"), an "outgoing mail quota" (LinuxWeb; read by its 5.3.0).
//   - A rate limit whose remedy is a captcha (Xtra Mail's lockout: "you may
//     have crossed a rate limit ... complete the CAPTCHA") read as a
//     challenge-response filter.
//   - Traffic refused as unauthenticated with the instruction to turn on the
//     outgoing server's authentication (Telstra's OB315) read by
//     "unauthenticated" as the sender domain's authentication (SPF/DKIM).
//   - TalkTalk's TT99x codes: TT992 its policy reject, TT991 its policy
//     deferral ("Content rejected (TT992)" read as spam content).
//
// The parser kind (a count in running text read as a reply code: "mer enn
// 500 mottakere", "maksimal 250 email per jam", "300 zpráv za hodinu") is
// fixed where numbers are parsed (isQuantity, parse.go); the class kind (a
// lockout after wrong passwords without a code) joins codeless21LoginBan.

var prov22Rules = []rule{
	// Cloudmark's AUP codes as Shaw writes them (no "CX" prefix)
	{ID: "prov22.cloudmark-rate-codes", Any: []string{"aup#cnct", "aup#mxrt"},
		Cat: RateLimited, Pri: codePri,
		Summary: "The receiver's Cloudmark filter limits this sending IP: too many connections at once (CNCT) or too high a rate of connections or messages (MXRT).",
		Fix: []string{"Lower the number of simultaneous connections and the sending rate to this provider, and let the queue retry.",
			"If the deferrals go on at a low rate, check the IP's reputation: Cloudmark grants fewer connections to IPs it trusts less."}},
	// a limit reached or exceeded with no subject of its own ("rejection limit
	// reached"), a receiver's resources restricted for this client
	{ID: "prov22.limit-reached", Any: []string{"limit reached", "limit exceeded", "limit has been reached", "limit has been exceeded",
		"limits reached", "limits exceeded", "resources restricted", "resources are restricted"},
		Not: []string{"size", "storage", "quota", "mailbox", "disk", "attachment", "line", "length", "time limit", "timeout", "hop", "header",
			"recursion", "memory", "file", "nesting", "parts", "password", "login",
			// a soft bounce limit is a recipient's suppression, not a rate (batch 23-codeless: "Suppression event: soft bounce limit reached")
			"soft bounce", "soft-bounce", "softbounce"},
		Cat: RateLimited, Weak: true,
		Summary: "The receiver refused or deferred the connection because this sender reached one of its limits (connections, messages or rejections in a period).",
		Fix: []string{"Slow down: fewer connections and messages per period to this receiver; let the MTA retry deferred mail.",
			"If the limit was reached by rejections, clean the list of unknown addresses first."}},
	// Russian: messages per hour or day from one mailbox or domain (the
	// count's noun and its period as one phrase, a limit word beside it)
	{ID: "prov22.per-period-ru", Any: []string{"писем в час", "писем в сутки", "писем в день", "писем в минуту", "писем за час", "писем за сутки",
		"сообщений в час", "сообщений в сутки", "сообщений в день", "сообщений в минуту", "получателей в час", "получателей в сутки", "получателей в день"},
		With: []string{"превышен", "не более", "не больше", "лимит", "ограничени", "максимум", "достигнут", "исчерпан"},
		Not:  []string{"размер", "объем", "объём"},
		Cat:  RateLimited, Pri: conceptPri + 14,
		Summary: "The sender is over a sending limit counted per period (messages per hour or day from one mailbox or domain); sending works again once the period ends.",
		Fix: []string{"Wait for the period to end, and spread sending over time or use a service made for bulk mail.",
			"If the mailbox did not send that much, its password may be stolen: change it."}},
	// Russian: recipients per message
	{ID: "prov22.recipients-per-message-ru", Any: []string{"адресов-получателей", "получателей письма", "получателей в письме", "получателей одного письма"},
		With: []string{"превышен", "не более", "до ", "лимит", "максимум", "слишком много"},
		Cat:  RateLimited, Pri: conceptPri + 14,
		Summary: "The message has more recipients (To, Cc and Bcc together) than the provider allows in one message.",
		Fix:     []string{"Split the recipients over several messages, or send to a list address."}},
	// Nordic: more than N (or at most N) recipients or messages; a size
	// ("maks størrelse") is the message's
	{ID: "prov22.count-per-period-nordic", Any: []string{"mer enn", "mere end", "mer än", "flere enn", "flere end", "fler än", "yli",
		"maks", "maksimalt", "høyst", "högst", "højst", "inntil", "enintään"},
		With: []string{"mottakere", "mottagare", "modtagere", "meldinger", "meddelanden", "beskeder", "e-poster", "eposter", "viestiä", "vastaanottaja"},
		Not:  []string{"størrelse", "storlek", "koko", "vedlegg", "bilag", "bilaga", "liite", "mb"},
		Cat:  RateLimited, Pri: conceptPri + 14,
		Summary: "The sender is over a sending limit counted per period (recipients or messages in 24 hours); sending works again once the period ends.",
		Fix:     []string{"Wait for the period to end, and spread sending over time or use a service made for bulk mail."}},
	// an outgoing (sending) quota named as such, also misspelt ("exeeded")
	{ID: "prov22.outgoing-quota", Any: []string{"outgoing mail quota", "outgoing quota", "outbound mail quota", "outbound quota", "outgoing email quota", "outgoing message quota"},
		Cat: RateLimited, Pri: conceptPri + 14,
		Summary: "The sending account is over its outgoing quota (messages it may send in a day or an hour); it can send again when the quota resets.",
		Fix: []string{"Wait until the quota resets, and spread bulk sending over time or use a service made for it.",
			"If the account did not send that much, its password may be stolen: change it."}},
	// a rate limit the account crossed, lifted by answering a captcha
	{ID: "prov22.rate-limit-captcha", Any: []string{"rate limit", "sending limit", "too many messages", "too many emails"},
		With: []string{"captcha"},
		Cat:  RateLimited, Pri: conceptPri + 14, Actor: ActorSender,
		Summary: "The account crossed the provider's rate limit for normal use; it is unlocked by signing in to webmail and answering the captcha.",
		Fix:     []string{"Sign in to webmail and answer the captcha; then send less at once, or check the account for misuse if it did not send that much."}},
	// traffic refused as unauthenticated, with the instruction to turn on the
	// outgoing server's authentication (Telstra's OB315)
	{ID: "prov22.unauthenticated-submission", Any: []string{"unauthenticated traffic", "unauthenticated sending", "unauthenticated submission",
		"turn on outgoing server authentication", "turn on smtp authentication", "enable outgoing server authentication",
		"outgoing server authentication", "outgoing server requires authentication", "outgoing mail server requires authentication"},
		// relaying that needs authentication is relay-denied (docs/explain.md "Labelling conventions")
		// ("may not relay": a keyword right after a negation is not read, so the
		// negated forms are listed whole)
		Not: []string{"spf", "dkim", "dmarc", "relay", "relaying", "may not relay", "not permitted to relay", "not allowed to relay", "cannot relay", "can not relay"},
		Cat: AuthRequired, Pri: conceptPri + 14, Actor: ActorSender,
		Summary: "The provider's outgoing server accepts mail only from a signed-in account: the client sent without SMTP authentication.",
		Fix:     []string{"Turn on authentication for the outgoing (SMTP) server in the mail client, with SSL/TLS, the full address as user name and the current password."}},
	// TalkTalk's policy codes: TT991 a deferral, TT992 a reject
	{ID: "prov22.talktalk-policy", Any: []string{"tt991", "tt992"},
		Cat: Policy, Pri: codePri, Provider: "TalkTalk",
		Summary: "TalkTalk refused (TT992) or deferred (TT991) the message by its mail policy: content, sending behaviour or reputation; the code does not say which.",
		Fix:     []string{"Check the message and the sending pattern against TalkTalk's policy (content, volume, authentication) and ask its postmaster with the full reply if it persists."}},

	// Rules of batch 22-prov b (written after batch A's fixes):
	//
	// simultaneous connections over the limit (ru)
	{ID: "prov22.concurrent-connections-ru", Any: []string{"одновременных подключений", "одновременных соединений", "одновременных сессий", "параллельных подключений"},
		With: []string{"превышен", "не более", "слишком много", "лимит", "максимум"},
		Cat:  RateLimited, Pri: conceptPri + 14,
		Summary: "The client opened more simultaneous connections than the server allows from one IP address.",
		Fix:     []string{"Lower the number of parallel connections to this server (the MTA's per-destination concurrency)."}},
	// recipients (addresses) per message in the Romance languages
	{ID: "prov22.recipients-per-message-romance", Any: []string{"direcciones", "destinatarios", "destinatários", "endereços", "destinataires", "adresses", "destinatari", "indirizzi"},
		With: []string{"por mensaje", "por correo", "por mensagem", "par message", "par courriel", "per messaggio", "por email", "por e-mail"},
		Cat:  RateLimited, Pri: conceptPri + 14,
		Summary: "The message has more recipients (To, Cc and Bcc together) than the provider allows in one message.",
		Fix:     []string{"Split the recipients over several messages, or send to a list address."}},
	// relaying allowed only from the provider's own network or range
	{ID: "prov22.relay-own-range-only", Any: []string{"relaying is only allowed", "relaying is only permitted", "relay is only allowed", "relaying only allowed",
		"relaying only from", "only allowed to relay", "relaying is restricted to", "we do not relay", "does not relay for"},
		Cat: RelayDenied, Pri: conceptPri + 14, Actor: ActorSender,
		Summary: "The server relays only for its own network or users: a client from another network (or mail between two outside addresses) is refused.",
		Fix:     []string{"Send through your own provider's outgoing server, or sign in to this server with SMTP authentication if you have an account there."}},
	// a free-mail From address refused by a provider's outgoing server
	{ID: "prov22.freemail-from-refused", Any: []string{"free mail service", "free mail address", "freemail", "free e-mail service", "free email service", "free-mail"},
		With: []string{"may not", "cannot be", "not accepted", "not allowed", "not permitted", "refused", "rejected"},
		Cat:  Policy, Pri: conceptPri + 14, Actor: ActorSender,
		Summary: "The provider's outgoing server does not accept a free-mail address (Gmail, Yahoo, Hotmail) as the sender: those providers' mail must go through their own servers.",
		Fix:     []string{"Send with your own domain's address, or send free-mail addresses through that free-mail provider's outgoing server."}},
	// connections refused or outgoing SMTP filtered because of complaints
	{ID: "prov22.complaint-connections", Any: []string{"refusing connections", "refuse connections", "refused connections", "smtp filtered", "filtered your outgoing", "outgoing smtp is filtered"},
		With: []string{"complaint"},
		Cat:  Reputation, Pri: conceptPri + 14,
		Summary: "The provider refuses connections from the sender (or filters its outgoing SMTP) because of complaints about its mail.",
		Fix:     []string{"Find out what the complaints are about, stop that mail, and ask the provider to lift the block."}},
	// an IP or account blocked after repeated failed logins, in words the
	// older rules lacked ("blocked by the server's firewall after repeated
	// failed logins"); a recipient's account stays mailbox-disabled
	{ID: "prov22.blocked-after-failed-logins", Any: []string{"failed logins", "failed log-ins", "failed log ins", "failed login", "login failures", "authentication errors", "authentication failures"},
		// the client's IP address or host named (an account blocked after
		// failed logins, named alone, keeps codeless.tsv's reading)
		With: []string{"ip address has been blocked", "ip address was blocked", "ip address is blocked", "ip has been blocked", "ip was blocked", "ip is blocked",
			"ip address has been banned", "ip has been banned", "ip was banned", "blocked by the server's firewall", "blocked by our firewall", "blocked by the firewall",
			"blocked your ip", "banned your ip", "blocked the ip"},
		Not: []string{"recipient", "rcpt"},
		Cat: AuthFailed, Pri: conceptPri + 14,
		Summary: "The server blocked the client's IP address after repeated failed logins; the block lifts after its period.",
		Fix:     []string{"Correct the password in every client and device that logs in, then wait for the block to end (or ask the provider to lift it)."}},
	// a sender the server calls illegal: not allowed there (the access-table
	// convention reads "sender denied", "sender not allowed" as policy)
	{ID: "prov22.illegal-sender", Any: []string{"illegal sender", "sender is illegal"},
		Not: []string{"syntax", "format", "malformed", "character"},
		Cat: Policy, Pri: conceptPri + 8,
		Summary: "The server does not accept mail from this sender (its own block list or a suspended sender).",
		Fix:     []string{"Ask the recipient's administrator why the sender is refused, or send from another address."}},
	// a POP session lock: the mailbox is still held by an earlier session
	{ID: "prov22.pop-lock", Any: []string{"pop lock", "pop3 lock", "lock busy", "poplock"},
		Cat: ServerError, Pri: conceptPri + 8,
		Summary: "The server still holds the mailbox for an earlier session (a POP lock); it clears by itself after some minutes.",
		Fix:     []string{"Wait 15-20 minutes without checking mail, then try again; check from one device at a time."}},
}
