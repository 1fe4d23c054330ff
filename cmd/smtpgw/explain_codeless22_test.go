package main

import "testing"

// Kinds of helper codeless22 (issue 10; docs/heldout/heldout22-codeless.md)
// through the command, in new wording: a bounce's localized title, a
// reason label written with hyphens, a cause said in a sentence of a
// delivery service's or a help page's list (a server's temporary error, a
// server that could not be contacted, a server that blocked the delivery,
// a mailbox closed for inactivity), as the argument and on standard input;
// an upload's size error and an idle session are still refused (exit 2).
func TestExplainCodeless22Kinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Niedostarczalne: Faktura 11/2026", "unknown", "permanent"},
		{"Non recapitabile: Riunione di lunedì", "unknown", "permanent"},
		{"Soft bounce: Connection-timeout", "network", "transient"},
		{"Erreur temporaire du serveur de messagerie", "server-error", "transient"},
		{"No se pudo contactar con el servidor de correo", "network", "transient"},
		{"Der Empfängerserver hat die Zustellung blockiert", "policy", "permanent"},
		{"Conta desativada por inatividade", "mailbox-disabled", "permanent"},
	})
	for _, in := range []string{"Die Datei ist zu groß zum Hochladen", "Sesión cerrada por inactividad"} {
		if _, _, code := runCLI(t, "", "explain", in); code != 2 {
			t.Errorf("%q: exit %d, want 2 (no delivery outcome)", in, code)
		}
	}
}
