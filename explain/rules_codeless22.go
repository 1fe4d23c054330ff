package explain

import "strings"

// Held-out batch 22-codeless (issue 10): text without a reply code as
// delivery services, newsletter tools, help pages and webmail say it — a
// bounce's group and its description ("Temporary errors: ..."), a cause in
// a sentence ("El servidor ... ha bloqueado la entrega"), a localized
// bounce's title ("Non recapitabile", "Недоставленное сообщение") — in
// English and the large languages (docs/heldout/heldout22-codeless.md).

// codeless22FailedWording are the titles that mail programs and webmail
// give a bounce in other languages, as English "Undeliverable" and
// "Undelivered message" are (Outlook's localized subject prefix, a
// webmail's "undelivered message" notice): a delivery outcome without its
// cause, permanent (classify.go joins them to the outcome wording).
var codeless22FailedWording = []string{"non recapitabile", "no se puede entregar", "não é possível entregar", "onbestelbaar", "niedostarczalne", "ej levererbart",
	"nedoručitelné", "nedoručiteľné", "kan ikke leveres", "kan ikke leveras", "недоставлено", "недоставленное сообщение", "недоставленное письмо", "ошибка доставки письма",
	"ошибка доставки сообщения", "无法传递", "邮件投递失败", "郵件投遞失敗", "邮件未送达", "郵件未送達", "未送达的邮件", "mensaje no entregado", "message non distribué",
	"messaggio non recapitato", "mensagem não entregue", "unzustellbare nachricht", "nicht zustellbare nachricht", "onbestelbaar bericht",
	// a delivery negated in the perfect tense, as webmail's bounce headline
	// says it ("Votre message n'a pas été distribué", "Tu mensaje no se ha
	// entregado", "メッセージは配信されませんでした")
	"n'a pas été distribué", "n'a pas été remis", "n'ont pas été distribués", "n'ont pas été remis", "no se ha entregado", "no ha sido entregado", "no fue entregado",
	"no se han entregado", "nie został dostarczony", "nie zostało dostarczone", "nie zostały dostarczone", "配信されませんでした", "配達されませんでした",
	// (batch 22-codeless b) a receiver that returned the message (收件方主動退信);
	// Polish "was not able to deliver"
	"主动退信", "主動退信", "被退信", "被退回", "nie udało się dostarczyć", "nie był w stanie dostarczyć", "nie była w stanie dostarczyć", "nie było w stanie dostarczyć",
	// (the probe after batch b) Dutch and German headlines
	"is niet bezorgd", "is niet afgeleverd", "zijn niet bezorgd", "zustellung nicht möglich", "zustellung ist nicht möglich", "nicht zustellbar"}

// codeless22RetryWording are the titles of a delay notice, a delivery not
// yet complete (Gmail's "Delivery incomplete"): an outcome without its
// cause, transient.
var codeless22RetryWording = []string{"delivery incomplete", "zustellung unvollständig", "distribution incomplète", "remise incomplète", "entrega incompleta",
	"consegna incompleta", "доставка не завершена",
	// (batch 22-codeless b) a message stuck in the client's outbox: not sent yet
	"stuck in the outbox", "stuck in outbox", "stuck in your outbox", "зависло в «исходящих»", "зависло в исходящих", "письмо зависло", "сообщение зависло", "hängt im postausgang", "bloqué dans la boîte d'envoi",
	"atascado en la bandeja de salida", "bloccato nella posta in uscita", "preso na caixa de saída", "送信トレイに残ったまま", "卡在发件箱", "卡在寄件匣"}

// codeless22TemporaryWording are words of a temporary state the class
// lists lack (batch 22-codeless b: Winestro's "Zeitweise Ablehnung").
var codeless22TemporaryWording = []string{"zeitweise", "zeitweilig"}

// codeless22StatedTemporary: a report's group named by its class, as
// "Soft bounce" is ("Transient / Policy Restrictions: ...", "Transient:
// the system was unable to deliver ..."), stated.
var codeless22StatedTemporary = []string{"transient"}

