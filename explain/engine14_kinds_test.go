package explain

import "testing"

// The kinds of held-out batch 14-engine (helper engine14, session 9), each
// in wording none of the batch's rows uses.

// A version number inside a file path of a stack frame ("ruby-3.1.4/lib",
// "gems/2.7.0/net") is no enhanced status code; the frame's words around it
// are no reply either, and the exception before it decides.
func TestKindEngine14PathVersionIsNoStatus(t *testing.T) {
	for _, in := range []string{
		"from /opt/ruby-3.1.4/lib/ruby/3.1.0/net/smtp.rb:623:in `start'",
		`at C:\Python\Lib\site-packages\mailer-4.2.1\smtp.py line 88`,
		"/usr/lib/node_modules/2.4.1/mailer.js",
	} {
		if r, err := Parse(in); err == nil && r.Enhanced != "" {
			t.Errorf("%q: read enhanced code %q from a path", in, r.Enhanced)
		}
	}
	checkKinds(t, []kindCase{
		{"W, [2026-12-06T10:00:01 #77] WARN -- : Net::ReadTimeout: Net::ReadTimeout\n/opt/ruby-3.1.4/lib/ruby/3.1.0/net/protocol.rb:219:in `rbuf_fill'", Network, ClassTransient},
		{"Net::SMTPFatalError: Net::SMTPFatalError\n  /srv/app/vendor/bundle/ruby/2.7.0/gems/net-smtp-0.4.0/lib/net/smtp.rb:1088:in `check_response'", Unknown, ClassPermanent},
		// a status standing alone is still one
		{"550 5.1.1 <ana@lab.example>: Recipient address rejected: User unknown", UserUnknown, ClassPermanent},
	})
}

// A refused or dead connection in other words than the errno's.
func TestKindEngine14ConnectionRefusedWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"MailerException: the relay host refused the connection", Network, ClassTransient},
		{"notification failed: connection was refused by smtp.lab.example", Network, ClassTransient},
		{"Mail_smtp: unable to open socket to smtp.lab.example:25", Network, ClassTransient},
		{"send error: empty reply from server", Network, ClassTransient},
		// a refusal that names a list stays the list's
		{"554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org, connection refused", Reputation, ClassPermanent},
	})
}

// A client without a password (or user) to log in with: the library
// refuses before the server is asked.
func TestKindEngine14CredentialsMissing(t *testing.T) {
	checkKinds(t, []kindCase{
		{`Error: Missing credentials for "LOGIN"`, AuthFailed, ClassPermanent},
		{"mail: SMTP password is missing for account 'alerts'", AuthFailed, ClassPermanent},
		{"notify: login not possible, no password configured", AuthFailed, ClassPermanent},
	})
}

// A client that requires STARTTLS and did not find it in the EHLO answer;
// a server's answer to a STARTTLS it did not offer stays a sequence error.
func TestKindEngine14StartTLSNotFound(t *testing.T) {
	checkKinds(t, []kindCase{
		{"smtp: STARTTLS not available on smtp.lab.example", TLSRequired, ClassPermanent},
		{"mailer: the server's STARTTLS extension is missing", TLSRequired, ClassPermanent},
		{"503 5.5.1 STARTTLS command used when not advertised", Syntax, ClassPermanent},
	})
}

// The From address refused as the sender's: not valid, or not one the
// account may send as.
func TestKindEngine14FromAddressRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Invalid address:  (Sender): noreply@localhost", SenderInvalid, ClassPermanent},
		{"554 5.7.1 The From address is not one of your verified addresses", SenderInvalid, ClassPermanent},
		{"smtplib.SMTPDataError: (550, b'5.7.0 Sender is not one of your addresses')", SenderInvalid, ClassPermanent},
	})
}

// A library's refusal exception without its reply names no cause; nothing
// resends it (permanent). With the reply, the reply decides.
func TestKindEngine14RefusalWithoutReply(t *testing.T) {
	checkKinds(t, []kindCase{
		{"worker: mail task failed: SMTPSenderRefused: {}", Unknown, ClassPermanent},
		{"ERROR digest mail: sender or recipients refused", Unknown, ClassPermanent},
		{"SMTPRecipientsRefused: {'ana@lab.example': (550, b'5.1.1 <ana@lab.example>: Recipient address rejected: User unknown')}", UserUnknown, ClassPermanent},
	})
}

// An application's advice about its own settings is no POP-before-SMTP
// requirement; a server that asks to check mail first still is.
func TestKindEngine14SettingsAdviceIsNoPopBeforeSMTP(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Failed to send email: connect ETIMEDOUT 192.0.2.9:587. Check your mail settings and try to send email again.", Network, ClassTransient},
		{"553 sorry, you must check your mail first before you can send email (POP before SMTP)", AuthRequired, ClassPermanent},
	})
}

// An application that gives up on an error it cannot recover from states a
// permanent failure; one that only stopped retrying after some attempts
// does not.
func TestKindEngine14UnrecoverableIsPermanent(t *testing.T) {
	checkKinds(t, []kindCase{
		{`msg="notification dropped" err="unrecoverable error: dial tcp 192.0.2.4:25: i/o timeout"`, Network, ClassPermanent},
		{`msg="Notify for alerts failed" err="email[0]: notify retry canceled after 4 attempts: dial tcp 192.0.2.4:25: i/o timeout"`, Network, ClassTransient},
	})
}

// Batch 14-engine b's kinds, in new wording: JavaMail's debug words for a
// missing password, a connection the server closed, a client that could not
// open its server, a socket that dropped before TLS was up, and a
// certificate "not yet valid" that is no deferral.
func TestKindEngine14bWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"DEBUG SMTP: need username and password for authentication", AuthFailed, ClassPermanent},
		{"notifier: error: the server closed the connection", Network, ClassTransient},
		{"relay: connection was closed by the server before the greeting", Network, ClassTransient},
		{"sendmail: Cannot open mailhub:25", Network, ClassTransient},
		{"mailer: could not open the SMTP server at smtp.lab.example:587", Network, ClassTransient},
		{"Error: socket disconnected before the secure TLS connection was established", Network, ClassTransient},
		{"x509: certificate has expired or is not yet valid: current time 2026-03-01T00:00:00Z is before 2026-03-02T00:00:00Z", TLSRequired, ClassPermanent},
	})
	// a file the client could not open is no server it could not reach
	if e, err := ExplainText("ssmtp: Cannot open configuration file /etc/ssmtp/ssmtp.conf"); err == nil && e.Category == Network {
		t.Errorf("a configuration file read as a network failure (rule %s)", e.Rule)
	}
}
