package explain

// Rules of helper prov23 (issue 10, session 18); see docs/heldout/heldout23-prov.md.
// Each is tested in new wording in prov23_kinds_test.go.
//
// Kinds found on the first run of held-out batch 23-prov (regional and
// national providers', ISPs' and hosters' pastes and pages):
//
//   - The sender's own address or account barred from sending, said by the
//     provider in its customer's language without a code (Libero's "per
//     tornare a inviare", OVHcloud's "Vous ne pouvez plus envoyer d'e-mails
//     depuis cette adresse", CDDC's "E-mail suspenso: sua conta ...", the
//     Greek School Network's "Η αποστολή ... έχει φραγεί"): refused, or read
//     by a stray word. English had common22's account hold; these languages
//     had only lang22's Chinese sending bar.
//   - A provider's temporary throttle in Italian ("Invio temporaneamente
//     limitato: ... molti messaggi in un breve arco di tempo", Libero) had
//     no words at all.
//   - A sending address outside the authenticated account ("Sending domain
//     X is not on the same account as the authenticated user") was refused.
//   - Provider code families: Alibaba Mail's AuthAccount codes
//     (UC_OPER_NO_PERMISSION refused), Cox's AUP#CXSNDR without Cox's words
//     (read by "message rejected" as a bare refusal).
//   - Class: a message "devolvida" (returned) said without "to the sender"
//     did not make a codeless limit permanent (permanentWording, classify.go).

// prov23SendingBarred: the sender's own sending stopped, in the
// languages of the regional providers (fr, it, pt, es, de, el); a sending
// verb and a bar together
var prov23SendingBarred = []string{
	// fr
	"ne pouvez plus envoyer", "ne pouvez plus expédier", "envoi bloqué", "envoi est bloqué", "envoi a été bloqué", "envoi suspendu", "envoi a été suspendu",
	"adresse e-mail bloquée", "adresse email bloquée", "adresse bloquée", "compte bloqué", "compte suspendu",
	// it
	"non puoi più inviare", "non è più possibile inviare", "tornare a inviare", "invio bloccato", "invio è stato bloccato", "invio sospeso",
	"casella bloccata", "casella sospesa", "account sospeso", "account bloccato",
	// pt
	"não pode mais enviar", "não é mais possível enviar", "envio bloqueado", "envio foi bloqueado", "envio suspenso", "envio foi suspenso",
	"e-mail suspenso", "email suspenso", "conta suspensa", "conta bloqueada", "conta foi suspensa", "conta foi bloqueada",
	// es
	"ya no puede enviar", "ya no puedes enviar", "envío bloqueado", "envío suspendido", "cuenta suspendida", "cuenta bloqueada",
	// de
	"können keine e-mails mehr versenden", "kannst keine e-mails mehr versenden", "versand gesperrt", "versand wurde gesperrt", "postfach gesperrt", "konto gesperrt",
	// el: "sending ... has been barred", "sending block"
	"έχει φραγεί", "φραγή αποστολής", "έχει αποκλειστεί η αποστολή", "έχει ανασταλεί η αποστολή",
}

