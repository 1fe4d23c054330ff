package main

import "testing"

// Input forms of mail servers and gateways (issue 10, held-out batch
// 15-srv) through the command, as the argument and on standard input. The
// wording is new (not rows of the batch).

// A gateway's key=value statistics record whose empty fields (virus="")
// name nothing; a milter's log line that tags its verdict before the reply
// it gave; an MTA's JSON log record of an expiration; a Postfix bounce of
// DATA refused after every recipient was.
func TestExplainSrv15FormsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{`date=2026-05-01 time=09:00:00 device_id=FE0001 log_id=0003000001 type=statistics client_ip="203.0.113.9" from="a@far.example" to="b@corp.example" virus="" disposition="Reject" classifier="Recipient Verification"`, "user-unknown", "permanent", ""},
		{"REJECT: hello SPF: softfail 550 domain in transition", "sender-auth", "permanent", ""},
		{`{"type":"Expiration","recipient":"z@far.example","response":{"code":551,"enhanced_code":{"class":5,"subject":4,"detail":7},"content":"Next delivery time would exceed the expiry time of the message","command":null}}`, "expired", "permanent", ""},
		{"<ann@corp.example>: host mx.corp.example[192.0.2.19] said: 550 Need valid recipient before DATA (in reply to DATA command)", "unknown", "permanent", "DATA"},
	} {
		checkStdinPastes(t, []stdinPaste{c}) // each paste alone: one explanation
	}
}

// The same kinds of input as the argument: a key=value record with an
// empty virus field and an IP-based anti-spam classifier, a small server's
// backend failure, an address part over its limit, SPF told in words.
func TestExplainSrv15FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{`type=statistics client_ip="203.0.113.9" virus="" disposition="Reject" classifier="FortiGuard AntiSpam-IP"`, "reputation", "permanent"},
		{"421 4.3.0 Mail backend is down, please try again later", "server-error", "transient"},
		{"501 5.5.4 Local-part is too long (more than 64 characters)", "syntax", "permanent"},
		{"Undelivered: your server is not permitted to send mail for corp.example", "sender-auth", "permanent"},
	})
}

// Batch b forms: a server's connection summary whose last reply (lr=)
// decides, a test server's session log quoting the reply it sent, and a
// filter's status record with its verdict on the next line.
func TestExplainSrv15bForms(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{`[NOTICE] [-] [core] disconnect ip=192.0.2.61 rdns=mx.far.example helo=mx.far.example relay=N early=N esmtp=Y tls=N pipe=N errors=1 txns=1 rcpts=0/1/0 msgs=0/0/0 bytes=0 lr="452 4.2.2 Mailbox over quota" time=0.2`, "mailbox-full", "transient", ""},
		{"Status: Quarantine\nVerdict: Geo-filter (sending country blocked)", "policy", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c})
	}
	checkArgVerdicts(t, []argVerdict{
		{`[SMTP 192.0.2.10:40112] Sent 45 bytes: '504 Unsupported authentication mechanism\r\n'`, "auth-failed", "permanent"},
		{"Verdict: Mass-mailing worm\nAction: Quarantine", "virus", "permanent"},
	})
}
