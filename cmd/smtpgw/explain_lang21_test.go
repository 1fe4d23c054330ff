package main

import "testing"

// Held-out batch 21-lang's kinds through the command (issue 10), as the
// argument and on standard input, in new wording: the concepts the less
// covered languages lacked (TLS not available, a certificate error, a relay
// refusal that asks for authentication, sending not enabled for the
// account, an attachment the server does not allow, a spam filter, a
// bandwidth limit, too many connections, a wrong password).
func TestExplainLocalizedConcepts21(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Serwer poczty wychodzącej nie obsługuje STARTTLS.", "tls-required", "permanent"},
		{"메일 서버 인증서 오류", "tls-required", "permanent"},
		{"Sunucu, kimlik doğrulaması yapılmadan iletileri aktarmıyor.", "relay-denied", "permanent"},
		{"Voor dit account is verzenden niet ingeschakeld.", "policy", "permanent"},
		{"Chybné uživatelské jméno nebo heslo k účtu.", "auth-failed", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"A melléklet típusa nem engedélyezett a kiszolgálón.", "policy", "permanent", ""},
		{"Thư của bạn đã bị bộ lọc thư rác chặn.", "spam-content", "permanent", ""},
		{"Przekroczono przepustowość konta. Spróbuj ponownie za godzinę.", "rate-limited", "transient", ""},
		{"Liian monta samanaikaista yhteyttä.", "rate-limited", "transient", ""},
		{"Nume de utilizator sau parolă greșită.", "auth-failed", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}

// Batch 21-lang b's kinds through the command: too many hops between
// servers (a loop), "there is no such" account, a time-out in one word, a
// quota in a compound.
func TestExplainLocalizedConcepts21b(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Túl sok ugrás történt a levelezőkiszolgálók között.", "server-error", "permanent"},
		{"Det finns inget sådant e-postkonto.", "user-unknown", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"Bağlantı zamanaşımına uğradı.", "network", "transient", ""},
		{"Mottagarens e-postkvot har överskridits.", "mailbox-full", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}
