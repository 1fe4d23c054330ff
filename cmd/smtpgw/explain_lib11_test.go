package main

import (
	"strings"
	"testing"
)

// Client libraries' wrappers around a reply (issue 10, held-out batch
// 11-lib) through the command, in new wording: System.Net.Mail's words for
// the code, a status enum name, curl's failed command, Outlook's dialog
// fields. One per line on standard input, and as the argument.
func TestExplainLib11FormsStdin(t *testing.T) {
	t.Parallel()
	checkStdinPastes(t, []stdinPaste{
		// .NET's words are 552; the server's words say the message is too big
		{"System.Net.Mail.SmtpException: Exceeded storage allocation. The server response was: 5.3.4 Message too big for system", "message-too-big", "permanent", ""},
		// .NET's words for 454 over a relay refusal
		{"SmtpException: Client does not have permission to submit mail to this server. The server response was: 4.7.1 <bo@far.example>: Relay access denied", "relay-denied", "transient", ""},
		// an enum name is the code when there is no other
		{"send failed with SmtpStatusCode.InsufficientStorage: the mailbox of bo@far.example is full", "mailbox-full", "transient", ""},
	})
}

func TestExplainLib11FormsArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, cat, class, stage string }{
		{"Send-MailMessage : Mailbox unavailable. The server response was: 5.7.1 Client host [203.0.113.4] blocked using b.barracudacentral.org\nAt line:1 char:1\n+ Send-MailMessage -From 'ops@shop.example' -To 'bo@far.example'", "reputation", "permanent", ""},
		{"MailKit.Net.Smtp.SmtpCommandException: Rejected, see the postmaster page\n   ErrorCode: RecipientNotAccepted\n   StatusCode: TransactionFailed", "unknown", "permanent", "RCPT TO"},
		// "Secure(SSL): No" is a setting of the dialog, not a TLS failure
		{"The connection to the server has failed. Account: 'Mail', Server: 'smtp.mail.example', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10061, Error Number: 0x800CCC0E", "network", "transient", ""},
		{"* MAIL failed: 553\n* Closing connection 0\ncurl: (55) MAIL failed: 553", "sender-invalid", "permanent", "MAIL FROM"},
		{"Error Domain=MCOErrorDomain Code=27 \"Sending failed: the large message is over the server's limit.\" UserInfo={NSLocalizedDescription=Sending failed: the large message is over the server's limit.}", "message-too-big", "permanent", ""},
	} {
		m := explainJSON(t, c.in)
		st, _ := m["stage"].(string)
		if m["category"] != c.cat || m["class"] != c.class || c.stage != "" && st != c.stage {
			t.Errorf("%.60q: %v/%v stage %q (rule %v), want %s/%s stage %q", c.in, m["category"], m["class"], st, m["rule"], c.cat, c.class, c.stage)
		}
	}
	// the code .NET's words stand for is the reply's code; the text is the server's
	out, _, code := runCLI(t, "", "explain", "--json", "System.Net.Mail.SmtpException: Transaction failed. The server response was: 5.7.1 Spam detected, rejected")
	if code != 0 || !strings.Contains(out, `"code":554`) || !strings.Contains(out, `"text":"Spam detected, rejected"`) || !strings.Contains(out, `"category":"spam-content"`) {
		t.Errorf("exit %d:\n%s", code, out)
	}
}
