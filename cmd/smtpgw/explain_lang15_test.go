package main

import "testing"

// Messages in the languages of held-out batch 15-lang through the command
// (issue 10), as the argument and on standard input: a client's own
// failure without a code, read by the concept tables' new words, and
// Exchange's X.1.10 with localized words that say the recipient does not
// exist. The wording is new (not rows of the batch).
func TestExplainLocalizedClientErrors15(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{`Laiško išsiųsti nepavyko: ryšys su serveriu smtp.pastas.example nutrūko.`, "network", "transient"},
		{`Prijava na strežnik smtp.posta.example: overjanje ni uspelo.`, "auth-failed", "permanent"},
		{`550 5.1.10 Adresa e-pošte primatelja ne postoji.`, "user-unknown", "permanent"},
		{`Немате дозволу за слање поште овом примаоцу.`, "policy", "permanent"},
	})
	// each codeless paste on its own standard input (free lines without a
	// code are read as one paste)
	for _, p := range []stdinPaste{
		{`ไม่สามารถเชื่อมต่อกับเซิร์ฟเวอร์ smtp.mail.example ได้ หมดเวลา`, "network", "transient", ""},
		{`Sūtītāja adrese (No:) ir nepareiza.`, "sender-invalid", "permanent", ""},
		{`SMTP-server smtp.post.example ei toeta STARTTLS-i.`, "tls-required", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}

// Batch b's kinds through the command: Icelandic, Georgian and Bulgarian
// words, new wording.
func TestExplainLocalizedClientErrors15b(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{`Sending mistókst: tenging við póstþjón smtp.postur.example rann út.`, "network", "transient"},
		{`SMTP შეცდომა: ავტორიზაცია ვერ მოხერხდა.`, "auth-failed", "permanent"},
	})
	checkStdinPastes(t, []stdinPaste{{`SMTP грешка: Не може да се удостовери пред пощенския сървър.`, "auth-failed", "permanent", ""}})
}
