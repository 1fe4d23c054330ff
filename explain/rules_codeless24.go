package explain

// Held-out batch 24-codeless (issue 10): text without a reply code as
// failed-mail lists, CRM and sales tools, help desks, newsletter tools,
// admin consoles and clients say it — an address held after bounces
// ("Opted out automatically: hard bounce", "on the barred list after a
// bounced email"), a soft or hard bounce named in Portuguese or as a
// "soft error", a connection refused because the client is blacklisted,
// an address "no longer valid", a domain said invalid in a European
// language, a mailbox said saturated, too many requests in the large
// languages, Japanese send-error titles (docs/heldout/heldout24-codeless.md).

// codeless24SoftBounce and codeless24HardBounce name a bounce's class, as
// codeless21SoftBounce and codeless21HardBounce do, in words those lack:
// Portuguese "devolução suave/definitiva" (Zoho Desk's Portuguese pages),
// Spanish "rebote suave", and a platform's "soft error"/"hard error"
// (CatGlobe's Communicator). classify.go joins them to the stated and the
// outcome wording.
var (
	codeless24SoftBounce = []string{"devolução suave", "devolução temporária", "devolução temporaria", "rebote suave", "rebond temporaire", "soft error", "soft-error"}
	codeless24HardBounce = []string{"devolução definitiva", "devolução permanente", "rebond définitif", "hard error", "hard-error"}
)

var (
	// a platform that holds an address after a hard bounce, in words
	// codeless23HeldAddress lacks: opted out, archived, barred, unsubscribed
	codeless24HeldWords = []string{"opted out", "opted-out", "archived", "barred", "will not resend", "won't resend", "not resend", "no longer resend"}
	// a domain's verdict "invalid" in the European languages ("Die Domain
	// des Empfängers ist ungültig"); English "Invalid domain name" keeps
	// the corpus's syntax reading (wording.unrecognised-command)
	codeless24InvalidVerdicts = []string{"ungültig", "inválido", "inválida", "non valido", "non valida", "invalide", "недействител", "недопустим", "nieprawidłow", "ongeldig", "geçersiz"}
	// a mailbox as a bounce cause's subject, in the large languages
	codeless24MailboxWords = []string{"mailbox", "inbox", "buzón", "bandeja de entrada", "caixa postal", "caixa de correio", "caixa de entrada", "casella di posta", "casella postale",
		"boîte aux lettres", "boîte mail", "boîte de réception", "postfach", "почтовый ящик", "skrzynka", "mailbox van", "posta kutusu"}
)

