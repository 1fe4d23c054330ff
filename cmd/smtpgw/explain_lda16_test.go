package main

import "testing"

// Input forms of the last hop (issue 10, held-out batch 16-lda) through the
// command, as the argument and on standard input. The wording is new (not
// rows of the batch).

// A Postfix local(8) log line whose status text is the agent's own store
// failure; a Dovecot LDA line that names a Sieve reject; a list manager's
// hold notice whose reason is the message's size; an mlmmj-style denial
// with its Subject header for a list address missing from To/Cc.
func TestExplainLda16FormsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"Apr  3 09:00:01 mx postfix/local[501]: 6F7081: to=<li@mx.corp.example>, relay=local, delay=0.2, dsn=4.2.0, status=deferred (destination /var/mail/li is not a regular file)", "server-error", "transient", ""},
		{"Apr  3 09:00:02 mail dovecot: lda(li)<77><Zx1>: sieve: msgid=<y1@far.example>: rejected message from <ads@far.example> (reject)", "policy", "permanent", ""},
		{"Your mail to 'Choir' with the subject\n\n    Scores\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Message body is too big: 900000 bytes with a limit of 100 KB", "message-too-big", "transient", ""},
		{"Subject: Post to choir@lists.corp.example denied: Scores\n\nYour message could not be posted because the list address was not found in the To: or Cc: header.", "policy", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c}) // each paste alone: one explanation
	}
}

// The same kinds as the argument: a local agent's success line without a
// code (a folder the filter chose), a maildrop failure, a sendmail local
// mailer's sysexits name, a list that does not exist under a pipe
// command's output.
func TestExplainLda16FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Apr  3 09:01:00 mail dovecot: lmtp(li@corp.example)<78><Zx2>: sieve: msgid=<y2@far.example>: stored mail into mailbox 'Junk'", "success", "success"},
		{"maildrop: Unable to create a dot-lock at /home/li/Maildir.lock", "server-error", "transient"},
		{"stat=Deferred: local mailer (/usr/libexec/mail.local) exited with EX_TEMPFAIL", "server-error", "transient"},
		{"status=bounced (service unavailable. Command output: no such list: choir )", "user-unknown", "permanent"},
	})
}

// Batch b forms: qmail-send's log of a local delivery deferral (words with
// underscores, a #4.2.1 that is no disabled mailbox), a qmail bounce of a
// list manager's refusal, Majordomo's referral subject, a Postfix pipe line
// whose command output names a refused connection.
func TestExplainLda16bForms(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"@400000006a1b2c3d1e2f3a4b delivery 915: deferral: Unable_to_chdir_to_maildir._(#4.2.1)/", "server-error", "transient", ""},
		{"Hi. This is the qmail-send program at lists.corp.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<choir@lists.corp.example>:\nezmlm-reject: fatal: Sorry, I don't accept message with empty Subject (#5.7.0)", "policy", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c})
	}
	checkArgVerdicts(t, []argVerdict{
		{"Subject: BOUNCE choir@lists.corp.example: Approval required", "policy", "transient"},
		{`Apr  3 10:00:00 mx postfix/pipe[600]: 8C9D0E: to=<in@corp.example>, relay=relay2ssh, delay=1, dsn=5.3.0, status=bounced (Command died with status 255: "/usr/bin/ssh". Command output: ssh: connect to host relay2.corp.example port 22: No route to host )`, "network", "permanent"},
	})
}

// Batch c forms: Sendmail's local mailer line quoting mail.local's reply
// about the mailbox file, and Exim's deferral of a mailbox with the wrong
// owner.
func TestExplainLda16cForms(t *testing.T) {
	t.Parallel()
	checkStdinPastes(t, []stdinPaste{
		{"Apr  3 11:00:00 mx sm-mta[900]: 5CD6EF7A000900: to=<li@mx.corp.example>, delay=00:00:01, xdelay=00:00:01, mailer=local, pri=30700, dsn=5.2.0, stat=Service unavailable: 550 5.2.0 /var/mail/li: irregular file", "server-error", "permanent", ""},
	})
	checkArgVerdicts(t, []argVerdict{
		{"2026-04-03 11:01:00 1wSaBc-000FgH-I1 == li@corp.example R=localuser T=local_delivery defer (0): mailbox /var/mail/li has wrong uid (1003 != 1004)", "server-error", "transient"},
	})
}
