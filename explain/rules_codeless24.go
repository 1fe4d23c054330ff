package explain

// Held-out batch 24-codeless (issue 10): text without a reply code as
// failed-mail lists, CRM and sales tools, help desks, newsletter tools,
// admin consoles and clients say it — an address held after bounces
// ("Opted out automatically: hard bounce", "on the barred list after a
// bounced email"), a soft or hard bounce named in Portuguese or as a
// "soft error", a connection refused because the client is blacklisted,
// an address "no longer valid", a domain said invalid in a European
// language, a mailbox said saturated, too many requests in the large
// languages, Japanese send-error titles (docs/heldout/heldout24-codeless.md).

// codeless24SoftBounce and codeless24HardBounce name a bounce's class, as
// codeless21SoftBounce and codeless21HardBounce do, in words those lack:
// Portuguese "devolução suave/definitiva" (Zoho Desk's Portuguese pages),
// Spanish "rebote suave", and a platform's "soft error"/"hard error"
// (CatGlobe's Communicator). classify.go joins them to the stated and the
// outcome wording.
var (
	codeless24SoftBounce = []string{"devolução suave", "devolução temporária", "devolução temporaria", "rebote suave", "rebond temporaire", "soft error", "soft-error",
		// (batch 24-codeless b: a bounce "due to a temporary error", GoDaddy's Portuguese "Devolução devido a erro temporário")
		"erro temporário", "erro temporario", "erreur temporaire", "errore temporaneo", "temporärer fehler", "временная ошибка", "tijdelijke fout", "geçici hata", "błąd tymczasowy"}
	codeless24HardBounce = []string{"devolução definitiva", "devolução permanente", "rebond définitif", "hard error", "hard-error"}
)

var (
	// a platform that holds an address after a hard bounce, in words
	// codeless23HeldAddress lacks: opted out, archived, barred, unsubscribed
	codeless24HeldWords = []string{"opted out", "opted-out", "archived", "barred", "address suspended", "contact suspended", "subscriber suspended", "email suspended", "will not resend", "won't resend", "not resend", "no longer resend"}
	// a hard bounce named as such (not "permanent failure", which heads a
	// refusal of a suspended mailbox: "Technical details of permanent
	// failure: Recipient mailbox is suspended")
	codeless24HardBounceWords = []string{"hard bounced", "hard-bounced", "hard bounce", "hard-bounce", "hardbounce", "hardbounces", "hard bounces", "rebote duro", "rebotes duros", "rebond dur", "rebonds durs"}
	// a message the sending side will send again ("Deferred: the message
	// could not be delivered and will be resent"): transient (classify.go
	// joins them to the retry wording)
	codeless24RetryWording = []string{"will be resent", "will be re-sent", "will be sent again", "sera renvoyé", "sera réexpédié", "será reenviado", "será reenviada", "verrà reinviato", "wird erneut gesendet", "wird erneut versendet"}
	// a block said temporary in other languages ("Blocage temporaire : ...
	// levé sous 24 à 72 heures"): transient (joined to the temporary wording)
	codeless24TemporaryWording = []string{"blocage temporaire", "temporairement bloqué", "bloqué temporairement", "bloqueo temporal", "bloqueado temporalmente", "blocco temporaneo", "bloccato temporaneamente",
		"bloqueio temporário", "bloqueado temporariamente", "temporäre sperre", "vorübergehend gesperrt", "временная блокировка", "временно заблокирован", "tijdelijke blokkade", "tijdelijk geblokkeerd"}
	// a domain's verdict "invalid" in the European languages ("Die Domain
	// des Empfängers ist ungültig"); English "Invalid domain name" keeps
	// the corpus's syntax reading (wording.unrecognised-command)
	codeless24InvalidVerdicts = []string{"ungültig", "inválido", "inválida", "non valido", "non valida", "invalide", "недействител", "недопустим", "nieprawidłow", "ongeldig", "geçersiz"}
	// a mailbox as a bounce cause's subject, in the large languages
	codeless24MailboxWords = []string{"mailbox", "inbox", "buzón", "bandeja de entrada", "caixa postal", "caixa de correio", "caixa de entrada", "casella di posta", "casella postale",
		"boîte aux lettres", "boîte mail", "boîte de réception", "postfach", "почтовый ящик", "skrzynka", "mailbox van", "posta kutusu"}
)

