package explain

// Rules of batch 27-lang (issue 10, helper lang27, session 22): the kinds
// non-English replies (batches 27-lang)
// found; see docs/heldout/heldout27-lang.md.
//
// Batch 27-lang aimed at the kinds heldout26's non-English rows and
// probes left: RFC 5321's 553 text translated, delivery records with
// localized status keys, reason labels and explanations of apps, sender-
// side concepts and the less common concepts in many languages. The
// misses were an address's syntax error said in Russian (refused: no
// wording known), Microsoft's restricted-sender sentence without its spam
// clause, a recipient's server "inactive" read as a disabled mailbox, the
// translated 553 read as an invalid recipient, a daily limit with its
// words reversed ("limit dzienny") read as a storage quota, and Persian
// block-list words. The tables widened elsewhere are marked "batch
// 27-lang" where they are defined.

var (
	// lang27AddressWords: an (e-mail) address, the noun in the languages
	// (a syntax error "of the address": "Ошибка синтаксиса адреса")
	lang27AddressWords = []string{"address", "adresse", "adress", "dirección", "direccion", "indirizzo", "endereço", "адрес", "地址", "アドレス", "주소", "adres",
		"adresa", "adresi", "osoite", "címe", "cím", "adresă", "adresa de", "διεύθυνσ", "адреси", "адресу", "địa chỉ", "alamat", "כתובת", "عنوان", "آدرس", "ที่อยู่"}

	// lang27MailboxNameNotAllowed: RFC 5321's 553 text, "mailbox name not
	// allowed", translated: the name of a mailbox (the English text is the
	// bare code's, "553 Requested action not taken: mailbox name not
	// allowed"; the Russian read as an invalid recipient)
	lang27MailboxNameNotAllowed = []string{"имя почтового ящика", "имени почтового ящика", "ім'я поштової скриньки", "ім’я поштової скриньки", "postfachname", "name des postfachs",
		"nom de boîte aux lettres", "nom de la boîte aux lettres", "nombre de buzón", "nombre del buzón", "nome della casella", "nome da caixa", "nome de caixa", "nome do mailbox",
		"メールボックス名", "邮箱名称", "邮箱名", "信箱名稱", "사서함 이름", "메일박스 이름", "nazwa skrzynki", "nazwa skrzynki pocztowej", "naam van de mailbox", "mailboxnaam", "postbusnaam",
		"název schránky", "posta kutusu adı", "brevlådans namn", "postkassens navn", "postkassenavn", "postilaatikon nimi", "postafiók neve", "numele cutiei poștale",
		"όνομα γραμματοκιβωτίου", "tên hộp thư", "nama kotak surat", "שם תיבת הדואר", "اسم صندوق البريد", "نام صندوق پستی"}

	// lang27ValidSenderRecognized: Microsoft 365's restricted-sender NDR,
	// "you weren't recognized as a valid sender", in the languages (its
	// 5.1.8 sentence, pasted without the clause that names spam; the English
	// with its negation: a keyword after "not" is negated by the matcher)
	lang27ValidSenderRecognized = []string{"recognized as a valid sender", "recognised as a valid sender", "weren't recognized as a valid sender", "were not recognized as a valid sender",
		"weren't recognised as a valid sender", "were not recognised as a valid sender", "als gültiger absender erkannt", "有効な送信者として認識され",
		"riconosciuto come mittente valido", "reconocido como remitente válido", "reconocido como un remitente válido", "reconoció como remitente válido", "reconoció como un remitente válido",
		"reconnu comme expéditeur valide", "reconnu en tant qu'expéditeur valide", "reconhecido como um remetente válido", "reconhecido como remetente válido",
		"распознаны как допустимый отправитель", "распознан как допустимый отправитель", "识别为有效发件人", "識別為有效的寄件者", "유효한 보낸 사람으로 인식",
		"herkend als geldige afzender", "rozpoznany jako prawidłowy nadawca", "rozpoznano jako prawidłowego nadawcę", "geçerli bir gönderen olarak tanınmadı", "identifierad som en giltig avsändare"}

	// lang27Inactive: (a server) inactive, down, out of service
	lang27Inactive = []string{"inactivo", "inactiva", "inactive", "inactif", "inaktiv", "inattivo", "inativo", "неактивен", "не работает", "nieaktywny", "niet actief", "inactief",
		"hors service", "fuera de servicio", "außer betrieb", "fuori servizio", "fora do ar", "fora de serviço", "is down", "est en panne", "está caído", "停止中", "已停止", "宕机", "ダウンして"}
	// ... not of a mailbox or account (a mailbox inactive on the server is disabled)
	lang27NotServerState = []string{"buzón", "mailbox", "postfach", "boîte", "casella", "caixa", "ящик", "邮箱", "メールボックス", "account", "cuenta", "konto", "compte", "conta", "аккаунт",
		"учетн", "учётн", "usuario", "benutzer", "utilisateur", "utente", "usuário"}

	// lang27DomainAuthentication: the domain's authentication (SPF, DKIM,
	// DMARC), named as such ("le serveur du destinataire a refusé le
	// message (authentification du domaine)", read as a failed login by
	// lang24.l10n-auth-refused)
	lang27DomainAuthentication = []string{"domain authentication", "authentification du domaine", "authentification de domaine", "autenticación del dominio", "autenticación de dominio",
		"autenticazione del dominio", "autenticazione di dominio", "autenticação do domínio", "autenticação de domínio", "domain-authentifizierung", "domainauthentifizierung",
		"authentifizierung der domain", "аутентификация домена", "аутентификации домена", "проверка подлинности домена", "域名认证", "域名验证", "域名身份验证", "網域驗證", "ドメイン認証",
		"도메인 인증", "uwierzytelnianie domeny", "uwierzytelniania domeny", "domeinauthenticatie", "ověření domény", "autentizace domény", "alan adı kimlik doğrulaması", "domänautentisering"}

	// lang27AccessDenied: "access denied" in the languages (lang19AccessDenied's
	// words and more), alone a policy refusal as the English is (Postfix's
	// access-table convention: "Příjemce odmítl zprávu (přístup zamítnut)",
	// "Zugriff verweigert" refused as no reply)
	lang27AccessDenied = []string{"zugriff verweigert", "accès refusé", "acceso denegado", "accesso negato", "acesso negado", "アクセスが拒否", "アクセス拒否", "доступ запрещен", "доступ запрещён",
		"访问被拒绝", "拒绝访问", "存取被拒", "拒絕存取", "přístup zamítnut", "přístup odepřen", "odmowa dostępu", "dostęp zabroniony", "toegang geweigerd", "erişim reddedildi", "åtkomst nekad",
		"adgang nægtet", "tilgang nektet", "pääsy estetty", "hozzáférés megtagadva", "acces refuzat", "άρνηση πρόσβασης", "доступ заборонено", "truy cập bị từ chối", "akses ditolak",
		"액세스가 거부", "접근이 거부", "접근 거부", "הגישה נדחתה", "تم رفض الوصول"}

	// lang27TryAgainLater: "try again later" in the languages, alone (a
	// server's word for a trouble of its own, as mta.server-error-retry
	// reads the English: "Dočasné selhání — zkuste znovu později")
	lang27TryAgainLater = []string{"versuchen sie es später", "später erneut versuchen", "später noch einmal", "réessayez plus tard", "réessayer plus tard", "veuillez réessayer ultérieurement",
		"inténtelo más tarde", "inténtelo de nuevo más tarde", "vuelva a intentarlo más tarde", "intente más tarde", "riprova più tardi", "riprovare più tardi", "tente novamente mais tarde",
		"tente mais tarde", "повторите попытку позже", "попробуйте позже", "попробуйте ещё раз позже", "попробуйте еще раз позже", "请稍后再试", "请稍后重试", "請稍後再試", "しばらくしてから再度",
		"後でもう一度", "나중에 다시 시도해", "나중에 다시 시도하십시오", "나중에 다시 시도하세요", "잠시 후 다시 시도해", "잠시 후 다시 시도하세요", "zkuste znovu později", "zkuste to znovu později", "zkuste to později", "spróbuj ponownie później", "spróbuj później",
		"spróbuj ponownie za chwilę", "probeer het later opnieuw", "probeer het later nog eens", "försök igen senare", "prøv igen senere", "prøv igjen senere", "yritä myöhemmin uudelleen",
		"daha sonra tekrar deneyin", "később próbálja újra", "próbálja újra később", "încercați din nou mai târziu", "δοκιμάστε ξανά αργότερα", "спробуйте пізніше", "thử lại sau",
		"coba lagi nanti", "נסה שוב מאוחר יותר", "حاول مرة أخرى لاحق", "ลองใหม่ภายหลัง", "بعداً دوباره امتحان کنید"}
)

