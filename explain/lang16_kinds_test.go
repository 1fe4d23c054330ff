package explain

import "testing"

// Held-out batch 16-lang: depth in the large providers' languages. Each
// kind is tested in new wording (not the batch's rows), in languages of
// the batch and the same kind's negative cases, so that a fix is a table
// of the language, not a string.

// Microsoft's localized NDR: the header states a failed delivery
// (permanent, even when the user text says "try again later"), and the
// Outlook.com header names the recipient "not found" at the domain.
func TestKindLang16NDRHeaderAndNotFound(t *testing.T) {
	checkKinds(t, []kindCase{
		// the recipient not found, named by name (no mailbox word)
		{"Ihre Nachricht an tom@verlag.example konnte nicht zugestellt werden.\n\ntom wurde in verlag.example nicht gefunden.", UserUnknown, ClassPermanent},
		{"Votre message à zoe@mairie.example n'a pas pu être remis.\n\nzoe est introuvable sur mairie.example.", UserUnknown, ClassPermanent},
		{"No se pudo entregar el mensaje a raul@taller.example.\n\nNo se encontró raul en taller.example.", UserUnknown, ClassPermanent},
		{"Impossibile recapitare il messaggio a luca@bottega.example.\n\nImpossibile trovare luca in bottega.example.", UserUnknown, ClassPermanent},
		{"Sua mensagem para bia@loja.example não pôde ser entregue.\n\nbia não foi encontrada em loja.example.", UserUnknown, ClassPermanent},
		{"Не удалось доставить ваше сообщение для anna@shkola.example.\n\nНе удалось найти anna в shkola.example.", UserUnknown, ClassPermanent},
		{"你发往 zhou@xuexiao.example 的邮件无法送达。\n\n在 xuexiao.example 中找不到 zhou。", UserUnknown, ClassPermanent},
		{"Uw bericht aan els@school.example kan niet worden bezorgd.\n\nels is niet gevonden in school.example.", UserUnknown, ClassPermanent},
		{"Nie można dostarczyć wiadomości do ewa@szkola.example.\n\nNie znaleziono ewa w szkola.example.", UserUnknown, ClassPermanent},
		// a host or server not found is no unknown recipient
		{"Ihre Nachricht konnte nicht zugestellt werden: der Host mx.verlag.example wurde nicht gefunden.", HostUnknown, ClassPermanent},
		// the header makes a full mailbox permanent over "try again later"
		{"Échec de la remise pour ces destinataires ou groupes :\n\ncompta@mairie.example\nLa boîte aux lettres est pleine. Réessayez plus tard.", MailboxFull, ClassPermanent},
		{"Falha na entrega para estes destinatários ou grupos:\n\nrh@loja.example\nA caixa de correio está cheia. Tente novamente mais tarde.", MailboxFull, ClassPermanent},
		{"Dostarczenie nie powiodło się do następujących adresatów lub grup:\n\nbiuro@szkola.example\nSkrzynka jest pełna. Spróbuj ponownie później.", MailboxFull, ClassPermanent},
		// the header alone: a failed delivery whose cause is not given
		{"Recapito non riuscito per i destinatari o i gruppi seguenti:\n\nsegreteria@bottega.example", Unknown, ClassPermanent},
		// a delay notice: queued again, temporary
		{"Remise différée à ces destinataires ou groupes :\n\ncompta@mairie.example\nCe message n'a pas encore été remis.", Unknown, ClassTransient},
		{"Entrega retrasada a estos destinatarios o grupos:\n\nventas@taller.example", Unknown, ClassTransient},
	})
}

// A client that timed out waiting for the server's response (a response,
// not a connection, is what it names); Korean "초과" is no "wait N seconds".
func TestKindLang16ResponseTimeout(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Zeitüberschreitung: keine Antwort vom SMTP-Server smtp.verlag.example.", Network, ClassTransient},
		{"Le délai d'attente de la réponse du serveur SMTP est expiré.", Network, ClassTransient},
		{"Tiempo de espera agotado: se agotó el tiempo esperando la respuesta del servidor.", Network, ClassTransient},
		{"Nessuna risposta dal server SMTP: timeout.", Network, ClassTransient},
		{"Истекло время ожидания ответа от SMTP-сервера.", Network, ClassTransient},
		{"SMTP サーバーの応答がタイムアウトしました。", Network, ClassTransient},
		{"SMTP 服务器响应超时。", Network, ClassTransient},
		{"SMTP 伺服器回應逾時。", Network, ClassTransient},
		{"SMTP 서버 응답 시간이 초과되었습니다.", Network, ClassTransient},
		{"SMTP-sunucusundan yanıt alınamadı: zaman aşımı.", Network, ClassTransient},
		// the webmail interval rule still reads "wait N seconds"
		{"메일을 보내려면 30초 기다려 주세요.", RateLimited, ClassTransient},
	})
}

