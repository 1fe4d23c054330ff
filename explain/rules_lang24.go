package explain

// Rules of batch 24 helper lang24 (issue 10); see docs/heldout/heldout24-lang.md.
//
// Batch 24-lang went concept by language through the categories in the
// big eight and 22 other languages. The misses were the sender's IP
// address said with the sender's address inside it ("IP-адрес
// отправителя", "IP-Adresse des Absenders": read as the sender's address),
// an e-mail address that "expired" (read as a message's expiry), and words
// the families lacked (relaying in Turkish, "no se permite", Croatian
// "nema PTR zapis", Czech "v časovém limitu", French "messagerie"). The
// tables widened are marked "batch 24-lang" where they are defined.

var (
	// lang24SenderIP: the sender's IP address, said in the languages whose
	// phrase holds the sender's address ("IP-Adresse des Absenders" holds
	// "Adresse des Absenders", "IP-адрес отправителя" holds "адрес
	// отправителя"): the sending host, not the sender's address, and ...
	lang24SenderIP = []string{"ip-adresse des absenders", "ip adresse des absenders", "ip-adresse des versenders", "ip-adresse des sendenden", "ip adresa odesílatele", "ip-adresa odesílatele",
		"ip adresa odosielateľa", "ip-adresa odosielateľa", "ip-адрес отправителя", "ip адрес отправителя", "ip-адреса отправителя", "ip-адресу відправника", "ip-адреса відправника",
		"ip адреса відправника", "ip адресу відправника", "ip-адрес на изпращача", "ip адрес на изпращача", "ip adresa pošiljatelja", "ip-adresa pošiljatelja", "ip adresa pošiljaoca",
		"ip adresa pošiljaoca", "ip-adres van de afzender", "ip adres van de afzender", "ip-adresse til afsender", "ip-adressen til avsender", "adres ip nadawcy"}

	// lang24Address: an e-mail address (the recipient's), and ...
	lang24Address = []string{"email address", "e-mail address", "mail address", "e-mail-adresse", "e-mailadresse", "email-adresse", "emailadresse", "mailadresse", "adresse e-mail",
		"adresse email", "adresse mail", "adresse électronique", "dirección de correo", "dirección de email", "dirección de e-mail", "indirizzo email", "indirizzo e-mail",
		"indirizzo di posta", "endereço de e-mail", "endereço de email", "endereço eletrônico", "адрес электронной почты", "адрес почты", "срок действия адреса", "почтовый адрес",
		"メールアドレス", "邮箱地址", "邮件地址", "电子邮件地址", "郵件地址", "電子郵件地址", "이메일 주소", "메일 주소", "e-mailadres", "emailadres", "adres e-mail", "adres email",
		"e-mailová adresa", "e-mailové adresy", "e-posta adresi", "e-postadress", "e-mail-cím", "adresa de e-mail", "адреса електронної пошти", "địa chỉ email", "alamat email"}
	// ... that expired (the address, not a message in the queue)
	lang24AddressExpired = []string{"has expired", "is expired", "expired", "abgelaufen", "a expiré", "est expirée", "expirée", "ha caducado", "caducad", "ha expirado", "expirad",
		"è scadut", "scadut", "expirou", "истёк", "истек", "просрочен", "期限切れ", "有効期限が切れ", "已过期", "已過期", "过期", "만료", "verlopen", "wygasł", "vypršel", "vypršela",
		"süresi doldu", "har gått ut", "lejárt", "a expirat", "закінчився", "hết hạn", "kedaluwarsa"}
	// ... unless the expiry is a message's, its delivery time's, or a
	// certificate's, password's, link's or code's sent to the address
	lang24NotAddressExpiry = []string{"nachricht ist abgelaufen", "nachricht abgelaufen", "message expired", "message has expired", "message a expiré", "message est expiré",
		"mensaje ha caducado", "mensaje caducó", "mensaje ha expirado", "messaggio è scaduto", "mensagem expirou", "сообщение истекло", "срок доставки", "срок хранения", "メッセージの有効期限",
		"queue", "warteschlange", "file d'attente", "la cola", "coda", "fila de", "очеред", "キュー", "队列", "zustellzeit", "zeit abgelaufen", "frist", "delivery time", "time expired", "délai", "plazo", "prazo",
		"zertifikat", "certificate", "certificat", "certificado", "certificato", "сертификат", "证书", "証明書", "password", "passwort", "kennwort", "mot de passe", "contraseña", "senha", "пароль", "密码", "パスワード",
		"token", "session", "sitzung", "sesión", "domain", "domaine", "dominio", "домен", "域名", "ドメイン", "link", "lien", "enlace", "ссылк", "链接", "リンク", "code", "código", "codice", "код", "验证码",
		// a confirmation or activation sent to the address ("Der Bestätigungslink für Ihre E-Mail-Adresse ist abgelaufen")
		"bestätigung", "aktivierung", "verifizierung", "confirmation", "verification", "activation", "vérification", "confirmación", "activación", "verificación", "conferma", "attivazione",
		"confirmação", "ativação", "подтвержд", "активац", "验证", "確認", "認証"}

	// lang24CheckVerbs: check, verify (the address), and ...
	lang24CheckVerbs = []string{"check", "verify", "überprüfen", "prüfen sie", "kontrollieren", "vérifiez", "vérifier", "contrôlez", "compruebe", "comprobar", "verifique", "verificar", "revise",
		"verificare", "verifica ", "controlla", "controllare", "проверить", "проверьте", "перевірте", "перевірити", "请检查", "请核对", "请确认", "確認してください", "ご確認ください", "확인하십시오", "확인해 주세요", "확인하세요",
		"controleer", "sprawdź", "zkontrolujte", "kontrol edin", "kontrollera"}
	// ... the recipients' addresses: advice a bounce gives when the address
	// is what failed ("Рекомендуем Вам проверить корректность указания
	// адресов получателей", "Double check the recipient address for typos")
	lang24RecipientAddress = []string{"recipient address", "recipient's address", "recipients' addresses", "recipient's email address", "recipient's e-mail address", "address of the recipient",
		"empfängeradresse", "adresse des empfängers", "adressen der empfänger", "adresse du destinataire", "adresses des destinataires", "dirección del destinatario", "direcciones de los destinatarios",
		"indirizzo del destinatario", "indirizzi dei destinatari", "endereço do destinatário", "endereços dos destinatários", "адрес получателя", "адреса получател", "адресов получател", "адресу одержувача",
		"收件人地址", "收件人邮箱地址", "收件人的地址", "宛先アドレス", "宛先のアドレス", "宛先メールアドレス", "수신자 주소", "받는 사람 주소", "adres van de ontvanger", "adres odbiorcy", "adresu odbiorcy",
		"adresu příjemce", "alıcı adresi", "mottagarens adress"}

	// lang24RequiresVerb: (the server) requires (authentication), the verb
	// (batch 24-lang probe: "No se pudo enviar el correo: el servidor
	// requiere autenticación", an application's failure whose cause is the
	// login asked for)
	lang24RequiresVerb = []string{"requiere", "requiert", "exige", "richiede", "requer", "erfordert", "verlangt", "benötigt", "требует", "вимагає", "vyžaduje", "wymaga", "vereist", "kräver", "kræver",
		"krever", "gerektirir", "megköveteli", "necesită", "απαιτεί", "要求", "需要", "必要です", "필요합니다",
		// batch 25-lang: tr, fi, hu, vi, id, nl, hr/sr, bg, ar, he, fa ("máy chủ yêu cầu xác thực", "palvelin vaatii todennuksen")
		"gerektiriyor", "vaatii", "igényel", "hitelesítést kér", "azonosítást kér", "yêu cầu", "membutuhkan", "memerlukan", "vereist", "zahtijeva", "zahteva", "изисква", "يتطلب", "דורש", "نیاز دارد",
		// batch 25-langb: the adjective after an application's "sending failed" ("Senden fehlgeschlagen: Die Anmeldung am SMTP-Server ist erforderlich")
		"erforderlich", "obligatoire", "obligatori", "obbligatori", "obrigatóri", "wymagane", "требуется", "необходима", "необходимо", "gerekli", "szükséges", "krävs", "påkrævet", "kreves", "vaaditaan"}
	// lang24APIKey: a sending service's API key, in the languages
	// (batch 24-lang probe 4: "Resend отклонил запрос: неверный API-ключ"),
	// and what makes it wrong beyond intlInvalidVerdicts
	lang24APIKey = []string{"api-schlüssel", "api-key", "clé api", "clé d'api", "clave de api", "clave api", "chiave api", "chave de api", "chave api", "api-ключ", "ключ api",
		"apiキー", "api キー", "api密钥", "api 密钥", "api 키", "api-sleutel", "klucz api", "api anahtarı"}
	lang24APIKeyWrong = []string{"falsch", "incorrecte", "incorrecta", "errata", "incorreta", "отозван", "просрочен", "错误", "間違", "잘못된", "onjuist", "błędny", "hatalı", "revoked", "expired"}

	// lang24WithoutAuth: without authentication (a refusal of sending that
	// names the login missing, not a login refused)
	lang24WithoutAuth = []string{"sans authentification", "sin autenticación", "sin autenticacion", "senza autenticazione", "sem autenticação", "ohne authentifizierung", "ohne anmeldung",
		"без аутентификации", "без авторизации", "without authentication", "zonder authenticatie", "bez uwierzytelnienia", "bez ověření", "未经认证", "未认证", "認証なし"}
)

