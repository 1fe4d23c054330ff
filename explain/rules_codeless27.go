package explain

import "strings"

// Rules of batch 27-codeless (issue 10, helper codeless27, session 22): the kinds
// text without a reply code (batches 27-codeless)
// found; see docs/heldout/heldout27-codeless.md.
//
// The gate's kinds of this batch: an application's note that the mail was
// sent, said in another language ("Письмо успешно отправлено", "メールを
// 送信しました", "邮件发送成功", "E-posta başarıyla gönderildi"), was
// refused: the success wording (final16.delivered-in-log) knew the English
// "sent successfully" only. It is read here by concept: a word of success
// with a verb of sending or delivery, or a verb of sending in its
// perfective, stated form with a word of mail; a failure or negation in
// the same text keeps it out. A resolver's failure named by Node's DNS
// codes (ESERVFAIL, ETIMEOUT, EREFUSED after queryMx/queryA ...) is the
// network's (alla26.node-dns-notfound reads the not-found codes).

// codeless27FailureWords are the words that keep a success note's concept
// out (a send that failed, was refused or not done), in the languages the
// concepts below are said in.
var codeless27FailureWords = []string{"not ", "n't", "fail", "error", "unable", "could not", "cannot", "bounce", "reject", "refus", "denied", "undeliver", "deferred",
	"не ", "ошибк", "неудач", "отклон", "nicht", "fehl", "kein", "abgelehnt", "no se ", "no fue", "no ha", "no pud", "fall", "rechaz", "non ", "errore", "rifiut",
	"não", "erro", "falh", "recus", "hata", "edilemedi", "gönderilemedi", "reddedil", "başarısız", "échec", "erreur", "n'a pas", "pas été", "impossible", "refusé",
	"실패", "오류", "못했", "없습니다", "nie ", "błąd", "niepowodz", "niet ", "fout", "mislukt", "geweigerd", "失败", "失敗", "错误", "錯誤", "エラー", "できません",
	"できなかった", "未能", "未成功", "无法", "無法", "拒绝", "拒絕", "拒否", "退信", "退回", "ไม่", "sms"}

