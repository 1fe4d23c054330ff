package main

import "testing"

// Held-out batch 22-lang's kinds through the command (issue 10), as the
// argument and on standard input, in new wording: the large providers'
// non-English forms (Gmail's headlines and SMTP table in the big languages,
// the recipient who blocked the sender, a changed address, a delay notice).
func TestExplainLocalizedConcepts22(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Il server del destinatario non ha accettato le nostre richieste di connessione", "network", "transient"},
		{"El destinatario ha bloqueado tu dirección de correo.", "policy", "permanent"},
		{"450 4.2.1 O usuário está recebendo e-mails a uma taxa que impede a entrega de outras mensagens.", "rate-limited", "transient"},
		{"Адрес получателя изменился.", "moved", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"No se ha encontrado la dirección\n\nTu mensaje no se ha entregado a marta@clinica.example porque no se ha encontrado el dominio clinica.example.", "host-unknown", "permanent", ""},
		{"相手のメールアカウントは無効になっています。", "mailbox-disabled", "permanent", ""},
		{"Zustellung verzögert\n\nGmail versucht es noch 40 Stunden lang.", "unknown", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}

// Batch 22-lang b's kinds through the command: a PEC box that refuses
// ordinary mail, a sending limit reached by the mailbox, relaying as a verb.
func TestExplainLocalizedConcepts22b(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Casella PEC non abilitata alla ricezione di posta non certificata.", "policy", "permanent"},
		{"Ящик достиг лимита на отправку писем, попробуйте через час.", "rate-limited", "transient"},
	})
	checkStdinPastes(t, []stdinPaste{{"El servidor no permite retransmitir el mensaje al dominio del destinatario.", "relay-denied", "permanent", ""}})
}
