package main

import "testing"

// Helper parse25's parser kinds through the command, in new wording: each
// multi-line paste piped whole gives exactly one explanation, the same as
// the text given as the argument.
//
//   - a line a mail client's flowed format wrapped (a blank at its end);
//   - a reply quoted in prose, cut inside its quote;
//   - the server's side of a transcript without its commands;
//   - smtplib's debug lines that repeat the reply ("reply: retcode");
//   - a DSN quoted with '>' whose folded field lost its indentation;
//   - a report's outcome over the quoted reply's class (an Exchange NDR
//     over a 4xx: permanent), and a JSON event's soft_bounce flag.
func TestExplainParse25StdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
	}{
		{"The relay refused our newsletter run with \"550 5.7.1 Client host \nrejected: cannot find your hostname\" again this morning.", "ptr-required", "permanent"},
		{"Mails to Ola keep bouncing (\"552 5.2.2 <ola@far.example>: mailbox\nfull, over quota\") since Friday.", "mailbox-full", "permanent"},
		{"250 2.1.0 Sender OK\n250 2.1.5 Recipient OK\n354 Start mail input\n554 5.7.1 Message refused: spam content", "spam-content", "permanent"},
		{"send: 'rcpt TO:<ola@far.example>'\nreply: b'550 5.1.1 No such mailbox: ola'\nreply: retcode (550); Msg: b'5.1.1 No such mailbox: ola'", "user-unknown", "permanent"},
		{"> Final-Recipient: rfc822; ola@far.example\n> Action: failed\n> Status: 5.1.1\n> Diagnostic-Code: smtp; 550 5.1.1 <ola@far.example>: Recipient address\n> rejected: User unknown in virtual mailbox table", "user-unknown", "permanent"},
		{"Delivery has failed to these recipients or groups:\n\nola@far.example\nRemote server returned '451 4.4.1 Connection timed out'", "network", "permanent"},
		{`{"event": "bounce", "email": "ola@far.example", "soft_bounce": true, "reason": "552 5.2.2 Mailbox over quota"}`, "mailbox-full", "transient"},
	} {
		checkStdinAndArgument(t, c.in, c.cat, c.class)
	}
}
