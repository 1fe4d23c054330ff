package main

import "testing"

// Input forms of gateways and corporate mail systems (issue 10, held-out
// batch 12-gw) through the command. The wording is new (not rows of the
// batch).

// A W3C extended log line of the IIS SMTP service writes the reply with '+'
// for spaces, and a filter's key=value verdict line names its fields with
// hyphens: on standard input each line gives one explanation, from the
// reply's words and the field values, not from the field names.
func TestExplainGw12LogFormsStdin(t *testing.T) {
	t.Parallel()
	checkStdinPastes(t, []stdinPaste{
		{"2026-06-01 10:00:00 192.0.2.50 OutboundConnectionResponse SMTPSVC1 HUB01 - 25 - - 554+5.7.1+<ops@lab.example>:+Relay+access+denied 0 0 61 0 900 SMTP - - - -", "relay-denied", "permanent", ""},
		{"Jun  1 10:00:01 gw2 scanner[311]: result: message-id=<q1@far.example>, client-ip=203.0.113.95, mail-from=kim@far.example, rcpt-to=ops@lab.example, av-status=Infected, action=Rejected", "virus", "permanent", ""},
	})
}

// The same forms given as the argument.
func TestExplainGw12LogFormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"2026-06-01 10:00:02 192.0.2.51 OutboundConnectionResponse SMTPSVC1 HUB01 - 25 - - 550+5.1.1+User+unknown 0 0 30 0 700 SMTP - - - -", "user-unknown", "permanent"},
		{"Jun  1 10:00:03 gw2 scanner[312]: result: message-id=<q2@far.example>, relay-ip=203.0.113.96, as-status=Spam, action=Rejected", "spam-content", "permanent"},
	})
}

// FirstClass's spam log entry given as the argument and on standard input
// (one line): the reason code decides, not the log's word "Spam".
func TestExplainGw12FirstClassSpamLog(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Spam 1000000000 07/02/2026 04:20:00 PM relay.far.example 198.51.100.80 news@far.example RelayReject bob@elsewhere.example", "relay-denied", "permanent"},
	})
	checkStdinPastes(t, []stdinPaste{
		{"Spam 1000000000 07/02/2026 04:21:00 PM relay.far.example 198.51.100.81 news@far.example ReverseDNS", "ptr-required", "permanent", ""},
	})
}
