package explain

import (
	"strings"
	"testing"
)

// The kinds held-out batch 11-lib found on its only run, in new wording (not
// the batch's rows): errors as mail client libraries and mail clients print
// them.

// System.Net.Mail's words stand for the reply's code; the server's words,
// which it prints without their code, say why. A server that quotes the
// same words under its own code is read as before.
func TestKindLib11DotnetWordsAreTheCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"System.Net.Mail.SmtpException: Exceeded storage allocation. The server response was: 5.3.4 Message too big for system", MessageTooBig, ClassPermanent},
		{"System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.1 Client host [203.0.113.4] blocked using b.barracudacentral.org", Reputation, ClassPermanent},
		{"Send-MailMessage : Service not available, closing transmission channel. The server response was: 4.7.0 Too many connections from your host, try again later", RateLimited, ClassTransient},
		{"SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.3 STARTTLS is required to send mail", TLSRequired, ClassPermanent},
		{"SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail", AuthRequired, ClassPermanent},
		// the words name the code: a reply that says nothing more stays without a cause, and not exit 2
		{"System.Net.Mail.SmtpException: Transaction failed. The server response was: Not delivered", Unknown, ClassPermanent},
		// "Mailbox unavailable." is 450's words as much as 550's: a 4.x.x code makes it 450
		{"System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 4.2.2 <kim@lab.example>: Recipient address rejected: Quota exceeded", MailboxFull, ClassTransient},
		// a reply under its own code keeps it
		{"550 5.1.1 Mailbox unavailable. The server response was: No such recipient here", UserUnknown, ClassPermanent},
	})
	r, err := Parse("SmtpException: Insufficient system storage. The server response was: 4.5.3 Too many recipients in one message")
	if err != nil || r.Code != 452 || r.Enhanced != "4.5.3" || !strings.HasPrefix(r.Text, "Too many recipients") {
		t.Errorf("got %d %s %q (%v), want 452 4.5.3 and the server's words", r.Code, r.Enhanced, r.Text, err)
	}
}

// An SmtpStatusCode enum name (System.Net.Mail, MailKit) is the code when the
// input carries none of its own: it sets the class where the words do not.
func TestKindLib11StatusEnumIsACode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SmtpStatusCode.InsufficientStorage: the mailbox of kim@lab.example is full", MailboxFull, ClassTransient},
		{"MailKit.Net.Smtp.SmtpCommandException: Rejected, see the postmaster page\n   ErrorCode: RecipientNotAccepted\n   StatusCode: TransactionFailed", Unknown, ClassPermanent},
		{"MailKit.Security.AuthenticationException: AuthenticationInvalidCredentials: Access denied for this account", AuthFailed, ClassPermanent},
	})
	r, err := Parse("send failed (StatusCode=MailboxBusy): mailbox locked, come back later")
	if err != nil || r.Code != 450 {
		t.Errorf("got code %d (%v), want 450 from MailboxBusy", r.Code, err)
	}
	// a code of its own wins over the enum name
	r, err = Parse("StatusCode: MailboxUnavailable 451 4.3.0 Temporary lookup failure")
	if err != nil || r.Code != 451 {
		t.Errorf("got code %d (%v), want the reply's own 451", r.Code, err)
	}
}

// curl names the command that failed ("MAIL failed: 553"): 553 ("mailbox
// name not allowed") at MAIL FROM is the sender's address refused.
func TestKindLib11CurlStageAndMailFrom553(t *testing.T) {
	checkKinds(t, []kindCase{
		{"* MAIL failed: 553\n* Closing connection 0\ncurl: (55) MAIL failed: 553", SenderInvalid, ClassPermanent},
		{"553 (in reply to MAIL FROM command)", SenderInvalid, ClassPermanent},
		// at RCPT TO a bare 550 still does not say why
		{"curl: (55) RCPT failed: 550", Unknown, ClassPermanent},
	})
	r, err := Parse("curl: (55) MAIL failed: 550")
	if err != nil || r.Stage != "MAIL FROM" {
		t.Errorf("stage %q (%v), want MAIL FROM", r.Stage, err)
	}
}

