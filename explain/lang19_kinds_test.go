package explain

import (
	"strings"
	"testing"
)

// Held-out batch 19-lang: the eight big languages (German, French, Spanish,
// Italian, Portuguese, Japanese, Russian, Chinese), second pass. Each kind
// the batch's first run missed is tested in new wording (not the batch's
// rows) and, where the batch met it in one language, in the others too: the
// fix is the concept's vocabulary. Negative cases keep the neighbouring
// readings.

// A connection lost or refused, a host lookup that failed, a server whose
// answer timed out: the Chinese scripts' and Japanese verdicts, the host
// lookup and the Russian "waiting time" in the big languages.
func TestKindLang19Connection(t *testing.T) {
	checkKinds(t, []kindCase{
		{"与邮件服务器的连接已断开", Network, ClassTransient},
		{"與伺服器的連線已斷開", Network, ClassTransient},
		{"伺服器拒絕了連線要求", Network, ClassTransient},
		{"SMTP サーバーとの接続が失われました", Network, ClassTransient},
		{"查询主机失败", HostUnknown, ClassPermanent},
		{"ホストの検索に失敗しました", HostUnknown, ClassPermanent},
		{"Не удалось выполнить поиск узла smtp.firma.example", HostUnknown, ClassPermanent},
		{"La recherche de l'hôte smtp.societe.example a échoué", HostUnknown, ClassPermanent},
		{"La búsqueda del host falló", HostUnknown, ClassPermanent},
		{"Ricerca dell'host non riuscita", HostUnknown, ClassPermanent},
		{"A pesquisa do host falhou", HostUnknown, ClassPermanent},
		{"Превышено время ожидания ответа от SMTP-сервера", Network, ClassTransient},
		{"Tempo di attesa della risposta del server scaduto", Network, ClassTransient},
		{"サーバーからの応答の待ち時間を超えました", Network, ClassTransient},
	})
}

// Logging in: the Russian authentication in its cases, the credentials
// written without accents; STARTTLS "not supported" in the big languages.
func TestKindLang19LoginAndTLS(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Ошибка проверки подлинности пользователя на сервере", AuthFailed, ClassPermanent},
		{"Не удалось выполнить проверку подлинности", AuthFailed, ClassPermanent},
		{"Usuario ou senha invalidos", AuthFailed, ClassPermanent},
		{"La contrasena es invalida", AuthFailed, ClassPermanent},
		{"Password invalida per l'utente", AuthFailed, ClassPermanent},
		{"El servidor no admite STARTTLS", TLSRequired, ClassPermanent},
		{"STARTTLS n'est pas pris en charge par ce serveur", TLSRequired, ClassPermanent},
		{"Il server non supporta STARTTLS", TLSRequired, ClassPermanent},
		{"STARTTLS はサポートされていません", TLSRequired, ClassPermanent},
		{"服务器不支持 STARTTLS 命令", TLSRequired, ClassPermanent},
		{"伺服器不支援 STARTTLS", TLSRequired, ClassPermanent},
		{"STARTTLS не поддерживается этим сервером", TLSRequired, ClassPermanent},
	})
}

// Sending too often, in the big languages (a frequency, not a count).
func TestKindLang19TooOften(t *testing.T) {
	checkKinds(t, []kindCase{
		{"发信太频繁，请稍后再试", RateLimited, ClassTransient},
		{"寄信太頻繁，暫時無法寄信", RateLimited, ClassTransient},
		{"メールの送信が頻繁すぎます", RateLimited, ClassTransient},
		{"Sie versenden zu häufig E-Mails", RateLimited, ClassTransient},
		{"Vous envoyez des messages trop fréquemment", RateLimited, ClassTransient},
		{"Está enviando correos con demasiada frecuencia", RateLimited, ClassTransient},
		{"Stai inviando messaggi troppo spesso", RateLimited, ClassTransient},
		{"Você está enviando e-mails com muita frequência", RateLimited, ClassTransient},
		{"Слишком частая отправка писем с этого ящика", RateLimited, ClassTransient},
	})
}