var codeless27Rules = []rule{
	// an application's note that the mail went out, said with a word of
	// success and a verb of sending or delivery ("Письмо успешно
	// отправлено", "邮件发送成功", "E-Mail wurde erfolgreich versendet",
	// "La tua email è stata inviata con successo", "E-posta başarıyla
	// gönderildi"): a success, as final16.delivered-in-log reads "sent
	// successfully"
	{ID: "codeless27.l10n-sent-successfully", Any: []string{"успешно", "erfolgreich", "correctamente", "con éxito", "exitosamente", "satisfactoriamente", "con successo",
		"correttamente", "com sucesso", "com êxito", "corretamente", "başarıyla", "başarılı bir şekilde", "avec succès", "correctement", "성공적으로", "pomyślnie", "poprawnie",
		"succesvol", "met succes", "framgångsrikt", "onnistuneesti", "úspěšně", "sikeresen", "thành công", "berhasil", "成功", "正常に", "успішно", "успешно е",
		"επιτυχώς", "cu succes", "uspješno", "uspešno", "בהצלחה", "بنجاح", "با موفقیت", "สำเร็จ"},
		With: []string{"отправлен", "доставлен", "versendet", "gesendet", "verschickt", "versandt", "zugestellt", "enviad", "entregad", "inviat", "consegnat", "recapitat",
			"gönderildi", "iletildi", "teslim edildi", "envoyé", "distribué", "remis", "livré", "발송", "전송", "전달", "wysłan", "dostarczon", "verzonden", "verstuurd",
			"afgeleverd", "bezorgd", "skickat", "levererat", "sendt", "levert", "lähetetty", "toimitettu", "odeslán", "doručen", "elküld", "kézbesít", "đã gửi", "được gửi",
			"terkirim", "dikirim", "发送", "發送", "投递", "投遞", "送达", "送達", "送信", "配信", "发出", "發出", "寄出", "надіслан", "відправлен", "στάλθηκε", "εστάλη",
			"trimis", "poslan", "נשלח", "تم إرسال", "تم الإرسال", "ارسال شد", "ส่ง"},
		NotAlso: [][]string{codeless27FailureWords},
		// (batch 27-codeless b) stated with its word of success, as final16.delivered-in-log's
		// "sent successfully": over a word of advice after it ("Перевірте пошту (включаючи спам)")
		Cat: Success, Pri: 12,
		Summary: "The message was sent: the application's own note says so (the server accepted it)."},
	// the same said by the verb of sending in its stated, perfective form
	// with a word of mail and no word of success ("Письмо отправлено",
	// "メールを送信しました", "邮件已发送", "De e-mail is verzonden")
	{ID: "codeless27.l10n-mail-sent", Any: []string{"отправлено", "отправлена", "送信しました", "送信されました", "送信完了", "送信が完了", "邮件已发送", "郵件已發送", "信件已发送", "已发送至", "已發送至", "已发送到", "已發送到", "已发送给", "已發送給", "已寄出", // (not "已发送邮件": the Sent folder)
		"发送完成", "發送完成", "gönderildi", "wurde gesendet", "wurde versendet", "wurde verschickt", "wurde versandt", "è stata inviata", "è stato inviato", "sono state inviate",
		"ha sido enviad", "se ha enviado", "se envió", "fue enviad", "a été envoyé", "ont été envoyé", "a bien été envoyé", "foi enviad", "foram enviad", "został wysłan",
		"została wysłan", "zostały wysłan", "is verzonden", "is verstuurd", "zijn verzonden", "발송되었습니다", "전송되었습니다", "발송 완료", "전송 완료", "har skickats",
		"on lähetetty", "byl odeslán", "byla odeslána", "el lett küldve", "đã được gửi", "telah dikirim", "було надіслано", "надіслано",
		// (batch 27-codeless probe) a status line: the mail's noun and its participle ("Mensaje enviado", "Nachricht gesendet", "消息已发送"); not the plural folder names ("Mensajes enviados", "Posta inviata")
		"mensaje enviado", "correo enviado", "nachricht gesendet", "e-mail gesendet", "e-mail versendet", "message envoyé", "e-mail envoyé", "courriel envoyé",
		"messaggio inviato", "email inviata", "e-mail inviata", "mensagem enviada", "e-mail enviado", "wiadomość wysłana", "bericht verzonden", "e-mail verzonden",
		"消息已发送", "訊息已發送", "메시지를 보냈습니다", "메일을 보냈습니다"},
		With: []string{"письм", "сообщени", "メール", "メッセージ", "邮件", "郵件", "信件", "e-posta", "ileti", "mail", "nachricht", "correo", "mensaje", "messaggio", "courriel",
			"message", "mensagem", "wiadomoś", "bericht", "메일", "메시지", "meddelande", "viesti", "sähköposti", "zpráv", "üzenet", "levél", "thư", "pesan", "surel", "лист",
			"повідомлен", "消息", "訊息"},
		NotAlso: [][]string{codeless27FailureWords},
		Cat:     Success, Weak: true, // a cause in the same text decides ("sono state inviate troppe e-mail", "отправлено на несуществующий адрес")
		Summary: "The message was sent: the application's own note says so (the server accepted it)."},
	// a resolver's failure named by Node's DNS error codes after the query
	// ("queryMx ESERVFAIL shop.example", "querySrv ETIMEOUT ..."): the DNS
	// did not answer, the network's (transient); the codes that say the name
	// does not exist are alla26.node-dns-notfound's
	{ID: "codeless27.node-dns-servfail", Any: []string{"eservfail", "etimeout", "erefused", "econnrefused", "eai_fail", "eai_again", "ebadresp"},
		With: []string{"querymx", "querya", "queryaaaa", "querysrv", "querytxt", "queryns", "queryany", "querycname", "resolvemx", "resolve4", "resolve6", "resolvesrv"},
		Cat:  Network, Pri: conceptPri + 4,
		Summary: "The DNS lookup of the recipient's domain (its MX or address records) failed: the resolver did not answer or answered with a server failure. The name is not known not to exist.",
		Fix:     []string{"Check the resolver the sending host uses (its configuration, network reachability); if it works, the domain's own name servers are failing: the sending side retries, or send again later."}},
	// a sending cap reached, said in Chinese and Japanese with its limit
	// ("今日发送邮件数量已达上限", "送信数が上限に達しました"): the sender's
	// limit per period, rate-limited (the limit-per-period convention)
	{ID: "codeless27.cjk-send-cap-reached", Any: []string{"已达上限", "已達上限", "达到上限", "達到上限", "超过上限", "超過上限", "上限に達", "上限数に達", "上限を超え"},
		With: []string{"发送", "發送", "发信", "發信", "发件", "發件", "寄信", "送信", "配信", "邮件数", "郵件數", "信数", "封数"},
		Not:  []string{"邮箱容量", "郵箱容量", "空间", "空間", "容量", "大小", "サイズ", "附件", "添付", "连接数", "連線數", "接続数"},
		Cat:  RateLimited, Pri: conceptPri + 4,
		Summary: "The sender reached its sending limit for the period (a number of messages per day or hour): the rest waits until the limit resets.",
		Fix:     []string{"Wait for the period to reset, or spread the sending over time; ask the provider for a higher limit if the volume is legitimate."}},
	// a delivered status with advice after it ("Delivered. Tip: add SPF and
	// DKIM records so that future messages are not marked as spam"): the
	// advice's words name no cause of this message; the status decides
	{ID: "codeless27.delivered-with-advice", Any: []string{"tip:", "tips:", "hint:", "pro tip", "suggestion:", "recommendation:", "tipp:", "astuce :", "astuce:",
		"consejo:", "suggerimento:", "dica:", "совет:", "ヒント：", "ヒント:", "提示：", "建议：", "提示:", "建议:"},
		With: []string{"sent.", "sent:", "sent -", "delivered.", "delivered:", "delivered -", "delivered —", "delivered |", "status: delivered", "status: sent", "sent successfully", "zugestellt.",
			"entregado.", "livré.", "consegnato.", "entregue.", "доставлено.", "配信済", "已送达", "已投递"},
		Not: []string{"not delivered", "undeliver", "fail", "bounce", "reject", "refused", "error", "could not", "deferred", "delayed", "blocked", "not sent", "never"},
		Cat: Success, Pri: conceptPri + 14,
		Summary: "The message was delivered; the advice that follows the status is about future messages, not a cause of this one."},
	// (batch 27-codeless b) a communication failure during the SMTP
	// conversation said in other languages ("falha temporária de comunicação
	// durante a conversa SMTP", SES's TransientCommunicationFailure as apps
	// translate it): the connection's, as mta.network reads the English
	{ID: "codeless27.l10n-communication-failure", Any: []string{"falha temporária de comunicação", "falha de comunicação", "erro de comunicação", "error temporal de comunicación",
		"error de comunicación", "fallo de comunicación", "falla de comunicación", "erreur de communication", "échec de communication", "erreur temporaire de communication",
		"errore di comunicazione", "errore temporaneo di comunicazione", "kommunikationsfehler", "ошибка связи", "сбой связи", "通信エラー", "通信错误", "通訊錯誤"},
		With: []string{"smtp", "servidor", "serveur", "server", "provedor", "proveedor", "fournisseur", "destinat", "empfänger", "сервер", "サーバ", "服务器", "伺服器"},
		Cat:  Network, Weak: true, Pri: conceptPri + 2,
		Summary: "The connection with the receiving mail server failed during the SMTP conversation (a communication error); the sending side retries.",
		Fix:     []string{"Nothing to change if it passes: the sending side retries. If it persists, check the network path to the receiving server."}},
	// (batch 27-codeless b) an attachment rejected, said in other languages
	// ("O useSend recebeu um retorno de anexo rejeitado"): a policy on
	// attachments, as the corpus reads SES's AttachmentRejected
	{ID: "codeless27.l10n-attachment-rejected", Any: []string{"anexo rejeitado", "anexo recusado", "adjunto rechazado", "archivo adjunto rechazado", "pièce jointe rejetée",
		"pièce jointe refusée", "allegato rifiutato", "allegato respinto", "anhang abgelehnt", "anhang zurückgewiesen", "bijlage geweigerd", "bijlage afgewezen",
		"załącznik odrzucony", "вложение отклонено", "添付ファイルが拒否", "附件被拒"},
		Cat: Policy, Pri: conceptPri + 4,
		Summary: "The receiving side refused the message because of an attachment (its type, name or content is not accepted).",
		Fix:     []string{"Send the file another way (a link, or zipped if the type is blocked), or remove the attachment, and send again."}},
	// (batch 27-codeless b) monitoring-plugins check_smtp's critical or
	// warning state on its response time ("SMTP CRITICAL - 10.012 sec.
	// response time"): the server answered too slowly, the connection's
	{ID: "codeless27.check-smtp-slow", Any: []string{"smtp critical -", "smtp warning -"},
		With: []string{"sec. response time", "seconds response time", "response time"},
		Cat:  Network, Pri: conceptPri + 2,
		Summary: "A monitoring check of the SMTP server failed on its response time: the server answered more slowly than the threshold (or not at all).",
		Fix:     []string{"Check the mail server's load and the network path to it; a one-off slow answer clears by itself."}},
	// (batch 27-codeless b) an unsubscribe as a suppression list's reason
	// ("Unsubscribed via List-Unsubscribe header"): policy by the
	// suppression convention, as "Suppression reason: Unsubscribed" reads
	{ID: "codeless27.unsubscribed", Any: []string{"unsubscribed"},
		Not: []string{"not unsubscribed", "resubscribed", "re-subscribed", "unsubscribed from this list?", "bounce", "failed", "delivery fail", "undeliver"}, // (a platform's unsubscribe after failed deliveries names no cause)
		Cat: Policy, Weak: true, Pri: conceptPri,
		Summary: "The address is on the sending platform's suppression list because its owner unsubscribed: the platform does not send to it.",
		Fix:     []string{"Do not send to the address unless its owner subscribes again."}},
}

