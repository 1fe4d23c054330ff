package main

import "testing"

// Kinds of helper thin21 (issue 10, session 16; docs/heldout/heldout21-thin.md),
// through the command, in new wording: the thin categories' word families
// (the reverse-DNS record in other words and languages, greylisting named
// in other languages, a mailbox that moved or names the new address, a
// receiving account turned off, a mail server's internal error in other
// languages, Exim's "Temporary local problem" beside a generic temporary
// refusal); each as the argument and piped (one explanation, the same
// verdict).
func TestExplainThin21Kinds(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		argVerdict
	}{
		{"ptr-es", argVerdict{"Mensaje rechazado: falta el registro PTR de la IP 198.51.100.9", "ptr-required", "permanent"}},
		{"ptr-ja", argVerdict{"逆引きできないサーバーからのメールは受け付けません", "ptr-required", "permanent"}},
		{"ptr-fcrdns", argVerdict{"554 5.7.1 FCrDNS failed for 198.51.100.9", "ptr-required", "permanent"}},
		{"grey-de", argVerdict{"Zustellung verzögert: Absender auf der grauen Liste", "greylisted", "transient"}},
		{"moved-de", argVerdict{"Herr Kim ist umgezogen, neue Adresse kim@branch.example", "moved", "permanent"}},
		{"moved-new-address", argVerdict{"The helpdesk can now be reached at help@desk.example", "moved", "permanent"}},
		{"disabled-ja", argVerdict{"このアカウントは利用停止中のため受信できません", "mailbox-disabled", "permanent"}},
		{"internal-error-it", argVerdict{"Errore interno del server di posta, nuovo tentativo più tardi", "server-error", "transient"}},
		{"size-de", argVerdict{"Versand fehlgeschlagen: Anhang zu groß", "message-too-big", "permanent"}},
		{"local-problem", argVerdict{"451 4.3.0 Temporarily rejected: Temporary local problem - please try later", "server-error", "transient"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}
