package explain

import "testing"

// The kinds held-out batch 12-intl (localized clients and webmail) showed on
// its first run, each in new wording and other languages than the batch's
// rows.

// A webmail's report of a refused command in the user's language: the code
// in parentheses after "SMTP" and the word for "error" (Roundcube's
// localization files), the server's text in the last parentheses.
func TestKindIntl12LocalizedWebmailForm(t *testing.T) {
	checkKinds(t, []kindCase{
		{`SMTP-Fehler (550): Empfänger "jonas@amt.example" konnte nicht hinzugefügt werden (5.1.1 <jonas@amt.example>: Recipient address rejected: User unknown in local recipient table)`, UserUnknown, ClassPermanent},
		{`Erreur SMTP (554) : impossible d'ajouter le destinataire « paul@mairie.example » (5.7.1 <paul@mairie.example>: Relay access denied)`, RelayDenied, ClassPermanent},
		{`Błąd SMTP (535): Uwierzytelnianie nie powiodło się`, AuthFailed, ClassPermanent},
		{`SMTP エラー (552): 5.3.4 Message size exceeds fixed limit`, MessageTooBig, ClassPermanent},
		// Net_SMTP's -1: no reply at all, the words decide
		{`Chyba SMTP (-1): Připojení k serveru se nezdařilo`, Network, ClassTransient},
		// "smtp" inside a log line's process name is no such report
		{"Dec  6 10:00:01 mx postfix/smtpd[503]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <ann@lab.example>: Relay access denied; from=<x@far.example> to=<ann@lab.example> proto=ESMTP helo=<far.example>", RelayDenied, ClassPermanent},
	})
	// the code is the server's, not the pid of smtpd[503]
	if e, err := explainOne("Dec  6 10:00:01 mx postfix/smtpd[503]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <ann@lab.example>: Relay access denied; proto=ESMTP"); err != nil || e.Code == nil || *e.Code != 554 {
		t.Errorf("smtpd[503] log line: %+v, %v", e, err)
	}
}

// A client's own failure said in a language the earlier tables lacked.
func TestKindIntl12ClientFailures(t *testing.T) {
	checkKinds(t, []kindCase{
		// a login that failed
		{"Tunnistautuminen lähtevän postin palvelimelle epäonnistui.", AuthFailed, ""},
		{"Inloggningen till SMTP-servern misslyckades. Kontrollera lösenordet.", AuthFailed, ""},
		{"Xác thực với máy chủ thư đi thất bại.", AuthFailed, ""},
		{"Ошибка авторизации на сервере smtp.pochta.example", AuthFailed, ""},
		// a login demanded is not a login failed
		{"530 5.7.0 Authentifizierung erforderlich", AuthRequired, ""},
		// the connection failed, timed out, broke off
		{"Anslutningen till servern smtp.example.se avbröts.", Network, ClassTransient},
		{"Η σύνδεση με τον διακομιστή smtp.example.gr απέτυχε.", Network, ClassTransient},
		{"Koneksi ke server smtp.contoh.example gagal.", Network, ClassTransient},
		{"З'єднання з сервером перервано.", Network, ClassTransient},
		// the configured server unknown
		{"Az SMTP szerver (smtp.pelda.example) ismeretlen.", HostUnknown, ClassPermanent},
		{"Ο διακομιστής SMTP smtp.example.gr είναι άγνωστος.", HostUnknown, ClassPermanent},
		// ... but an unknown recipient stays an unknown user
		{"550 Der Empfänger ist unbekannt", UserUnknown, ClassPermanent},
		// no reason given
		{"Meddelandet kunde inte skickas av okänd anledning.", Unknown, ""},
		{"Beskeden kunne ikke sendes af ukendt årsag.", Unknown, ""},
		// the size over the limit
		{"El tamaño del mensaje excede el límite del servidor.", MessageTooBig, ClassPermanent},
		{"Viestin koko ylittää palvelimen rajan.", MessageTooBig, ClassPermanent},
		{"Kích thước thư vượt quá giới hạn của máy chủ.", MessageTooBig, ClassPermanent},
		// an authentication method, plain passwords, a Kerberos ticket the server does not take
		{"El servidor no admite el método de autenticación seleccionado.", AuthFailed, ""},
		{"Der Postausgangs-Server unterstützt keine Klartext-Passwörter.", AuthFailed, ""},
		{"Le ticket Kerberos/GSSAPI n'a pas été accepté par le serveur.", AuthFailed, ""},
		// Unicode addresses
		{"El servidor no admite direcciones Unicode (SMTPUTF8).", RFCNoncompliant, ClassPermanent},
		// the English SMTPUTF8 refusal of a command stays syntax
		{"555 5.5.4 Unsupported option: SMTPUTF8", Syntax, ClassPermanent},
		// STARTTLS not offered
		{"Nie można użyć STARTTLS: serwer nie ogłasza tej funkcji.", TLSRequired, ""},
	})
}