var lang24Rules = []rule{
	// the sender's IP address on a black list, in the languages whose
	// phrase holds the sender's address (batch 24-lang: "IP-адрес
	// отправителя находится в черном списке", read as the sender's address
	// refused): the sending host, reputation, by docs/explain.md's
	// convention for a block list that names the connecting host
	{ID: "lang24.l10n-sender-ip-listed", Any: lang24SenderIP, WithAlso: [][]string{lang20ListWords, lang18BlacklistWords, lang19OwnLists, lang23SenderLists},
		Cat: Reputation, Weak: true, Pri: conceptPri + 4,
		Summary: "The receiver refuses mail from the sending IP address because it is on a block list (a DNS blocklist or the receiver's own).",
		Fix:     delistFix},
	// an e-mail address that expired (batch 24-lang: Strato's "da die
	// E-Mailadresse abgelaufen oder ungültig ist", read as the message's
	// expiry; "The email address has expired" in English too): the address
	// is no longer valid at the receiving provider, as an address that no
	// longer exists; a mailbox or account that expired stays the disabled
	// mailbox (wording.mailbox-locked's "This account has expired")
	{ID: "lang24.address-expired", Any: lang24Address, WithAlso: [][]string{lang24AddressExpired},
		NotAlso: [][]string{lang24NotAddressExpiry},
		Cat:     UserUnknown, Pri: conceptPri + 8,
		Summary: "The recipient's e-mail address is no longer valid (expired or invalid): the receiving provider has no mailbox for it.",
		Fix:     []string{"Check the address with the recipient by another channel and remove it from your list if it is no longer used."}},
	// the server requires authentication, said with the verb after an
	// application's "could not send" (batch 24-lang probe): auth-required;
	// intl13.l10n-auth-required stays out of texts that say a failure
	{ID: "lang24.l10n-server-requires-auth", Any: intl12AuthSubjects, WithAlso: [][]string{lang24RequiresVerb},
		NotAlso: [][]string{intl13EncryptionWords, intl12AuthMethodSubjects, intl13RelayWords},
		Cat:     AuthRequired, Weak: true, Pri: conceptPri + 2,
		Summary: "The server requires the client to log in (SMTP AUTH) before it accepts the message.",
		Fix: []string{"Turn on \"my outgoing server requires authentication\" in the account's settings, with the account's user name and password.",
			"Use the submission port the provider documents (587 with STARTTLS, or 465)."},
		Refs: []string{"RFC 4954"}},
	// the server refused the login, said with "refused" (batch 24-lang
	// probe: "le serveur SMTP a refusé l'authentification"): auth-failed;
	// not when the words say the login is required or missing
	{ID: "lang24.l10n-auth-refused", Any: intl12AuthSubjects, WithAlso: [][]string{intl9RefusedVerdicts},
		NotAlso: [][]string{intl12RequiredWords, intl13RequiresVerdicts, lang24WithoutAuth, intl13RelayWords, intl13EncryptionWords, intl12AuthMethodSubjects},
		Cat:     AuthFailed, Weak: true, Pri: conceptPri,
		Summary: "The login to the mail server failed: the server refused the user name and password.",
		Fix:     []string{"Check the user name and password; many providers require an app password or OAuth2 instead of the account password."},
		Refs:    []string{"RFC 4954"}},
	// a sending service's API key refused, in the languages (batch 24-lang
	// probe 4; the English esp9.api-key-invalid)
	{ID: "lang24.l10n-api-key-invalid", Any: lang24APIKey, WithAlso: [][]string{intlInvalidVerdicts, lang24APIKeyWrong},
		Cat: AuthFailed, Pri: conceptPri + 4,
		Summary: "The sending service's API refused the request: its API key is invalid, revoked or of the wrong kind.",
		Fix:     []string{"Copy the key again from the service's dashboard (a sending key, not a public one); create a new one if it was deleted."}},
	// a bounce whose only cause is its advice to check the recipients'
	// addresses (batch 24-lang: a Russian provider's "Ваше письмо не может
	// быть доставлено ... Рекомендуем Вам проверить корректность указания
	// адресов получателей"): the address is what failed; weak and low, so
	// any reply or cause the text quotes decides
	{ID: "lang24.check-recipient-address", Any: lang24CheckVerbs, WithAlso: [][]string{lang24RecipientAddress},
		Cat: UserUnknown, Weak: true, Pri: 0,
		Summary: "The report gives no cause but asks to check the recipient's address: the address is most likely misspelt or no longer exists.",
		Fix:     []string{"Check the recipient's address for typos, and confirm it with the recipient by another channel."}},
}
