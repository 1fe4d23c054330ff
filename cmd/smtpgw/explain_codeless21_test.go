package main

import "testing"

// Kinds of helper codeless21 (issue 10; docs/heldout/heldout21-codeless.md)
// through the command, in new wording: a delivery service's short reason
// label in another language, without a sentence or a word of mail, is a
// delivery outcome (a status label alone, or a concept the label names), as
// the argument and on standard input; a label that states no delivery (a
// folder, a settings banner, another thing refused) is still refused (exit 2).
func TestExplainCodeless21Labels(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"配信済", "success", "success"},
		{"Versandt", "success", "success"},
		{"Échec de la distribution", "unknown", "permanent"},
		{"發送失敗", "unknown", "permanent"},
		{"Ожидает отправки", "unknown", "transient"},
		{"宛先ユーザー不明", "user-unknown", "permanent"},
		{"Endereço de destino inexistente", "user-unknown", "permanent"},
		{"邮件地址格式错误", "syntax", "permanent"},
		{"Adressformat ungültig", "syntax", "permanent"},
		{"目标服务器不可达", "network", "transient"},
		{"Trop d'envois aujourd'hui", "rate-limited", "transient"},
	})
	for _, in := range []string{"Gesendete Elemente", "Paramètres enregistrés", "受信トレイ", "Pago rechazado", "Zahlung blockiert"} {
		if _, _, code := runCLI(t, "", "explain", in); code != 2 {
			t.Errorf("%q: exit %d, want 2 (no delivery outcome)", in, code)
		}
	}
}

// The kinds of held-out batch 21-codeless through the command, in new
// wording: a bounce's class named in another language, a status constant
// explained after a dash, a delivery said in a sentence, a server's
// technical trouble (argument and standard input).
func TestExplainCodeless21BatchKinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"소프트 바운스", "unknown", "transient"},
		{"Rebond dur", "unknown", "permanent"},
		{"DELIVERED – mensaje aceptado por el servidor del destinatario", "success", "success"},
		{"DEFERRED — письмо будет отправлено повторно", "unknown", "transient"},
		{"Votre message a bien été distribué", "success", "success"},
		{"Technische Probleme beim Mailserver des Empfängers", "server-error", "transient"},
	})
}
