package main

import "testing"

// Input forms of hosting control panels' mail stacks (issue 10, held-out
// batch 14-panel) through the command. The wording is new (not rows of the
// batch).

// Each paste alone on standard input is one explanation: a Plesk handler's
// REJECT and DEFER lines (on standard input a maillog is a stream of
// events, each line its own; as the argument, below, the handler line is
// the context of Postfix's "5.7.1 Command rejected" after it); an Exim
// ratelimit line; a host's notice that the sender's account was suspended.
func TestExplainPanel14FormsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"Jan  9 04:11:52 web5 psa-pc-remote[4410]: 5E6F7A8B9C: REJECT during call 'dmarc' handler", "sender-auth", "permanent", ""},
		{"psa-pc-remote[4410]: DEFER during call '/usr/local/psa/handlers/before-queue/05-grey-77aa11/executable' handler", "greylisted", "transient", ""},
		{"2026-12-06 09:00:00 H=(laptop) [192.0.2.9] F=<a@shop.example> temporarily rejected RCPT <b@far.example>: Sender rate 40.2 / 1h", "rate-limited", "transient", "RCPT TO"},
		{"Your email account has been suspended: too many of its messages bounced today. Change the password to send again.", "policy", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c}) // each paste alone: one explanation
	}
}

// The same kinds given as the argument, and a handler that passed (a
// success, exit 0).
func TestExplainPanel14FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"psa-pc-remote[4410]: REJECT during call 'spf' handler\npostfix/cleanup[4411]: 5E6F7A8B9C: milter-reject: END-OF-MESSAGE from gw.far.example[198.51.100.12]: 5.7.1 Command rejected; from=<ceo@far.example> to=<ann@corp.example>", "sender-auth", "permanent"},
		{"postfix-local[4412]: PASS during call 'dd52-domainkeys' handler", "success", "success"},
		{"Email account web@shop.example: restricted for sending spam", "policy", "permanent"}, // common22: the account held for spam
		{"Account locked: the password was entered incorrectly too many times", "auth-failed", "permanent"},
	})
}
