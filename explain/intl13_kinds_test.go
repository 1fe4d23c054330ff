package explain

import "testing"

// The kinds held-out batch 13-intl (localized webmail and clients: SOGo,
// Zimbra, Outlook's translated errors, a Polish program) showed on its first
// run, each in new wording and mostly in other languages than the batch's
// rows.

// The recipients' addresses a client calls invalid after the server refused
// them: an unknown recipient, in any language; every recipient refused with
// no reason stays unknown.
func TestKindIntl13InvalidRecipients(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die Nachricht konnte nicht gesendet werden: folgende Adressen sind ungültig: lena@amt.example", UserUnknown, ClassPermanent},
		{"Impossible d'envoyer le message : les adresses suivantes ne sont pas valides, adresses invalides : paul@mairie.example", UserUnknown, ClassPermanent},
		{"No se pudo enviar el mensaje: la dirección del destinatario no es válida.", UserUnknown, ClassPermanent},
		{"Impossibile inviare il messaggio: indirizzo del destinatario non valido.", UserUnknown, ClassPermanent},
		{"Mesaj gönderilemedi: alıcı adresi geçersiz.", UserUnknown, ClassPermanent},
		{"Ogiltig mottagare: sven@firma.example", UserUnknown, ClassPermanent},
		{"수신자 주소가 유효하지 않습니다.", UserUnknown, ClassPermanent},
		{"無効な宛先が含まれているため送信できませんでした。", UserUnknown, ClassPermanent},
		{"Cannot send message: the following addresses are invalid: kim@lab.example", UserUnknown, ClassPermanent},
		// every recipient refused, no reason: unknown, and the message came back
		{"Die Nachricht wurde nicht gesendet: alle Empfänger wurden abgelehnt.", Unknown, ClassPermanent},
		{"Envoi impossible : tous les destinataires ont été refusés.", Unknown, ClassPermanent},
	})
	// a sender address or a password called invalid is no unknown recipient
	for _, in := range []string{"Die Absenderadresse ist ungültig.", "Das Passwort ist ungültig."} {
		if e, err := explainOne(in); err == nil && e.Category == UserUnknown {
			t.Errorf("%q: read as an unknown recipient (%s)", in, e.Rule)
		}
	}
}

// The sender's address refused, and a relay refused in a translated reply.
func TestKindIntl13SenderAndRelay(t *testing.T) {
	checkKinds(t, []kindCase{
		{"La dirección del remitente fue rechazada por el servidor.", SenderInvalid, ClassPermanent},
		{"Адрес отправителя отклонен сервером.", SenderInvalid, ClassPermanent},
		{"发件人地址被服务器拒绝。", SenderInvalid, ClassPermanent},
		// relaying refused in the reply's own translation
		{"Risposta del server: '554 <luca@altro.example>: inoltro negato'", RelayDenied, ClassPermanent},
		{"550 <jan@elders.example>: doorsturen niet toegestaan", RelayDenied, ClassPermanent},
		{"サーバーの応答: 550 中継は拒否されました (リレー拒否)", RelayDenied, ClassPermanent},
		{"553 ce domaine n'est pas dans ma liste d'hôtes rcpt autorisés (#5.7.1)", RelayDenied, ClassPermanent},
	})
	// a refused recipient is no refused sender
	if e, err := explainOne("Der Empfänger wurde vom Server abgelehnt, Absender: anna@firma.example"); err == nil && e.Category == SenderInvalid {
		t.Errorf("a refused recipient read as a refused sender (%s)", e.Rule)
	}
	// qmail's badmailfrom in English stays a policy refusal
	checkKinds(t, []kindCase{{"553 sorry, your envelope sender has been denied (#5.7.1)", Policy, ClassPermanent}})
}

