package main

import "testing"

// Input forms of the last hop (issue 10, held-out batch 20-lda) through the
// command, as the argument and on standard input. The wording is new (not
// rows of the batch).

// On standard input, one line each: a list's bounce log (a member disabled
// after bounces), a Sieve pipe that found no program, a Postfix lmtp(8)
// deferral when Sieve could not run.
func TestExplainLda20FormsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"Feb 02 08:15:00 2027 (5120) wardens: li@corp.example disabling due to bounce score 4.0 >= 3.0", "user-unknown", "permanent", ""},
		{"Feb  2 08:16:00 mx dovecot: lmtp(li@corp.example)<88><Zx9>: Error: sieve: pipe action: failed to pipe message to program: program `learn-spam' not found", "server-error", "transient", ""},
		{"Feb  2 08:17:00 mx postfix/lmtp[901]: 4E5F6A7B8C: to=<li@corp.example>, relay=mail.corp.example[private/dovecot-lmtp], delay=0.4, delays=0.1/0/0/0.3, dsn=4.3.0, status=deferred (host mail.corp.example[private/dovecot-lmtp] said: 451 4.3.0 <li@corp.example> Execution of Sieve filters was aborted due to temporary failure (in reply to end of DATA command))", "server-error", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c}) // each paste alone: one explanation
	}
}

// The same kinds as the argument, multi-line forms among them: a bounce
// counted (nothing removed), a platform that silenced an address, an
// intake's refusal of an auto-reply, a hard quota, an owner's over-limit
// notice, an address that names its replacement.
func TestExplainLda20FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Feb 02 08:18:00 2027 (77) Member li@corp.example on list wardens@lists.corp.example, bounce score = 1.", "unknown", "transient"},
		{"Hello,\n\nMessages to li@corp.example were bouncing, so the group has silenced this address.\nYou remain a member.", "user-unknown", "permanent"},
		{"Processing log\n\nRejected: auto-reply message from li@corp.example", "policy", "permanent"},
		{"Sorry, li@corp.example is over the hard quota of its account; message refused.", "mailbox-full", "permanent"},
		{"Subject: Mailbox limit\n\nYou are exceeding the size limit of your mailbox by 2 MB.\nYou may not be able to send new mail until you reduce your mailbox size.", "mailbox-full", "transient"},
		{"The address sales@corp.example is no longer in use; please write to orders@corp.example instead.", "moved", "permanent"},
	})
}

// Batch b's forms: a list manager's log line on standard input; a forum's
// refusal of a post by mail and a group's moderation notice as the argument.
func TestExplainLda20bForms(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"Feb  2 08:20:00 lists minimalist[781]: Can not open list file for wardens", "server-error", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c})
	}
	checkArgVerdicts(t, []argVerdict{
		{"Subject: Failure\n\nYour post by email was not accepted: this topic is locked.", "policy", "permanent"},
		{"Your message to wardens@groups.corp.example is pending moderator approval; it is deleted if nobody approves it within 14 days.", "policy", "transient"},
	})
}
