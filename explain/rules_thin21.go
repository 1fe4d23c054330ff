package explain

// Rules of helper thin21 (issue 10, session 16); see
// docs/heldout/heldout21-thin.md. Each is tested in new wording in
// thin21_kinds_test.go.
//
// The thin categories (ptr-required, greylisted, moved, mailbox-disabled,
// server-error) as word families: the nouns and verbs a receiver, a
// hosting help page or a delivery service uses for the concept, in the
// languages the corpus carries, so that a text without a code passes the
// codeless gate by its subject and a translated reply is not read by a
// generic sender or address verdict. Each family is a subject that alone
// names its category (the reverse-DNS record, greylisting, an address that
// moved to a new one, a receiving account turned off); a family that needs a
// second fact says so in With.

// thin21Pri lifts a family over the weak localized verdicts (intl13's
// "servidor remitente ... no" read as a sender refusal, intl7's "アカウントが
// 無効" read as an invalid address) and over codeless17's "no longer in use"
// (mailbox-disabled) where the text names the new address.
const thin21Pri = conceptPri + 14

// thin21NewAddress: a pointer to the address the recipient uses now.
var thin21NewAddress = []string{"new address", "new e-mail address", "new email address", "new mail address", "now receives mail at", "now receives email at",
	"now receives e-mail at", "can now be reached at", "is now reachable at", "now reachable at",
	"neue adresse", "neue e-mail-adresse", "neue mailadresse", "nouvelle adresse", "nueva dirección", "nueva direccion", "nuevo correo", "nuovo indirizzo",
	"novo endereço", "novo endereco", "nowy adres", "nieuw adres", "nieuwe adres", "ny adress", "новый адрес", "новую почту",
	"新しいアドレス", "新しいメールアドレス", "新地址", "新的邮箱地址", "新邮箱", "새 주소", "새로운 주소", "새 이메일 주소"}

