package explain

import "strings"

// Held-out batch 23-codeless (issue 10): text without a reply code as
// delivery dashboards, suppression lists, CRM and newsletter tools, help
// desks and mail clients say it — a suppression after hard bounces ("Global
// bounce: this address hard bounced three times ..."), a status heading its
// description in English ("Pending: HubSpot will keep retrying ..."), a
// client's "will retry", a help desk's log of a mail added to its queue, a
// bounce's cause said in a few words ("Delivery failure: incorrect domain",
// "problems with server connectivity"), in English and the large languages
// (docs/heldout/heldout23-codeless.md).

// codeless23RetryWording are words of a message that the sending program
// keeps for a later attempt, as outcomeRetryWording's "will be retried"
// (Gmail's "Queued — Gmail will retry sending", HubSpot's "will keep
// retrying", GLPI's "a été ajouté à la file d'attente"): an outcome
// without its cause, transient (classify.go joins them to the retry
// wording).
var codeless23RetryWording = []string{"will retry", "will keep retrying", "keep retrying", "keeps retrying", "will try again", "will try to send it again",
	"will try to resend", "will attempt to resend", "will attempt redelivery", "will reattempt",
	"added to the queue", "added to queue", "added to the mail queue", "added to the sending queue", "added to the outgoing queue", "placed in the queue",
	"ajouté à la file d'attente", "ajouté à la file", "ajoutée à la file", "zur warteschlange hinzugefügt", "in die warteschlange gestellt", "añadido a la cola", "añadida a la cola",
	"agregado a la cola", "agregada a la cola", "aggiunta alla coda",
	"aggiunto alla coda", "adicionado à fila", "adicionada à fila", "добавлено в очередь", "добавлен в очередь", "dodano do kolejki", "aan de wachtrij toegevoegd",
	"kuyruğa eklendi", "waiting in the queue", "waiting in queue", "delivery in progress", "已加入队列", "已加入佇列", "加入发送队列", "キューに追加", "대기열에 추가"}

// codeless23FailureHeading: a delivery failure that heads its cause
// ("Delivery failure — problems with server connectivity", "Delivery
// failure: incorrect domain"): the failure states the class, permanent,
// over a cause whose category is temporary (classify.go joins them to the
// permanent wording). Chinese 投递失败 heads ESPs' states whose own words
// give the class ("投递失败: ... 请稍后再试", esp14's), and is not listed.
var codeless23FailureHeading = []string{"delivery failure:", "delivery failure —", "delivery failure –", "delivery failure -",
	// (batch 23-codeless b) in other languages ("Ошибка доставки: сервер получателя недоступен")
	"ошибка доставки:", "échec de la distribution :", "échec de distribution :", "error de entrega:", "errore di consegna:", "falha na entrega:", "zustellfehler:",
	"błąd doręczenia:", "teslim hatası:"}

// codeless23FailedWording: Outlook's classic NDR headline ("Your message
// did not reach some or all of the intended recipients"), a delivery that
// failed without its cause (a probe after batch 23-codeless b); joined to
// the failed wording.
var codeless23FailedWording = []string{"did not reach some or all of the intended recipients", "didn't reach some or all of the intended recipients",
	"did not reach the intended recipient", "could not be delivered to some or all"}

// codeless23SentWording: a client's "could not be sent" in Dutch's present
// tense ("Bericht kan niet worden verzonden"), as outcomeSentWording has
// the past ("kon niet worden verzonden"): an application's report that
// says neither class.
var codeless23SentWording = []string{"kan niet worden verzonden", "kan niet verzonden worden", "kon niet verzonden worden"}

// codeless23HeadingStatus reads an English status value that heads its
// description after a colon or a dash ("Pending: HubSpot will keep
// retrying ...", "Queued — Gmail will retry ..."), as
// codeless22HeadingStatus reads a localized one: the value's class
// (outcomeValue). The heading is one or two words; "Failed" and "Error"
// head applications' reports that say neither class and are left to them.
func codeless23HeadingStatus(t string) (Class, string) {
	if strings.IndexByte(t, '\n') >= 0 {
		return ClassUnknown, ""
	}
	for _, d := range [...]string{": ", " – ", " — ", " - "} {
		i := strings.Index(t, d)
		if i <= 0 || i > 24 {
			continue
		}
		if strings.TrimSpace(t[i+len(d):]) == "" {
			return ClassUnknown, ""
		}
		h := lowerASCII(strings.TrimSpace(t[:i]))
		if strings.Count(h, " ") > 1 || strings.HasPrefix(h, "failed") || strings.HasPrefix(h, "error") {
			return ClassUnknown, ""
		}
		if c := outcomeValue(h); c != ClassUnknown {
			return c, strings.TrimSpace(t[:i])
		}
		return ClassUnknown, ""
	}
	return ClassUnknown, ""
}

