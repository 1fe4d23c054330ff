package main

import "testing"

// Held-out batch 25-lang's kinds through the command (issue 10), as the
// argument and on standard input, in new wording: "requires" said with
// the verb in Turkish and Finnish, a deadline in Norwegian, an Arabic
// connection time-out, a DNS query that failed, a sender that is not the
// account logged in.
func TestExplainLocalizedConcepts25(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Gönderim başarısız: SMTP sunucusu kimlik doğrulaması gerektiriyor.", "auth-required", "permanent"},
		{"Viestiä ei voitu lähettää: palvelin vaatii todennuksen.", "auth-required", "permanent"},
		{"DNS-Abfrage fehlgeschlagen: kein Ergebnis für mx.firma.example", "network", "transient"},
		{"寄件失败：发件人地址与认证账号不一致", "sender-invalid", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"Meldingen ble ikke levert innen tidsfristen og sendes tilbake til avsenderen.", "expired", "permanent", ""},
		{"تعذر الإرسال: انتهت مهلة الاتصال بخادم البريد", "network", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}
