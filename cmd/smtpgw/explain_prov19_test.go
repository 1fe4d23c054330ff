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
		// Gmail's reply with its enhanced code on every line, the basic code only on the first
		{"550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been\n5.7.26 blocked. The sender must authenticate with at least one of SPF or DKIM. For this message,\n5.7.26 DKIM checks did not pass and SPF check for [lab.example] did not pass with ip: [203.0.113.4].", "sender-auth", "permanent"},
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

// Batch 19-prov's layouts in new wording, argument and standard input: Yahoo's
// reply on the line after "Remote host said:", Zoho's "Invalid Address,
// ERROR_CODE :", au by KDDI's indented notice, Microsoft 365's Dutch NDR,
// Google Workspace's "** Message not delivered **".
func TestExplainProv19LayoutsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Sorry, we were unable to deliver your message to the following address.\n\n<lia@lab.example>:\nRemote host said:\n550 5.1.1 <lia@lab.example>... No such user\n[RCPT_TO]", "user-unknown", "permanent"},
		{"This message was created automatically by mail delivery software.\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\nmo@lab.example Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.2 <mo@lab.example>... Mailbox Full", "mailbox-full", "permanent"},
		{"Your mail sent on: Tue, 8 Dec 2026 09:00:00 +0900\n    Could not be delivered to: <nao@au.example>\n    As their mailbox is full.", "mailbox-full", "permanent"},
		{"Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen:\n\nkees@lab.example\n\nDiagnostische gegevens voor beheerders:\n\nBronserver: DB9PR04MB1111.eurprd04.prod.outlook.example\n\nkees@lab.example\nRemote Server returned '552 5.2.2 STOREDRV.Deliver; mailbox full'", "mailbox-full", "permanent"},
		{"** Message not delivered **\nYour message could not be delivered to pia@lab.example because the address could not be found. Check for typos or unnecessary spaces and try again.", "user-unknown", "permanent"},
	})
}
