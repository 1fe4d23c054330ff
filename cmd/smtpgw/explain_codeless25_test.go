package main

import "testing"

// Kinds of helper codeless25 (issue 10; docs/heldout/heldout25-codeless.md)
// through the command, in new wording: a delivery postponed in Italian and
// Korean, a delivery that failed in Chinese, a delivery done in Spanish, a
// Chinese status label after a full-width colon, a Chinese bounce page's
// reason heading, a Chinese expiry after many attempts, a spam filter named
// as the blocker, a connection the client had trouble making.
func TestExplainCodeless25Kinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"La consegna della posta è stata differita.", "unknown", "transient"},
		{"메시지 배달이 지연되었습니다.", "unknown", "transient"},
		{"递送到收件人服务器失败", "unknown", "permanent"},
		{"El mensaje se entregó al buzón del destinatario.", "success", "success"},
		{"失败：邮件被对方服务器退回。", "unknown", "permanent"},
		{"退信原因：对方退信了", "unknown", "permanent"},
		{"邮件重试多次后仍无法投递", "expired", "permanent"},
		{"Your newsletter was caught by the recipient's spam filter", "spam-content", "permanent"},
		{"Mailer had trouble connecting to the SMTP host", "network", "transient"},
	})
}

// Batch 25-codeless b's kinds through the command, in new wording: a
// localized suppression list, a Spanish complaint, a message back in the
// queue in Russian, no more attempts, a French "délivré".
func TestExplainCodeless25BatchBKinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"No enviado: dirección en la lista de supresión", "policy", "permanent"},
		{"El suscriptor marcó el boletín como spam", "policy", "permanent"},
		{"Письмо возвращено в очередь после неудачной попытки", "unknown", "transient"},
		{"Delivery failed and no further attempts will be made", "unknown", "permanent"},
		{"Votre message n'a pas pu être délivré au destinataire.", "unknown", "permanent"},
	})
}
