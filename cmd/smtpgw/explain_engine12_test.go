package main

import "testing"

// Words inside identifiers (issue 10, helper engine12): a label of a dotted
// name or a part of a file path is not a word of the reply, given as the
// argument or piped.
func TestExplainEngine12IdentifierWords(t *testing.T) {
	t.Parallel()
	cases := []argVerdict{
		{"msmtp: cannot connect to smtp.isp.example, port 587: Network is unreachable (while mailing the output of /etc/cron.daily/report)", "network", "transient"},
		{"451 4.4.1 No answer from spam.filter.example", "network", "transient"},
		{"550 5.7.1 Client host [192.0.2.8] rejected: listed at dnsbl.lab.example", "reputation", "permanent"},
	}
	checkArgVerdicts(t, cases)
	for _, c := range cases {
		ms := explainStdinLines(t, []string{c.in})
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class {
			t.Errorf("stdin %.50q: %v", c.in, ms)
		}
	}
}

// Which reply decides (issue 10, helper engine12): a closing summary
// without detail after a specific failure is context, given as the argument
// and piped; a piped list of replies is one explanation a line, but a
// closing summary belongs to the failure before it.
func TestExplainEngine12ClosingSummary(t *testing.T) {
	t.Parallel()
	transcript := ">>> RCPT To:<kim@lab.example>\n<<< 550 <kim@lab.example>... Mailbox disabled for this recipient\n554 <kim@lab.example>... Service unavailable"
	checkArgVerdicts(t, []argVerdict{{transcript, "mailbox-disabled", "permanent"}})
	if ms := explainStdinLines(t, []string{transcript}); ms[0]["category"] != "mailbox-disabled" || ms[0]["code"] != float64(550) {
		t.Errorf("stdin transcript: %v", ms[0])
	}
	// a bare failure and its closing summary: one explanation
	if ms := explainStdinLines(t, []string{"550 5.2.1 <kim@lab.example>: mailbox disabled\n554 5.0.0 Service unavailable"}); ms[0]["category"] != "mailbox-disabled" {
		t.Errorf("stdin failure and summary: %v", ms[0])
	}
	// a list: one explanation a line
	ms := explainStdinLines(t, []string{"550 5.1.1 <a@lab.example>: User unknown", "554 5.7.1 <c@lab.example>: Relay access denied", "452 4.2.2 Mailbox full", "554 5.0.0 Service unavailable"})
	for i, want := range []string{"user-unknown", "relay-denied", "mailbox-full", "unknown"} {
		if ms[i]["category"] != want {
			t.Errorf("list line %d: %v, want %s", i+1, ms[i]["category"], want)
		}
	}
}

// Input forms of held-out batch 12-engine (new wording), given as the
// argument and piped: DSN fields on one line, an NDR flattened into one
// line, a bounce quoted with "> " (its quoted blank lines end paragraphs),
// Event Viewer's text of one event.
func TestExplainEngine12Forms(t *testing.T) {
	t.Parallel()
	for _, c := range []argVerdict{
		{"Final-Recipient: rfc822; lee@far.example Action: failed Status: 5.2.2 Diagnostic-Code: smtp; 552 5.2.2 Mailbox full", "mailbox-full", "permanent"},
		{"Your message to ann@far.example couldn't be delivered. ann wasn't found at far.example. Remote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable'", "user-unknown", "permanent"},
		{"> This message was created automatically by mail delivery software.\n>\n> A message that you sent could not be delivered to one or more of its\n> recipients. This is a permanent error. The following address(es) failed:\n>\n>   lee@far.example\n>     SMTP error from remote mail server after RCPT TO:<lee@far.example>:\n>     550 5.1.1 No such user here", "user-unknown", "permanent"},
		{"Log Name:      Application\nSource:        DatabaseMail\nEvent ID:      1\nLevel:         Error\nDescription:\nThe mail could not be sent to the recipients because of the mail server failure. (Exception Message: Cannot send mails to mail server. (Mailbox unavailable. The server response was: 5.1.1 User unknown).)", "user-unknown", "permanent"},
		{"Message delivery to the remote domain 'gone.example' failed for the following reason: Unable to bind to the destination server in DNS.", "host-unknown", "transient"},
	} {
		checkArgVerdicts(t, []argVerdict{c})
		ms := explainStdinLines(t, []string{c.in})
		if ms[0]["category"] != c.cat || ms[0]["class"] != c.class {
			t.Errorf("stdin %.50q: %v/%v, want %s/%s", c.in, ms[0]["category"], ms[0]["class"], c.cat, c.class)
		}
	}
}
