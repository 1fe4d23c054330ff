package explain

// lang20Rules: rules added by the lang20 work of session 15 (issue 10).
//
// Batch 20-lang went by concept across the eight big languages (and the
// thirteen lang18 added): for each concept of the brief a probe of new
// wordings in each language showed which concepts no table read at all in
// any language. The word families below are those concepts; the others
// widened the existing tables (one line each, marked "batch 20-lang").

var (
	// lang20SenderAuthChecks: the sender-authentication checks. A login
	// failure said in a language ("認証に失敗しました", "Échec de
	// l'authentification") that names one of them is the check that failed
	// (sender-auth), not the client's login.
	lang20SenderAuthChecks = []string{"spf", "dkim", "dmarc", "sender id", "senderid", "domainkeys"}

	// lang20Throttled: throttled (the sender's sending slowed or held back
	// for a while), the words Microsoft's localized pages use for it
	lang20Throttled = []string{"gedrosselt", "gedrosselte", "drosselung",
		"limité en raison", "a été limité", "été bridé", "est limité en raison",
		"se ha limitado", "ha sido limitado", "fue limitado", "limitado debido a", "limitado por errores",
		"è stato limitato", "limitato a causa", "stato rallentato",
		"foi limitado", "limitado devido", "foi restringido",
		"調整されました", "スロットル", "スロットリング",
		"ограничен из-за", "был ограничен", "ограничена из-за", "замедлен",
		"受到限制", "被限制", "限流", "节流", "節流"}

	// lang20AntiSpam: anti-spam said of a list, an organisation or a
	// measure (senseShadows: its spam word is no verdict on the message).
	// Chinese names the list or the organisation: "反垃圾邮件" alone is also
	// the filter that refused the message ("软退信：反垃圾邮件被拒", a
	// verdict of spam; held-out batch 20).
	lang20AntiSpam = []string{"反垃圾邮件黑名单", "反垃圾郵件黑名單", "反垃圾邮件组织", "反垃圾郵件組織", "反垃圾邮件联盟", "反垃圾郵件聯盟",
		"反垃圾邮件列表", "迷惑メール対策", "антиспам", "анти-спам"}

	// lang20AppPasswords: an app password (application-specific password),
	// which a provider demands instead of the account password: Gmail's
	// "534 5.7.9 Application-specific password required" in the languages
	// its users paste it in, and the Chinese providers' authorization code.
	lang20AppPasswords = []string{
		"app-passwort", "app-kennwort", "app passwort", "anwendungskennwort", "anwendungsspezifisches passwort", "anwendungsspezifische passwort", "app-spezifisches passwort",
		"mot de passe d'application", "mot de passe d’application", "mot de passe spécifique", "mot de passe pour application", "mot de passe d'app",
		"contraseña de aplicación", "contraseña de aplicacion", "contraseña específica", "contraseña de app", "contraseña para aplicaciones",
		"password per le app", "password dell'app", "password specifica", "password per l'app", "password per app",
		"senha de app", "senha de aplicativo", "senha de aplicação", "senha específica", "palavra-passe de aplicação", "palavra-passe de app",
		"アプリ パスワード", "アプリパスワード", "アプリケーション パスワード", "アプリケーションパスワード", "アプリ用パスワード",
		"пароль приложения", "пароль для приложения", "пароль для приложений", "пароли приложений", "паролем приложения",
		"应用专用密码", "應用程式專用密碼", "應用程式密碼", "应用密码", "专用密码", "授权码", "授權碼", "客户端授权码", "客戶端授權碼",
		// the thirteen languages lang18 added
		"sovellussalasana", "app-adgangskode", "app-passord", "apppassord", "parolă de aplicație", "parola de aplicatie", "alkalmazásjelszó", "alkalmazásjelszav",
		"mật khẩu ứng dụng", "kata sandi aplikasi",
		// batch 21-lang: pl, ko, tr, nl, cs, sv ("Wymagane jest hasło specyficzne dla aplikacji Gmail")
		"hasło aplikacji", "hasła aplikacji", "hasło do aplikacji", "hasło specyficzne dla aplikacji", "앱 비밀번호", "앱 암호", "uygulama şifresi", "uygulama parolası", "uygulamaya özel",
		"app-wachtwoord", "heslo aplikace", "heslo pro aplikace", "applösenord", "sandi aplikasi", "รหัสผ่านสำหรับแอป", "סיסמת אפליקציה", "סיסמה לאפליקציה", "كلمة مرور التطبيق",
		"κωδικός πρόσβασης εφαρμογής", "κωδικός εφαρμογής", "пароль застосунку", "пароль програми", "ऐप पासवर्ड"}

	// lang20ListWords: a block list named without the language's own word
	// for it ("Ihre IP-Adresse steht auf der Blacklist"), and the lists a
	// receiver keeps; with the language's words (lang18BlacklistWords,
	// lang19OwnLists) they say an IP address is on a list.
	lang20ListWords = []string{"blacklist", "blocklist", "black list", "block list", "denylist", "deny list", "blacklisted", "blocklisted", "rbl", "dnsbl",
		"sperrliste", "schwarze liste", "schwarzen liste", "liste noire", "lista negra", "lista nera", "lista de bloqueio", "lista de bloqueo", "liste de blocage",
		"ブラックリスト", "ブロックリスト", "черный список", "чёрный список", "черном списке", "чёрном списке", "черный спис", "黑名单", "黑名單", "封锁名单", "封鎖名單"}

	// lang20IPSubjects: the IP address in the scripts intlIPSubjects lacks
	// (Traditional Chinese 位址, a space before the word)
	lang20IPSubjects = []string{"ip位址", "ip 位址", "ip 地址", "ip アドレス", "ip-адрес", "ip адрес", "ip-адреса", "ip-адресом",
		// batch 20-lang: batch b: "your IP", "this IP" in Chinese ("您的IP已被...列入黑名单")
		"您的ip", "你的ip", "该ip", "此ip", "該ip", "發信ip", "发信ip"}

	// lang20CertificateWords: the server's TLS certificate
	lang20CertificateWords = []string{"zertifikat", "certificat", "certificado", "certificato", "証明書", "сертификат", "证书", "證書", "憑證",
		// the thirteen languages lang18 added
		"tanúsítvány", "certificatul", "sertifikaatti", "certifikat", "sertifikat", "chứng chỉ", "ใบรับรอง", "תעודת", "התעודה", "شهادة", "πιστοποιητικό", "сертифікат", "प्रमाणपत्र",
		// batch 21-lang: Polish, Czech, Dutch, Finnish, Turkish, Korean
		"certyfikat", "certifikát", "certificaat", "varmenne", "sertifika", "인증서", "πιστοποιητικού"}
	// ... and what is said of it: not valid, expired, untrusted, not verified
	lang20CertificateVerdicts = []string{"ungültig", "abgelaufen", "nicht vertrauenswürdig", "nicht überprüft", "konnte nicht verifiziert", "nicht verifiziert",
		"invalide", "non valide", "pas valide", "expiré", "non fiable", "pas pu être vérifié", "non approuvé",
		"no es válido", "no válido", "inválido", "caducado", "no es de confianza", "no se pudo verificar", "no fiable",
		"non è valido", "non valido", "scaduto", "non attendibile", "non è attendibile", "non è affidabile", "n'est pas fiable", "no es fiable", "impossibile verificare", "non affidabile",
		"é inválido", "inválida", "expirado", "não confiável", "não é confiável", "não foi possível verificar",
		"無効", "期限切れ", "信頼できません", "信頼されていません", "検証できません", "検証に失敗",
		"недействител", "истек", "истёк", "не доверя", "недоверенн", "не удалось проверить", "неверн",
		"无效", "無效", "过期", "過期", "不受信任", "不可信", "无法验证", "無法驗證", "验证失败", "驗證失敗",
		// the thirteen languages lang18 added
		"érvénytelen", "lejárt", "nu este valid", "expirat", "virheellinen", "vanhentunut", "ugyldig", "udløbet", "utløpt", "không hợp lệ", "hết hạn", "tidak valid", "kedaluwarsa",
		"ไม่ถูกต้อง", "หมดอายุ", "אינה תקפה", "פג תוקף", "غير صالحة", "منتهية", "μη έγκυρο", "έχει λήξει", "недійсн", "закінчився", "अमान्य",
		// batch 21-lang: "Sertifika geçersiz", "인증서가 유효하지 않습니다", "certifikát je neplatný"
		"geçersiz", "유효하지 않", "neplatn", "ongeldig", "nieważn", "nieprawidłow"}

	// lang20HeaderWords: a header of the message
	lang20HeaderWords = []string{"header", "kopfzeile", "kopfzeilen", "en-tête", "en-têtes", "entête", "encabezado", "encabezados", "cabecera", "intestazione", "intestazioni",
		"cabeçalho", "cabeçalhos", "ヘッダー", "ヘッダ", "заголов", "邮件头", "郵件頭", "信头", "信頭", "标头", "標頭",
		// the thirteen languages lang18 added
		"fejléc", "antet", "otsake", "otsikko", "tiêu đề thư", "ส่วนหัว", "כותרת", "ترويسة", "κεφαλίδ", "hoved", "заголовок", "हेडर",
		// batch 21-lang (probe 2): pl, ko, tr, nl, cs, sv
		"nagłówek", "nagłówk", "헤더", "başlığı", "başlık", "berichtkop", "hlavičk", "meddelandets huvud", "meddelandehuvud", "huvudet"}
	// ... and what is said of it: invalid, malformed, missing, duplicated
	lang20HeaderVerdicts = []string{"ungültig", "fehlerhaft", "fehlt", "doppelt", "invalide", "non valide", "pas valide", "malformé", "mal formé", "manquant", "incorrect", "en double",
		"no es válido", "no válido", "inválido", "mal formado", "incorrecto", "falta", "duplicado",
		"non è valid", "non valid", "malformat", "mancante", "errat", "duplicat",
		"é inválido", "inválid", "malformado", "ausente", "incorret",
		"不正", "無効", "欠落", "重複", "不備",
		"неверн", "некорректн", "неправильн", "недопустим", "отсутству", "повреж",
		"格式错误", "格式錯誤", "无效", "無效", "错误", "錯誤", "缺少", "缺失", "重复", "重複", "不合法",
		// the thirteen languages lang18 added
		"érvénytelen", "hibás", "invalid", "virheellinen", "ugyldig", "không hợp lệ", "tidak valid", "ไม่ถูกต้อง", "לא תקין", "غير صالح", "μη έγκυρ", "недійсн", "अमान्य",
		// batch 21-lang (probe 2): pl, ko, tr, nl, cs, sv, el, he, ro
		"nieprawidłow", "잘못되", "geçersiz", "ongeldig", "neplatn", "ogiltig", "δεν είναι έγκυρ", "אינה תקינה", "אינו תקין", "nu este valid", "nevalid"}

	// lang20TimedOut: the operation timed out, said alone
	// ("Zeitüberschreitung", "タイムアウトしました", "操作超时", "Tempo limite
	// esgotado"): no time limit of a delivery, which the expiry rules read
	lang20TimedOut = []string{"zeitüberschreitung", "タイムアウトしました", "タイムアウトになりました", "タイムアウトです", "操作超时", "连接超时", "連線逾時", "请求超时", "請求逾時", "已超时", "已逾時",
		"tiempo de espera agotado", "se agotó el tiempo de espera", "tempo di attesa scaduto", "tempo limite esgotado", "tempo esgotado", "tempo de espera esgotado",
		"время ожидания истекло", "истекло время ожидания", "ошибка времени ожидания", "ошибка таймаута", "таймаут", "тайм-аут", "délai d'attente dépassé", "délai d'attente expiré",
		"időtúllépés", "aikakatkaisu", "tidsavbrudd", "hết thời gian chờ", "waktu habis", "หมดเวลา", "תם הזמן", "انتهت المهلة", "λήξη χρόνου", "час очікування вичерпано", "समय समाप्त",
		// batch 20-lang: did not answer in time ("Der Server hat nicht rechtzeitig geantwortet")
		"nicht rechtzeitig geantwortet", "nicht rechtzeitig reagiert", "pas répondu à temps", "pas répondu dans le délai", "no respondió a tiempo", "no respondió en el tiempo", "non ha risposto in tempo", "non ha risposto entro", "não respondeu a tempo", "не ответил вовремя", "не ответил за отведенное время", "没有及时响应", "未及时响应", "未及時回應", "時間内に応答しませんでした", "時間内に応答がありません",
		// batch 21-lang b: Turkish in one word, Arabic and Ukrainian "time-out error", Romanian's "expiry error" of a connection
		"zamanaşımı", "zaman aşımı hatası", "خطأ مهلة", "خطأ في المهلة", "помилка часу очікування", "часу очікування", "eroare de expirare", "timpul de expirare",
		// batch 25-lang: Arabic "the connection's time-out ran out" ("انتهت مهلة الاتصال بخادم SMTP")
		"انتهت مهلة الاتصال", "مهلة الاتصال"}
	// ... unless a delivery's time ran out
	lang20NotConnection = []string{"zustell", "remise", "entrega", "consegna", "доставк", "配信", "配送", "投递", "投遞", "delivery", "queue", "warteschlange", "file d'attente", "cola", "coda", "fila", "очеред", "キュー", "队列", "佇列"}
)

