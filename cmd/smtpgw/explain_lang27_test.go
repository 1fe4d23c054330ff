package main

import "testing"

// Held-out batch 27-lang's kinds through the command (issue 10), as the
// argument and on standard input, in new wording: RFC 5321's 553 text
// translated, an address's syntax error, Microsoft's restricted-sender
// sentence, a recipient's server out of service, a Persian block list.
func TestExplainLocalizedConcepts27(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"553 Запрошенное действие не выполнено: имя почтового ящика недопустимо", "unknown", "permanent"},
		{"Синтаксическая ошибка в адресе", "syntax", "permanent"},
		{"Ihre Nachricht konnte nicht zugestellt werden, weil Sie nicht als gültiger Absender erkannt wurden.", "reputation", "permanent"},
		{"Motivo del rebote: el servidor del destinatario está fuera de servicio", "network", "transient"},
		// batch 27-langb: "try again later" and "access denied" alone, the domain's authentication
		{"Dočasná chyba serveru, zkuste to znovu později", "server-error", "transient"},
		{"Zpráva odmítnuta: přístup odepřen", "policy", "permanent"},
		{"Le message a été refusé (authentification de domaine)", "sender-auth", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"Il server del destinatario è fuori servizio", "network", "transient", ""},
		{"550 آدرس IP ارسال\u200cکننده در لیست سیاه قرار گرفته است", "reputation", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}
