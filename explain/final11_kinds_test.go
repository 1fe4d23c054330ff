package explain

import "testing"

// The kinds held-out batch 11 found on its only run, in new wording (not the
// batch's rows): a mail client's own failure said in the user's language
// without a code, a failure "for an unknown reason", a destination
// unreachable "for too long", a HELO name that is not the host's real name,
// and a broken SPF/DKIM/DMARC record.
func TestKindFinal11LocalizedClientFailures(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Anmeldung am SMTP-Server mail.firma.example nicht möglich: Authentifizierung fehlgeschlagen.", AuthFailed, ""},
		{"Impossible de s'authentifier auprès du serveur smtp.fai.example, vérifiez le mot de passe.", AuthFailed, ""},
		{"送信サーバ smtp.example.jp への接続がタイムアウトしました。", Network, ClassTransient},
		{"La conexión con el servidor smtp.correo.example ha fallado; inténtelo de nuevo.", Network, ClassTransient},
		{"Die Nachricht überschreitet das Größenlimit des Servers und wurde nicht gesendet.", MessageTooBig, ""},
		{"El servidor smtp.correo.example no admite STARTTLS; desactívelo o use el puerto 465.", TLSRequired, ""},
		{"Il server SMTP posta.example è sconosciuto: controllare le impostazioni.", HostUnknown, ""},
		{"L’envoi a échoué pour une raison inconnue via le serveur smtp.fai.example.", Unknown, ""},
		// an unknown recipient in the same languages stays an unknown user
		{"Der Empfänger ist unbekannt: Postfach existiert nicht.", UserUnknown, ""},
	})
}

func TestKindFinal11UnreachableTooLong(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Destination servers unreachable for too long for domain:shop.example", Expired, ClassPermanent},
		{"5.4.7 mail exchangers of lab.example were down for too long, giving up", Expired, ClassPermanent},
	})
}

func TestKindFinal11HeloRealName(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 EHLO rejected: use the proper hostname of your server, not LOCALHOST", RFCNoncompliant, ClassPermanent},
	})
}

func TestKindFinal11AuthRecordBroken(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.27 sender domain has a malformed SPF record (permerror)", SenderAuth, ClassPermanent},
		{"554 5.7.1 invalid DMARC record published for news.example", SenderAuth, ClassPermanent},
		// a command syntax error without an auth record stays syntax
		{"501 5.5.2 Syntax error in parameters", Syntax, ClassPermanent},
	})
}
