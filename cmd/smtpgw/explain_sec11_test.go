package main

import "testing"

// Forms of filtering software and gateways (issue 10, held-out batch
// 11-sec) through the command. The wording is new (not rows of the batch).

// spamdyke's syslog lines, one per line on standard input: each gives one
// explanation, its verdict from spamdyke's code (not from the line's field
// names, its program name or a dashed address in a host name).
func TestExplainSec11SpamdykeLogStdin(t *testing.T) {
	t.Parallel()
	checkStdinPastes(t, []stdinPaste{
		{"Apr  2 09:15:00 gw spamdyke[9101]: DENIED_RDNS_MISSING from: bo@far.example to: ops@lab.example origin_ip: 203.0.113.90 origin_rdns: (unknown) auth: (unknown) encryption: (none) reason: (empty)", "ptr-required", "permanent", ""},
		{"Apr  2 09:15:01 gw spamdyke[9102]: DENIED_IP_IN_CC_RDNS from: bo@far.example to: ops@lab.example origin_ip: 203.0.113.91 origin_rdns: 203-0-113-91.adsl.isp.example.ar auth: (unknown) encryption: (none) reason: (empty)", "ptr-required", "permanent", ""},
		{"Apr  2 09:15:02 gw spamdyke[9103]: DENIED_RBL_MATCH from: bo@far.example to: ops@lab.example origin_ip: 203.0.113.92 origin_rdns: mx.far.example auth: (unknown) encryption: (none) reason: bl.lists.example", "reputation", "permanent", ""},
		{"Apr  2 09:15:03 gw spamdyke[9104]: DENIED_GRAYLISTED from: bo@far.example to: ops@lab.example origin_ip: 203.0.113.93 origin_rdns: mx.far.example auth: (unknown) encryption: (none) reason: (empty)", "greylisted", "transient", ""},
	})
}

// An Exchange NDR's line naming the filtering organization that refused,
// given alone without a code: a permanent outcome whose cause is unknown,
// not input the command refuses; and a gateway's spam words at MAIL FROM
// are the sender's reputation.
func TestExplainSec11Argument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"The following organization rejected your message: mx2.filter.example.", "unknown", "permanent"},
		{"<bo@lab.example>: host mx.filter.example[192.0.2.90] said: 554 5.7.1 Your\n    message looks like spam (in reply to MAIL FROM command)", "reputation", "permanent"},
	})
}
