package explain

// The kinds held-out batch 9 intl showed (testdata/corpus/heldout9-intl.tsv:
// replies and bounce texts in languages other than English, from provider
// pages and forums no earlier batch used). The localized vocabulary of
// rules_intl7.go knew a subject and a verdict for the recipient's mailbox;
// these rules add the subjects it lacked, each paired with its verdicts in
// the languages of the earlier table:
//
//   - a limit (of sending, of relaying, of what a recipient takes) that was
//     exceeded: Gmail's and Google's relay 4.2.1/5.4.5 texts in Chinese,
//     Swedish and Turkish fell back to X.2.1's registry meaning (a disabled
//     mailbox);
//   - an account's sending quota;
//   - a server that says it is busy (Gmail's 4.4.5), which its X.4.5 code
//     reads as congestion;
//   - a sending IP that is not on the recipient domain's allow list;
//   - a relay refusal;
//   - several destination domains in one transaction (Gmail's 4.3.0, in
//     English too);
//   - a full storage said of the mail system, not of the mailbox;
//   - no space left, said of the recipient ("收件人空间不足");
//   - the sender domain's DNS records (SPF, DKIM) missing, said by a bounce;
//   - a size limit exceeded, in words the size concept did not list.
//
// Like the concept rules, the rules that pair a subject with a verdict are
// weak: a specific rule or an enhanced code with a detail of its own wins.

