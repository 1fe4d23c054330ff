package main

import "testing"

// Held-out batch 23-lang's kinds through the command (issue 10), as the
// argument and on standard input, in new wording: STARTTLS to be issued
// first, a message expired in the queue, the sender on the recipient's own
// black list, Turkish's dotted capital İ.
func TestExplainLocalizedConcepts23(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"530 5.7.0 Il faut d'abord envoyer la commande STARTTLS", "tls-required", "permanent"},
		{"Der Absender ist auf der Blacklist dieses Postfachs eingetragen.", "policy", "permanent"},
		{"552 İleti boyutu çok büyük", "message-too-big", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"La entrega falló: el mensaje caducó en la cola del servidor.", "expired", "permanent", ""},
		{"Письмо удалено из очереди: истёк срок хранения.", "expired", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}

// Batch 23-lang b's kinds through the command: an infected attachment, too
// many connections after a refused connection, a retired address with the
// new one, Exchange's "could not be found" in the modal past.
func TestExplainLocalizedConcepts23b(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Il file allegato risulta infetto ed è stato bloccato.", "virus", "permanent"},
		{"421 Verbindung abgelehnt: zu viele gleichzeitige Verbindungen", "rate-limited", "transient"},
	})
	for _, p := range []stdinPaste{
		{"Questo indirizzo non è più utilizzato, scrivete a nuovo@ufficio.example", "moved", "permanent", ""},
		{"Não é possível entregar: Pedido\n\nO endereço de email que você inseriu não pôde ser encontrado.", "user-unknown", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}
