package main

import "testing"

// Kinds of helper client27 (issue 10; docs/heldout/heldout27-client.md)
// through the command, in new wording: a Kerberos login refused, a
// recipient refused as invalid, the server's size limit, no password, no
// outgoing server, the login's error, TLS that would not start, a session
// offline, a greeting that was not SMTP's.
func TestExplainClient27Kinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"El servidor SMTP smtp.empresa.example rechazó el ticket Kerberos/GSSAPI.", "auth-failed", "permanent"},
		{"The recipient “li@partner.example” was rejected by the server because it is invalid.", "user-unknown", "permanent"},
		{"Message of 40 MB not sent: larger than 25 MB, the maximum size allowed by the server.", "message-too-big", "permanent"},
		{"No password was provided for the outgoing server of “Arbeit”.", "auth-required", "permanent"},
		{"You have not specified an outgoing server for this account.", "unknown", "unknown"},
		{"error on authentication: 535 rejected", "auth-failed", "permanent"},
		{"could not start TLS session with the server", "tls-required", "permanent"},
		{"You are working offline: sending is postponed.", "network", "transient"},
		{"Welcome response error: * OK IMAP4rev1 Service Ready", "unknown", "unknown"},
	})
}

// Batch b's kinds through the command, in new wording: an offline send in
// French, German's "Legitimierung", a Japanese RFC text, a Russian invalid
// recipient.
func TestExplainClient27BatchBKinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Impossible d’envoyer : Evolution est hors ligne.", "network", "transient"},
		{"Legitimierung fehlgeschlagen: Benutzername oder Passwort falsch", "auth-failed", "permanent"},
		{"DATA コマンドが失敗しました: 要求された動作を中断しました: 処理中にエラー", "server-error", "transient"},
		{"Не удалось отправить: некорректный получатель", "user-unknown", "permanent"},
	})
}
