package main

import (
	"strings"
	"testing"
)

// Held-out batch 19-prov: a provider's bounce pasted whole on standard input
// gives the argument's verdict, one explanation and no totals line: the lead
// lines above the reply (GMX's "SMTP error from remote server ...", T-Online's
// Smail separators and message log, a webmail's "The response from the
// remote server was:") and the lines below it (Verizon's "Message details:",
// a client's advice) are the paste's context, not a list's lines.
func TestExplainProv19BouncePastesStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"\"ola@mx.far.example\":\nSMTP error from remote server for RCPT TO command:\nhost: mx.far.example\n552 5.2.2 <ola@mx.far.example>: mailbox over quota", "mailbox-full", "permanent"},
		{"Error: 552 - Requested mail action aborted: exceeded storage allocation\n\nMessage details:\n  Subject: Invoice 4411\n  MAIL FROM: billing@shop.example\n  RCPT TO: 5550100199@vtext.example", "mailbox-full", "permanent"},
		{"|------------------------- Message log follows: -------------------------|\nno valid recipients were found for this message\n|------------------------- Failed addresses follow: ---------------------|\n <jan.k@t-online.example>\n   554 5.7.1 <jan.k@t-online.example>: Relay access denied", "relay-denied", "permanent"},
		{"Message not delivered\nThere was a problem delivering your message to lisa@far.example.\nThe response from the remote server was:\n552 5.2.2 The email account that you tried to reach is over quota.", "mailbox-full", "permanent"},
		{"Sending failed.\nThe outgoing server answered: 550 5.7.1 Message rejected as spam by content filter\nCheck the message and send it again.", "spam-content", "permanent"},
	})
}

// A list stays a list: codeless lines that each name a cause before a reply
// are explained one by one, and a log's lines that carry nothing are
// counted at the end.
func TestExplainProv19ListsStayLists(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "Envelope expired\n550 5.1.1 <ab@far.example>: User unknown\n", "explain", "--json", "-")
	if code != 0 || strings.Count(out, `"category"`) != 2 || !strings.Contains(out, `"expired"`) || !strings.Contains(out, `"user-unknown"`) {
		t.Errorf("a cause, then a reply: exit %d, want two explanations:\n%s", code, out)
	}
	log := "Dec  7 05:00:01 mx postfix/smtpd[11]: connect from unknown[192.0.2.9]\nDec  7 05:00:02 mx postfix/smtp[12]: C3: to=<ab@far.example>, relay=mx.far.example[192.0.2.10]:25, dsn=5.1.1, status=bounced (host mx.far.example[192.0.2.10] said: 550 5.1.1 no such user (in reply to RCPT TO command))\n"
	out, _, code = runCLI(t, log, "explain", "--json", "-")
	if code != 0 || strings.Count(out, `"category"`) != 1 || !strings.Contains(out, `"unexplained_lines":1`) {
		t.Errorf("a mail log: exit %d, want one explanation and the connect line counted:\n%s", code, out)
	}
}