// codeless22HeadingStatus reads a localized status label that heads its
// description after a colon or a dash ("Diferido: el servidor del
// destinatario retrasa ...", "Rechazado – ..."), as codeless21DashedStatus
// reads an upper-case English constant: the label's class.
func codeless22HeadingStatus(t string) (Class, string) {
	if strings.IndexByte(t, '\n') >= 0 {
		return ClassUnknown, ""
	}
	// (batch 25-codeless: the full-width colon of Chinese and Japanese
	// labels, "失败：未传递邮件。", "延遲：郵件傳遞已延遲")
	for _, d := range [...]string{": ", " – ", " — ", " - ", "："} {
		i := strings.Index(t, d)
		if i <= 0 || i > 48 {
			continue
		}
		if strings.TrimSpace(t[i+len(d):]) == "" {
			return ClassUnknown, ""
		}
		if c := codeless21StatusLabel(t[:i]); c != ClassUnknown {
			return c, strings.TrimSpace(t[:i])
		}
		return ClassUnknown, ""
	}
	return ClassUnknown, ""
}

// codeless22KebabWords are the words of a label written with hyphens for
// spaces ("Bad-Connection", "Routing-error", "No-answer-from-host": a
// delivery service's reason categories) when the label stands alone or
// after a heading's colon: letters only, each part two letters or more,
// one part five or more. A word with a hyphen inside a sentence
// ("e-mail", "non-existent", "X-Spam") is not such a label. "" when there
// is none.
func codeless22KebabWords(s string) string {
	t := strings.TrimSpace(s)
	if i := strings.LastIndex(t, ": "); i >= 0 {
		t = strings.TrimSpace(t[i+2:])
	}
	t = strings.TrimRight(t, ".")
	if len(t) < 10 || len(t) > 48 || strings.IndexByte(t, '-') < 0 {
		return ""
	}
	parts := strings.Split(t, "-")
	long := false
	for _, p := range parts {
		if len(p) < 2 {
			return ""
		}
		for i := 0; i < len(p); i++ {
			if c := p[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return ""
			}
		}
		if len(p) >= 5 {
			long = true
		}
	}
	if !long {
		return ""
	}
	return strings.Join(parts, " ") + ". "
}

