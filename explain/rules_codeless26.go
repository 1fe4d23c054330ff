package explain

import "strings"

// Held-out batch 26-codeless (issue 10): text without a reply code as
// localized bounce tables, NDR texts, status descriptions and client send
// errors say it (docs/heldout/heldout26-codeless.md). The gate's kinds of
// this batch: concept words a language lacked (codeless25Langs: Dutch
// "levering"/"mislukking"/"tijdelijk", Russian "неудачн", Italian
// "insuccesso"/"temporaneo", Portuguese "não foi entregue"), and causes said
// in other languages that no rule read (a spam source, a validity that ran
// out, a DNS record missing, a delivery into the spam folder, an encryption
// type not supported, content rejected, a recipient who wants no mail).

// codeless26TemporaryWording: "temporary" as an adjective in the languages
// whose adverb the temporary wording had ("Problema temporaneo: Casella del
// destinatario piena", "временная ошибка", "erreur temporaire"): a
// temporary state (joined to the temporary wording in classify.go).
var codeless26TemporaryWording = []string{"temporaneo", "temporanea", "temporanei", "temporanee", "временная", "временной", "временные", "временный",
	"temporaire", "temporário", "temporária", "tijdelijke",
	// (batch 26-codeless b) a table row whose last cell is its soft category ("Postfach voll | ... | Soft", "... | Leve")
	"| soft", "| leve", "| suave", "| weich"}

// codeless26PermanentWording: a table row whose last cell is its hard
// category ("Ungültiger Empfänger | ... | Hard", "... | Grave"): permanent
// (joined to the permanent wording in classify.go).
var codeless26PermanentWording = []string{"| hard", "| grave", "| duro", "| dur"}