var prov23Rules = []rule{
	// the sender's own address or account barred from sending, in the
	// regional providers' languages: the provider holds its customer's
	// account (docs/explain.md "the sender's own account held by its
	// provider"); the same words about a recipient, a temporary or counted
	// limit, or a sending IP stay with their rules
	{ID: "prov23.l10n-sending-barred", Any: prov23SendingBarred,
		// the account, the address or the mailbox is the sender's own
		With: []string{"votre", "vous", "tua casella", "tuo account", "la tua", "il tuo", "sua conta", "sua caixa", "seu e-mail", "seu email", "su cuenta", "tu cuenta",
			"ihr konto", "ihr postfach", "ihre adresse", "dein", "σας", "λογαριασμ",
			"depuis cette adresse", "da questa casella", "desta conta", "desde esta cuenta", "e-mail suspenso", "email suspenso"},
		Not: []string{"destinataire", "destinatario", "destinatário", "empfänger", "παραλήπτη", "recipient",
			"temporairement", "temporaneamente", "temporariamente", "temporalmente", "vorübergehend", "προσωρινά",
			"par heure", "all'ora", "por hora", "pro stunde", "ανά ώρα", "par jour", "al giorno", "por dia", "por día", "pro tag",
			"adresse ip", "indirizzo ip", "endereço ip", "dirección ip", "ip-adresse", "διεύθυνση ip"},
		Cat: Policy, Pri: conceptPri + 16, Actor: ActorSender,
		Summary: "The sender's own provider has barred this address or account from sending (after suspicious activity, spam or abuse seen from it): the account's state, not a verdict on this message.",
		Fix: []string{"Secure the account: change its password and check the devices, scripts and forwarding rules that use it.",
			"Then follow the provider's steps to lift the hold (its webmail or panel, or its support); resending does not lift it."}},
	// a provider's temporary throttle of a mailbox that sent many messages
	// in a short time, in the regional providers' languages
	{ID: "prov23.l10n-sending-throttled", Any: []string{"invio temporaneamente limitato", "invio limitato", "envoi temporairement limité", "envoi limité",
		"envio temporariamente limitado", "envio limitado", "envío temporalmente limitado", "envío limitado", "versand vorübergehend eingeschränkt", "versand eingeschränkt",
		"in un breve arco di tempo", "in poco tempo", "en peu de temps", "em pouco tempo", "en poco tiempo", "in kurzer zeit"},
		With: []string{"messaggi", "messages", "mensagens", "mensajes", "nachrichten", "e-mail", "email", "mail", "limitat", "limité", "limitad", "eingeschränkt"},
		Not:  []string{"dimensione", "taille", "tamanho", "tamaño", "größe", "allegat", "pièce jointe", "anexo", "adjunto", "anhang"},
		Cat:  RateLimited, Pri: conceptPri + 14, Actor: ActorSender,
		Summary: "The provider throttles this mailbox for a while because it sent many messages in a short time.",
		Fix: []string{"Wait, then send less at once; spread bulk sending over time or use a service made for it.",
			"If the mailbox did not send that much, its password may be stolen: change it."}},
	// the sending address (or its domain) is not one of the authenticated
	// account's: "Sending domain X is not on the same account as the
	// authenticated user", "sender does not belong to the authenticated
	// user" (as "Client does not have permissions to send as this sender")
	{ID: "prov23.sender-outside-authenticated-account", Any: []string{"authenticated user", "authenticated account", "logged-in user", "logged in user", "authenticated login"},
		With: []string{"not on the same account", "does not belong", "doesn't belong", "not owned", "does not match", "doesn't match", "do not match", "not associated"},
		Not:  []string{"relay", "recipient"},
		Cat:  SenderInvalid, Pri: conceptPri + 14, Actor: ActorSender,
		Summary: "The server accepts a sending address only from the account that owns it: this From or envelope address (or its domain) is not on the authenticated account.",
		Fix:     []string{"Send from an address of the logged-in account (or add the domain or alias to that account), or log in with the account that owns the address."}},
	// Alibaba Mail's (Aliyun) AuthAccount codes: a login refused for the
	// account's permissions or its closed login source
	{ID: "prov23.aliyun-authaccount", Any: []string{"uc_oper_no_permission", "uc_login_source_not_allowed", "uc_auth_fail", "uc_password_error"},
		Cat: AuthFailed, Pri: codePri, Provider: "Alibaba Mail",
		Summary: "Alibaba Mail refused the login: the account has no permission for this kind of login, or the protocol (POP, IMAP, SMTP) is turned off for it.",
		Fix:     []string{"Turn the protocol on for the account in Alibaba Mail's settings (or ask its administrator), and log in with the account's own credentials."}},
	// ... and its login over a port without SSL
	{ID: "prov23.aliyun-non-ssl", Any: []string{"uc_client_non_ssl"},
		Cat: TLSRequired, Pri: codePri, Provider: "Alibaba Mail",
		Summary: "Alibaba Mail refuses a login over a connection without SSL/TLS.",
		Fix:     []string{"Use the SSL port (465 for SMTP, 993 for IMAP, 995 for POP) or STARTTLS in the client."}},
	// Cox's code for the sender's domain (it must resolve to an MX or A
	// record; the corpus reads CXSNDR so), also after Cox's generic words
	{ID: "prov23.cox-sender-domain", Any: []string{"aup#cxsndr"},
		Cat: SenderInvalid, Pri: codePri, Provider: "Cox",
		Summary: "Cox refused the sender's domain (AUP#CXSNDR): it must resolve to a valid MX or A record and pass the domain's checks.",
		Fix:     []string{"Give the sending domain a valid MX or A record (and SPF/DKIM that pass), then resend."}},

	// Rules of batch 23-prov b (written after batch A's fixes):
	//
	// the sender's own account said to have been blocked, suspended or
	// deactivated, in the passive, with words between the account and the
	// verb ("Su cuenta de correo fue bloqueada por envíos masivos",
	// "Ο λογαριασμός σας απενεργοποιήθηκε για αποστολή"): an account state,
	// policy (docs/explain.md "the sender's own account held by its
	// provider"), also when the cause is spam
	{ID: "prov23.l10n-own-account-held", Any: []string{"fue bloqueada", "ha sido bloqueada", "fue suspendida", "ha sido suspendida", "fue desactivada", "ha sido desactivada",
		"foi bloqueada", "foi suspensa", "foi desativada", "a été bloqué", "a été suspendu", "a été désactivé",
		"è stato bloccato", "è stato sospeso", "è stata bloccata", "è stata sospesa", "è stato disattivato", "è stata disattivata",
		"wurde gesperrt", "wurde deaktiviert", "απενεργοποιήθηκε", "έχει απενεργοποιηθεί", "ανεστάλη", "έχει ανασταλεί", "έχει μπλοκαριστεί"},
		With: []string{"su cuenta", "tu cuenta", "sua conta", "votre compte", "votre adresse", "il tuo account", "la tua casella", "ihr konto", "ihr postfach", "dein konto",
			"λογαριασμός σας", "λογαριασμό σας"},
		Not: []string{"destinataire", "destinatario", "destinatário", "empfänger", "παραλήπτη", "recipient",
			"temporairement", "temporaneamente", "temporariamente", "temporalmente", "vorübergehend", "προσωρινά"},
		NotAlso: [][]string{alla27SMTPAuthFeature}, // the account's SMTP AUTH switched off, not the account held (batch 27-alla)
		Cat:     Policy, Pri: conceptPri + 16, Actor: ActorSender,
		Summary: "The sender's own provider has blocked, suspended or deactivated this account (after spam, abuse or signs that others use it): the account's state, not a verdict on this message.",
		Fix: []string{"Secure the account: change its password and check the devices, scripts and forwarding rules that use it.",
			"Then follow the provider's steps to lift the hold (its webmail or panel, or its support); resending does not lift it."}},
	// a count per period in the Romance and German hosters' words ("sua
	// conta de e-mail pode enviar 1000 mensagens por dia"): the count and
	// its period make it a sending limit, also where the account's words
	// would read as the mailbox's storage
	{ID: "prov23.l10n-messages-per-period", Any: []string{"mensagens por dia", "mensagens por hora", "e-mails por dia", "e-mails por hora", "emails por dia", "emails por hora",
		"mensajes por día", "mensajes por dia", "mensajes por hora", "correos por día", "correos por hora", "messages par jour", "messages par heure", "e-mails par jour",
		"messaggi al giorno", "messaggi all'ora", "email al giorno", "email all'ora", "nachrichten pro tag", "nachrichten pro stunde", "e-mails pro tag", "e-mails pro stunde",
		"destinatários por dia", "destinatarios por día", "destinataires par jour", "destinatari al giorno", "empfänger pro tag"},
		With: []string{"limite", "límite", "limit", "atingid", "alcanzad", "atteint", "raggiunt", "erreicht", "excedid", "superad", "dépass", "überschritten", "no máximo", "como máximo", "au maximum", "al massimo", "höchstens"},
		Not:  []string{"tamanho", "tamaño", "taille", "dimensione", "größe", "anexo", "adjunto", "pièce jointe", "allegat", "anhang"},
		Cat:  RateLimited, Pri: conceptPri + 14,
		Summary: "The sender (or the recipient's mailbox) is over a limit counted in messages or recipients per day or hour; it lifts when the period ends.",
		Fix: []string{"Wait for the period to end and spread the sending over time, or use a service made for bulk mail.",
			"If the account did not send that much, its password may be stolen: change it."}},

	// A probe after batch B (docs/heldout/heldout23-prov.md): the sender's
	// own account held, said in any word order in the languages the
	// regional providers write in ("Ihr Konto wurde wegen Spamversand
	// gesperrt", "Hesabınız ... askıya alındı", "您的账号 ... 已被停用"): the
	// possessive account phrase and a bar verb anywhere in the text; a
	// recipient's account, a temporary or counted limit, a sending IP and a
	// block after wrong passwords (auth-failed) keep their readings
	{ID: "prov23.l10n-own-account-held-any-order", Any: prov23OwnAccount, With: prov23BarVerbs,
		Not: prov23NotOwnAccountHold, NotAlso: [][]string{alla27SMTPAuthFeature}, // batch 27-alla
		Cat: Policy, Pri: conceptPri + 16, Actor: ActorSender,
		Summary: "The sender's own provider has blocked, suspended or deactivated this account (after spam, abuse or signs that others use it): the account's state, not a verdict on this message.",
		Fix: []string{"Secure the account: change its password and check the devices, scripts and forwarding rules that use it.",
			"Then follow the provider's steps to lift the hold (its webmail or panel, or its support); resending does not lift it."}},
	// ... and, in the same probe, "you can no longer send (from this
	// address)" said by the provider to its customer, in the same languages
	// (all 18 wordings were refused): the sender's sending barred
	{ID: "prov23.l10n-can-no-longer-send", Any: prov23NoLongerSend,
		// a limit that stops sending for a period is the limit's ("하루 발송 한도를 초과하여 더 이상 메일을 보낼 수 없습니다")
		Not:     []string{"until ", "bis ", "jusqu", "hasta ", "fino a", "até ", "attachment", "anhang", "pièce jointe", "allegat", "anexo", "adjunto", "bijlage"},
		NotAlso: [][]string{prov23NotOwnAccountHold, intl9LimitSubjects, intl12LimitSubjects},
		Cat:     Policy, Pri: conceptPri + 16, Actor: ActorSender,
		Summary: "The sender's own provider has barred this address or account from sending (after suspicious activity, spam or abuse seen from it): the account's state, not a verdict on this message.",
		Fix: []string{"Secure the account: change its password and check the devices, scripts and forwarding rules that use it.",
			"Then follow the provider's steps to lift the hold (its webmail or panel, or its support); resending does not lift it."}},
}

