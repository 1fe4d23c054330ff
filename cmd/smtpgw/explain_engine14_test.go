package main

import (
	"strings"
	"testing"
)

// A program's multi-line error report piped to `smtpgw explain -` (issue 10,
// held-out batch 14-engine): an exception with its stack and "Caused by:"
// chain, a Python traceback under the log line that says what failed, a Go
// panic with its goroutine dump, a Node error object, Ruby's frames behind
// the logger's prefix, PHP's "[stacktrace]", sendmail -v's session. Each is
// one failure: one explanation with the verdict the same text gets as the
// argument, and no line left unexplained (no totals line), in wording none
// of the batch's rows uses.
func TestExplainEngine14PipedReports(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		argVerdict
	}{
		{"java caused by", argVerdict{"org.springframework.mail.MailSendException: Failed messages: jakarta.mail.SendFailedException: Invalid Addresses;\n" +
			"  nested exception is:\n" +
			"\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 552 5.2.2 <ana@far.example>: Mailbox full\n" +
			"\tat org.eclipse.angus.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2078)\n" +
			"Caused by: org.eclipse.angus.mail.smtp.SMTPAddressFailedException: 552 5.2.2 <ana@far.example>: Mailbox full\n" +
			"\t... 14 more", "mailbox-full", "permanent"}},
		{"python traceback under a log line", argVerdict{"2026-12-06 11:20:00,404 ERROR [alerts] alert mail not sent\n" +
			"Traceback (most recent call last):\n" +
			"  File \"/srv/alerts/mail.py\", line 77, in deliver\n" +
			"    conn.send_message(msg)\n" +
			"  File \"/usr/lib/python3.12/smtplib.py\", line 902, in sendmail\n" +
			"    raise SMTPDataError(code, resp)\n" +
			"smtplib.SMTPDataError: (554, b'5.7.1 Message rejected as spam by Content Filtering')", "spam-content", "permanent"}},
		{"python chained tracebacks", argVerdict{"Traceback (most recent call last):\n" +
			"  File \"/srv/job.py\", line 10, in run\n" +
			"    s.login(user, pw)\n" +
			"smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed: authentication failure')\n" +
			"\n" +
			"During handling of the above exception, another exception occurred:\n" +
			"\n" +
			"Traceback (most recent call last):\n" +
			"  File \"/srv/job.py\", line 14, in run\n" +
			"    raise JobFailed('mail')\n" +
			"job.JobFailed: mail", "auth-failed", "permanent"}},
		{"go panic", argVerdict{"panic: notify: 554 5.7.1 <ops@far.example>: Relay access denied\n" +
			"\n" +
			"goroutine 7 [running]:\n" +
			"main.alert({0xc0000a4000, 0x2a})\n" +
			"\t/build/alerter/main.go:88 +0x2d4\n" +
			"created by main.main in goroutine 1\n" +
			"\t/build/alerter/main.go:40 +0x9e\n" +
			"exit status 2", "relay-denied", "permanent"}},
		{"node error object", argVerdict{"Error: Invalid login: 535 5.7.3 Authentication unsuccessful\n" +
			"    at SMTPConnection._formatError (/opt/app/node_modules/nodemailer/lib/smtp-connection/index.js:809:19)\n" +
			"    at SMTPConnection._actionAUTHComplete (/opt/app/node_modules/nodemailer/lib/smtp-connection/index.js:1588:34) {\n" +
			"  code: 'EAUTH',\n" +
			"  response: '535 5.7.3 Authentication unsuccessful',\n" +
			"  responseCode: 535,\n" +
			"  command: 'AUTH LOGIN'\n" +
			"}", "auth-failed", "permanent"}},
		{"ruby frames behind the logger's prefix", argVerdict{"E, [2026-12-06T11:20:00.100200 #31] ERROR -- : Net::SMTPServerBusy (451 4.7.1 Greylisted, please try again in 5 minutes\n" +
			"):\n" +
			"E, [2026-12-06T11:20:00.100400 #31] ERROR -- : /app/vendor/bundle/ruby/3.3.0/gems/net-smtp-0.5.0/lib/net/smtp.rb:1088:in `check_response'\n" +
			"E, [2026-12-06T11:20:00.100500 #31] ERROR -- : /app/vendor/bundle/ruby/3.3.0/gems/net-smtp-0.5.0/lib/net/smtp.rb:1060:in `rcptto'", "greylisted", "transient"}},
		{"node error behind pm2's prefix", argVerdict{"1|worker | Error: Message failed: 552 5.3.4 Message size exceeds fixed limit\n" +
			"1|worker |     at SMTPConnection._formatError (/srv/w/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)\n" +
			"1|worker |   code: 'EMESSAGE',\n" +
			"1|worker |   responseCode: 552,\n" +
			"1|worker |   command: 'DATA'", "message-too-big", "permanent"}},
		{"a multi-line reply inside a cause", argVerdict{"jakarta.mail.MessagingException: could not send the weekly report\n" +
			"Caused by: jakarta.mail.AuthenticationFailedException: 535-5.7.8 Username and Password not accepted. For more information, go to\n" +
			"535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1sm1234567wrx.9 - gsmtp\n" +
			"\tat org.eclipse.angus.mail.smtp.SMTPTransport$Authenticator.authenticate(SMTPTransport.java:954)", "auth-failed", "permanent"}},
		{"frames a logger printed with escaped tabs", argVerdict{"jakarta.mail.SendFailedException: Invalid Addresses;\n" +
			"  nested exception is:\n" +
			`\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <nobody@far.example>: Recipient address rejected: User unknown`, "user-unknown", "permanent"}},
		{"an exception line under an application's log line", argVerdict{"WARN: could not mail the build report\n" +
			"jakarta.mail.MessagingException: 421 4.7.0 Too many connections from your host\n" +
			"\tat org.eclipse.angus.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2254)", "rate-limited", "transient"}},
		{"an exception name over the reply it wrapped", argVerdict{"Net::SMTPServerBusy in Notifications::DigestJob\n" +
			"452 4.2.2 Mailbox full, try again later", "mailbox-full", "transient"}},
		{"sendmail -v", argVerdict{"ana@far.example... Connecting to mx.far.example. via esmtp...\n" +
			"220 mx.far.example ESMTP\n" +
			">>> EHLO build.lab.example\n" +
			"250 mx.far.example Hello\n" +
			">>> MAIL From:<ci@build.lab.example>\n" +
			"250 2.1.0 Sender ok\n" +
			">>> RCPT To:<ana@far.example>\n" +
			"550 5.1.1 <ana@far.example>... User unknown\n" +
			"ana@far.example... User unknown\n" +
			">>> QUIT\n" +
			"221 2.0.0 mx.far.example closing connection", "user-unknown", "permanent"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict) // explain_engine13_test.go
		if out, errOut, code := runCLI(t, c.in+"\n", "explain", "--json", "-"); code != 0 || strings.Contains(out, `"totals"`) {
			t.Errorf("%s piped: exit %d (stderr %q), or lines left unexplained:\n%s", c.name, code, errOut, out)
		}
	}
}

