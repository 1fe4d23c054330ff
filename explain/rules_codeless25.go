package explain

import "strings"

// Held-out batch 25-codeless (issue 10): text without a reply code as
// delivery dashboards, webmail bounce pages, help desks and failure-reason
// lists say it — Microsoft 365 message trace's events as its localized
// pages word them ("延遲：郵件傳遞已延遲，且稍後可能再試。", "Skjut upp:
// Meddelandeleveransen har skjutits upp ..."), NetEase's and QQ Mail's
// bounce reasons ("对方退信了", "退信原因：..."), an application's failure
// reason ("Relaying Issues – ... had trouble connecting to ...")
// (docs/heldout/heldout25-codeless.md).
//
// The gate's kind of this batch: a delivery outcome said in another
// language by its concept — a delivery (传递, entrega, leverans, доставка
// ...) that failed, was postponed or will be tried again — was refused
// when no fixed phrase of the outcome lists held it. codeless25Localized
// reads the concepts instead: a word of delivery and a word of failure,
// of delay or of a later attempt, in the same language.

// codeless25Lang is one language's concept words for a delivery's outcome
// (codeless25Localized): the delivery itself, a failure, a delay and a
// later attempt. A word of delay or of a later attempt makes the outcome
// transient, unless a negation stands just before it ("no se volverá a
// intentar"); a failure without them makes it permanent.
type codeless25Lang struct {
	delivery, mail, failed, delayed, retry, negation []string
	// sending: the send itself ("el envío", "l'envoi", "der Versand"); a
	// failure of it is an application's send error, an outcome whose class
	// the corpus reads unknown
	sending []string
	// refused: a refusal of the message ("El servidor rechazó el mensaje",
	// "Sunucu iletiyi reddetti"): with a word of mail or delivery, a
	// permanent outcome without its cause, as the English "The server
	// rejected the message" (batch 27-codeless)
	refused []string
}