// A server that refused the password or the login.
func TestKindLang16LoginRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Der Postausgangsserver hat Ihr Kennwort abgelehnt.", AuthFailed, ClassPermanent},
		{"Le serveur a refusé le mot de passe du compte.", AuthFailed, ClassPermanent},
		{"El servidor rechazó la contraseña de la cuenta.", AuthFailed, ClassPermanent},
		{"O servidor rejeitou a senha informada.", AuthFailed, ClassPermanent},
		{"Сервер отклонил пароль учетной записи.", AuthFailed, ClassPermanent},
		{"サーバーがパスワードを拒否しました。", AuthFailed, ClassPermanent},
		{"Sunucu parolanızı reddetti.", AuthFailed, ClassPermanent},
	})
	// a password that is required is no password refused
	if e, err := explainOne("Der Server hat abgelehnt: für den Versand ist ein Passwort erforderlich."); err == nil && e.Rule == "lang16.l10n-login-refused" {
		t.Errorf("a password required read as a password refused: %s/%s", e.Category, e.Class)
	}
}

// Outlook's localized connection report names its TLS setting as a field;
// a certificate failure stays TLS's.
func TestKindLang16OutlookConnectReport(t *testing.T) {
	checkKinds(t, []kindCase{
		{"La conexión con el servidor ha fallado. Cuenta: 'Casa', Servidor: 'smtp.taller.example', Protocolo: SMTP, Puerto: 465, Seguro (SSL): Sí, Error de socket: 10060", Network, ClassTransient},
		{"Verbindung zum Server fehlgeschlagen. Konto: 'Büro', Server: 'smtp.verlag.example', Protokoll: SMTP, Port: 25, Secure (SSL): Nein, Socketfehler: 10061", Network, ClassTransient},
		// Italian puts the auxiliary inside "did not succeed" ("non è riuscita")
		{"La connessione al server non è riuscita. Server: 'smtp.bottega.example', Porta: 25, Sicuro (SSL): No", Network, ClassTransient},
	})
	e, err := explainOne("La connexion au serveur a échoué : certificat non valide. Sécurisé (SSL) : Oui")
	if err == nil && e.Rule == "lang16.l10n-outlook-connect-report" {
		t.Errorf("a certificate failure read as Outlook's connection report: %s/%s", e.Category, e.Class)
	}
}

// The sender's own sending disabled is the provider's policy, not the
// recipient's disabled mailbox.
func TestKindLang16SendingDisabled(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Отправка сообщений с вашего ящика заблокирована.", Policy, ClassPermanent},
		{"Envoi de messages désactivé pour ce compte.", Policy, ClassPermanent},
		{"550 Message sending from this account is suspended", Policy, ClassPermanent},
		// the recipient's account disabled stays mailbox-disabled
		{"550 Recipient account is disabled", MailboxDisabled, ClassPermanent},
	})
}

// Words the batch-7 tables lacked: Italian "cassetta postale", Traditional
// Chinese "已滿", Korean "꽉 차서" and "사용 중지된", verb-final word order,
// compound tenses, Japanese "宛先不明", Korean particles after "IP".
func TestKindLang16ConceptWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"La cassetta postale di posta in arrivo è piena.", MailboxFull, ClassPermanent},
		{"對方的信箱已滿，無法接收郵件。", MailboxFull, ClassPermanent},
		{"수신자 메일함이 꽉 차서 메일을 받을 수 없습니다.", MailboxFull, ClassPermanent},
		{"La casella ha raggiunto il limite di spazio disponibile.", MailboxFull, ClassPermanent},
		{"Die Nachricht kam zurück, weil das Postfach nicht existiert.", UserUnknown, ClassPermanent},
		{"Het bericht is teruggestuurd omdat het postvak niet bestaat.", UserUnknown, ClassPermanent},
		{"O destinatário não foi encontrado no servidor de destino.", UserUnknown, ClassPermanent},
		{"宛先不明のため配信できませんでした。", UserUnknown, ClassPermanent},
		{"수신자 계정이 사용 중지되어 메일을 받을 수 없습니다.", MailboxDisabled, ClassPermanent},
		{"발송 IP가 스팸으로 차단되었습니다.", Reputation, ClassPermanent},
	})
}

// Batch 16-lang b's kinds, in new wording.

// A number that counts messages, recipients or time in another language
// is no reply code ("maksymalnie 500 e-maili dziennie").
func TestKindLang16bLocalizedQuantities(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Sie können höchstens 250 Nachrichten pro Stunde senden; das Limit ist überschritten.", RateLimited, ""},
		{"Konto może wysłać maksymalnie 300 wiadomości na godzinę. Limit został przekroczony.", RateLimited, ""},
		{"Vous pouvez envoyer au maximum 200 destinataires par jour : limite dépassée.", RateLimited, ""},
	})
	for _, in := range []string{"Sie können höchstens 250 Nachrichten pro Stunde senden; das Limit ist überschritten.",
		"Puoi inviare al massimo 400 messaggi al giorno: limite superato."} {
		if e, err := explainOne(in); err == nil && e.Code != nil {
			t.Errorf("%q: a count read as reply code %d", in, *e.Code)
		}
	}
	// a reply code at the start of a line stays a reply code
	if e, err := explainOne("550 Nachrichten dieses Absenders werden nicht angenommen"); err != nil || e.Code == nil || *e.Code != 550 {
		t.Errorf("a reply code before a localized unit word was not read as one: %v", err)
	}
}

