package main

import (
	"strings"
	"testing"
)

// Input forms that held-out batch 9 (isp) showed, through the command (new
// wording, not the batch's rows): a multi-line reply flattened into running
// text, qmail's expiry on the line after its last error, Sendmail's own
// "X.0.0" line after the server's reply, and a provider's code family
// (Vade Secure's) inside a Postfix log line on standard input.
func TestExplainIsp9Forms(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Deferred: the mailbox you are writing to is over its storage quota 452-4.2.2 and cannot take more mail now 452-4.2.2 try later", "mailbox-full", "transient"},
		{"Sorry, no SMTP connection could be made. (#4.4.2)\nGiving up: the message has been in the queue too long.", "expired", "permanent"},
		{"----- Transcript of session follows -----\n... while talking to mx.far.example.:\n>>> MAIL From:<ops@shop.example>\n<<< 550 Your IP 192.0.2.7 is blacklisted here\n550 5.0.0 Service unavailable", "reputation", "permanent"},
	})
	checkStdinPastes(t, []stdinPaste{
		{"Dec  6 09:01:02 mx postfix/smtp[9]: 1A2B: to=<ann@ox-hosted.example>, relay=mx.ox-hosted.example[192.0.2.5]:25, delay=1, dsn=4.2.1, status=deferred (host mx.ox-hosted.example[192.0.2.5] said: 421 4.2.1 Connection deferred OXSEU0001_139 (in reply to MAIL FROM command))", "rate-limited", "transient", "MAIL FROM"},
		{"Dec  6 09:01:03 mx postfix/smtp[9]: 1A2C: to=<bo@elnk.example>, relay=mx.elnk.example[192.0.2.6]:25, delay=1, dsn=5.7.1, status=bounced (host mx.elnk.example[192.0.2.6] said: 550 5.7.1 Connection refused ELNK_105 (in reply to MAIL FROM command))", "ptr-required", "permanent", "MAIL FROM"},
	})
}

// A paste that starts with dashes (Sendmail's "----- The following
// addresses had permanent fatal errors -----") is a reply, not a bad flag,
// with flags before or after it.
func TestExplainDashLedPaste(t *testing.T) {
	t.Parallel()
	paste := "----- The following addresses had permanent fatal errors -----\n<kim@far.example>\n    (reason: 552 5.2.2 Mailbox over quota)"
	for _, args := range [][]string{
		{"explain", paste},
		{"explain", "--json", paste},
		{"explain", paste, "--json"},
	} {
		out, errOut, code := runCLI(t, "", args...)
		if code != 0 || !strings.Contains(out, "mailbox-full") {
			t.Errorf("%q: exit %d, stderr %q:\n%s", args, code, errOut, out)
		}
	}
	if got := pastedDashArgs([]string{"explain", "--", "-----x"}); len(got) != 3 {
		t.Errorf("an explicit -- is kept as given: %q", got)
	}
	if got := pastedDashArgs([]string{"explain", "-v", "550 5.1.1 x"}); len(got) != 3 || got[1] != "-v" {
		t.Errorf("no paste with dashes: args unchanged: %q", got)
	}
}