// The stack of a failure whose line carried its whole reply (a framework's
// log line with the escaped reply, explained at once) belongs to it: one
// explanation, nothing left unexplained.
func TestExplainEngine14PipedStackAfterLoggedReply(t *testing.T) {
	t.Parallel()
	in := `[2026-12-06 11:20:00] production.ERROR: Expected response code "354" but got code "554", with message "554 5.7.1 Rejected: message contains a virus (Eicar-Test-Signature)". {"exception":"[object] (Symfony\\Component\\Mailer\\Exception\\UnexpectedResponseException(code: 554))` + "\n" +
		"[stacktrace]\n" +
		"#0 /srv/www/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(343): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->assertResponseCode()\n" +
		"#1 {main}\n" +
		`"}` + "\n"
	out, _, code := runCLI(t, in, "explain", "--json", "-")
	if code != 0 || strings.Contains(out, `"totals"`) {
		t.Fatalf("exit %d, or lines left unexplained:\n%s", code, out)
	}
	ms := explainPiped(t, in)
	if len(ms) != 1 || ms[0]["category"] != "virus" {
		t.Errorf("%d explanations %v, want one virus", len(ms), ms)
	}
}

// What is no report stays a list: log records that each carry a failure,
// and a reply followed by an unrelated line, one explanation each.
func TestExplainEngine14PipedListsStayLists(t *testing.T) {
	t.Parallel()
	two := "2026-12-06 11:20:00,101 ERROR [mailer] jakarta.mail.SendFailedException: 550 5.1.1 <a@far.example>: User unknown\n" +
		"2026-12-06 11:20:05,220 ERROR [mailer] jakarta.mail.SendFailedException: 552 5.2.2 <b@far.example>: Mailbox full\n"
	if ms := explainPiped(t, two); len(ms) != 2 || ms[0]["category"] != "user-unknown" || ms[1]["category"] != "mailbox-full" {
		t.Errorf("two log records: %d explanations %v, want user-unknown then mailbox-full", len(ms), ms)
	}
	reps := "550 5.1.1 <a@far.example>: User unknown\n" +
		"at 11:20 the queue was flushed\n" +
		"452 4.2.2 <b@far.example>: Mailbox full\n"
	if ms := explainPiped(t, reps); len(ms) != 2 {
		t.Errorf("two replies around a remark: %d explanations %v, want 2", len(ms), ms)
	}
}
