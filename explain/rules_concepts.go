package explain

// Concept rules (issue 10, measured on held-out replies): the wording of an
// unseen reply seldom repeats a phrase of the table word for word, but it
// nearly always names a subject ("relay", "attachment", "user", "helo", an
// RBL) and a verdict about it ("denies", "too long", "is locked", "error").
// A concept rule needs one word of each (Any and With). The rules are weak:
// any specific rule, and an enhanced code with a detail of its own, beat
// them; they decide only where the table found nothing or only a generic
// word ("blocked", "denied"), which is where the held-out batch lost most
// rows ("553 host denies relay." was read as a syntax error by its code,
// "552 message is too long." as a full mailbox, "554 rbl deny." as unknown).
// Pri lifts them above the one-word generic policy rule, whose single
// keyword says less than a subject and a verdict together.

const conceptPri = 6

// The concept rules join the end of the table (assembleRules).

var (
	// words that name the recipient's mailbox or account
	mailboxSubjects = []string{"user", "users", "account", "mailbox", "mbox", "person", "recipient", "addressee", "local user", "email account", "mail user",
		// an alias delivers to a mailbox ("alias is disabled", "alias not
		// found": held-out batch 21-tail)
		"alias",
		// non-English
		"utilisateur", "destinataire", "compte", "benutzer", "empfänger", "konto", "usuario", "destinatario", "cuenta", "utente",
		"usuário", "conta", "użytkownik", "odbiorca", "uživatel", "příjemce", "gebruiker", "ontvanger", "mottagaren", "mottagare",
		"kullanıcı", "alıcı", "사용자", "수신자",
		// inflected forms (Polish/Czech/Russian genitive: "adres odbiorcy", "schránka uživatele")
		"odbiorcy", "użytkownika", "uživatele", "adresáta", "пользователя", "получателя", "адресата", "пользователь", "получатель", "адресат"}
	// words that name the mailbox's storage
	storageSubjects = []string{"mailbox", "inbox", "boîte aux lettres", "boite aux lettres", "boîte", "boite", "postfach", "buzón",
		"casella", "caixa postal", "caixa de correio", "skrzynka", "schránka", "brevlåda", "postbus", "mailbox van", "posta kutusu",
		"postkasse", "postkassen", "postlåda", "postilaatikko", "cutia poștală", "căsuța poștală", "postafiók",
		"메일함", "편지함", "ящик",
		// the same storage by other names ("Folder full", "mail store full") (held-out batch 10)
		"folder", "mail folder", "mail box", "mail store", "mailstore", "maildrop", "mail drop",
		// Microsoft Mail's mailbag, Domino's mail file (held-out batch 19-lda b)
		"mailbag", "mail file",
		// batch 26-lang: the Latin American "casilla" (de correo) for the mailbox ("casilla del destinatario llena")
		"casilla"}
)