// The recipient's address unknown: the address named without "mail" and
// the German "nicht vergeben"; the sender's address stays the sender's.
func TestKindLang19AddressUnknown(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Diese E-Mail-Adresse ist nicht vergeben.", UserUnknown, ClassPermanent},
		{"Die Adresse existiert nicht.", UserUnknown, ClassPermanent},
		{"Cette adresse est inconnue chez ce fournisseur.", UserUnknown, ClassPermanent},
		{"La dirección no existe en este servidor.", UserUnknown, ClassPermanent},
		{"L'indirizzo non esiste.", UserUnknown, ClassPermanent},
		{"O endereço não existe.", UserUnknown, ClassPermanent},
		{"このアドレスは存在しません。", UserUnknown, ClassPermanent},
		{"Такого адреса не существует.", UserUnknown, ClassPermanent},
		{"该地址不存在", UserUnknown, ClassPermanent},
		// the sender's address is not the recipient's
		{"La dirección del remitente no existe.", SenderInvalid, ClassPermanent},
		{"发件人地址不存在", SenderInvalid, ClassPermanent},
	})
}

// A block list the receiver, the recipient or the sender's organization
// keeps: policy; an IP or a server on a list stays reputation.
func TestKindLang19OwnLists(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Der Absender steht auf der Sperrliste des Empfängers.", Policy, ClassPermanent},
		{"Votre adresse figure dans la liste des expéditeurs bloqués du destinataire.", Policy, ClassPermanent},
		{"Su dirección está en la lista de remitentes bloqueados del destinatario.", Policy, ClassPermanent},
		{"Il tuo indirizzo è presente nella lista di blocco del destinatario.", Policy, ClassPermanent},
		{"Seu endereço está na lista de bloqueio do destinatário.", Policy, ClassPermanent},
		{"あなたのアドレスは受信者のブロックリストに登録されています。", Policy, ClassPermanent},
		{"Ваш адрес находится в списке блокировки получателя.", Policy, ClassPermanent},
		{"您的地址在对方的拦截列表中", Policy, ClassPermanent},
		{"El remitente está en la lista negra del destinatario.", Policy, ClassPermanent},
		// the sending IP or server on a list: reputation
		{"Die IP-Adresse 192.0.2.1 ist auf einer Sperrliste gesperrt.", Reputation, ClassPermanent},
		{"Ваш сервер находится в черном списке.", Reputation, ClassPermanent},
	})
}

// A delay warning in the big languages: the message is not delivered yet
// and the server goes on trying (unknown cause, temporary); with a cause,
// the cause decides and the class stays temporary.
func TestKindLang19DelayWarning(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Ihre Nachricht konnte noch nicht zugestellt werden. Der Server versucht es weiterhin.", Unknown, ClassTransient},
		{"Su mensaje aún no se ha entregado; el servidor seguirá intentando.", Unknown, ClassTransient},
		{"Il messaggio non è ancora stato recapitato: il server continuerà a tentare.", Unknown, ClassTransient},
		{"A mensagem ainda não foi entregue. O servidor continuará tentando.", Unknown, ClassTransient},
		{"メッセージはまだ配信されていません。", Unknown, ClassTransient},
		{"Сообщение ещё не доставлено, сервер продолжит попытки.", Unknown, ClassTransient},
		{"邮件尚未投递，系统将继续尝试。", Unknown, ClassTransient},
		{"郵件尚未送達，系統將繼續嘗試。", Unknown, ClassTransient},
		{"Le message n'a pas encore été remis ; le serveur continuera d'essayer.", Unknown, ClassTransient},
		// a delivery that failed for N days and expired stays the expiry
		{"Il messaggio non è stato recapitato da 5 giorni ed è scaduto", Expired, ClassPermanent},
		// a cause named: it decides, and "could not deliver" is about the attempts so far
		{"Der Mailserver des Empfängers ist nicht erreichbar, die Nachricht konnte nicht zugestellt werden. Der Server versucht es weiterhin.", Network, ClassTransient},
		{"受信側サーバーとの接続がタイムアウトしたため、メッセージを配信できませんでした。再試行を続けます。", Network, ClassTransient},
	})
}

