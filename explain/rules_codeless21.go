package explain

import "strings"

// Held-out batch 21-codeless (issue 10): the short reason labels of
// delivery services, webmail bounce lists, status pages and SDKs in the
// languages their users paste (Japanese, Chinese, Korean, German, French,
// Spanish, Italian, Portuguese, Russian, Polish, Dutch, Turkish). A label
// has no sentence and often no word of mail ("宛先不明", "Boîte pleine",
// "Zugestellt", "被拒"): it is a concept in a language, and the gate accepts
// it when the concept is a delivery outcome's (docs/heldout/heldout21-codeless.md).

// codeless21StatusLabel reads the localized values of a delivery's status
// that stand alone, as English "Delivered", "Rejected" and "Retrying" do
// (statusValueClass): a delivery or a send that succeeded, a refusal, a
// failure or a bounce whose cause the label does not name (permanent), a
// delay, a queue or a retry (transient). The category is the rules' (a
// label that names a cause, "受信拒否", "Blocked", is read by them), else
// unknown. Lower case; the plural forms that name a mail folder ("Enviados",
// "Wysłane", "Отправленные") are not listed. Case and closing punctuation
// do not count; a switch, so that nothing is built at start.
func codeless21StatusLabel(v string) Class {
	switch strings.ToLower(strings.TrimRight(strings.TrimSpace(v), ".。!！")) {
	// a delivery or a send that succeeded
	case "配信完了", "送信完了", "送信済み", "送信済", "配信済み", "配信済", "配送完了", "送信成功", "配信成功", "到達", "已送达", "送达", "成功送达", "投递成功", "发送成功", "已发送", "已投递", "已送達", "送達", "傳送成功",
		"發送成功", "投遞成功", "已傳送", "已發送", "已投遞", "전송 완료", "발송 완료", "발송 성공", "전송 성공", "전달됨", "배달됨", "발송됨", "전송됨", "전달 완료", "배달 완료", "zugestellt",
		"erfolgreich zugestellt", "gesendet", "versendet", "versandt", "erfolgreich gesendet", "erfolgreich versendet", "ausgeliefert",
		"zustellung erfolgreich", "distribué", "remis", "délivré", "envoyé", "livré", "envoyé avec succès", "distribué avec succès", "remis avec succès",
		"entregado", "entregada", "enviado", "enviada", "enviado correctamente", "entregado correctamente", "enviado con éxito", "entregado con éxito",
		"consegnato", "consegnata", "inviato", "inviata", "recapitato", "recapitata", "inviato con successo", "consegnato con successo",
		"recapitato con successo", "entregue", "enviado com sucesso", "entregue com sucesso", "enviada com sucesso", "доставлено", "доставлен",
		"доставлена", "отправлено", "отправлен", "отправлена", "успешно отправлено", "успешно доставлено", "письмо доставлено", "dostarczono",
		"dostarczona", "dostarczone", "wysłano", "wysłana", "wysłano pomyślnie", "dostarczono pomyślnie", "afgeleverd", "bezorgd", "verzonden",
		"succesvol verzonden", "succesvol afgeleverd", "succesvol bezorgd", "teslim edildi", "gönderildi", "başarıyla gönderildi",
		"başarıyla teslim edildi", "iletildi",
		// (batch 26-codeless) sv, da, nb, fi, cs, hu, ro
		"levererad", "levererat", "skickad", "skickat", "leveret", "levert", "sendt", "toimitettu", "lähetetty", "doručeno", "odesláno",
		"kézbesítve", "elküldve", "livrat", "trimis":
		return ClassSuccess
	// a refusal, a failure or a bounce whose cause the label does not name
	case "拒否されました", "拒否", "不達", "配信不能", "配信不可", "バウンス", "ハードバウンス", "エラー終了", "配信エラー", "送信エラー", "被拒", "被拒绝", "已拒绝", "退信", "已退信", "退回", "已退回", "硬退信", "投递失败",
		"发送失败", "失败", "被拒絕", "已拒絕", "已退回郵件", "投遞失敗", "傳送失敗", "發送失敗", "失敗", "거부됨", "거부", "반송", "반송됨", "실패", "발송 실패", "전송 실패", "abgelehnt", "zurückgewiesen",
		"fehlgeschlagen", "unzustellbar", "nicht zugestellt", "zustellung fehlgeschlagen", "versand fehlgeschlagen", "rejeté", "refusé", "échoué", "échec",
		"non distribué", "non remis", "échec de l'envoi", "échec de la distribution", "rejeté par le serveur", "refusé par le serveur", "rechazado",
		"rechazada", "rebotado", "fallido", "no entregado", "envío fallido", "rechazado por el servidor", "rifiutato", "rifiutata", "respinto", "fallito",
		"non consegnato", "non recapitato", "invio fallito", "rifiutato dal server", "rejeitado", "rejeitada", "recusado", "falhou", "não entregue",
		"envio falhou", "falha no envio", "falha na entrega", "rejeitado pelo servidor", "отклонено", "отклонен", "отклонён", "не доставлено",
		"ошибка доставки", "отклонено сервером", "ошибка отправки", "odrzucono", "odrzucona", "odrzucone", "nie dostarczono", "niedostarczona",
		"błąd wysyłki", "błąd doręczenia", "geweigerd", "afgewezen", "mislukt", "niet afgeleverd", "niet bezorgd", "verzenden mislukt",
		"bezorging mislukt", "reddedildi", "başarısız", "teslim edilemedi", "gönderilemedi", "gönderim başarısız",
		// (batch 26-codeless) sv, da, nb, fi, cs, hu, ro
		"misslyckad", "misslyckades", "avvisad", "studsade", "mislykkedes", "mislyktes", "afvist", "avvist", "epäonnistunut", "epäonnistui",
		"hylätty", "nedoručeno", "selhalo", "odmítnuto", "sikertelen", "elutasítva", "eșuat", "eşuat", "respins":
		return ClassPermanent
	// a delay, a queue or a retry
	case "配信遅延", "遅延", "再送中", "再送待ち", "送信待ち", "保留", "保留中", "配信待ち", "再試行中", "再送予定", "投递延迟", "延迟", "延迟投递", "等待重试", "重试中", "排队中", "待发送", "延遲傳送", "延遲", "投遞延遲",
		"重試中", "等待重試", "佇列中", "待傳送", "발송 지연", "전송 지연", "지연", "재시도 중", "재시도", "대기 중", "발송 대기", "전송 대기", "재전송 대기", "verzögert", "zustellung verzögert",
		"zurückgestellt", "wird erneut versucht", "in warteschlange", "in der warteschlange", "ausstehend", "erneuter versuch", "différé", "retardé",
		"en attente", "remise différée", "nouvelle tentative", "nouvelle tentative en cours", "en file d'attente", "distribution retardée", "diferido",
		"retrasado", "pendiente", "en cola", "reintentando", "reintento", "entrega retrasada", "entrega diferida", "differito", "ritardato", "in attesa",
		"in coda", "nuovo tentativo", "nuovo tentativo in corso", "consegna ritardata", "consegna differita", "adiado", "atrasado", "pendente", "na fila",
		"nova tentativa", "nova tentativa agendada", "tentando novamente", "entrega atrasada", "entrega adiada", "отложено", "задержано", "в очереди",
		"ожидает", "повторная попытка", "доставка задерживается", "доставка отложена", "ожидает отправки", "opóźnione", "odroczone", "w kolejce",
		"oczekuje", "ponowna próba", "opóźnione doręczenie", "oczekujące", "vertraagd", "uitgesteld", "in wachtrij", "wachtend", "nieuwe poging",
		"vertraagde bezorging", "bezorging vertraagd", "ertelendi", "gecikti", "kuyrukta", "beklemede", "yeniden deneniyor", "teslimat gecikti",
		"gecikmeli",
		// (batch 26-codeless) sv, da, nb, fi, cs, hu, ro
		"försenad", "i kö", "väntar", "forsinket", "i kø", "viivästynyt", "jonossa", "zpožděno", "ve frontě", "késleltetve", "sorban áll",
		"întârziat", "în așteptare":
		return ClassTransient
	}
	return ClassUnknown
}

