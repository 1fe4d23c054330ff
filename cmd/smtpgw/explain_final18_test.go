package main

import "testing"

// Kinds of helper final18 (issue 10, session 13; docs/heldout/heldout18.md),
// through the command, in new wording: a multi-line reply folded again so
// its codes sit mid-line, an SMTP test tool's JSON of session lines, a
// PowerMTA accounting record.
func TestExplainFinal18Kinds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"<ann@lab.example>: host mx.far.example[198.51.100.20] said: 452-4.2.2\nThe mailbox of this user is over its storage quota. Read 452-4.2.2\nhttps://help.far.example/quota?lang=en about the 452 4.2.2\nlimits. (in reply to RCPT TO command)", "mailbox-full", "transient"},
		{`{"mx2.far.example":["220 mx2.far.example ESMTP","HELO probe.example","250 mx2.far.example","MAIL FROM:<>","250 2.1.0 Ok","RCPT TO:<gone@far.example>","550 5.1.1 gone@far.example: no such user here","QUIT",""]}`, "user-unknown", "permanent"},
		{"b,2026-11-03 11:02:09+0000,2026-11-03 11:02:01+0000,list@send.example,nobody@far.example,,failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 <nobody@far.example>: Recipient address rejected,mx.far.example (192.0.2.8),policy-related,smtp,send.example (127.0.0.1),smtp,198.51.100.3,192.0.2.8,\"8BITMIME,SIZE\",,vmta1,,,far.example/vmta1,pool", "user-unknown", "permanent"},
	})
}

// The same inputs on standard input give one explanation each, with the
// verdict they get as the argument.
func TestExplainFinal18KindsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{`{"mx2.far.example":["220 mx2.far.example ESMTP","HELO probe.example","250 mx2.far.example","MAIL FROM:<>","554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using bl.spamcop.example","QUIT",""]}`, "reputation", "permanent"},
		{"b,2026-11-03 11:04:19+0000,2026-11-03 11:04:12+0000,list@send.example,max@far.example,,failed,5.2.2 (mailbox full),smtp;552 5.2.2 Mailbox full,mx.far.example (192.0.2.8),quota-issues,smtp,send.example (127.0.0.1),smtp,198.51.100.3,192.0.2.8,\"8BITMIME,SIZE\",,vmta1,,,far.example/vmta1,pool", "mailbox-full", "permanent"},
	})
}

// Exchange 2003's NDR through the command: the body's reason when the
// trailer carries no server reply.
func TestExplainFinal18Exchange2003(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"did not reach the following recipient(s):\n\nann@nowhere-shop.example on 7/9/2006 11:40 AM\nThe destination server for this recipient could not be found in Domain Name Service (DNS). Please verify the e-mail address and retry.\n<gw.lab.example #5.4.0>", "host-unknown", "permanent"},
	})
}