// Outlook Express's and Windows Live Mail's dialog fields are settings, not
// words of the failure: "Secure(SSL): Yes" is no TLS failure.
func TestKindLib11OutlookDialogFields(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The connection to the server has failed. Account: 'Mail', Server: 'smtp.mail.example', Protocol: SMTP, Port: 465, Secure(SSL): Yes, Socket Error: 10060, Error Number: 0x800CCC0E", Network, ClassTransient},
		// a TLS failure the dialog states is still one
		{"Unable to connect using SSL. Account: 'Mail', Server: 'smtp.mail.example', Protocol: SMTP, Port: 465, Secure(SSL): Yes, Error Number: 0x800CCC1A", TLSRequired, ClassPermanent},
	})
}

// A client's own failure, when no reply came, in words of the subject and a
// verdict: authentication methods the sides do not share, the configured
// server's name that does not resolve, a connection not established or
// lost, a message over the size limit.
func TestKindLib11ClientOwnFailures(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The server doesn't support the CRAM-MD5 authentication mechanism.", AuthFailed, ClassPermanent},
		{"No suitable authentication method found.", AuthFailed, ClassPermanent},
		{"Login failed: unable to authenticate with the saved password", AuthFailed, ClassPermanent},
		{"The SMTP server name smtp.typo.example could not be found.", HostUnknown, ClassPermanent},
		{"Connection to the server smtp.mail.example could not be established (error 10060)", Network, ClassTransient},
		{"The connection to the remote server was lost while sending the message.", Network, ClassTransient},
		{"The message was not sent: large messages over 25 MB are not allowed by the provider", MessageTooBig, ClassPermanent},
		// an authentication the server asks for is not a mechanism refused
		{"530 5.7.0 Authentication required, the server does not support anonymous relaying", AuthRequired, ClassPermanent},
	})
}

func TestKindLib11RecipientNotFoundIsNotTheServer(t *testing.T) {
	// the recipient not found on the server is not the server's name
	if e, err := explainOne("The recipient could not be found on the mail server"); err == nil && e.Category == HostUnknown {
		t.Errorf("read as the server's name (rule %q)", e.Rule)
	}
}

// The TLS cause inside a connection failure outranks the connection words.
func TestKindLib11NoStartTLSInConnectFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Could not connect to smtp.mail.example: the server does not support STARTTLS", TLSRequired, ClassPermanent},
		{"Error: failed to connect to relay.shop.example:587 (STARTTLS is not available on this port)", TLSRequired, ClassPermanent},
		// a connection failure without a TLS cause stays a network failure
		{"Could not connect to smtp.mail.example: connection refused", Network, ClassTransient},
	})
}

// A limit of messages a user may send in a day is a rate limit, not a
// mailbox over its quota; "rejected by the server" alone names no cause.
func TestKindLib11DailyLimitAndNoCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"This account is over the limit of emails per day it may send", RateLimited, ClassTransient}, // lifts by itself (final19 convention)
		{"You have exceeded the number of messages allowed to be sent in 24 hours", RateLimited, ""},
		{"452 4.2.2 The user is over quota", MailboxFull, ClassTransient},
		{"Your message was rejected by the mail server.", Unknown, ClassPermanent},
		{"The recipient was rejected by the server because it does not allow relaying", RelayDenied, ClassPermanent},
	})
}

// Batch 11-lib b: a library's disconnect that carries the server's last
// words is explained by those words; a client's summary that the protocol
// failed, without the reply, names no cause (and is no exit 2).
func TestKindLib11bDisconnectWordsAndNoCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SmtpProtocolException: The SMTP server has unexpectedly disconnected: 535 Incorrect authentication data", AuthFailed, ClassPermanent},
		{"The server has disconnected: Authentication unsuccessful, the password is wrong", AuthFailed, ClassPermanent},
		// a disconnect alone stays a network failure
		{"MailKit.Net.Smtp.SmtpProtocolException: The SMTP server has unexpectedly disconnected.", Network, ClassTransient},
	})
	for _, in := range []string{"mailer: SMTP protocol error while sending to smtp.mail.example", "After sending DATA, response did not start with any of: [3]."} {
		e, err := explainOne(in)
		if err != nil || e.Category != Unknown {
			t.Errorf("%q: %s (%v), want unknown", in, e.Category, err)
		}
	}
}