// An IP or account blocked after failed logins is a login problem; an
// account blocked for suspicious activity is the provider's policy.
func TestKindLang16bBlockCauses(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Ihre IP-Adresse wurde nach mehreren fehlgeschlagenen Anmeldeversuchen vorübergehend gesperrt.", AuthFailed, ClassTransient},
		{"La tua IP è stata bloccata temporaneamente dopo troppi tentativi di accesso falliti.", AuthFailed, ClassTransient},
		{"Twoje konto zostało zablokowane z powodu podejrzanej aktywności.", Policy, ClassPermanent},
		{"Cuenta bloqueada por actividad sospechosa: no puede enviar correo.", Policy, ClassPermanent},
		// a blocked IP without a stated cause stays its reputation
		{"Ihre IP-Adresse wurde gesperrt.", Reputation, ""},
	})
}

// Vocabulary the batch-7 and batch-9 tables lacked: the address itself in
// Chinese, "not known", an IP address spelled without the hyphen, an
// attachment that may not be sent, the maximum number sent, a sending
// frequency, prior authentication, PEC's notices, the Japanese wait, and
// a Postfix subject "Returned to Sender" beside a localized reason.
func TestKindLang16bConceptWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"投递失败：收件人邮箱地址不存在", UserUnknown, ClassPermanent},
		{"退回原因：收件者地址不存在", UserUnknown, ClassPermanent},
		{"Het opgegeven e-mailadres is niet bekend bij de ontvangende server.", UserUnknown, ClassPermanent},
		{"Uw IP adres staat op een blokkadelijst en is geblokkeerd.", Reputation, ""},
		{"Deze bijlage mag niet verzonden worden: het bestandstype is niet toegestaan.", Policy, ClassPermanent},
		{"Die maximale Anzahl an Empfängern pro Tag wurde überschritten.", RateLimited, ""},
		{"您的发送频率过快，已被限制发信。", RateLimited, ""},
		{"Envio recusado: é necessária prévia autenticação no servidor SMTP.", AuthRequired, ClassPermanent},
		{"Avviso di mancata consegna: destinatario non raggiungibile per superamento dei tempi massimi.", Expired, ClassPermanent},
		{"パスワード認証に失敗しました。1時間以上あけてから再度お試しください。", AuthFailed, ClassTransient},
		{"Undelivered Mail Returned to Sender\nLa casella del destinatario non esiste.", UserUnknown, ClassPermanent},
		// the sender's own address that does not exist stays sender-invalid
		{"Sender address rejected: la casella del mittente non esiste", SenderInvalid, ClassPermanent},
	})
	// PHP's mail() failure in another language says no cause
	checkKinds(t, []kindCase{{"Erreur : impossible d'appeler la fonction mail du serveur.", Unknown, ""}})
}

// Batch 16-lang c's kinds, in new wording.
func TestKindLang16cConceptWords(t *testing.T) {
	checkKinds(t, []kindCase{
		// for administrative reasons: policy; "temporär" says temporary
		{"Der Empfang ist aus administrativen Gründen temporär gesperrt.", Policy, ClassTransient},
		{"Message refusé pour des raisons administratives.", Policy, ClassPermanent},
		// an overload of the receiving system
		{"Annahme verweigert: Überlastung des Mailsystems, bitte später erneut versuchen.", ServerError, ClassTransient},
		// the recipient's mail server not reachable
		{"Der Mailserver des Empfängers ist derzeit nicht erreichbar.", Network, ClassTransient},
		// "your IP" blocked, with a stated block duration
		{"Ihre IP ist gesperrt. Die Dauer der Sperre beträgt höchstens 24 Stunden.", Reputation, ClassTransient},
		// many in a short time: a rate, over the block of the IP
		{"Ihre IP-Adresse wurde gesperrt, weil in kurzer Zeit zu viele Verbindungen geöffnet wurden.", RateLimited, ""},
		// Dutch and German compounds of "limit"
		{"Uw daglimiet is bereikt; probeer het morgen opnieuw.", RateLimited, ClassTransient},
		{"Ihr Versandlimit wurde erreicht.", RateLimited, ""},
		// a daily limit beside the sender's own mailbox word
		{"С вашего ящика больше нельзя отправлять письма: дневной лимит превышен.", RateLimited, ""},
		// the recipient unsubscribed
		{"Niet verzonden: de ontvanger heeft zich afgemeld voor deze nieuwsbrief.", Policy, ClassPermanent},
		// Traditional Chinese mailbox, the verb before its object, Polish "exceeded"
		{"對方郵箱已滿，無法接收。", MailboxFull, ClassPermanent},
		{"Il destinatario ha esaurito lo spazio della casella.", MailboxFull, ClassPermanent},
		{"Skrzynka adresata przekroczyła limit miejsca.", MailboxFull, ClassPermanent},
		// Japanese "could not deliver": a failed delivery without its cause
		{"メールをお届けできませんでした。", Unknown, ClassPermanent},
	})
}
