package main

import "testing"

// Held-out batch 20-prov's forms through the command, argument and standard
// input: qmail's "Giving up on <host>." after a refusal (no expiry), a
// sendmail transcript whose last line is the client's read error after the
// server's refusal (the refusal decides), a Postfix queue listing's reason in
// parentheses (queued: transient).
func TestExplainProv20FormsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"<ann@lab.example>:\n192.0.2.7 does not like recipient.\nRemote host said: 550 5.2.2 <ann@lab.example>... Mailbox full\nGiving up on 192.0.2.7.", "mailbox-full", "permanent"},
		{"----- The following addresses had permanent fatal errors -----\n<ann@lab.example>\n    (reason: 550 5.1.1 No such user)\n\n   ----- Transcript of session follows -----\n... while talking to mx.lab.example.:\n>>> RCPT To:<ann@lab.example>\n<<< 550 5.1.1 No such user\n451 4.4.1 reply: read error from mx.lab.example.", "user-unknown", "permanent"},
		{"B7C8D9E0F1     2210 Tue Dec  8 06:10:00  news@shop.example\n(host mx.lab.example[192.0.2.9] refused to talk to me: 554 5.7.1 Client host [198.51.100.4] blocked using bl.spamcop.net)\n                                         bob@lab.example", "reputation", "transient"},
	})
}
