package explain

import "testing"

// Held-out batch 27-client: mail clients' own send errors (Apple Mail,
// Evolution, Thunderbird, Alpine, Claws Mail, LibSylph). Each kind is tested
// in new wording (not the batch's rows); negative cases keep the
// neighbouring readings.

// A Kerberos/GSSAPI login the server refused, in any language (the
// mechanism keeps its name): auth-failed; a ticket that is fine is no
// failure at all.
func TestKindClient27KerberosRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Das Kerberos/GSSAPI-Ticket wurde vom Postausgangs-Server (SMTP) smtp.amt.example nicht akzeptiert.", AuthFailed, ClassPermanent},
		{"Le ticket Kerberos/GSSAPI n'a pas été accepté par le serveur SMTP smtp.mairie.example.", AuthFailed, ClassPermanent},
		{"SMTP AUTH GSSAPI failed: the Kerberos credentials have expired", AuthFailed, ClassPermanent},
		{"Kerberos/GSSAPI-biljetten godtogs inte av SMTP-servern: ticket rejected", AuthFailed, ClassPermanent},
	})
	if _, err := explainOne("Kerberos ticket renewed for the realm"); err == nil {
		t.Errorf("a Kerberos ticket renewed is no failure, but was explained")
	}
}

// A recipient the server refused as not a valid address, as a mail client
// words it: the reply named the recipient (user-unknown); a form's check of
// an address stays syntax.
func TestKindClient27RecipientRefusedInvalid(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The recipient “kim@partner.example” was refused by the server because it is not a valid email address.", UserUnknown, ClassPermanent},
		{"Recipient <ola@firma.example> rejected by the server as an invalid address", UserUnknown, ClassPermanent},
		// neighbour: an API's or a form's own check
		{"Error: 'to' is not a valid email address", Syntax, ClassPermanent},
	})
}

// The client's own comparison with the server's size limit: message-too-big;
// a reply quoted after it decides.
func TestKindClient27SizeOverServerMaximum(t *testing.T) {
	checkKinds(t, []kindCase{
		{"This message is 42 MB in size, larger than 35 MB, the maximum allowed by the server.", MessageTooBig, ClassPermanent},
		{"Attachment size exceeds the server's size limit (20 MB).", MessageTooBig, ClassPermanent},
	})
}

// No password or no outgoing server in the account: the login the server
// asks for and the client cannot give (auth-required, as the corpus reads a
// mail client's password not provided), or nothing to send through
// (unknown, no SMTP cause).
func TestKindClient27AccountSettings(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Sending failed: no password was specified for the outgoing server.", AuthRequired, ClassPermanent},
		{"No password provided for account “Büro”. Open the account settings to enter it.", AuthRequired, ClassPermanent},
		{"Cannot send: no outgoing mail server is set for this account.", Unknown, ClassUnknown},
		{"No SMTP server configured for identity ops@lab.example", Unknown, ClassUnknown},
	})
}

// The login's own error, a mechanism the client cannot use, TLS that would
// not start, a session offline: auth-failed, auth-failed, TLS, network.
func TestKindClient27ClientSideFailures(t *testing.T) {
	checkKinds(t, []kindCase{
		{"smtp: error during authentication with mail.lab.example", AuthFailed, ClassPermanent},
		{"Authentication error occurred while sending", AuthFailed, ClassPermanent},
		{"SMTP authentication unavailable on this port", AuthFailed, ClassPermanent},
		{"Unable to start TLS with smtp.lab.example:587", TLSRequired, ClassPermanent},
		{"Send failed: you are offline. The message stays in the Outbox.", Network, ClassTransient},
		{"No internet connection: the message could not be sent.", Network, ClassTransient},
		// neighbour: a message's own authentication stays sender-auth
		{"DKIM authentication error: signature did not verify", SenderAuth, ClassPermanent},
	})
}

// A client's wrapper around a greeting that was not 220, or around a local
// sendmail command that failed: unknown when nothing after it names the
// cause; a cause after it decides.
func TestKindClient27Wrappers(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Welcome response error: +OK Dovecot ready.", Unknown, ClassUnknown},
		{"Welcome response error: Connection reset by peer", Network, ClassTransient},
		{"Welcome response error: connect: Operation now in progress", Network, ClassTransient},
		{"Error executing command: /usr/bin/msmtp --read-envelope-from -t", Unknown, ClassUnknown},
	})
}

// RFC 4954's standard texts quoted without their code stand for it, as RFC
// 5321's do: 432 and 454 are temporary.
func TestKindClient27AuthStandardTexts(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SMTP AUTH: A password transition is needed", AuthFailed, ClassTransient},
		{"Login failed: Temporary authentication failure", AuthFailed, ClassTransient},
		{"AUTH PLAIN refused: Authentication mechanism is too weak", AuthFailed, ClassPermanent},
	})
}

// Batch b: a send refused in the client's offline mode, in the languages
// (network, not a provider's sending disabled for the account).
func TestKindClient27OfflineMode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Das Senden im Offline-Modus ist deaktiviert", Network, ClassTransient},
		{"El envío de mensajes en modo sin conexión está desactivado", Network, ClassTransient},
		{"オフライン中はメールを送信できません", Network, ClassTransient},
		{"Nie można wysłać wiadomości w trybie offline", Network, ClassTransient},
		// neighbour: the provider disabled sending for the account
		{"Отправка писем с вашего ящика отключена за рассылку спама", Policy, ClassPermanent},
	})
}

// Batch b: "not connected" in the languages, Evolution's German word for
// authentication, the server's host name that does not resolve, a sender
// address not valid in Japanese, invalid recipients in Russian.
func TestKindClient27EvolutionL10n(t *testing.T) {
	checkKinds(t, []kindCase{
		{"MAIL FROM-Befehl gescheitert: Nicht verbunden.", Network, ClassTransient},
		{"Comando DATA non riuscito: non connesso.", Network, ClassTransient},
		{"Legitimierung am SMTP-Server gescheitert", AuthFailed, ClassPermanent},
		{"Der Server bietet den Legitimierungsmechanismus PLAIN nicht an", AuthFailed, ClassPermanent},
		{"Fehler beim Senden: Legitimierung erforderlich", AuthRequired, ClassPermanent},
		{"Host lookup “smtp.lab.example” failed. Check your host name for spelling errors.", HostUnknown, ClassPermanent},
		{"送信できません: 差出人アドレスが無効です", SenderInvalid, ClassPermanent},
		{"Ошибка: недопустимый получатель ivan@firma.example", UserUnknown, ClassPermanent},
	})
}

// Batch b: RFC 5321's and 4954's texts in Evolution's Japanese and Russian
// stand for their codes, as the other languages' do.
func TestKindClient27StandardTextsJaRu(t *testing.T) {
	checkKinds(t, []kindCase{
		{"RCPT TO コマンドが失敗しました: 要求された動作は完了しません: システムの保存領域が足りません", ServerError, ClassTransient},
		{"HELO コマンドが失敗しました: 構文解析エラー: コマンドではありません", Syntax, ClassPermanent},
		{"Сбой команды MAIL FROM: Запрошенное действие прервано: ошибка при обработке", ServerError, ClassTransient},
		{"Сбой команды AUTH: Временный сбой аутентификации", AuthFailed, ClassTransient},
	})
}