var lang20Rules = []rule{
	// a sender throttled for its continuous errors, in the user's language
	// (Exchange Online's 5.2.251-254 "Der Absender wurde aufgrund fortlaufender
	// Fehler „Postfach voll" gedrosselt"): the throttle decides over the
	// error it names, as mta13.sender-throttled does in English
	{ID: "lang20.l10n-sender-throttled", Any: intlSenderWords, With: lang20Throttled,
		Cat: RateLimited, Pri: conceptPri + 40,
		Summary: "The server throttled the sender (its account or mailbox): too many of its submissions failed in a row, so it refuses more for a while, whatever error those submissions had.",
		Fix: []string{"Stop the sending program and fix the error it keeps causing (the reply names it: full or invalid recipients, send-as permission, licence, too many recipients).",
			"Resume after the throttling period ends; a program that retries the same failing message keeps the sender throttled."}},
	// an app password demanded or refused (Gmail's 5.7.9 in the user's language)
	{ID: "lang20.l10n-app-password", Any: lang20AppPasswords,
		// above a password "required" (lang19.l10n-credentials-required-big): the app password is what is asked for
		Cat: AuthFailed, Weak: true, Pri: conceptPri + 10,
		Summary: "The provider does not take the account password from this client: it asks for an app password (an application-specific password or authorization code) made for it.",
		Fix: []string{"Create an app password (or authorization code) in the provider's account security settings (two-step verification must be on) and use it as the client's SMTP password.",
			"Or switch the client to OAuth2 sign-in if the provider and client offer it."},
		Refs: []string{"RFC 4954"}},
	// the sending IP address on a block list, in the user's language: reputation,
	// the sender's IP too ("L'indirizzo IP del mittente"); a block list of the
	// sender's address or domain stays policy (lang19.l10n-own-list)
	{ID: "lang20.l10n-ip-listed", Any: intlIPSubjects, WithAlso: [][]string{lang20ListWords, lang18BlacklistWords, lang19OwnLists},
		NotAlso: [][]string{intlSenderAddress},
		Cat:     Reputation, Weak: true, Pri: conceptPri + 2,
		Summary: "The receiver refuses mail from the sending IP address because it is on a block list (a DNS blocklist or the receiver's own).",
		Fix:     delistFix},
	{ID: "lang20.l10n-ip-listed-zh", Any: lang20IPSubjects, WithAlso: [][]string{lang20ListWords, lang18BlacklistWords, lang19OwnLists},
		NotAlso: [][]string{intlSenderAddress},
		Cat:     Reputation, Weak: true, Pri: conceptPri + 2,
		Summary: "The receiver refuses mail from the sending IP address because it is on a block list (a DNS blocklist or the receiver's own).",
		Fix:     delistFix},
	// the server's certificate does not verify (a client's TLS failure)
	// (not weak: "El certificado ... ha caducado" is the certificate's expiry, not the message's)
	{ID: "lang20.l10n-certificate", Any: lang20CertificateWords, With: lang20CertificateVerdicts,
		Cat: TLSRequired, Pri: conceptPri + 10,
		Summary: "The TLS certificate the mail server presented does not verify (not valid, expired, untrusted or for another name): the client refuses the encrypted connection.",
		Fix: []string{"Check the server name the client uses: it must match a name in the certificate (use the provider's documented host name, not an alias or IP).",
			"If the server is yours, renew the certificate and install the full chain; if the client's clock is wrong, correct it."}},
	// a header of the message that is invalid, malformed, missing or doubled
	{ID: "lang20.l10n-header-invalid", Any: lang20HeaderWords, With: lang20HeaderVerdicts,
		NotAlso: [][]string{intl13SenderSubjects, intlSenderAddress},
		Cat:     RFCNoncompliant, Weak: true, Pri: conceptPri,
		Summary: "The receiver refused the message because a header is invalid, malformed, missing or duplicated (RFC 5322).",
		Fix: []string{"Check the message's headers (From, Date, Message-ID, To, Subject) as the application builds them: one of each, well formed, with valid addresses.",
			"If an application or script writes the headers itself, use a mail library that builds RFC 5322 headers."}},
	// the operation timed out, said alone
	{ID: "lang20.l10n-timed-out", Any: lang20TimedOut,
		NotAlso: [][]string{lang20NotConnection, lang17ExpiryVerdicts},
		Cat:     Network, Weak: true, Pri: conceptPri,
		Summary: "The operation timed out: the mail server (or the network to it) did not answer in time.",
		Fix:     []string{"Try again later; if it persists, check the network path to the server (firewall, antivirus, VPN) and the server name and port in the settings."}},
}
