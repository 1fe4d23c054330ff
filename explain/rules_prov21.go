package explain

// Rules of helper prov21 (issue 10, session 16); see docs/heldout/heldout21-prov.md.
// Each is tested in new wording in prov21_kinds_test.go.
//
// Kinds found on the first run of held-out batch 21-prov (providers', ISPs'
// and hosters' own help pages and users' pastes of their replies):
//
//   - The sender's own account locked, blocked, disabled or suspended for
//     spam is read by the words of the block, whatever the provider calls it:
//     "Account locked for spam" (OVHcloud's ticket), "this email account can
//     no longer send" (its status column), "has blocked outgoing email for
//     this account" (Zoho), Russian "аккаунт ... отключен за рассылку спама"
//     (Google Workspace), Spanish "servicio de correo ha sido suspendido ...
//     (SPAM)" (MexMail). prov20's rule knew a few English phrasings; these
//     read the account, the block and the cause as concepts.
//   - The From domain said to be invalid or to have no A/MX record (Virgin
//     Media's MXIN619 "Your Header From domain is invalid", a carrier's
//     "AレコードおよびMXレコードが存在しないFromドメイン") is the sender's
//     domain, not a header's syntax or the recipient's domain.
//   - A From address that is not the address the client signed in with
//     (Virgin Media's VM402) is the sender address the account may not use.
//   - Alibaba Cloud mail's behavioural anti-spam (ANTISPAM_BAT) names the
//     sending pattern it refuses: "too frequently sending", "currently
//     unexpected sending" are its frequency limits (its help pages), not a
//     reputation verdict on the sender.
//   - Limits said per message, per connection and per period: per-message
//     size and destination limits in Japanese ("1通あたりの最大送信容量/最大宛先数
//     を超え"), a carrier's sending restriction ("メールの送信が規制"), Korean
//     recipients per send ("100명을 초과하여 발송할 수 없습니다"), English
//     recipients per connection or hour.
//   - Header rules in Japanese ("Fromヘッダが空白"), a carrier's spoofing
//     filter ("なりすまし規制", the recipient's setting), too many MIME parts,
//     an empty mailing list, a refusal "due to restrictions" (Russian).
//   - A sender IP blocked for a while in Polish ("adresu IP ... zablokowany").

// prov21SpamCause: the causes of a block of the sender's own account.
var prov21SpamCause = []string{"spam", "harmful", "recipients per email", "recipients per message", "undeliverable", "bounces",
	// batch 21-prov b: bulk mail on a plan that forbids it ("Bulk commercial email is not allowed on this plan: your service has been suspended")
	"bulk email", "bulk mail", "bulk commercial", "commercial email"}

