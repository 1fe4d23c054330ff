package main

import "testing"

// Kinds of helper codeless27 (issue 10; docs/heldout/heldout27-codeless.md)
// through the command, in new wording: a mail sent said in other
// languages, a localized refusal without a cause, Node's resolver codes,
// a Chinese sending cap, a negated "reachable", a delivered status with
// advice after it.
func TestExplainCodeless27Kinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Письмо с кодом подтверждения успешно отправлено.", "success", "success"},
		{"パスワード再設定メールを送信しました。", "success", "success"},
		{"Die Nachricht wurde versendet.", "success", "success"},
		{"Il server ha rifiutato il messaggio.", "unknown", "permanent"},
		{"queryAaaa ESERVFAIL mx2.far.example", "network", "transient"},
		{"今日发信数量已达上限", "rate-limited", "transient"},
		{"Delivered: accepted by the recipient's server. Tip: add a List-Unsubscribe header for bulk mail.", "success", "success"},
	})
}

// Batch b's kinds through the command: a Portuguese SES delay, a Spanish
// communication failure, an unsubscribe, check_smtp's slow answer.
func TestExplainCodeless27BatchBKinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Problema temporário no servidor do destinatário: a entrega foi adiada.", "server-error", "transient"},
		{"Fallo de comunicación con el servidor SMTP del destinatario.", "network", "transient"},
		{"Unsubscribed (one-click)", "policy", "permanent"},
		{"SMTP CRITICAL - 30.000 sec. response time", "network", "transient"},
	})
}
