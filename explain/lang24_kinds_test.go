package explain

import "testing"

// Held-out batch 24-lang: non-English replies, concept by language. Each
// kind is tested in new wording (not the batch's rows), in languages the
// batch did not hold for it; negative cases keep the neighbouring readings.

// The sender's IP address on a black list, in the languages whose phrase
// holds the sender's address ("IP-Adresse des Absenders", "IP-адрес
// отправителя"): reputation, not the sender's address
// (lang24.l10n-sender-ip-listed).
func TestKindLang24SenderIPListed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Die IP-Adresse des Absenders steht auf der schwarzen Liste", Reputation, ClassPermanent},
		{"554 IP adresa odesílatele je na černé listině", Reputation, ClassPermanent},
		{"550 Письмо не принято: IP-адрес отправителя внесён в черный список", Reputation, ClassPermanent},
		{"550 IP-адресу відправника заблоковано: чорний список", Reputation, ClassPermanent},
		{"554 IP adresa pošiljatelja nalazi se na crnoj listi (blacklist)", Reputation, ClassPermanent},
		{"550 5.7.1 IP-adres van de afzender staat op een blacklist", Reputation, ClassPermanent},
		// neighbours: the sender's address on the recipient's own list stays policy
		{"Der Absender steht auf der Blacklist des Empfängers.", Policy, ClassPermanent},
		{"550 Адрес отправителя находится в черном списке получателя", Policy, ClassPermanent},
	})
}

// An e-mail address that expired: the address is no longer valid
// (lang24.address-expired), not a message's expiry; a message, a link or a
// certificate that expired keeps its reading.
func TestKindLang24AddressExpired(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die Nachricht an ute@firma.example kam zurück: Die E-Mail-Adresse ist abgelaufen.", UserUnknown, ClassPermanent},
		{"Cette adresse e-mail a expiré.", UserUnknown, ClassPermanent},
		{"550 5.1.1 La dirección de correo ha caducado o no es válida", UserUnknown, ClassPermanent},
		{"550 L'indirizzo email del destinatario è scaduto", UserUnknown, ClassPermanent},
		{"このメールアドレスは有効期限が切れています", UserUnknown, ClassPermanent},
		{"The recipient's email address has expired.", UserUnknown, ClassPermanent},
		// neighbours: the message's time
		{"Die Nachricht ist abgelaufen: Die Zustellung an die E-Mail-Adresse war nicht möglich.", Expired, ClassPermanent},
		{"Le message a expiré dans la file d'attente.", Expired, ClassPermanent},
	})
}

// A bounce whose only cause is its advice to check the recipients'
// addresses (lang24.check-recipient-address); a reply quoted with it
// decides.
func TestKindLang24CheckRecipientAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Ihre Nachricht konnte nicht zugestellt werden. Bitte überprüfen Sie die Empfängeradresse.", UserUnknown, ClassPermanent},
		{"Votre message n'a pas pu être remis. Vérifiez l'adresse du destinataire.", UserUnknown, ClassPermanent},
		{"No se pudo entregar su mensaje. Compruebe la dirección del destinatario.", UserUnknown, ClassPermanent},
		{"邮件无法送达，请检查收件人地址是否正确。", UserUnknown, ClassPermanent},
		{"Письмо не доставлено. Проверьте адрес получателя.", UserUnknown, ClassPermanent},
		// neighbours: the quoted reply decides
		{"Ihre Nachricht konnte nicht zugestellt werden. Bitte überprüfen Sie die Empfängeradresse.\n550 5.7.1 Relay access denied", RelayDenied, ClassPermanent},
		{"Votre message n'a pas pu être remis. Vérifiez l'adresse du destinataire.\n552 5.2.2 Mailbox full", MailboxFull, ClassPermanent},
	})
}

// Words the families lacked: relaying refused with the verb first ("No se
// permite la retransmisión"), Turkish "röle", the PTR record in Croatian
// and Serbian, Czech "v časovém limitu", the French "messagerie".
func TestKindLang24Words(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 No se permite el relay: retransmisión denegada para este dominio", RelayDenied, ClassPermanent},
		{"550 5.7.1 Non è consentito l'inoltro verso domini esterni", RelayDenied, ClassPermanent},
		{"550 5.7.1 Não é permitida a retransmissão sem autenticação", RelayDenied, ClassPermanent},
		{"554 5.7.1 Röle izni yok: röle reddedildi", RelayDenied, ClassPermanent},
		{"550 5.7.1 Server pošiljaoca nema PTR zapis", PTRRequired, ClassPermanent},
		{"550 5.7.1 Сервер нема PTR запис", PTRRequired, ClassPermanent},
		{"Zpráva nebyla doručena v časovém limitu 5 dnů.", Expired, ClassPermanent},
		{"Správa nebola doručená v časovom limite.", Expired, ClassPermanent},
		{"Service de messagerie inaccessible pour le moment.", Network, ClassTransient},
		// neighbours: a permitted relay is no refusal; the PTR named with a hostname check
		{"250 2.1.5 Ok", Success, ClassSuccess},
	})
}