var prov21Rules = []rule{
	{ID: "prov21.account-blocked", Any: []string{"account locked", "account blocked", "account has been blocked", "account is blocked", "account was blocked",
		"account has been disabled", "account was disabled", "blocked this account", "locked this account", "disabled this account", "suspended this account",
		"account can no longer send", "blocked outgoing email", "blocked outgoing mail", "outgoing email has been blocked", "outgoing mail has been blocked",
		// batch 21-prov b: the sender's service suspended
		"service has been suspended", "service was suspended"},
		With: prov21SpamCause,
		// (a host named, not "hosting": "This hosting account has been disabled for sending spam", batch 21-prov b)
		Not: []string{"recipient's account", "recipient account", "the recipient", "ip address", "your ip", "the ip", "server", "sending host", "client host",
			"your host ", "the host ", "mail host", "remote host", "network", "domain", "login", "log in", "password", "complaint"},
		Cat: Policy, Pri: conceptPri + 18, Actor: ActorSender,
		Summary: "The provider locked, blocked or disabled the sender's own account (or its outgoing mail) because it sent spam, harmful mail or too many undeliverable messages: a restriction of the account, not a verdict on this message.",
		Fix: []string{"Secure the account (change its password, check devices for malware) and clean the lists it sends to.",
			"Ask the provider to unblock the account; most do after a password change or a review."}},
	// Russian: "Ваш аккаунт ... был отключен за рассылку спама"
	{ID: "prov21.account-blocked-ru", Any: []string{"аккаунт", "учетная запись", "учётная запись", "учетную запись", "учётную запись"},
		With: []string{"отключен", "заблокирован", "приостановлен"}, All: []string{"спам"},
		Not: []string{"получател"},
		Cat: Policy, Pri: conceptPri + 18, Actor: ActorSender,
		Summary: "The provider disabled or blocked the sender's own account for sending spam.",
		Fix:     []string{"Secure the account and ask the provider to restore it."}},
	// Spanish: "Su servicio de correo ha sido suspendido ... por el envío de correo no solicitado (SPAM)"
	{ID: "prov21.account-suspended-es", Any: []string{"servicio de correo ha sido suspendido", "servicio ha sido suspendido", "cuenta ha sido suspendida", "cuenta ha sido bloqueada",
		"cuenta fue suspendida", "cuenta fue bloqueada", "cuenta ha sido desactivada"},
		With: []string{"spam", "correo no solicitado", "correo no deseado", "correo basura"},
		Not:  []string{"destinatario"},
		Cat:  Policy, Pri: conceptPri + 18, Actor: ActorSender,
		Summary: "The provider suspended the sender's own mail service or account for sending unsolicited mail.",
		Fix:     []string{"Secure the account and clean the lists it sends to, then ask the provider to lift the suspension."}},
	// the From domain invalid or without DNS records
	{ID: "prov21.from-domain-invalid", Any: []string{"from domain", "from-domain", "from: domain", "fromドメイン", "from ドメイン", "送信元ドメイン", "差出人ドメイン"},
		With: []string{"is invalid", "invalid", "does not exist", "doesn't exist", "not exist", "no mx", "no a record", "存在しない", "無効"},
		Not:  []string{"spf", "dkim", "dmarc", "align", "not match", "mismatch"},
		Cat:  SenderInvalid, Pri: conceptPri + 10,
		Summary: "The receiver refuses the message's From domain: it is not valid or has no DNS records for mail (no MX or A record).",
		Fix:     []string{"Send from a domain that exists and has MX (or A) records; check the From address for typos."}},
	// a From address that is not the signed-in account (Virgin Media's VM402)
	{ID: "prov21.from-not-signed-in", Any: []string{"from address", "sender address", "from field", "from header"},
		With: []string{"not the address you signed in", "not the address you logged in", "not the address you authenticated", "address you signed in with", "address you logged in with",
			"does not match the account", "doesn't match the account", "does not match your login", "does not match the authenticated"},
		Cat: SenderInvalid, Pri: conceptPri + 10,
		Summary: "The outgoing server sends only from the address of the account that signed in; this message's From address is another one.",
		Fix:     []string{"Send from the address you log in with (or add the other address to the account as an allowed sender)."}},
	// Alibaba Cloud mail's behavioural anti-spam: a sending frequency limit
	{ID: "prov21.aliyun-sending-frequency", All: []string{"antispam_bat"}, Any: []string{"sending", "frequen", "connection rate"},
		Not: []string{"rcptto", "rcpt to", "mailbox", "content"},
		Cat: RateLimited, Pri: 22, Provider: "Alibaba Cloud Mail",
		Summary: "Alibaba Cloud mail's behavioural anti-spam (ANTISPAM_BAT) refuses the sender's current sending rate (too many messages or connections in a short time); mail at a lower rate is accepted.",
		Fix:     []string{"Send less often and fewer at a time to this provider; let the sending MTA retry later."}},
	// Japanese: per-message size and destination limits ("1通あたりの最大送信容量(20MB)を超えている")
	{ID: "prov21.per-message-size-ja", All: []string{"1通あたり"}, Any: []string{"容量", "サイズ"}, With: []string{"超え", "超過"},
		Cat: MessageTooBig, Pri: conceptPri + 8,
		Summary: "The message is larger than the provider's limit per message.",
		Fix:     []string{"Send smaller attachments (split or compress them) or share large files by a link."}},
	{ID: "prov21.per-message-recipients-ja", All: []string{"1通あたり"}, Any: []string{"宛先数", "あて先数"}, With: []string{"超え", "超過"},
		Cat: RateLimited, Pri: conceptPri + 8,
		Summary: "The message has more destinations (To, CC and BCC together) than the provider allows per message.",
		Fix:     []string{"Send to fewer recipients per message (split the list, or use a mailing list)."}},
	// Japanese: a carrier's restriction of sending after a count ("メールの送信が規制されています")
	{ID: "prov21.sending-restricted-ja", Any: []string{"送信が規制", "送信を規制", "送信が制限", "送信を制限"},
		Not: []string{"宛先不明", "あて先不明", "迷惑メール"},
		Cat: RateLimited, Pri: conceptPri + 8,
		Summary: "The provider restricts sending from this account for a period after it sent to many destinations.",
		Fix:     []string{"Wait until the period has passed, then send to fewer destinations at a time."}},
	// Japanese: many unknown destinations ("あて先不明のメールアドレスが大量に") - the sender's list hygiene
	{ID: "prov21.many-unknown-recipients-ja", Any: []string{"宛先不明", "あて先不明"}, With: []string{"大量", "多数"},
		Cat: Reputation, Pri: conceptPri + 14,
		Summary: "The receiver treats the sender as a spam source and throttles it because its mail goes to many addresses that do not exist.",
		Fix:     []string{"Remove invalid addresses from the lists, then send again slowly."}},
	// Korean: recipients per send ("1회에 100명을 초과하여 발송할 수 없습니다")
	{ID: "prov21.recipients-per-send-ko", Any: []string{"명을 초과", "명 초과", "명 이상"}, With: []string{"발송", "보낼 수"},
		Cat: RateLimited, Pri: conceptPri + 8,
		Summary: "The provider limits how many recipients one message (To, CC and BCC together) may have.",
		Fix:     []string{"Send to fewer recipients per message."}},
	// recipients per connection or per period
	{ID: "prov21.recipients-per-period", Any: []string{"recipients in a single connection", "recipients in one connection", "recipients per connection",
		"recipients in one hour", "recipients in an hour", "recipients in the last hour", "recipients per hour", "recipients per minute", "recipients in one minute", "recipients in a minute"},
		With: []string{"more than", "over", "exceed", "limit", "too many", "maximum"},
		Cat:  RateLimited, Pri: conceptPri + 6,
		Summary: "The server limits how many recipients a client may send to per connection or per period; this sender went over it.",
		Fix:     []string{"Send to fewer recipients per connection and spread the sending over time."}},
	// Japanese: a blank or missing header ("Fromヘッダが空白のメールは受信を拒否します")
	{ID: "prov21.header-blank-ja", Any: []string{"ヘッダ", "헤더"}, With: []string{"空白", "欠落", "存在しない", "ありません", "없는", "누락"},
		Cat: RFCNoncompliant, Weak: true, Pri: conceptPri + 2,
		Summary: "The message lacks a header the receiver requires (or has it empty).",
		Fix:     []string{"Send messages with the required headers (From, Date, Message-ID) filled in."}},
	// Japanese: the recipient's spoofing filter (au's "なりすまし規制")
	{ID: "prov21.spoofing-filter-ja", Any: []string{"なりすまし規制"},
		Not: []string{"spf", "dkim", "dmarc"},
		Cat: Policy, Pri: conceptPri + 10, Actor: ActorRecipient,
		Summary: "The recipient's spoofing filter (a setting of the recipient's mobile mail) refused the message.",
		Fix:     []string{"Ask the recipient to add the sender to the list of allowed senders (指定受信リスト)."}},
	// too many MIME parts
	{ID: "prov21.mime-parts", Any: []string{"mime parts", "mime-parts", "mime entities", "mime part"},
		With: []string{"more than", "too many", "exceeds", "maximum", "limit"},
		Cat:  Policy, Pri: conceptPri + 6,
		Summary: "The receiver refuses messages with more MIME parts than its policy allows.",
		Fix:     []string{"Send fewer attachments or inline parts per message."}},
	// an empty mailing list ("maillist x is null, please contact admin", 263)
	{ID: "prov21.list-empty", Any: []string{"maillist", "mailing list", "mail list", "distribution list"},
		With: []string{"is null", "is empty", "has no members", "no members"},
		Cat:  ServerError, Pri: conceptPri + 6, Actor: ActorRecipient,
		Summary: "The recipient address is a mailing list with no members: there is nobody to deliver to.",
		Fix:     []string{"Tell the list's owner or the recipient domain's administrator; the list must have members."}},
	// Russian: refused "due to restrictions" ("отклонили сообщение из-за ограничений")
	{ID: "prov21.refused-restrictions-ru", Any: []string{"отклонили сообщение", "отклонил сообщение", "отклонено", "отклонили письмо", "отклонил письмо"},
		With: []string{"из-за ограничений", "ограничени"},
		Cat:  Policy, Pri: conceptPri + 6,
		Summary: "The receiving servers refused the message because of restrictions set on them (a policy).",
		Fix:     []string{"Ask the recipient's administrator which restriction applies."}},
	// Polish: the sender's IP blocked ("dostęp ... dla Twojego publicznego adresu IP został tymczasowo zablokowany")
	{ID: "prov21.ip-blocked-pl", Any: []string{"adresu ip", "adres ip"}, With: []string{"zablokowan"},
		Cat: Reputation, Pri: conceptPri + 8,
		Summary: "The provider blocked mail from the sender's IP address (for a while): the IP sent too much mail that could not be delivered, or spam.",
		Fix:     []string{"Find what sent the mail from that IP (a compromised account or device), stop it, and wait for the block to end."}},
	// a message refused for lacking a subject ("All emails should have a
	// proper subject otherwise it will be rejected"): the receiver's rule,
	// policy as the corpus reads ezmlm's "empty Subject" and "Please provide
	// an email subject" (a duplicated Subject header stays rfc-noncompliant)
	{ID: "prov21.subject-required", Any: []string{"subject"},
		With: []string{"proper subject", "no subject", "empty subject", "missing subject", "without a subject", "without subject", "subject is required",
			"subject is empty", "subject is missing", "provide an email subject", "provide a subject"},
		Not: []string{"subject alternative", "subject headers", "subject lines", "too long"},
		Cat: Policy, Weak: true, Pri: conceptPri + 2,
		Summary: "The receiver refuses messages without a (proper) subject.",
		Fix:     []string{"Give the message a subject and send it again."}},
	// Kinds of held-out batch 21-prov b:
	// Slovak, Czech, Polish: the sender's account blocked for spam or
	// undeliverable mail ("Váš emailový účet bol zablokovaný, pretože ste
	// posielali veľký počet nedoručiteľných správ", UPC)
	{ID: "prov21.account-blocked-west-slavic", Any: []string{"účet bol zablokovaný", "účet bol dočasne zablokovaný", "účet byl zablokován", "účet byl dočasně zablokován",
		"konto zostało zablokowane", "konto zostało tymczasowo zablokowane", "konto zostało zawieszone"},
		With: []string{"spam", "nedoručiteľn", "nedoručiteln", "niedostarczon", "nevyžiadan", "nevyžádan", "niechcian"},
		Cat:  Policy, Pri: conceptPri + 18, Actor: ActorSender,
		Summary: "The provider blocked the sender's own account because it sent spam or many undeliverable messages.",
		Fix:     []string{"Check the lists and devices that send from the account, then ask the provider to reactivate it."}},
	// a count over a limit in a period ("more than 50 times in 30 minutes",
	// "more than 300 recipients in 30 minutes", "sent more than 100 emails
	// this hour"): a rate, also after a generic "Mail blocked:" headline
	{ID: "prov21.count-per-period", Any: []string{"more than", "exceeded", "exceeds", "in excess of"},
		With: []string{"times in", "recipients in", "connections in", "messages in", "emails in", "e-mails in", "mails in",
			"emails this hour", "messages this hour", "mails this hour", "emails today", "messages today"},
		Not: []string{"in a row", "password", "login", "authentication", "per message", "in a single message", "in one message", "size", " mb"},
		Cat: RateLimited, Pri: conceptPri + 10,
		Summary: "The sender went over a limit on connections, messages or recipients in a period; the limit lifts when the period has passed.",
		Fix:     []string{"Wait for the period to pass, then send less in each period (fewer connections, recipients and messages)."}},
	// recipients per message ("more than the 25 recipients allowed per
	// message", "maximálne 100 príjemcov naraz", "penerima per email")
	{ID: "prov21.recipients-per-message", Any: []string{"more than", "more recipients than", "exceed", "too many", "maximum", "maximálne", "maximálně", "melebihi", "maksimal"},
		With: []string{"recipients allowed per message", "recipients per message", "recipients allowed per email", "recipients per email", "recipients at once",
			"allowed per message", "príjemcov naraz", "príjemcom naraz", "příjemců najednou", "penerima per email", "penerima per pesan",
			// batch 22-prov: recipients of one message (ru)
			"получателей письма", "адресов-получателей", "получателей в письме", "получателей одного письма"},
		Not: []string{"per hour", "per day", "per minute"},
		Cat: RateLimited, Pri: conceptPri + 8,
		Summary: "The message has more recipients than the provider allows in one message.",
		Fix:     []string{"Send to fewer recipients per message (split the list, or use a mailing list)."}},
	// sending paused for its volume ("High-volume sending from this account
	// has been paused by our spam prevention systems"): the spam filter is
	// the agent, the volume the cause
	{ID: "prov21.sending-paused", Any: []string{"has been paused", "have been paused", "was paused", "is paused", "sending paused", "paused sending"},
		With: []string{"high-volume", "high volume", "volume", "smaller batches", "too many"},
		// (a campaign paused for its bounce rate is the sending tool's own
		// policy: heldout21-tail's Instantly row)
		Not: []string{"bounce rate", "campaign"},
		Cat: RateLimited, Pri: conceptPri + 12,
		Summary: "The provider paused sending from the account because of its volume; it resumes after a while, for smaller batches.",
		Fix:     []string{"Wait, then send in smaller batches."}},
	// a connection blocked after an abuse complaint: the connecting host's reputation
	{ID: "prov21.connection-blocked-complaint", Any: []string{"connection is being blocked", "connection has been blocked", "connection is blocked", "connections are blocked", "connection was blocked"},
		With: []string{"complaint", "abuse", "spam"},
		Cat:  Reputation, Pri: conceptPri + 12,
		Summary: "The provider blocks connections from the sender because of abuse complaints (or spam) about mail from it.",
		Fix:     []string{"Find out what the complaints are about, stop that mail, and ask the provider to lift the block."}},
	// a share of failed or deferred mail over the limit (cPanel's "max
	// defers and failures", a hoster's "more than 25% of its outgoing mail
	// failed or was deferred"): the hoster's sending limit
	{ID: "prov21.failed-deferred-share", Any: []string{"failed or deferred", "failed or was deferred", "failed or were deferred", "deferred or failed", "failed and deferred",
		"failed or been deferred", "failed or had been deferred"},
		With: []string{"%", "percent", "per hour", "maximum", "more than", "limit"},
		Cat:  RateLimited, Pri: conceptPri + 10,
		Summary: "The hoster stops the domain's sending for a while because too large a share of its mail failed or was deferred.",
		Fix:     []string{"Remove addresses that fail from the lists, then send again when the block ends."}},
	// a sender domain that failed verification ("sender domain failed to verify")
	{ID: "prov21.sender-domain-unverified", Any: []string{"sender domain", "sender's domain", "senders domain", "sending domain", "domain of the sender"},
		With: []string{"failed to verify", "failed verification", "could not be verified", "cannot be verified", "verification failed", "failed to validate"},
		Not:  []string{"spf", "dkim", "dmarc"},
		Cat:  SenderInvalid, Pri: conceptPri + 8,
		Summary: "The receiver could not verify the sender's domain (it does not resolve or has no mail records) and refuses its mail.",
		Fix:     []string{"Send from a domain that exists and has MX (or A) records."}},
	// Chinese: the sending volume reached its limit ("该域名今日的发信量已达到上限")
	{ID: "prov21.sending-volume-zh", Any: []string{"发信量", "发送量", "发信数量", "发件量", "發信量", "發送量"},
		With: []string{"上限", "超过", "超出", "限制", "超過"},
		Cat:  RateLimited, Pri: conceptPri + 10,
		Summary: "The provider's sending limit (per day or per hour, for the account or the domain) was reached.",
		Fix:     []string{"Wait for the next period (the next day for a daily limit), then send less."}},
}

