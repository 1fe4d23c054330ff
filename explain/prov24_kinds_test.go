package explain

import "testing"

// Held-out batch 24-prov's kinds, each in new wording (not the batch's rows),
// with the neighbours that must keep their verdicts.

// A 535 (or Alibaba's 526) that lists its possible causes with the password
// or the login among them is a refused login, whatever else the list names;
// a busy server and a login rate said alone keep their readings.
func TestKindProv24AuthCauseList(t *testing.T) {
	checkKinds(t, []kindCase{
		{"535 Error: login error, the server is busy or the password is wrong", AuthFailed, ClassPermanent},
		{"535 5.7.8 Authentication failed: wrong password, or too many connections from your IP", AuthFailed, ClassPermanent},
		{"526 Login fail: invalid password, or the system is busy", AuthFailed, ClassPermanent},
		{"535 Please use the authorization code to log in; the system is busy now", AuthFailed, ClassPermanent},
		// the probe: the same list in the regional providers' languages
		{"535 Falha no login: senha inválida ou servidor ocupado", AuthFailed, ClassPermanent},
		{"535 Échec : mot de passe erroné ou serveur occupé", AuthFailed, ClassPermanent},
		{"535 Passwort ungültig oder Server überlastet", AuthFailed, ClassPermanent},
		{"535 Неправильный пароль, или сервер занят", AuthFailed, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"421 4.3.2 System is busy, try again later", ServerError, ClassTransient},
		{"451 Server busy, please retry", ServerError, ClassTransient},
	})
}

// Postfix's sender restriction refuses at RCPT TO (smtpd_delay_reject) and
// says so: "Sender address rejected: <reason>" is the sender's, not the
// recipient's; "Recipient address rejected" stays the recipient's.
func TestKindProv24SenderRestrictionAtRcpt(t *testing.T) {
	checkKinds(t, []kindCase{
		{"host mail.isp.example[192.0.2.4] said: 550 5.1.1 <cron@box.example>: Sender address rejected: User unknown in local recipient table (in reply to RCPT TO command)", SenderInvalid, ClassPermanent},
		{"said: 553 <noreply@app.example>: Sender address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)", SenderInvalid, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"host mail.isp.example[192.0.2.4] said: 550 5.1.1 <kim@isp.example>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)", UserUnknown, ClassPermanent},
		{"550 5.1.1 <kim@isp.example>: User unknown in virtual mailbox table", UserUnknown, ClassPermanent},
	})
}

// SFR's GU_EIB codes name the sending IP's abuse (spam share, invalid
// addresses share): reputation, whatever words stand beside the code; a
// "Client host rejected" without the code keeps its reading.
func TestKindProv24SFRCodeFamily(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Service refusé : abus constaté (GU_EIB_02)", Reputation, ClassPermanent},
		{"host smtp-in.isp.example[192.0.2.9] said: 554 5.7.1 Message refused, GU_EIB_04 (in reply to MAIL FROM command)", Reputation, ClassPermanent},
		{"Le serveur de SFR a répondu GU_EIB_02 : trop de destinataires inconnus", Reputation, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbour
		{"554 5.7.1 <mx.shop.example[198.51.100.4]>: Client host rejected: Access denied", Policy, ClassPermanent},
	})
}

// The probe of the sending IP on a black list in the regional providers'
// languages: the list words lang18 lacked (sk, hr/sr, sl, bg, sv, lt, lv,
// et, ms); the sender's address on a list stays policy (the block-list
// convention).
func TestKindProv24IPListedRegional(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Odosielajúca IP adresa je na čiernej listine, správa nebola prijatá", Reputation, ClassPermanent},
		{"550 Vaša IP adresa se nalazi na crnoj listi", Reputation, ClassPermanent},
		{"550 Vaš naslov IP je uvrščen na črni seznam", Reputation, ClassPermanent},
		{"554 IP адресът на сървъра е в черния списък", Reputation, ClassPermanent},
		{"550 Er IP-adress är svartlistad hos oss", Reputation, ClassPermanent},
		{"550 Jūsų IP adresas įtrauktas į juodąjį sąrašą", Reputation, ClassPermanent},
		{"550 Jūsu IP adrese ir iekļauta melnajā sarakstā", Reputation, ClassPermanent},
		{"550 Teie IP-aadress on lisatud musta nimekirja", Reputation, ClassPermanent},
		{"550 Alamat IP anda telah disenarai hitam", Reputation, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbour: the sender's address, not the IP
		{"550 5.7.1 Adresa odosielateľa je na čiernej listine príjemcu", Policy, ClassPermanent},
	})
}

// The probe of sending from the sender's own mailbox barred, in the regional
// providers' languages: policy (the sender's own account held), not a
// recipient's disabled mailbox; sending to a recipient, a sending IP and a
// limit keep their readings.
func TestKindProv24SendingFromMailboxBarred(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Odesílání z vašeho účtu bylo dočasně zablokováno kvůli podezřelé aktivitě", Policy, ClassPermanent},
		{"554 Wysyłka z Twojej skrzynki została zablokowana przez administratora", Policy, ClassPermanent},
		{"550 Versand aus Ihrem Konto wurde gesperrt. Bitte ändern Sie Ihr Passwort.", Policy, ClassPermanent},
		{"554 L'envoi depuis ce compte est bloqué, contactez le support", Policy, ClassPermanent},
		{"554 Sending fra kontoen din er sperret", Policy, ClassPermanent},
		{"550 Verzending vanuit uw account is geblokkeerd", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"550 Der Versand an diesen Empfänger ist gesperrt", MailboxDisabled, ClassPermanent},
		{"550 L'envoi depuis votre adresse IP est bloqué", Reputation, ClassPermanent},
	})
}