// A connection that failed "with an error", too many messages, a service
// temporarily unavailable.
func TestKindIntl13ConnectionRateService(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Fehler beim Verbindungsaufbau zum SMTP-Server.", Network, ClassTransient},
		{"Erro na conexão com o servidor SMTP.", Network, ClassTransient},
		{"Hiba történt a kiszolgálóhoz való csatlakozás közben.", Network, ClassTransient},
		{"연결 오류: SMTP 서버에 연결하는 중 오류가 발생했습니다.", Network, ClassTransient},
		// too many messages
		{"Sie haben zu viele Nachrichten gesendet. Bitte warten.", RateLimited, ClassTransient},
		{"Has enviado demasiados mensajes en poco tiempo.", RateLimited, ClassTransient},
		{"Слишком много писем, попробуйте позже.", RateLimited, ClassTransient},
		{"发送的邮件太多，请稍后再试。", RateLimited, ClassTransient},
		{"Gönderdiğiniz e-posta sayısı çok fazla, mesaj reddedildi.", RateLimited, ""},
		// a webmail's wait request in words the tables lacked
		{"Te veel verzonden berichten. Even geduld.", RateLimited, ClassTransient},
		// a service temporarily unavailable
		{"Der Dienst ist vorübergehend nicht verfügbar.", ServerError, ClassTransient},
		{"Il servizio è temporaneamente non disponibile.", ServerError, ClassTransient},
		{"サービスは一時的にご利用いただけません。", ServerError, ClassTransient},
		// a connection that failed because the server may be unavailable stays the network's
		{"Nie udało się połączyć z serwerem; serwer jest tymczasowo niedostępny.", Network, ClassTransient},
	})
}

// What a client reports the server requires or refuses about the login, the
// encryption, the domain and the command.
func TestKindIntl13ClientRequirements(t *testing.T) {
	checkKinds(t, []kindCase{
		// a login required
		{"Der Server erfordert eine Anmeldung (Authentifizierung erforderlich).", AuthRequired, ClassPermanent},
		{"El servidor requiere autenticación para enviar.", AuthRequired, ClassPermanent},
		{"Для отправки требуется авторизация.", AuthRequired, ClassPermanent},
		// ... a login that failed is still a failed login
		{"Die Anmeldung am Postausgangsserver ist fehlgeschlagen.", AuthFailed, ""},
		// encryption required (TLS keeps its natural class)
		{"Der Server verlangt eine Verschlüsselung (TLS).", TLSRequired, ""},
		{"この接続には暗号化が必要です。", TLSRequired, ""},
		// credentials called wrong
		{"Falsche Zugangsdaten.", AuthFailed, ClassPermanent},
		{"Identifiants incorrects.", AuthFailed, ClassPermanent},
		{"Неверные учетные данные.", AuthFailed, ClassPermanent},
		// an authentication method too weak
		{"Die gewählte Authentifizierungsmethode ist zu schwach.", AuthFailed, ""},
		{"所选的认证方法太弱。", AuthFailed, ""},
		// a domain that accepts no mail
		{"Diese Domain nimmt keine E-Mails an.", HostUnknown, ClassPermanent},
		{"Este dominio no acepta correo.", HostUnknown, ClassPermanent},
		// a command not recognized or too long
		{"Befehl nicht erkannt.", Syntax, ClassPermanent},
		{"Commande inconnue ou trop longue.", Syntax, ClassPermanent},
		{"命令无法识别。", Syntax, ClassPermanent},
	})
}

// Windows' logon failure text quoted by a client is a refused login, not an
// unknown recipient ("unknown user name").
func TestKindIntl13LogonFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Der Server hat die Anmeldung abgelehnt: -ERR Logon failure: unknown user name or bad password.", AuthFailed, ClassPermanent},
		{"535 5.7.3 Logon failure: unknown user name or bad password", AuthFailed, ClassPermanent},
		// an unknown user at RCPT TO stays one
		{"550 5.1.1 <kim@lab.example>: unknown user", UserUnknown, ClassPermanent},
	})
}

