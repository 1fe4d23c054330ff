package main

import "testing"

// Kinds of helper codeless19 (issue 10; docs/heldout/heldout19-codeless.md)
// through the command, in new wording: an MTA's own failing machinery, a
// socket timer that expired, a held message, queue and status forms — as
// the argument, and a queue listing or a table pasted on standard input.
func TestExplainCodeless19Kinds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"warning: process /usr/lib/postfix/sbin/smtp pid 9 killed by signal 9", "server-error", "transient"},
		{"postfix/qmgr[3]: warning: connect to transport private/dkimsign: No such file or directory", "server-error", "transient"},
		{"dovecot: lmtp(kim): Fatal: setuid(1001) failed: Operation not permitted", "server-error", "transient"},
		{"semaphore timeout period has expired (mx2.far.example)", "network", "transient"},
		{"Queue state: Retry", "unknown", "transient"},
		{"Transient/MessageTooLarge", "message-too-big", "transient"},
		// batch 19-codeless b's kinds
		{"2026-02-03 04:05:06 1vQwEr-0009Zz-1A Frozen (delivery error message)", "unknown", "transient"},
		{"recipient_status: lee@far.example##Receive, Send", "success", "success"},
		{"event: activity.soft_bounced", "unknown", "transient"},
	})
	// a queue listing and a table, each pasted whole (argument and standard input)
	checkWholePastes(t, []argVerdict{
		{" 2d  3.1K 1uQrSt-0004Lm-2Z <> *** frozen ***\n          owner@lists.example", "unknown", "transient"},
		{"Identity     DeliveryType          Status  MessageCount NextHopDomain\n------------ --------------------- ------- ------------ -------------\nMBX1\\17      SmartHostConnector    Retry              4 relay.example", "unknown", "transient"},
	})
}