// codeless24SoftHeld are words of an address held by its platform after
// soft bounces, in the large languages (codeless24.held-after-soft-bounces,
// suppressedAfterSoftBounces).
var codeless24SoftHeld = []string{"suspended", "suppressed", "archived", "unsubscribed", "deactivated", "set to inactive", "no longer receive", "stops receiving", "stop receiving",
	"deja de recibir", "dejará de recibir", "ne recevra plus", "cesse de recevoir", "não receberá", "deixa de receber", "non riceverà", "smette di ricevere", "erhält keine", "nicht mehr angeschrieben",
	"больше не получает", "больше не будет получать", "suspendu", "suspendido", "suspenso", "sospeso", "gesperrt"}

var codeless24Rules = []rule{
	// an address opted out, archived or barred after a hard bounce
	// (Numero's "Opted out automatically: hard bounce (the email address
	// does not exist)"): the suppression convention's user-unknown, over the
	// opt-out's policy (esp9.unsubscribe-list)
	{ID: "codeless24.hard-bounce-held", Any: codeless24HardBounceWords, With: codeless24HeldWords,
		Not: []string{"soft bounce", "soft-bounce", "softbounce", "complaint", "as spam", "manual", "sender", "your account"},
		Cat: UserUnknown, Pri: dash15Pri + 2,
		Summary: "The sending platform does not send to this address any more: an earlier message to it hard-bounced (an address that does not exist).",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before the platform's admin releases it."}},
	// an address put on a platform's barred or bounce list after a bounce
	// ("on the barred list after a bounced email; the system will not
	// resend to it", WeTransfer's Italian "inserito nella nostra bounce
	// list"): the suppression convention reads a hold after a bounce
	// user-unknown
	{ID: "codeless24.bounce-barred", Any: []string{"barred list", "bounce list", "bounced list", "bounces list", "lista de rebotes", "liste des rebonds", "lista dei rimbalzi"},
		With: []string{"bounced", "after a bounce", "will not resend", "not resend", "no longer", "non possiamo più", "no podemos", "ne pouvons plus", "inserito", "inserted", "added to", "placed on", "put on"},
		Not:  []string{"soft bounce", "soft-bounce", "complaint", "spam", "unsubscrib", "manual"},
		Cat:  UserUnknown, Pri: dash15Pri + 2,
		Summary: "The sending platform does not send to this address any more: it is on the platform's bounce list after an earlier message to it bounced.",
		Fix:     []string{"Check the address with the recipient by another channel; remove it from your lists, or have the platform release it once it is confirmed."}},
	// a connection refused because the client's IP is blacklisted
	// (Mailbird's "Connection refused from <IP>: is blacklisted in Abusix
	// Mail Intelligence"): the host on a block list (block-list convention),
	// not a network failure
	{ID: "codeless24.refused-blacklisted", Any: []string{"is blacklisted", "is blocklisted", "blacklisted in", "blocklisted in", "blacklisted by", "is listed in", "is listed on", "listed at"},
		With: []string{"connection refused", "connection rejected", "refused connection", "refused the connection", "rejected the connection"},
		Not:  []string{"sender address", "from address", "recipient", "domain is"},
		Cat:  Reputation, Pri: codePri + 2,
		Summary: "The server refused the connection because the connecting IP address is on a block list.",
		Fix:     delistFix},
	// an address "no longer valid" (SwiftHarbour's "an email address is
	// incorrect or no longer valid"): it existed and does not any more
	{ID: "codeless24.address-no-longer-valid", Any: []string{"no longer valid", "not valid anymore", "no longer a valid"},
		With:    []string{"address", "email", "e-mail", "mailbox", "account"},
		Not:     []string{"sender", "from address", "password", "token", "credential", "certificate", "link", "session", "domain", "dkim", "spf", "key"},
		NotAlso: [][]string{intlSenderWords},
		Cat:     UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address is no longer valid: the mailbox does not exist any more at the receiving server."},
	// a domain said invalid in the European languages ("Die Domain des
	// Empfängers ist ungültig"): the domain, not the address (over
	// intl.address-invalid)
	{ID: "codeless24.domain-invalid-l10n", Any: intlDomainSubjects, With: codeless24InvalidVerdicts,
		Not:     []string{"ip", "dkim", "spf", "dmarc", "signature", "helo", "ehlo", "sender", "absender", "remitente", "expéditeur", "mittente", "remetente", "from address", "return-path", "password", "configur", "@"},
		NotAlso: [][]string{intlSenderWords, intlSenderAddress},
		Cat:     HostUnknown, Pri: conceptPri + 2, // (strong: over intl.address-invalid, which reads the recipient's words as the address)
		Summary: "The recipient's domain is invalid: it does not exist or does not receive mail."},
	// a bad mailbox as a failure reason's label (Mistable's "Failure
	// reason: Bad Mailbox - ..."), the bounce class bad-mailbox as words:
	// the address does not exist; Exchange's "bad mailbox Database
	// property" is its store's
	{ID: "codeless24.bad-mailbox", Any: []string{"bad mailbox", "bad-mailbox", "bad_mailbox"},
		Not: []string{"database", "property", "storedrv"},
		Cat: UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address does not exist at the receiving server (a bad mailbox)."},
	// a mailbox said saturated or overloaded ("el buzón del destinatario
	// está saturado"): full
	{ID: "codeless24.mailbox-saturated", Any: codeless24MailboxWords, With: codeless23Saturated,
		Not: []string{"server", "servidor", "serveur", "server", "servizio", "сервер", "serwer", "sunucu"},
		Cat: MailboxFull, Weak: true, Pri: conceptPri + 2,
		Summary: "The recipient's mailbox is full (saturated) and takes no more mail."},
	// too many requests in the large languages ("Demandé : trop de demandes
	// d'envoi en même temps"), as English "too many requests"
	{ID: "codeless24.too-many-requests-l10n", Any: []string{"trop de demandes", "trop de requêtes", "demasiadas solicitudes", "demasiadas peticiones", "troppe richieste", "zu viele anfragen",
		"muitas solicitações", "muitas requisições", "слишком много запросов", "zbyt wiele żądań", "zbyt wiele zapytań", "te veel verzoeken", "çok fazla istek", "请求过多", "請求過多", "请求太多",
		"リクエストが多すぎ", "요청이 너무 많"},
		Not: []string{"connexion", "login", "anmeld", "inicio de sesión", "accesso", "войт", "logowan"},
		Cat: RateLimited, Weak: true, Pri: conceptPri + 2,
		Summary: "The sending service received more requests than it allows at once; it sends the rest after a wait."},
	// Japanese send-error titles: an account the domain does not have
	// ("対象ドメインのアカウントを持っていません"), a DNS lookup that failed
	// ("DNSルックアップに失敗しました"), an automatic reply (自動応答)
	{ID: "codeless24.ja-no-account", Any: []string{"アカウントを持っていません", "アカウントがありません", "アカウントは存在しません", "アカウントが存在しません"},
		Not: []string{"送信者", "差出人", "送信元", "ログイン"},
		Cat: UserUnknown, Weak: true, Pri: conceptPri + 2,
		Summary: "The recipient address does not exist: the receiving domain has no such account."},
	{ID: "codeless24.dns-lookup-failed", Any: []string{"dnsルックアップ", "dns ルックアップ", "dns参照", "dns查询", "dns 查询", "dns解析", "dns 解析", "dns 조회", "dns-suche", "recherche dns", "búsqueda dns"},
		With: []string{"失敗", "失败", "できません", "실패", "fehlgeschlagen", "échoué", "échec", "falló", "fallida"},
		// (common26: the DNS-lookup convention reads a failed lookup that names
		// no answer as the lookup's failure, network, in every language, as the
		// English "DNS lookup failed" is read; NXDOMAIN or "not found" words are
		// host-unknown's)
		Cat: Network, Weak: true, Pri: conceptPri + 2,
		Summary: "The DNS lookup for the recipient's domain failed: the resolver gave no answer (a server failure or a time-out); the sending server retries."},
	{ID: "codeless24.auto-reply-ja", Any: []string{"自動応答", "自動で応答", "自動返答"},
		Not: []string{"設定", "設置", "有効に"},
		Cat: Success, Pri: conceptPri + 2,
		Summary: "An automatic reply (out of office) came back: the message was delivered."},
	// a host that did not respond, in the broken English of report status
	// labels ("Host not respond")
	{ID: "codeless24.host-not-respond", Any: []string{"host not respond", "server not respond", "host not responding", "server not responding", "host no response", "server no response"},
		Cat: Network, Weak: true, Pri: conceptPri + 2,
		Summary: "The receiving server did not answer; the sending server retries, then gives up."},
	// (batch 24-codeless b's kinds)
	// an address held after repeated bounces ("Marked as bad email
	// automatically after the second bounce in a row"): the convention for
	// an address held after too many bounces, user-unknown
	{ID: "codeless24.held-after-bounces", Any: []string{"bounce in a row", "bounces in a row", "second bounce", "third bounce", "after two bounces", "after three bounces"},
		// ("held" and "consecutive bounces" are left to dash15's reading of a
		// list member held: TestKindDash15HeldAfterFailures)
		With: []string{"bad email", "marked as bad", "suspended", "archived", "barred", "suppressed", "deactivated", "removed", "unsubscribed"},
		Not:  []string{"soft bounce", "soft-bounce", "softbounce", "soft bounces", "complaint", "spam", "sender", "your account"},
		Cat:  UserUnknown, Pri: dash15Pri + 2,
		Summary: "The sending platform holds the address after repeated bounces: mail to it keeps failing (most often an address that does not exist).",
		Fix:     []string{"Check the address with the recipient by another channel; remove it from your lists, or have the platform release it once it is confirmed."}},
	// an address held (suspended, suppressed, stopped) after soft bounces,
	// in any language ("Suspended: too many soft bounces over a period",
	// "El contacto sufrió un rebote temporal en 5 correos distintos y deja de
	// recibir correos"): no cause, permanent (suppressedAfterSoftBounces),
	// over a mailbox "suspended" (mta.mailbox-disabled)
	{ID: "codeless24.held-after-soft-bounces", Any: []string{"soft bounce", "soft-bounce", "softbounce", "soft bounced", "soft-bounced", "soft error", "rebote temporal", "rebote suave", "rebote blando", "rebote soft",
		"rebond temporaire", "rebond doux", "rebond léger", "rimbalzo temporaneo", "rimbalzo soft", "devolução suave", "devolução temporária", "bounce transitório", "мягкий возврат", "мягкий отказ",
		"软退信", "軟退信", "ソフトバウンス", "소프트바운스", "소프트 바운스", "zachte bounce", "geçici geri dönüş", "miękkie odbicie"}, // (a literal: no call at package init, TestPackageDataIsStatic)
		With: codeless24SoftHeld,
		Not:  []string{"will be suspended", "would be suspended", "before suspending"},
		Cat:  Unknown, Pri: dash15Pri + 2,
		Summary: "The sending platform holds the address after repeated soft bounces: the bounces were temporary, their cause is not given, and the platform sends no more.",
		Fix:     []string{"Find the soft bounces' replies in the platform's log for the cause; if it is gone (a full mailbox emptied, a server back), release the address at the platform."}},
	// an address on a list after a hard bounce (NAVER Cloud's
	// "SEND_BLOCK_ADDRESS: the address is on the send block list after a
	// hard bounce"): the suppression convention's user-unknown, not a DNS
	// blocklist (bl.generic)
	{ID: "codeless24.listed-after-hard-bounce", Any: []string{"after a hard bounce", "after hard bounce", "after hard bounces", "after a hard-bounce", "following a hard bounce", "due to a hard bounce", "because of a hard bounce",
		"after it hard-bounced", "after it hard bounced"},
		With: []string{"list", "block", "suppress", "held", "barred", "excluded"},
		Not:  []string{"your ip", "ip address", "sending server", "your server", "dnsbl", "spamhaus"},
		Cat:  UserUnknown, Pri: dash15Pri + 2,
		Summary: "The sending platform does not send to this address: it holds it on its own list after an earlier message to it hard-bounced (an address that does not exist).",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before the platform releases it."}},
	// a domain that cannot be resolved ("the domain of the email address is
	// not valid or cannot be resolved"): the recipient's domain, over an
	// address "not valid" (esp9.illegal-address)
	{ID: "codeless24.domain-unresolvable", Any: []string{"cannot be resolved", "can't be resolved", "not resolvable", "unresolvable"}, // ("could not be resolved" is prov12.domain-must-resolve's)
		With:    []string{"domain"},
		Not:     []string{"sender", "from address", "return-path", "smtp server", "mail server", "outgoing server", "host name", "hostname", "helo", "ehlo", "proxy"},
		NotAlso: [][]string{intlSenderWords},
		Cat:     HostUnknown, Pri: conceptPri + 2,
		Summary: "The recipient's domain could not be resolved in DNS: it does not exist or has no mail server."},
	// a limit on outgoing messages reached (Plesk's Outgoing Mail Control:
	// "Not Sending - the mailbox has reached its limit on outgoing
	// messages", 送信メッセージ数の上限)
	{ID: "codeless24.outgoing-limit", Any: []string{"limit on outgoing", "limit of outgoing", "limit for outgoing", "limits on outgoing", "outgoing limit", "outgoing message limit", "outgoing mail limit",
		"outgoing email limit", "送信メッセージ数の上限", "送信数の上限", "送信上限", "limite d'envoi", "límite de envío", "limite di invio", "limite de envio", "versandlimit", "sendelimit", "ліміт відправки", "лимит отправки"},
		Cat: RateLimited, Weak: true, Pri: conceptPri + 2,
		Summary: "The sender reached its limit of outgoing messages; sending resumes when the limit's period ends (or the limit is raised)."},
	// a recipient address error as a platform's result ("RECIPIENT_ADDRESS_ERROR:
	// Sending failed due to recipient address error")
	{ID: "codeless24.recipient-address-error", Any: []string{"recipient address error", "recipient address is wrong", "recipient address is incorrect", "recipient's address is incorrect"},
		Cat: UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address is wrong: it does not exist at the receiving server."},
	// a connection failure in other languages ("Rebote temporal: fallos de
	// conexión")
	{ID: "codeless24.connection-failure-l10n", Any: []string{"fallo de conexi", "fallos de conexi", "falla de conexi", "fallas de conexi", "error de conexi", "errores de conexi", "échec de connexion", "échec de la connexion",
		"erreur de connexion", "falha de conexão", "falhas de conexão", "falha na conexão", "erro de conexão", "errore di connessione", "errori di connessione", "verbindungsfehler", "ошибка соединения",
		"ошибка подключения", "сбой соединения", "błąd połączenia", "verbindingsfout", "连接失败", "連線失敗", "接続エラー", "接続に失敗", "연결 실패", "연결 오류"},
		Not: []string{"internet", "your connection", "votre connexion", "su conexión", "sua conexão", "la tua connessione", "ihre verbindung", "smtp server", "servidor smtp", "serveur smtp", "server smtp", "smtp-server"},
		Cat: Network, Weak: true, Pri: conceptPri,
		Summary: "The connection to the receiving server failed; the sending server retries."},
	// a firewall on the recipient's side that keeps mail out (GoDaddy's
	// Portuguese "Devolução geral: uma firewall no servidor do destinatário
	// impede a receção ..."): the receiver's own rules
	{ID: "codeless24.recipient-firewall", Any: []string{"firewall"},
		With: []string{"destinatário", "destinatario", "destinataire", "recipient", "empfänger", "получател", "odbiorc", "ontvanger", "alıcı"},
		Not:  []string{"your firewall", "sua firewall", "seu firewall", "votre pare-feu", "su firewall", "ihre firewall", "local firewall", "antivirus", "smtp port", "port 25", "port 587"},
		Cat:  Policy, Weak: true, Pri: conceptPri,
		Summary: "A firewall on the recipient's side keeps the mail out (it accepts mail only from known sources or from its own network)."},
	// a domain that cannot accept mail ("Il dominio specificato
	// nell'indirizzo email non è in grado di accettare email")
	{ID: "codeless24.domain-accepts-no-mail", Any: intlDomainSubjects,
		With: []string{"non è in grado di accettare", "non può accettare", "non accetta", "n'est pas en mesure d'accepter", "ne peut pas accepter", "n'accepte pas", "no puede aceptar", "no acepta",
			"não pode aceitar", "não aceita", "kann keine", "nimmt keine", "не принимает", "не может принимать", "nie przyjmuje", "accepteert geen", "kabul etmiyor"},
		Not:     []string{"sender", "absender", "remitente", "expéditeur", "mittente", "remetente", "отправител", "dkim", "spf", "dmarc", "ip"},
		NotAlso: [][]string{intlSenderWords},
		Cat:     HostUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient's domain does not accept mail (no mail server for it)."},
	// a message size over a limit, in words the size families lack ("Dimensione
	// del messaggio oltre il limite amministrativo")
	{ID: "codeless24.message-size-over-limit", Any: []string{"dimensione del messaggio", "dimensioni del messaggio", "taille du message", "tamaño del mensaje", "tamanho da mensagem", "nachrichtengröße",
		"размер сообщения", "размер письма", "rozmiar wiadomości", "berichtgrootte", "mesaj boyutu"},
		With: []string{"oltre", "supera", "au-delà", "dépasse", "por encima", "excede", "supera el", "acima", "über", "überschreitet", "превыша", "przekracza", "groter dan", "aşıyor", "aşmaktadır"},
		Cat:  MessageTooBig, Weak: true, Pri: conceptPri,
		Summary: "The message is larger than the receiving side allows."},
	// an address on a platform's list after a spam report, in other
	// languages (SendCloud's "黑名单：垃圾邮件举报", "Liste de suppression :
	// signalement en spam"): the suppression convention's policy, not the
	// message's content
	{ID: "codeless24.complaint-list-l10n", Any: []string{"举报", "舉報", "signalement en spam", "signalé comme spam", "signalé en spam", "signalé comme indésirable", "denunciado como spam", "reportado como spam",
		"segnalato come spam", "als spam gemeldet", "отмечено как спам", "пожаловался на спам"},
		With: []string{"黑名单", "黑名單", "liste de suppression", "ne pas contacter", "lista de supresión", "lista di soppressione", "sperrliste", "blacklist", "liste noire", "черный список", "чёрный список", "suppression"},
		Not:  []string{"ip", "your server", "dnsbl", "spamhaus"},
		Cat:  Policy, Pri: codePri + 2,
		Summary: "The sending platform did not send: the recipient reported earlier mail as spam, and the platform holds the address on its own list.",
		Fix:     []string{"Do not send to the address unless the recipient asks again; remove it from the platform's list only with their consent."}},
	// a sender blocked by a receiver for too many invalid addresses ("Blocage
	// temporaire : trop d'adresses email invalides dans vos envois"): the
	// sender's list quality, as "This IP has been temporarily blocked for
	// attempting to mail too many invalid recipients" reads (reputation)
	{ID: "codeless24.too-many-invalid-addresses", Any: []string{"trop d'adresses", "demasiadas direcciones", "troppi indirizzi", "zu viele ungültige", "muitos endereços", "слишком много недействительных",
		"too many invalid addresses", "too many invalid email addresses", "too many invalid e-mail addresses"},
		With: []string{"invalid", "inválid", "non valid", "ungültig", "недейств", "bloc", "block"},
		Cat:  Reputation, Pri: codePri + 2,
		Summary: "The receiver blocks the sender for mailing too many invalid addresses (a sign of a poor or bought list); the block lifts after its period.",
		Fix:     []string{"Clean the list (remove addresses that bounced, confirm new ones by double opt-in), then send again once the block has lifted."}},
	// an automatic reply in other languages ("Réponse d'absence : l'e-mail
	// est arrivé"): a delivery
	{ID: "codeless24.auto-reply-l10n", Any: []string{"réponse d'absence", "message d'absence", "mensaje de ausencia", "respuesta de ausencia", "mensagem de ausência", "resposta de ausência",
		"messaggio di assenza", "risposta di assenza", "abwesenheitsnachricht", "abwesenheitsmeldung", "abwesenheitsantwort"},
		Not: []string{"configur", "activer", "paramétr", "activar", "ativar", "attivare", "einrichten", "aktivieren"},
		Cat: Success, Pri: conceptPri + 2,
		Summary: "An automatic reply (out of office) came back: the message was delivered."},
	// the sending domain that no longer exists, said of the domain "from
	// which you configured sending" (GetCourse's German "die Domäne, von der
	// aus Sie das Senden konfiguriert haben, existiert nicht mehr"): the
	// sender's, over a recipient's domain (codeless22.domain-not-exist)
	{ID: "codeless24.sending-domain-gone", Any: []string{"das senden", "den versand", "sending domain", "domain you send from", "domain from which you", "domaine d'envoi", "dominio de envío", "dominio di invio",
		"domínio de envio", "versanddomain", "absenderdomain", "absender-domain"},
		With: []string{"existiert nicht", "does not exist", "doesn't exist", "no longer exists", "n'existe", "no existe", "non esiste", "não existe", "не существует", "nicht gefunden", "not found"},
		Cat:  SenderInvalid, Pri: conceptPri + 4,
		Summary: "The domain the sender sends from does not exist (any more): receivers refuse mail whose sender domain does not resolve."},
}
