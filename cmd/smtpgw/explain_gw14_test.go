package main

import "testing"

// Input forms of gateways and filters (issue 10, held-out batch 14-gw)
// through the command. The wording is new (not rows of the batch).

// Each record given alone on standard input is one explanation: a
// gateway's rejected-message record of fields whose last states the
// rejection's type; a filter report's status with its disposition on the
// next line; a named blocklist in an Exim reject line; a quarantine notice
// with its reason as a field.
func TestExplainGw14FormsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"Reason: bl.spamsource.example\nCategory: RBL\nReject message: client [203.0.113.44] blocked using bl.spamsource.example\nReject type: temporary", "reputation", "transient", ""},
		{"Blocked attachment\nQuarantined", "policy", "permanent", ""},
		{"2026-12-06 10:01:02 H=mx.far.example [198.51.100.70]:41000 F=<news@far.example> rejected RCPT <ann@corp.example>: [SPFBL] blocked.", "reputation", "permanent", "RCPT TO"},
		{"Sender: billing@far.example\nSubject: Statement\nQuarantine reason: attachment detonation (malicious)", "virus", "permanent", ""},
		{"DEFER - Defers due to unknown forwarding destination corp.example", "host-unknown", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c}) // each paste alone: one explanation
	}
}

// The same forms given as the argument, and a filter's report that the
// message was delivered with a tag (a success, exit 0).
func TestExplainGw14FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Reason: spf\nCategory: SPF\nReject message: SPF check failed for far.example\nRejection type: temporary", "sender-auth", "transient"},
		{"Blocked attachment\nQuarantined", "policy", "permanent"},
		{"554 5.7.1 [SPFBL] 198.51.100.70 listed", "reputation", "permanent"},
		{"Quarantine reason: attachment detonation", "virus", "permanent"},
		{"DELIVER - delivered but flagged as bulk", "success", "success"},
		{"Your message wasn't delivered to anyone because the limit is 100 recipients per message.", "rate-limited", "permanent"},
	})
}

// Batch b forms: a scanner's status record whose fields name the engines
// (read by their values), and a scan result badge with its status line, on
// standard input and as the argument.
func TestExplainGw14bForms(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"Anti-Virus status: Clean\nAnti-Phishing status: Malicious Link", "spam-content", "permanent", ""},
		{"Scan result: Sender RevDNS Fail\nStatus: Rejected", "ptr-required", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c})
	}
	checkArgVerdicts(t, []argVerdict{
		{"Anti-Spam status: Not Spam\nContent filtering status: Banned Attachment Name", "policy", "permanent"},
		{"Blocking Reason: Temporary\nSender IP: 198.51.100.23 (reputation list)", "reputation", "transient"},
	})
}
