package main

import "testing"

// Kinds of helper codeless17 (issue 10; docs/heldout/heldout17-codeless.md)
// through the command, in new wording: texts without a reply code as the
// argument (an application's missing address, a hidden MAIL FROM/RCPT TO
// reply, a system that does not send off-site, the sending MTA's own service
// failure and own MX, a temporary problem at the receiving server, a
// provider's hold on the account, a log line's temporary refusal and
// sendmail's stat=queued) and such lines in a list on standard input.
func TestExplainCodeless17Kinds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"MailerError: cannot send, recipient is missing", "syntax", "permanent"},
		{"mailer: no sender specified in configuration, message dropped", "sender-invalid", "permanent"},
		{"Mailer: failed to add recipient <ana@far.example>", "unknown", "unknown"},
		{"** bo@far.example: remote delivery is disabled on this host", "relay-denied", "permanent"},
		{"Jan  3 04:05:07 relay postfix/qmgr[70]: 1A2B3C: status=deferred (defer failed)", "server-error", "transient"},
		{"outbound: MX 198.51.100.4 is local, skipping\noutbound: temp fail: Tried all MXs", "server-error", "transient"},
		{"There was a temporary issue with the recipient's mail server.", "server-error", "transient"},
		{"Your account has been temporarily blocked from sending after unusual activity", "policy", "transient"},
		{"2026-01-02 03:04:05 H=mx.near.example [192.0.2.9] F=<x@near.example> temporarily rejected RCPT <y@far.example>", "unknown", "transient"},
		{"Jan  9 10:11:12 gw sendmail[401]: 0A1B2C3D: to=<y@far.example>, delay=00:00:01, mailer=esmtp, stat=queued", "unknown", "transient"},
		// batch 17-codeless b's kinds
		{"sendmail: fatal: www-data(33): Recipient addresses must be specified on the command line", "syntax", "permanent"},
		{"postfix/postdrop[9120]: warning: unable to look up public/pickup: Connection refused", "server-error", "transient"},
		{"InvalidArgumentException: Email \"noreply at shop\" does not comply with addr-spec of RFC 2822.", "syntax", "permanent"},
		{"{\"error\": {\"code\": 400, \"message\": \"Mail service is not enabled for this user\", \"status\": \"FAILED_PRECONDITION\"}}", "policy", "permanent"},
	})
	// a list: the first line is a reply, so each line stands alone
	checkStdinPastes(t, []stdinPaste{
		{in: "550 5.1.1 <ana@far.example>: Recipient address rejected: User unknown", cat: "user-unknown", class: "permanent"},
		{in: "ValidationError: recipients are not defined for this notification", cat: "syntax", class: "permanent"},
		{in: "net_smtp: could not set sender [ops@near.example]", cat: "unknown", class: "unknown"},
		{in: "Mail to remote domains is not permitted from this relay", cat: "relay-denied", class: "permanent"},
		{in: "Deferred: we received a high volume of unsolicited mail from your domain", cat: "reputation", class: "transient"},
		{in: "The mailbox ana@far.example is no longer in use", cat: "mailbox-disabled", class: "permanent"},
	})
}

// A text that is no delivery outcome is still refused (exit 2).
func TestExplainCodeless17GateRefuses(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"the quick brown fox", "Jan  9 10:11:12 gw postfix/smtpd[9]: connect from unknown[192.0.2.1]"} {
		if _, _, code := runCLI(t, "", "explain", in); code != 2 {
			t.Errorf("explain %q: exit %d, want 2", in, code)
		}
	}
}
