package explain

// common22Rules: rules added by the common22 work of session 17 (issue 10).
//
// The first group follows the labelling conventions common22 settled
// (docs/explain.md "Labelling conventions"): each rule reads a wording the
// corpus had labelled two ways the one way the convention gives.
// common22TemporaryWording: class words of held-out batch 22-common (joined
// to temporaryWording in wordLists): a deferral said by its event's name —
// Exchange's message tracking ("EventId : SUBMITDEFER", "Error: RetrySmtp"),
// Postal's "message requeued for trying later".
var common22TemporaryWording = []string{"submitdefer", "retrysmtp", "requeued for trying"}

var common22Rules = []rule{
	// ---- Outlook's 5.7.57 quoting the 535 its AUTH got: the login was
	// tried and refused (auth-failed), as the bare 535 5.7.3/5.7.139 reads;
	// a 5.7.57 without a quoted 535 ("Client was not authenticated to send
	// anonymous mail during MAIL FROM") stays ms.5.7.57's auth-required ----
	{ID: "common22.ms-5.7.57-login-refused", Enh: []string{"5.7.57"},
		Any: []string{"535 5.7.", "535-5.7.", "authentication unsuccessful", "authentication failed", "credentials were incorrect", "credentials invalid", "smtpclientauthentication is disabled"},
		Cat: AuthFailed, Provider: ProvMicrosoft,
		Summary: "Microsoft 365: the client tried to log in and the login was refused (the 535 it quotes), so the message was refused as from an unauthenticated client.",
		Fix: []string{"Read the quoted 535: 5.7.3 or \"user credentials were incorrect\" is a wrong user name or password (an app password where MFA is on); 5.7.139 with \"SmtpClientAuthentication is disabled\" or \"did not meet the criteria\" is SMTP AUTH turned off for the tenant or the mailbox, or a security default that blocks basic authentication.",
			"Fix the credentials, or enable authenticated SMTP for the mailbox (Microsoft 365 admin center: Mail > Manage email apps), or move the application to OAuth or to an SMTP relay connector."},
		Refs: []string{refMSNDR, "RFC 4954 §6 (535)"}},

	// ---- Exchange's "no permission to send through a mail server that is
	// between you and the recipient" (the 5.7.1 NDR's relaying cause, in
	// its languages) is relay-denied: the server in between does not relay
	// for this sender. "No permission to send to this recipient / group"
	// stays the site's policy (mta12.no-permission-to-send); "send as this
	// sender" stays sender-invalid (ms.send-as) ----
	{ID: "common22.no-permission-through-server",
		Any: []string{"between you and the recipient", "server that's between you", "server that is between you",
			"permission to send through", "permission to send email through", "permission to send e-mail through", "permission to send mail through", "permission to send messages through",
			"permission to relay", "permission to send via",
			// the Exchange NDR's localized text (nb, nl, he, de, fr, es, it, pt, pl, sv, da)
			"mellom deg og mottakeren", "tussen u en de geadresseerde", "בינך לבין הנמען", "zwischen ihnen und dem empfänger", "entre vous et le destinataire",
			"entre usted y el destinatario", "entre tú y el destinatario", "tra l'utente e il destinatario", "tra te e il destinatario", "entre você e o destinatário", "entre si e o destinatário",
			"między tobą a adresatem", "między tobą a odbiorcą", "mellan dig och mottagaren", "mellem dig og modtageren"},
		With: []string{"permission", "not permitted", "not allowed", "toestemming", "tillatelse", "הרשאה", "berechtigung", "erlaubnis", "autorisation", "autorisé", "permiso", "autorizzazione", "permesso",
			"permissão", "autorização", "uprawnie", "pozwolenia", "behörighet", "tilladelse"},
		Cat: RelayDenied, Pri: conceptPri + 4,
		Summary: "A mail server between the sender and the recipient refused to pass the message on for this sender: it does not relay for it.",
		Fix: []string{"Send through the server your account belongs to, logged in (SMTP AUTH), or ask its administrator to allow relaying for this client (a connector or a relay permission).",
			"If the recipient's own server refused, the message went to the wrong host: check the recipient domain's MX."},
		Refs: []string{"RFC 5321 §3.6.2", refMSNDR}},

	// ---- the sender's own account held by its provider for spam (an
	// account state: suspended, disabled, locked, restricted, deactivated,
	// frozen) is policy, as prov21's and panel14's account rules read it;
	// a refusal by the receiver that names the sender's spam without an
	// account state ("blocked for sending bulk mail", "blacklisted for
	// sending SPAM", "spam abuse detected", an IP blocked) stays
	// reputation (gw14.sender-blocked-for-sending, concept.spam-history) ----
	{ID: "common22.account-held-for-spam",
		Any: []string{"restricted for sending", "restricted for spam", "suspended for sending", "suspended for spam", "disabled for sending", "disabled for spam",
			"locked for sending", "locked for spam", "deactivated for sending", "deactivated for spam", "frozen for sending", "frozen for spam",
			"terminated for sending", "terminated for spam", "suspended logging in and sending", "suspended sending for this", "suspended sending from this",
			// the cause said with "because"/"due to" (Trend Micro's outbound filtering "suspended because spamming activities were detected"; held-out batch 23-tail)
			"suspended because", "suspended due to", "disabled because", "disabled due to"},
		With: []string{"spam", "unsolicited", "bulk", "abuse"},
		Not: []string{"too many", "per hour", "per day", "per minute", "limit", "your ip", "ip address", "the ip ", "client host", "sending host", "your server",
			"virus", "malware", "infected", "recipient's account", "the recipient"},
		Cat: Policy, Pri: conceptPri + 16,
		Summary: "The sender's own provider holds the sending account (suspended, disabled or restricted) because spam was sent from it: the account's state, not a verdict on this message.",
		Actor:   ActorSender,
		Fix: []string{"Secure the account first: change its password, check the devices, scripts and forwarding rules that use it, remove what sent the spam.",
			"Then ask the provider to lift the hold (or lift it in the hosting panel); resending does not lift it."}},

	// ---- "invalid e-mail address" in other languages reads as English
	// "Invalid email address" does (mta7.words-bad-address): the address's
	// form, syntax. Words that name the recipient or say the address does
	// not exist keep intl13's and intl7's user-unknown ----
	{ID: "common22.l10n-invalid-email-address",
		Any: []string{"e-mail-adresse", "e-mailadresse", "email-adresse", "emailadresse", "indirizzo email", "indirizzo e-mail", "indirizzo di posta elettronica",
			"endereço de e-mail", "endereço de email", "endereço eletrônico", "endereço electrónico", "adres e-mail", "adres email", "adresu e-mail", "adresu email", "adresy e-mail",
			"e-mailadres", "emailadres", "e-posta adresi", "eposta adresi", "adresse e-mail", "adresse email", "adresse électronique", "dirección de correo", "dirección de email",
			"dirección de e-mail"},
		WithAlso: [][]string{intl13InvalidVerdicts, intlInvalidVerdicts},
		Not: []string{"empfänger", "destinatari", "destinatário", "destinataire", "destinatario", "odbiorc", "adresat", "geadresseerde", "ontvanger", "alıcı",
			"postfach", "mailbox", "casella", "caixa", "skrzynk", "postvak", "boîte", "buzón",
			"existiert", "non esiste", "não existe", "nie istnieje", "bestaat niet", "mevcut değil", "bulunamadı", "unbekannt", "sconosciut", "desconhecid", "nieznan", "onbekend",
			"bilinmeyen", "n'existe", "no existe", "inconnu", "desconocid",
			// an address that does not exist or is disabled (heldout16-langb, heldout21-codeless: "var olmayan", "devre dışı")
			"var olmayan", "bulunmayan", "devre dışı", "inexistent", "inesistent", "nicht vorhanden", "deaktiviert", "gesperrt", "disattivat", "desativad", "nieaktywn", "gedeactiveerd", "désactivé", "desactivad",
			"password", "passwort", "kennwort", "senha", "hasło", "wachtwoord", "şifre", "mot de passe", "contraseña",
			// the recipient named as the sending tool names it (common26: "L'indirizzo email del lead non è valido")
			"del lead", "dei lead", "du lead", "des leads", "do lead", "des kontakts", "del contatto", "del contacto", "do contato", "du contact"},
		NotAlso: [][]string{intl13SenderSubjects},
		Cat:     Syntax, Weak: true, Pri: conceptPri + 6,
		Summary: "The address is not a valid email address (its form): the client or the service refused it before any delivery.",
		Fix: []string{"Check the address's form: one @, a domain with a dot, no spaces, quotes or commas, no characters a mail system does not allow.",
			"Correct it at the source (the form, the contact record, the list) and send again."},
		Refs: []string{"RFC 5321 §4.1.2", "RFC 5322 §3.4.1"}},

	// ---- Yahoo's "421 Message(s) from <IP> temporarily deferred" is its
	// deferral for the IP's complaints and reputation (Yahoo's SLN3437:
	// complaints, mail that looks like spam, a poor sending reputation), with
	// or without the 4.16.5x detail (yahoo.4.16.5x): reputation, as the
	// provider-deferral convention reads the TS codes. Its [GL01] code is
	// greylisting and decides; a reason in the words decides too ----
	{ID: "common22.ip-messages-deferred", Any: []string{"message from", "messages from"}, All: []string{"temporarily deferred"},
		Not: []string{"greylist", "gl01", "user", "mailbox", "recipient", "dmarc", "rfc.5321", "rfc5321", "unresolvable", "policy", "volume", "rate", "too many", "connections"},
		Cat: Reputation, Weak: true, Pri: conceptPri + 2,
		Summary: "The receiver (Yahoo's wording) defers mail from this IP for now because of its reputation: complaints from its users or mail that looked like spam.",
		Fix: []string{"Let the MTA retry; slow down to this provider for a while.",
			"Remove unengaged recipients and check the complaint rate (Yahoo's Complaint Feedback Loop); look for a compromised account or script sending through the IP."},
		Refs: []string{refYahooOld, refYahooErrors}},

	// ---- a receiver's "too many bounces, try again later" is its rate
	// limit on the sender (the too-many-bounces convention: the address's
	// hold is user-unknown, the sender's account's policy); LWS's L-HB codes
	// read the same ----
	{ID: "common22.bounces-try-later", Any: []string{"too many bounces", "too many bounced", "too many hard bounces", "too many returned"},
		With: []string{"try again", "try later", "retry", "later"},
		Not:  []string{"recipient", "subscriber", "member", "quarantine", "suppress"},
		Cat:  RateLimited, Pri: conceptPri + 4,
		Summary: "The receiver is holding back mail from this sender for a while because too much of its recent mail bounced.",
		Fix: []string{"Let the MTA retry later; meanwhile remove the addresses that bounced from the lists you send to.",
			"If it persists, ask the receiver's postmaster which bounces it counts."}},

	// ---- Postal's delivery failure in words (held-out batch 22-common):
	// "No SMTP servers were available for <domain>. Tried <MX hosts>" —
	// every MX host of the domain refused or did not answer the connection
	// (network); with "No hosts to try" the domain has no MX or A record to
	// try at all (host-unknown) ----
	{ID: "common22.postal-no-smtp-servers", Any: []string{"no smtp servers were available", "no smtp server was available", "no smtp servers available for"},
		Not: []string{"no hosts to try"},
		Cat: Network, Pri: conceptPri + 4,
		Summary: "None of the recipient domain's mail servers could be reached: every MX host refused or did not answer the connection.",
		Fix: []string{"Check that outbound port 25 is open from the sending host (many cloud providers block it) and that the MX hosts answer from elsewhere.",
			"Let the platform retry; if every attempt fails, the recipient domain's mail servers are down or unreachable from this network."}},
	{ID: "common22.postal-no-hosts", Any: []string{"no hosts to try"}, With: []string{"no smtp server", "were available for", "no mx", "mx records"},
		Cat: HostUnknown, Pri: conceptPri + 6,
		Summary: "The recipient domain has no mail host to try: no MX record and no address record was found for it.",
		Fix: []string{"Check the recipient domain for typos; look up its MX and A records.",
			"If the domain is right, its owner must publish an MX record before it can receive mail."}},

	// ---- Gmail's pointer to its Bulk Email Senders Guidelines, pasted
	// without the sentence before it: Gmail points there from its refusals
	// of an IP's unsolicited mail — a block (5xx, the IP's reputation) or a
	// rate limit (4xx). Weak: the full sentence's own rules decide ----
	{ID: "common22.gmail-bulk-guidelines-block", Any: []string{"bulk email senders guidelines", "bulk email sender guidelines", "bulk senders guidelines"},
		Codes: []int{0, 550, 554, 553}, Cat: Reputation, Weak: true, Pri: conceptPri, Provider: ProvGmail, // 0: a notice's pointer without the code (common23: Google Groups' "Message rejected ... Bulk Email Senders Guidelines")
		Summary: "Gmail refused the message and pointed to its bulk senders guidelines: it blocks mail from this IP for the unsolicited mail it sends (poor reputation).",
		Fix: []string{"Check the IP's and domain's reputation and spam rate in Google Postmaster Tools; find what sent unsolicited mail from the IP.",
			"Authenticate with SPF, DKIM and DMARC, send only to opted-in recipients, then resume slowly."},
		Refs: []string{refGmailErrors, refGmailSender}},
	{ID: "common22.gmail-bulk-guidelines-rate", Any: []string{"bulk email senders guidelines", "bulk email sender guidelines", "bulk senders guidelines"},
		Codes: []int{421, 450, 451}, Cat: RateLimited, Weak: true, Pri: conceptPri, Provider: ProvGmail,
		Summary: "Gmail is rate-limiting mail from this IP and pointed to its bulk senders guidelines (an unusual rate of unsolicited mail).",
		Fix:     []string{"Let the MTA retry slowly; lower the volume to Gmail.", "Check reputation and spam rate in Google Postmaster Tools; fix list hygiene and authentication."},
		Refs:    []string{refGmailErrors, refGmailSender}},

	// ---- batch 22-common b: a login refused for too many bad attempts
	// (Yahoo's "535 5.7.0 (#AUTH005) Too many bad auth attempts", which
	// it answers to a password login without an app password) is a failed
	// login, not a client's bad commands (mta5.bad-commands); its class is
	// the code's (the login-ban convention) ----
	{ID: "common22.bad-auth-attempts", Any: []string{"bad auth attempts", "bad auth attempt", "bad authentication attempts", "bad login attempts", "failed auth attempts",
		"invalid auth attempts", "too many auth failures", "too many authentication failures", "#auth005"},
		Cat: AuthFailed, Pri: conceptPri + 4,
		Summary: "The server refused the login: too many logins with wrong credentials (or with a password where the provider wants an app password or OAuth).",
		Fix: []string{"Check the user name and password; at Yahoo, Gmail, Outlook.com and iCloud create an app password (or use OAuth) instead of the account password.",
			"Wait for the lockout to lift before trying again; repeated wrong logins extend it."}},

	// ---- batch 22-common b: a server that wants the login before MAIL
	// ("503 Error: need EHLO and AUTH first", Tencent's and NetEase's
	// servers) asks for authentication: its "EHLO" names the command
	// order, not a HELO name to refuse (concept.helo) ----
	{ID: "common22.auth-first", Any: []string{"and auth first", "auth first", "login first", "log in first", "authenticate before", "authentication first"},
		Not: []string{"relay"},
		Cat: AuthRequired, Pri: conceptPri + 4,
		Summary: "The server wants the client to log in (SMTP AUTH, after EHLO) before it sends MAIL FROM.",
		Fix:     []string{"Turn on SMTP authentication in the client with the account's user name and password (or app password); send EHLO, then AUTH, then MAIL FROM."}},

	// ---- Exchange's store-driver throttling (the convention common22
	// settled): "432 4.3.2 STOREDRV.Deliver; recipient thread limit
	// exceeded", "... mailbox database thread limit exceeded", "... dynamic
	// mailbox database throttling limit exceeded" are the by-design limits
	// on concurrent deliveries to a mailbox or a database (Exchange 2010
	// SP1's Store Driver Fault Isolation; Microsoft's NDR table: "throttled
	// because it's receiving too many messages too quickly"): rate-limited,
	// lifting as the queue drains ----
	{ID: "common22.store-driver-throttling", Any: []string{"recipient thread limit", "mailbox database thread limit", "database thread limit exceeded",
		"mailbox database throttling limit", "database throttling limit exceeded"},
		Cat: RateLimited, Pri: conceptPri + 4, Provider: ProvMicrosoft,
		Summary: "Exchange throttled delivery into the recipient's mailbox or its mailbox database: too many messages at once (its store driver's concurrency limit); the message waits in the queue.",
		Fix: []string{"Let the sending server retry: the throttle lifts as the queue drains.",
			"If it persists for a journal or shared mailbox that receives heavy traffic, the recipient's Exchange admin can raise RecipientThreadLimit / MaxMailboxDeliveryPerMdbConnections or spread the load."},
		Refs: []string{refMSNDR}},
}
