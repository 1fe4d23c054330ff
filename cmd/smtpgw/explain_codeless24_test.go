package main

import "testing"

// Kinds of helper codeless24 (issue 10; docs/heldout/heldout24-codeless.md)
// through the command, in new wording: an address opted out after a hard
// bounce, an unsubscription after soft bounces, a Portuguese soft bounce,
// a connection refused for a blacklisted IP, a German invalid domain, a
// Japanese automatic reply.
func TestExplainCodeless24Kinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Opted out: hard bounce, mailbox does not exist", "user-unknown", "permanent"},
		{"Unsubscribed automatically after four soft bounces", "unknown", "permanent"},
		{"Devolução temporária: caixa de entrada cheia", "mailbox-full", "transient"},
		{"Connection refused: your IP is blacklisted by the receiving site", "reputation", "permanent"},
		{"Empfängerdomain ungültig", "host-unknown", "permanent"},
		{"自動応答: 不在にしています", "success", "success"},
	})
}

// Batch 24-codeless b's kinds through the command, in new wording: a hold
// after soft bounces in Spanish, an address on a list after a hard bounce,
// a limit on outgoing messages, a spam report holding an address, a
// deferral whose description says "could not be delivered".
func TestExplainCodeless24BatchBKinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Rebote temporal repetido: el contacto deja de recibir correos", "unknown", "permanent"},
		{"Blocked: address on the suppression list after a hard bounce", "user-unknown", "permanent"},
		{"Outgoing mail limit reached for this mailbox", "rate-limited", "transient"},
		{"Liste noire : signalé comme spam par le destinataire", "policy", "permanent"},
		{"Deferred: could not be delivered, will be resent later", "unknown", "transient"},
	})
}
