package main

import "testing"

// Helper kinds23's engine-level kinds through the command, in new wording:
// compounds written as one word in German, Dutch and Swedish, and an Exim
// log paste whose later line delivered the recipient it had deferred.
func TestExplainKinds23Compounds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Nachricht nicht zugestellt: Empfängerpostfach ist voll", "mailbox-full", "permanent"},
		{"550 Ontvangersmailbox zit vol", "mailbox-full", "permanent"},
		{"Mottagaradressen finns inte", "user-unknown", "permanent"},
	})
}

func TestExplainKinds23EximLaterDelivery(t *testing.T) {
	t.Parallel()
	// (as the argument: on standard input a log is read line by line, one
	// explanation per delivery line)
	checkArgVerdicts(t, []argVerdict{
		{"2025-02-03 11:40:09 1tZq1r-0007Hk-4d == lena@fjord.example R=dnslookup T=remote_smtp defer (-45) H=mx.fjord.example [192.0.2.71]: SMTP error from remote mail server after RCPT TO:<lena@fjord.example>: 451 4.7.1 Please try again later (greylisting)\n2025-02-03 11:55:12 1tZq1r-0007Hk-4d => lena@fjord.example R=dnslookup T=remote_smtp H=mx.fjord.example [192.0.2.71] C=\"250 2.0.0 Message accepted\"\n2025-02-03 11:55:12 1tZq1r-0007Hk-4d Completed", "success", "success"},
	})
}