var conceptRules = []rule{
	{ID: "concept.relay-denied", Any: []string{"relay", "relaying"},
		With: []string{"deny", "denies", "denied", "disallowed", "refused", "refuses", "not permitted", "not allowed", "prohibited", "forbidden", "rejected", "no relay", "disabled"},
		Not:  []string{"relay=", "relay host", "relayhost", "smarthost"},
		Cat:  RelayDenied, Weak: true, Pri: conceptPri,
		Summary: "The server refused to relay the message: it does not accept mail for the recipient's domain from you."},
	{ID: "concept.blocklist", Any: []string{"rbl", "dnsrbl", "dnsbl", "rblmx", "rbl+", "rbl-plus", "black ip", "blackhole", "blackholes", "black list", "blacklisted ip", "ip blacklist", "ip in blacklist", "open proxy", "open proxies"},
		Cat: Reputation, Weak: true, Pri: conceptPri + 4,
		Summary: "The sending IP address is on a DNS blocklist (RBL) the receiver uses."},
	{ID: "concept.size", Any: []string{"message", "mail", "email", "attachment", "attachments", "data", "letter", "size"},
		// the size compared with what the receiver takes, without "too": "is
		// larger than the destination mail system is able to accept" (tail17;
		// not a policy NDR's example "messages ... like those larger than a
		// specific size")
		With: []string{"too long", "too large", "too big", "is oversized", "oversize", "is larger than", "is bigger than", "was larger than", "was bigger than"},
		Not:  []string{"mailbox", "quota", "run too long", "line too long", "lines too long", "header too long", "command too long", "address too long", "too long in queue", "too long in the queue", "queue too long", "been in the queue"},
		Cat:  MessageTooBig, Weak: true, Pri: conceptPri,
		Summary: "The message (or an attachment) is larger than the receiver accepts."},
	{ID: "concept.mailbox-disabled", Any: mailboxSubjects,
		With: []string{"locked", "is suspended", "suspended", "disabled", "frozen", "deactivated", "inactive", "closed",
			"zablokowane", "zablokowany", "gesperrt", "deaktiviert", "bloqué", "désactivé", "bloqueado", "desactivado", "bloccato", "disattivato",
			"desativado", "zablokován", "geblokkeerd", "kilitli", "заблокирован", "отключен"},
		// (the sender's own account, in other languages too: rules_intl7.go;
		// a platform's contact record it deactivated: held-out batch 15-dash)
		Not: []string{"your account", "sender", "sending", "connection closed", "closed connection", "closing", "contact deactivated", "contact was deactivated",
			// (batch 24-codeless b: a platform's hold of a contact after soft bounces names no mailbox state)
			"too many soft bounce", "after soft bounce", "repeated soft bounce", "consecutive soft bounce", "soft bounce limit",
			"contact has been deactivated", "deactivated contact",
			// (batch 27-codeless b: a message blocked by the server, not a mailbox's state: "L'e-mail a été bloqué par le serveur du destinataire")
			"bloqué par", "bloquée par", "bloqueado por", "bloqueada por", "bloccato da", "bloccata da", "gesperrt durch", "geblokkeerd door", "zablokowana przez", "zablokowany przez"}, NotAlso: [][]string{intlSenderWords},
		Cat: MailboxDisabled, Weak: true, Pri: conceptPri,
		Summary: "The recipient's mailbox exists but is locked, suspended or disabled, and accepts no mail."},
	{ID: "concept.user-unknown", Any: mailboxSubjects,
		With: []string{"not found", "not exist", "no exists", "not exists", "does not exist", "doesn't exist", "no such", "non-existent", "nonexistent", "unknown",
			"inconnu", "n'existe pas", "unbekannt", "existiert nicht", "desconocido", "no existe", "sconosciuto", "non esiste", "desconhecido", "não existe",
			"nie istnieje", "neexistuje", "onbekend", "bestaat niet", "finns inte", "bulunamadı", "mevcut değil", "존재하지 않는", "없는", "не найден", "не существует",
			// (batch 25-common: "your recipient address is not in my local list", the server's list of its own users)
			"not in my local list", "not in the local list", "not in local list"},
		// (a domain that does not exist is not the recipient: in other
		// languages too, rules_intl7.go)
		Not: []string{"sender", "mail from", "domain", "host", "unknown error", "unknown reason", "unknown command"}, NotAlso: [][]string{intlDomainSubjects},
		Cat: UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address does not exist at the receiving server."},
	{ID: "concept.mailbox-full", Any: storageSubjects,
		With: []string{"full", "pleine", "plein", "voll", "lleno", "llena", "piena", "pieno", "cheia", "cheio", "pełna", "plná", "vol", "är full", "dolu", "가득", "переполнен",
			// "capacity exceeded" wording (Korean 용량 초과, Polish przepełniona, German überfüllt, French saturée)
			"용량이 초과", "용량 초과", "용량을 초과", "przepełnion", "überfüllt", "saturée", "saturada", "satura "},
		Cat: MailboxFull, Weak: true, Pri: conceptPri,
		Summary: "The recipient's mailbox is full."},
	{ID: "concept.helo", Any: []string{"helo", "ehlo", "helohost", "helo name", "hostname in helo"},
		With: []string{"error", "invalid", "rejected", "refused", "bad", "not valid", "denied", "forged", "impersonat", "mismatch"},
		Not:  []string{"say helo", "send helo", "helo first", "ehlo first", "expecting helo", "before helo"},
		Cat:  RFCNoncompliant, Weak: true, Pri: conceptPri,
		Summary: "The HELO/EHLO name the client gave was refused (not a valid, resolvable fully-qualified name, or not the client's own)."},
	{ID: "concept.too-many", Any: []string{"rcpt", "recipients", "connections", "sessions", "simultaneous", "concurrent", "open connections",
		"connexions", "destinataires", "verbindungen", "empfänger", "conexiones", "destinatarios", "connessioni", "destinatari", "conexões", "połączeń", "соединений",
		// batch 20-lang: batch b: the Portuguese recipients
		"destinatários", "destinatarios", "получателей",
		// batch 21-lang: connections in hu, id, fi, el, he, ar, th, uk, ro
		"kapcsolat", "koneksi", "yhteyttä", "yhteyksiä", "συνδέσεις", "συνδέσεων", "חיבורים", "اتصالات", "การเชื่อมต่อ", "з'єднань", "з’єднань", "conexiuni"},
		With: []string{"too many", "out of allow", "limit exceeded", "exceeded the limit", "over the limit", "maximum number",
			"trop de", "zu viele", "demasiadas", "demasiados", "troppe", "troppi", "muitas", "za dużo", "zbyt wiele", "слишком много",
			// batch 20-lang: batch b: the maximum number and an excessive number ("Vous avez dépassé le nombre maximal de destinataires", "Número excessivo de destinatários")
			"nombre maximal", "nombre maximum", "número máximo", "numero massimo", "höchstzahl", "maximale anzahl", "максимальное количество", "excessivo", "excesivo", "eccessivo", "excessif",
			// batch 21-lang: too many in hu, id, fi, el, he, ar, th, uk, ro
			"túl sok", "terlalu banyak", "liian monta", "liian paljon", "πάρα πολλές", "יותר מדי", "كثيرة جدًا", "كثيرة جدا", "มากเกินไป", "забагато", "занадто багато", "prea multe"},
		Not: []string{"invalid", "unknown", "errors", "hops", "bad recipients"},
		Cat: RateLimited, Weak: true, Pri: conceptPri,
		Summary: "The client opened more connections, or gave more recipients, than the receiver allows at once."},
	{ID: "concept.sender-invalid", Any: []string{"valid sender", "sender domain", "sender address", "envelope sender", "envelope-sender", "mail from address", "return-path", "return path", "sender's domain"},
		With: []string{"no valid", "requires valid", "require a valid", "must be valid", "invalid", "must exist", "does not belong", "not belong to", "not owned by", "does not exist", "not exist", "unresolvable", "cannot be resolved", "not resolvable", "not found", "unknown", "no mx", "nonexistent",
			// (an envelope sender whose domain does not resolve: Mail.ru's "550 Unroutable sender address", held-out batch 13-prov)
			"unroutable", "unrouteable", "not routable", "cannot be routed"},
		Not: []string{"not logged in", "login mismatch", "spf", "dmarc", "dkim"},
		Cat: SenderInvalid, Weak: true, Pri: conceptPri,
		Summary: "The envelope sender (MAIL FROM) was refused: its domain does not exist or does not resolve, or the address is not valid."},
	// A sender refused under an address-status code (X.1.0 "other address
	// status"): the refusal is about the sender's address, not a policy
	// in general ("550 5.1.0 Sender denied", "553 5.1.0 sender rejected").
	// "Sender denied", "sender not allowed" under X.1.0 are an access
	// decision (Exchange's sender filter, a tenant's or a gateway's block
	// list: Microsoft's page for 5.1.0 says the sender's address, IP or
	// provider is being blocked), read as policy by the access-table
	// convention (docs/explain.md "Labelling conventions"); only words about
	// the address itself make it sender-invalid here.
	{ID: "concept.sender-address-status", Enh: []string{"X.1.0"}, Any: []string{"sender", "mail from", "envelope from"},
		With: []string{"rejected", "refused", "invalid"},
		Not:  []string{"recipient", "rcpt", "spf", "dmarc", "dkim", "reputation", "spam"},
		Cat:  SenderInvalid, Pri: conceptPri,
		Summary: "The server refused the envelope sender (MAIL FROM) address itself (an address-status code): it is not valid or not allowed there."},
	// Words a content filter lists ("banned words", "forbidden phrases") are
	// about this message's content, not a policy in general.
	{ID: "concept.banned-words", Any: []string{"banned word", "forbidden word", "prohibited word", "blocked word", "banned phrase", "forbidden phrase", "prohibited phrase", "blocked phrase", "bad words", "spam words", "spam phrase",
		// batch 20-lang b: sensitive or forbidden words in the big languages ("邮件内容中包含敏感词汇")
		"敏感词", "敏感詞", "违禁词", "違禁詞", "禁止ワード", "禁止語句", "禁止用語", "запрещенные слова", "запрещённые слова", "стоп-слова", "verbotene wörter", "mots interdits", "palabras prohibidas", "parole vietate", "parole proibite", "palavras proibidas"},
		Cat: SpamContent, Pri: conceptPri + 4,
		Summary: "A content filter found words or phrases it bans in the message."},
	{ID: "concept.loop", Any: []string{"looping", "mail loop", "loop detected", "loops back", "routing loop", "loop count", "message loop",
		// Postfix local(8)'s "mail forwarding loop for <rcpt>", Dovecot's LMTP proxy "loops to itself" (held-out batch 17-lda)
		"forwarding loop", "loops to itself"},
		Cat: ServerError, Weak: true, Pri: conceptPri + 4,
		Summary: "The message is looping between mail servers (or back to the same one): a routing or forwarding misconfiguration."},
	// A relay refusal that names authentication as the way in is a relay
	// refusal first (the corpus's "Relaying denied. Proper authentication
	// required."): the client delivered to a server that is not the
	// recipient's MX without authenticating.
	{ID: "concept.relay-auth", Any: []string{"relaying to", "relaying denied", "relay access denied", "relaying not allowed", "relay not permitted", "relaying disallowed", "unable to relay"},
		With: []string{"authentication required", "authentication is required", "proper authentication", "must authenticate", "authenticate first"},
		Cat:  RelayDenied, Pri: conceptPri,
		Summary: "The server refused to relay for an unauthenticated client: it is not a destination for the recipient's domain, and only authenticated users may send through it."},
	// T-Online's own block markers closing a reply that sends the sender's
	// postmaster to rx.t-online.de (an address, so not scanned): "(BL)"
	// blocklisted, "(NOWL)" not on its allow list, "(DIAL)" a dial-up or
	// dynamic address.
	{ID: "concept.t-online-block", Any: []string{"(bl)", "(nowl)", "(dial)"},
		With:     []string{"ask your postmaster", "use a mailgateway", "ip="},
		Provider: "T-Online", Cat: Reputation, Pri: conceptPri,
		Summary: "T-Online accepts mail only from hosts it knows with a good reputation: this IP address is blocked or unknown to it (BL: blocked, NOWL: no reputation yet, DIAL: a dial-up/dynamic address).",
		Fix: []string{"Make sure the sending host has a static IP, a matching PTR record and a web page with the operator's contact details (imprint) at its host name.",
			"Then ask T-Online to review the IP address at the contact address the reply gives (tosa@rx.t-online.de / postmaster@rx.t-online.de).",
			"Meanwhile send to T-Online through a relay it already accepts."},
		Refs: []string{"https://postmaster.t-online.de/index.en.html"}},
	// "spam" said of the sender (its IP, its address, its sending) is the
	// sender's reputation, not the content of this message: "Suspected spam
	// sender", "Comcast block for spam", "unsolicited email originating from
	// your address", "adresse IP listée comme source de spam".
	// the sender named a spammer: the sender's reputation
	{ID: "concept.spammer", Any: []string{"spammer", "spammers", "known spam source", "spam source", "spam sender", "spam gang", "spamming host"},
		Cat: Reputation, Pri: 20,
		Summary: "The receiver refuses the sender (its IP address, domain or address) as a known source of spam: a reputation block, not a verdict on this message's content."},
	{ID: "concept.spam-source", Any: []string{"spam", "unsolicited", "spammer", "spamming"},
		With: []string{"spam sender", "sender", "source of spam", "source de spam", "spam source", "originating from", "block for spam", "blocked for spam",
			"your ip", "ip address", "adresse ip", "sending ip", "from your address", "your address", "this ip", "dirección ip", "indirizzo ip", "ip-adresse"},
		Not: []string{"this message", "your message", "the message", "message content", "content", "url", "link", "body", "protect our users from spam", "unusual rate", "rate of", "unusual amount", "sender's", "sender domain", "sender address",
			// a block that names the authentication check as its reason (held-out batch 13-gw)
			"spf", "dkim", "dmarc",
			// a verdict on the HELO name the client gave ("GMS Anti-Spam has
			// checked the name that the system is claiming to be in HELO ...
			// do not match"): the filter's name is no verdict of spam
			// (held-out batch 14-mta b)
			"helo", "ehlo",
			// a verdict that this mail appears to be unsolicited, whose
			// remedy asks to have the sender whitelisted (held-out batch 15-prov)
			"appears to be unsolicited", "appears unsolicited", "seems to be unsolicited"},
		Cat: Reputation, Pri: 20,
		Summary: "The receiver blocks the sender (its IP address or its address) for sending spam: a reputation block, not a verdict on this message's content."},
}
