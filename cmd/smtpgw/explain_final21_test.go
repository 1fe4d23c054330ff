package main

import "testing"

// Kinds of helper final21 (issue 10; docs/heldout/heldout21.md), through
// the command, in new wording: a transcript's closing disconnect after the
// refusal that caused it, a log's hand-off to a content filter before the
// line that bounces, an error object's message before its status field, an
// HTTP status field whose words are only a status's phrase, a worm's fake
// bounce with numbered lines.
func TestExplainFinal21Kinds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"C: RCPT TO:<zed@far.example>\nS: 550 5.7.1 <zed@far.example>: Relay access denied\nC: RCPT TO:<zoe@far.example>\nS: 421 4.7.0 mx.far.example Error: too many errors", "relay-denied", "permanent"},
		{"Jul  9 10:00:01 gw postfix/smtp[12]: 1A2B3C: to=<sam@far.example>, relay=127.0.0.1[127.0.0.1]:10024, dsn=2.0.0, status=sent (250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 4D5E6F)\nJul  9 10:00:02 gw postfix/smtp[13]: 4D5E6F: to=<sam@far.example>, relay=none, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=far.example type=MX: Host not found)", "host-unknown", "permanent"},
		{"message: 'Email address is not verified. The following identities failed the check in region SA-EAST-1: info@shop.example',\ncode: 'MessageRejected',\nstatusCode: 400", "sender-invalid", "permanent"},
		{"Error: { status: 401, details: 'Forbidden', type: 'MailgunAPIError' }", "auth-failed", "permanent"},
		{"Occured_Errors:\n\n203.0.113.88_failed_after_I_sent_the_message.\n# 366: This_account_has_been_disabled_[#91].\n# 219: mailbox_unavailable\n\nEnd", "mailbox-disabled", "permanent"},
	})
}

// The same kinds on standard input give one explanation each, with the
// verdict they get as the argument.
func TestExplainFinal21KindsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"C: RCPT TO:<zed@far.example>\nS: 550 5.7.1 <zed@far.example>: Relay access denied\nC: RCPT TO:<zoe@far.example>\nS: 421 4.7.0 mx.far.example Error: too many errors", "relay-denied", "permanent"},
		{"message: 'Email address is not verified. The following identities failed the check in region SA-EAST-1: info@shop.example',\ncode: 'MessageRejected',\nstatusCode: 400", "sender-invalid", "permanent"},
		{"Occured_Errors:\n\n203.0.113.88_failed_after_I_sent_the_message.\n# 366: This_account_has_been_disabled_[#91].\n# 219: mailbox_unavailable\n\nEnd", "mailbox-disabled", "permanent"},
	})
}
