package main

import "testing"

// Held-out batch 24-lang's kinds through the command (issue 10), as the
// argument and on standard input, in new wording: the sender's IP address
// on a black list said with the sender's address inside it, an e-mail
// address that expired, a bounce that only asks to check the recipient's
// address, relaying refused with the verb first.
func TestExplainLocalizedConcepts24(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"550 Отклонено: IP-адрес отправителя есть в черном списке", "reputation", "permanent"},
		{"Die Zustellung ist fehlgeschlagen, weil die E-Mail-Adresse des Empfängers abgelaufen ist.", "user-unknown", "permanent"},
		{"550 5.7.1 No se permite retransmitir correo (relay) a dominios externos", "relay-denied", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"Il messaggio non è stato recapitato. Verificare l'indirizzo del destinatario.", "user-unknown", "permanent", ""},
		{"Zpráva nebyla doručena v časovém limitu a vrací se odesílateli.", "expired", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}