var codeless25Langs = [...]codeless25Lang{
	// zh (Simplified and Traditional)
	{delivery: []string{"传递", "傳遞", "投递", "投遞", "送达", "送達", "递送", "遞送", "退信"},
		mail:     []string{"邮件", "郵件", "发送", "發送"},
		failed:   []string{"失败", "失敗", "无法", "無法", "未能", "未传递", "未傳遞", "未送达", "未送達", "未投递", "未投遞", "退信了", "被退回", "对方退信", "對方退信"},
		delayed:  []string{"延迟", "延遲", "推迟", "推遲", "延后", "延後"},
		retry:    []string{"重试", "重試", "再试", "再試", "再次尝试", "再次嘗試", "重新尝试", "重新嘗試"}, // (batch 26-codeless: "正在尝试或重新尝试传递邮件")
		negation: []string{"不会", "不會", "不再", "无法", "無法", "不"},
		sending:  []string{"发送", "發送", "发信", "發信"},
		refused:  []string{"拒绝", "拒絕", "拒收"}},
	// ja
	{delivery: []string{"配信", "配送", "配達"},
		mail:     []string{"送信", "メール", "メッセージ"},
		failed:   []string{"失敗", "できませんでした", "できません", "不能", "不達"},
		delayed:  []string{"遅延", "延期", "保留", "遅れて", "遅れが"},
		retry:    []string{"再試行", "再送", "もう一度お試し", "再度お試し"},
		negation: []string{"されません", "しません", "できません"},
		sending:  []string{"送信"},
		refused:  []string{"拒否", "拒絶"}},
	// ko
	{delivery: []string{"배달", "전달", "반송"}, // (batch 26-codeless: a return, as zh "退信")
		mail:     []string{"발송", "전송", "메시지", "메일"},
		failed:   []string{"실패", "못했", "할 수 없", "수 없습니다", "반송되었", "반송됨", "반송된"}, // (batch 26-codeless: "이메일이 반송되었습니다", the mail came back)
		delayed:  []string{"지연", "연기"},
		retry:    []string{"다시 시도", "재시도", "재전송"},
		negation: []string{"않습니다", "않음", "않았"},
		sending:  []string{"발송", "전송"},
		refused:  []string{"거부", "거절"}},
	// es
	{delivery: []string{"entrega", "entregar", "entregó"},
		mail:     []string{"mensaje", "correo", "envío"},
		failed:   []string{"no se pudo", "no pudo", "falló", "fallida", "fallido"},
		delayed:  []string{"pospuso", "pospuesta", "pospuesto", "retrasad", "aplazad", "demorad", "diferid"},
		retry:    []string{"volver a intentar", "vuelva a intentar", "volverá a intentar", "reintent", "nuevo intento"},
		negation: []string{"no se ", "no ", "nunca "},
		sending:  []string{"envío", "envio", "enviar"},
		refused:  []string{"rechaz"}},
	// fr
	{delivery: []string{"remise", "distribution", "livraison", "remis", "distribué", "délivr"},
		mail:     []string{"message", "courrier", "envoi"},
		failed:   []string{"échoué", "échec", "impossible", "n'a pas pu"},
		delayed:  []string{"différé", "différée", "retardé", "retardée", "reporté", "reportée", "ajourné"},
		retry:    []string{"nouvelle tentative", "réessay", "sera retenté", "retentera"},
		negation: []string{"pas de ", "aucune ", "ne sera pas", "n'y aura pas"},
		sending:  []string{"envoi", "envoyer"},
		refused:  []string{"refusé", "rejeté", "a refusé", "a rejeté"}},
	// de
	{delivery: []string{"zustellung", "zugestellt"},
		mail:     []string{"nachricht", "e-mail", "mail"},
		failed:   []string{"fehlgeschlagen", "nicht möglich", "konnte nicht", "nicht zugestellt"},
		delayed:  []string{"verzögert", "zurückgestellt", "verschoben", "aufgeschoben"},
		retry:    []string{"erneut versucht", "erneut zugestellt", "erneuter versuch", "wiederholt"},
		negation: []string{"nicht ", "kein"},
		sending:  []string{"versand", "versenden", "senden"},
		refused:  []string{"abgelehnt", "abgewiesen", "zurückgewiesen", "lehnte"}},
	// it
	{delivery: []string{"consegna", "recapito", "recapitat", "consegnat"},
		mail:     []string{"messaggio", "posta", "email", "e-mail", "mail"},                              // (batch 26-codeless: "email" said in Italian)
		failed:   []string{"non riuscit", "fallit", "non è stato possibile", "impossibile", "insuccess"}, // (batch 26-codeless: "insuccesso temporaneo")
		delayed:  []string{"ritardat", "differit", "rinviat", "posticipat", "temporane"},                 // (batch 26-codeless: a temporary failure)
		retry:    []string{"riprov", "ritent", "nuovo tentativo"},
		negation: []string{"non "},
		sending:  []string{"invio", "inviare"},
		refused:  []string{"rifiutat", "respint", "ha rifiutato"}},
	// pt
	{delivery: []string{"entrega", "entregue"},
		mail:     []string{"mensagem", "e-mail"},
		failed:   []string{"falhou", "falha", "não foi possível", "não pôde", "não foi entregue", "não foram entregues", "não entregue"}, // (batch 26-codeless: "O e-mail não foi entregue")
		delayed:  []string{"adiad", "atrasad", "postergad"},
		retry:    []string{"tentar novamente", "tentada novamente", "nova tentativa", "reenviad"},
		negation: []string{"não ", "nunca "},
		sending:  []string{"envio", "enviar"},
		refused:  []string{"recusad", "rejeitad", "recusou", "rejeitou"}},
	// ru
	{delivery: []string{"доставк", "доставлен", "доставить", "сервер получателя", "сервера получателя"},
		mail:     []string{"сообщени", "письм"},
		failed:   []string{"не удалось", "не удалась", "невозможно", "ошибка", "отказ", "неудачн"}, // (batch 26-codeless: "попытки доставки оказались неудачными")
		delayed:  []string{"отложен", "задержан", "задерживается", "отсрочк"},
		retry:    []string{"повторн", "повтор", "ещё раз", "еще раз", "попытки продолжаются", "продолжаются попытки"}, // (batch 26-codeless: attempts go on)
		negation: []string{"не будет", "не "},
		sending:  []string{"отправк", "отправить", "отправлен"},
		refused:  []string{"отклон", "отверг"}},
	// sv, da, nb
	{delivery: []string{"leverans", "levereras", "levering", "leveret", "levert"},
		mail:     []string{"meddelande", "e-post", "besked", "meddelelse"}, // (batch 27-codeless probe: Danish "meddelelsen")
		failed:   []string{"misslyckades", "kunde inte", "kunne ikke", "mislykkedes", "mislyktes"},
		delayed:  []string{"skjutits upp", "skjuten", "försenad", "fördröjd", "forsinket", "udskudt", "utsatt"},
		retry:    []string{"försökas igen", "försöker igen", "försök igen", "forsøges igen", "forsøkes igjen", "prøves igjen"},
		negation: []string{"inte ", "ikke "},
		sending:  []string{"sändning", "skicka", "afsendelse", "sending"},
		refused:  []string{"avvisa", "nekad", "afvist", "avvist"}},
	// nl
	{delivery: []string{"bezorging", "aflevering", "bezorgd", "afgeleverd", "levering"}, // (batch 26-codeless: "leveringsmislukking", "berichtlevering")
		mail:     []string{"bericht", "e-mail"},
		failed:   []string{"mislukt", "kon niet", "niet gelukt", "mislukking", "ontbrak"},
		delayed:  []string{"vertraagd", "uitgesteld", "tijdelijk"}, // (batch 26-codeless: "tijdelijke mislukking", a temporary failure)
		retry:    []string{"opnieuw geprobeerd", "opnieuw proberen", "nieuwe poging"},
		negation: []string{"niet ", "geen "},
		sending:  []string{"verzending", "verzenden"},
		refused:  []string{"geweigerd", "afgewezen", "weigerde"}},
	// pl
	{delivery: []string{"dostarcz", "doręcz"},
		mail:     []string{"wiadomoś"},
		failed:   []string{"nie powiodło", "nie udało", "nie można"},
		delayed:  []string{"opóźnion", "odroczon", "wstrzyman"},
		retry:    []string{"ponowion", "ponownie", "ponowna próba"},
		negation: []string{"nie "},
		sending:  []string{"wysyłk", "wysłani", "wysłać"},
		refused:  []string{"odrzuc", "odrzuci"}},
	// tr
	{delivery: []string{"teslim"},
		mail:     []string{"ileti", "e-posta"},
		failed:   []string{"başarısız", "edilemedi"},
		delayed:  []string{"gecik", "ertelen"},
		retry:    []string{"yeniden denen", "tekrar denen"},
		negation: []string{"edilmeyecek", "denenmeyecek"},
		sending:  []string{"gönderim", "gönderme"},
		refused:  []string{"reddet", "reddedildi"}},
	// cs, sk (held-out batch 25-codeless: the probe after batch b)
	{delivery: []string{"doruč"},
		mail:     []string{"zpráv", "e-mail", "správ"},
		failed:   []string{"nebyla doručena", "nebyl doručen", "nepodařilo", "selhalo", "selhal", "nebola doručená", "zlyhalo"},
		delayed:  []string{"zpožděn", "odložen", "oneskoren"},
		retry:    []string{"opakován", "znovu", "opakovan"},
		negation: []string{"nebude", "ne "},
		sending:  []string{"odeslání", "odeslat", "odoslanie", "odoslať"},
		refused:  []string{"odmítnut", "odmítl", "zamietnut", "zamietol"}},
	// hu
	{delivery: []string{"kézbesít"},
		mail:     []string{"üzenet", "levél", "e-mail"},
		failed:   []string{"sikertelen", "nem sikerült", "nem lehetett"},
		delayed:  []string{"késik", "késleltet", "elhalaszt"},
		retry:    []string{"újra megpróbál", "újrapróbál", "ismét megpróbál"},
		negation: []string{"nem ", "nincs"},
		sending:  []string{"küldés", "elküld"},
		refused:  []string{"elutasít"}},
	// el
	{delivery: []string{"παράδοση", "παραδόθηκε", "παραδοθεί"},
		mail:     []string{"μήνυμα", "μηνύματος", "email"},
		failed:   []string{"απέτυχε", "αποτυχία", "δεν ήταν δυνατ", "δεν παραδόθηκε"},
		delayed:  []string{"καθυστέρη", "αναβλήθηκε"},
		retry:    []string{"νέα προσπάθεια", "ξανά"},
		negation: []string{"δεν "},
		sending:  []string{"αποστολή"},
		refused:  []string{"απορρίφθηκε", "απέρριψε"}},
	// uk
	{delivery: []string{"доставк", "доставлен", "доставити"},
		mail:     []string{"повідомлен", "лист"},
		failed:   []string{"не вдалося", "не доставлено", "помилка", "неможливо"},
		delayed:  []string{"відкладен", "затриман", "затримується"},
		retry:    []string{"повторн", "ще раз"},
		negation: []string{"не буде", "не "},
		sending:  []string{"надсилан", "відправлен", "надіслати"},
		refused:  []string{"відхил"}},
	// ro (batch 26-codeless: a probe of invented outcome sentences in the languages the table lacked)
	{delivery: []string{"livrare", "livrarea", "livrat", "remiterea"},
		mail:     []string{"mesaj", "e-mail", "email"},
		failed:   []string{"eșuat", "eşuat", "nu a putut", "nereușit", "nereuşit"},
		delayed:  []string{"întârziat", "amânat"},
		retry:    []string{"reîncerca", "din nou"},
		negation: []string{"nu "},
		sending:  []string{"trimiterea", "trimitere", "trimite"},
		refused:  []string{"respins"}},
	// hr, sr, bs, sl (Latin script)
	{delivery: []string{"isporuk", "dostav"},
		mail:     []string{"poruk", "e-pošt", "sporočil", "pošt"},
		failed:   []string{"nije uspjel", "nije uspel", "neuspješn", "neuspešn", "ni uspel", "nije moguće", "nije bilo moguće"},
		delayed:  []string{"odgođen", "odložen", "zakašnjel", "zakasnel"},
		retry:    []string{"ponovno", "ponovo"},
		negation: []string{"neće", "nije ", "ne "},
		sending:  []string{"slanje", "slanja", "pošiljanje"},
		refused:  []string{"odbijen", "odbio", "zavrnjen"}},
	// bg
	{delivery: []string{"доставка", "доставката", "доставено"},
		mail:     []string{"съобщени", "писм", "имейл"},
		failed:   []string{"неуспешн", "не успя", "не може да бъде"},
		delayed:  []string{"забавен", "забавена", "отложен"},
		retry:    []string{"повторн", "отново"},
		negation: []string{"няма да", "не "},
		sending:  []string{"изпращане", "изпрати"},
		refused:  []string{"отхвърл"}},
	// id, ms
	{delivery: []string{"pengiriman", "terkirim", "penghantaran"},
		mail:     []string{"pesan", "email", "surel", "mesej", "e-mel"},
		failed:   []string{"gagal", "tidak dapat", "tidak bisa"},
		delayed:  []string{"tertunda", "ditunda", "terlambat"},
		retry:    []string{"dicoba lagi", "mencoba lagi", "cuba semula"},
		negation: []string{"tidak akan", "tidak "},
		sending:  []string{"kirim", "hantar"},
		refused:  []string{"ditolak", "menolak"}},
	// th
	{delivery: []string{"ส่งถึง", "จัดส่ง", "การนำส่ง"},
		mail:     []string{"อีเมล", "ข้อความ", "จดหมาย"},
		failed:   []string{"ล้มเหลว", "ไม่สำเร็จ", "ไม่สามารถ"},
		delayed:  []string{"ล่าช้า", "เลื่อน"},
		retry:    []string{"ลองใหม่", "ลองอีกครั้ง"},
		negation: []string{"จะไม่"},
		sending:  []string{"การส่ง"},
		refused:  []string{"ปฏิเสธ"}},
	// he
	{delivery: []string{"מסירת", "מסירה", "נמסר", "העברת"},
		mail:     []string{"הודעה", "ההודעה", "דואר", "מייל"},
		failed:   []string{"נכשל", "נכשלה", "לא ניתן", "לא הצליח"},
		delayed:  []string{"התעכב", "עוכב", "נדחה"},
		retry:    []string{"ניסיון נוסף", "שוב"},
		negation: []string{"לא "},
		sending:  []string{"שליחת", "שליחה"},
		refused:  []string{"נדחה", "נדחתה", "דחה"}},
	// fa
	{delivery: []string{"تحویل"},
		mail:     []string{"پیام", "ایمیل", "نامه"},
		failed:   []string{"ناموفق", "انجام نشد", "نشد", "شکست"},
		delayed:  []string{"تأخیر", "تاخیر", "به تعویق"},
		retry:    []string{"دوباره", "تلاش مجدد"},
		negation: []string{"نخواهد"},
		sending:  []string{"ارسال"},
		refused:  []string{"رد شد", "رد کرد"}},
	// ar
	{delivery: []string{"تسليم", "توصيل"},
		mail:     []string{"رسالة", "الرسالة", "بريد"},
		failed:   []string{"فشل", "تعذر", "لم يتم"},
		delayed:  []string{"تأخر", "تأجيل", "مؤجل"},
		retry:    []string{"إعادة المحاولة", "المحاولة مرة أخرى"},
		negation: []string{"لن "},
		sending:  []string{"إرسال"},
		refused:  []string{"رفض", "مرفوض"}},
	// fi
	{delivery: []string{"toimitus", "toimittaminen", "toimitettu"},
		mail:     []string{"viesti", "sähköposti"},
		failed:   []string{"epäonnistui", "ei onnistunut", "ei voitu"},
		delayed:  []string{"viivästy", "lykätty"},
		retry:    []string{"yritetään uudelleen", "uudelleen"},
		negation: []string{"ei "},
		sending:  []string{"lähetys", "lähettäminen"},
		refused:  []string{"hylät", "hylkäsi", "hylätty"}},
	// vi
	{delivery: []string{"gửi đến", "chuyển phát", "phân phối"},
		mail:     []string{"thư", "email", "tin nhắn"},
		failed:   []string{"thất bại", "không thể", "không thành công", "có lỗi", "bị lỗi", "xảy ra lỗi"}, // (batch 27-codeless b: "Có lỗi xảy ra khi gửi email", an error while sending)
		delayed:  []string{"bị trì hoãn", "chậm trễ", "hoãn lại"},
		retry:    []string{"thử lại"},
		negation: []string{"sẽ không"},
		sending:  []string{"gửi"},
		refused:  []string{"từ chối"}},
}

