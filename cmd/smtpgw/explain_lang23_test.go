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
