package explain

import "testing"

// Held-out batch 25-lang: non-English replies, concept by language, a
// third of them without a code. Each kind is tested in new wording (not
// the batch's rows), in languages the batch did not hold for it; negative
// cases keep the neighbouring readings.

// "requires" said with the verb in the languages the families lacked
// (tr "gerektiriyor", fi "vaatii", hu "kér/igényel", vi "yêu cầu", hr
// "zahtijeva", bg "изисква"): the login asked for, not a login refused.
func TestKindLang25RequiresVerb(t *testing.T) {
	checkKinds(t, []kindCase{
		{"E-posta gönderilemedi: sunucu kimlik doğrulaması gerektiriyor", AuthRequired, ClassPermanent},
		{"Lähetys ei onnistunut, koska SMTP-palvelin vaatii tunnistautumisen", AuthRequired, ClassPermanent},
		{"Hiba: az SMTP-kiszolgáló hitelesítést igényel", AuthRequired, ClassPermanent},
		{"Không thể gửi email: máy chủ SMTP yêu cầu xác thực người dùng", AuthRequired, ClassPermanent},
		// neighbours: a login refused stays auth-failed
		{"E-posta gönderilemedi: kimlik doğrulama başarısız", AuthFailed, ClassPermanent},
		{"Az SMTP hitelesítés sikertelen, ellenőrizze a jelszót", AuthFailed, ClassPermanent},
	})
}

// A message not delivered within the deadline or its maximum time in the
// queue (lang17.l10n-message-expired): expired.
func TestKindLang25ExpiryDeadline(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Beskeden kunne ikke leveres inden for tidsfristen og sendes retur.", Expired, ClassPermanent},
		{"Meddelandet kunde inte levereras inom tidsgränsen och har returnerats.", Expired, ClassPermanent},
		{"El mensaje superó el tiempo máximo en la cola y fue devuelto al remitente.", Expired, ClassPermanent},
	})
}

// An Arabic connection time-out ("انتهت مهلة الاتصال", the connection's
// time-out ran out) is network, not a message's expiry; the message's
// validity that ran out stays expired.
func TestKindLang25ArabicConnectionTimeout(t *testing.T) {
	checkKinds(t, []kindCase{
		{"تعذر إرسال الرسالة لأن مهلة الاتصال بالخادم انتهت", Network, ClassTransient},
		{"خطأ: انتهت مهلة الاتصال أثناء إرسال الرسالة", Network, ClassTransient},
		{"Η αποστολή απέτυχε: έληξε το χρονικό όριο σύνδεσης με τον διακομιστή", Network, ClassTransient},
		// neighbour: the message's validity
		{"انتهت صلاحية الرسالة في قائمة الانتظار ولم يتم التسليم", Expired, ClassPermanent},
	})
}

// An address no longer valid, with the new address to write to, or a
// recipient who "changed address" in the big eight: moved.
func TestKindLang25AddressChanged(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Diese Adresse ist nicht mehr gültig. Bitte schreiben Sie künftig an neu@kanzlei.example", Moved, ClassPermanent},
		{"Esta dirección ya no es válida; escriba a contacto@nueva.example", Moved, ClassPermanent},
		{"Il destinatario ha cambiato indirizzo e non riceve più posta qui.", Moved, ClassPermanent},
		// neighbour: no longer valid without a new address stays the unknown address
		{"Cette adresse e-mail n'est plus valide.", UserUnknown, ClassPermanent},
	})
}

// "Inactive" in Japanese and Chinese: the disabled mailbox.
func TestKindLang25Inactive(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 宛先のメールボックスは非アクティブです", MailboxDisabled, ClassPermanent},
		{"550 收件人邮箱处于非活动状态，无法投递", MailboxDisabled, ClassPermanent},
	})
}

// A DNS query that failed, in the languages (lang25.l10n-dns-query-failed):
// network, as the English "DNS query failed"; a domain that does not exist
// keeps host-unknown.
func TestKindLang25DNSQueryFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"DNS-Abfrage für mx.kunde.example fehlgeschlagen", Network, ClassTransient},
		{"Échec de la requête DNS pour le domaine atelier.example", Network, ClassTransient},
		{"Consulta DNS fallida para el dominio estudio.example", Network, ClassTransient},
		{"DNS-запрос для домена zavod.example завершился ошибкой", Network, ClassTransient},
		// neighbour: the domain that does not exist
		{"Домен zavod.example не существует", HostUnknown, ClassPermanent},
	})
}

