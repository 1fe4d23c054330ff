package explain

import "testing"

// Held-out batch 24-lang: non-English replies, concept by language. Each
// kind is tested in new wording (not the batch's rows), in languages the
// batch did not hold for it; negative cases keep the neighbouring readings.

// The sender's IP address on a black list, in the languages whose phrase
// holds the sender's address ("IP-Adresse des Absenders", "IP-адрес
// отправителя"): reputation, not the sender's address
// (lang24.l10n-sender-ip-listed).
func TestKindLang24SenderIPListed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Die IP-Adresse des Absenders steht auf der schwarzen Liste", Reputation, ClassPermanent},
		{"554 IP adresa odesílatele je na černé listině", Reputation, ClassPermanent},
		{"550 Письмо не принято: IP-адрес отправителя внесён в черный список", Reputation, ClassPermanent},
		{"550 IP-адресу відправника заблоковано: чорний список", Reputation, ClassPermanent},
		{"554 IP adresa pošiljatelja nalazi se na crnoj listi (blacklist)", Reputation, ClassPermanent},
		{"550 5.7.1 IP-adres van de afzender staat op een blacklist", Reputation, ClassPermanent},
		// neighbours: the sender's address on the recipient's own list stays policy
		{"Der Absender steht auf der Blacklist des Empfängers.", Policy, ClassPermanent},
		{"550 Адрес отправителя находится в черном списке получателя", Policy, ClassPermanent},
	})
}

// An e-mail address that expired: the address is no longer valid
// (lang24.address-expired), not a message's expiry; a message, a link or a
// certificate that expired keeps its reading.
func TestKindLang24AddressExpired(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die Nachricht an ute@firma.example kam zurück: Die E-Mail-Adresse ist abgelaufen.", UserUnknown, ClassPermanent},
		{"Cette adresse e-mail a expiré.", UserUnknown, ClassPermanent},
		{"550 5.1.1 La dirección de correo ha caducado o no es válida", UserUnknown, ClassPermanent},
		{"550 L'indirizzo email del destinatario è scaduto", UserUnknown, ClassPermanent},
		{"このメールアドレスは有効期限が切れています", UserUnknown, ClassPermanent},
		{"The recipient's email address has expired.", UserUnknown, ClassPermanent},
		// neighbours: the message's time
		{"Die Nachricht ist abgelaufen: Die Zustellung an die E-Mail-Adresse war nicht möglich.", Expired, ClassPermanent},
		{"Le message a expiré dans la file d'attente.", Expired, ClassPermanent},
	})
}

// A bounce whose only cause is its advice to check the recipients'
// addresses (lang24.check-recipient-address); a reply quoted with it
// decides.
func TestKindLang24CheckRecipientAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Ihre Nachricht konnte nicht zugestellt werden. Bitte überprüfen Sie die Empfängeradresse.", UserUnknown, ClassPermanent},
		{"Votre message n'a pas pu être remis. Vérifiez l'adresse du destinataire.", UserUnknown, ClassPermanent},
		{"No se pudo entregar su mensaje. Compruebe la dirección del destinatario.", UserUnknown, ClassPermanent},
		{"邮件无法送达，请检查收件人地址是否正确。", UserUnknown, ClassPermanent},
		{"Письмо не доставлено. Проверьте адрес получателя.", UserUnknown, ClassPermanent},
		// neighbours: the quoted reply decides
		{"Ihre Nachricht konnte nicht zugestellt werden. Bitte überprüfen Sie die Empfängeradresse.\n550 5.7.1 Relay access denied", RelayDenied, ClassPermanent},
		{"Votre message n'a pas pu être remis. Vérifiez l'adresse du destinataire.\n552 5.2.2 Mailbox full", MailboxFull, ClassPermanent},
	})
}

// Words the families lacked: relaying refused with the verb first ("No se
// permite la retransmisión"), Turkish "röle", the PTR record in Croatian
// and Serbian, Czech "v časovém limitu", the French "messagerie".
func TestKindLang24Words(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 No se permite el relay: retransmisión denegada para este dominio", RelayDenied, ClassPermanent},
		{"550 5.7.1 Non è consentito l'inoltro verso domini esterni", RelayDenied, ClassPermanent},
		{"550 5.7.1 Não é permitida a retransmissão sem autenticação", RelayDenied, ClassPermanent},
		{"554 5.7.1 Röle izni yok: röle reddedildi", RelayDenied, ClassPermanent},
		{"550 5.7.1 Server pošiljaoca nema PTR zapis", PTRRequired, ClassPermanent},
		{"550 5.7.1 Сервер нема PTR запис", PTRRequired, ClassPermanent},
		{"Zpráva nebyla doručena v časovém limitu 5 dnů.", Expired, ClassPermanent},
		{"Správa nebola doručená v časovom limite.", Expired, ClassPermanent},
		{"Service de messagerie inaccessible pour le moment.", Network, ClassTransient},
		// neighbours: a permitted relay is no refusal; the PTR named with a hostname check
		{"250 2.1.5 Ok", Success, ClassSuccess},
	})
}

