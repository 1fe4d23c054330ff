package explain

// Rules of batch 27-client (issue 10, helper client27, session 22): the kinds
// mail clients' and webmail's send errors and notices (batches 27-client)
// found; see docs/heldout/heldout27-client.md.
//
// A mail client words its own failure in a sentence of its own, and often
// without the server's reply: the sentence names the cause (a login the
// server refused, TLS that would not start, a size over the server's limit,
// no server configured, the session offline) or names none. The kinds of
// batch a:
//   - a Kerberos/GSSAPI login refused, in any language (the mechanism's name
//     is not translated): auth-failed;
//   - a recipient the server refused "because it is not a valid email
//     address" (Apple Mail): the invalid-address convention's recipient
//     reading, user-unknown, not a form's syntax check;
//   - the client's own check of the server's size limit ("which exceeds 25
//     MB, the maximum allowed by the server"): message-too-big;
//   - no password in the account's settings: the login the server asks
//     for and the client cannot give, auth-required as the corpus reads a
//     mail client's password not provided (tail22.password-undefined,
//     widened); no outgoing server: nothing to send through (unknown: no
//     SMTP cause);
//   - the login's own error in the client's log ("error occurred on
//     authentication", "SMTP AUTH not available"): auth-failed;
//   - TLS that could not be started ("can't start TLS session"): TLS;
//   - a session that is offline ("You must be working online"): network;
//   - a client's wrapper around a greeting that was not 220 ("Welcome
//     response error: ...") or around a local sendmail command that failed:
//     unknown, the words after it decide.

// client27AuthNegation: the words that say a login was refused or failed,
// in the languages mail clients are translated into (a Kerberos ticket "not
// accepted", "nicht akzeptiert", "ikke godkjent", "không ... chấp nhận").
var client27AuthNegation = []string{"not accepted", "reject", "refus", "denied", "fail", "invalid", "expired", "not valid", "nicht akzeptiert",
	"nicht angenommen", "abgelehnt", "fehlgeschlagen", "ungültig", "pas été accepté", "non accepté", "échoué", "no fue aceptado", "no ha sido aceptado", "rechaz",
	"não foram aceites", "não foi aceito", "não foi aceite", "recus", "non sono state accettate", "non è stato accettato", "rifiut", "ikke godkjent",
	"ikke accepteret", "inte accepterad", "godtogs inte", "ei hyväksynyt", "niet geaccepteerd", "geweigerd", "nije prihvatio", "nie został zaakceptowany", "odrzuc",
	"не принят", "отклон", "không được", "ไม่ยอมรับ", "受け付けられ", "拒否", "未被接受", "被拒绝", "被拒絕"}

// client27OfflineMode: a send refused in the client's offline mode, in the
// languages Evolution's sendmail transport says it ("Message send in offline
// mode is disabled", "en mode hors ligne", "オフラインモード", "в автономном
// режиме", "in modalità fuori rete"; batch 27-client b). It also keeps
// lang16.sending-disabled (a provider's sending disabled for the account)
// off: the switch is the client's own.
var client27OfflineMode = []string{"offline mode", "in offline", "hors ligne", "hors-ligne", "offline-modus", "offlinemodus", "modo sin conexión", "sin conexión",
	"modo offline", "modo desconectado", "fuori rete", "non in linea", "tryb offline", "trybie offline", "オフライン", "автономном режиме", "автономный режим",
	"автономного режима", "离线模式", "脱机", "離線", "오프라인"}

