package main

import "testing"

// Held-out batch 25-prov's kinds through the command: a spam class given to
// the connecting host, United Internet's case link with a masked host.
func TestExplainProv25FormsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Diagnostic-Code: smtp; 554 5.7.1 <smtp.hoster.example[192.0.2.30]>: Client host rejected: SPAM", "reputation", "permanent"},
		{"554 Transaction failed Reject due to policy restrictions. For explanation visit https://web.example/mail/senderguidelines?ip=192.0.2.61&c=hi", "rfc-noncompliant", "permanent"},
	})
}

// Batch 25-prov b's kind through the command: a refusal that names the
// receiver's abuse desk.
func TestExplainProv25bFormsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"421 Try again later (192.0.2.185). Please contact abuse@mail.example.", "reputation", "transient"},
	})
}