var (
	// a limit or quota
	intl9LimitSubjects = []string{"限制", "上限", "限额", "限額", "gräns", "sınır", "sınırı", "limite", "límite", "limiet", "grænse", "grense",
		"лимит", "ліміт", "한도", "제한", "giới hạn", "batas", "korlát", "limită", "raja", "rajoitus", "limit",
		// the maximum number of messages (batch 16-lang b: "die maximale Anzahl versendeter E-Mails überschritten")
		"maximale anzahl", "höchstzahl", "nombre maximum", "número máximo", "numero massimo", "maksymalną liczbę", "maksymalna liczba", "максимальное количество",
		// batch 16-lang c: Dutch and German compounds ("berichtenlimiet"), read as words of their own
		"berichtenlimiet", "daglimiet", "e-maillimiet", "verzendlimiet", "versandlimit", "tageslimit", "sendelimit", "nachrichtenlimit", "stundenlimit",
		// batch 21-lang: Nordic and Finnish compounds, the Greek limit ("Den daglige sendegrensen", "lähetysraja", "ημερήσιου ορίου αποστολής")
		"sendegrense", "sendegrænse", "afsendelsesgrænse", "lähetysraja", "päiväraja", "sändningsgräns", "όριο", "ορίου", "όρια", "ορίων",
		// batch 22-prov's probe: hr/bs/sr and sl limits, Malay's sending limit ("had penghantaran")
		"ograničenje", "ograničenja", "omejitev", "had penghantaran", "had harian"}
	// "exceeded"
	intl9ExceededVerdicts = []string{"超出", "超过", "超過", "超え", "を超", "överskriden", "överskridits", "överskridet", "aşıldı", "aşılmış",
		"superato", "superata", "überschritten", "dépassé", "dépassée", "excedido", "excedida", "superado", "superada", "ultrapassad", "przekroczon",
		"překročen", "превышен", "перевищен", "초과", "vượt quá", "melebihi", "overschreden", "overskredet", "oversteget", "túllépve", "depășit", "ylitetty", "ylittyi",
		// batch 15-lang c: pt-PT, es-AR, gl, ca, et
		"ületamisel", "ületatud",
		// batch 22-prov b: Spanish preterite and "sobrepasar" ("Superaste el límite de 250 envíos")
		"superaste", "superó", "sobrepasado", "sobrepasada", "sobrepasaste", "excediste",
		// batch 22-prov's probe of the regional hosters' languages: sk, bg, hr/bs/sr, sl, el
		"prekročen", "prekročil", "превишен", "превишихте", "prekoračen", "presežen", "ξεπεράσ", "υπέρβαση",
		// batch 17-lang: Turkish past and participle forms ("limitini aştığınız için"), the other tenses
		"aştı", "aştığ", "aşmış", "aşıyor", "überschreitet", "dépasse", "excede", "excedeu", "superou", "overschrijdt", "överskrid", "przekroczył", "przekracza",
		"překročil", "překračuje", "превысил", "превышает", "超えました", "초과했", "초과하였",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"terlampaui", "dilampaui", "تم تجاوز", "تجاوزت", "חרגת", "נחרג", "ξεπεράστηκε", "έχει ξεπεραστεί", "túllépte", "a fost depășit", "a fost depăşit", "перевищено", "overskrevet", "đã vượt", "เกินขีดจำกัด", "เกินกำหนด", "पार हो गई", "पार कर ली", "पार हो गया",
		// batch 21-lang: the Greek noun ("Υπέρβαση του ημερήσιου ορίου")
		"υπέρβαση", "meghaladta", "meghaladtad"}
	// storage, a message's size or the mailbox: a limit of these is no sending rate
	intl9NotRate = []string{"speicher", "stockage", "almacenamiento", "armazenamento", "spazio", "espace", "espacio", "espaço", "容量", "空间", "空間", "存储", "存儲",
		"größe", "taille", "tamaño", "tamanho", "dimensione", "rozmiar", "velikost", "размер", "大小", "サイズ", "크기", "kích thước", "boyut", "storlek", "grootte",
		"postfach", "mailbox", "buzón", "casella", "caixa", "skrzynk", "schránk", "ящик", "邮箱", "信箱", "メールボックス", "메일함", "postlåda", "inkorg", "posta kutusu",
		"quota", "kvóta", "kvot", "cuota", "cota", "квота", "配额", "配額",
		// a size said in a compound ("De bestandsgrootte overschrijdt de limiet"; batch 17-lang)
		"bestandsgrootte", "berichtgrootte", "filstorlek", "meddelandestorlek", "filstorleken", "dateigröße", "体积", "體積",
		// an attachment's limit is its size
		"附件", "添付", "첨부", "anhang", "pièce jointe", "adjunto", "allegato", "anexo", "załącznik", "příloh", "вложени", "attachment",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"ukuran", "méret", "mărime", "mărimea", "dimensiun", "koko", "størrelse", "ขนาด", "आकार", "розмір", "μέγεθος", "גודל", "حجم", "kích cỡ"}

	// the sending IP's absence from the recipient domain's allow list
	intl9AllowListSubjects = []string{"白名单", "白名單", "許可清單", "许可清单", "允许列表", "允許清單", "ip autorizzati", "elenco degli ip", "lista blanca", "liste blanche",
		"zulassungsliste", "whitelist", "allowlist", "allow list", "белый список", "белом списке", "ホワイトリスト", "許可リスト", "허용 목록", "화이트리스트",
		"biała lista", "białej liście", "beyaz liste", "witte lijst", "vitlista", "lista branca", "lista de permissões", "danh sách trắng", "daftar putih"}
	intl9NotListedVerdicts = []string{"未列入", "不在", "未在", "non nell", "non è nell", "non presente", "no está en", "no figura", "n'est pas dans", "n'est pas sur", "ne figure pas",
		"nicht in", "nicht auf", "не в ", "нет в", "отсутствует в", "含まれていません", "登録されていません", "없습니다", "등록되지 않", "nie ma na", "nie jest na", "nie znajduje się",
		"yok", "değil", "niet op", "niet in", "inte på", "inte i", "não está na", "não consta", "không có trong", "tidak ada dalam", "not in", "not on", "isn't in", "is not in", "is not on"}

	// the relaying of mail (the English word is concept.relay-denied's)
	intl9RelaySubjects = []string{"posta geçişi", "smtp geçiş", "e-posta aktarımı", "中继", "中繼", "中継", "릴레이", "중계", "relais", "retransmisión",
		"retransmissão", "ретрансляци", "przekazywanie poczty", "předávání pošty", "doorsturen van e-mail", "vidarebefordran av e-post",
		// batch 21-lang: the relaying nouns of tr, cs, ro, el, uk, ar, hu, fi, vi ("Aktarım reddedildi", "A továbbítás megtagadva")
		"aktarım", "předávání", "retransmiterea", "retransmitere", "αναμετάδοση", "ретрансляці", "الترحيل", "továbbítás", "välitys", "chuyển tiếp"}
	intl9RefusedVerdicts = []string{"reddedildi", "reddedilmiştir", "izin verilmiyor", "拒绝", "拒絕", "不允许", "不允許", "被拒", "拒否", "許可されていません", "거부",
		"refusé", "interdit", "non autorisé", "pas autorisé", "rifiutat", "negat", "non consentit", "non permess", "rechazad", "denegad", "no permitid", "recusad", "não permitid",
		"запрещ", "отклонен", "отказ", "odrzuc", "zabronion", "odmítnut", "odmítl", "zakázán", "verweigert", "abgelehnt", "nicht erlaubt", "nicht gestattet", // (odmítl: batch 27-lang)
		"geweigerd", "niet toegestaan", "nekad", "inte tillåt", "từ chối", "ditolak",
		// batch 24-lang: the verb before the subject ("No se permite la retransmisión", "non è consentito l'inoltro")
		"no se permite", "no está permitid", "non è consentit", "non è permess", "não é permitid", "nie jest dozwolon", "není povolen",
		// batch 24-lang (probe): the active past ("o servidor SMTP rejeitou o remetente", "сервер отклонил отправителя")
		"rejeitou", "recusou", "rechazó", "отклонил", "odmítl", "weigerde", "avvisade", "elutasította",
		// batch 19-lang b: "not authorized" ("Remetente não autorizado para retransmissão")
		"não autorizado", "no autorizado", "non autorizzato", "nicht autorisiert", "nicht berechtigt", "未授权", "未授權", "не авторизован", "не разрешен", "承認されていません",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"مرفوض", "تم رفض", "غير مسموح", "נדחה", "אסור", "לא מורשה", "απορρίφθηκε", "δεν επιτρέπεται", "megtagadva", "elutasítva", "nem engedélyezett", "respins", "refuzat", "nepermis", "interzis", "hylätty", "estetty", "ei sallittu", "afvist", "ikke tilladt", "avvist", "ikke tillatt", "bị từ chối", "không được phép", "ถูกปฏิเสธ", "ไม่อนุญาต", "tidak diizinkan", "अस्वीकृत", "अनुमति नहीं", "заборонен", "відхилен",
		// batch 21-lang: refused in cs, uk, ro, ko ("Předávání pošty zamítnuto", "Ретрансляцію відхилено", "릴레이하지 않습니다")
		"zamítnut", "megtagadta", "відхилено", "refuzată", "하지 않", "할 수 없"}
)