// Batch b: RFC 5321's standard texts as localized clients translate them
// (Evolution) stand for their code, as the English ones do; languages and
// prefixes other than the rows'.
func TestKindIntl13bLocalizedStandardTexts(t *testing.T) {
	checkKinds(t, []kindCase{
		// German, French, Italian: the translated texts of 550, 452, 421, 451
		{"RCPT TO <lena@amt.example> gescheitert: Angeforderte Aktion nicht ausgeführt: Postfach nicht verfügbar", Unknown, ClassPermanent},
		{"La commande MAIL FROM a échoué : Opération demandée non effectuée : stockage système insuffisant", ServerError, ClassTransient},
		{"Errore nella risposta di benvenuto: Servizio non disponibile, chiusura del canale di trasmissione", ServerError, ClassTransient},
		{"DATA-Befehl gescheitert: Angeforderte Aktion abgebrochen: Fehler bei Verarbeitung", ServerError, ClassTransient},
		// 450's text is the longer one, and temporary
		{"RCPT TO <a@b.example> a échoué : Opération courriel demandée non effectuée : boîte aux lettres non disponible", Unknown, ClassTransient},
		// 552's translation reads as its code (a full mailbox), not as a size over a limit
		{"Comando DATA non riuscito: Azione di posta richiesta interrotta: allocazione dell'archivio superata", MailboxFull, ClassPermanent},
		// 551's translation names the address to use
		{"RCPT TO <jan@alt.example> gescheitert: Benutzer nicht lokal; probieren Sie es mit <jan@neu.example>", Moved, ClassPermanent},
		// the authentication texts
		{"La commande AUTH a échoué : Anomalie d’authentification temporaire", AuthFailed, ClassTransient},
		{"Comando AUTH non riuscito: Il meccanismo di autenticazione è troppo debole", AuthFailed, ClassPermanent},
		{"Für den verlangten Legitimierungsmechanismus ist eine Verschlüsselung erforderlich", TLSRequired, ClassPermanent},
		{"Comando HELO non riuscito: Errore di sintassi, comando non riconosciuto", Syntax, ClassPermanent},
		// Brazilian Portuguese
		{"RCPT TO <ana@empresa.example> falhou: Ação solicitada não executada: caixa de correio indisponível", Unknown, ClassPermanent},
		{"O comando DATA falhou: Ação de correio solicitada abortada: espaço alocado excedido", MailboxFull, ClassPermanent},
		{"O comando AUTH falhou: Falha de autenticação temporária", AuthFailed, ClassTransient},
		// a translated 554: no cause
		{"La commande DATA a échoué : La transaction a échoué", Unknown, ClassPermanent},
	})
	// a reply that carries its own code keeps it, the words around stay context
	checkKinds(t, []kindCase{{"RCPT TO <kim@lab.example> gescheitert: 550 5.1.1 <kim@lab.example>: Recipient address rejected: User unknown in local recipient table", UserUnknown, ClassPermanent}})
}

// Batch b: a mail client's own session failures in the user's language.
func TestKindIntl13bClientSession(t *testing.T) {
	checkKinds(t, []kindCase{
		// the session broke off in a read or write error
		{"SMTP session failed: write error", Network, ClassTransient},
		{"Échec de la session SMTP : erreur d'écriture", Network, ClassTransient},
		{"Sesja SMTP nie powiodła się: błąd odczytu", Network, ClassTransient},
		// the server offers no authentication
		{"Le serveur SMTP ne prend pas en charge l'authentification", AuthFailed, ClassPermanent},
		{"SMTP-palvelin ei tue tunnistautumista", AuthFailed, ClassPermanent},
		// the server does not implement the method
		{"O servidor SMTP smtp.empresa.example não implementa o método de autenticação CRAM-MD5 requerido.", AuthFailed, ClassPermanent},
		// a reply the client could not parse
		{"Réponse du serveur invalide", Unknown, ""},
		{"Nieprawidłowa odpowiedź serwera", Unknown, ""},
	})
}