// prov23NoLongerSend: "you can no longer send", per language
var prov23NoLongerSend = []string{
	"can no longer send", "no longer able to send", "no longer allowed to send", "no longer permitted to send",
	"geen e-mails meer versturen", "geen e-mail meer versturen", "geen berichten meer verzenden", "niet langer versturen", "niet meer verzenden",
	"nie możesz już wysyłać", "nie można już wysyłać", "nie może już wysyłać", "již nemůžete odesílat", "už nemůžete odesílat", "nelze již odesílat", "už nemôžete odosielať",
	"artık e-posta gönderemezsiniz", "artık gönderemezsiniz", "artık mesaj gönderemezsiniz",
	"больше не можете отправлять", "больше не можете отправить", "больше не может отправлять", "більше не можете надсилати", "більше не можете відправляти",
	"már nem küldhet", "már nem tud küldeni", "nu mai puteți trimite", "nu mai poți trimite",
	"kan ikke lenger sende", "kan ikke længere sende", "kan inte längre skicka", "et voi enää lähettää", "ette voi enää lähettää",
	"keine e-mails mehr versenden", "keine e-mails mehr senden", "keine nachrichten mehr versenden",
	"ya no puede enviar", "ya no puedes enviar", "ya no es posible enviar", "não pode mais enviar", "não poderá mais enviar", "não é mais possível enviar",
	"non puoi più inviare", "non può più inviare", "non è più possibile inviare", "ne pouvez plus envoyer", "ne peux plus envoyer", "n'est plus possible d'envoyer",
	"送信できなくなりました", "送信できなくなっています", "已无法从此地址发送", "无法再发送", "已无法发送邮件", "無法再發送",
	"더 이상 메일을 보낼 수 없습니다", "더 이상 보낼 수 없습니다",
}