// Probes after batch a: Gmail's localized "Message not delivered" card
// after connection failures is final (permanentWording, and the German,
// Dutch and Scandinavian compounds of intl14RequestWords); an
// application's "could not send" whose cause is the login the server
// requires, or a login it refused; a sender refused in the active past;
// spam in Thai, Persian, Croatian/Serbian, Czech/Slovak and Bulgarian.
func TestKindLang24ProbeKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Nachricht nicht zugestellt\n\nEs gab ein Problem bei der Zustellung an jan@werk.example. Der Empfängerserver hat unsere Verbindungsanfragen nicht angenommen.", Network, ClassPermanent},
		{"Mensaje no entregado\n\nEl servidor del destinatario no ha aceptado nuestras solicitudes de conexión.", Network, ClassPermanent},
		{"Сообщение не доставлено\n\nСервер получателя не принимает наши запросы на соединение.", Network, ClassPermanent},
		{"Error al enviar: el servidor SMTP requiere autenticación para enviar correo.", AuthRequired, ClassPermanent},
		{"Invio non riuscito: il server richiede l'autenticazione.", AuthRequired, ClassPermanent},
		{"Le serveur a refusé l'authentification de ce compte.", AuthFailed, ""},
		{"Сервер отклонил аутентификацию.", AuthFailed, ""},
		{"O servidor recusou o remetente informado.", SenderInvalid, ""},
		{"554 5.7.1 ข้อความของคุณถูกระบุว่าเป็นสแปม", SpamContent, ClassPermanent},
		{"550 5.7.1 این پیام هرزنامه تشخیص داده شد", SpamContent, ClassPermanent},
		{"554 5.7.1 Poruka je označena kao neželjena pošta", SpamContent, ClassPermanent},
		{"554 5.7.1 Zpráva byla vyhodnocena jako nevyžádaná pošta", SpamContent, ClassPermanent},
		// neighbours: a delay (no final headline) keeps the retry; relaying without authentication stays relay-denied
		{"Der Empfängerserver hat unsere Verbindungsanfragen nicht angenommen. Wir versuchen es weiter.", Network, ClassTransient},
		{"550 5.7.1 Relais refusé sans authentification", RelayDenied, ClassPermanent},
	})
}

// .NET's localized SmtpException texts (forms_lib11.go's dotnetResponses
// and localized dotnetStatusTexts): the server's reply after "Die
// Serverantwort war:" or "La respuesta del servidor fue:" decides, as after
// the English "The server response was:", and the localized wrapper's own
// words ("sichere Verbindung erforderlich") do not vote.
func TestKindLang24DotnetLocalized(t *testing.T) {
	if got := dotnetStatusTexts[dotnetEnglishTexts-1].text; got != "transaction failed." {
		t.Fatalf("dotnetEnglishTexts does not end the English texts: %q", got)
	}
	checkKinds(t, []kindCase{
		{"Fehler beim Senden der E-Mail: Für den SMTP-Server ist eine sichere Verbindung erforderlich, oder der Client wurde nicht authentifiziert. Die Serverantwort lautete: 5.7.0 Bitte zuerst anmelden", AuthRequired, ClassPermanent},
		{"Für den SMTP-Server ist eine sichere Verbindung erforderlich, oder der Client wurde nicht authentifiziert. Die Serverantwort war: 5.7.0 Must issue a STARTTLS command first.", TLSRequired, ClassPermanent},
		{"Für den SMTP-Server ist eine sichere Verbindung erforderlich, oder der Client wurde nicht authentifiziert. Die Serverantwort war: „5.7.0 Authentifizierung erforderlich“", AuthRequired, ClassPermanent},
		{"Postfach nicht verfügbar. Die Serverantwort war: 5.1.1 <tom@firma.example>: Recipient address rejected: User unknown in virtual mailbox table", UserUnknown, ClassPermanent},
		{"Buzón no disponible. La respuesta del servidor fue: 5.7.1 Unable to relay", RelayDenied, ClassPermanent},
		{"El servidor SMTP requiere una conexión segura o el cliente no se autenticó. La respuesta del servidor fue: 5.5.1 Authentication Required.", AuthRequired, ClassPermanent},
		{"メールボックスは使用できません。 サーバーの応答は次のとおりでした。5.2.2 Mailbox full", MailboxFull, ClassPermanent},
		// probe 3: Italian's "Risposta del server:", French with the typographic apostrophe (n’était)
		{"Errore durante l'invio: Il server SMTP richiede una connessione protetta oppure il client non è stato autenticato. Risposta del server: 5.7.0 Autenticazione richiesta", AuthRequired, ClassPermanent},
		{"Échec de l’envoi : le serveur SMTP requiert une connexion sécurisée ou le client n’était pas authentifié. La réponse du serveur était : 5.7.1 Authentification requise", AuthRequired, ClassPermanent},
		// the Microsoft restricted sender in the languages of its docs (lang19OutboundSender)
		{"550 5.1.8 acceso denegado, remitente de salida incorrecto", Reputation, ClassPermanent},
		{"550 5.1.8 アクセスが拒否されました。アウトバウンド送信者が正しくありません", Reputation, ClassPermanent},
		// the attachment's capacity limited, in Chinese
		{"附件容量超限，无法发送", MessageTooBig, ClassPermanent},
	})
}