var (
	// the recipient's address said as a bare noun, as a label's subject
	// ("Adresse inexistante", "Dirección no existe", "Endereço inexistente")
	codeless21AddressWords = []string{"adresse", "dirección", "direccion", "indirizzo", "endereço", "endereco", "adres", "adresa", "адрес", "アドレス", "地址", "주소",
		"odbiorca", "ontvanger", "alıcı adresi", "e-posta adresi", "kullanıcı",
		// batch 21-codeless b: the user in Traditional Chinese, the Dutch e-mail account
		"使用者", "e-mailaccount"}
	// a label's verdict "unknown" or "none" that the sentence families lack
	// ("受信者不明", "ドメイン不明", "Bilinmeyen alıcı", "도메인 없음")
	codeless21UnknownLabels = []string{"不明", "bilinmeyen", "nieznany", "nieznana", "未知"}
	// a domain's verdict in a label: invalid or none ("收件域名无效", "도메인 없음")
	codeless21DomainVerdicts = []string{"无效", "無效", "無効", "없음", "geçersiz", "错误", "錯誤", "誤り", "間違い"}
	// an address's format or syntax as a label's subject ("地址格式错误",
	// "Format d'adresse invalide", "Ungültiges Adressformat")
	codeless21AddressFormat = []string{"アドレス形式", "アドレスの形式", "アドレスの書式", "地址格式", "邮箱格式", "郵箱格式", "信箱格式", "邮件地址格式", "郵件地址格式", "주소 형식", "이메일 형식", "메일 형식",
		"adressformat", "adressenformat", "format d'adresse", "format de l'adresse", "format d'e-mail", "format de l'e-mail", "formato de dirección", "formato de la dirección", "formato de correo",
		"formato indirizzo", "formato dell'indirizzo", "formato email", "formato e-mail", "formato de endereço", "formato do endereço", "формат адреса", "формат email", "формат e-mail",
		"format adresu", "adresformaat", "adres biçimi", "adres formatı", "e-posta biçimi", "e-posta formatı"}
	// a format's verdict: invalid, wrong, malformed
	codeless21FormatVerdicts = []string{"错误", "錯誤", "エラー", "오류", "不正", "正しくありません", "不正确", "不正確", "不对", "잘못", "incorrect", "incorrecto", "incorrecta", "errato", "errata",
		"incorreto", "incorreta", "błędny", "onjuist", "hatalı", "yanlış", "falsch",
		// batch 27-langb: the format's check failed (Tencent Cloud SES's "邮箱地址格式预检查失败")
		"检查失败", "校验失败", "检验失败", "檢查失敗", "チェックに失敗", "검사 실패", "échec de la vérification", "prüfung fehlgeschlagen"}
)