// Japanese "グループ" (a group) holds "ループ" (a loop): a message to a
// group is no mail loop; a loop named beside a group still is.
func TestKindLang19GroupIsNoLoop(t *testing.T) {
	checkKinds(t, []kindCase{
		{"グループ宛てのメールはユーザーが見つからないため返送されました", UserUnknown, ClassPermanent},
		{"メールがループしています", ServerError, ClassTransient},
		{"グループ宛てのメールがループしています", ServerError, ClassTransient},
	})
	e := theEngine()
	for _, tc := range []struct {
		text string
		kept bool
	}{
		{"グループのメンバーに配信できませんでした", false},
		{"グループ宛てのメールがループしています", true},
	} {
		var set patternSet
		found := e.m.scan(tc.text, &set, nil)
		found = e.senseShadowed(tc.text, &set, found)
		id, ok := e.m.lookup(strings.ToLower("ループ"))
		if !ok {
			t.Fatal("ループ is no keyword of the table")
		}
		inFound := false
		for _, f := range found {
			inFound = inFound || f == id
		}
		if set.has(id) != tc.kept || inFound != tc.kept {
			t.Errorf("%q: ループ kept %v (in found %v), want %v", tc.text, set.has(id), inFound, tc.kept)
		}
	}
}

// Batch 19-lang b: the kinds its first run missed, in new wording and in
// the other big languages: Exchange Online's 5.4.1 and 5.1.8 in their
// localized words, a recipient that accepts only internal senders, a user
// name and password that must be given (also the thirteen languages'
// "password required" lang18 left open), an address called wrong, an
// attachment over N MB, the sender's domain below an authentication level,
// relaying not authorized, "no longer found", a German storage limit
// reached, the sender named as who typed the address.
func TestKindLang19bLocalizedExchange(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.4.1 Adresse du destinataire rejetée : Accès refusé", UserUnknown, ClassPermanent},
		{"550 5.4.1 Dirección del destinatario rechazada: acceso denegado", UserUnknown, ClassPermanent},
		{"550 5.4.1 Endereço do destinatário rejeitado: Acesso negado", UserUnknown, ClassPermanent},
		{"550 5.4.1 受信者のアドレスが拒否されました: アクセスが拒否されました", UserUnknown, ClassPermanent},
		{"550 5.4.1 Адрес получателя отклонен: доступ запрещен", UserUnknown, ClassPermanent},
		{"550 5.1.8 Accès refusé, expéditeur sortant incorrect", Reputation, ClassPermanent},
		{"550 5.1.8 Acceso denegado, remitente saliente incorrecto", Reputation, ClassPermanent},
		{"550 5.1.8 Accesso negato, mittente in uscita non valido", Reputation, ClassPermanent},
		{"Der Empfänger ist so konfiguriert, dass Nachrichten von externen Absendern abgelehnt werden.", Policy, ClassPermanent},
		{"El destinatario está configurado para rechazar mensajes de remitentes externos.", Policy, ClassPermanent},
		{"La cartella pubblica è configurata per rifiutare i messaggi dei mittenti esterni.", Policy, ClassPermanent},
		{"この受信者は組織外からのメッセージを受け付けない設定です。", Policy, ClassPermanent},
		{"Получатель настроен отклонять сообщения от внешних отправителей.", Policy, ClassPermanent},
		{"该收件人拒收外部发件人的邮件", Policy, ClassPermanent},
	})
}

