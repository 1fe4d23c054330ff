package main

import "testing"

// Held-out batch 19-lang's kinds through the command (issue 10), as the
// argument and on standard input, in new wording: the eight big languages'
// concepts the batch's first run missed (a connection lost in Chinese, a
// host lookup, STARTTLS not supported, sending too often, an address
// unknown, the sender on the recipient's block list, a delay warning that
// goes on trying, a group that is no loop), and the mixed form people
// paste: a localized client error or NDR around an English SMTP reply,
// where the reply decides.
func TestExplainLocalizedConcepts19(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"與伺服器的連線已斷開", "network", "transient"},
		{"ホストの検索に失敗しました", "host-unknown", "permanent"},
		{"发信太频繁，请稍后再试", "rate-limited", "transient"},
		{"Die Adresse existiert nicht.", "user-unknown", "permanent"},
		// the English reply inside a localized wrapper decides
		{"Casella di posta non disponibile. Il server ha risposto: 552 5.2.2 <anna@azienda.example>: Mailbox full", "mailbox-full", "permanent"},
		{"次の受信者またはグループへの配信に失敗しました:\n\nyamada@torihiki.example\n\nリモート サーバーが返したエラー: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", "user-unknown", "permanent"},
		{"Ошибка сервера: 421 4.7.0 [203.0.113.9] Our system has detected an unusual rate of unsolicited mail originating from your IP address.", "rate-limited", "transient"},
	})
	for _, p := range []stdinPaste{
		{"O STARTTLS não é suportado por este servidor.", "tls-required", "permanent", ""},
		{"Votre adresse figure dans la liste de blocage du destinataire.", "policy", "permanent", ""},
		{"Сообщение ещё не доставлено, сервер продолжит попытки.", "unknown", "transient", ""},
		{"Usuario ou senha invalidos", "auth-failed", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}

// Batch 19-lang b's kinds through the command: Exchange Online's localized
// 5.4.1, a recipient that accepts only internal senders, a user name and
// password required (and a password required in Hungarian), an attachment
// over N MB, the sender's domain below an authentication level, the sender
// named as who typed the address.
func TestExplainLocalizedConcepts19b(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"550 5.4.1 Dirección del destinatario rechazada: acceso denegado", "user-unknown", "permanent"},
		{"Le destinataire est configuré pour refuser les messages des expéditeurs externes.", "policy", "permanent"},
		{"Jelszó szükséges.", "auth-required", "permanent"},
		{"Der Anhang ist größer als 25 MB.", "message-too-big", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"Вам необходимо ввести имя пользователя и пароль.", "auth-required", "permanent", ""},
		{"El dominio no cumple el nivel de autenticación requerido.", "sender-auth", "permanent", ""},
		{"Die vom Absender eingegebene E-Mail-Adresse existiert nicht.", "user-unknown", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}