// prov23OwnAccount: "your account" (the sender's own, addressed by its
// provider), in the languages the regional providers write in
var prov23OwnAccount = []string{
	"uw account", "je account", "uw e-mailadres", "uw mailbox", "twoje konto", "twojego konta", "váš účet", "vašeho účtu", "vášho účtu",
	"hesabınız", "hesabınızdan", "hesabınızın", "ваш аккаунт", "вашего аккаунта", "ваш ящик", "вашего ящика", "ваша учетная запись", "вашей учетной записи",
	"ваш обліковий запис", "вашого облікового запису", "ваша скринька", "fiókod", "fiókját", "fiókja", "fiókodat", "contul dumneavoastră", "contul dvs", "contul tău",
	"kontoen din", "din konto", "ditt konto", "tilisi", "tilinne", "vaš račun", "vaš korisnički račun", "akaun anda", "akun anda", "tài khoản của bạn",
	"お客様のアカウント", "あなたのアカウント", "ご利用のアカウント", "您的账号", "您的账户", "您的帐号", "你的账号", "您的帳號", "您的帳戶",
	"귀하의 계정", "회원님의 계정", "고객님의 계정", "ihr konto", "ihr e-mail-konto", "ihr postfach", "dein konto", "votre compte", "sua conta", "su cuenta", "tu cuenta",
	"il tuo account", "la tua casella", "λογαριασμός σας", "λογαριασμό σας",
}