// The sender's address is not the account logged in
// (lang25.l10n-sender-not-auth-account): sender-invalid, as the corpus
// reads "553 Mail from must equal authorized user".
func TestKindLang25SenderNotAuthAccount(t *testing.T) {
	checkKinds(t, []kindCase{
		{"发信失败：发件人地址与登录账号不匹配", SenderInvalid, ClassPermanent},
		{"送信者アドレスが認証アカウントと一致しません", SenderInvalid, ClassPermanent},
		{"Die Absenderadresse stimmt nicht mit dem authentifizierten Benutzer überein", SenderInvalid, ClassPermanent},
		{"L'adresse de l'expéditeur ne correspond pas au compte authentifié", SenderInvalid, ClassPermanent},
	})
}

// Batch 25-langb: "required" said with the adjective after an
// application's "sending failed" (lang24.l10n-server-requires-auth): the
// login asked for, not a login refused.
func TestKindLang25RequiredAfterSendFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Versand fehlgeschlagen: für diesen Server ist eine Authentifizierung erforderlich", AuthRequired, ClassPermanent},
		{"Échec de l'envoi : l'authentification est obligatoire sur ce serveur", AuthRequired, ClassPermanent},
		{"Ошибка отправки: требуется авторизация на SMTP-сервере", AuthRequired, ClassPermanent},
		// neighbour: the login refused
		{"Versand fehlgeschlagen: Authentifizierung fehlgeschlagen, Passwort falsch", AuthFailed, ClassPermanent},
	})
}

// Batch 25-langb: the interval between messages too short
// (lang25.l10n-send-interval-too-short): rate-limited.
func TestKindLang25SendIntervalTooShort(t *testing.T) {
	checkKinds(t, []kindCase{
		{"发送间隔太短，请稍后再发", RateLimited, ClassTransient},
		{"메일 발송 간격이 너무 짧습니다. 잠시 후 다시 시도하세요", RateLimited, ClassTransient},
		{"Das Sendeintervall ist zu kurz, bitte warten Sie einen Moment", RateLimited, ClassTransient},
	})
}

// Batch 25-langb: the Dutch sender ("afzender") keeps a refusal about the
// sender's domain off the recipient's domain; a receiving server's
// internal error said with the delivery in Chinese is server-error.
func TestKindLang25DutchSenderAndInternalError(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Domein van de afzender bestaat niet", SenderInvalid, ClassPermanent},
		{"Het domein van de ontvanger bestaat niet", HostUnknown, ClassPermanent},
		{"收件服务器内部错误，请稍后重新投递", ServerError, ClassTransient},
	})
}

// Probe after batch 25-langb (codeless application and delivery-tool
// texts): a connection closed or dropped unexpectedly
// (lang25.l10n-closed-unexpectedly):
// network, as the English "connection closed unexpectedly".
func TestKindLang25ClosedUnexpectedly(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die Verbindung zum Mailserver wurde unerwartet getrennt", Network, ClassTransient},
		{"A conexão com o servidor de e-mail foi encerrada inesperadamente", Network, ClassTransient},
		{"Il server di posta si è disconnesso inaspettatamente", Network, ClassTransient},
		{"与邮件服务器的连接被意外关闭", Network, ClassTransient},
		{"Połączenie z serwerem SMTP zostało nieoczekiwanie przerwane", Network, ClassTransient},
	})
}

// The sending server gave up after several attempts, or its retries'
// limit was reached (lang25.l10n-gave-up-after-attempts): expired; retry
// advice, logins and connections keep their readings.
func TestKindLang25GaveUpAfterAttempts(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Nach mehreren Versuchen wurde die Zustellung aufgegeben", Expired, ClassPermanent},
		{"Entrega abandonada después de varios intentos", Expired, ClassPermanent},
		{"Доставка прекращена после нескольких попыток, письмо возвращено", Expired, ClassPermanent},
		{"重试次数已达上限，邮件已退回", Expired, ClassPermanent},
		{"再試行回数の上限に達したため配信を中止しました", Expired, ClassPermanent},
		{"Retry limit exceeded for this message", Expired, ClassPermanent},
	})
	// neighbours: retry advice, logins and connections tried several times are no expiry
	for _, in := range []string{"送信に失敗しました。しばらくしてから再試行してください", "Anmeldung nach mehreren Versuchen fehlgeschlagen: Passwort prüfen",
		"Connexion au serveur impossible après plusieurs tentatives"} {
		if e, err := explainOne(in); err == nil && e.Category == Expired {
			t.Errorf("%q read as an expiry (rule %q)", in, e.Rule)
		}
	}
}