var codeless26Rules = []rule{
	// the sender's domains or IPs named a source of spam in another
	// language ("omdat ISP de domeinen van de afzender of IPs een bekende
	// spambron beschouwde"): the sender's reputation, as concept.spammer
	// reads "known spam source"
	{ID: "codeless26.l10n-spam-source", Any: []string{"spambron", "fuente de spam", "fonte di spam", "spamquelle", "spam-quelle", "fonte de spam", "источник спама",
		"источником спама", "垃圾邮件来源", "垃圾郵件來源", "スパム送信元", "スパムの発信源", "źródło spamu", "źródłem spamu", "spam kaynağı"},
		Cat: Reputation, Pri: 20,
		Summary: "The receiver refuses the sender (its IP address or domain) as a known source of spam: a reputation block, not a verdict on this message's content.",
		Fix:     []string{"Check the sending IP and domain on the public blocklists and the providers' postmaster tools; fix what made them a spam source, then ask for delisting."}},
	// a delivery that failed by a policy, said in Dutch ("De levering is
	// mislukt als gevolg van een beleidsconfiguratie"): policy, as
	// mta.policy reads "policy"
	{ID: "codeless26.nl-policy", Any: []string{"beleidsconfiguratie", "beleidsregel", "vanwege beleid", "wegens beleid", "door beleid", "beleid van de"},
		With: []string{"mislukt", "geweigerd", "geblokkeerd", "levering", "bezorging", "afgewezen", "niet toegestaan"},
		Cat:  Policy, Weak: true, Pri: conceptPri + 2,
		Summary: "The delivery was refused by a policy (the receiver's, or the sending platform's own configuration).",
		Fix:     []string{"Find which policy stopped the message (the platform's logs or the receiver's reply) and change what it objects to."}},
	// a message whose validity or retry period ran out, said in other
	// languages ("De berichtlevering ontbrak omdat de berichtgeldigheid
	// verliep", "после истечения срока повторных попыток"): expired, as
	// mta.expired reads "message validity expired"
	{ID: "codeless26.l10n-validity-expired", Any: []string{"geldigheid verliep", "berichtgeldigheid verliep", "geldigheid is verlopen", "geldigheidsduur verlopen", "gültigkeit abgelaufen",
		"gültigkeitsdauer abgelaufen", "gültigkeitsdauer überschritten", "validité a expiré", "validité expirée", "durée de validité dépassée", "validez expiró",
		"validez ha expirado", "validez ha caducado", "validità è scaduta", "validità scaduta", "validade expirou", "validade expirada",
		"истечения срока повторных попыток", "срок повторных попыток истек", "срок повторных попыток истёк", "истечения срока доставки", "срок доставки истек",
		"срок доставки истёк", "срок действия письма истек", "срок действия сообщения истек", "重试期限已过", "重試期限已過", "再試行期限が切れ"},
		Cat: Expired, Pri: conceptPri + 6,
		Summary: "The sending side gave up on the message: its validity (or the period of its retries) ran out before the receiving side accepted it.",
		Fix:     []string{"Find why the attempts failed (the last reply in the sending side's log), fix that cause and send again."}},
	// the same said with the validity's noun and its verb apart ("die
	// Gültigkeitsdauer der Nachricht wurde überschritten", "срок действия
	// письма истёк"), not a password's, a link's or a certificate's
	{ID: "codeless26.l10n-validity-period", Any: []string{"gültigkeitsdauer", "geldigheidsduur", "durée de validité", "période de validité", "periodo di validità",
		"período de validez", "período de validade", "срок действия"},
		With: []string{"abgelaufen", "überschritten", "verlopen", "verliep", "expiré", "dépassé", "scadut", "expirado", "expirou", "caducado", "caducó", "истек", "истёк"},
		Not: []string{"passwor", "kennwort", "wachtwoord", "mot de passe", "contraseña", "senha", "пароль", "zertifikat", "certificat", "certificado", "certificato",
			"сертификат", "token", "link", "lien", "enlace", "ссылк", "abonnement", "subscription", "konto", "compte", "cuenta", "conta", "аккаунт", "лиценз", "licen"},
		Cat: Expired, Pri: conceptPri + 6,
		Summary: "The sending side gave up on the message: its validity (or the period of its retries) ran out before the receiving side accepted it.",
		Fix:     []string{"Find why the attempts failed (the last reply in the sending side's log), fix that cause and send again."}},
	// attempts that ran out, said by their count ("Mailmeteor has retried
	// sending the email too many times", "too many retries"): an expiry,
	// not the rate limit "too many" names elsewhere (intl13's "too many
	// messages")
	{ID: "codeless26.retries-exhausted", Any: []string{"too many times", "too many retries", "too many attempts", "retry limit", "maximum number of retries",
		"max retries", "maximum retries", "retries exhausted", "exhausted all retries", "exhausted its retries", "all retries failed", "maximum number of attempts"},
		With: []string{"retried", "retries", "retry", "attempts", "re-tried", "tried to send", "tried sending", "tried to deliver"},
		Not:  []string{"log in", "login", "logon", "sign in", "sign-in", "password", "authenticat", "credentials", "verification code", "captcha"},
		Cat:  Expired, Pri: conceptPri + 6,
		Summary: "The sending side tried to deliver the message until its retries ran out, and gave up.",
		Fix:     []string{"Find why the attempts failed (the last reply in the sending side's log), fix that cause and send again."}},
	// a DNS record missing or wrong, said without a name ("Нет записи или
	// некорректная запись в DNS", UniSender's err_no_dns): the recipient's
	// domain has no usable record, host-unknown
	{ID: "codeless26.dns-record-missing", Any: []string{"запись в dns", "записи в dns", "dns-запис", "dns запис", "registro dns", "registros dns", "enregistrement dns",
		"dns-eintrag", "dns-record", "record dns", "dns record", "dns records"},
		With: []string{"нет ", "отсутств", "некорректн", "неверн", "no existe", "falta", "inexistente", "manquant", "absent", "introuvable", "fehlt", "kein", "ontbreekt",
			"mancant", "missing", "incorrect", "invalid", "no record", "not found", "does not exist"},
		Not: []string{"spf", "dkim", "dmarc", "ptr", "reverse", "обратн", "rdns", "txt", "bimi", "mta-sts", "tlsa", "dane", "your domain", "sender", "отправител"},
		Cat: HostUnknown, Weak: true, Pri: conceptPri + 2,
		Summary: "The recipient's domain has no usable DNS record for mail (no MX or address record, or a wrong one): mail cannot be routed to it.",
		Fix:     []string{"Check the recipient address's domain for a typo; if it is right, its owner must fix its DNS (MX records)."}},
	// a domain said unreachable ("Inatteignable : ... en cas de domaine
	// temporairement inatteignable", "The domain is temporarily
	// unreachable"): the connection, network
	{ID: "codeless26.unreachable", Any: []string{"unreachable", "inatteignable", "injoignable", "irraggiungibil", "inalcanzable", "nicht erreichbar", "onbereikbaar",
		// (batch 26-codeless b) German and Spanish ("Domain vorübergehend unerreichbar", "dominio temporalmente inaccesible")
		"unerreichbar", "inaccesible", "inaccessible", "niet bereikbaar",
		"inacessível", "inalcançável", "nieosiągaln", "ulaşılamıyor", "到達できません", "无法访问", "無法連線",
		// (batch 27-codeless) reachable negated with words between ("non è al momento raggiungibile", "n'est actuellement pas joignable")
		"non raggiungibil", "non è raggiungibil", "non è al momento raggiungibil", "non è momentaneamente raggiungibil", "non è attualmente raggiungibil",
		"n'est pas joignable", "n'est actuellement pas joignable", "n'est pas accessible", "no es accesible", "no está accesible", "no es alcanzable",
		"não está acessível", "não é acessível", "momentan nicht erreichbar", "aktuell nicht erreichbar"},
		With: []string{"domain", "domaine", "dominio", "domínio", "server", "serveur", "servidor", "host", "hôte", "mx", "destinat", "empfänger", "ontvanger",
			"recipient", "mail", "messag", "diffusion", "ドメイン", "サーバ", "域名", "服务器", "伺服器",
			// (batch 26-codeless b) German compounds ("Zieldomain zurzeit unerreichbar")
			"zieldomain", "empfängerdomain", "zielserver", "mailserver", "empfängerserver", "e-mail-server"},
		Not: []string{"smtp server is unreachable from your network", "imap", "pop3"},
		Cat: Network, Weak: true, Pri: conceptPri + 2,
		Summary: "The recipient's domain or mail server could not be reached (no connection, or no answer).",
		Fix:     []string{"Check the recipient's domain and its MX servers; if they are right, the receiving side was unreachable for now: the sending side retries, or send again later."}},
	// a message delivered into the recipient's spam folder, said in other
	// languages ("Письмо доставлено, но сервер получателя поместил его в
	// папку «Спам»"): a delivery, as wording.delivered reads the English
	// (docs/explain.md: a delivery the filter put in the junk folder is a
	// delivery)
	{ID: "codeless26.l10n-delivered-to-spam-folder", Any: []string{"доставлено", "доставлен", "zugestellt", "entregado", "livré", "consegnat", "entregue",
		"bezorgd", "afgeleverd", "配信済", "已送达", "已投递", "已送達", "已投遞"},
		With: []string{"папку «спам»", "папку спам", "папку со спамом", "папке «спам»", "папке спам", "spam-ordner", "spamordner", "junk-ordner",
			"carpeta de spam", "carpeta de correo no deseado", "dossier spam", "dossier courrier indésirable", "dossier des indésirables", "cartella spam",
			"cartella della posta indesiderata", "pasta de spam", "pasta de lixo eletrônico", "spammap", "map ongewenste e-mail", "迷惑メールフォルダ",
			"垃圾邮件文件夹", "垃圾邮件箱", "垃圾郵件資料夾", "垃圾箱", "спам»"},
		Not: []string{"не доставлено", "не доставлен", "nicht zugestellt", "no entregado", "non consegnat", "não entregue", "niet bezorgd", "niet afgeleverd", "未送达",
			"未投递", "未送達", "未投遞", "livré pas", "pas été livré", "no fue entregado"},
		Cat: Success, Pri: conceptPri + 14,
		Summary: "The message was delivered: the recipient's server accepted it and filed it in the spam (junk) folder.",
		Fix:     []string{"Nothing to resend; to reach the inbox, check the message's authentication (SPF, DKIM, DMARC), content and the sender's reputation."}},
	// a client's TLS failure said as an encryption type the server does
	// not support (Outlook's 0x800CCC1A "Your server does not support the
	// connection encryption type you have specified", in Russian "Ваш
	// сервер не поддерживает указанный вами тип шифрования"): tls-required
	{ID: "codeless26.encryption-type-unsupported", Any: []string{"encryption type", "encryption method", "тип шифрования", "метод шифрования", "verschlüsselungstyp",
		"verschlüsselungsart", "verschlüsselungsmethode", "type de chiffrement", "méthode de chiffrement", "tipo de cifrado", "método de cifrado", "tipo di crittografia",
		"metodo di crittografia", "tipo de criptografia", "método de criptografia", "versleutelingstype", "versleutelingsmethode", "暗号化の種類", "暗号化方式",
		"加密类型", "加密方法", "加密類型", "암호화 유형", "şifreleme türü"},
		With: []string{"not support", "doesn't support", "не поддерживает", "unterstützt", "ne prend pas en charge", "ne supporte pas", "no admite", "no es compatible",
			"no soporta", "non supporta", "não suporta", "não é compatível", "ondersteunt", "サポートされていません", "サポートしていません", "不支持", "不支援", "지원하지",
			"desteklemiyor"},
		Cat: TLSRequired, Pri: conceptPri + 4,
		Summary: "The client and the server could not agree on the encryption of the connection (TLS/SSL method, version or port).",
		Fix:     []string{"Choose the encryption the server offers (STARTTLS on port 587, or TLS on port 465) and make sure the client supports TLS 1.2 or later."}},
	// content rejected by the receiving server, said in other languages
	// ("Contenuto respinto dal server del destinatario", SES's
	// ContentRejected as an app words it): the content's verdict, as
	// mta.spam reads "Content rejected"
	{ID: "codeless26.l10n-content-rejected", Any: []string{"contenuto respinto", "contenuto rifiutato", "contenido rechazado", "contenu rejeté", "contenu refusé",
		"inhalt abgelehnt", "inhalt zurückgewiesen", "conteúdo rejeitado", "conteúdo recusado", "inhoud geweigerd", "inhoud afgewezen", "содержимое отклонено",
		"содержимое письма отклонено", "内容被拒绝", "內容被拒絕", "コンテンツが拒否", "内容が拒否"},
		Cat: SpamContent, Pri: conceptPri + 2,
		Summary: "The receiving server refused the message for its content (a spam or content filter).",
		Fix:     []string{"Review the message's content, links and attachments; send a plainer test message to see whether the filter passes it."}},
	// a recipient who wants no more mail from the sender ("Il lead ha
	// indicato che non vuole ricevere email dal sistema", "does not want to
	// receive email"): an opt-out, policy (the suppression convention)
	{ID: "codeless26.wants-no-mail", Any: []string{"non vuole ricevere", "non desidera ricevere", "non vuole più ricevere", "non desidera più ricevere", "no desea recibir",
		"no quiere recibir", "ya no desea recibir", "ya no quiere recibir", "ne souhaite plus recevoir", "ne veut plus recevoir", "ne souhaite pas recevoir",
		"ne veut pas recevoir", "não deseja receber", "não quer receber", "não deseja mais receber", "wil geen", "не хочет получать", "не желает получать",
		"does not want to receive", "doesn't want to receive", "no longer wants to receive", "no longer wishes to receive", "does not wish to receive",
		"doesn't wish to receive", "不想接收", "不希望接收", "不想收到", "受け取りたくない", "受信を希望しない", "받고 싶지 않", "almak istemiyor"},
		With: []string{"mail", "email", "e-mail", "messag", "newsletter", "correo", "courrier", "messaggi", "mensage", "nachricht", "bericht", "письм", "сообщен", "邮件", "郵件", "メール",
			"메일", "comunicazion", "comunicacion", "communication", "rassegn", "sistema", "system", "e-posta", "ileti"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The platform does not send: the recipient said they want no more mail from this sender (an unsubscribe or a complaint).",
		Fix:     []string{"Do not send to the address again unless the recipient opts in anew."}},
	// the sending account restricted for spam, as Microsoft 365's NDR says
	// it in other languages without its 5.1.8 line ("Ihre Nachricht konnte
	// nicht zugestellt werden, da Sie nicht als gültiger Absender erkannt
	// wurden ... Spam zu senden"): reputation, as the corpus reads the
	// English NDR and lang19.l10n-bad-outbound-sender its 5.1.8 line
	{ID: "codeless26.not-valid-sender-spam", Any: []string{"recognized as a valid sender", "recognised as a valid sender", "als gültiger absender erkannt",
		"有効な送信者として認識され", "riconosciuto come mittente valido", "reconocido como remitente válido", "reconocido como un remitente válido", "reconoció como remitente válido",
		"reconoció como un remitente válido",
		"reconnu comme expéditeur valide", "reconnu en tant qu'expéditeur valide", "reconhecido como um remetente válido", "reconhecido como remetente válido",
		"распознаны как допустимый отправитель", "распознан как допустимый отправитель", "识别为有效发件人", "識別為有效的寄件者", "유효한 보낸 사람으로 인식",
		"herkend als geldige afzender"},
		With: []string{"spam", "スパム", "垃圾", "спам", "스팸"},
		Cat:  Reputation, Pri: conceptPri + 4,
		Summary: "The sending account is blocked from sending outside its organization: it is suspected of sending spam (a compromised account, or over the sending limits).",
		Fix:     []string{"Secure the account (change its password, check forwarding rules), then ask the mail administrator to release it from the restricted users."}},
	// a full mailbox and a rate limit said in Dutch as Adobe's localized
	// table words them ("de brievenbus van de ontvanger volledig was",
	// "hoge volume of tariefgrenzen door ISP")
	{ID: "codeless26.nl-mailbox-full", Any: []string{"brievenbus", "postvak", "postbus"},
		With: []string{"volledig was", "volledig is", "is vol", "was vol", "zit vol", "quotum"},
		Cat:  MailboxFull, Weak: true, Pri: conceptPri + 2,
		Summary: "The recipient's mailbox is full (over its quota).",
		Fix:     []string{"Tell the recipient by another channel: they must delete mail or get a larger quota; a soft bounce is retried."}},
	{ID: "codeless26.nl-rate-limits", Any: []string{"tariefgrenzen", "tariefgrens", "snelheidslimiet", "snelheidslimieten", "verzendlimiet", "verzendlimieten", "hoge volume", "hoog volume"},
		With: []string{"isp", "levering", "bezorging", "mislukt", "mislukking", "overschreden", "bereikt"},
		Cat:  RateLimited, Weak: true, Pri: conceptPri + 2,
		Summary: "The receiving provider slowed or refused the delivery: too much mail at once (a rate or volume limit).",
		Fix:     []string{"Send more slowly; a soft bounce is retried, at a lower rate."}},
	// a DNS error said as a German compound ("DNS-Fehler | Die Nachricht
	// führte aufgrund eines DNS-Fehlers zu einem Bounce"): network, as
	// the corpus reads "Error de DNS" and AJO's soft "DNS Failure"
	{ID: "codeless26.dns-error-compound", Any: []string{"dns-fehler", "dns-fehlers", "dns-fout", "dns-feil", "dns-fel", "dns-hata", "dns-virhe"},
		Not: []string{"spf", "dkim", "dmarc", "ptr", "absender", "sender"},
		Cat: Network, Weak: true, Pri: conceptPri + 2,
		Summary: "A DNS lookup for the recipient's domain failed (a resolver error, often temporary).",
		Fix:     []string{"Look up the recipient domain's MX records; if they resolve now, the failure was temporary and the message can be sent again."}},
	// relaying refused, as Adobe's German table words it ("Weiterleitung
	// verweigert | ... da eine Weiterleitung nicht zulässig ist"): relay-denied,
	// not an automatic forwarding a tenant blocks (policy)
	{ID: "codeless26.de-relay-refused", Any: []string{"weiterleitung verweigert", "weiterleitung nicht zulässig", "weiterleitung nicht erlaubt", "weiterleitung ist nicht zulässig",
		"weiterleitung ist nicht erlaubt", "relaying nicht erlaubt", "relay nicht erlaubt", "relaying verweigert", "relay verweigert"},
		Not: []string{"automatisch", "automatische", "auto-forward", "postfachregel", "regel"},
		Cat: RelayDenied, Pri: conceptPri + 6,
		Summary: "The receiving server refused to relay: it does not accept the message for that destination from this sender.",
		Fix:     []string{"Send to the recipient domain's own mail servers (its MX), or authenticate at the server you submit through."}},
	// a localized hard bounce the platform holds the address after
	// ("Rebond PERMANENT : Resend a mis l'adresse en liste de suppression",
	// "Rebote permanente: suprimido"), and an address said dead ("adresse
	// morte"): user-unknown, the hold-after-a-hard-bounce convention
	{ID: "codeless26.l10n-hard-bounce-held", Any: []string{"rebond permanent", "rebote permanente", "rimbalzo permanente", "harter bounce", "hardbounce", "hard bounce",
		"rebote duro", "rebond dur", "ressalto permanente", "devolução permanente", "постоянный отказ"},
		With: []string{"liste de suppression", "supprimé", "désactivé", "relances annulées", "suprimid", "lista de supresión", "dado de baja", "dada de baja",
			"soppress", "lista di soppressione", "gesperrt", "unterdrückt", "unterdrückungsliste", "suprimido", "lista de supressão", "заблокирован", "исключ"},
		Not: []string{"soft", "transitoire", "transitorio", "temporaire", "temporal", "plainte", "queja", "spam", "désabonn", "baja voluntaria"},
		Cat: UserUnknown, Pri: dash15Pri + 2,
		Summary: "The sending platform no longer sends to this address: a message to it hard-bounced, which marks the address as invalid.",
		Fix:     []string{"Check the address with the recipient by another channel; correct it, or have the platform's admin remove it from the suppression list once it is confirmed."}},
	{ID: "codeless26.l10n-dead-address", Any: []string{"adresse morte", "dirección muerta", "direccion muerta", "indirizzo morto", "tote adresse", "endereço morto", "мёртвый адрес", "мертвый адрес"},
		Cat: UserUnknown, Pri: conceptPri + 4,
		Summary: "The recipient address is dead: it does not exist (any more) at the receiving side.",
		Fix:     []string{"Remove the address from your lists, or ask the recipient for a current one."}},
	// a domain said invalid in the Romance languages and German with the
	// address in the same sentence ("Dominio no válido: ... una dirección
	// de correo electrónico cuyo dominio es incorrecto"): the domain is the
	// subject, host-unknown over lang19's wrong address
	{ID: "codeless26.l10n-invalid-domain", Any: []string{"dominio no válido", "dominio no valido", "dominio inválido", "dominio invalido", "domaine invalide", "domaine non valide",
		"domínio inválido", "dominio non valido", "ungültige domain", "ungültige domäne", "ongeldig domein"},
		With: []string{"no existe", "n'existe", "não existe", "non esiste", "nicht mehr existiert", "existiert nicht", "bestaat niet", "incorrect", "erroné", "errado",
			"errato", "falsch"},
		Not: []string{"remitente", "expéditeur", "remetente", "mittente", "absender", "afzender", "helo", "ehlo"},
		Cat: HostUnknown, Pri: conceptPri + 6,
		Summary: "The recipient's domain is wrong or no longer exists: mail cannot be delivered to it.",
		Fix:     []string{"Check the recipient address's domain for a typo; if it is right, its owner must publish MX records."}},
	// a domain not set up for mail ("the domain is not set up to receive
	// emails"): host-unknown, as codeless25.no-mail-server
	{ID: "codeless26.domain-not-set-up", Any: []string{"not set up to receive email", "not set up to receive mail", "not configured to receive email", "not configured to receive mail",
		"isn't set up to receive", "is not set up for email", "not set up for mail", "not set up to accept email", "not set up to accept mail"},
		With: []string{"domain"},
		Not:  []string{"your domain", "sender", "sending domain"},
		Cat:  HostUnknown, Pri: conceptPri + 4,
		Summary: "The recipient's domain is not set up to receive mail (no MX record, or no server that answers for it).",
		Fix:     []string{"Check the recipient address's domain for a typo; if it is right, its owner must publish MX records."}},
	// an address whose format is said wrong, also under a status that
	// names the recipient invalid ("Invalid Recipient Email: the email
	// address format is fundamentally incorrect"): the description says
	// which, syntax
	{ID: "codeless26.address-format-wrong", Any: []string{"address format is", "address format was", "format of the email address", "format of the address", "email format is"},
		With: []string{"incorrect", "invalid", "wrong", "not valid", "malformed"},
		Not:  []string{"sender", "from address", "mail from", "phone", "date"},
		Cat:  Syntax, Pri: conceptPri + 20,
		Summary: "The recipient address is not a valid e-mail address (its format is wrong); nothing was sent to it.",
		Fix:     []string{"Correct the address (a missing @, a space, a character not allowed) and send again."}},
	// a message quarantined by the antivirus, said in other languages ("Le
	// message a été mis en quarantaine par l'antivirus"): virus
	{ID: "codeless26.l10n-antivirus-quarantine", Any: []string{"quarantaine", "quarantena", "cuarentena", "quarentena", "quarantäne", "карантин", "quarantine"},
		With: []string{"antivirus", "anti-virus", "antivirus-", "virenscanner", "virus", "вирус", "antivírus", "antivirale", "病毒", "ウイルス"},
		Not:  []string{"spam", "phishing", "спам"},
		Cat:  Virus, Pri: conceptPri + 4,
		Summary: "The receiving side's virus scanner quarantined the message (it found, or suspected, malware in it).",
		Fix:     []string{"Scan the attachment and the sending machine; send the file another way (a link) if it is clean, or ask the recipient's admin to release it."}},
	// an address or mailbox said switched off in Russian ("Адрес когда-то
	// существовал, но сейчас отключен", UniSender's err_user_inactive):
	// mailbox-disabled
	{ID: "codeless26.ru-address-disabled", Any: []string{"отключен", "деактивирован"},
		With: []string{"адрес", "ящик", "аккаунт", "учетн", "учётн"},
		Not:  []string{"соединени", "подключени", "сервер", "smtp", "tls", "ssl", "отключена отправка", "уведомлени"},
		Cat:  MailboxDisabled, Weak: true, Pri: conceptPri + 2,
		Summary: "The recipient's address existed but is switched off (disabled): it accepts no mail.",
		Fix:     []string{"Ask the recipient by another channel for a current address; remove this one from your lists."}},
}

// codeless26StatusNouns are the words for a status or a state in the
// languages a localized status field is named in ("Estado de entrega",
// "Stato consegna", "Statut", "发送状态", "Toimitustila", "Stav doručení").
var codeless26StatusNouns = [...]string{"estado", "stato", "statut", "état", "etat", "status", "stav", "stan", "durum", "статус", "состояние", "tila",
	"tilstand", "tillstånd", "állapot", "stare", "状态", "狀態", "状況", "ステータス", "상태"}

// codeless26LocalizedStatusField reads a one-line status field named in
// another language, its value a localized status label ("Estado de entrega:
// rebotado", "Stato consegna: in coda", "发送状态：已退回"): the label's class
// (codeless21StatusLabel), as statusFieldKey reads an English field's name.
func codeless26LocalizedStatusField(t string) (Class, string) {
	if strings.IndexByte(t, '\n') >= 0 || len(t) > 120 {
		return ClassUnknown, ""
	}
	for _, d := range [...]string{"：", ": ", " : ", ":"} {
		i := strings.Index(t, d)
		if i <= 0 || i > 48 {
			continue
		}
		name := strings.ToLower(t[:i])
		found := false
		for _, n := range codeless26StatusNouns {
			if strings.Contains(name, n) {
				found = true
				break
			}
		}
		if !found {
			return ClassUnknown, ""
		}
		v := strings.TrimSpace(t[i+len(d):])
		if c := codeless21StatusLabel(v); c != ClassUnknown {
			return c, v
		}
		return ClassUnknown, ""
	}
	return ClassUnknown, ""
}
