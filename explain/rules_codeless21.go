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
		"başarıyla teslim edildi", "iletildi":
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
		"bezorging mislukt", "reddedildi", "başarısız", "teslim edilemedi", "gönderilemedi", "gönderim başarısız":
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
		"gecikmeli":
		return ClassTransient
	}
	return ClassUnknown
}

var (
	// the recipient's address said as a bare noun, as a label's subject
	// ("Adresse inexistante", "Dirección no existe", "Endereço inexistente")
	codeless21AddressWords = []string{"adresse", "dirección", "direccion", "indirizzo", "endereço", "endereco", "adres", "adresa", "адрес", "アドレス", "地址", "주소",
		"odbiorca", "ontvanger", "alıcı adresi", "e-posta adresi", "kullanıcı"}
	// a label's verdict "unknown" or "none" that the sentence families lack
	// ("受信者不明", "ドメイン不明", "Bilinmeyen alıcı", "도메인 없음")
	codeless21UnknownLabels = []string{"不明", "bilinmeyen", "nieznany", "nieznana"}
	// a domain's verdict in a label: invalid or none ("收件域名无效", "도메인 없음")
	codeless21DomainVerdicts = []string{"无效", "無效", "無効", "없음", "geçersiz"}
	// an address's format or syntax as a label's subject ("地址格式错误",
	// "Format d'adresse invalide", "Ungültiges Adressformat")
	codeless21AddressFormat = []string{"アドレス形式", "アドレスの形式", "アドレスの書式", "地址格式", "邮箱格式", "郵箱格式", "信箱格式", "邮件地址格式", "郵件地址格式", "주소 형식", "이메일 형식", "메일 형식",
		"adressformat", "adressenformat", "format d'adresse", "format de l'adresse", "format d'e-mail", "format de l'e-mail", "formato de dirección", "formato de la dirección", "formato de correo",
		"formato indirizzo", "formato dell'indirizzo", "formato email", "formato e-mail", "formato de endereço", "formato do endereço", "формат адреса", "формат email", "формат e-mail",
		"format adresu", "adresformaat", "adres biçimi", "adres formatı", "e-posta biçimi", "e-posta formatı"}
	// a format's verdict: invalid, wrong, malformed
	codeless21FormatVerdicts = []string{"错误", "錯誤", "エラー", "오류", "不正", "正しくありません", "不正确", "不正確", "不对", "잘못", "incorrect", "incorrecto", "incorrecta", "errato", "errata",
		"incorreto", "incorreta", "błędny", "onjuist", "hatalı", "yanlış", "falsch"}
)

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
	{ID: "codeless21.label-account-stopped", Any: intlMailboxSubjects, With: []string{"停止", "利用停止", "停用中", "정지됨"},
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
		Cat:  Policy, Weak: true, Pri: conceptPri,
		Summary: "The receiver refused the message for this recipient by its own rules."},
	{ID: "codeless21.label-ip-refused", Any: []string{"ip"},
		With: []string{"被拒", "被拒绝", "被拒絕", "拒否", "被封", "屏蔽", "封禁"},
		Cat:  Reputation, Weak: true, Pri: conceptPri,
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
		"ブロックされました", "被屏蔽", "已屏蔽", "已阻止", "차단됨"},
		Not: []string{"pago", "pagamento", "zahlung", "paiement", "płatność", "платеж", "платёж", "karta", "cartão", "tarjeta", "carta", "karte", "carte"},
		Cat: Policy, Weak: true,
		Summary: "The receiver blocked the message by its rules and gave no cause."},
	{ID: "codeless21.label-spam", Any: []string{"スパム", "迷惑メール", "스팸", "垃圾邮件", "垃圾郵件"},
		With: []string{"検出", "判定", "として", "차단", "분류", "판정", "被判", "识别为", "識別為"},
		Not:  []string{"フォルダ", "设置", "設定", "설정", "폴더", "箱"},
		Cat:  SpamContent, Weak: true, Pri: conceptPri,
		Summary: "The receiver's filter took the message for spam."},
}
