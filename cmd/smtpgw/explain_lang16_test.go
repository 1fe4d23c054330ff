package main

import "testing"

// Messages of held-out batch 16-lang's kinds through the command (issue
// 10), as the argument and on standard input: a localized Microsoft NDR
// (header and the Outlook.com "not found" line), a client that timed out
// waiting for the server's response, a login refused, Outlook's localized
// connection report. The wording is new (not rows of the batch).
func TestExplainLocalizedNDRs16(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Ihre Nachricht an ute@praxis.example konnte nicht zugestellt werden.\n\nute wurde in praxis.example nicht gefunden.", "user-unknown", "permanent"},
		{"Error al entregar a estos destinatarios o grupos:\n\npedidos@granja.example\nEl buzón está lleno. Inténtelo más tarde.", "mailbox-full", "permanent"},
		{"SMTP サーバーからの応答を待っている間にタイムアウトしました。", "network", "transient"},
		{"Сервер исходящей почты отклонил пароль.", "auth-failed", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"Uw bericht aan kees@kwekerij.example kan niet worden bezorgd.\n\nkees is niet gevonden in kwekerij.example.", "user-unknown", "permanent", ""},
		{"La connessione al server non è riuscita. Account: 'Casa', Server: 'smtp.bottega.example', Protocollo: SMTP, Porta: 587, Sicuro (SSL): No, Errore socket: 10060", "network", "transient", ""},
		{"Zustellung an folgende Empfänger oder Gruppen verzögert:\n\ninfo@praxis.example", "unknown", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}

// Batch 16-lang b's kinds through the command: a count in another
// language is no reply code, failed logins behind a blocked IP, an account
// blocked for suspicious activity, a Chinese address that does not exist.
func TestExplainLocalizedBlocks16b(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Z tego konta można wysłać maksymalnie 200 e-maili na godzinę; limit został przekroczony.", "rate-limited", "transient"},
		{"Votre adresse IP est temporairement bloquée : trop de tentatives de connexion échouées.", "auth-failed", "transient"},
	})
	for _, p := range []stdinPaste{
		{"Ваш аккаунт заблокирован из-за подозрительной активности.", "policy", "permanent", ""},
		{"退信原因：收件人邮箱地址不存在。", "user-unknown", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}

// Batch 16-lang c's kinds through the command.
func TestExplainLocalizedProviderNotices16c(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Die Annahme wurde aus administrativen Gründen temporär abgelehnt.", "policy", "transient"},
		{"Uw IP is tijdelijk geblokkeerd: te veel inlogpogingen in korte tijd.", "auth-failed", "transient"},
	})
	checkStdinPastes(t, []stdinPaste{{"Ваш дневной лимит отправки писем превышен.", "rate-limited", "transient", ""}})
}
