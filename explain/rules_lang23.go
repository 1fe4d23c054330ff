package explain

// lang23Rules: rules added by the lang23 work of session 18 (issue 10).
//
// Batch 23-lang went through the less common categories language by
// language (moved, expired, greylisted, ptr-required, tls-required,
// auth-required vs auth-failed, rfc-noncompliant, virus, size). Most read;
// the misses were a concept no table had in the big languages (STARTTLS to
// be issued first, said without "required"), a message that expired in the
// queue said with the queue, the sender on the recipient's own black list
// said with the English loan word "Blacklist", and words the families
// lacked (the Arabic construct "صندوق بريد", Polish, Korean, Turkish virus
// words). The tables widened are marked "batch 23-lang" where they are
// defined.

var (
	// lang23FirstOrMust: (issue STARTTLS) first, before anything else
	// ("Vous devez d'abord lancer la commande STARTTLS", "Debe emitir primero
	// el comando STARTTLS", "先にSTARTTLSコマンドを実行してください"), or that
	// the client must (issue it), said without "required"
	lang23FirstOrMust = []string{"zuerst", "vorher", "d'abord", "au préalable", "en premier", "primero", "previamente", "prima ", "primeiro", "先に", "最初に", "まず", "请先", "請先", "首先",
		"먼저", "najpierw", "eerst", "önce", "först", "nejprve", "nejdříve", "сначала", "спочатку", "trước tiên", "terlebih dahulu", "először", "előbb", "mai întâi", "πρώτα", "أولا", "أولاً", "תחילה",
		"vous devez", "il faut", "debe ", "debes", "devi ", "deve ", "müssen", "muss ", "moet", "musisz", "należy", "должны", "нужно", "необходимо", "musíte", "je nutné",
		"måste", "gerekir", "malısınız", "melisiniz", "harus", "phải", "kell", "trebuie", "πρέπει", "يجب", "חייב", "必须", "必須", "する必要", "해야"}
	// lang23NoStarttls: the server does not offer STARTTLS (the client's
	// complaint, final11.l10n-no-starttls), not a demand to issue it
	lang23NoStarttls = []string{"nicht unterstützt", "nicht anbietet", "ne propose pas", "ne prend pas en charge", "no admite", "no soporta", "non supporta", "não suporta",
		"サポートしていない", "サポートされていません", "不支持", "지원하지 않"}

	// lang23Queue: the sending server's queue, in the languages (the
	// English "queue" has its own rules), and ...
	lang23Queue = []string{"キュー", "队列", "佇列", "file d'attente", "warteschlange", "la cola", "cola de", "coda di", "la coda", "nella coda", "fila de", "a fila", "na fila",
		"wachtrij", "kolejk", "очеред", "черзі", "черга", "큐에", "kuyruk", "frontě", "fronta", "kön", "várólist", "coada"}
	// ... the time a message may spend there that ran out ("Die Nachricht
	// ist in der Warteschlange abgelaufen", "se agotó el tiempo de
	// permanencia en la cola", "邮件在队列中超时")
	lang23QueueExpired = []string{"abgelaufen", "expiré", "expirado", "expiró", "caducó", "caducad", "agotó el tiempo", "se agotó", "tiempo máximo", "scadut", "expirou", "expirad",
		"verlopen", "wygasł", "upłynął", "vypršel", "vypršela", "vypršení", "zaman aşımı", "süresi doldu", "タイムアウト", "期限切れ", "有効期限", "超时", "超時", "过期", "過期",
		"слишком долго", "истёк", "истек", "закінчився", "lejárt", "gått ut", "löpte ut", "타임아웃", "만료", "시간 초과", "a expirat"}
	// ... unless the server says it keeps trying, or the expiry is a
	// password's or a certificate's
	lang23StillTrying = []string{"将重试", "将再次", "稍后重试", "继续尝试", "再試行します", "再送を試みます", "wird erneut", "erneut versucht", "réessaiera", "nouvelle tentative",
		"se reintentará", "volverá a intentar", "verrà ritentat", "riproverà", "tentará novamente", "será reenviad", "повторит", "будет повторен", "opnieuw geprobeerd",
		"zertifikat", "certificat", "certificado", "certificato", "сертификат", "证书", "証明書", "인증서", "passwort", "kennwort", "mot de passe", "contraseña", "senha", "пароль", "密码", "パスワード"}

	// lang23SenderLists: the recipient's own black list of senders, words
	// lang18BlacklistWords lacks, and the English loan word the German,
	// Italian and Czech texts use ("Der Absender steht auf der Blacklist
	// des Empfängers", "Odesílatel zprávy je na blacklistu"): said of the
	// sender, not of an IP, a server or a named DNS list
	lang23SenderLists = []string{"blacklist", "black list", "blocklist", "sperrliste", "czarnej liście", "czarna lista", "czarnej listy", "zwarte lijst", "černé listině", "černá listina",
		"černé listiny", "kara liste", "kara listede", "svarta listan", "svartlist", "블랙리스트", "차단 목록"}
	// lang23Infected: infected (an attachment, a file, the message), said
	// without the word virus ("contiene un allegato infetto", "La pièce
	// jointe est infectée", "Der Anhang ist infiziert"; batch 23-lang b),
	// and ...
	lang23Infected = []string{"infett", "infecté", "infectad", "infectat", "infiziert", "geïnfecteerd", "geinfecteerd", "zainfekowan", "infikován", "infikovan", "zavirovan",
		"заражен", "заражён", "інфікован", "感染", "감염", "virüslü", "fertőzött", "μολυσμέν", "terinfeksi", "bị nhiễm", "infekterad", "inficerad"}
	// ... what is infected
	lang23InfectedSubjects = []string{"anhang", "datei", "pièce jointe", "fichier", "adjunto", "archivo", "allegato", "file", "anexo", "arquivo", "bijlage", "bestand", "załącznik", "plik",
		"příloh", "soubor", "вложени", "файл", "附件", "文件", "添付", "ファイル", "첨부", "파일", "dosya", "ek ", "bilaga", "fil ", "melléklet", "atașament", "συνημμένο", "lampiran", "tệp",
		// the message itself (as intlMessageSubjects names it)
		"nachricht", "e-mail", "message", "mensaje", "correo", "messaggio", "mensagem", "bericht", "wiadomo", "zpráv", "сообщени", "письм", "повідомлення", "邮件", "郵件", "メール", "메일",
		"ileti", "mesaj", "meddelande", "üzenet", "μήνυμα", "pesan", "thư"}
	lang23NotInfected = []string{"nicht infiziert", "non infett", "no infectad", "no está infectad", "pas infecté", "não infectad", "не заражен", "未感染", "没有感染", "niet geïnfecteerd", "nie jest zainfekowan"}

	// lang23Connections: connections (in the plural or as a count), and ...
	lang23Connections = []string{"verbindungen", "connexions", "conexiones", "connessioni", "conexões", "conexoes", "соединений", "подключений", "连接数", "并发连接", "連線數", "接続数", "同時接続",
		"verbindingen", "połączeń", "spojení", "bağlantı", "anslutningar", "연결"}
	// ... too many of them ("conexões simultâneas demais", "trop de connexions", "zu viele Verbindungen")
	lang23TooMany = []string{"zu viele", "trop de", "demasiadas", "troppe", "demais", "em excesso", "слишком много", "过多", "過多", "太多", "多すぎ", "te veel", "zbyt wiele", "za dużo", "příliš mnoho",
		"çok fazla", "för många", "너무 많"}

	// lang23NoLongerUsed: an address no longer used, and ...
	lang23NoLongerUsed = []string{"nicht mehr verwendet", "nicht mehr genutzt", "nicht mehr benutzt", "nicht mehr aktiv", "n'est plus utilisé", "n'est plus active", "n'est plus actif",
		"ya no se utiliza", "ya no se usa", "ya no está en uso", "ya no está activ", "non è più in uso", "non è più utilizzat", "non è più attiv", "não é mais utilizad", "não é mais usad", "já não é utilizad",
		"не используется", "больше не используется", "已停用", "不再使用", "已不再使用", "使用されていません", "使用していません", "niet meer in gebruik", "niet langer in gebruik",
		"nie jest już używan", "již se nepoužívá", "se již nepoužívá", "artık kullanılmıyor", "används inte längre", "더 이상 사용하지 않", "không còn sử dụng", "tidak digunakan lagi",
		"már nem használ", "nu mai este folosit", "δεν χρησιμοποιείται πλέον",
		// batch 25-lang: no longer valid, with the new address to write to ("Cette adresse n'est plus valide ... écrire à ...")
		"n'est plus valide", "nicht mehr gültig", "ya no es válid", "non è più valid", "não é mais válid", "já não é válid", "больше не действителен", "больше не действует",
		"niet meer geldig", "nie jest już ważn", "již není platn", "artık geçerli değil", "är inte längre giltig"}
	// ... a new one to write to ("bitte schreiben Sie künftig an", "escriba a", "请发送至")
	lang23WriteTo = []string{"schreiben sie", "künftig an", "neue adresse", "neue e-mail-adresse", "écrire", "écrivez", "nouvelle adresse", "escriba", "escribe a", "escríbenos", "nueva dirección",
		"scrivete", "scrivi a", "scrivere a", "nuovo indirizzo", "escreva", "novo endereço", "пишите", "напишите", "новый адрес", "请发送至", "请发送到", "请改发", "新地址", "新邮箱", "新しいアドレス", "お送りください",
		"stuur uw", "stuur je", "nieuw adres", "nieuwe adres", "pisz na", "napisz na", "nowy adres", "pište na", "nová adresa", "yazın", "yeni adres", "skriv till", "ny adress", "새 주소", "địa chỉ mới",
		"alamat baru", "új cím", "adresa nouă", "νέα διεύθυνση"}

	lang23NamedLists = []string{"spamhaus", "spamcop", "sorbs", "barracuda", "uceprotect", "dnsbl", "rbl", "uribl", "surbl", "dbl", "blocked using", "listed at", "listed on", "listed in"}
)