var intlRules9 = []rule{
	// a limit exceeded (of sending, relaying, receiving): the sender is over
	// it for now (Gmail's "此客户的最高 SMTP 中继量超出限制", "Högsta
	// SMTP-relägräns överskriden", "SMTP geçişi sınırı aşıldı")
	{ID: "intl9.limit-exceeded", Any: intl9LimitSubjects, WithAlso: [][]string{intl9ExceededVerdicts},
		NotAlso: [][]string{intl9NotRate},
		// not weak: Gmail says it under 4.2.1, whose registry meaning (a
		// disabled mailbox) would decide over a weak rule
		Cat: RateLimited, Pri: conceptPri,
		Summary: "The sender (or this sending account, or the relay customer) is over a sending limit of the receiver or of its own provider; mail is accepted again once the limit resets."},
	// an account's sending quota, named as such ("avsändarens sändningskvot
	// har överskridits", Exchange Online's submission quota NDR)
	{ID: "intl9.sending-quota", Any: []string{"sändningskvot", "sendekvote", "sendingskvote", "verzendquotum", "sendekontingent", "versandkontingent", "quota d'envoi",
		"cuota de envío", "quota di invio", "cota de envio", "квота отправки", "квота на отправку", "发送配额", "发信配额", "發送配額", "送信クォータ", "送信上限",
		"발송 할당량", "전송 할당량", "송신 할당량", "gönderim kotası", "limit wysyłki", "kvóta odesílání", "sending quota", "submission quota"},
		Cat: RateLimited, Pri: conceptPri,
		Summary: "The sending account is over its sending quota (messages or recipients per day); it can send again when the quota resets.",
		Fix: []string{"Wait until the quota resets (usually a day), and spread bulk sending over time or use a service made for it.",
			"If the account did not send that much, its password may be stolen: change it and check the account's forwarding rules."}},
	// a server that says it is busy (Gmail's 421 4.4.5 "Server busy", in
	// other languages): its own load, whatever X.4.5 says of the network
	{ID: "intl9.server-busy", Any: []string{"服务器繁忙", "服務器繁忙", "伺服器忙碌", "伺服器繁忙", "server occupato", "server è occupato", "server ausgelastet", "server überlastet",
		"server ist ausgelastet", "serveur occupé", "serveur est occupé", "serveur surchargé", "serveur est surchargé", "servidor ocupado", "servidor sobrecargado", "servidor está ocupado", "servidor sobrecarregado",
		"сервер перегружен", "сервер занят",
		// batch 16-lang c: an overload of the receiving system ("aufgrund einer generellen Überlastsituation")
		"überlastsituation", "überlastung", "surcharge du système", "sobrecarga del sistema", "sovraccarico", "overbelasting", "przeciążeni", "перегрузк", "過負荷", "过载", "系統過載", "サーバーが混雑", "サーバが混雑", "サーバーがビジー", "サーバーが込み合", "서버가 바쁩", "서버 과부하", "serwer jest zajęty", "serwer przeciążony",
		"server je přetížen", "server je zaneprázdněn", "sunucu meşgul", "server is bezet", "server overbelast", "servern är upptagen", "servern är överbelastad",
		"máy chủ đang bận", "server sibuk", "palvelin on varattu",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"الخادم مشغول", "الخادوم مشغول", "השרת עמוס", "השרת עסוק", "ο διακομιστής είναι απασχολημένος", "διακομιστής υπερφορτωμένος", "a kiszolgáló túlterhelt", "a szerver túlterhelt", "a kiszolgáló foglalt", "serverul este ocupat", "serverul este supraîncărcat", "сервер перевантажений", "сервер зайнятий", "palvelin on ylikuormitettu", "palvelin on kuormittunut", "serveren er optaget", "serveren er overbelastet", "serveren er opptatt", "tjeneren er opptatt", "máy chủ quá tải", "เซิร์ฟเวอร์ไม่ว่าง", "เซิร์ฟเวอร์ทำงานหนัก", "server sedang sibuk", "server kelebihan beban", "सर्वर व्यस्त", "सर्वर पर अधिक भार"},
		Cat: ServerError, Pri: conceptPri,
		Summary: "The receiving server is busy (overloaded) for now; the sending MTA retries by itself."},
	// the sending IP is not on the recipient domain's allow list (Gmail's
	// "IP not in whitelist for RCPT domain", in other languages)
	{ID: "intl9.ip-not-allowlisted", Any: intl9AllowListSubjects, WithAlso: [][]string{intl9NotListedVerdicts},
		Cat: Policy, Weak: true, Pri: conceptPri + 2, Actor: ActorRecipientAdmin,
		Summary: "The recipient's domain accepts mail only from the IP addresses on its allow list, and the sending IP is not on it.",
		Fix:     []string{"Send through the servers the recipient's domain allows (its gateway or connector), or ask its admin to add the sending IP to the allow list."}},
	// a relay refusal in other languages ("Posta geçişi reddedildi")
	{ID: "intl9.relay-denied", Any: intl9RelaySubjects, WithAlso: [][]string{intl9RefusedVerdicts},
		Cat: RelayDenied, Weak: true, Pri: conceptPri,
		Summary: "The server refused to relay the message: it does not accept mail for the recipient's domain from this client."},
	// several destination domains in one transaction (Gmail's 451 4.3.0):
	// the client must split the recipients by domain
	{ID: "intl9.multiple-domains", Any: []string{"multiple destination domains", "多个目标网域", "多個目標網域", "多个目标域", "mehrere zieldomains", "plusieurs domaines de destination",
		"varios dominios de destino", "più domini di destinazione", "vários domínios de destino", "flera måldomäner", "meerdere doeldomeinen", "wiele domen docelowych",
		"несколько доменов назначения", "複数の宛先ドメイン", "여러 대상 도메인", "birden fazla hedef alan"},
		Cat: Syntax, Pri: conceptPri,
		Summary: "The server takes recipients of one destination domain per transaction: the client gave several.",
		Fix:     []string{"Send one transaction per recipient domain (a standard MTA does); a script that sends to many domains at once must split the recipients."}},
	// a full storage said of the mail system (X.3.1), not of the mailbox
	// ("452 送信先のシステム容量がいっぱいです")
	{ID: "intl9.system-storage", Any: []string{"システム容量", "システムの容量", "系统存储", "系统空间", "系統儲存", "system storage", "systemspeicher", "stockage du système",
		"almacenamiento del sistema", "spazio di sistema", "armazenamento do sistema", "системного хранилища", "시스템 저장", "sistem depolama"},
		Not: []string{"mailbox", "postfach", "メールボックス", "邮箱", "信箱"},
		Cat: ServerError, Pri: 10,
		Summary: "The receiving mail system is out of storage for now (not the recipient's mailbox); the sending MTA retries."},
	// no space left, said of the recipient rather than of the mailbox
	// ("收件人空间不足")
	{ID: "intl9.recipient-no-space", Any: intlMailboxSubjects,
		With: []string{"kein speicherplatz", "keinen freien speicherplatz", "plus d'espace", "espace insuffisant", "sin espacio", "no tiene espacio", "espacio insuficiente",
			"spazio esaurito", "spazio insufficiente", "sem espaço", "espaço insuficiente", "brak miejsca", "nedostatek místa", "нет места", "недостаточно места", "немає місця",
			"容量不足", "空间不足", "空間不足", "容量已满", "空き容量が不足", "공간이 부족", "용량이 부족", "hết dung lượng", "yer yok", "geen ruimte", "inget utrymme"},
		NotAlso: [][]string{intlSenderWords},
		Not:     []string{"システム", "系统", "系統", "system", "sistema", "систем"},
		Cat:     MailboxFull, Weak: true, Pri: conceptPri,
		Summary: "The recipient's mailbox has no space left."},
	// the sender domain's DNS records (SPF, DKIM) missing or wrong, said by
	// a bounce (Tencent Exmail's "发件人…域名的DNS记录未设置或设置错误")
	{ID: "intl9.sender-dns-records", Any: []string{"dns记录", "dns 记录", "dns記錄", "dns 記錄", "dns-einträge", "dns-eintrag", "enregistrements dns", "registros dns",
		"record dns", "dns-записи", "dns записи", "dnsレコード", "dns レコード", "dns 레코드", "rekordy dns", "záznamy dns", "dns-records", "dns-kayıtları"},
		WithAlso: [][]string{intlSenderWords, intlSenderAddress},
		Cat:      SenderAuth, Weak: true, Pri: conceptPri + 4,
		Summary: "The receiver refused the message because the sender domain's DNS records for mail authentication (SPF, DKIM, DMARC) are missing or wrong."},
	// a size limit exceeded, in words the size concept does not list ("550
	// [Sniper] Exceeds the limit size of email", "Nachrichtengröße
	// überschreitet")
	{ID: "intl9.size-exceeded", Any: []string{"limit size", "size limit", "maximum size", "max size", "größe", "taille", "tamaño", "tamanho", "dimensione", "rozmiar",
		"velikost", "размер", "大小", "サイズ", "크기", "boyut", "storlek", "grootte", "kích thước", "ukuran",
		// batch 17-lang: a message's volume (Japanese "メールの容量", Chinese "邮件体积")
		"メールの容量", "メール容量", "送信したメールの容量", "添付ファイルの容量", "邮件体积", "郵件體積", "邮件的大小", "郵件的大小",
		// batch 20-lang: the plural of the Italian size, Traditional Chinese size ("supera le dimensioni massime", "郵件大小超過限制")
		"dimensioni", "郵件大小", "邮件大小"},
		With: []string{"exceed", "überschreitet", "überschritten", "zu groß", "dépasse", "excede", "supera", "ultrapassa", "przekracza", "překračuje", "превышает", "превышен",
			"超过", "超出", "超え", "초과", "aşıyor", "aşıldı", "överskrider", "överskriden", "overschrijdt", "overschreden", "vượt quá", "melebihi",
			// batch 20-lang: Traditional Chinese exceeded
			"超過"},
		Not:     []string{"mailbox", "quota", "storage", "postfach", "boîte", "buzón", "casella", "caixa", "skrzynk", "schránk", "ящик", "邮箱", "メールボックス", "메일함", "sending", "rate"},
		NotAlso: [][]string{intlStorageSubjects},
		Cat:     MessageTooBig, Weak: true, Pri: conceptPri,
		Summary: "The message (or an attachment) is larger than the receiver accepts."},
}

