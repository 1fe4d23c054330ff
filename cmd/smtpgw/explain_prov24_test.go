package main

import "testing"

// Held-out batch 24-prov's kinds through the command: a 535 listing its
// causes with the password among them, Postfix's sender restriction refused
// at RCPT TO.
func TestExplainProv24FormsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"535 Login failed: the password is incorrect, the account is locked, or the system is busy.", "auth-failed", "permanent"},
		{"status=bounced (host relay.isp.example[192.0.2.8] said: 550 5.1.0 <daemon@web.example>: Sender address rejected: User unknown in relay recipient table (in reply to RCPT TO command))", "sender-invalid", "permanent"},
	})
}

// Batch 24-prov b through the command: SFR's GU_EIB code family.
func TestExplainProv24bFormsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"<luc@isp.example>: host mx.isp.example[192.0.2.44] said: 554 5.7.1 Abus constaté GU_EIB_04 (in reply to MAIL FROM command)", "reputation", "permanent"},
	})
}