var lang23Rules = []rule{
	// STARTTLS to be issued first (Gmail's and the MTAs' "530 5.7.0 Must
	// issue a STARTTLS command first" in the languages): TLS, not the
	// authentication the bare 530 would say
	{ID: "lang23.l10n-starttls-first", Any: []string{"starttls"}, WithAlso: [][]string{lang23FirstOrMust},
		NotAlso: [][]string{lang23NoStarttls},
		Cat:     TLSRequired, Pri: conceptPri + 4,
		Summary: "The server accepts mail only over an encrypted session: the client must issue STARTTLS before anything else.",
		Fix: []string{"Turn on STARTTLS (\"TLS\") for this server in the client or the sending MTA, on port 587 or 25; or use implicit TLS on port 465.",
			"If the sending MTA already offers STARTTLS, check that its TLS setup works (certificate, protocol versions)."},
		Refs: []string{"RFC 3207"}},
	// a message that expired in the sending server's queue, said with the
	// queue ("Le message a expiré dans la file d'attente", "邮件在队列中超时，
	// 投递失败"): the sending server gave up
	{ID: "lang23.l10n-queue-expired", Any: lang23Queue, WithAlso: [][]string{lang23QueueExpired},
		NotAlso: [][]string{lang23StillTrying},
		Cat:     Expired, Pri: conceptPri + 4,
		Summary: "The message stayed in the sending server's queue longer than its limit and was returned: every attempt failed.",
		Fix: []string{"Look in the sending server's log for the reply of the last attempts: it names why the receiver could not be reached or refused.",
			"Fix that cause, then send the message again."}},
	// the sender on the recipient's (or the receiver's) own black list,
	// with the English loan word or a list name the families lacked: the
	// receiver's choice (policy, as docs/explain.md's convention for a
	// sender on the receiver's own list), above the DNSBL reading of the
	// word "blacklist" (bl.generic)
	{ID: "lang23.l10n-sender-on-list", Any: intl13SenderSubjects, WithAlso: [][]string{lang23SenderLists},
		NotAlso: [][]string{intlIPSubjects, lang18HostWords, lang23NamedLists, intlInvalidVerdicts},
		Cat:     Policy, Pri: codePri, Actor: ActorRecipient,
		Summary: "The receiver (or the recipient) has this sender's address or domain on its own block list.",
		Fix: []string{"Ask the recipient by another channel to remove your address or domain from their block list.",
			"If your address was abused (a compromised account sending spam), secure the account first."}},
	// an infected attachment or message, said without the word virus
	// (batch 23-lang b: "contiene un allegato infetto", read as a refused
	// attachment type): virus, above intl.attachment's policy
	{ID: "lang23.l10n-infected", Any: lang23Infected, WithAlso: [][]string{lang23InfectedSubjects},
		NotAlso: [][]string{lang23NotInfected},
		Cat:     Virus, Pri: conceptPri + 6,
		Summary: "The receiver's scanner found the message or its attachment infected (malware) and refused it.",
		Fix: []string{"Scan the sending machine and the attachment; send the file another way (a link) only once it is clean.",
			"If the detection is wrong, ask the recipient's administrator which scanner refused it."}},
	// too many (simultaneous) connections, also after a localized
	// "connection refused" (batch 23-lang b: "Conexão recusada
	// temporariamente: conexões simultâneas demais"): a connection limit,
	// above apps11.connection-refused-localized's network reading
	{ID: "lang23.l10n-too-many-connections", Any: lang23Connections, WithAlso: [][]string{lang23TooMany},
		Cat: RateLimited, Pri: codePri,
		Summary: "The receiver limits how many connections one client may open at once (or in a period), and this client opened too many.",
		Fix: []string{"Lower the sending MTA's concurrency towards this destination (Postfix: smtp_destination_concurrency_limit or a transport with a lower limit).",
			"The receiver accepts mail again once the client's connections are under the limit; the sending MTA retries by itself."}},
	// an address no longer used, with the new one to write to (a retired
	// address's notice: "Diese E-Mail-Adresse wird nicht mehr verwendet.
	// Bitte schreiben Sie künftig an ..."; batch 23-lang b): moved; the
	// notice without a new address stays the disabled mailbox's
	{ID: "lang23.l10n-no-longer-used-new-address", Any: lang23NoLongerUsed, WithAlso: [][]string{lang23WriteTo},
		Cat: Moved, Pri: conceptPri + 6,
		Summary: "The recipient's address is no longer used; the notice names the new address to write to.",
		Fix:     []string{"Update the address in your address book or list to the new one the notice names, and resend."}},
}
