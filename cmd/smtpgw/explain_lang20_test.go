package main

import "testing"

// Held-out batch 20-lang's kinds through the command (issue 10), as the
// argument and on standard input, in new wording: the concepts the concept ×
// language matrix found unread in the big languages (a connection that
// cannot be set up, an account that does not exist said with a negative
// existential, an app password, the sending IP on a block list, a
// certificate that does not verify, a sender throttled, an invalid header,
// a grey list, a DMARC check said as an authentication failure,
// authentication required).
func TestExplainLocalizedConcepts20(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Konnte keine Verbindung zum Postausgangsserver herstellen: Der Server ist nicht erreichbar.", "network", "transient"},
		{"Il n'existe aucun utilisateur portant cette adresse.", "user-unknown", "permanent"},
		{"Para enviar desde este cliente necesitas una contraseña de aplicación.", "auth-failed", "permanent"},
		{"L'indirizzo IP del mittente è presente nella lista nera del destinatario.", "reputation", "permanent"},
		{"Der Absender wurde aufgrund fortlaufender Fehler „Zu viele Empfänger\" gedrosselt.", "rate-limited", "transient"},
	})
	for _, p := range []stdinPaste{
		{"Сертификат почтового сервера истёк.", "tls-required", "permanent", ""},
		{"邮件头缺少 Date 字段。", "rfc-noncompliant", "permanent", ""},
		{"Sua mensagem entrou na lista cinza. Tente novamente em alguns minutos.", "greylisted", "transient", ""},
		{"La autenticación DMARC del mensaje falló.", "sender-auth", "permanent", ""},
		{"Se necesita autenticación para enviar correo.", "auth-required", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}
