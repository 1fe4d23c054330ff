package main

import "testing"

// Input forms of security gateways and further MTAs (issue 10, held-out
// batch 18-gw) through the command, as the argument and on standard input.
// The wording is new (not rows of the batch).

// Log lines without a code on standard input, one explanation each: a
// Java MTA's log of a sender address it could not parse, a gateway's log
// reason naming its filter layer, a gateway's note that it does not
// protect the recipient's domain.
func TestExplainGw18FormsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"2026-12-07 10:10:01 INFO smtp - Error parsing sender address: <bo@far.example: unbalanced brackets", "sender-invalid", "permanent", ""},
		{"Dec  7 10:10:02 gw mailflow: blocked msg 5531 from bo@far.example: Intent Analysis (promo.example)", "spam-content", "permanent", ""},
		{"Rejected: the recipient domain far.example is not a protected domain", "relay-denied", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c}) // each paste alone: one explanation
	}
}

// The same kinds as the argument, in the forms senders paste: a Postfix
// bounce quoting the stated command form, an Exim bounce quoting a
// sender-address syntax error, a client library's error for a sender not
// the authenticated user's, an Exchange NDR wrapping a header check.
func TestExplainGw18FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"<li@far.example>: host mail.far.example[192.0.2.71] said: 550 Invalid syntax. Syntax should be MAIL FROM:<address> (in reply to MAIL FROM command)", "syntax", "permanent"},
		{"SMTP error from remote mail server after MAIL FROM:<bo@@corp.example>: 501 5.1.7 Syntax error in the sender address", "sender-invalid", "permanent"},
		{"smtplib.SMTPSenderRefused: (503, b'5.7.1 Sender does not match the authenticated user', 'ceo@corp.example')", "sender-invalid", "permanent"},
		{"Remote Server returned '554 5.5.5 Header checks reject'", "policy", "permanent"},
	})
}

// Batch 18-gw b forms: a mail server's failed-login log line and a
// gateway's description of an unverifiable sender on standard input (one
// explanation each); a Postfix deferral quoting unfinished data and a
// bounce quoting a suspended sending server as the argument.
func TestExplainGw18bForms(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"[smtp.2:9001] [2026-12-08T09:00:01.001] DEBUG -- : [ZZ9ABC]    WARN: AUTH failure for 198.51.100.77", "auth-failed", "permanent", ""},
		{"Sender verification failed: the sender email address could not be verified", "sender-invalid", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c})
	}
	checkArgVerdicts(t, []argVerdict{
		{"Dec  8 09:00:02 mx postfix/smtp[500]: 1A2B3C4D5E: to=<li@corp.example>, relay=127.0.0.1[127.0.0.1]:10024, delay=30, delays=0.1/0/0.1/30, dsn=4.5.0, status=deferred (host 127.0.0.1[127.0.0.1] said: 451 4.5.0 Local delivery failed: incomplete data (in reply to end of DATA command))", "network", "transient"},
		{"<li@far.example>: host relay.send.example[192.0.2.93] said: 535 Mail server is suspended (in reply to RCPT TO command)", "policy", "permanent"},
	})
}

// Batch 18-gw c form: a policy server's log line on standard input (one
// explanation), read by its module and with its action's class.
func TestExplainGw18cForms(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"Dec  8 10:01:00 relay cbpolicyd[601]: module=Quotas, action=defer, host=192.0.2.44, helo=app.corp.example, from=app@corp.example, to=li@far.example, reason=quota_match, policy=5, quota=3, limit=3, track=SASLUsername:app, counter=MessageCount, quota=201.00/200 (100.5%)", "rate-limited", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c})
	}
}
