package main

import "testing"

// Held-out batch 17-lang's kinds through the command (issue 10), as the
// argument and on standard input, in new wording: a message returned to
// its sender (no refusal of the sender), a quota exceeded in the language's
// own words, a message expired in the queue, a wrong user name or password,
// a server that cannot be reached, the receiver's service unavailable, and
// outcomes stated without a cause.
func TestExplainLocalizedConcepts17(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Письмо возвращается отправителю: размер сообщения превышает допустимый.", "message-too-big", "permanent"},
		{"La casella del destinatario ha superato la quota assegnata.", "mailbox-full", "permanent"},
		{"Zpráva vypršela ve frontě a nebyla doručena.", "expired", "permanent"},
		{"Nazwa użytkownika lub hasło są nieprawidłowe.", "auth-failed", "permanent"},
		{"421 Servizio non disponibile, chiusura del canale di trasmissione", "server-error", "transient"},
	})
	for _, p := range []stdinPaste{
		{"Mottagarens e-postserver går inte att nå just nu.", "network", "transient", ""},
		{"Kontingent des Postfachs überschritten; die Nachricht wird nicht erneut gesendet.", "mailbox-full", "permanent", ""},
		{"Ошибка отправки письма.", "unknown", "unknown", ""},
		{"El mensaje no se entregó; el servidor volverá a intentar el envío.", "unknown", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}

// Batch 17-lang b's kinds through the command: the server's memory short,
// a queue frozen, a mail loop, a connection that fails in the present
// tense, a message that will expire, a deferral.
func TestExplainLocalizedServerStates17b(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Nedostatek paměti na poštovním serveru.", "server-error", "transient"},
		{"La cola de salida está congelada.", "server-error", "transient"},
		{"Обнаружена почтовая петля: превышено число переходов.", "server-error", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"Próby połączenia z serwerem nie udają się.", "network", "transient", ""},
		{"Сообщение отложено сервером.", "unknown", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}