// codeless23MailCount reports a text that opens with a count of messages
// or people and a verb ("500 emails were added to the queue", "250
// messages are waiting"): a dashboard's or a campaign tool's count, not a
// reply code (batch 23-codeless b: Bitrix24's queue over its daily limit).
func codeless23MailCount(body string) bool {
	if len(body) < 5 || body[3] != ' ' {
		return false
	}
	noun, rest, _ := strings.Cut(body[4:], " ")
	switch strings.ToLower(noun) {
	case "emails", "e-mails", "mails", "messages", "letters", "recipients", "contacts", "subscribers":
	default:
		return false
	}
	verb, _, _ := strings.Cut(rest, " ")
	switch strings.ToLower(verb) {
	case "were", "have", "has", "will", "are", "remain", "remaining", "added", "queued", "waiting", "pending", "left", "could", "cannot", "can't":
		return true
	}
	return false
}

var (
	// a hard bounce, the cause of a suppression
	codeless23HardBounce = []string{"hard bounced", "hard-bounced", "hard bounce", "hard-bounce", "hardbounce", "hardbounces", "hard bounces",
		"rebote duro", "rebotes duros", "rebote permanente", "rebond dur", "rebonds durs", "rimbalzo permanente", "hard bounce permanente",
		"falha permanente", "permanent failure", "permanent delivery failure", "échec permanent", "fallo permanente", "errore permanente", "dauerhafter fehler"}
	// a sending platform that holds the address: ineligible, flagged, not
	// written to again, put on a list
	codeless23HeldAddress = []string{"ineligible", "no longer eligible", "not eligible", "flagged as undeliverable", "marked as undeliverable", "marked undeliverable",
		"no longer send", "stops sending", "stop sending", "excluded from future", "not be contacted",
		"nicht angeschrieben", "nicht mehr angeschrieben", "nicht mehr kontaktiert", "gesperrt", "bloqueado para envíos", "no recibirá", "ne recevra plus",
		"adicionado à lista", "ajouté à la liste", "añadido a la lista", "agregado a la lista", "aggiunto alla lista", "zur liste hinzugefügt", "auf die liste gesetzt", "added to the list"}
	// a domain's verdict "wrong" or "incorrect" ("Delivery failure:
	// incorrect domain", "不正なドメイン", "yanlış alan adı", "domínio incorreto")
	codeless23WrongVerdicts = []string{"incorrect", "wrong", "incorrecto", "incorrecta", "incorreto", "incorreta", "errado", "errada", "equivocado", "equivocada", "errato", "errata", "sbagliato", "erroné", "falsch", "fehlerhaft",
		"yanlış", "hatalı", "不正な", "不正确", "不正確", "неверн", "неправильн", "błędn", "onjuist", "verkeerd",
		// a domain that no longer exists (batch 23-codeless b: "the email's domain name no longer exists")
		"no longer exists", "no longer exist", "does not exist anymore", "doesn't exist anymore"}
	// connectivity as a problem's subject ("problems with server
	// connectivity", "sunucu bağlantısıyla ilgili sorunlar", "サーバー接続の問題")
	codeless23Connectivity = []string{"connectivity", "conectividad", "conectividade", "connettività", "connectivité", "konnektivität", "verbindungsproblem",
		"sunucu bağlantısı", "bağlantı sorunu", "bağlantı hatası", "サーバー接続", "サーバ接続", "接続の問題", "接続障害", "连接问题", "連線問題", "連接問題", "проблемы с подключением", "проблемы соединения",
		"problemy z połączeniem", "verbindingsproblemen", "연결 문제"}
	// a server overloaded or saturated, in the large languages ("Rebote
	// temporal: saturación en el servidor")
	codeless23Saturated = []string{"saturación", "saturado", "saturada", "saturé", "saturée", "saturation", "saturato", "saturata", "saturação", "überlastet", "overloaded", "overload",
		// (batch 23-codeless b: "the server is swamped with messages")
		"swamped"}
)