// Class words of batch 21-prov (classify.go's wordLists joins them to its
// lists):
//
//   - prov21SelfLiftWording: a block stated to end by itself ("Blokada
//     zostanie automatycznie zdjęta po upływie 60 minut") is temporary
//     whatever outcome words its cause uses ("ponad połowa wysłanych
//     wiadomości nie mogła zostać dostarczona"); read with the timer words,
//     before the permanent outcome words.
//   - prov21TemporaryWording: an account that will "be able to send again"
//     after a time, a block "for 1 hour", a carrier's throttling
//     ("送信が制御されました").
//   - prov21PerMessageWording: a limit per message (recipients or size per
//     message: "1通あたり", "1회에", "per message"; not "per e-mail", German
//     for "by e-mail") does not lift by
//     waiting: the same message fails again; permanent unless the words
//     say temporary.
var (
	prov21SelfLiftWording = []string{"automatycznie zdjęta", "automatycznie zdjęty", "zostanie automatycznie zdjęt",
		"will be lifted automatically", "lifted automatically", "automatically lifted", "unblocked automatically", "automatically unblocked",
		"automatisch aufgehoben", "levé automatiquement", "levée automatiquement", "se levantará automáticamente", "se desbloqueará automáticamente",
		// batch 21-prov b: a limit until the hour has passed (beside "bounces back as undeliverable")
		"until the hour has passed", "until the hour is over", "until the next hour"}
	prov21TemporaryWording = []string{"be able to send again", "able to send emails again", "able to send email again", "able to send e-mails again",
		"for 1 hour", "for one hour", "for an hour", "for 60 minutes", "送信が制御", "送信制御",
		// batch 21-prov b: send again tomorrow (Tencent's daily limit)
		"明天再", "明日再"}
	prov21PerMessageWording = []string{"per message", "1通あたり", "1회에",
		// batch 21-prov b: recipients at once (sk, cs), per email (id)
		"príjemcov naraz", "príjemcom naraz", "příjemců najednou", "penerima per email", "penerima per pesan",
		// batch 22-prov: recipients of one message (ru)
		"получателей письма", "адресов-получателей", "получателей в письме", "получателей одного письма"}
)
