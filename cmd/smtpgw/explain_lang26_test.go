package main

import "testing"

// Held-out batch 26-lang's kinds through the command (issue 10), as the
// argument and on standard input, in new wording: a localized table's
// class word, an invalid-domain label, the sender's missing domain,
// relaying not permitted.
func TestExplainLocalizedConcepts26(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"| Buzón lleno | El buzón del destinatario superó su cuota. | Leve |", "mailbox-full", "transient"},
		{"Ungültige Domain: die Domain der E-Mail-Adresse ist falsch oder existiert nicht.", "host-unknown", "permanent"},
		{"Проверка отправителя не пройдена: домен не существует", "sender-invalid", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"Tipo de devolução: suave — Motivo: caixa do destinatário lotada", "mailbox-full", "transient", ""},
		{"中継が許可されていないため、メッセージは拒否されました", "relay-denied", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}