// Kinds held-out batch 9-intl b (testdata/corpus/heldout9-intlb.tsv,
// written after the fixes above) found.
var intlRules9b = []rule{
	// a sending rate said as "N recipients per M minutes" (postfwd's "only
	// 5 recipients per 5 minutes allowed"): a count per interval
	{ID: "intl9.per-interval", Any: []string{"recipients per", "messages per", "mails per", "emails per", "connections per", "rcpts per", "rcpt per", "msgs per"},
		With: []string{"minute", "minutes", "hour", "hours", "day", "second", "seconds", " min"},
		Cat:  RateLimited, Weak: true, Pri: conceptPri,
		Summary: "The receiver (or the sending service) allows only so many messages, recipients or connections per interval, and this sender is over it for now."},
	// a limit of the mailbox said to be exceeded ("Mailbox limit exceeded
	// while appending message"): the storage, not a sending rate
	{ID: "intl9.mailbox-limit", Any: []string{"mailbox limit", "mailbox size limit", "mailbox storage limit", "inbox limit", "mailbox's limit", "mailbox quota limit"},
		With: []string{"exceeded", "reached", "over"},
		Not:  []string{"sending", "rate", "recipients", "connections"},
		// not weak: it names the mailbox, which the generic "limit
		// exceeded" of a sending rate (mta.rate) does not
		Cat: MailboxFull, Pri: conceptPri + 2,
		Summary: "The recipient's mailbox is over its storage limit."},
	// sendmail's delay warning ("Warning: could not send message for past
	// 4 hours"): the message is still queued and retried, and the notice
	// alone does not say why
	// Exchange's and other MTAs' delay notices say it in their own words
	// ("Delivery to the following recipient has been delayed", "Message
	// will be retried for 2 more day(s)", "has not yet been delivered")
	{ID: "intl9.delay-warning", Any: []string{"could not send message for past", "still undelivered after", "message still undelivered",
		// Postfix's delay notice (held-out batch 9-forum)
		"this is a warning only", "could not be delivered for more than",
		"has been delayed", "delivery delayed", "delivery is delayed", "delivery has been delayed", "delivery status notification (delay)",
		"will be retried for", "will keep trying until", "will continue trying", "not yet been delivered", "not been delivered yet", "message delayed"},
		// a specific enhanced code in the notice says more than the notice
		Cat: Unknown, Actor: ActorNone, Weak: true,
		Summary: "A delay warning: the message has not been delivered yet and the sending MTA keeps retrying; the warning alone does not say why (the transcript in the notice does).",
		Fix:     []string{"Nothing to resend: the MTA retries by itself until the queue lifetime runs out.", "Read the notice's transcript, or the mail log, for the reply that deferred it."}},
}
