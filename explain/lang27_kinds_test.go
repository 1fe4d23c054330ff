package explain

import "testing"

// Held-out batch 27-lang: non-English replies aimed at the kinds
// heldout26's non-English rows and probes left. Each kind is tested in new
// wording (not the batch's rows); negative cases keep the neighbouring
// readings.

// RFC 5321's 553 text, "mailbox name not allowed", translated: the bare
// code's reading (unknown), as the English text is; an address called
// invalid without the mailbox's "name" stays the recipient's.
func TestKindLang27MailboxNameNotAllowed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 5.1.3 Недопустимое имя почтового ящика", Syntax, ClassPermanent}, // X.1.3 decides: bad address syntax
		{"553 Действие не выполнено: имя почтового ящика недопустимо", Unknown, ClassPermanent},
		{"553 Невірне ім'я поштової скриньки", Unknown, ClassPermanent},
		// neighbour: the recipient's address called invalid, no mailbox name
		{"550 Недопустимый адрес получателя", UserUnknown, ClassPermanent},
	})
}

// A syntax error of an address, in the languages: syntax (as the English
// "Address syntax error" reads); the sender's address is sender-invalid.
func TestKindLang27AddressSyntaxError(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Синтаксическая ошибка в адресе получателя", Syntax, ClassPermanent},
		{"Erreur de syntaxe dans l'adresse du destinataire", Syntax, ClassPermanent},
		{"Syntaxfehler in der E-Mail-Adresse", Syntax, ClassPermanent},
		{"收件人地址语法错误", Syntax, ClassPermanent},
	})
}

// Microsoft 365's restricted-sender sentence without its spam clause:
// reputation, as with the clause (and as its 5.1.8 line reads).
func TestKindLang27NotRecognizedValidSender(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Votre message n'a pas pu être remis, car vous n'avez pas été reconnu comme expéditeur valide.", Reputation, ClassPermanent},
		{"Il messaggio non è stato recapitato perché non sei stato riconosciuto come mittente valido.", Reputation, ClassPermanent},
		{"Your message couldn't be delivered because you weren't recognized as a valid sender.", Reputation, ClassPermanent},
	})
}

// The recipient's server "inactive" or out of service: the connection
// (network), not a disabled mailbox; a mailbox or account inactive stays
// disabled.
func TestKindLang27ServerInactive(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Tipo de rebote: blando. Motivo: el servidor de correo del destinatario está fuera de servicio", Network, ClassTransient},
		{"Type de rebond : Doux — Raison : le serveur du destinataire est inactif", Network, ClassTransient},
		{"Soft bounce. Reason: the recipient's mail server is inactive", Network, ClassTransient},
		// neighbour: the account inactive is a disabled mailbox
		{"La cuenta del destinatario está inactiva", MailboxDisabled, ClassPermanent},
	})
}

// A negation split by an adverb ("n'existe probablement pas", "existiert
// vermutlich nicht"): the address does not exist.
func TestKindLang27SplitNegation(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Destinataire refusé : l'adresse n'existe sans doute pas.", UserUnknown, ClassPermanent},
		{"Empfänger abgelehnt: die Adresse existiert vermutlich nicht.", UserUnknown, ClassPermanent},
		{"Ontvanger geweigerd: het adres bestaat waarschijnlijk niet.", UserUnknown, ClassPermanent},
	})
}

// A daily or hourly limit with the words the other way round ("limit
// dzienny"), beside a quota word: the sending limit, not a storage quota.
func TestKindLang27DailyLimitWordOrder(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Przekroczono limit godzinny wysyłki wiadomości (quota serwera)", RateLimited, ClassTransient},
		{"Limite journalier d'envoi dépassé (quota du compte)", RateLimited, ClassTransient},
		// neighbour: a mailbox's storage quota stays a full mailbox
		{"Przekroczono quota skrzynki odbiorcy", MailboxFull, ClassPermanent},
	})
}

// Persian block-list words: the sending IP on a list is reputation.
func TestKindLang27PersianBlocklist(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 آدرس IP شما در لیست سیاه است", Reputation, ClassPermanent},
		{"550 آدرس آی پی سرور فرستنده در فهرست سیاه اسپم\u200cهاوس است", Reputation, ClassPermanent},
	})
}

// Batch 27-langb: "try again later" alone in the languages is the
// server's trouble (server-error, transient), as the English reads; a
// cause named beside it decides.
func TestKindLang27TryAgainLater(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Chyba serveru, zkuste to později", ServerError, ClassTransient},
		{"Tilapäinen virhe, yritä myöhemmin uudelleen", ServerError, ClassTransient},
		{"Er is een fout opgetreden, probeer het later nog eens", ServerError, ClassTransient},
		// neighbours: a cause beside it decides
		{"Postkassen er fuld, prøv igen senere", MailboxFull, ClassTransient},
		{"For mange forbindelser, prøv igjen senere", RateLimited, ClassTransient},
	})
}

// Batch 27-langb: "access denied" alone in the languages is a policy
// refusal, as the English "Access denied" reads; Microsoft's 5.4.1 with it
// stays the recipient's.
func TestKindLang27AccessDenied(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Zpráva nebyla doručena: přístup odepřen", Policy, ClassPermanent},
		{"Toegang geweigerd door de ontvangende server", Policy, ClassPermanent},
		{"550 5.4.1 Adresse des Empfängers abgelehnt: Zugriff verweigert", UserUnknown, ClassPermanent},
	})
}

// Batch 27-langb: the domain's authentication named as the cause of a
// refusal is sender-auth, not a failed login.
func TestKindLang27DomainAuthentication(t *testing.T) {
	checkKinds(t, []kindCase{
		{"El servidor del destinatario rechazó el mensaje (autenticación del dominio)", SenderAuth, ClassPermanent},
		{"Nachricht abgelehnt: Domain-Authentifizierung fehlgeschlagen", SenderAuth, ClassPermanent},
		// neighbour: a login refused stays auth-failed
		{"535 Authentifizierung fehlgeschlagen: Benutzername oder Passwort falsch", AuthFailed, ClassPermanent},
	})
}

// Batch 27-langb: words the families lacked: the service temporarily
// unavailable (pl, da, nl), the Czech relay and size verbs, syntax said as
// an adverb, the French "remise retardée", a Polish account authorization
// error, an address format check that failed.
func TestKindLang27LangbVocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Serwer pocztowy jest tymczasowo niedostępny", ServerError, ClassTransient},
		{"De mailserver is tijdelijk niet beschikbaar", ServerError, ClassTransient},
		{"Server odmítl přeposílání pošty pro tuto doménu", RelayDenied, ClassPermanent},
		{"Příloha přesahuje maximální velikost zprávy", MessageTooBig, ClassPermanent},
		{"Die Empfängeradresse ist syntaktisch ungültig", Syntax, ClassPermanent},
		{"remise retardée : le serveur du destinataire ne répond pas", Network, ClassTransient},
		{"Błąd autoryzacji konta nadawcy na serwerze SMTP", AuthFailed, ClassPermanent},
		{"邮件地址格式校验失败", Syntax, ClassPermanent},
	})
}
