package main

import "testing"

// Input forms of the last hop (issue 10, held-out batch 18-lda) through the
// command, as the argument and on standard input. The wording is new (not
// rows of the batch).

// On standard input, one line each: a queueing client's network
// failure, Exchange's store exception in a queue viewer's last error, a
// program's exit status that is no reply code.
func TestExplainLda18FormsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"nullmailer[81]: Sending failed:  Host or network unreachable", "network", "transient", ""},
		{"LastError: 432 4.2.0 STOREDRV.Deliver.Exception:StorageTransientException.MapiExceptionMdbOffline; Failed to process message due to a transient exception", "server-error", "transient", ""},
		{"relay-helper: pipe error, return value 250", "server-error", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c}) // each paste alone: one explanation
	}
}

// The same kinds as the argument: a list server's reply to a command it
// could not read, a sendmail local mailer's line whose cause is in
// mail.local's line before it (on standard input each log line is its own
// entry), a held administrivia post, a list's content filter that
// left nothing, a store failure with the system's error string, a relay
// host without an address.
func TestExplainLda18FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{">>>> lists\n**** No valid commands found.", "syntax", "permanent"},
		{"Jun  2 08:00:00 mx mail.local[71]: /var/mail/li: irregular file\nJun  2 08:00:00 mx sm-mta[70]: 552C1: to=<li@corp.example>, delay=00:00:00, mailer=local, dsn=5.2.0, stat=Service unavailable", "server-error", "permanent"},
		{"Subject: BOUNCE choir@lists.corp.example: Admin request of type /^set\\b/i at line 2", "policy", "transient"},
		{"After content filtering the message was empty, so it was not sent to the list", "policy", "permanent"},
		{"lmtp(li): Error: sieve: failed to store into mailbox 'Work': No space left on device", "server-error", "transient"},
		{"smtp: relay.corp.example: host has no address", "host-unknown", "permanent"},
	})
}

// Batch b: a forum's reply-by-email rejection notice as the argument and
// on standard input, and a mail store's duplicate elimination (a delivery).
func TestExplainLda18bForms(t *testing.T) {
	t.Parallel()
	notice := "We're sorry, but your email message to [\"help@forum.corp.example\"] (titled Printer) didn't work.\n\nYour account does not have the required trust level to post new topics to this email address."
	checkArgVerdicts(t, []argVerdict{
		{notice, "policy", "permanent"},
		{"lmtpd[77]: dupelim: eliminated duplicate message to user.li id <x9@far.example> (delivery)", "success", "success"},
	})
	checkStdinPastes(t, []stdinPaste{{notice, "policy", "permanent", ""}})
}
