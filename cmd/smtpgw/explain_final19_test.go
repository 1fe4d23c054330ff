package main

import "testing"

// Kinds of helper final19 (issue 10, session 14; docs/heldout/heldout19.md),
// through the command, in new wording: a 551 that names the address to
// use, a mail client's dialog that gives the code as a label's value, a
// busy mailbox, a daily limit without a code.
func TestExplainFinal19Kinds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"551 5.1.6 try m.berg@newfirm.example instead", "moved", "permanent"},
		{"Die Nachricht konnte nicht gesendet werden. Serverfehler: 554.\nFehlernummer: 0x800CCC7A", "unknown", "permanent"},
		{"450 Mailbox busy, come back later", "server-error", "transient"},
		{"Mailer error: the daily sending limit of this account was reached", "rate-limited", "transient"},
	})
}

// The same inputs on standard input give one explanation each, with the
// verdict they get as the argument.
func TestExplainFinal19KindsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Die Nachricht konnte nicht gesendet werden. Serverfehler: 554, Fehlernummer: 0x800CCC7A", "unknown", "permanent"},
		{"<lee@far.example>: host mx.far.example[198.51.100.4] said: 551 try lee.k@near.example (in reply to RCPT TO command)", "moved", "permanent"},
	})
}
