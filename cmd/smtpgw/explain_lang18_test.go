package main

import "testing"

// Held-out batch 18-lang's kinds through the command (issue 10), as the
// argument and on standard input, in new wording: the concepts in the
// languages with less coverage (a recipient unknown or disabled, the
// sender's address invalid or blocked, too many recipients, a password
// wrong, encryption required, a virus, a message returned to its sender for
// the recipient's state), and the mixed form people paste: a localized
// client's error around an English SMTP reply, where the reply decides.
func TestExplainLocalizedConcepts18(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Ο παραλήπτης δεν υπάρχει σε αυτόν τον διακομιστή.", "user-unknown", "permanent"},
		{"תיבת הדואר של המשתמש מושבתת.", "mailbox-disabled", "permanent"},
		{"A feladó e-mail-címe érvénytelen.", "sender-invalid", "permanent"},
		{"Quá nhiều người nhận trong một thư.", "rate-limited", "transient"},
		{"Kata sandi yang Anda masukkan salah.", "auth-failed", "permanent"},
		{"Kryptering (TLS) er påkrevd for denne tjeneren.", "tls-required", "permanent"},
		// the English reply inside a localized wrapper decides
		{"Hiba történt a levél küldése közben. A levelezőkiszolgáló válasza: 550 5.1.1 <anna@ceg.example>: Recipient address rejected: User unknown in virtual mailbox table.", "user-unknown", "permanent"},
		{"Følgende SMTP-fejl opstod: 554 5.7.1 Service unavailable; Client host [192.0.2.77] blocked using zen.spamhaus.org", "reputation", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"Лист повернуто відправнику.", "unknown", "permanent", ""},
		{"Mesajul conține un virus și a fost respins.", "virus", "permanent", ""},
		{"Viesti palautettiin lähettäjälle: vastaanottajan tili on lukittu.", "mailbox-disabled", "permanent", ""},
		{"ผู้ส่งอยู่ในบัญชีดำของผู้รับ", "policy", "permanent", ""},
		{"تأخر التسليم، سيحاول الخادم مرة أخرى", "unknown", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}

// Batch 18-lang b's kinds through the command: STARTTLS the server does not
// use, plain-text passwords it does not allow, a server that will go on
// trying.
func TestExplainLocalizedVerbs18b(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Máy chủ không sử dụng STARTTLS.", "tls-required", "permanent"},
		{"Serveren tillater ikke passord i klartekst.", "auth-failed", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"Ο διακομιστής θα συνεχίσει να προσπαθεί να παραδώσει το μήνυμα.", "unknown", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}