// codeless21SoftBounce and codeless21HardBounce name a bounce's class in
// the languages of delivery services' reports (Stibee's 소프트바운스,
// "Rebond dur", "Bounce do tipo TRANSITÓRIO", 恒久的な不達): each is a
// delivery outcome and states its class, as English "soft bounce" and
// "hard bounce" do (classify.go joins them to the stated and the outcome
// wording).
var (
	codeless21SoftBounce = []string{"소프트바운스", "소프트 바운스", "ソフトバウンス", "软退信", "軟退信", "rebond doux", "rebond léger", "rebote soft", "rebote blando",
		"rebote temporal", "rebotado temporal", "rimbalzo temporaneo", "rimbalzo soft", "tipo transitório", "bounce transitório", "мягкий возврат", "мягкий отказ",
		"軟退件", "软退件", "軟彈跳", "软弹跳", "軟彈回", "软弹回",
		"miękkie odbicie", "tymczasowe odbicie", "zachte bounce", "geçici geri dönüş", "一時的な不達", "一時的に不達", "临时退信", "暂时性退信", "일시적인 전송 실패"}
	codeless21HardBounce = []string{"하드바운스", "하드 바운스", "ハードバウンス", "硬退信", "rebond dur", "rebond permanent", "rebote hard", "rebote duro", "rebote permanente",
		"rebotado permanente", "rimbalzo permanente", "rimbalzo hard", "tipo permanente", "bounce permanente", "жёсткий возврат", "жесткий возврат", "жёсткий отказ",
		"硬退件", "確認退件", "确认退件", "硬彈跳", "硬弹跳", "硬彈回", "硬弹回",
		"жесткий отказ", "twarde odbicie", "harde bounce", "kalıcı geri dönüş", "恒久的な不達", "永続的なエラー", "永続的な不達", "永久性退信"}
	// Japanese "could not deliver" in its humble form (CloudSign's
	// "メールを正常にお届けすることができませんでした"), as outcome.go's
	// outcomeFailedWording has the plain one
	codeless21FailedWording = []string{"お届けすることができませんでした", "お届けすることができません", "お届けすることが出来ませんでした", "配信することができませんでした"}
)

// codeless21LoginBan are the words of a block or a ban after too many failed
// logins. Without a code such a block is temporary: it lifts after its
// period (minutes to hours), and the corrected credentials work then
// (docs/explain.md, "Labelling conventions"); with a code, the code's class
// decides. A permanent word in the text still wins (wordingClass).
var codeless21LoginBan = []string{"too many failed login", "too many login attempts", "too many failed attempts to log in", "too many authentication failures",
	"too many auth failures", "failed login attempts", "tentativi di accesso errati", "tentativi di accesso falliti", "troppi tentativi di accesso",
	"trop grand nombre de tentatives", "tentatives de connexion échouées", "zu viele fehlgeschlagene", "fehlgeschlagene anmeldeversuche", "fehlgeschlagener anmeldeversuche",
	"demasiados intentos", "intentos fallidos de inicio de sesión", "intentos de inicio de sesión fallidos", "muitas tentativas", "tentativas de login falhadas",
	"слишком много неудачных попыток", "неудачных попыток входа", "zbyt wiele nieudanych prób", "nieudanych prób logowania", "te veel mislukte", "mislukte inlogpogingen",
	"çok fazla başarısız", "登录失败次数过多", "登入失敗次數過多", "ログイン失敗回数", "ログインの失敗が続", "로그인 실패 횟수",
	// held-out batch 22-prov: a lockout named as such (Xtra Mail's "Lockout: you tried signing on too many times with an incorrect password"; not "locked out", which an API's USER_LOCKED_OUT shares: esp13)
	"lockout", "too many times with an incorrect password", "too many times with the wrong password"}

