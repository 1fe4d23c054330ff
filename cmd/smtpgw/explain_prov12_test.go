package main

import (
	"strings"
	"testing"
)

// Input forms of the kinds held-out batch 12-prov showed, through the
// command (new wording, not the batch's rows): an attachment over a limit
// said without a code (it exited 2), a generic refusal frame beside the
// cause it names, and a verification that failed at RCPT TO in an Exim log
// line on standard input.
func TestExplainProv12Forms(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Your attachments exceeded the 20 MB maximum allowed by the server", "message-too-big", "permanent"},
		{"Sending failed: 550 5.7.1 Message content refused - Malware", "virus", "permanent"},
		{"host mx.far.example[192.0.2.8] said: 550 administrative prohibition: 192.0.2.44 listed on a DNS blocklist (in reply to RCPT TO command)", "reputation", "permanent"},
	})
	checkStdinPastes(t, []stdinPaste{
		{"2024-05-02 11:20:01 1sXyZa-0001Ab-Cd ** bo@corp.example R=dnslookup T=remote_smtp H=mx.corp.example [192.0.2.9]: SMTP error from remote mail server after RCPT TO:<bo@corp.example>: 550 Recipient verification failed", "user-unknown", "permanent", "RCPT TO"},
		{"Dec  6 09:01:02 mx postfix/smtp[9]: 1A2B: to=<ann@far.example>, relay=mx.far.example[192.0.2.5]:25, delay=1, dsn=5.6.0, status=bounced (host mx.far.example[192.0.2.5] said: 554 5.6.0 Subject header contains 8-bit characters that are not encoded (in reply to end of DATA command))", "rfc-noncompliant", "permanent", "END OF DATA"},
	})
}

// Batch 12-prov b: an Exim bounce whose reply wraps after a colon is one
// reply, as the argument and piped on standard input.
func TestExplainProv12WrappedAtColon(t *testing.T) {
	t.Parallel()
	paste := "SMTP error from remote mail server after end of data:\nhost mxs.isp.example [192.0.2.150]: 550 Message was not accepted -- invalid mailbox. Local mailbox lea@isp.example is unavailable:\naccount has been terminated"
	checkArgVerdicts(t, []argVerdict{{paste, "mailbox-disabled", "permanent"}})
	out, errOut, code := runCLI(t, paste+"\n", "explain", "--json", "-")
	if code != 0 || !strings.Contains(out, `"category":"mailbox-disabled"`) || strings.Count(out, `"category"`) != 1 {
		t.Errorf("stdin: exit %d, stderr %q:\n%s", code, errOut, out)
	}
}

// Batch 12-prov c: a Postfix log line with status=SOFTBOUNCE piped on
// standard input is a delay (soft_bounce keeps the message queued).
func TestExplainProv12SoftBounceLog(t *testing.T) {
	t.Parallel()
	checkStdinPastes(t, []stdinPaste{
		{"Mar  3 10:00:02 relay postfix/smtp[9]: 1A2B3C: to=<al@far.example>, relay=mx.far.example[192.0.2.5]:25, delay=3, delays=0.1/0/1/2, dsn=5.7.1, status=SOFTBOUNCE (host mx.far.example[192.0.2.5] said: 554 5.7.1 <promo@deals.example>: Sender address rejected: blocked due to spam (in reply to RCPT TO command))", "reputation", "transient", "RCPT TO"},
	})
}
