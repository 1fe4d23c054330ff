package explain

// Rules of batch 24 helper alla24 (issue 10); see docs/heldout/heldout24-alla.md.
// Each kind was found by the first run of the all-category batch
// heldout24-alla (categories user-unknown to reputation) and is tested in new
// wording in alla24_kinds_test.go.
var alla24Rules = []rule{
	// ---- RFC 5321's 551 "User not local; please try <forward-path>" in the
	// Chinese and Japanese of reply-code tables and localized clients
	// ("551 用户非本地，请尝试<forward-path>", "551 ユーザーがローカルではありません"):
	// moved, as the English text is; the bare 551 alone stays unknown ----
	{ID: "alla24.l10n-user-not-local", Any: []string{"用户非本地", "用戶非本地", "用户不在本地", "用戶不在本地",
		"ユーザーがローカルではありません", "ユーザーはローカルではありません", "ユーザはローカルではありません", "ユーザーがローカルにいません"},
		Cat: Moved, Pri: conceptPri + 4,
		Summary: "The receiving server says the recipient is not local to it (RFC 5321's 551) and names, or would name, another address to try.",
		Actor:   ActorSender,
		Fix: []string{"Send to the forward path the reply gives, or ask the recipient for the current address.",
			"Update the address in your address book or list."}},

	// ---- a server that says it does not relay at all ("550 No such user
	// here. Relaying is not supported.", gomez's reply to a recipient that is
	// not local when relaying is off): the relay words decide over the
	// unknown-user words the same reply starts with ----
	{ID: "alla24.relaying-not-supported", Any: []string{"relaying is not supported", "relaying not supported", "relay is not supported",
		"relaying is not available", "does not support relaying", "doesn't support relaying"},
		Cat: RelayDenied, Pri: conceptPri + 14,
		Summary: "The server does not relay: it accepts mail only for its own addresses, and the recipient is not one of them.",
		Actor:   ActorSenderAdmin,
		Fix: []string{"Deliver to the recipient domain's own MX hosts, not through this server.",
			"If the address should be local here, the server's admin must add it (or its domain) to the accepted destinations."}},

	// ---- a DKIM signature the receiver found wrong, said with an error
	// token or plain words ("550 Rejected: signature_incorrect", "DKIM
	// signature incorrect"): sender-auth, not the bare 550 ----
	{ID: "alla24.dkim-signature-incorrect", Any: []string{"signature_incorrect", "signature incorrect", "incorrect signature",
		"signature is incorrect", "signature_invalid", "bad_signature"},
		Not: []string{"certificate", "pgp", "s/mime", "smime", "gpg"},
		Cat: SenderAuth, Pri: conceptPri + 4,
		Summary: "The receiver refused the message because its DKIM signature did not verify.",
		Actor:   ActorSenderAdmin,
		Fix: []string{"Check that the DKIM key published in DNS matches the key the sending server signs with (selector and domain).",
			"Make sure nothing changes the message after signing (footers, line endings, re-encoding)."}},

	// ---- Gmail's "Recipient inbox full" card ("Their inbox is full, or
	// it's getting too much mail right now."): the full inbox decides over
	// the volume words the card adds ----
	{ID: "alla24.recipient-inbox-full", Any: []string{"recipient inbox full", "their inbox is full", "recipient's inbox is full", "the inbox is full"},
		Cat: MailboxFull, Pri: conceptPri + 4,
		Summary: "The recipient's inbox is full (or over its storage), so the provider did not take the message.",
		Actor:   ActorRecipient,
		Fix: []string{"Tell the recipient by another channel: they must make room in the mailbox.",
			"Resend after they have; do not keep resending meanwhile."}},

	// ---- Indonesian and Malay "requires authentication" said as a phrase
	// ("Email verifikasi gagal dikirim: SMTP membutuhkan autentikasi": the
	// app's words for the server's 530), even when the sentence also says the
	// sending failed ("gagal"): auth-required, not a refused login ----
	{ID: "alla24.l10n-id-auth-required", Any: []string{"membutuhkan autentikasi", "memerlukan autentikasi", "perlu autentikasi",
		"wajib autentikasi", "membutuhkan otentikasi", "memerlukan otentikasi", "memerlukan pengesahan"},
		Not: []string{"autentikasi gagal", "gagal autentikasi", "kata sandi salah", "password salah"},
		Cat: AuthRequired, Pri: conceptPri + 6,
		Summary: "The server requires the client to log in (SMTP AUTH) before it accepts the message.",
		Actor:   ActorSenderAdmin,
		Fix: []string{"Configure the application to authenticate with the mail account's user name and password (or app password).",
			"Use the submission port the provider documents (587 with STARTTLS, or 465)."},
		Refs: []string{"RFC 4954"}},
}