// codeless27Refused reports a text without a code whose words refuse a
// message in another language ("El servidor rechazó el mensaje", "Sunucu
// iletiyi reddetti"): a word of refusal (codeless25Lang.refused) with a
// word of mail or delivery of the same language, not negated, is a
// permanent outcome without its cause, as weakDeliveryOutcome reads the
// English "The server rejected the message". l is the lower-cased text
// (codeless25Localized).
func codeless27Refused(l string) (bool, Class, string) {
	for i := range codeless25Langs {
		lang := &codeless25Langs[i]
		if !containsAny(l, lang.mail) && !containsAny(l, lang.delivery) {
			continue
		}
		for _, w := range lang.refused {
			if j := strings.Index(l, w); j >= 0 && !codeless25Negated(l, j, len(w), lang.negation) {
				return true, ClassPermanent, w
			}
		}
	}
	return false, ClassUnknown, ""
}

// codeless27QueuedWording: Exchange's queue error for a connection that
// failed to every host ("Unable to connect. Attempted failover to
// alternate host, but that did not succeed ... delivery failed to all
// alternate hosts", Get-Queue's LastError): the message stays queued and
// is retried, transient whatever "delivery failed" says (joined to the
// still-queued wording in classify.go).
var codeless27QueuedWording = []string{"attempted failover to alternate host"}

// codeless27TemporaryWording: a block that may be a throttling, said as
// alternatives in other languages ("bloqueado ou limitado", "bloquea o
// limita", as the English "blocked or throttled" is transient), and a
// bounce whose text says a later send may succeed ("Talvez você consiga
// enviar ... com sucesso no futuro", SES's transient bounce texts):
// transient (joined to the temporary wording in classify.go).
var codeless27TemporaryWording = []string{"ou limitado", "o limitado", "o limita ", "ou limita ", "ou limité", "ou limite ", "oder gedrosselt", "o limitato", "o limita la",
	"successfully in the future", "com sucesso no futuro", "con éxito en el futuro", "avec succès à l'avenir", "con successo in futuro", "in zukunft erfolgreich"}