func TestKindLang19bCredentialsRequired(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Vous devez fournir un nom d'utilisateur et un mot de passe pour utiliser ce serveur SMTP.", AuthRequired, ClassPermanent},
		{"Debe indicar usuario y contraseña para usar este servidor.", AuthRequired, ClassPermanent},
		{"È necessario inserire nome utente e password.", AuthRequired, ClassPermanent},
		{"É necessário informar usuário e senha.", AuthRequired, ClassPermanent},
		{"この SMTP サーバーを使うにはユーザー名とパスワードを入力してください。", AuthRequired, ClassPermanent},
		// "password required" in the thirteen languages lang18 added
		{"Jelszó szükséges.", AuthRequired, ClassPermanent},
		{"Salasana vaaditaan.", AuthRequired, ClassPermanent},
		{"Passord kreves for denne tjeneren.", AuthRequired, ClassPermanent},
		{"Adgangskode påkrævet.", AuthRequired, ClassPermanent},
		{"Απαιτείται κωδικός πρόσβασης.", AuthRequired, ClassPermanent},
		{"נדרשת סיסמה", AuthRequired, ClassPermanent},
		{"كلمة المرور مطلوبة", AuthRequired, ClassPermanent},
		{"ต้องระบุรหัสผ่าน", AuthRequired, ClassPermanent},
		{"Cần nhập mật khẩu.", AuthRequired, ClassPermanent},
		{"Kata sandi wajib diisi.", AuthRequired, ClassPermanent},
		{"पासवर्ड आवश्यक है", AuthRequired, ClassPermanent},
		{"Потрібно вказати пароль.", AuthRequired, ClassPermanent},
		// a password that is wrong is no password required
		{"Jelszó hibás.", AuthFailed, ClassPermanent},
		{"パスワードが間違っています。再入力してください。", AuthFailed, ClassPermanent},
		{"验证方式错误，登录失败", AuthFailed, ClassPermanent},
	})
}

func TestKindLang19bAddressAndSize(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die E-Mail-Adresse des Empfängers ist falsch.", UserUnknown, ClassPermanent},
		{"L'adresse e-mail est incorrecte.", UserUnknown, ClassPermanent},
		{"La dirección de correo es incorrecta.", UserUnknown, ClassPermanent},
		{"收件人地址错误", UserUnknown, ClassPermanent},
		{"Адрес получателя указан неправильно.", UserUnknown, ClassPermanent},
		{"El destinatario no se encuentra en el directorio.", UserUnknown, ClassPermanent},
		{"O destinatário não se encontra no diretório.", UserUnknown, ClassPermanent},
		{"L'adresse électronique ne figure plus dans l'annuaire.", UserUnknown, ClassPermanent},
		{"Die vom Absender angegebene Adresse existiert nicht.", UserUnknown, ClassPermanent},
		{"La dirección introducida por el remitente no existe.", UserUnknown, ClassPermanent},
		{"Die Absenderadresse existiert nicht.", SenderInvalid, ClassPermanent},
		{"Der Anhang ist größer als 25 MB.", MessageTooBig, ClassPermanent},
		{"La pièce jointe fait plus de 20 Mo.", MessageTooBig, ClassPermanent},
		{"L'allegato pesa più di 15 MB.", MessageTooBig, ClassPermanent},
		{"添付ファイルが10MBを超えています", MessageTooBig, ClassPermanent},
		{"Вложение больше 25 МБ.", MessageTooBig, ClassPermanent},
		{"附件超过 50MB", MessageTooBig, ClassPermanent},
		{"Das Postfach hat seine Speichergrenze erreicht.", MailboxFull, ClassPermanent},
	})
}

func TestKindLang19bAuthAndRelay(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Le domaine de l'adresse 5322.From n'atteint pas le niveau d'authentification requis.", SenderAuth, ClassPermanent},
		{"El dominio no cumple el nivel de autenticación requerido.", SenderAuth, ClassPermanent},
		{"Die Domäne erfüllt nicht die erforderliche Authentifizierungsstufe.", SenderAuth, ClassPermanent},
		{"送信ドメインが必要な認証レベルを満たしていません。", SenderAuth, ClassPermanent},
		// an SMTP login required stays auth-required
		{"SMTP-Authentifizierung erforderlich", AuthRequired, ClassPermanent},
		{"Remitente no autorizado para retransmisión", RelayDenied, ClassPermanent},
		{"Relais non autorisé sur ce serveur.", RelayDenied, ClassPermanent},
		{"中继未授权", RelayDenied, ClassPermanent},
		{"Ретрансляция не разрешена", RelayDenied, ClassPermanent},
	})
}
