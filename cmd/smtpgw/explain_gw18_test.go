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