var codeless24Rules = []rule{
	// an address opted out, archived or barred after a hard bounce
	// (Numero's "Opted out automatically: hard bounce (the email address
	// does not exist)"): the suppression convention's user-unknown, over the
	// opt-out's policy (esp9.unsubscribe-list)
	{ID: "codeless24.hard-bounce-held", Any: codeless23HardBounce, With: codeless24HeldWords,
		Not: []string{"soft bounce", "soft-bounce", "softbounce", "complaint", "as spam", "manual", "sender", "your account"},
		Cat: UserUnknown, Pri: dash15Pri + 2,
		Summary: "The sending platform does not send to this address any more: an earlier message to it hard-bounced (an address that does not exist).",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before the platform's admin releases it."}},
	// an address put on a platform's barred or bounce list after a bounce
	// ("on the barred list after a bounced email; the system will not
	// resend to it", WeTransfer's Italian "inserito nella nostra bounce
	// list"): the suppression convention reads a hold after a bounce
	// user-unknown
	{ID: "codeless24.bounce-barred", Any: []string{"barred list", "bounce list", "bounced list", "bounces list", "lista de rebotes", "liste des rebonds", "lista dei rimbalzi"},
		With: []string{"bounced", "after a bounce", "will not resend", "not resend", "no longer", "non possiamo più", "no podemos", "ne pouvons plus", "inserito", "inserted", "added to", "placed on", "put on"},
		Not:  []string{"soft bounce", "soft-bounce", "complaint", "spam", "unsubscrib", "manual"},
		Cat:  UserUnknown, Pri: dash15Pri + 2,
		Summary: "The sending platform does not send to this address any more: it is on the platform's bounce list after an earlier message to it bounced.",
		Fix:     []string{"Check the address with the recipient by another channel; remove it from your lists, or have the platform release it once it is confirmed."}},
	// a connection refused because the client's IP is blacklisted
	// (Mailbird's "Connection refused from <IP>: is blacklisted in Abusix
	// Mail Intelligence"): the host on a block list (block-list convention),
	// not a network failure
	{ID: "codeless24.refused-blacklisted", Any: []string{"is blacklisted", "is blocklisted", "blacklisted in", "blocklisted in", "blacklisted by", "is listed in", "is listed on", "listed at"},
		With: []string{"connection refused", "connection rejected", "refused connection", "refused the connection", "rejected the connection"},
		Not:  []string{"sender address", "from address", "recipient", "domain is"},
		Cat:  Reputation, Pri: codePri + 2,
		Summary: "The server refused the connection because the connecting IP address is on a block list.",
		Fix:     delistFix},
	// an address "no longer valid" (SwiftHarbour's "an email address is
	// incorrect or no longer valid"): it existed and does not any more
	{ID: "codeless24.address-no-longer-valid", Any: []string{"no longer valid", "not valid anymore", "no longer a valid"},
		With:    []string{"address", "email", "e-mail", "mailbox", "account"},
		Not:     []string{"sender", "from address", "password", "token", "credential", "certificate", "link", "session", "domain", "dkim", "spf", "key"},
		NotAlso: [][]string{intlSenderWords},
		Cat:     UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address is no longer valid: the mailbox does not exist any more at the receiving server."},
	// a domain said invalid in the European languages ("Die Domain des
	// Empfängers ist ungültig"): the domain, not the address (over
	// intl.address-invalid)
	{ID: "codeless24.domain-invalid-l10n", Any: intlDomainSubjects, With: codeless24InvalidVerdicts,
		Not:     []string{"ip", "dkim", "spf", "dmarc", "signature", "helo", "ehlo", "sender", "absender", "remitente", "expéditeur", "mittente", "remetente", "from address", "return-path", "password", "configur", "@"},
		NotAlso: [][]string{intlSenderWords, intlSenderAddress},
		Cat:     HostUnknown, Pri: conceptPri + 2, // (strong: over intl.address-invalid, which reads the recipient's words as the address)
		Summary: "The recipient's domain is invalid: it does not exist or does not receive mail."},
	// a bad mailbox as a failure reason's label (Mistable's "Failure
	// reason: Bad Mailbox - ..."), the bounce class bad-mailbox as words:
	// the address does not exist; Exchange's "bad mailbox Database
	// property" is its store's
	{ID: "codeless24.bad-mailbox", Any: []string{"bad mailbox", "bad-mailbox", "bad_mailbox"},
		Not: []string{"database", "property", "storedrv"},
		Cat: UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address does not exist at the receiving server (a bad mailbox)."},
	// a mailbox said saturated or overloaded ("el buzón del destinatario
	// está saturado"): full
	{ID: "codeless24.mailbox-saturated", Any: codeless24MailboxWords, With: codeless23Saturated,
		Not: []string{"server", "servidor", "serveur", "server", "servizio", "сервер", "serwer", "sunucu"},
		Cat: MailboxFull, Weak: true, Pri: conceptPri + 2,
		Summary: "The recipient's mailbox is full (saturated) and takes no more mail."},
	// too many requests in the large languages ("Demandé : trop de demandes
	// d'envoi en même temps"), as English "too many requests"
	{ID: "codeless24.too-many-requests-l10n", Any: []string{"trop de demandes", "trop de requêtes", "demasiadas solicitudes", "demasiadas peticiones", "troppe richieste", "zu viele anfragen",
		"muitas solicitações", "muitas requisições", "слишком много запросов", "zbyt wiele żądań", "zbyt wiele zapytań", "te veel verzoeken", "çok fazla istek", "请求过多", "請求過多", "请求太多",
		"リクエストが多すぎ", "요청이 너무 많"},
		Not: []string{"connexion", "login", "anmeld", "inicio de sesión", "accesso", "войт", "logowan"},
		Cat: RateLimited, Weak: true, Pri: conceptPri + 2,
		Summary: "The sending service received more requests than it allows at once; it sends the rest after a wait."},
	// Japanese send-error titles: an account the domain does not have
	// ("対象ドメインのアカウントを持っていません"), a DNS lookup that failed
	// ("DNSルックアップに失敗しました"), an automatic reply (自動応答)
	{ID: "codeless24.ja-no-account", Any: []string{"アカウントを持っていません", "アカウントがありません", "アカウントは存在しません", "アカウントが存在しません"},
		Not: []string{"送信者", "差出人", "送信元", "ログイン"},
		Cat: UserUnknown, Weak: true, Pri: conceptPri + 2,
		Summary: "The recipient address does not exist: the receiving domain has no such account."},
	{ID: "codeless24.dns-lookup-failed", Any: []string{"dnsルックアップ", "dns ルックアップ", "dns参照", "dns查询", "dns 查询", "dns解析", "dns 解析", "dns 조회", "dns-suche", "recherche dns", "búsqueda dns"},
		With: []string{"失敗", "失败", "できません", "실패", "fehlgeschlagen", "échoué", "échec", "falló", "fallida"},
		Cat:  HostUnknown, Weak: true, Pri: conceptPri + 2,
		Summary: "The recipient's domain could not be looked up in DNS: it does not exist or has no mail server."},
	{ID: "codeless24.auto-reply-ja", Any: []string{"自動応答", "自動で応答", "自動返答"},
		Not: []string{"設定", "設置", "有効に"},
		Cat: Success, Pri: conceptPri + 2,
		Summary: "An automatic reply (out of office) came back: the message was delivered."},
	// a host that did not respond, in the broken English of report status
	// labels ("Host not respond")
	{ID: "codeless24.host-not-respond", Any: []string{"host not respond", "server not respond", "host not responding", "server not responding", "host no response", "server no response"},
		Cat: Network, Weak: true, Pri: conceptPri + 2,
		Summary: "The receiving server did not answer; the sending server retries, then gives up."},
}
