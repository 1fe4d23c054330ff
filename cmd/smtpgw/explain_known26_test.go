package main

import "testing"

// The kinds known26 found among the known failures, through the command
// (issue 10), as the argument and on standard input, in new wording: an
// application's "Mail delivery failed via SMTP server" over a connection
// failure, Cisco Secure Email's bounce over a 4xx, Cyrus lmtpd's quota
// log, qmail-queue's exit status, a connection ended after inactivity.
func TestExplainKnownFailureKinds26(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Mail delivery failed via SMTP server 'smtp.corp.example'.\nConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it", "network", "transient"},
		{"The following message to <max@far.example> was undeliverable.\nThe reason for the problem:\n5.x.1 - Maximum number of delivery attempts exceeded. [Default] 451-'4.3.0 Mail server temporarily rejected message'", "server-error", "permanent"},
		{"qmail-queue exited 53: write error", "server-error", "transient"},
		{"Email delivery failed: connect ECONNREFUSED 10.0.0.12:2525", "network", "transient"},
		{"This Message was undeliverable due to the following reason: the destination computer was not found.", "host-unknown", "permanent"},
	})
	for _, p := range []stdinPaste{
		{"Feb  2 11:40:19 mail cyrus/lmtp[1187]: verify_user(user.finance) failed: Over quota", "mailbox-full", "transient", ""},
		{"The server closed the connection after a period of inactivity (Server: 'pop.lab.example', Protocol: POP3)", "network", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{p})
	}
}
