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
	// the recipient's address changed (Exchange's "The recipient's e-mail
	// address has changed" and its glosses, in the big languages' tenses)
	{ID: "lang22.l10n-recipient-changed", Any: intl13RecipientWords, With: lang22Changed,
		Not: lang22NotAddressChange, NotAlso: [][]string{lang17NotMessageExpiry},
		Cat: Moved, Weak: true, Pri: conceptPri,
		Summary: "The recipient's address has changed and the server does not forward to the new one.",
		Fix:     []string{"Ask the recipient by another channel for the new address and update your address book."}},
}