// prov23BarVerbs: blocked, suspended, deactivated, locked (stems where the
// language inflects)
var prov23BarVerbs = []string{
	"geblokkeerd", "opgeschort", "gedeactiveerd", "zablokowan", "zawieszon", "zablokován", "zablokováno", "zablokovan", "pozastaven", "deaktivován",
	"askıya alındı", "engellendi", "bloke edildi", "devre dışı bırakıldı", "заблокирован", "приостановлен", "заблоковано", "заблокований", "призупинено",
	"letiltottuk", "letiltva", "felfüggesztettük", "felfüggesztve", "zároltuk", "zárolva", "blocat", "suspendat", "dezactivat",
	"sperret", "suspendert", "spærret", "spärrats", "spärrat", "avstängt", "suljettu", "estetty", "jäädytetty", "blokiran", "suspendiran", "deaktiviran",
	"disekat", "digantung", "diblokir", "ditangguhkan", "dinonaktifkan", "bị khóa", "bị khoá", "bị tạm ngưng", "bị vô hiệu hóa",
	"送信停止", "利用停止", "凍結", "停用", "冻结", "封禁", "锁定", "鎖定", "정지되었습니다", "차단되었습니다", "잠금", "이용 제한",
	"gesperrt", "deaktiviert", "bloqué", "suspendu", "désactivé", "bloccat", "sospes", "disattivat", "bloquead", "suspendid", "desactivad", "suspens", "desativad",
	"φραγεί", "ανασταλεί", "απενεργοποι", "μπλοκαρ",
}

// prov23NotOwnAccountHold: a recipient's account, a temporary or counted
// limit, a sending IP, and a block after wrong passwords
var prov23NotOwnAccountHold = []string{
	"recipient", "empfänger", "destinataire", "destinatari", "destinatário", "odbiorc", "příjemce", "príjemc", "alıcı", "получател", "отримувач", "címzett", "destinatar",
	"mottaker", "mottagare", "modtager", "vastaanottaja", "primatelj", "penerima", "người nhận", "受信者", "收件人", "수신자", "ontvanger", "παραλήπτ",
	"temporarily", "temporairement", "temporaneamente", "temporariamente", "temporalmente", "vorübergehend", "tijdelijk", "tymczasowo", "dočasně", "geçici", "временно", "тимчасово",
	"ideiglenesen", "temporar", "midlertidig", "tillfälligt", "tilapäisesti", "privremeno", "sementara", "tạm thời", "一時的", "暂时", "暫時", "临时", "일시적", "προσωρινά",
	"per hour", "per day", "pro stunde", "pro tag", "par heure", "par jour", "por hora", "por dia", "por día", "all'ora", "al giorno",
	"ip address", "ip-adres", "adres ip", "ip adres", "ip-adresse", "adresse ip", "indirizzo ip", "endereço ip", "dirección ip", "ip-адрес", "ip адрес", "ip-címe",
	"password", "passwort", "mot de passe", "contraseña", "senha", "hasło", "heslo", "şifre", "пароль", "jelszó", "parolă", "passord", "lösenord", "salasana", "lozinka",
	"kata laluan", "kata sandi", "mật khẩu", "パスワード", "密码", "密碼", "비밀번호", "wachtwoord", "κωδικ", "login", "anmelde",
}
