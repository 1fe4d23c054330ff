package main

import "testing"

// A webmail's report of a refused command in the user's language (issue 10,
// held-out batch 12-intl: Roundcube's localization files), through the
// command as the argument and on standard input. The wording is new (not
// rows of the batch).
func TestExplainLocalizedWebmailForms(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{`SMTP-Fehler (550): Empfänger "jonas@amt.example" konnte nicht hinzugefügt werden (5.1.1 <jonas@amt.example>: Recipient address rejected: User unknown in local recipient table)`, "user-unknown", "permanent"},
		{`Błąd SMTP (535): Uwierzytelnianie nie powiodło się`, "auth-failed", "permanent"},
		{`Chyba SMTP (-1): Připojení k serveru se nezdařilo`, "network", "transient"},
	})
	checkStdinPastes(t, []stdinPaste{
		{`Erreur SMTP (554) : impossible d'ajouter le destinataire « paul@mairie.example » (5.7.1 <paul@mairie.example>: Relay access denied)`, "relay-denied", "permanent", ""},
		{`Errore SMTP (530): impossibile impostare il mittente "ada@ditta.example" (5.7.0 Must issue a STARTTLS command first)`, "tls-required", "permanent", ""},
	})
}