// codeless25Localized reports a text without a code whose words state a
// delivery's outcome in another language (codeless20Localized's phrases,
// then codeless25Langs' concepts), with the class its words give: a delay
// or a later attempt of a delivery or of a mail transient, a delivery that
// failed permanent. A failure of a mail that names no delivery ("メールを
// 送信できませんでした") is an application's send error, whose class the
// corpus reads unknown: it is left to the outcome wording.
func codeless25Localized(s string) (bool, Class, string) {
	if ok, c, w := codeless20Localized(s); ok {
		return ok, c, w
	}
	if len(s) > maxExplainText {
		s = s[:maxExplainText]
	}
	l := strings.ToLower(s)
	for i := range codeless25Langs {
		lang := &codeless25Langs[i]
		delivery := containsAny(l, lang.delivery)
		if !delivery && !containsAny(l, lang.mail) {
			continue
		}
		for _, group := range [...][]string{lang.delayed, lang.retry} {
			for _, w := range group {
				if j := strings.Index(l, w); j >= 0 && !codeless25Negated(l, j, len(w), lang.negation) {
					return true, ClassTransient, w
				}
			}
		}
		if !delivery {
			// a send that failed, said by its noun ("O envio da mensagem
			// falhou", "L'envoi du message a échoué"): an outcome, class
			// unknown as an application's "sending failed" (outcome.go)
			if containsAny(l, lang.sending) {
				for _, w := range lang.failed {
					if strings.Contains(l, w) {
						return true, ClassUnknown, ""
					}
				}
			}
			continue
		}
		for _, w := range lang.failed {
			if strings.Contains(l, w) {
				return true, ClassPermanent, w
			}
		}
	}
	return codeless27Refused(l)
}

