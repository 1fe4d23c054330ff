package main

import "testing"

// Input forms of the last hop (issue 10, held-out batch 17-lda) through the
// command, as the argument and on standard input. The wording is new (not
// rows of the batch).

// On standard input, one line each: a fetchmail syslog line for its
// delivery agent's exit, a getmail delivery error, a Dovecot log line of a
// mailbox lock that timed out, a Postfix local(8) forwarding loop, an LMTP
// reply whose reason is the system's error string.
func TestExplainLda17FormsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"May  1 10:00:00 gw fetchmail[4410]: MDA returned nonzero status 73", "server-error", "transient", ""},
		{"Delivery error (command maildrop 991 error (75, maildrop: signal 0x0F))", "server-error", "transient", ""},
		{"May  1 10:00:01 mx dovecot: lmtp(li@corp.example)<81><Zy1>: Error: Mailbox INBOX: Timeout (180s) while waiting for lock", "server-error", "transient", ""},
		{"May  1 10:00:02 mx postfix/local[12]: 7A8B9C: to=<li@mx.corp.example>, relay=local, delay=0.1, dsn=5.4.6, status=bounced (mail forwarding loop for li@mx.corp.example)", "server-error", "permanent", ""},
		{"452 4.3.0 <li@corp.example> Read-only file system", "server-error", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c}) // each paste alone: one explanation
	}
}

// The same kinds as the argument: sendmail's restricted shell in a
// transcript (the 554 after it is the mailer's status), a program address
// refused, a qmail-local refusal of a writable delivery file under its
// #4.7.0, a list's hold reason, fetchmail's "keeping message".
func TestExplainLda17FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"smrsh: \"perl\" not available for sendmail programs (not a file)\n554 5.0.0 Service unavailable", "server-error", "permanent"},
		{"550 5.7.1 \"/tmp/out.txt\"... Cannot mail directly to files", "policy", "permanent"},
		{"Uh-oh: home directory is writable. (#4.7.0)", "server-error", "transient"},
		{"Your mail to 'Choir' with the subject\n\n    help\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Message may contain administrivia", "policy", "transient"},
		{"relay requires STARTTLS; keeping the message for the next run", "tls-required", "transient"},
	})
}

// Batch b: OpenSMTPD's log line of a local delivery (mda, fields not
// quoted), on standard input and as the argument; a Dovecot line of an
// auto-reply not sent (a delivery).
func TestExplainLda17bForms(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"Jan  2 03:04:05 mx smtpd[77]: 0011223344556677 mda delivery evpid=8899aabbccddeeff from=<a@far.example> to=<li@corp.example> user=li delay=1s result=PermFail stat=Loop detected", "server-error", "permanent", ""},
		{"Jan  2 03:04:06 mx smtpd[77]: 0011223344556678 mda delivery evpid=8899aabbccddeef0 from=<a@far.example> to=<li@corp.example> user=li delay=1s result=TempFail stat=Out of memory", "server-error", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c})
	}
	checkArgVerdicts(t, []argVerdict{
		{"Jan  2 03:04:07 mx smtpd[77]: 0011223344556679 mda delivery evpid=8899aabbccddeef1 from=<a@far.example> to=<li@corp.example> user=li delay=1s result=TempFail stat=Temporary failure in user lookup", "server-error", "transient"},
		{"Jan  2 03:04:08 mail dovecot: lmtp(li@corp.example)<9><Zz1>: sieve: msgid=<a3@far.example>: discarded duplicate vacation response to <bo@far.example>", "success", "success"},
	})
}