var lang27Rules = []rule{
	// a syntax error of an address (batch 27-lang: "Ошибка синтаксиса
	// адреса (553)", refused: no wording known), as the English "Address
	// syntax error" reads; the sender's address is sender-invalid
	{ID: "lang27.l10n-address-syntax", Any: lang25SyntaxError, WithAlso: [][]string{lang27AddressWords},
		NotAlso: [][]string{intlSenderWords, intl13SenderSubjects},
		Cat:     Syntax, Weak: true, Pri: conceptPri + 2,
		Summary: "The address was refused as malformed: its syntax is not valid (a stray character, quotes, a missing part).",
		Fix:     []string{"Check the address for stray characters, quotes, spaces or a missing part, and send again with the corrected address."}},
	// Microsoft 365's restricted-sender sentence without its spam clause
	// (batch 27-lang: "No se pudo entregar el mensaje porque no se le ha
	// reconocido como remitente válido."), as codeless26.not-valid-sender-
	// spam reads it with the clause: reputation
	{ID: "lang27.l10n-not-valid-sender", Any: lang27ValidSenderRecognized,
		Cat: Reputation, Weak: true, Pri: conceptPri + 2,
		Summary: "The sending account is blocked from sending outside its organization (Microsoft 365's restricted senders): it is suspected of sending spam.",
		Fix:     []string{"Secure the account (change its password, check forwarding rules), then ask the mail administrator to release it from the restricted users."}},
	// the recipient's server inactive, down (batch 27-lang: "el servidor
	// del destinatario está inactivo", read as a disabled mailbox by
	// intl.mailbox-disabled): the connection, network
	{ID: "lang27.l10n-server-inactive", Any: intl12ServerSubjects, WithAlso: [][]string{lang27Inactive},
		NotAlso: [][]string{lang27NotServerState},
		Cat:     Network, Weak: true, Pri: conceptPri + 10,
		Summary: "The recipient's mail server was down (inactive or out of service): it could not be reached.",
		Fix:     []string{"Nothing to change on your side if the server comes back: a soft bounce is retried. If it persists, check the recipient domain's MX records."}},
	// the domain's authentication named as the cause (batch 27-langb:
	// "... a refusé le message (authentification du domaine)", read as a
	// failed login by lang24.l10n-auth-refused): sender-auth
	{ID: "lang27.l10n-domain-authentication", Any: lang27DomainAuthentication,
		Cat: SenderAuth, Weak: true, Pri: conceptPri + 10,
		Summary: "The receiver refused the message because the sending domain's authentication (SPF, DKIM or DMARC) did not pass.",
		Fix:     []string{"Check the sending domain's SPF record, DKIM signature and DMARC policy for the server or service that sent the message."}},
	// "access denied" of a message, recipient or server in the languages
	// (batch 27-langb: the Czech "Příjemce odmítl zprávu (přístup
	// zamítnut)", refused as no reply): policy, as the English
	// "Access denied" reads by the access-table convention; weak, below
	// every concept that names a cause
	{ID: "lang27.l10n-access-denied", Any: lang27AccessDenied,
		// said of a message, a recipient or a server: alone the words are
		// no mail outcome ("Zugriff verweigert" of a web page or a file:
		// codeless21's non-outcomes, refused by the gate)
		WithAlso: [][]string{intl13MessageWords, intlMailboxSubjects, intl12ServerSubjects},
		Cat:      Policy, Weak: true, Pri: -20,
		Summary: "The receiving server refused access: a rule or list of the site refused this sender, client or message.",
		Fix:     []string{"Ask the recipient's mail administrator which rule refused the message (the sender, the sending host or the content)."}},
	// "try again later" alone in the languages (batch 27-langb: the Czech
	// "zkuste znovu později", the Danish "prøv igen senere", refused as no
	// reply): server-error, as mta.server-error-retry reads the English;
	// not after an application's failure to send (final15SendFailed)
	{ID: "lang27.l10n-try-again-later", Any: lang27TryAgainLater,
		// (below every rule that names a cause: the long phrases would
		// otherwise outweigh a cause's short words)
		// nor after the localized "could not send" (outcomeSentWording:
		// "Не удалось отправить письмо. Попробуйте позже." is unknown), nor
		// beside a content scanner that is unavailable (lang23's reading)
		Not:     []string{"전송에 실패", "발송에 실패", "보내지 못", "scanner", "skaner", "antivirus", "antywirus", "антивирус"},
		NotAlso: [][]string{final15SendFailed, outcomeSentWording},
		Cat:     ServerError, Weak: true, Pri: -40,
		Summary: "The receiving server reported a problem of its own and asked to try again later.",
		Fix:     []string{"Nothing to change if it passes: the message is retried. If it persists, ask the recipient's mail administrator."}},
}