// codeless25Negated reports a negation among the few words around a
// concept word at l[j:j+n] ("no se volverá a intentar", "不会重试",
// "再試行されません"): at most 16 bytes before or after it, so that a
// negation elsewhere in the sentence does not count.
func codeless25Negated(l string, j, n int, negations []string) bool {
	lo, hi := max(j-16, 0), min(j+n+16, len(l))
	for lo < j && l[lo]&0xC0 == 0x80 {
		lo++ // (rune boundaries)
	}
	for hi > j+n && hi < len(l) && l[hi]&0xC0 == 0x80 {
		hi--
	}
	return containsAny(l[lo:j], negations) || containsAny(l[j+n:hi], negations)
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// codeless25MailWord reports a word of mail in its possessive ("the
// recipient's side", "the recipients' servers"), and a mail service's
// name ("sending using Gmail API"), as words of mail for the weak
// outcome (codelessMailWord).
func codeless25MailWord(x string) bool {
	switch x {
	case "gmail", "hotmail":
		return true
	}
	for _, suf := range [...]string{"'s", "’s", "'"} {
		if b, ok := strings.CutSuffix(x, suf); ok && b != "" {
			for _, m := range &codelessMailWords {
				if m == b {
					return true
				}
			}
		}
	}
	return false
}

var (
	// codeless25FailedWording: a delivery that failed said by a notice's
	// subject and "not delivered" ("Email response not delivered": a help
	// desk's notice on the ticket), a receiver that returned the message
	// (NetEase's "不知道是什么原因，对方退信了"); joined to the failed
	// wording (permanent, as "Email not delivered" is read in the corpus).
	codeless25FailedWording = []string{"email not delivered", "e-mail not delivered", "mail not delivered", "response not delivered", "reply not delivered",
		"notification not delivered", "对方退信", "對方退信", "退信了",
		// (batch 25-codeless b) a message that bounced, in the Romance languages and Russian ("El correo rebotó",
		// "письмо вернулось"), and French "délivré" for "remis" ("Le message n'a pas pu être délivré à ...")
		"rebotó", "ha rebotado", "fue rebotado", "a rebondi", "è rimbalzat", "письмо вернулось", "письмо возвращено",
		"n'a pas pu être délivré", "n'a pas été délivré", "n'ont pas pu être délivrés", "n'a pas pu être délivrée",
		// (the English probe after batch b) a message that did not reach its recipient, or came back from the
		// recipient's server ("Email could not reach the recipient", "This email was returned by the recipient's mail server")
		"could not reach the recipient", "couldn't reach the recipient", "failed to reach the recipient", "did not reach the recipient",
		"didn't reach the recipient", "could not reach its recipient", "was returned by the recipient", "were returned by the recipient",
		"was returned by the receiving", "returned by the recipient's"}
	// codeless25BounceHeading: the heading of a bounce's reason (QQ Mail's
	// and NetEase's "退信原因：..."): the message came back whatever the
	// reason says, permanent (joined to the permanent wording, as
	// codeless23FailureHeading)
	codeless25BounceHeading = []string{"退信原因", "退件原因", "退信理由"}
	// codeless25SentWording: an application's gloss of "data not accepted"
	// in Chinese ("数据不被接受", PHPMailer's message without the server's
	// reply): a send that failed, class unknown (joined to the sent wording)
	codeless25SentWording = []string{"数据不被接受", "數據不被接受", "数据未被接受", "數據未被接受",
		// (batch 25-codeless b) Russian "could not send" with the verb first ("Письмо отправить не удалось")
		"отправить не удалось", "отправить письмо не удалось", "отправить сообщение не удалось"}
	// codeless25NoMoreAttempts: a sender that will not try again ("попыток
	// больше не будет", a mailer's message.failed): the message will not be
	// delivered, permanent (joined to the permanent wording)
	codeless25NoMoreAttempts = []string{"попыток больше не будет", "больше попыток не будет", "повторных попыток не будет", "no more attempts", "no further attempts",
		"keine weiteren versuche", "keine weiteren zustellversuche", "plus aucune tentative", "aucune nouvelle tentative", "no habrá más intentos", "no se harán más intentos",
		"nessun altro tentativo", "não haverá novas tentativas", "不再重试", "不再重試", "再試行は行われません"}
	// codeless25RetryWording: a delivery postponed, said with the delivery
	// first ("郵件傳遞已延遲", as outcomeRetryWording has "延遲傳遞"):
	// transient (joined to the retry wording). The other languages' forms
	// ("la entrega del mensaje se pospuso", "Meddelandeleveransen har
	// skjutits upp") are read by codeless25Localized, which asks for a word
	// of delivery or mail: "wurde verschoben" alone is a meeting's too.
	codeless25RetryWording = []string{"传递已延迟", "傳遞已延遲", "投递已延迟", "投遞已延遲", "递送已延迟", "遞送已延遲",
		// (the English probe after batch b) a queue view's next attempt ("Retry scheduled: the receiving server was busy")
		"retry scheduled", "next retry at", "next retry in", "will retry at", "retry pending",
		// (batch 25-codeless b) a message put back into the queue after a failed attempt ("письмо вернулось в очередь"),
		// as the temporary wording's English "back into the queue"
		"вернулось в очередь", "возвращено в очередь", "поставлено в очередь повторно", "zurück in die warteschlange", "remis en file d'attente",
		"de nuevo en la cola", "devuelto a la cola", "rimesso in coda", "de volta à fila", "重新排队", "重新進入佇列", "再キュー",
		// (batch 26-codeless b) a soft bounce in the Romance languages' other words ("Rebote transitorio: sólo marcado"), as "rebote suave"
		"rebote transitorio", "rebote temporal", "rebond transitoire", "rimbalzo temporaneo", "rimbalzo transitorio", "devolução temporária",
		// (batch 26-codeless) Russian "the attempts go on" (UniSender's err_will_retry: "... оказались неудачными, но попытки продолжаются")
		"попытки продолжаются", "попытки доставки продолжаются", "продолжаются попытки"}
	// codeless25TemporaryWording: "later" in the Traditional Chinese and
	// the kanji forms the temporary wording lacked beside "稍后" and
	// "時間をおいて" ("稍後可能再試", "時間を置いてから"): a later attempt
	// is a temporary state (joined to the temporary wording). Not a bare
	// "later" in the European languages: an NDR's advice "versuchen Sie es
	// später" follows a permanent refusal (heldout15:11).
	codeless25TemporaryWording = []string{"稍後", "時間を置いて",
		// (batch 25-codeless b) Korean "try again later" ("나중에 다시 시도해주세요"), as "잠시 후" is
		"나중에 다시"}
)

var codeless25Rules = []rule{
	// a connection to the mail server that could not be made or was
	// troubled ("We couldn't connect to our SMTP (email) server", "had
	// trouble connecting to the recipients SMTP service"): mta.network's
	// words in the contracted and the "trouble" forms
	{ID: "codeless25.trouble-connecting", Any: []string{"couldn't connect", "can't connect", "trouble connecting", "problem connecting",
		"problems connecting", "difficulty connecting", "issue connecting", "issues connecting", "trouble reaching", "problem reaching"},
		With: []string{"server", "smtp", "host", "mx", "service", "mail system"},
		Not:  []string{"imap", "pop3", "pop server", "incoming"},
		Cat:  Network, Weak: true, Pri: conceptPri + 4,
		Summary: "The sending side could not set up (or keep) the connection to the mail server: a network problem or a server that did not answer.",
		Fix: []string{"Check that the server's name and port are right and that it answers (a firewall, a blocked port, a server that is down).",
			"Send again once the connection works; a sending server retries by itself."}},
	// a spam filter named as what blocked the message ("The email was
	// blocked by the recipient's SMTP's spam filter"): the content's
	// verdict, over the recipient's own list (prov20.recipient-own-list)
	{ID: "codeless25.blocked-by-spam-filter", Any: []string{"blocked by", "stopped by", "caught by", "filtered by"},
		With: []string{"spam filter", "spam-filter", "spamfilter", "anti-spam filter", "antispam filter"},
		Not: []string{"passed through the spam filter", "passed the spam filter", "blacklist", "block list", "blocklist", "dnsbl", "reputation", "ip address",
			"spf", "dkim", "dmarc", "sender id", "rbl"}, // (the filter's authentication verdict: winmta11's "Spam filter: rejected by SPF")
		Cat: SpamContent, Pri: conceptPri + 24,
		Summary: "The receiver's spam filter judged the message as spam and blocked it.",
		Fix:     []string{"Review the message's content, links and authentication (SPF, DKIM, DMARC); send a plainer test message to see whether the filter passes it."}},
	// a message that passed the spam filter and was stopped by the
	// recipient's mailbox settings (Pimsy's "Policy Related" reason): the
	// recipient's own rules, policy, not the spam verdict the filter's
	// name suggests
	{ID: "codeless25.recipient-settings", Any: []string{"recipient's email box settings", "recipient's mailbox settings", "recipient's inbox settings", "recipient's email settings",
		"recipient's mail settings", "recipient's settings", "recipients email box settings", "recipients mailbox settings"},
		With: []string{"stopped", "blocked", "rejected", "refused", "filtered"},
		Cat:  Policy, Pri: conceptPri + 20, Actor: ActorRecipient,
		Summary: "The recipient's own mailbox settings (rules, blocked senders, filters) stopped the message.",
		Fix:     []string{"Ask the recipient by another channel to allow your address in their mailbox settings."}},
	// an address said unsubscribed ("The email address is unsubscribed"):
	// the platform does not send to it, policy (as esp13.unsubscribed)
	{ID: "codeless25.is-unsubscribed", Any: []string{"is unsubscribed", "has been unsubscribed", "was unsubscribed", "are unsubscribed", "is now unsubscribed"},
		With: []string{"address", "email", "e-mail", "contact", "recipient", "subscriber", "member"},
		Not:  []string{"list-unsubscribe", "unsubscribe link", "one-click"},
		Cat:  Policy, Pri: esp9Pri,
		Summary: "The platform does not send: the recipient unsubscribed (or opted out)."},
	// an address not in a valid format ("The email address is not in a
	// valid format"): mta13.address-format's verdict negated
	{ID: "codeless25.not-valid-format", Any: []string{"not in a valid format", "not a valid format", "not in valid format", "not in the correct format", "not in a correct format",
		"not in the right format", "not properly formatted", "not correctly formatted", "not formatted correctly"},
		With: []string{"address", "email", "e-mail", "recipient"},
		Not:  []string{"sender", "mail from", "from address", "date", "phone", "password"},
		Cat:  Syntax, Weak: true, Pri: conceptPri + 2,
		Summary: "The recipient address is not a valid e-mail address (its format is wrong); nothing was sent to it.",
		Fix:     []string{"Correct the address (a missing @, a space, a character not allowed) and send again."}},
	// a server that does not take mail for the recipient's domain, said
	// "not accepting mail for the destination domain" (gw12.domain-not-served
	// reads "for this domain")
	{ID: "codeless25.not-accepting-for-domain", Any: []string{"not accepting mail for", "not accepting email for", "not accepting emails for", "not accepting messages for",
		"does not accept messages for", "no longer accepts mail for", "no longer accepting mail for"},
		With: []string{"domain"},
		Not:  []string{"this user", "this recipient", "this mailbox", "this address", "the user", "the mailbox", "from your domain", "from this domain", "sender"},
		Cat:  RelayDenied, Pri: conceptPri + 6,
		Summary: "The receiving server does not take mail for the recipient's domain (it is not, or no longer, that domain's mail server).",
		Fix:     []string{"Check the recipient domain's MX records: they may point at a server that no longer hosts the domain; tell its owner."}},
	// an address the platform stops sending to after it bounced
	// (SherpaDesk's "Bounced Email" flag: "will no longer attempt to
	// deliver to this address"): a hold after bounces not said to be soft,
	// user-unknown (docs/explain.md, "A hold after a hard bounce")
	{ID: "codeless25.bounced-no-longer", Any: []string{"bounced email", "bounced address", "email bounced", "address bounced", "bounce status", "bounced"},
		With: []string{"no longer attempt to deliver", "no longer attempt to send", "will no longer attempt", "will no longer send", "no longer be sent", "no longer deliver",
			"stop sending to this address", "stopped sending to this address"},
		Not: []string{"soft bounce", "soft-bounce", "soft bounced", "complaint", "spam", "unsubscrib", "your account", "bounce rate"},
		Cat: UserUnknown, Pri: dash15Pri + 2,
		Summary: "The sending platform no longer sends to this address: earlier messages to it bounced, which marks the address as invalid.",
		Fix:     []string{"Check the address with the recipient by another channel; correct it, or have the platform's admin reset its bounce status once it is confirmed."}},
	// the receiving side that could not be reached, said by NetEase's bounce
	// page ("我们无法与收信方联络上", we could not get in touch with the
	// receiving side): the connection, as codeless22NoContact's "联系不上"
	{ID: "codeless25.zh-no-contact", Any: []string{"联络", "聯絡", "联系", "聯繫"},
		With: []string{"无法与", "無法與", "无法和", "無法和", "联络不上", "聯絡不上"},
		Not:  []string{"管理员", "管理員", "客服", "请联系", "請聯絡", "請聯繫"},
		Cat:  Network, Weak: true, Pri: conceptPri + 2,
		Summary: "The sending server could not get in touch with the receiving server (no connection, or no answer).",
		Fix:     []string{"Check the recipient's domain and its MX servers; if they are right, the receiving side was unreachable: send again later."}},
	// a delivery tried many times and still not done ("邮件多次重试后仍未投递成功",
	// a Coremail log tool's reason): the attempts ran out, expired, not the
	// retry its word names (codeless25Localized)
	{ID: "codeless25.zh-retries-exhausted", Any: []string{"多次重试", "重试多次", "多次重試", "重試多次", "多次尝试", "多次嘗試", "反复重试", "反覆重試", "多次投递", "多次投遞"},
		With: []string{"仍未", "仍然未", "仍无法", "仍無法", "仍然无法", "还是无法", "還是無法", "仍失败", "仍失敗", "均失败", "均失敗", "都失败", "都失敗"},
		Cat:  Expired, Pri: conceptPri + 6,
		Summary: "The sending server tried to deliver the message many times and gave up: the attempts ran out before the receiving side accepted it.",
		Fix:     []string{"Find the last attempt's reply in the sending server's log (it says why each attempt failed), fix that cause and send again."}},
	// a command's syntax said wrong in Chinese ("发送的smtp命令语法有误",
	// a PHP helper's gloss of a 500/501): syntax
	{ID: "codeless25.zh-syntax-wrong", Any: []string{"语法有误", "語法有誤", "语法错误", "語法錯誤", "命令有误", "命令有誤", "参数有误", "參數有誤"},
		Not: []string{"地址格式", "邮箱格式", "郵箱格式"},
		Cat: Syntax, Weak: true, Pri: conceptPri,
		Summary: "The server did not understand a command or its parameters (a syntax error in the SMTP dialogue).",
		Fix:     []string{"Check what the client sends (a malformed address in MAIL FROM or RCPT TO, a command the server does not support); a library's debug output shows the dialogue."}},
	// the server that dropped the connection, in the Romance languages and
	// Chinese ("Servidor SMTP se desconectó inesperadamente", an app's
	// message for smtplib's SMTPServerDisconnected): the connection
	{ID: "codeless25.server-disconnected", Any: []string{"se desconectó", "se ha desconectado", "se desconecto", "s'est déconnecté", "a été déconnecté", "a coupé la connexion",
		"si è disconnesso", "ha chiuso la connessione", "desconectou", "se desconectou", "foi desconectado", "断开了连接", "断开连接", "斷開連線", "中斷連線"},
		With: []string{"servidor", "serveur", "server", "smtp", "服务器", "伺服器"},
		Cat:  Network, Weak: true, Pri: conceptPri + 2,
		Summary: "The mail server closed the connection before the message was sent.",
		Fix:     []string{"Send again; if it repeats, check the port and encryption settings (a server that drops clients that do not start TLS) and the server's log."}},
	// (batch 25-codeless b) a recipient on the sender's own suppression or
	// stop list, in other languages ("el destinatario está en lista de
	// supresión", "Получатель в стоп-листе"): policy by the suppression
	// convention, over the spam its list may name (mta.spam), as
	// mta7.suppressed reads "suppression list"
	{ID: "codeless25.l10n-suppression-list", Any: []string{"lista de supresión", "lista de supresion", "liste de suppression", "lista di soppressione", "lista de supressão",
		"unterdrückungsliste", "sperrliste des absenders", "стоп-лист", "стоплист", "стоп лист", "抑制列表", "禁止リスト", "stop list", "stop-list"},
		Not: []string{"bounce", "rebot", "rebond", "hard", "возврат", "ip"},
		Cat: Policy, Pri: 18,
		Summary: "The sending service did not send: the address is on its suppression (stop) list (a complaint, an unsubscribe or a manual entry).",
		Fix:     []string{"Do not send to the address unless the recipient asks again; remove it from the list only with their consent."}},
	// a person who marked earlier mail as spam, in the Romance languages
	// ("El destinatario marcó un correo anterior como spam"): a complaint,
	// policy, as concept19.person-marked-spam reads English; the person is
	// named ("Nachricht als Spam markiert", "se marcó como spam" are a
	// filter's verdict: spam-content)
	{ID: "codeless25.l10n-marked-spam", Any: []string{"el destinatario", "la destinataria", "el suscriptor", "el contacto", "le destinataire", "l'abonné", "le contact",
		"il destinatario", "l'iscritto", "o destinatário", "o contato", "der empfänger", "die empfängerin",
		"vom empfänger", "von der empfängerin"}, // (batch 26-codeless b: "vom Empfänger als Spam gekennzeichnet")
		With: []string{"marcó", "marcaron", "ha marcado", "a marqué", "a signalé", "ha segnalato", "ha contrassegnato", "marcou", "als spam gemeldet", "als spam markiert hat",
			// (batch 26-codeless b) the participle with the person after it ("Marqué comme indésirable par le destinataire")
			"als spam gekennzeichnet", "marqué comme indésirable", "marqué comme spam", "marquée comme indésirable", "marquée comme spam"},
		Not: []string{"filtro", "filtre", "filter", "sistema", "système", "servidor", "serveur", "server", "leído", "lu ", "letto", "lido", "gelesen"},
		Cat: Policy, Pri: 18, Actor: ActorRecipient,
		Summary: "The recipient reported earlier mail as spam (a complaint): the sending platform no longer sends to this address."},
	// an address that bounced before, in the Romance languages ("El correo
	// rebotó previamente"): the suppression convention's user-unknown, as
	// mta7.suppressed-bounced reads "previously bounced"
	{ID: "codeless25.l10n-previously-bounced", Any: []string{"rebotó previamente", "rebotó anteriormente", "ha rebotado anteriormente", "ya rebotó", "a déjà rebondi", "a rebondi précédemment",
		"già rimbalzat", "retornou anteriormente", "ранее вернулось", "ранее возвращ"},
		Not: []string{"soft", "blando", "temporal", "temporaire", "temporaneo"},
		Cat: UserUnknown, Pri: 10,
		Summary: "The sending service did not send: the address is on its suppression list because it bounced before.",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before removing it from the service's suppression list."}},
	// sending limited for too many requests, in Spanish and Portuguese
	// ("Brevo limitó el envío por exceso de solicitudes"): a rate limit
	{ID: "codeless25.l10n-too-many-requests", Any: []string{"exceso de solicitudes", "exceso de peticiones", "demasiadas solicitudes", "demasiadas peticiones", "excesso de solicitações",
		"excesso de requisições", "muitas solicitações", "muitas requisições", "trop de requêtes", "troppe richieste"},
		Cat: RateLimited, Pri: conceptPri + 4,
		Summary: "The sending service or the receiver limited how many requests or messages are accepted in a period; it retries or accepts again later.",
		Fix:     []string{"Slow the sending rate (fewer requests per second); the service retries by itself."}},
	// a DNS problem of a deferred message ("Status: Deferred (Host not
	// found – DNS issue for destination domain)", a queue view's error): the
	// lookup for now, network, as wording.dns-try-again reads "Host not
	// found, try again"; a permanent "host not found" stays host-unknown
	{ID: "codeless25.deferred-dns-issue", Any: []string{"dns issue", "dns issues", "dns problem", "dns problems", "dns trouble"},
		With: []string{"deferred", "will retry", "will be retried", "retrying", "try again", "temporar", "still queued", "in the queue"},
		Not:  []string{"permanent", "bounced", "does not exist", "doesn't exist", "no such domain", "nxdomain"},
		Cat:  Network, Pri: conceptPri + 12,
		Summary: "A DNS lookup for the recipient's domain failed for now; the message stays queued and the MTA retries.",
		Fix: []string{"Nothing to do at once: the MTA retries by itself.",
			"If it persists, check the domain's MX and name servers from the sending host (`dig MX domain`)."}},
	// (the English probe after batch b) a domain said to have no mail
	// server ("Undelivered: domain has no mail server"): no MX, the
	// domain accepts no mail, as mta7.no-mx-records reads "no MX record"
	{ID: "codeless25.no-mail-server", Any: []string{"has no mail server", "have no mail server", "has no mail servers", "no mail server found", "no mail server for",
		"no mail servers for", "without a mail server", "has no email server", "no email server found",
		// (batch 26-codeless) Russian: "Запись в DNS есть, но smtp сервер отсутствует" (UniSender's err_no_smtp)
		"smtp сервер отсутствует", "smtp-сервер отсутствует", "почтовый сервер отсутствует", "нет почтового сервера", "нет smtp сервера", "нет smtp-сервера"},
		Not: []string{"outgoing", "smtp server configured", "configure"},
		Cat: HostUnknown, Pri: conceptPri + 4,
		Summary: "The recipient's domain has no mail server (no MX record, or none that answers for mail): it accepts no mail.",
		Fix:     []string{"Check the recipient address's domain for a typo; if it is right, its owner must publish MX records."}},
	// a server that asks for a secure connection, said without STARTTLS or
	// TLS by name ("Cannot send mail: the server requires a secure
	// connection"): tls-required, as mta.tls reads "requires TLS"
	{ID: "codeless25.requires-secure-connection", Any: []string{"requires a secure connection", "require a secure connection", "secure connection is required",
		"secure connection required", "requires an encrypted connection", "encrypted connection is required", "encrypted connection required"},
		// (System.Net.Mail's "requires a secure connection or the client is not
		// authenticated" is the corpus's auth-required: heldout21:150)
		Not: []string{"certificate", "handshake", "or the client", "authenticat", "authentifiz"},
		Cat: TLSRequired, Pri: conceptPri + 4,
		Summary: "The server accepts mail only over an encrypted (TLS) connection; the client connected without it.",
		Fix:     []string{"Turn on SSL/TLS or STARTTLS for the outgoing server in the client's account settings (port 465 with SSL/TLS, or 587 with STARTTLS)."}},
	// a mail's header field named as the reason of a refusal in Chinese,
	// Japanese or Korean ("退信原因：因信头from字段拒收邮件"): the message's
	// form, rfc-noncompliant, over the recipient's refusal the verb alone
	// names (intl.recipient-refuses)
	{ID: "codeless25.cjk-header-refused", Any: []string{"信头", "信頭", "邮件头", "郵件頭", "头字段", "頭字段", "ヘッダ", "헤더"},
		With: []string{"拒收", "拒绝", "拒絕", "拒否", "거부", "不合规", "不合規", "不符合", "字段", "フィールド", "필드"},
		Not:  []string{"发件人地址", "寄件者地址", "ip"},
		Cat:  RFCNoncompliant, Pri: conceptPri + 6,
		Summary: "The receiver refused the message for a header field (From, Date, Message-ID ...) that is missing or malformed by the standard (RFC 5322).",
		Fix:     []string{"Check the message's header fields: a From field with a display name must be encoded (RFC 2047) and hold one valid address; Date and Message-ID must be well formed."}},
}