// codeless21DashedStatus reads a status value that opens a one-line text
// and is explained after a dash ("DELIVERED — сообщение успешно
// доставлено", "SENT - message queued for sending"): a service's status
// table pasted with its description. Only an upper-case constant that is
// a delivery's outcome (outcomeValue) or "SENT" counts.
func codeless21DashedStatus(t string) (Class, string) {
	j := 0
	for j < len(t) && (t[j] >= 'A' && t[j] <= 'Z' || t[j] == '_') {
		j++
	}
	if j < 4 || strings.IndexByte(t, '\n') >= 0 {
		return ClassUnknown, ""
	}
	rest, ok := "", false
	for _, d := range [...]string{" — ", " – ", " - "} {
		if rest, ok = strings.CutPrefix(t[j:], d); ok {
			break
		}
	}
	if !ok || strings.TrimSpace(rest) == "" {
		return ClassUnknown, ""
	}
	v := strings.ToLower(t[:j])
	if v == "sent" {
		return ClassSuccess, t[:j]
	}
	return outcomeValue(v), t[:j]
}

// codeless21Rules read the concepts of a short reason label whose words the
// sentence families (rules_intl7.go, rules_intl13.go) lack: a bare address
// as the subject, the verdicts "不明" and "bilinmeyen", a stopped account,
// an address's format, a server that cannot be reached, too many sends, a
// message over its size, a refusal of the sender or the sending IP, the
// mail volume or the server's capacity at its limit, a mailbox moved.
var codeless21Rules = []rule{
	{ID: "codeless21.label-address-unknown", Any: codeless21AddressWords, With: codeless21UnknownLabels, WithAlso: [][]string{intlNotExistVerdicts},
		Not:     []string{"sender", "mail from", "ip", "dns", "url", "web", "服务器", "サーバ", "server", "serveur", "servidor", "сервер"},
		NotAlso: [][]string{intlDomainSubjects, intlSenderWords, intlSenderAddress, codeless21AddressFormat},
		Cat:     UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address does not exist at the receiving server."},
	{ID: "codeless21.label-user-unknown", Any: intlMailboxSubjects, With: codeless21UnknownLabels,
		Not: []string{"sender", "mail from"}, NotAlso: [][]string{intlDomainSubjects, intlSenderWords},
		Cat: UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address does not exist at the receiving server."},
	{ID: "codeless21.label-domain-unknown", Any: intlDomainSubjects, With: codeless21DomainVerdicts, WithAlso: [][]string{codeless21UnknownLabels},
		Not: []string{"ip"}, NotAlso: [][]string{intlSenderWords, intlSenderAddress},
		Cat: HostUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient's domain does not exist or cannot be resolved."},
	// the domain as Microsoft's Turkish names it ("etki alanı")
	{ID: "codeless21.label-domain-unknown-tr", Any: []string{"etki alanı"}, With: codeless21DomainVerdicts, WithAlso: [][]string{codeless21UnknownLabels, intlNotExistVerdicts},
		Not: []string{"ip"}, NotAlso: [][]string{intlSenderWords, intlSenderAddress},
		Cat: HostUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient's domain does not exist or cannot be resolved."},
	{ID: "codeless21.label-account-stopped", Any: intlMailboxSubjects, With: []string{"停止", "利用停止", "停用中", "정지됨",
		// not active ("La casella di posta non è attiva"; held-out batch 21-codeless)
		"non è attiv", "non attiv", "n'est pas actif", "n'est pas active", "no está activ", "não está ativ", "nicht aktiv", "не активн", "nie jest aktywn", "niet actief",
		"aktif değil", "有効ではありません", "未激活", "未啟用", "활성화되지 않"},
		Not: []string{"送信", "发送", "發送", "발송", "sending"}, NotAlso: [][]string{intlSenderWords},
		Cat: MailboxDisabled, Weak: true, Pri: conceptPri,
		Summary: "The recipient's mailbox exists but is stopped or suspended, and accepts no mail."},
	{ID: "codeless21.label-address-format", Any: codeless21AddressFormat, With: codeless21FormatVerdicts, WithAlso: [][]string{intlInvalidVerdicts},
		Cat: Syntax, Weak: true, Pri: conceptPri + 2,
		Summary: "The address is not written as a valid email address (its format is wrong)."},
	{ID: "codeless21.label-server-unreachable", Any: []string{"服务器", "伺服器", "服務器", "主机", "servidor", "serveur", "server", "serwer", "сервер", "sunucu", "サーバ", "서버"},
		With: []string{"不可达", "不可達", "无法连接", "無法連線", "無法連接", "连接失败", "連線失敗", "inalcanzable", "接続できません", "接続不可", "연결 실패"},
		Cat:  Network, Weak: true, Pri: conceptPri,
		Summary: "The receiving server could not be reached; the sending server retries."},
	{ID: "codeless21.label-connect-timeout", Any: []string{"délai de connexion dépassé", "délai de connexion expiré", "przekroczono czas połączenia", "upłynął limit czasu połączenia",
		"limit czasu połączenia", "時間切れ(接続)", "接続時間切れ"},
		Cat: Network, Weak: true, Pri: conceptPri,
		Summary: "The connection to the receiving server timed out; the sending server retries."},
	{ID: "codeless21.label-too-many-sends", Any: []string{"送信数", "送信件数", "送信通数", "发信数", "发信量", "发送频率", "發送頻率", "傳送頻率", "envois", "envíos", "envios", "invii", "wysyłek", "отправок", "gönderim", "verzendingen"},
		With: []string{"超過", "超限", "超出", "trop d", "demasiados", "troppi", "em excesso", "excesso", "za dużo", "zbyt wiele", "слишком много", "atteinte", "alcanzado", "raggiunto",
			"atingido", "erreicht", "достигнут", "przekroczon", "overschreden", "aşıldı", "dépassé", "excedido", "superato"},
		Cat: RateLimited, Weak: true, Pri: conceptPri,
		Summary: "The sender sent more messages than the service or the receiver allows in a period; it lifts when the period ends."},
	{ID: "codeless21.label-too-big", Any: []string{"邮件大小", "郵件大小", "郵件", "邮件", "wiadomość", "wiadomości", "zpráva"},
		With: []string{"超限", "過大", "过大", "za duż", "太大", "超過限制", "超出限制"},
		Not:  []string{"邮箱", "信箱", "郵箱", "skrzynk", "数量", "數量", "频率", "頻率", "发信数"},
		Cat:  MessageTooBig, Weak: true, Pri: conceptPri,
		Summary: "The message (or an attachment) is larger than the receiver accepts."},
	// (the sender as Japanese ESPs' reason lists name it, "発信者"; a
	// bare "送信者拒否", "Sender rejected" is read as the sender's address,
	// intl13.l10n-sender-refused)
	{ID: "codeless21.label-sender-refused", Any: []string{"発信者", "発信元アドレス", "発信者アドレス", "発信元"},
		With: []string{"拒否", "被拒", "拒绝", "拒絕"},
		Cat:  Policy, Weak: true, Pri: conceptPri,
		Summary: "The receiver refused the sender (its address or domain) by its own rules."},
	{ID: "codeless21.label-recipient-refused", Any: []string{"收件人", "收件者", "收信人"},
		With: []string{"被拒", "拒绝", "拒絕"},
		// a connection to the recipient's server refused is the network's ("与收件人服务器的连接被拒绝"; batch 22-lang);
		// a recipient refused for relaying is intl9.relay-denied's ("非本域收件人，拒绝中继"; batch 26-alla)
		Not: []string{"连接", "連線", "連接", "中继", "中繼", "中継"},
		Cat: Policy, Weak: true, Pri: conceptPri,
		Summary: "The receiver refused the message for this recipient by its own rules."},
	{ID: "codeless21.label-ip-refused", Any: []string{"ip"},
		With: []string{"被拒", "被拒绝", "被拒絕", "拒否", "被封", "屏蔽", "封禁",
			// batch 23-codeless: a server that blocks the IP, in the large languages ("el servidor receptor bloquea la dirección IP del remitente")
			"bloquea", "bloquean", "bloqueia", "blockiert", "blocca", "bloque l", "bloquent", "блокирует", "blokuje", "blokkeert", "engelliyor"},
		Cat: Reputation, Weak: true, Pri: conceptPri,
		Summary: "The receiver refused the sending IP address (its reputation or a block list)."},
	{ID: "codeless21.label-volume-limit", Any: []string{"メールの量", "受信量", "メール量", "受信数"},
		With: []string{"限界", "上限", "超え", "超過"},
		Cat:  RateLimited, Weak: true, Pri: conceptPri,
		Summary: "The receiver takes no more mail for now: the volume it accepts in a period is used up."},
	{ID: "codeless21.label-server-capacity", Any: []string{"サーバの容量", "サーバーの容量", "サーバ容量", "サーバー容量", "服务器容量", "服务器空间", "伺服器容量"},
		With: []string{"一杯", "いっぱい", "不足", "已满", "已滿"},
		Cat:  ServerError, Weak: true, Pri: conceptPri,
		Summary: "The receiving server is out of storage; it takes mail again when space is freed."},
	{ID: "codeless21.label-mailbox-moved", Any: []string{"メールボックス", "アドレス", "宛先", "邮箱", "郵箱", "信箱", "메일함"},
		With: []string{"移動", "移転", "迁移", "搬迁", "遷移", "이전됨"},
		Cat:  Moved, Weak: true, Pri: conceptPri,
		Summary: "The recipient's mailbox moved to another address, and mail is not forwarded."},
	{ID: "codeless21.label-mailbox-full", Any: []string{"caixa", "postvak", "postbak"}, With: []string{"cheia", "cheio", "lotada", "vol"},
		Not: []string{"volume", "caixa de entrada cheia de"},
		Cat: MailboxFull, Weak: true, Pri: conceptPri,
		Summary: "The recipient's mailbox is full."},
	{ID: "codeless21.label-blocked", Any: []string{"bloqueado", "bloqueada", "bloccato", "bloccata", "заблокировано", "zablokowano", "geblokkeerd", "engellendi", "blockiert", "bloqué", "bloquée",
		"ブロックされました", "被屏蔽", "已屏蔽", "已阻止", "차단됨",
		// the Polish passive (held-out batch 22-codeless b: "Wiadomość została zablokowana")
		"została zablokowana", "zostało zablokowane", "został zablokowany"},
		Not: []string{"pago", "pagamento", "zahlung", "paiement", "płatność", "платеж", "платёж", "karta", "cartão", "tarjeta", "carta", "karte", "carte"},
		Cat: Policy, Weak: true,
		Summary: "The receiver blocked the message by its rules and gave no cause."},
	{ID: "codeless21.label-spam", Any: []string{"スパム", "迷惑メール", "스팸", "垃圾邮件", "垃圾郵件"},
		With: []string{"検出", "判定", "として", "차단", "분류", "판정", "被判", "识别为", "識別為",
			"거부", "拒否", "拒绝", "拒收", "拒絕"}, // (batch 22-codeless probe: "스팸으로 거부됨")
		Not: []string{"フォルダ", "设置", "設定", "설정", "폴더", "箱"},
		Cat: SpamContent, Weak: true, Pri: conceptPri,
		Summary: "The receiver's filter took the message for spam."},
	// (held-out batch 21-codeless's kinds)
	// a wrong address, said as a group of bounce replies ("Indirizzo
	// errato", "Fehlerhafte Adressierung"): the address does not exist there
	{ID: "codeless21.label-wrong-address", Any: []string{"indirizzo", "adressierung", "adresse", "dirección", "endereço", "adres", "адрес", "アドレス", "宛先", "地址", "주소",
		"wrong address", "incorrect address", "wrong email address", "incorrect email address"},
		With: []string{"errato", "errata", "sbagliato", "fehlerhaft", "falsch", "erronée", "incorrecte", "equivocad", "errónea", "erroneo", "incorret", "errado", "błędny",
			"onjuist", "verkeerd", "yanlış", "hatalı", "неверный", "неправильный", "間違い", "誤り", "错误", "錯誤", "잘못된", "wrong", "incorrect"},
		Not:     []string{"sender", "ip", "server", "serveur", "servidor", "сервер", "サーバ", "服务器"},
		NotAlso: [][]string{intlDomainSubjects, intlSenderWords, intlSenderAddress, codeless21AddressFormat},
		Cat:     UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address is wrong: it does not exist at the receiving server."},
	// the part after the @ wrong or unknown ("宛先が存在しない(@の後に間違いがある)"):
	// the domain, not the user
	{ID: "codeless21.label-after-at", Any: []string{"@の後", "@の後ろ", "@より後", "@后", "@後"}, With: []string{"間違い", "誤り", "错误", "錯誤"}, WithAlso: [][]string{intlNotExistVerdicts},
		Cat: HostUnknown, Weak: true, Pri: conceptPri + 8,
		Summary: "The recipient's domain (the part after the @) is wrong or does not exist."},
	// the receiving server down, offline, or out of line ("inattivo o
	// offline", "no está en línea"): the server, not the mailbox
	{ID: "codeless21.label-server-down", Any: []string{"server", "servidor", "serveur", "serwer", "сервер", "sunucu", "サーバ", "服务器", "伺服器", "서버"},
		With: []string{"offline", "non in linea", "no está en línea", "fuera de línea", "hors ligne", "não está online", "fora do ar", "nicht online", "ダウン", "宕机", "다운"},
		Cat:  Network, Weak: true, Pri: conceptPri + 8,
		Summary: "The receiving server is down or offline; the sending server retries."},
	// a communication failure or a time-out that stopped the delivery's
	// processing ("通信障害などで、処理が中断された")
	{ID: "codeless21.label-comm-failure", Any: []string{"通信障害", "通信エラー", "タイムアウト", "時間切れ", "网络故障", "通信故障", "網路故障", "통신 장애", "통신 오류", "타임아웃"},
		With: []string{"処理", "配信", "送信", "接続", "メール", "投递", "发送", "傳送", "발송", "전송"},
		Cat:  Network, Weak: true, Pri: conceptPri,
		Summary: "The connection to the receiving server failed or timed out; the sending server retries."},
	// the receiving server's hardware, technical problems or disk
	// ("Hardware Probleme beim Empfangsserver", "相手先サーバのディスク容量不足")
	{ID: "codeless21.label-server-trouble", Any: []string{"empfangsserver", "mailserver", "server", "servidor", "serveur", "serwer", "сервер", "sunucu", "サーバ", "服务器", "伺服器", "서버"},
		With: []string{"hardware", "technische probleme", "technischen problem", "problemi tecnici", "problèmes techniques", "problème technique", "problemas técnicos", "технические проблемы",
			"problemy techniczne", "technische problemen", "teknik sorun", "技術的な問題", "技术问题", "技術問題", "기술적 문제", "ディスク容量", "磁盘空间", "디스크 용량", "espace disque",
			"espacio en disco", "spazio su disco", "espaço em disco", "места на диске", "miejsca na dysku", "schijfruimte", "disk alanı"},
		Cat: ServerError, Weak: true, Pri: conceptPri,
		Summary: "The receiving server has a technical problem (its hardware or its storage); it takes mail again once that is fixed."},
	// filtered by the receiving server ("Filterung vom Empfangsserver")
	{ID: "codeless21.label-server-filtered", Any: []string{"filterung", "gefiltert", "filtrage", "filtré", "filtrado", "filtrato", "filtrata", "filtrando", "filtrowan", "gefilterd",
		"filtrelendi", "フィルタ", "过滤", "過濾", "필터", "filtered by"},
		With: []string{"empfangsserver", "server ricevente", "serveur de réception", "serveur destinataire", "servidor de destino", "servidor receptor", "serwer odbiorcy",
			"receiving server", "recipient server", "受信サーバ", "相手先サーバ", "收件服务器", "对方服务器", "수신 서버"},
		Cat: Policy, Weak: true, Pri: conceptPri,
		Summary: "The receiving server filtered the message by its own rules and gave no cause."},
	// an IP block said as one word ("IP-Sperren", "IP封禁")
	{ID: "codeless21.label-ip-block", Any: []string{"ip-sperre", "ip-sperren", "ip gesperrt", "blocage ip", "blocage de l'ip", "bloqueo de ip", "bloqueo ip", "blocco ip", "bloqueio de ip",
		"blokada ip", "ip-blokkade", "ip engeli", "ipブロック", "ip封禁", "ip 차단", "ip차단"},
		Cat: Reputation, Weak: true, Pri: conceptPri,
		Summary: "The receiver blocks the sending IP address (its reputation or a block list)."},
	// the message's content refused ("bloccato a causa di contenuto", "メールの内容が拒否された")
	{ID: "codeless21.label-content-refused", Any: []string{"内容", "內容", "本文", "コンテンツ", "contenu", "contenido", "contenuto", "conteúdo", "inhalt", "содержим", "treść", "inhoud", "içerik", "내용"},
		With: []string{"拒否", "被拒", "拒绝", "拒絕", "거부", "rejeté", "refusé", "bloqué", "rechazado", "bloqueado", "rifiutato", "bloccato", "rejeitado", "abgelehnt", "blockiert",
			"ブロック", "屏蔽", "拦截", "攔截", "차단", // (batch 23-codeless b: "コンテンツが原因でブロックされた")
			"отклонен", "заблокирован", "odrzucon", "zablokowan", "geweigerd", "geblokkeerd", "reddedildi", "engellendi"},
		Cat: SpamContent, Weak: true, Pri: conceptPri + 4,
		Summary: "The receiver's filter refused the message for its content."},
	// an attachment refused ("添付ファイルが拒否された")
	{ID: "codeless21.label-attachment-refused", Any: []string{"添付ファイル", "添付", "附件", "첨부"}, With: []string{"拒否", "被拒", "拒绝", "拒絕", "거부", "차단"},
		Cat: Policy, Weak: true, Pri: conceptPri,
		Summary: "The receiver's policy refused the attachment."},
	// a mailbox whose storage is tight ("容量が逼迫")
	{ID: "codeless21.label-storage-tight", Any: []string{"メールボックス", "受信箱", "邮箱", "信箱", "郵箱"}, With: []string{"逼迫", "ひっ迫"},
		Cat: MailboxFull, Weak: true, Pri: conceptPri,
		Summary: "The recipient's mailbox is (nearly) full."},
	// a delivery reported in a sentence in other languages ("votre message a
	// été remis", "成功到达对方邮箱"), as wording.delivered reads English
	{ID: "codeless21.delivered", Any: []string{"a été remis", "a bien été remis", "a été distribué", "a bien été distribué", "wurde zugestellt", "wurde erfolgreich zugestellt",
		"fue entregado", "ha sido entregado", "ha sido entregada", "fue entregada", "è stato consegnato", "è stata consegnata", "è stato recapitato", "è stata recapitata", "foi entregue",
		"было доставлено", "доставлено получателю", "успешно доставлено", "został dostarczony", "została dostarczona", "zostało dostarczone", "is afgeleverd", "is bezorgd",
		"başarıyla teslim edildi", "成功到达", "成功送达", "已成功投递", "已成功送达", "成功送達", "配信が完了しました", "配信されました", "正常に配信", "전달되었습니다", "정상적으로 발송",
		// batch 22-lang: the Spanish reflexive ("Su mensaje se entregó correctamente")
		"se entregó correctamente", "se ha entregado correctamente", "se entregó con éxito", "se ha entregado con éxito",
		// batch 25-codeless: a delivery done, said by message trace's localized events ("邮件已送达到邮箱",
		// "传递给收件人的邮箱", "el mensaje se entregó a un buzón", "levererades till")
		"已送达", "已送達", "已投递", "已投遞", "已传递", "已傳遞", "传递给收件人", "傳遞給收件者", "se entregó a", "se entregó al", "se entregó en",
		"levererades", "har levererats", "blev leveret", "ble levert", "배달되었", "доставлено в", "доставлено на", "wurde an das postfach", "foi entregue na",
		// (batch 25-codeless b: Japanese "delivered" as a status's note, "受信側へ配信済み")
		"配信済み", "配信済"},
		Not: []string{"no se entregó", "no se ha entregado", "n'a pas", "n'a été", "pas été", "nicht", "no fue", "no ha", "non è", "não foi", "не было", "не доставлен", "nie został", "nie została", "nie zostało", "niet ",
			"未", "没有", "沒有", "無法", "无法", "されませんでした", "できません", "되지 않", "edilemedi", "retard", "différé", "verzögert", "retrasad", "ritardat", "atrasad",
			// (batch 25-codeless: the Scandinavian negation after the verb, "Ditt meddelande levererades inte")
			"levererades inte", "inte levererats", "blev ikke leveret", "ikke leveret", "ble ikke levert", "ikke levert"},
		Cat:     Success,
		Summary: "The message was delivered."},
	// an absent address ("不在アドレス", "宛先不在"): it does not exist
	{ID: "codeless21.label-absent-address", Any: []string{"不在アドレス", "宛先不在", "アドレス不在", "ユーザ不在", "ユーザー不在", "受信者不在"},
		Cat: UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address does not exist at the receiving server."},
	// no answer in time ("응답지연", "応答遅延"): the receiving server did not answer
	{ID: "codeless21.label-no-answer", Any: []string{"응답지연", "응답 지연", "応答遅延", "応答なし", "响应延迟", "无响应", "響應延遲",
		// batch 23-codeless b: a server that does not respond ("이메일 서버가 일시적으로 반응이 없습니다")
		"반응이 없", "응답이 없", "応答がありません", "没有响应", "沒有回應", "無回應", "нет ответа от сервера", "сервер не отвечает", "сервер получателя не отвечает"},
		Cat: Network, Weak: true, Pri: conceptPri,
		Summary: "The receiving server did not answer in time; the sending server retries."},
	// (held-out batch 21-codeless b's kinds)
	// a connection count at its limit ("主機連線數量已達上限")
	{ID: "codeless21.label-connection-limit", Any: []string{"連線數", "连接数", "連線數量", "连接数量", "接続数", "연결 수"},
		With: []string{"上限", "超過", "超过", "超出", "已達", "已达", "초과"},
		Cat:  RateLimited, Weak: true, Pri: conceptPri,
		Summary: "The client opened more connections than the receiver allows at once."},
	// an automatic reply, out of the office: the message was delivered
	{ID: "codeless21.auto-reply", Any: []string{"不在辦公室", "不在办公室", "自動回覆", "自动回复", "自動返信", "不在通知", "부재중", "자동 응답", "abwesenheitsnotiz",
		"réponse automatique", "respuesta automática", "risposta automatica", "resposta automática", "автоответ", "automatisch antwoord", "afwezigheidsbericht",
		"automatyczna odpowiedź", "otomatik yanıt",
		// batch 23-codeless: German ("eine automatische Antwort kommt zurück")
		"automatische antwort", "automatische abwesenheitsantwort"},
		Not: []string{"設定", "设置", "設置", "설정", "einstellung", "einrichten", "aktivieren", "paramètre", "activer", "configur", "impostazion", "attivare",
			"activar", "ativar", "настройк", "включить", "ustawieni", "włącz", "instelling", "inschakelen", "ayar"},
		Cat:     Success,
		Summary: "An automatic reply (out of office) came back: the message was delivered."},
	// Gmail's BlockedMessage refusal in other languages ("Dit bericht is
	// geblokkeerd omdat de inhoud ervan een potentieel beveiligingsprobleem
	// vormt"): virus, as the corpus reads the English one
	{ID: "codeless21.security-issue-content", Any: []string{"beveiligingsprobleem", "problème de sécurité", "problema de seguridad", "problema di sicurezza", "problema de segurança",
		"sicherheitsproblem", "проблему безопасности", "угрозу безопасности", "セキュリティ上の問題", "安全问题", "安全問題", "보안 문제", "güvenlik sorunu", "problem z bezpieczeństwem"},
		With: []string{"inhoud", "contenu", "contenido", "contenuto", "conteúdo", "inhalt", "содержим", "内容", "內容", "콘텐츠", "내용", "içeriği", "treść"},
		Cat:  Virus, Pri: conceptPri + 8,
		Summary: "The receiver's scanners took the message's content for a security threat (malware, a dangerous attachment)."},
}
