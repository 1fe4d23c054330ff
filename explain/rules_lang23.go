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
	// lang23First: (issue STARTTLS) first, before anything else ("Vous
	// devez d'abord lancer la commande STARTTLS", "Debe emitir primero el
	// comando STARTTLS", "先にSTARTTLSコマンドを実行してください"), and ...
	lang23First = []string{"zuerst", "vorher", "d'abord", "au préalable", "en premier", "primero", "previamente", "prima ", "primeiro", "先に", "最初に", "まず", "请先", "請先", "首先",
		"먼저", "najpierw", "eerst", "önce", "först", "nejprve", "nejdříve", "сначала", "спочатку", "trước tiên", "terlebih dahulu", "először", "előbb", "mai întâi", "πρώτα", "أولا", "أولاً", "תחילה"}
	// ... the client must (issue it), said without "required"
	lang23Must = []string{"vous devez", "il faut", "debe ", "debes", "devi ", "deve ", "müssen", "muss ", "moet", "musisz", "należy", "должны", "нужно", "необходимо", "musíte", "je nutné",
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
	lang23NamedLists = []string{"spamhaus", "spamcop", "sorbs", "barracuda", "uceprotect", "dnsbl", "rbl", "uribl", "surbl", "dbl", "blocked using", "listed at", "listed on", "listed in"}
)

var lang23Rules = []rule{
	// STARTTLS to be issued first (Gmail's and the MTAs' "530 5.7.0 Must
	// issue a STARTTLS command first" in the languages): TLS, not the
	// authentication the bare 530 would say
	{ID: "lang23.l10n-starttls-first", Any: []string{"starttls"}, WithAlso: [][]string{append(append([]string{}, lang23First...), lang23Must...)},
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
}