// A relay refused in the languages that say "Relay".
func TestKindIntl12RelayRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 relay geweigerd voor ann@shop.example", RelayDenied, ClassPermanent},
		{"554 Relaying nicht gestattet", RelayDenied, ClassPermanent},
		{"550 Relay nekad för kund@butik.example", RelayDenied, ClassPermanent},
	})
}

// A sending limit reached, or exceeded under subject words batch 9 lacked;
// a webmail's interval between two sends.
func TestKindIntl12Limits(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Достигнут лимит отправки писем, попробуйте завтра.", RateLimited, ""},
		{"Das Limit für den Versand wurde erreicht.", RateLimited, ""},
		{"Перевищено обмеження на надсилання листів.", RateLimited, ""},
		// a mailbox's storage that reached its limit is a full mailbox
		{"552 Kotak surat penerima telah mencapai batas penyimpanan", MailboxFull, ClassPermanent},
		// a webmail's own interval between two sends
		{"Bitte warten Sie noch 20 Sekunden, bevor Sie die Nachricht senden.", RateLimited, ClassTransient},
		{"Espere 10 segundos antes de enviar el mensaje.", RateLimited, ClassTransient},
	})
}

// "Check the settings and try again" in the user's language is no
// temporary failure; "try again" alone is.
func TestKindIntl12FixThenRetryClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"O servidor de saída smtp.provedor.example não é conhecido. Verifique as configurações e tente novamente.", HostUnknown, ClassPermanent},
		{"Serwer smtp.dostawca.example jest nieznany. Sprawdź ustawienia i spróbuj ponownie.", HostUnknown, ClassPermanent},
		{"Połączenie z serwerem zostało przerwane. Spróbuj ponownie.", Network, ClassTransient},
	})
}

// The kinds batch 12-intl b (msmtp's catalogues, Roundcube in Turkish,
// Thunderbird in Vietnamese and Finnish) showed on its first run, in new
// wording: a host not found or unreachable in the user's language, a time
// limit that is a timeout (no sending limit), and subject and verdict words
// the tables lacked (Swedish "nekades", Turkish "kurulamıyor", Finnish "ei
// tunnistettu" and "ei hyväksynyt", Ukrainian "розпізнавання", Chinese
// "认证方法", Turkish "unikod").
func TestKindIntl12bHostsAndTimeLimits(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Hôte smtp.exemple.fr introuvable", HostUnknown, ClassPermanent},
		{"ホスト smtp.example.jp が見つかりません", HostUnknown, ClassPermanent},
		{"Værten mail.eksempel.dk blev ikke fundet", HostUnknown, ClassPermanent},
		{"Host mail.beispiel.de ist nicht erreichbar", Network, ClassTransient},
		{"Réseau injoignable", Network, ClassTransient},
		{"网络不可达", Network, ClassTransient},
		// a time limit reached is a timeout, not a sending limit
		{"Zeitlimit beim Verbindungsaufbau zum Server erreicht", Network, ClassTransient},
		{"Przekroczono limit czasu połączenia z serwerem", Network, ClassTransient},
		// a sending limit reached stays one
		{"Das Limit für den Versand wurde erreicht.", RateLimited, ""},
	})
}

func TestKindIntl12bMoreWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Anslutningen till servern nekades", Network, ClassTransient},
		{"Sunucuya bağlantı kurulamıyor", Network, ClassTransient},
		{"Palvelinta posti.esimerkki.fi ei tunnistettu", HostUnknown, ClassPermanent},
		{"Palvelin ei hyväksynyt salasanaa", AuthFailed, ""},
		{"Помилка розпізнавання на сервері", AuthFailed, ""},
		{"服务器不支持该认证方法", AuthFailed, ""},
		{"Sunucu unikod adresleri desteklemiyor", RFCNoncompliant, ClassPermanent},
	})
}

// The kinds batch 12-intl c (Roundcube in Arabic, Opie's German mail
// library) showed: Arabic and Hebrew words take clitic prefixes ("لحجم",
// "بالخادم", "השרת"), so the tables list the prefixed forms; a host name's
// lookup that failed; Arabic "تعذر" (could not) and "لا يدعم" (does not
// support).
func TestKindIntl12cArabicHebrewAndLookups(t *testing.T) {
	checkKinds(t, []kindCase{
		{"تعذر الاتصال بخادم البريد الصادر", Network, ClassTransient},
		{"حجم الرسالة أكبر من الحد المسموح به على الخادم", MessageTooBig, ClassPermanent},
		{"לא ניתן להתחבר לשרת הדואר היוצא", Network, ClassTransient},
		{"השרת אינו תומך בכתובות Unicode", RFCNoncompliant, ClassPermanent},
		{"La résolution du nom smtp.exemple.fr a échoué", HostUnknown, ClassPermanent},
		{"Namensauflösung für mail.beispiel.de fehlgeschlagen", HostUnknown, ClassPermanent},
	})
}