// Probe 4 (applications' localized send errors): a sending service's API
// key refused, in the languages (lang24.l10n-api-key-invalid).
func TestKindLang24APIKey(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Ошибка отправки: неверный API-ключ", AuthFailed, ClassPermanent},
		{"Ungültiger API-Schlüssel für den Mailversand", AuthFailed, ClassPermanent},
		{"Clé API invalide : l'envoi a été refusé", AuthFailed, ClassPermanent},
		{"APIキーが無効です", AuthFailed, ClassPermanent},
		{"发送失败：API密钥错误", AuthFailed, ClassPermanent},
	})
}

// Probe 5 (Outlook's NDRs in 18 other languages): Exchange's 5.1.1 user
// text in Slovak, Indonesian and Bulgarian (intlMailboxSubjects,
// intlNotExistVerdicts), Danish and Norwegian "er for stor"
// (intlTooBigVerdicts), and Indonesian "pengirim" (sender), which begins
// "pengiriman" (delivery): "Pengiriman gagal" no longer reads as the
// sender (intl13SenderSubjects, intlSenderWords).
func TestKindLang24OutlookOtherLanguages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Pengiriman gagal ke penerima atau grup ini:\n\nsiti@toko.example\nAlamat email yang Anda masukkan tidak dapat ditemukan.", UserUnknown, ClassPermanent},
		{"Pengiriman pesan gagal. Alamat email penerima tidak ditemukan.", UserUnknown, ""},
		{"Zadaná e-mailová adresa sa nenašla.", UserUnknown, ClassPermanent},
		{"Имейл адресът на получателя не може да бъде намерен.", UserUnknown, ClassPermanent},
		{"552 Beskeden er for stor til modtagerens server", MessageTooBig, ClassPermanent},
		{"552 Meldingen er for stor", MessageTooBig, ClassPermanent},
		// neighbour: the sender in Indonesian still reads
		{"553 Alamat pengirim tidak valid", SenderInvalid, ClassPermanent},
	})
}

// Probe 6 (Gmail's "Address not found" card in 12 languages): the address
// named alone in Vietnamese, Indonesian, Greek and Hungarian
// (intlMailboxSubjects); the sender's address keeps its reading.
func TestKindLang24AddressNotFoundCard(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Thư không được gửi vì không tìm thấy địa chỉ người nhận.", UserUnknown, ""},
		{"Pesan tidak terkirim karena alamat tidak ditemukan.", UserUnknown, ""},
		{"Το μήνυμα δεν παραδόθηκε επειδή η διεύθυνση δεν βρέθηκε.", UserUnknown, ""},
		{"Az üzenet nem lett kézbesítve, mert a cím nem található.", UserUnknown, ""},
		// neighbours: the sender's address
		{"553 Alamat pengirim tidak ditemukan", SenderInvalid, ClassPermanent},
		{"553 Η διεύθυνση αποστολέα δεν βρέθηκε", SenderInvalid, ClassPermanent},
	})
}