var client27Rules = []rule{
	// a Kerberos/GSSAPI login the server refused (Thunderbird's
	// smtp-auth-gssapi in each language; the mechanism keeps its name)
	{ID: "client27.kerberos-refused", Any: []string{"kerberos", "gssapi", "gssap"},
		WithAlso: [][]string{client27AuthNegation},
		Cat:      AuthFailed, Pri: conceptPri + 10,
		Summary: "The server refused the Kerberos/GSSAPI login: the client's ticket was not accepted (no ticket, an expired one, or one for another realm).",
		Fix: []string{"Get a fresh ticket for the right realm (kinit; on Windows log on to the domain again) and send again.",
			"Or choose another authentication method in the account's outgoing server settings if the server offers one."}},
	// the recipient the server refused as not a valid address (Apple
	// Mail's "The recipient ... was rejected by the server because it is
	// not a valid email address"): the reply named the recipient, so the
	// invalid-address convention reads it as an unknown recipient
	{ID: "client27.recipient-invalid-rejected", Any: []string{"rejected by the server because it is not a valid", "refused by the server because it is not a valid",
		"rejected by the server as an invalid", "rejected by the server as invalid", "rejected by the server because it is invalid"},
		With: []string{"recipient"},
		Cat:  UserUnknown, Pri: esp9Pri + 10,
		Summary: "The server refused a recipient address (the client says it is not a valid address there): as sent, the recipient does not exist.",
		Fix:     []string{"Check the recipient address for typos and confirm it with the recipient by another channel."}},
	// the client's own comparison with the server's SIZE limit ("Your
	// message has size 31.4 MB, which exceeds 25 MB, the maximum allowed by
	// the server")
	{ID: "client27.size-over-server-maximum", Any: []string{"maximum allowed by the server", "maximum size allowed by the server", "maximum the server allows",
		"server's maximum message size", "maximum message size of the server", "server's size limit", "server's message size limit"},
		With: []string{"size", "exceeds", "larger than", "too large", "too big"},
		Not:  []string{"recipients", "connections", "per hour", "per day"},
		// (weak: a reply quoted after it decides, Thunderbird's "temporary
		// size limit" with 4.3.1's insufficient storage)
		Cat: MessageTooBig, Weak: true, Pri: conceptPri + 6,
		Summary: "The message is larger than the server's size limit (the client compared it with the limit the server announces and did not send it).",
		Fix:     []string{"Send large files by link or split them; remove or shrink attachments, then send again."}},
	// no outgoing server in the account's settings (Apple Mail's "You
	// have not specified an SMTP server"): nothing was sent, no SMTP cause
	{ID: "client27.no-smtp-server", Any: []string{"not specified an smtp server", "not specified an outgoing", "no smtp server specified", "no smtp server configured",
		"no smtp server is configured", "no smtp server defined", "smtp server is not configured", "smtp server not configured", "smtp server is not set",
		"no outgoing server", "no outgoing mail server", "no outgoing smtp server", "outgoing server is not configured", "no smtp host", "smtp host is not set",
		"smtp host not set"},
		Cat: Unknown, Actor: ActorSender, Pri: conceptPri,
		Summary: "The client has no outgoing (SMTP) server set for this account, so nothing was sent: there is no server reply and no delivery cause.",
		Fix:     []string{"Set the provider's outgoing server (host, port, security, login) in the account's settings, then send again."}},
	// the login's own error as a client logs it (LibSylph's "error
	// occurred on authentication" after a 535), not a message's SPF/DKIM
	// authentication
	{ID: "client27.auth-error", Any: []string{"error occurred on authentication", "error on authentication", "authentication error", "error during authentication",
		"error occurred during authentication", "error while authenticating", "error authenticating", "error in authentication"},
		Not: []string{"spf", "dkim", "dmarc", "arc ", "sender authentication", "message authentication", "domain authentication", "authentication-results"},
		Cat: AuthFailed, Weak: true, Pri: conceptPri,
		Summary: "The login (SMTP AUTH) failed: the server refused the credentials or the mechanism.",
		Fix: []string{"Check the user name and password; many providers need an app password or OAuth2 instead of the account password.",
			"Check the authentication method in the account's outgoing server settings against what the server offers."}},
	// no login mechanism the client can use ("SMTP AUTH not available":
	// the server offers none, or none the client knows), as the corpus
	// reads neomutt's "SMTP server does not support authentication"
	{ID: "client27.auth-not-available", Any: []string{"auth not available", "authentication not available", "authentication is not available", "auth is not available",
		"auth unavailable", "authentication unavailable", "no authentication mechanism", "no supported authentication", "no suitable authentication",
		"no usable authentication", "no auth mechanism"},
		Cat: AuthFailed, Pri: conceptPri + 4,
		Summary: "The client could not log in: the server offers no authentication mechanism the client can use (often because it offers AUTH only after STARTTLS, or only on another port).",
		Fix: []string{"Use the port and security the provider documents (587 with STARTTLS, or 465 with TLS); many servers offer AUTH only over TLS.",
			"Choose an authentication method the server offers (see its EHLO reply)."}},
	// TLS that could not be started ("can't start TLS session", "unable to
	// start TLS"): the client's TLS failure
	{ID: "client27.tls-start-failed", Any: []string{"can't start tls", "could not start tls", "couldn't start tls", "unable to start tls", "failed to start tls",
		"can't start starttls", "could not start starttls", "unable to start starttls", "failed to start starttls", "can't start ssl", "unable to start ssl",
		"tls session could not be started", "tls could not be started"},
		Cat: TLSRequired, Pri: conceptPri + 4,
		Summary: "The client could not start TLS with the server (the STARTTLS handshake failed, or the server does not offer it).",
		Fix: []string{"Check the port and security setting: 587 with STARTTLS, 465 with TLS from the first byte; a mismatch fails the handshake.",
			"Look at what the server offers: `openssl s_client -starttls smtp -connect host:587`."}},
	// the client's session is offline ("You must be working online to
	// complete this operation"): nothing could be sent
	{ID: "client27.offline", Any: []string{"working online", "working offline", "you are offline", "you're offline", "currently offline", "device is offline",
		"no internet connection", "not connected to the internet", "no network connection", "network connection is unavailable", "network is unavailable"},
		Not: []string{"available offline", "offline mode enabled"},
		Cat: Network, Pri: conceptPri,
		Summary: "The client is offline (no network connection, or set to work offline): it could not reach the outgoing server.",
		Fix:     []string{"Connect to the network (or switch the client back online) and send again; the message waits in the outbox meanwhile."}},
	// a client's wrapper around a greeting that was not 220 (Evolution's
	// "Welcome response error: ..."): the words after it decide, and
	// without any it names no cause
	{ID: "client27.greeting-error", Any: []string{"welcome response error", "greeting error", "bad greeting", "invalid greeting", "unexpected greeting"},
		Cat: Unknown, Actor: ActorSenderAdmin, Pri: conceptPri,
		Summary: "The server's greeting was not the 220 the client waits for (the server refused the connection, or the port is not an SMTP server's); the words after it tell which.",
		Fix: []string{"Check the outgoing server's host and port: 587 or 465 for submission (25 is often blocked or refused to customers of other networks).",
			"Connect by hand to see the greeting: `openssl s_client -starttls smtp -connect host:587` (465: without -starttls)."}},
	// the local sendmail program a client runs failed (Claws Mail's
	// "Error occurred while executing command: /usr/sbin/sendmail -t -i"):
	// as the corpus reads mutt's "child exited", no cause given
	// (lda20.program-not-run reads "could not execute" a delivery agent's
	// program: the receiving side's)
	{ID: "client27.local-command-failed", Any: []string{"error occurred while executing command", "error executing command", "error while executing command"},
		With: []string{"sendmail", "msmtp", "ssmtp", "nullmailer", "qmail-inject", "postdrop", "exim", "mail",
			// the program by its path (a word in a path is not read as a word)
			"/sendmail", "/msmtp", "/ssmtp", "/nullmailer", "/exim"},
		Cat: Unknown, Actor: ActorSenderAdmin, Pri: conceptPri,
		Summary: "The client's local mail command (sendmail or a substitute) failed and gave no reason the client passes on.",
		Fix: []string{"Run the same command by hand with a test message to see its error (`printf 'Subject: test\\n\\ntest\\n' | /usr/sbin/sendmail -v you@example.com`).",
			"Read the local mail system's log for the time of the attempt."}},
	// a send refused while the client is in offline mode (client27OfflineMode)
	{ID: "client27.offline-mode", Any: client27OfflineMode,
		Not: []string{"available offline", "offline mode enabled", "disponible hors ligne", "für den offline-modus"},
		Cat: Network, Pri: conceptPri + 4,
		Summary: "The client is set to work offline (or has no network): it did not send, and keeps the message until it is back online.",
		Fix:     []string{"Switch the client back online (or restore the network connection) and send again; the message waits in the outbox meanwhile."}},
	// ---- batch b's kinds: Evolution's transports in German, French,
	// Japanese, Russian and Italian ----
	// the session "not connected" in the languages (Evolution's "AUTH-Befehl
	// gescheitert: Nicht verbunden.", "non connesso"): network, as the
	// English "Not connected." reads
	{ID: "client27.l10n-not-connected", Any: []string{"nicht verbunden", "keine verbindung", "non connesso", "non connecté", "pas de connexion",
		"no conectado", "não conectado", "niet verbonden", "nie połączono", "brak połączenia", "не подключ", "нет соединения", "未连接", "未連線", "接続されていません",
		"연결되지 않"},
		Not: []string{"imap", "pop3", "datenbank", "database"},
		Cat: Network, Pri: conceptPri + 4,
		Summary: "The client had no connection to the outgoing server when it tried to log in or send (it was never made, or it dropped).",
		Fix:     []string{"Check the network and the outgoing server's host and port, then send again."}},
	// Evolution's German word for authentication ("Legitimierung"): a
	// login that failed or a mechanism not offered is auth-failed ("SMTP-
	// Server ... unterstützt den Legitimierungstypen CRAM-MD5 nicht",
	// "Legitimierung vorübergehend gescheitert"); one "erforderlich" asks
	// for it (auth-required)
	{ID: "client27.de-legitimierung-failed", Any: []string{"legitimierung", "legitimierungstyp", "legitimierungsmechanismus", "legitimierungsmethode",
		"authentifizierungstyp", "authentifizierungsmethode", "authentifizierungsmechanismus"},
		With: []string{"gescheitert", "fehlgeschlagen", "abgelehnt", "ungültig", "nicht unterstützt", "unterstützt den", "unterstützt die", "unterstützt keine",
			"zu schwach", "nicht"},
		Not: []string{"erforderlich", "notwendig"},
		Cat: AuthFailed, Pri: conceptPri + 6,
		Summary: "The login (SMTP AUTH) failed: the server refused it, or does not offer the authentication type the account is set to.",
		Fix: []string{"Check the user name and password (an app password where the provider needs one).",
			"Choose an authentication type the server offers in the account's outgoing server settings."}},
	{ID: "client27.de-legitimierung-required", Any: []string{"legitimierung erforderlich", "legitimierung ist erforderlich", "legitimierung notwendig"},
		Cat: AuthRequired, Pri: conceptPri + 6,
		Summary: "The server requires a login (SMTP AUTH) before it accepts mail from this client.",
		Fix:     []string{"Turn on authentication for the outgoing server in the account's settings, with the account's user name and password."}},
	// the outgoing server's host name that does not resolve, as Evolution
	// words it ("Host lookup “%s” failed. Check your host name for spelling
	// errors.", German "Finden des Rechners »%s« ist fehlgeschlagen")
	{ID: "client27.host-lookup-spelling", Any: []string{"check your host name for spelling", "host name for spelling errors", "finden des rechners",
		"rechnernamen auf rechtschreibfehler"},
		Cat: HostUnknown, Pri: conceptPri + 10,
		Summary: "The outgoing server's host name could not be found in DNS (a typo in the account's server setting, or a name that does not exist).",
		Fix:     []string{"Check the outgoing server's host name in the account settings for typos; look it up: `dig +short host`."}},
	// the sender's address not correct, in Japanese ("差出人のアドレスが正しく
	// ありません"): sender-invalid, as the English "sender address not valid"
	{ID: "client27.ja-sender-address-invalid", Any: []string{"差出人のアドレス", "差出人アドレス", "送信者のアドレス", "送信者アドレス", "送信元アドレス", "送信元のアドレス"},
		With: []string{"正しくありません", "無効", "不正", "誤り", "間違"},
		Cat:  SenderInvalid, Pri: conceptPri + 6,
		Summary: "The sender (From) address is not valid: the client or the server refused it before sending.",
		Fix:     []string{"Check the sender address in the account (identity) settings: it must be a complete address the account may send as."}},
	// one or more recipients not valid, in Russian ("указан один или
	// несколько некорректных получателей"): user-unknown, as the corpus reads
	// the Spanish "uno o más destinatarios inválidos"
	{ID: "client27.ru-recipients-invalid", Any: []string{"некорректных получателей", "некорректный получатель", "некорректного получателя", "неверных получателей",
		"неверный получатель", "недопустимых получателей", "недопустимый получатель", "недействительных получателей", "недействительный получатель"},
		Cat: UserUnknown, Pri: conceptPri + 6,
		Summary: "A recipient address is not valid: as given, the recipient does not exist.",
		Fix:     []string{"Check the recipient addresses for typos and confirm them with the recipients by another channel."}},
}
