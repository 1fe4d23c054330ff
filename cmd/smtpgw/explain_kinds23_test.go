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
		// qmail-send's log: the deferral, then the same recipient's delivery
		{"@40000000675c11aa starting delivery 7: msg 88120 to remote rosa@quay.example\n@40000000675c11ab delivery 7: deferral: Connected_to_203.0.113.12_but_greeting_failed./Remote_host_said:_421_Too_many_concurrent_connections/\n@40000000675c1d02 starting delivery 9: msg 88120 to remote rosa@quay.example\n@40000000675c1d03 delivery 9: success: 203.0.113.12_accepted_message./Remote_host_said:_250_OK/", "success", "success"},
	})
}