var thin21Rules = []rule{
	// ptr-required: the reverse-DNS record named in other words and
	// languages ("registro PTR", "enregistrement DNS inverse (PTR)",
	// "Reverse-DNS-Eintrag", "逆引き（PTR）レコード"): the receiver's check of
	// the connecting IP's name, whatever verdict follows
	{ID: "thin21.ptr-words", Any: []string{"(ptr)", "ptr-record", "ptr-eintrag", "ptr-datensatz", "registro ptr", "enregistrement ptr", "record ptr", "rekord ptr",
		"ptr レコード", "ptrレコード", "ptr-запис", "ptr запис", "ptr 记录", "ptr记录", "ptr 레코드",
		"reverse-dns", "reverse-lookup", "rückwärtsauflösung", "rückwärts-dns", // batch 23-lang: "Rückwärts-DNS-Eintrag"
		"dns inverse", "dns inverso", "dns reverso", "dns invers", "resolución inversa", "resolucion inversa",
		"resolução reversa", "resolução inversa", "risoluzione inversa", "odwrotny dns", "odwrotnego dns", "обратн dns", "обратной зоны", "обратная зона", "обратная запись",
		"逆引き", "反向解析", "反向dns", "反向 dns", "反向域名", "逆向解析", "역방향", "리버스 dns",
		"fcrdns", "forward-confirmed reverse", "forward confirmed reverse"},
		Not: []string{"helo", "ehlo"},
		Cat: PTRRequired, Pri: thin21Pri,
		Summary: "The receiver requires valid reverse DNS (a PTR record whose name resolves back) for the sending IP, and the sending IP has none.",
		Fix: []string{"Ask whoever owns the sending IP (the hosting or internet provider) to set its PTR record to the server's host name, and make that name resolve to the same IP.",
			"Set the sending server's HELO name to the same host name."},
		Refs: []string{refPostfix + "#reject_unknown_client_hostname"}},
	// greylisted: greylisting named in other languages ("グレイリスティング",
	// "liste grise", "graue Liste", "серый список")
	{ID: "thin21.greylist-words", Any: []string{"グレイリスティング", "グレーリスティング", "グレイリスト", "グレーリスト", "灰名单", "灰名單", "그레이리스팅", "그레이리스트",
		"liste grise", "listes grises", "graue liste", "grauen liste", "lista gris", "listas grises", "lista grigia", "liste grigie", "lista cinza", "listas cinzas",
		"szara lista", "szarej liście", "szarej liscie", "šedá listina", "grijze lijst", "серый список", "серого списка", "грейлистинг", "грейлист"},
		Cat: Greylisted, Pri: thin21Pri,
		Summary: "The receiver greylisted the message: the first attempt is refused and a retry after a few minutes is accepted.", Refs: []string{refGreylist}},
	// moved: the recipient's mailbox relocated, in words that are no 551
	// ("Der Empfänger ist umgezogen", "宛先のメールアドレスは変更されました",
	// "mailbox relocated to", "migrated to another organization")
	{ID: "thin21.moved-words", Any: []string{"mailbox relocated", "mailbox has been relocated", "address relocated", "relocated to", "has been relocated",
		"migrated to another organization", "migrated to another organisation", "migrated to another tenant", "moved to another organization",
		"moved to another organisation", "moved to a new address", "moved to another address", "moved to a new mailbox",
		"ist umgezogen", "sind umgezogen", "umgezogen:", "a déménagé", "destinataire déménagé", "se ha mudado", "ha cambiado de dirección", "ha cambiado su dirección",
		"si è trasferito", "ha cambiato indirizzo", "mudou de endereço", "zmienił adres", "сменил адрес", "переехал",
		// batch 26-lang probe 4: Dutch "has moved" ("Adres is verhuisd naar ...")
		"is verhuisd", "verhuisd naar",
		"アドレスは変更されました", "アドレスが変更されました", "メールアドレスは変更", "メールアドレスが変更", "アドレス変更", "邮箱地址已变更", "邮箱地址已更改", "地址已变更",
		"邮箱已迁移", "주소가 변경되었습니다", "주소가 변경됨"},
		Not: []string{"website", "web site", "page", "url", "server", "domain", "host", "ip address", "password", "certificate", "folder", "junk", "spam", "quarantine",
			"being migrated", "migration in progress", "is being moved", "temporarily", "queue", "file"},
		Cat: Moved, Pri: thin21Pri,
		Summary: "The recipient's mailbox has moved: the address is not used any more and the recipient receives mail elsewhere (the text may name the new address).",
		Fix:     []string{"Send to the new address the text names (or ask the recipient for it by another channel) and update the contact; remove the old address from your lists."},
		Refs:    []string{"RFC 3463 §3.3 (X.1.6)"}},
	// moved: an address that is not used any more, with the address to use
	// now ("This address is no longer in use. Ann now receives mail at
	// ann@new.example"): the new address decides over "no longer in use"
	// (codeless17.no-longer-in-use, mailbox-disabled). The address itself is
	// no keyword (the engine does not read addresses as words).
	{ID: "thin21.new-address", Any: thin21NewAddress,
		// ("update your address book" is the moved notice's own advice)
		Not: []string{"ip address", "add to your address book", "add it to your address book", "verify your new", "confirm your new", "change your email",
			"change your e-mail", "password", "sender", "from address", "reply-to", "subscribe", "newsletter", "verified", "verification",
			"new addresses"}, // (a limit on addresses created: "Too many new addresses", heldout15-srvb)
		Cat: Moved, Pri: thin21Pri,
		Summary: "The recipient's address is not used any more and the text names the address the recipient uses now.",
		Fix:     []string{"Send the message again to the new address the text names, and update the contact (confirm the new address with the recipient if you did not expect it)."},
		Refs:    []string{"RFC 3463 §3.3 (X.1.6)"}},
	// mailbox-disabled: the receiving account turned off, in words the
	// localized invalid-address verdicts would take ("アカウントが無効です：
	// ... メール受信機能が無効", "已被停用", "계정이 비활성화")
	{ID: "thin21.disabled-words", Any: []string{"受信機能が無効", "メール受信機能が無効", "アカウントが無効", "アカウントは無効", "アカウントが停止", "アカウントは停止", "利用停止",
		"アカウントが凍結", "已被停用", "已停用", "账号已冻结", "账户已冻结", "帳號已停用", "邮箱已冻结", "邮箱被冻结", "계정이 비활성화", "계정이 정지", "휴면 계정",
		"receiving is turned off", "receiving is disabled", "mail receiving is turned off", "receiving mail is disabled", "incoming mail is disabled",
		"account is on hold", "account on hold", "account has been closed", "account is closed", "account was closed"},
		Not: []string{"your account", "sending", "送信", "发送", "發送", "발송"},
		Cat: MailboxDisabled, Pri: thin21Pri,
		Summary: "The recipient's account exists but is turned off (disabled, suspended, closed or on hold) and accepts no mail.",
		Fix:     []string{"Reach the recipient by another channel: the account must be turned on again by its owner or administrator, or use their current address."}},
	// message-too-big: the message or an attachment "too big" in other
	// languages ("Anhang zu groß", "pièce jointe trop volumineuse",
	// "adjunto demasiado grande"): concept.size knows the English words only;
	// not the mailbox (a full mailbox is mailbox-full)
	{ID: "thin21.size-words", Any: []string{"anhang", "anhänge", "nachricht", "e-mail", "pièce jointe", "pièces jointes", "message", "courriel", "adjunto", "adjuntos",
		"mensaje", "correo", "allegato", "allegati", "messaggio", "anexo", "anexos", "mensagem", "załącznik", "wiadomość", "bijlage", "bericht", "вложение", "сообщение",
		"письмо", "添付", "メール", "附件", "邮件", "郵件", "첨부", "메일"},
		With: []string{"zu groß", "zu gross", "trop volumineux", "trop volumineuse", "trop gros", "trop grande", "demasiado grande", "demasiado pesado", "troppo grande",
			"troppo grandi", "muito grande", "za duży", "za duża", "za duże", "te groot", "слишком велик", "слишком большое", "слишком большой", "大きすぎ", "太大", "过大", "過大",
			"너무 큽니다", "너무 커"},
		Not: []string{"postfach", "boîte", "boite", "buzón", "casella", "caixa", "skrzynka", "mailbox", "ящик", "メールボックス", "邮箱", "信箱", "메일함", "quota", "speicher"},
		Cat: MessageTooBig, Pri: thin21Pri,
		Summary: "The message (or an attachment) is larger than the receiving server accepts.",
		Fix:     []string{"Send the file as a link (a share or upload service) instead of an attachment, or compress or split it, and send again."}},
	// server-error: the receiving mail server's internal error, in other
	// languages and without a code ("Erreur temporaire du serveur de
	// messagerie (erreur interne)")
	{ID: "thin21.internal-error-words", Any: []string{"erreur interne", "interner fehler", "interner serverfehler", "error interno", "errore interno", "erro interno",
		"błąd wewnętrzny", "внутренняя ошибка", "内部エラー", "内部错误", "內部錯誤", "내부 오류", "interne fout", "intern fel",
		// batch 26-lang probe 3: the inflected forms of a client's report ("hat einen internen Fehler gemeldet", "сообщил о внутренней ошибке")
		"internen fehler", "внутренней ошибк", "внутреннюю ошибк"},
		With: []string{"serveur de messagerie", "serveur mail", "mailserver", "mail-server", "e-mail-server", "servidor de correo", "servidor de email", "servidor de e-mail",
			"server di posta", "server mail", "serwer poczty", "serwera poczty", "почтового сервера", "почтовый сервер", "メールサーバ", "邮件服务器", "郵件伺服器", "메일 서버",
			"message", "courriel", "nachricht", "mensaje", "messaggio", "mensagem", "wiadomość", "сообщение", "メール", "邮件", "메일", "smtp",
			// batch 25-langb: the receiving server and the delivery in Chinese ("对方服务器内部错误，投递暂时失败")
			"对方服务器", "收件服务器", "投递", "投遞"},
		Not: []string{"client", "application", "logiciel", "programm", "aplicación", "app "},
		Cat: ServerError, Pri: thin21Pri,
		Summary: "The receiving mail server had an internal error and did not take the message; it is a problem on its side.",
		Fix:     []string{"Nothing to change on the sending side: the message is retried; if it keeps failing, tell the receiving server's administrator."}},
	// server-error: Exim's own words for a temporary failure on the
	// receiving side ("Temporary local problem - please try later") decide
	// over a generic "temporarily rejected ... try later" in the same reply
	// (winmta11.temporarily-rejected-try-later, greylisted)
	{ID: "thin21.temporary-local-problem", Any: []string{"temporary local problem", "local problem - please try later", "local problem, please try later"},
		Cat: ServerError, Pri: thin21Pri + 20,
		Summary: "The receiving server had a temporary problem of its own (Exim's \"Temporary local problem\": a lookup, database, callout or disk failure) and deferred the message.",
		Fix:     []string{"Nothing to change on the sending side: the message is retried; if it keeps being deferred, the receiving administrator must look at the server's log for the failing lookup."}},
}
