package explain

import "testing"

// The kinds of held-out batch 13-engine (helper engine13, session 8), each
// in wording none of the batch's rows uses.

// A reply code in parentheses after an error word (lettre's Display and the
// clients built on it) is the reply's code, with or without text after it.
func TestKindEngine13CodeInParentheses(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Error: permanent error (550)", Unknown, ClassPermanent},
		{"mail not sent: transient error (421): 4.3.2 Service shutting down", ServerError, ClassTransient},
		{"notify failed: permanent error (552): 5.3.4 Message size exceeds fixed limit", MessageTooBig, ClassPermanent},
		{"SMTP error code (554): 5.7.1 Relay access denied", RelayDenied, ClassPermanent},
	})
	// a number in parentheses after other words is no reply code
	for _, in := range []string{"Exception in handler (500)", "at Mailer.send (line 345)", "retry count (421)"} {
		if r, err := Parse(in); err == nil && r.Code != 0 {
			t.Errorf("%q: read code %d", in, r.Code)
		}
	}
}

// Client libraries' and the system's own words for a connection that never
// came up: a connect call that failed, a socket error's strerror text.
func TestKindEngine13ConnectAndSocketWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mailer Error: SMTP connect() error: could not reach host", Network, ClassTransient},
		{"stream_socket_client(): unable to connect to ssl://smtp.shop.example:465 (Connection timed out)", Network, ClassTransient},
		{"send_notification: [Errno 103] Software caused connection abort", Network, ClassTransient},
		{"dial tcp [2001:db8::25]:587: connect: cannot assign requested address", Network, ClassTransient},
		{"sendmail: cannot send: Network is down", Network, ClassTransient},
	})
}

// An expired or revoked authorization is a login that no longer works,
// not a message that stayed too long in a queue; a queue expiry stays one.
func TestKindEngine13ExpiredAuthorization(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Email channel disabled: the OAuth token has expired, please re-authorize the mailbox", AuthFailed, ClassPermanent},
		{"SMTP login failed: access token expired", AuthFailed, ClassPermanent},
		{"Send failed: the app password was revoked", AuthFailed, ClassPermanent},
		{"Message expired after 5 days in the queue", Expired, ClassPermanent},
	})
}

// A line over RFC 5322's 998-character limit is the message's format,
// named by its length; a bare "line too long" stays the command line's
// (syntax), as the corpus reads it.
func TestKindEngine13LineLength(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.6.0 Message line length exceeds 998 characters", RFCNoncompliant, ClassPermanent},
		{"550 body rejected: maximum line length is 1000 octets", RFCNoncompliant, ClassPermanent},
		{"500 5.5.1 Line too long", Syntax, ClassPermanent},
	})
}

// A server that does not offer AUTH, as Go's net/smtp words it.
func TestKindEngine13AuthNotOffered(t *testing.T) {
	checkKinds(t, []kindCase{
		{"alert mail failed: smtp: server doesn't support AUTH", AuthFailed, ClassPermanent},
		{"login skipped: the server does not support AUTH on port 25", AuthFailed, ClassPermanent},
	})
}

// Under an application's "failed to open a TLS connection" frame, a name
// that did not resolve or a connection the server closed is the network's
// failure; a TLS mismatch alone stays TLS.
func TestKindEngine13TLSFrameNetworkCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SendMail: Failed to open TLS connection, dial tcp: lookup smtp.shop.example on 127.0.0.11:53: server misbehaving", Network, ""},
		{"could not open TLS connection: read tcp 192.0.2.4:41822->192.0.2.9:465: EOF", Network, ""},
		{"Failed to open TLS connection: tls: first record does not look like a TLS handshake", TLSRequired, ""},
	})
}

// The class of a TLS failure without a code follows who reports it: a
// client library or application raises and nothing resends (permanent); a
// sending MTA's own deferral text says it retries (transient); a delay
// notice's words and an MTA log's status decide over both.
func TestKindEngine13TLSClassByReporter(t *testing.T) {
	checkKinds(t, []kindCase{
		{"MailerError: cannot upgrade the connection, the server at smtp.shop.example does not support STARTTLS", TLSRequired, ClassPermanent},
		{"javax.net.ssl.SSLHandshakeException: No subject alternative names matching DNS name smtp.shop.example found", TLSRequired, ClassPermanent},
		{"<ops@lab.example>: TLS is required, but host mx.lab.example[192.0.2.9] refused to start TLS: 454 4.7.0 TLS not available", TLSRequired, ClassTransient},
		{"ops@lab.example: a TLS session is required, but the server did not offer TLS support", TLSRequired, ClassTransient},
		{"Dec  6 10:00:00 mx postfix/smtp[123]: 4Xk: to=<ops@lab.example>, relay=mx.lab.example[192.0.2.9]:25, delay=1, dsn=4.7.5, status=deferred (Server certificate not verified)", TLSRequired, ClassTransient},
	})
}

// An explanation says when its code is a sending service's API status
// (FromAPI): what retries there is the sender's application, which resends
// the request, not a sending MTA; an SMTP reply with the same digits is not.
func TestKindEngine13FromAPI(t *testing.T) {
	for _, c := range []struct {
		in    string
		api   bool
		class Class
	}{
		{"HTTP/1.1 502 Bad Gateway", true, ClassTransient},
		{"requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.mail.example/v3/send", true, ClassTransient},
		{"HTTP/2 403 Forbidden {\"error\":\"sender domain not verified\"}", true, ClassPermanent},
		{"502 5.5.2 Error: command not recognized", false, ClassPermanent},
		{"421 4.3.2 Service shutting down", false, ClassTransient},
	} {
		e, err := explainOne(c.in)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if e.FromAPI() != c.api || e.Class != c.class || e.Retry != (c.class == ClassTransient) {
			t.Errorf("%q: FromAPI %v class %s retry %v, want %v %s", c.in, e.FromAPI(), e.Class, e.Retry, c.api, c.class)
		}
	}
}

// A library's exception that names only its kind says that the send
// failed, not why; the kind gives the class (Ruby's SMTPFatalError is a
// 5xx, SMTPServerBusy a 4xx; a client "retrying" is temporary). Batch
// 13-engine b.
func TestKindEngine13LibraryExceptionKind(t *testing.T) {
	checkKinds(t, []kindCase{
		{"ActionMailer delivery failed: Net::SMTPFatalError (Net::SMTPFatalError)", Unknown, ClassPermanent},
		{"Sidekiq job retried: Net::SMTPServerBusy", Unknown, ClassTransient},
		{"notifier: SMTPException while sending, retrying connection in 30s", Unknown, ClassTransient},
		// the server's words, when the exception carries them, still decide
		{"Net::SMTPFatalError: 550 5.1.1 <kim@lab.example>: Recipient address rejected: User unknown", UserUnknown, ClassPermanent},
	})
}

// "Command not implemented" under X.3.3 (Exchange's answer to a command it
// does not know) is the command's refusal, not the system's capacity.
func TestKindEngine13CommandNotImplemented(t *testing.T) {
	checkKinds(t, []kindCase{
		{"MailKit.Net.Smtp.SmtpCommandException: 502 5.3.3 Unrecognized command", Syntax, ClassPermanent},
		{"554 5.3.3 Message size exceeds system limit", MessageTooBig, ClassPermanent},
	})
}