// A syntax error in a command, in the languages (lang25.l10n-command-syntax).
func TestKindLang25CommandSyntax(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Syntaxfehler im Befehl RCPT TO", Syntax, ClassPermanent},
		{"Errore di sintassi nel comando inviato al server", Syntax, ClassPermanent},
		{"SMTP 命令语法错误，请检查", Syntax, ClassPermanent},
		{"SMTPコマンドの構文エラーです", Syntax, ClassPermanent},
		{"Błąd składni polecenia SMTP", Syntax, ClassPermanent},
	})
}

// Probe 2 (the 22 other languages): words the families lacked — Slovak
// "nepodarilo sa pripojiť", Persian "ناموفق", Swedish "relä", and a
// delivery broken off after several attempts (pl, sv).
func TestKindLang25Probe2Words(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Nepodarilo sa pripojiť k poštovému serveru", Network, ClassTransient},
		{"اتصال به سرور ایمیل ناموفق بود", Network, ClassTransient},
		{"550 Relä till extern domän nekad", RelayDenied, ClassPermanent},
		{"Wysyłka przerwana po wielu próbach doręczenia", Expired, ClassPermanent},
		{"Leveransen avbröts efter flera försök", Expired, ClassPermanent},
	})
}

// Probe 3 (the big eight, codeless summaries): the recipient blocked the
// sender's address (lang25.l10n-recipient-blocked-you, policy, not a
// disabled mailbox); a domain without an MX record
// (lang25.l10n-no-mx-record, host-unknown; the sender's stays off it);
// French "identifié comme indésirable" (spam).
func TestKindLang25Probe3(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Der Empfänger hat Nachrichten von Ihrer Adresse blockiert.", Policy, ClassPermanent},
		{"Il destinatario ha bloccato la ricezione dal tuo indirizzo", Policy, ClassPermanent},
		{"Получатель заблокировал входящие письма с вашего адреса", Policy, ClassPermanent},
		{"Für die Empfängerdomain existiert kein MX-Eintrag", HostUnknown, ClassPermanent},
		{"El dominio destino no tiene registro MX", HostUnknown, ClassPermanent},
		{"收件域名没有MX记录", HostUnknown, ClassPermanent},
		{"Le courriel a été identifié comme indésirable par le filtre du destinataire", SpamContent, ClassPermanent},
		// neighbour: the recipient's mailbox blocked (by the provider) stays disabled
		{"Le compte du destinataire est bloqué.", MailboxDisabled, ClassPermanent},
	})
}

// Probes 4 and 5: the delivery time used up (pt/es/fr phrases), and the
// less common concepts in the other languages — Thai PTR record and
// virus found, Arabic "must use an encrypted connection", greylisting in
// sk, bg, fa and unaccented Greek.
func TestKindLang25Probes4And5(t *testing.T) {
	checkKinds(t, []kindCase{
		{"A mensagem foi devolvida: prazo de entrega esgotado.", Expired, ClassPermanent},
		{"550 5.7.1 เซิร์ฟเวอร์ของคุณไม่มีระเบียน PTR", PTRRequired, ClassPermanent},
		{"554 ข้อความถูกปฏิเสธ: พบไวรัส", Virus, ClassPermanent},
		{"530 يجب إنشاء اتصال مشفر قبل الإرسال", TLSRequired, ClassPermanent},
		{"450 4.7.1 Sivý zoznam, skúste neskôr", Greylisted, ClassTransient},
		{"451 Адресът е в сив списък, опитайте по-късно", Greylisted, ClassTransient},
		{"451 لیست خاکستری؛ بعدا تلاش کنید", Greylisted, ClassTransient},
	})
}

// Probe 7 (mail clients' localized send errors in ja, ko, zh and the big
// European five): Japanese "応答していません" (not responding: network),
// Korean "암호" (password) in a refused login.
func TestKindLang25Probe7(t *testing.T) {
	checkKinds(t, []kindCase{
		{"メールサーバーが応答していません", Network, ClassTransient},
		{"SMTP 서버 로그인 실패: 암호가 잘못되었습니다", AuthFailed, ClassPermanent},
	})
}
