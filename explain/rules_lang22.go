package explain

// lang22Rules: rules added by the lang22 work of session 17 (issue 10).
//
// Batch 22-lang went back to the eight big languages (and Dutch, Polish,
// Korean, Turkish) with the large providers' own localized forms: Gmail's
// SMTP table as Google's localized pages word it, Gmail's bounce card,
// Exchange Online's localized NDRs, the big national providers. Most
// concepts read; the misses were word families that lacked a tense or an
// auxiliary ("no se ha encontrado", "n'a pas accepté"), and one concept no
// table had: the recipient who blocked the sender. The tables widened are
// marked "batch 22-lang" where they are defined.

var (
	// lang22RecipientBlocked: the recipient blocked the sender, said in the
	// active voice with its object ("el destinatario ha bloqueado tu
	// dirección", "le destinataire vous a bloqué", "Der Empfänger hat Sie
	// blockiert"): the recipient's own block list, not a blocked mailbox
	// (the passive "ha sido bloqueado", "a été bloqué", "ist gesperrt" stays
	// the mailbox's state)
	lang22RecipientBlocked = []string{
		"hat sie blockiert", "hat dich blockiert", "hat ihre adresse blockiert", "hat ihre e-mail-adresse blockiert", "hat den absender blockiert",
		"vous a bloqué", "t'a bloqué", "a bloqué votre", "a bloqué ton", "a bloqué l'expéditeur",
		"te ha bloqueado", "le ha bloqueado", "ha bloqueado tu", "ha bloqueado su", "ha bloqueado al remitente", "te bloqueó", "bloqueó tu", "bloqueó su",
		"ti ha bloccato", "ha bloccato il tuo", "ha bloccato il suo", "ha bloccato il mittente", "ha bloccato l'indirizzo",
		"bloqueou você", "te bloqueou", "bloqueou seu", "bloqueou o seu", "bloqueou o remetente", "o bloqueou",
		"заблокировал вас", "заблокировала вас", "заблокировал ваш", "заблокировала ваш", "заблокировал отправителя", "заблокировал адрес",
		"あなたをブロック", "送信者をブロック", "アドレスをブロックしています", "アドレスをブロックしました",
		"屏蔽了您", "屏蔽了你", "已将您屏蔽", "已将你屏蔽", "已将您拉黑", "已将你拉黑", "拉黑了您", "封鎖了您", "已將您封鎖",
		"heeft je geblokkeerd", "heeft u geblokkeerd", "heeft uw adres geblokkeerd", "heeft je adres geblokkeerd",
		"zablokował cię", "zablokowała cię", "zablokował twój", "zablokowała twój", "zablokował pana", "zablokował nadawcę",
		"sizi engelledi", "seni engelledi", "adresinizi engelledi", "göndereni engelledi",
		"님을 차단했", "귀하를 차단했", "발신자를 차단했", "주소를 차단했"}

	// lang22Changed: (the recipient's address) changed, in the big languages
	// the lang21 list did not hold ("La dirección del destinatario ha
	// cambiado", "Адрес электронной почты получателя изменился", "收件人的电
	// 子邮件地址已更改"); read beside the recipient, not of a password
	lang22Changed = []string{"hat sich geändert", "wurde geändert", "a changé", "a été modifié", "a été changé", "ha cambiado", "ha sido cambiad", "ha sido modificad",
		"è cambiat", "è stato modificat", "è stata modificat", "foi alterad", "foi modificad", "mudou",
		"изменился", "изменилась", "был изменен", "была изменена", "已更改", "已变更", "已變更", "变更了", "変更されて", "変更されました"}
	// lang22SendingRestricted: the sender's own account restricted from
	// sending, in Chinese ("您的邮箱因发送垃圾邮件已被限制发信": the state of
	// the account, whatever cause it names)
	lang22SendingRestricted = []string{"限制发信", "限制發信", "禁止发信", "禁止發信", "暂停发信", "暫停發信", "发信功能已被", "發信功能已被", "已被限制发送", "已被限制發送"}
	// lang22NonCertified: mail that is not certified (Italian PEC: a PEC
	// mailbox "non abilitato alla ricezione di posta non certificata")
	lang22NonCertified = []string{"posta non certificata", "messaggi non certificati", "messaggio non certificato", "posta ordinaria"}
	// lang22RecipientFilters: the Japanese carriers' reception settings, the
	// recipient's own filter ("ドメイン指定受信", "受信拒否設定")
	lang22RecipientFilters = []string{"ドメイン指定受信", "アドレス指定受信", "指定受信", "受信拒否設定", "受信拒否に設定", "迷惑メール対策設定", "なりすまし規制", "パソコンからのメールを拒否"}
	// lang22NoHostName: no (or a wrong) host or domain name assigned to the
	// sending IP in DNS, said without the word PTR ("Der IP-Adresse ... ist
	// kein oder ein falscher Domainname im DNS zugeordnet")
	lang22NoHostName = []string{"kein oder ein falscher domainname", "kein domainname", "keinen domainnamen", "kein hostname", "keinen hostnamen",
		"aucun nom d'hôte", "pas de nom d'hôte", "sin nombre de host", "no tiene nombre de host", "nessun nome host", "nenhum nome de host", "нет доменного имени", "нет имени хоста",
		"ホスト名が設定されていません", "ホスト名がありません", "没有主机名", "没有反向解析", "没有设置反向解析"}
	// lang22RelayVerbs: relaying as a verb ("no permite retransmitir el
	// mensaje"), and ...
	lang22RelayVerbs = []string{"retransmitir", "relayer", "ретранслировать", "中继转发", "リレーする", "リレーを"}
	// ... that it is not allowed
	lang22NotAllowed = []string{"no permite", "no se permite", "ne permet pas", "n'autorise pas", "non permette", "non consente", "não permite", "erlaubt nicht", "не разрешает", "не позволяет",
		"不允许", "許可されていません", "できません"}
	// lang22ExternalForwarding: forwarding to outside the organisation
	// (Exchange's 5.7.520 "Your organization does not allow external
	// forwarding", in the big languages), and ...
	lang22ExternalForwarding = []string{"externe weiterleitung", "weiterleitung nach extern", "transfert externe", "transfert vers l'extérieur", "reenvío externo", "reenvío a direcciones externas",
		"inoltro esterno", "inoltro all'esterno", "encaminhamento externo", "reencaminhamento externo", "внешнюю пересылку", "внешняя пересылка", "внешней пересылки",
		"外部への転送", "外部转发", "外部轉寄", "外部轉發", "external forwarding"}
	// ... that it is not allowed
	lang22NotAllowedToo = []string{"lässt keine", "nicht zulässig", "nicht erlaubt", "nicht gestattet", "n'autorise pas", "ne permet pas", "no permite", "no se permite", "non consente", "non è consentit",
		"não permite", "não é permitid", "не разрешает", "запрещ", "許可されていません", "許可していません", "不允许", "不允許", "does not allow", "not allowed"}
	// lang22Traffic: traffic (Exchange's 5.7.708 "Access denied, traffic
	// not accepted from this IP", in the big languages), and ...
	lang22Traffic = []string{"datenverkehr", "trafic", "tráfico", "traffico", "tráfego", "трафик", "トラフィック", "流量"}
	// ... that is not accepted
	lang22NotAccepted = []string{"nicht akzeptiert", "nicht angenommen", "n'est pas accepté", "pas accepté", "no se acepta", "no es aceptado", "non è accettato", "non viene accettato",
		"não é aceito", "não é aceite", "не принимается", "受け付けられません", "受け付けていません", "不接受", "不被接受"}
	// lang22TooManyServers: a message passed through too many servers (a
	// loop, said without the word hop)
	lang22TooManyServers = []string{"zu viele server", "trop de serveurs", "demasiados servidores", "troppi server", "servidores demais", "слишком много серверов"}
	// ... unless what changed is a password or a setting
	lang22NotAddressChange = []string{"passwort", "kennwort", "mot de passe", "contraseña", "password", "senha", "пароль", "パスワード", "密码", "密碼",
		"einstellung", "paramètre", "configuración", "impostazion", "configuraç", "настройк", "設定", "设置"}
)