var codeless23Rules = []rule{
	// a platform that holds an address after a hard bounce (HubSpot's
	// Global and Portal bounces, Zendesk's undeliverable flag, Clever
	// Elements' 60 days): the suppression convention's user-unknown
	{ID: "codeless23.hard-bounce-held", Any: codeless23HardBounce, With: codeless23HeldAddress,
		Not: []string{"soft bounce", "soft-bounce", "softbounce", "complaint", "as spam", "unsubscrib", "manual", "sender", "your account", "rebote suave", "rebote temporal"},
		Cat: UserUnknown, Pri: dash15Pri + 2,
		Summary: "The sending platform does not send to this address any more: an earlier message to it hard-bounced (an address that does not exist).",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before the platform's admin releases it."}},
	// an address "nicht existent" (Mailingwork's "Hardbounce: E-Mail-Adresse
	// nicht existent"), the adjective the German not-exist verdicts lack
	{ID: "codeless23.not-existent-de", Any: []string{"nicht existent", "nicht-existent", "nichtexistent"},
		With:    []string{"adresse", "empfänger", "postfach", "konto", "mailbox", "benutzer"},
		NotAlso: [][]string{intlSenderWords, intlDomainSubjects},
		Cat:     UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address does not exist at the receiving server."},
	// (batch 23-codeless b's kinds)
	// a server that may be down, as a bounce group's cause ("the
	// recipient's server could be down")
	{ID: "codeless23.server-maybe-down", Any: []string{"could be down", "may be down", "might be down", "may have been down", "could be offline", "may be offline", "might be offline"},
		With: codeless22ServerWords,
		Not:  []string{"our server", "our servers", "api"},
		Cat:  Network, Weak: true, Pri: conceptPri,
		Summary: "The receiving mail server was down or offline: it did not answer; the sending server retries."},
	// the receiver that blocked the sending server or its IP ("the
	// recipient's mail server has blocked your server"): the connecting
	// host refused by the receiver's own list (block-list convention), over
	// a recipient's block list of senders ("has blocked you")
	{ID: "codeless23.blocked-your-server", Any: []string{"blocked your server", "blocked your mail server", "blocked your sending server", "blocked your ip", "blocks your server",
		"blocks your mail server", "blocks your ip", "blocking your server", "blocking your mail server", "blocking your ip"},
		Cat: Reputation, Pri: codePri + 2,
		Summary: "The receiver refuses the sending server itself (its IP address or host is on the receiver's block list): a block on the host, not on this message.",
		Fix:     delistFix},
	// an address on a sending platform's blacklist after a complaint ("Envoi
	// bloqué : l'adresse figure dans la blacklist suite à une plainte"): the
	// suppression convention's policy, not a DNS blocklist
	{ID: "codeless23.complaint-list", Any: []string{"plainte", "complaint", "beschwerde", "queja", "reclamo", "reclamação", "жалоб", "klacht", "şikayet", "投诉", "投訴", "苦情", "신고"},
		With: []string{"blacklist", "liste noire", "black list", "blocklist", "block list", "suppression", "sperrliste", "lista negra", "черный список", "чёрный список", "zwarte lijst",
			"kara liste", "黑名单", "黑名單", "ブラックリスト", "블랙리스트"},
		Not: []string{"ip", "your server", "dnsbl", "spamhaus", "domain", "domaine", "rate", "taux", "too many"},
		Cat: Policy, Pri: codePri + 2,
		Summary: "The sending platform did not send: the recipient complained about earlier mail, and the platform holds the address on its own list.",
		Fix:     []string{"Do not send to the address unless the recipient asks again; remove it from the platform's list only with their consent."}},
	// the sender's address not verified, in other languages ("адрес
	// отправителя рассылки не был подтвержден"): a sending address not
	// verified at the service is sender-invalid (convention)
	{ID: "codeless23.sender-unverified-l10n", Any: []string{"адрес отправителя", "adresse de l'expéditeur", "adresse d'expédition", "adresse expéditeur", "dirección del remitente", "indirizzo del mittente",
		"endereço do remetente", "absenderadresse", "afzenderadres", "adres nadawcy", "gönderen adresi", "发件人地址", "發件人地址", "寄件者地址", "送信元アドレス", "差出人アドレス", "발신자 주소"},
		With: []string{"не подтвержден", "не был подтвержден", "не верифицирован", "non vérifié", "n'a pas été vérifié", "n'est pas vérifié", "no verificad", "no ha sido verificad", "non verificat",
			"non è stato verificat", "não verificad", "não foi verificad", "nicht verifiziert", "nicht bestätigt", "niet geverifieerd", "niezweryfikowan", "doğrulanmamış", "未验证", "未驗證",
			"認証されていません", "確認されていません", "인증되지 않"},
		Cat: SenderInvalid, Weak: true, Pri: conceptPri + 2,
		Summary: "The sending address is not verified at the sending service, which refuses to send from it."},
	// a domain said to be wrong or incorrect
	{ID: "codeless23.domain-wrong", Any: intlDomainSubjects, With: codeless23WrongVerdicts,
		Not:     []string{"ip", "dkim", "spf", "dmarc", "signature", "signing", "helo", "ehlo", "sender", "from address", "return-path", "password", "configur"},
		NotAlso: [][]string{intlSenderWords, intlSenderAddress},
		Cat:     HostUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient's domain is wrong: it does not exist or does not receive mail."},
	// server or network connectivity as the cause
	{ID: "codeless23.connectivity", Any: codeless23Connectivity,
		Not: []string{"internet connection", "your internet", "check your connection", "ip", "dns"},
		Cat: Network, Weak: true, Pri: conceptPri,
		Summary: "The connection to the receiving server failed; the sending server retries or gives up after its attempts."},
	// a network outage (an outage alone is a service's: esp13.outage)
	{ID: "codeless23.network-outage", Any: []string{"network outage", "network outages", "netzwerkausfall", "panne réseau", "panne de réseau", "caída de red", "interruzione di rete", "falha de rede", "сбой сети"},
		Cat: Network, Pri: conceptPri + 4,
		Summary: "A network outage kept the message from the receiving server; it goes through when the network is back."},
	// the receiving server overloaded or saturated
	{ID: "codeless23.server-saturated", Any: codeless23Saturated, With: codeless22ServerWords,
		Cat: ServerError, Weak: true, Pri: conceptPri,
		Summary: "The receiving server is overloaded; it takes mail again when the load falls."},
	// the receiving server unreachable, in German ("temporäre
	// Nicht-Erreichbarkeit des Empfangsservers")
	{ID: "codeless23.server-not-reachable-de", Any: []string{"nicht-erreichbarkeit", "nichterreichbarkeit", "nicht erreichbar", "unerreichbar"}, With: codeless22ServerWords,
		Cat: Network, Weak: true, Pri: conceptPri,
		Summary: "The receiving server could not be reached; the sending server retries."},
	// the receiving server could not be connected to
	{ID: "codeless23.server-not-connected", Any: []string{"could not be connected to", "couldn't be connected to", "cannot be connected to", "can't be connected to", "could not be found or connected"},
		With: codeless22ServerWords,
		Cat:  Network, Weak: true, Pri: conceptPri,
		Summary: "The receiving server could not be found or connected to; the sending server retries, then gives up."},
	// an address not formatted correctly (Jira Service Management's
	// "Email validation error")
	{ID: "codeless23.address-not-formatted", Any: []string{"not formatted correctly", "not correctly formatted", "incorrectly formatted", "formatted incorrectly", "improperly formatted",
		"not properly formatted", "badly formatted", "wrongly formatted"},
		With: []string{"address", "email", "e-mail"},
		Not:  []string{"sender", "from address", "header", "date"},
		Cat:  Syntax, Weak: true, Pri: conceptPri,
		Summary: "The address is not written as a valid email address (its format is wrong)."},
	// "invalid e-mail address" in Japanese, Chinese and Korean, read as the
	// convention reads it in the other languages (common22's
	// l10n-invalid-email-address): the address's form
	{ID: "codeless23.l10n-invalid-email-address-cjk", Any: []string{"メールアドレス", "電子メールアドレス", "邮件地址", "电子邮件地址", "郵件地址", "電子郵件地址", "이메일 주소", "전자 메일 주소"},
		With: []string{"無効な", "无效的", "無效的", "유효하지 않은"},
		Not:  []string{"宛先", "受信者", "收件人", "收件者", "수신자", "存在しません", "不存在", "존재하지", "送信者", "发件人", "發件人", "발신자", "無効になって"},
		Cat:  Syntax, Weak: true, Pri: conceptPri + 2,
		Summary: "The address is not written as a valid email address (its format is wrong)."},
	// a message still undeliverable a period after its first attempt: the
	// time ran out, over the bounce list it then goes to
	{ID: "codeless23.undeliverable-after-period", Any: []string{"hours after the first attempt", "days after the first attempt", "hours from the first attempt", "days from the first attempt",
		"hours since the first attempt", "days since the first attempt"},
		With: []string{"undeliverable", "not delivered", "undelivered", "could not be delivered"},
		Cat:  Expired, Pri: 24,
		Summary: "The message could not be delivered within the sending system's retry period, and it gave up."},
}
