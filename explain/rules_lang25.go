package explain

// Rules of batch 25 helper lang25 (issue 10); see docs/heldout/heldout25-lang.md.
//
// Batch 25-lang went concept by language again, a third of its rows
// without a code (mail clients' and applications' localized send errors,
// localized bounce reasons). The misses were words the concept families
// lacked (the verb "requires" in tr, fi, hu, vi; a deadline or a queue's
// maximum time; "inactive" in Japanese; "a changé d'adresse"; an address
// "no longer valid" with the new one to write to), an Arabic connection
// time-out read as a message's expiry, and two kinds no family held: a
// DNS query that failed, said in the languages, and a sender address that
// is not the account logged in. The tables widened are marked "batch
// 25-lang" where they are defined.

var (
	// lang25DNSQueryFailed: a DNS query (lookup) that failed, in the
	// languages (Adobe Campaign's Japanese docs: "「example.com」のDNS
	// クエリに失敗しました"); the English "DNS query failed" is
	// wording.dns-try-again's
	lang25DNSQuery = []string{"dns クエリ", "dnsクエリ", "dns 照会", "dns照会", "dns の照会", "dns 查詢", "dns查詢", "dns-abfrage", "dns abfrage",
		"requête dns", "consulta dns", "consulta de dns", "query dns", "interrogazione dns", "dns-запрос", "dns запрос", "запрос dns", "dns-query", "dns-zapytani", "zapytanie dns",
		"dotaz dns", "dns-dotaz", "dns sorgusu", "dns-fråga", "dns 쿼리", "truy vấn dns", "kueri dns", "استعلام dns", "dns-lekérdezés", "interogarea dns", "dns-запит", "запит dns"}

	// lang25ConnTimeout: a connection's time-out that ran out, said with the
	// words the expiry family holds ("انتهت مهلة الاتصال": the connection's
	// time-out ran out; "έληξε το χρονικό όριο σύνδεσης")
	lang25ConnTimeout = []string{"مهلة الاتصال", "مهلة الخادم", "χρονικό όριο σύνδεσης", "χρονικό όριο της σύνδεσης", "conexiunea a expirat", "timpul de conectare a expirat",
		"kapcsolat időkorlátja", "kapcsolódási időkorlát", "תם הזמן הקצוב לחיבור", "פג הזמן הקצוב לחיבור", "спливло час очікування з'єднання"}

	// lang25SendInterval: the interval between messages sent, and ...
	lang25SendInterval = []string{"送信間隔", "发送间隔", "發送間隔", "发信间隔", "전송 간격", "발송 간격", "sendeintervall", "intervalle d'envoi", "intervalle entre les envois", "intervalo de envío",
		"intervallo di invio", "intervalo de envio", "интервал отправки", "интервал между отправк", "interwał wysyłki", "gönderim aralığı"}
	// ... too short (a sender that sends too fast: "送信間隔が短すぎます")
	lang25TooShort = []string{"短すぎ", "短い", "太短", "过短", "過短", "너무 짧", "zu kurz", "trop court", "demasiado corto", "troppo brev", "muito curto", "слишком мал", "слишком корот", "zbyt krótk", "çok kısa"}

	// lang25AuthAccount: the account the client logged in as (the
	// authenticated user), and ...
	lang25AuthAccount = []string{"认证账号", "认证帐号", "认证账户", "认证用户", "登录账号", "登录帐号", "授权用户", "驗證帳號", "認證帳號", "登入帳號", "認証ユーザー", "認証アカウント", "ログインアカウント",
		"인증 계정", "로그인 계정", "authentifizierten benutzer", "angemeldeten benutzer", "compte authentifié", "utilisateur authentifié", "usuario autenticado", "cuenta autenticada",
		"utente autenticato", "account autenticato", "usuário autenticado", "conta autenticada", "авторизованн", "аутентифицированн", "учетной записью авторизации", "учётной записью авторизации",
		"authenticated user", "authenticated account", "authorized user", "login account"}
	// ... does not match the sender's address ("发件人邮箱与SMTP认证账号不一致")
	lang25Mismatch = []string{"不一致", "不匹配", "必须与", "必须相同", "一致しません", "一致しない", "일치하지", "stimmt nicht überein", "nicht übereinstimm", "ne correspond pas",
		"no coincide", "no corresponde", "non corrisponde", "não corresponde", "não coincide", "не совпадает", "не соответствует", "does not match", "doesn't match", "must equal", "must match"}
)

var lang25Rules = []rule{
	// a DNS query that failed, in the languages: a resolver that got no
	// answer now (the English "DNS query failed" reads network, as
	// wording.dns-try-again); a domain that does not exist says so
	{ID: "lang25.l10n-dns-query-failed", Any: lang25DNSQuery, WithAlso: [][]string{intl12FailVerdicts, {"失敗しました", "に失敗", "失败", "失敗", "실패", "ошибк", "fallid", "non riuscit", "mislukt", "error", "erreur", "fehler", "errore", "erro", "hata"}},
		NotAlso: [][]string{intlNotExistVerdicts},
		Cat:     Network, Weak: true, Pri: conceptPri,
		Summary: "A DNS lookup failed (no answer from the resolver or the domain's name servers): the name may well exist; the lookup could not be completed now.",
		Fix: []string{"Nothing to do at once: the MTA retries by itself.",
			"If it persists, check the resolver of the sending host and the domain's name servers (`dig MX domain`, then each NS)."}},
	// a connection's time-out that ran out (batch 25-lang: "فشل إرسال
	// الرسالة: انتهت مهلة الاتصال بخادم SMTP", read as the message's
	// expiry): network, above lang17.l10n-message-expired
	{ID: "lang25.l10n-connection-timeout", Any: lang25ConnTimeout,
		Cat: Network, Weak: true, Pri: conceptPri + 2,
		Summary: "The connection to the mail server timed out: the server (or the network to it) did not answer in time.",
		Fix:     []string{"Try again later; if it persists, check the network path to the server (firewall, antivirus, VPN) and the server name and port in the settings."}},
	// the interval between messages too short (batch 25-langb: "送信間隔が
	// 短すぎます。しばらく時間をおいてから再度送信してください"): the
	// sender sends faster than the provider allows
	{ID: "lang25.l10n-send-interval-too-short", Any: lang25SendInterval, WithAlso: [][]string{lang25TooShort},
		Cat: RateLimited, Weak: true, Pri: conceptPri + 2,
		Summary: "The provider limits how fast one account may send: messages came closer together than it allows.",
		Fix:     []string{"Wait a while and send again; spread bulk sending out over time (a delay between messages) or use a sending service made for it."}},
	// the sender's address is not the account logged in ("发件人邮箱与SMTP
	// 认证账号不一致": an application's gloss of NetEase's "553 Mail from
	// must equal authorized user"): the address is not usable by this
	// account, sender-invalid as the corpus reads the English reply
	{ID: "lang25.l10n-sender-not-auth-account", Any: lang25AuthAccount, WithAlso: [][]string{intlSenderWords, lang25Mismatch},
		Cat: SenderInvalid, Pri: conceptPri + 6,
		Summary: "The server refuses the sender address because it is not the account the client logged in with (the envelope sender must equal the authenticated user).",
		Fix:     []string{"Send with the address of the account you log in with (or one the provider lets that account use), in the envelope sender and the From header."}},
}