var lang22Rules = []rule{
	// the recipient blocked the sender (Gmail's "the recipient has blocked
	// you" in the big languages): the receiver's per-user block list, a
	// policy refusal; above the blocked-mailbox reading that "bloqueado"
	// beside "destinatario" would otherwise give
	{ID: "lang22.l10n-recipient-blocked-sender", Any: intl13RecipientWords, With: lang22RecipientBlocked,
		Cat: Policy, Weak: true, Pri: conceptPri + 4,
		Summary: "The recipient has blocked the sender (the recipient's own block list or filter refuses mail from this address); the mailbox itself works.",
		Fix:     []string{"Contact the recipient by another channel if the block is a mistake; otherwise stop sending to this address."}},
	// the sender's own account restricted from sending (Chinese providers'
	// "限制发信"): a provider's block on the account, policy as
	// lang16.sending-disabled reads it, above the spam it names as the cause
	{ID: "lang22.l10n-sending-restricted", Any: lang22SendingRestricted,
		// a bar whose stated cause is sending too often, or that is
		// temporary, is the rate limit's ("邮件发送太过频繁，被系统临时禁止发信")
		Not: []string{"频繁", "頻繁", "过快", "過快", "临时", "臨時", "暂时", "暫時", "上限", "超过", "超過", "数量", "數量"},
		Cat: Policy, Pri: conceptPri + 6,
		Summary: "The provider has restricted sending for the sender's own account (often after suspected spam or a compromised password).",
		Fix: []string{"Log in to the provider's webmail and follow its steps to restore sending (change the password, confirm ownership).",
			"If the account sent spam, find and stop the cause first."}},
	// an Italian PEC mailbox that does not accept non-certified mail: the
	// receiver's setting (policy), whatever else the reply says of the
	// address ("Indirizzo destinatario sconosciuto o non abilitato alla
	// ricezione di posta non certificata")
	{ID: "lang22.l10n-pec-non-certified", Any: lang22NonCertified, With: []string{"non abilitat", "non accett", "rifiutat", "non consentit"},
		Cat: Policy, Pri: conceptPri + 8,
		Summary: "The recipient's certified-mail (PEC) mailbox accepts only certified mail: a message from an ordinary mailbox is refused by its settings.",
		Fix:     []string{"Send from a PEC mailbox, or ask the recipient to enable the reception of ordinary (non-certified) mail."}},
	// the Japanese carriers' reception settings (domain-specified
	// reception, refusal settings): the recipient's own filter, policy
	{ID: "lang22.l10n-recipient-filter-settings", Any: lang22RecipientFilters,
		Cat: Policy, Weak: true, Pri: conceptPri + 4,
		Summary: "The recipient's own reception settings (a domain or address allow list, a refusal setting) refused the message.",
		Fix:     []string{"Ask the recipient by another channel to allow your address or domain in their reception settings."}},
	// no host name assigned to the sending IP in DNS (reverse DNS), said
	// without the word PTR
	{ID: "lang22.l10n-no-host-name", Any: intlIPSubjects, With: lang22NoHostName,
		Cat: PTRRequired, Weak: true, Pri: conceptPri + 4,
		Summary: "The receiver refused the connection because the sending IP address has no reverse-DNS (PTR) host name, or one that does not match.",
		Fix:     []string{"Ask whoever owns the sending IP (the hosting provider or ISP) to set a PTR record naming the mail server's host name, whose A record points back to the IP."}},
	// relaying as a verb, not allowed ("no permite retransmitir el
	// mensaje"): relay-denied, above the address "not hosted here"
	{ID: "lang22.l10n-relay-not-allowed", Any: lang22RelayVerbs, With: lang22NotAllowed,
		Cat: RelayDenied, Weak: true, Pri: conceptPri + 12,
		Summary: "The server refused to relay the message: it does not accept mail for the recipient's domain from this client."},
	// external forwarding not allowed by the sender's organisation
	// (Exchange's 5.7.520): the organisation's policy, above the relaying
	// that 转发 (forwarding) would otherwise be read as
	{ID: "lang22.l10n-external-forwarding", Any: lang22ExternalForwarding, With: lang22NotAllowedToo,
		Cat: Policy, Pri: conceptPri + 12,
		Summary: "The sender's organisation does not allow automatic forwarding to external addresses (an outbound policy).",
		Fix:     []string{"Ask the administrator to allow external forwarding for this mailbox (outbound spam policy or remote domain settings), or stop forwarding."}},
	// traffic from the sending IP not accepted (Exchange's 5.7.708): the
	// IP's reputation
	{ID: "lang22.l10n-ip-traffic-refused", Any: lang22Traffic, With: lang22NotAccepted,
		Cat: Reputation, Weak: true, Pri: conceptPri + 4,
		Summary: "The receiver does not accept traffic from the sending IP address (its reputation, often a new or a shared IP).",
		Fix:     []string{"Send through a relay with a good reputation, or ask the receiver's provider how to get the IP accepted (Microsoft's delisting portal for Exchange Online)."}},
	// too many servers passed (a loop, said without the word hop)
	{ID: "lang22.l10n-too-many-servers", Any: lang22TooManyServers,
		Cat: ServerError, Pri: conceptPri + 4,
		Summary: "The message went through too many servers (hops): it is looping between mail servers, a routing or forwarding misconfiguration."},
	// the recipient's address changed (Exchange's "The recipient's e-mail
	// address has changed" and its glosses, in the big languages' tenses)
	{ID: "lang22.l10n-recipient-changed", Any: intl13RecipientWords, With: lang22Changed,
		Not: lang22NotAddressChange, NotAlso: [][]string{lang17NotMessageExpiry},
		Cat: Moved, Weak: true, Pri: conceptPri,
		Summary: "The recipient's address has changed and the server does not forward to the new one.",
		Fix:     []string{"Ask the recipient by another channel for the new address and update your address book."}},
}
