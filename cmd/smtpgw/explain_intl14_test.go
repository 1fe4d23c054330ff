package main

import "testing"

// Localized client and library errors through the command (issue 10,
// held-out batch 14-intl: Thunderbird, PHPMailer's language files), as the
// argument and on standard input: a typographic apostrophe, a sender called
// invalid, STARTTLS not advertised, the requests a server did not accept.
// The wording is new (not rows of the batch).
func TestExplainLocalizedClientErrors14(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{`Le serveur n’accepte pas la méthode d’authentification choisie.`, "auth-failed", "permanent"},
		{`Adresa odesílatele je neplatná.`, "sender-invalid", "permanent"},
		{`Erro de SMTP: Impossível autenticar.`, "auth-failed", "permanent"},
		// batch b: a connection that expired is a timeout, not an expired message
		{`Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) « smtp.fai.example » a expiré. Veuillez essayer à nouveau.`, "network", "transient"},
	})
	// each codeless paste on its own standard input (free lines without a
	// code are read as one paste)
	for _, p := range []stdinPaste{
		{`STARTTLS kann nicht verwendet werden, da der Server es nicht ankündigt.`, "tls-required", "permanent", ""},
		{`Il server del destinatario non ha accettato le nostre richieste: non accetta connessioni.`, "network", "transient", ""},
		{`Mesaj gönderilemedi: SMTP sunucusuna bağlanamadı.`, "network", "transient", ""},
		{`SMTP 서버에 접속할 수 없습니다.`, "network", "transient", ""},
		// batch c: Slovak words
		{`Odoslanie zlyhalo: pripojenie k serveru bolo prerušené.`, "network", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}

// A webmail's words before the code name the sender or a recipient (batch
// 14-intl c): the stage, shown, and the bare code read at it.
func TestExplainWebmailNamedStage14(t *testing.T) {
	t.Parallel()
	for _, p := range []stdinPaste{
		{`Erro SMTP (553): Falha ao definir o remetente "rh@empresa.example"`, "sender-invalid", "permanent", "MAIL FROM"},
		{`SMTP ошибка (550): Невозможно добавить получателя "pavel@zavod.example"`, "unknown", "permanent", "RCPT TO"},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
	checkArgVerdicts(t, []argVerdict{
		{`Błąd SMTP (553): Nie można ustawić nadawcy "kadry@urzad.example"`, "sender-invalid", "permanent"},
		// batch d: with the server's text, its words decide the stage
		{`Error SMTP (550): No se ha podido establecer remitente "rosa@taller.example" (5.1.1 <rosa@taller.example>: Recipient address rejected: User unknown in local recipient table)`, "user-unknown", "permanent"},
	})
}
