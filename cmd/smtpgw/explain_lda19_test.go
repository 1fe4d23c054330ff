package main

import "testing"

// Input forms of the last hop (issue 10, held-out batch 19-lda) through the
// command, as the argument and on standard input. The wording is new (not
// rows of the batch).

// On standard input, one line each: Exim's local delivery line (no code),
// Postfix pipe(8)'s sysexits text with the command's output under a 5.7.0,
// qmail-send's program failure with its words in underscores.
func TestExplainLda19FormsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"2026-06-04 09:00:00 1wQcZc-000Bb1-F6 => |/usr/bin/choir-in <choir@lists.corp.example> R=aliases T=address_pipe", "success", "success", ""},
		{"Jun  4 09:01:00 mx postfix/pipe[51]: 2B3C4D: to=<bugs@corp.example>, relay=bugin, dsn=5.7.0, status=bounced (permission denied. Command output: bug-in: spool not writable )", "server-error", "permanent", ""},
		{"@400000006754bb02 delivery 91: failure: choir-in:_no_list_named_choir3_is_configured/", "user-unknown", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c}) // each paste alone: one explanation
	}
}

// The same kinds as the argument, multi-line forms among them: a quota
// warning (nothing bounced), a Sieve failure then its implicit keep, a
// list's bounce probe and its disabling notice, a post submitted to a
// moderator, a damaged mail store index.
func TestExplainLda19FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Subject: Quota warning\n\nThe mailbox li@corp.example is nearly full: 96% of its quota is used.", "mailbox-full", "transient"},
		{"sieve: msgid=<y1@far.example>: failed to store into mailbox 'Bills': Mailbox doesn't exist: Bills\nsieve: Execution of script /home/li/.dovecot.sieve failed, but implicit keep was successful", "success", "success"},
		{"This is a probe message. The choir list has received bounces from you; if this message bounces too, your address will be removed.", "unknown", "transient"},
		{"Your subscription to the choir list has been disabled due to excessive bounces.", "user-unknown", "permanent"},
		{"Your message to choir@lists.corp.example has been submitted to the moderator of the list.", "policy", "transient"},
		{"imapd[12]: IOERROR: mailbox user.li: cyrus.index is corrupted", "server-error", "transient"},
	})
}

// Batch b's forms: Exim's "->" line and Dovecot's crashed service on
// standard input; a list's owner notices and a pipe-delivered ticket
// gateway's refusal as the argument.
func TestExplainLda19bForms(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"2026-06-05 07:10:00 1wQdZd-000Cc2-H8 -> sales <sales@corp.example> R=localuser T=local_delivery", "success", "success", ""},
		{"Jun  5 07:11:00 mx dovecot: master: Error: service(lmtp): child 902 killed with signal 6 (core dumped)", "server-error", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c})
	}
	checkArgVerdicts(t, []argVerdict{
		{"li@corp.example has been removed from wardens@lists.corp.example due to excessive bounces.", "user-unknown", "permanent"},
		{"Because we received many non-delivery reports, these subscribers might be removed from list wardens:\n\nli@corp.example", "unknown", "transient"},
		{"Jun  5 07:12:00 mx postfix/pipe[77]: 3D4E5F: to=<help@corp.example>, relay=rt, dsn=5.3.0, status=bounced (service unavailable. Command output: RT could not load a valid user, and RT's configuration does not allow for the creation of a new user for your email. )", "policy", "permanent"},
	})
}
