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

// Batch 20-lang b's kinds through the command: the plural verb of not
// existing, the maximum number of recipients, a sending limit with its
// period after it, the IP on an anti-spam blacklist, forbidden words.
func TestExplainLocalizedConcepts20b(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Les domaines de destination n'existent pas.", "host-unknown", "permanent"},
		{"Se ha superado el número máximo de destinatarios.", "rate-limited", "transient"},
		{"El buzón ha superado el límite de envío diario.", "rate-limited", "transient"},
	})
	for _, p := range []stdinPaste{
		{"送信元IPアドレスが迷惑メール対策のブラックリストに登録されています。", "reputation", "permanent", ""},
		{"Письмо содержит запрещённые слова.", "spam-content", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}
