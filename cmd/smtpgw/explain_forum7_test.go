package main

import (
	"strings"
	"testing"
)

// Replies as they are pasted in the forums of people who run mail servers
// (issue 10, held-out batch 7), through the command: one per line on
// standard input, and multi-line pastes as the argument. The wording is new
// (not rows of the batch).
func TestExplainForumFormsStdin(t *testing.T) {
	t.Parallel()
	lines := []stdinPaste{
		// a webmail's code in parentheses, the server's text in the last ones
		{`SMTP Error (550): Failed to add recipient "joe@far.example" (5.1.1 <joe@far.example>: Recipient address rejected: User unknown in virtual mailbox table).`, "user-unknown", "permanent", "RCPT TO"},
		{`SMTP Error (553): Failed to set sender "web@lab.example" (5.7.1 <web@lab.example>: Sender address rejected: not owned by user box@lab.example).`, "sender-invalid", "permanent", "MAIL FROM"},
		// the code in brackets (a line a log scanner would otherwise skip)
		{`Error SMTP: [554] Message rejected as spam by the content filter`, "spam-content", "permanent", ""},
		// qmail-send's log: failure and deferral are the outcome
		{`delivery 512: failure: Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/`, "user-unknown", "permanent", ""},
		{`delivery 77: deferral: Connected_to_192.0.2.5_but_connection_died._(#4.4.2)/`, "network", "transient", ""},
		// a dotted code
		{`554.5.7.1 Relay access denied`, "relay-denied", "permanent", ""},
	}
	checkStdinPastes(t, lines)
	// the card shows the code taken out of the brackets
	out, _, code := runCLI(t, lines[2].in+"\n", "explain", "-")
	if code != 0 || !strings.HasPrefix(out, "554") || !strings.Contains(out, "spam-content") {
		t.Errorf("card:\n%s", out)
	}
}

func TestExplainForumFormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		// a Postfix bounce quoted in mutt, a frame before every line
		{"│This is the mail system at host mx.lab.example.\n│\n│I'm sorry to have to inform you that your message could not\n│be delivered to one or more recipients. It's attached below.\n│\n│<kim@far.example>: connect to mx.far.example[192.0.2.44]:25: Connection\n│    refused", "network", "permanent"},
		// an Exim delay notice without a code: the notice says temporary
		{"This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a temporary error. The following address(es) deferred:\n\n  ann@far.example\n    Domain lab.example has exceeded the max emails per hour (250/200 (125%)) allowed.  Message will be reattempted later", "rate-limited", "transient"},
		// a bounce whose reason no rule knows is still an outcome
		{"Hi. This is the Haraka Mailer program at mx.lab.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\nIntended Recipients: <bo@far.example>\nFailure Reason: Error: recipient failed", "unknown", "permanent"},
		// a Status without a Diagnostic-Code: the body's words count
		{"Domain lab.example has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.\nAction: failed\nFinal-Recipient: rfc822; bo@far.example\nStatus: 5.0.0", "rate-limited", "permanent"},
		// Roundcube shows the last reply it had (EHLO's 250) when the failure is its own
		{"SMTP Error (250): Authentication failed.", "auth-failed", "permanent"},
		{"SMTP Error (-1): Connection to server failed.", "network", "transient"},
		// amavis accepts what it throws away
		{"The message WAS NOT relayed to:\n<ops@lab.example>:\n   250 2.7.0 Ok, discarded, id=0101-02 - INFECTED: Eicar-Signature", "virus", "permanent"},
	})
	// the codeless bounce exits 0 with code null, not 2
	out, errOut, code := runCLI(t, "", "explain", "--json", "Hi. This is the qmail-send program at mx.lab.example.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<x@far.example>:\nThe far end hung up on us.")
	if code != 0 || !strings.Contains(out, `"code":null`) {
		t.Errorf("exit %d, stderr %q:\n%s", code, errOut, out)
	}
}
