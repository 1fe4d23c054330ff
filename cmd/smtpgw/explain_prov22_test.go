package main

import "testing"

// Held-out batch 22-prov's forms through the command, argument and standard
// input: a hoster's limit whose count stands in the sentence (Norwegian,
// Indonesian: no reply code read from it), a Russian per-hour limit that
// names the mailbox, Cloudmark's unprefixed AUP rate code in an Exim bounce
// line, TalkTalk's policy code, a captcha-lifted rate limit, a lockout after
// wrong passwords without a code.
func TestExplainProv22FormsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Kontoen kan sende til maks 250 mottakere i løpet av 24 timer.", "rate-limited", "transient"},
		{"Batas pengiriman tercapai: maksimal 150 email per jam.", "rate-limited", "transient"},
		{"Превышен лимит отправки: не более 300 писем в час с одного почтового ящика.", "rate-limited", "transient"},
		{"2026-03-04 10:02:11 1rXy2Z-000Abc-1Q == kim@shaw.example R=dnslookup T=remote_smtp defer (-44) H=mx.shaw.example [192.0.2.88]: SMTP error from remote mail server after initial connection: 421 cmsmtp blocked. AUP#CNCT", "rate-limited", "transient"},
		{"550 5.7.1 Message rejected (TT992)", "policy", "permanent"},
		{"You crossed the hourly rate limit for this mailbox. Log in to webmail and answer the CAPTCHA to send again.", "rate-limited", "transient"},
		{"Lockout: the mail app tried the incorrect password too many times.", "auth-failed", "transient"},
	})
}