var (
	// the address as a typo's subject, in the large languages
	codeless22AddressWords = []string{"address", "adresse", "dirección", "direccion", "indirizzo", "endereço", "adres", "адрес", "アドレス", "地址", "주소", "emailadres", "e-mailadres",
		"e-mail", "email", "correo", "ящик", "宛先", "邮箱", "郵箱", "信箱"}
	// the receiving server or system as a cause's subject, in the large languages
	codeless22ServerWords = []string{"server", "servidor", "serveur", "serwer", "сервер", "sunucu", "サーバ", "服务器", "伺服器", "服務器", "서버", "mailserver", "empfangsserver",
		"mail system", "email system", "e-mail system", "receiver's system", "recipient's system", "receiving system"}
	// a server's temporary error ("Erreur temporaire serveur", "Временная ошибка сервера")
	codeless22TempError = []string{"temporary error", "temporary failure", "erreur temporaire", "error temporal", "error temporario", "errore temporaneo", "erro temporário",
		"erro temporario", "temporärer fehler", "vorübergehender fehler", "временная ошибка", "tymczasowy błąd", "tijdelijke fout", "geçici hata", "一時的なエラー", "一時エラー",
		"临时错误", "暂时性错误", "臨時錯誤", "暫時性錯誤", "일시적인 오류", "error in the receiver's system", "error in the recipient's system", "error on the receiving server",
		"error on the recipient's server"}
	// a server that could not be contacted ("Could not contact email server",
	// "无法与收件人的邮件服务器取得联系")
	codeless22NoContact = []string{"could not contact", "couldn't contact", "cannot contact", "can't contact", "unable to contact", "failed to contact", "couldn't be reached", "could not be reached", "can't be reached", "cannot be reached",
		"impossible de contacter", "impossible de joindre", "no se pudo contactar", "no se puede contactar", "imposible contactar", "impossibile contattare",
		"non è stato possibile contattare", "não foi possível contatar", "não foi possível contactar", "konnte nicht kontaktiert", "nicht kontaktiert werden",
		"не удалось связаться", "невозможно связаться", "nie można skontaktować", "kon geen contact", "取得联系", "取得聯繫", "无法联系", "無法聯繫", "联系不上", "連絡が取れ", "연결할 수 없"}
	// a mailbox closed after a long time unused ("Extended inactivity new
	// mail is not currently being accepted", "Account inactive as unread")
	codeless22Inactivity = []string{"inactivity", "inactivité", "inactividad", "inattività", "inatividade", "inaktivität", "неактивност", "nieaktywnoś", "inactiviteit",
		"長期間未使用", "長期未使用", "长期未使用", "長期未登入", "长期未登录", "長期間ログイン", "장기 미사용", "inactive as unread"}
	// an attachment or file too big in other languages ("Die angehängte Datei ist zu groß")
	codeless22FileWords = []string{"datei", "anhang", "fichier", "pièce jointe", "archivo", "adjunto", "allegato", "anexo", "arquivo", "вложени", "файл", "załącznik", "bijlage", "附件",
		// the message itself ("Le message est trop volumineux pour la boîte aux lettres du destinataire")
		"message", "nachricht", "mensaje", "messaggio", "mensagem", "сообщение", "письмо", "wiadomość", "bericht"}
	codeless22TooBigVerdict = []string{"zu groß", "zu gross", "trop volumineu", "trop gros", "trop grand", "demasiado grande", "troppo grande", "troppo grosso", "muito grande",
		"слишком больш", "za duż", "te groot", "太大", "过大", "過大"}
	// a virus found by the receiver ("このメールがウイルスに感染していると...判断")
	codeless22VirusWords   = []string{"ウイルス", "ウィルス", "病毒", "вирус", "바이러스"}
	codeless22VirusVerdict = []string{"感染", "検出", "検知", "判断", "含まれ", "检测", "檢測", "发现", "發現", "обнаружен", "заражен", "감염", "탐지"}
	// a block said as a noun, of a message ("Блокировка сообщения почтовым сервисом")
	codeless22BlockNouns = []string{"блокировка", "blocage", "bloqueo", "blocco", "bloqueio", "blokada", "sperrung", "blokkering", "拦截", "攔截"}
	codeless22MailNouns  = []string{"сообщени", "письм", "message", "mensaje", "messaggio", "mensagem", "wiadomoś", "nachricht", "bericht", "e-mail", "email", "correo", "邮件", "郵件"}
	// a receiver that blocked, said with the server as the agent ("El
	// servidor ... ha bloqueado la entrega"): the server's rule, not a
	// blocked mailbox
	codeless22AgentBlocked = []string{"ha bloqueado", "han bloqueado", "a bloqué", "ont bloqué", "ha bloccato", "hanno bloccato", "bloqueou", "hat blockiert", "haben blockiert",
		"заблокировал", "zablokował", "heeft geblokkeerd", "is blocking", "are blocking", "está bloqueando", "sta bloccando", "блокирует", "屏蔽了", "拦截", "攔截", "封锁了", "封鎖了", "ブロックした", "ブロックしている",
		// batch 23-codeless b: Korean ("이메일 서버가 이메일 수신을 차단했습니다")
		"차단했", "차단하였", "차단하고 있"}
)

