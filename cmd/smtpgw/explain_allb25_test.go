package main

import "testing"

// Kinds of helper allb25 (issue 10; docs/heldout/heldout25-allb.md) through
// the command, in new wording: a bare CR, a stated greylisting over a list
// marker, malware words over a product name, a Chinese anti-spam
// interception, a German invalid sender address, a Chinese forwarding block.
func TestExplainAllb25Kinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"421 4.7.0 mx.rcpt.example Error: bare <CR> received", "rfc-noncompliant", "transient"},
		{"451 [RBL] you have been greylisted, try again in 300 seconds", "greylisted", "transient"},
		{"550 5.7.1 SPFBL: message was detected as possible malware", "virus", "permanent"},
		{"550 邮件被反垃圾系统拦截", "spam-content", "permanent"},
		{"SMTP-Fehler: Ungültige Absenderadresse", "sender-invalid", "permanent"},
		{"550 5.7.520 您的组织不允许外部转发", "policy", "permanent"},
	})
}