var codeless22Rules = []rule{
	// a server's temporary error ("Erreur temporaire serveur"; "Temporary
	// errors: the delivery system found an error in the receiver's system")
	{ID: "codeless22.server-temp-error", Any: codeless22TempError, With: codeless22ServerWords,
		Not: []string{"dns", "resolver", "lookup", "name server"},
		Cat: ServerError, Weak: true, Pri: conceptPri,
		Summary: "The receiving server had a temporary error; the sending server retries."},
	// a server that could not be contacted
	{ID: "codeless22.server-no-contact", Any: codeless22NoContact, With: codeless22ServerWords,
		Cat: Network, Weak: true, Pri: conceptPri,
		Summary: "The receiving server could not be contacted; the sending server retries."},
	{ID: "codeless22.inactivity", Any: codeless22Inactivity,
		Not: []string{"connection", "session", "timeout", "time-out", "timed out", "idle", "conexión", "connexion", "verbindung", "соединени", "połączeni", "接続", "连接", "連線",
			"sitzung", "sesión", "séance", "sessione", "sessão", "сеанс", "сесси", "セッション", "会话", "會話",
			"sender", "your account", "expéditeur", "absender", "remitente", "mittente"},
		Cat: MailboxDisabled, Weak: true, Pri: conceptPri,
		Summary: "The recipient's mailbox was closed or suspended after a long time unused, and accepts no mail."},
	{ID: "codeless22.file-too-big", Any: codeless22FileWords, With: codeless22TooBigVerdict,
		Not: []string{"upload", "hochlad", "import", "télévers", "subir", "caricar", "carregar", "загруз", "przesłan", "uploaden", "上传", "上傳", "アップロード", "disk", "speicher"},
		Cat: MessageTooBig, Weak: true, Pri: conceptPri,
		Summary: "The message (or an attachment) is larger than the receiver accepts."},
	{ID: "codeless22.virus-found", Any: codeless22VirusWords, With: codeless22VirusVerdict,
		Cat: Virus, Weak: true, Pri: conceptPri,
		Summary: "The receiver's scanner found a virus in the message."},
	{ID: "codeless22.block-noun", Any: codeless22BlockNouns, With: codeless22MailNouns,
		Not: []string{"ip", "спам", "spam", "аккаунт", "account", "cuenta", "compte", "konto", "conta"},
		Cat: Policy, Weak: true, Pri: conceptPri,
		Summary: "The receiver blocked the message by its rules and gave no cause."},
	// the server as the agent of a block outranks a blocked mailbox
	// (concept.mailbox-disabled reads "destinatario" and "bloqueado")
	{ID: "codeless22.server-blocked", Any: codeless22ServerWords, With: codeless22AgentBlocked,
		Not: []string{"ip", "spam"},
		Cat: Policy, Weak: true, Pri: conceptPri + 16,
		Summary: "The receiving server blocked the delivery by its own rules and gave no cause."},
	// the receiving provider blocked the sender's address (收件人的邮件服务商屏蔽了您的邮件地址)
	{ID: "codeless22.address-blocked-zh", Any: []string{"屏蔽了", "拦截了", "攔截了", "封锁了", "封鎖了"}, With: []string{"地址", "邮箱", "郵箱", "发件人", "發件人"},
		Not: []string{"ip"},
		Cat: Policy, Weak: true, Pri: conceptPri + 16,
		Summary: "The receiver blocked the sender's address by its own list."},
	// the recipient's own junk-mail setting refuses the sender ("送信先に
	// 迷惑メール設定をされている"): the recipient's rule, not a spam verdict on
	// the content; a settings page's name alone is no outcome
	{ID: "codeless22.recipient-junk-setting", Any: []string{"迷惑メール設定", "迷惑メールフィルタ設定", "迷惑メールフィルター設定", "受信拒否設定", "迷惑メール対策設定", "拒收设置", "拒收設置"},
		With: []string{"されている", "されています", "をされ", "により", "のため", "が原因", "されて", "导致", "導致", "开启了", "開啟了"},
		Cat:  Policy, Pri: conceptPri + 16,
		Summary: "The recipient's own filter setting refuses mail from this sender."},
	// (batch 22-codeless b's kinds)
	// a typo in the address ("The recipient's email address contains a
	// typo", "опечатки", Dutch "spelfout in emailadres"): an address that
	// does not exist
	{ID: "codeless22.address-typo", Any: []string{"typo", "spelfout", "tikfout", "tippfehler", "faute de frappe", "faute d'orthographe", "error tipográfico", "error de escritura",
		"errore di battitura", "erro de digitação", "опечатк", "literówk", "yazım hatası", "入力ミス", "打错", "打錯", "輸入錯誤", "오타"},
		With:    codeless22AddressWords,
		NotAlso: [][]string{intlSenderWords, intlDomainSubjects},
		Cat:     UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address is mistyped: it does not exist at the receiving server."},
	// the recipient's capacity over ("送信先の容量オーバー"): a full mailbox,
	// not the message's size
	{ID: "codeless22.recipient-capacity-over", Any: []string{"容量オーバー", "容量がオーバー", "容量超過", "容量を超過", "容量を超え"},
		With: []string{"送信先", "相手", "受信者", "宛先", "受信トレイ", "メールボックス", "受信箱", "先方"},
		Not:  []string{"添付", "メールの容量", "1通", "一通", "サイズ", "メッセージの容量"},
		Cat:  MailboxFull, Weak: true, Pri: conceptPri,
		Summary: "The recipient's mailbox is full."},
	// a technical failure of the mail service ("Технические сбои сервиса ...
	// почтового сервиса")
	{ID: "codeless22.service-failure", Any: []string{"технические сбои", "технический сбой", "временные неполадки", "сбой сервера", "сбой сервиса", "panne technique",
		"falla técnica", "fallo técnico", "guasto tecnico", "falha técnica", "technische störung", "awaria techniczna", "技術的な障害", "システム障害", "技术故障", "系统故障", "系統故障"},
		With: []string{"почт", "письм", "mail", "courrier", "correo", "posta", "メール", "邮件", "郵件", "messag", "сервис", "service", "servizio", "serviço", "dienst", "serwis"},
		Cat:  ServerError, Weak: true, Pri: conceptPri,
		Summary: "The mail service had a technical failure; the message goes through once it is fixed."},
	// a refusal for the content's reasons ("E-Mail wurde aus inhaltlichen
	// Gründen abgelehnt"): the content, over a group named "Policy"
	{ID: "codeless22.content-reasons", Any: []string{"inhaltlichen gründen", "aus inhaltlichen", "raisons de contenu", "en raison de son contenu", "motivos de contenido",
		"por su contenido", "motivi di contenuto", "a causa del suo contenuto", "motivos de conteúdo", "por causa de seu conteúdo", "content reasons", "due to its content",
		"из-за содержимого", "ze względu na treść", "内容上の理由", "由于内容"},
		Cat: SpamContent, Weak: true, Pri: conceptPri + 4,
		Summary: "The receiver's filter refused the message for its content."},
	// a domain that does not exist, named as the subject ("Domena adresata
	// nie istnieje"): the domain, over the addressee's genitive
	{ID: "codeless22.domain-not-exist", Any: intlDomainSubjects, With: intlNotExistVerdicts,
		Not:     []string{"ip", "user", "benutzer", "utilisateur", "usuario", "utente", "usuário", "użytkownik", "пользовател", "gebruiker"},
		NotAlso: [][]string{intlSenderWords, intlSenderAddress},
		Cat:     HostUnknown, Weak: true, Pri: conceptPri + 6,
		Summary: "The recipient's domain does not exist or cannot be resolved."},
	// a receiver that does not accept mail from the sender's organization
	// (Exchange's NDR summary, "... no acepta mensajes de su organización")
	{ID: "codeless22.org-not-accepted", Any: []string{"from your organization", "from your organisation", "de su organización", "de votre organisation", "von ihrer organisation",
		"dalla tua organizzazione", "dalla sua organizzazione", "da sua organização", "da tua organização", "от вашей организации", "来自你的组织", "來自您的組織", "あなたの組織から"},
		With: []string{"doesn't accept", "does not accept", "won't accept", "no acepta", "n'accepte pas", "nimmt keine", "akzeptiert keine", "non accetta", "não aceita", "не принимает",
			"不接受", "不接收", "受け付けて"},
		Cat: Policy, Weak: true, Pri: conceptPri,
		Summary: "The recipient's mail system does not accept mail from the sender's organization (its own rules)."},
}
