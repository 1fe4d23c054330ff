package explain

import (
	"errors"
	"testing"
)

// The kinds held-out batch 11-apps (replies as applications and frameworks
// log them) found on its only run, each in new wording (not the batch's
// rows), with the neighbours each fix must leave alone.

func TestKindApps11ConnectionNeverAnswered(t *testing.T) {
	checkKinds(t, []kindCase{
		{"mailer: notify failed after 3 attempts: create SMTP client: EOF", Network, ClassTransient},
		{"relay.corp.example:2525: got bad greeting from SMTP host (response: [EOF])", Network, ClassTransient},
		{"Report could not be sent: no connection could be established to smtp.corp.example:587", Network, ClassTransient},
		// a name that does not resolve stays the host's name
		{"Connection could not be established with host mx.nowhere.example :stream_socket_client(): php_network_getaddresses: getaddrinfo failed: Name or service not known", HostUnknown, ""},
	})
}

func TestKindApps11TLSConnect(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Backup report not sent: could not connect via TLS to smtp.host.example:465", TLSRequired, ClassPermanent},
		{"SendMail: failed to open TLS connection to relay.corp.example:587", TLSRequired, ClassPermanent},
		// the network cause it names decides
		{"unable to connect via TLS: connection timed out", Network, ClassTransient},
	})
}

func TestKindApps11ServerCannotCheckNow(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.7.1 Virus scanner unavailable, please try again later", ServerError, ClassTransient},
		{"451 4.3.0 Unable to scan the message at this time", ServerError, ClassTransient},
		// greylisting said as such stays greylisting
		{"451 4.7.1 Greylisted, please try again later", Greylisted, ClassTransient},
	})
}

func TestKindApps11MissingHeaderAndReceivePermission(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Message has no Date header", RFCNoncompliant, ClassPermanent},
		{"554 Rejected: the Message-ID header is missing", RFCNoncompliant, ClassPermanent},
		{"550 5.7.1 <kim@corp.example>: this mailbox is not permitted to receive external mail", MailboxDisabled, ClassPermanent},
		// a sender not allowed to send stays a policy refusal
		{"550 5.7.1 You are not authorized to send mail to this list", Policy, ClassPermanent},
	})
}

func TestKindApps11RelayWordsAboutTheSender(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Requested action not taken: local users only", RelayDenied, ClassPermanent},
		{"553 relaying denied as <news@brand.example>: not an identity of this account", SenderInvalid, ClassPermanent},
		// a relay refusal without "as" stays one
		{"554 5.7.1 <bo@far.example>: Relay access denied", RelayDenied, ClassPermanent},
	})
}

func TestKindApps11AllRecipientsRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"send failed: all recipients were refused by the server", Unknown, ClassPermanent},
	})
}

func TestKindApps11UnitedInternetHeaderCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554-Transaction failed\n554-Reject due to policy restrictions.\n554 For explanation visit https://postmaster.1und1.example/de/case?c=hi&i=ip&v=192.0.2.9", RFCNoncompliant, ClassPermanent},
		// another code of the same family keeps its own meaning
		{"554-web.de (mxweb9) Nemesis ESMTP Service not available\n554-No SMTP service\n554-Bad DNS PTR resource record.\n554 For explanation visit https://postmaster.web.example/en/error-messages?ip=192.0.2.9&c=rdns", PTRRequired, ClassPermanent},
	})
}

// A refusal in reply to AUTH whose only cause is a recipient's mailbox code
// is a failed login; a reply with its own words keeps them.
func TestKindApps11StageAuth(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Error: Invalid login: 550 5.2.1 [BN8PR12CA0021.namprd12.prod.outlook.example]", AuthFailed, ClassPermanent},
		{`{"code":"EAUTH","command":"AUTH PLAIN","response":"550 5.1.1 [AM0PR01CA0001]","responseCode":550}`, AuthFailed, ClassPermanent},
		{"Net::SMTPAuthenticationError: 530 5.7.0 Must issue a STARTTLS command first", TLSRequired, ClassPermanent},
		// without the stage the code's meaning stands
		{"550 5.2.1 Mailbox disabled, not accepting messages", MailboxDisabled, ClassPermanent},
	})
}

// A client's connection wrapper around a server's 5xx greeting: a server
// answered, so the wrapper's network words do not decide.
func TestKindApps11ConnectWrapperAroundRefusal(t *testing.T) {
	checkKinds(t, []kindCase{
		{"javax.mail.MessagingException: Could not connect to SMTP host: mx.corp.example, port: 25, response: 550", Unknown, ClassPermanent},
		{"javax.mail.MessagingException: Could not connect to SMTP host: mx.corp.example, port: 25;\n  nested exception is:\n\tjava.net.ConnectException: Connection refused", Network, ClassTransient},
	})
}

// A transcript whose last reply succeeded, followed by the client's words
// that it failed: the words decide, at that reply's stage.
func TestKindApps11FailureAfterSuccessfulReply(t *testing.T) {
	checkKinds(t, []kindCase{
		// (a client's TLS failure without a code: permanent, as docs/explain.md
		// says; the class follows the TLS category since held-out batch 16-net b)
		{"> STARTTLS\n< 220 Go ahead\nSMTP ERROR: connection closed unexpectedly", TLSRequired, ClassPermanent},
		{"C: DATA\nS: 354 Start mail input\nclient error: connection reset by peer while sending the body", Network, ClassTransient},
		// the end of a session is no failure
		{"250 2.0.0 Ok: queued as 4Q1x2\nConnection closed by foreign host.", Success, ClassSuccess},
		{"221 2.0.0 Bye\nerror reading from socket: connection closed", Success, ClassSuccess},
	})
}

// A source position in a stack trace ("Mailer.php line 345") is no reply code.
func TestKindApps11SourceLineIsNoCode(t *testing.T) {
	if _, err := Parse("Uncaught exception in /srv/app/lib/OrderMailer.php line 250"); !errors.Is(err, ErrNoCode) {
		t.Errorf("a source line read as a reply: err %v, want ErrNoCode", err)
	}
	r, err := Parse("SMTP error: 550 5.1.1 <x@corp.example>: user unknown\n#0 /srv/app/lib/OrderMailer.php line 451")
	if err != nil || r.Code != 550 {
		t.Errorf("got code %d, err %v; want the reply's 550", r.Code, err)
	}
	checkKinds(t, []kindCase{
		{"[mail] Error: ServiceException: Could not send message: Server is not accepting SMTP connections.\n1. /srv/app/lib/Transport.php line 222", Network, ClassTransient},
	})
}

// Batch 11-apps b: a refused connection said in the application's language,
// and qmail's relay refusal worded "allowed to be relayed".
func TestKindApps11bLocalizedRefusalAndRelayedThru(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Erro ao enviar: falha ao conectar ao servidor smtp.corp.example:587", Network, ClassTransient},
		{"Impossible de se connecter au serveur SMTP mail.corp.example (connexion refusée)", Network, ClassTransient},
		{"SMTP-Fehler: Verbindung abgelehnt (111)", Network, ClassTransient},
		{"553 sorry, this domain is not allowed to be relayed through this MTA (#5.7.1)", RelayDenied, ClassPermanent},
		// a refusal of the relay in the usual words stays one; a 5.7.1 policy refusal stays policy
		{"553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", RelayDenied, ClassPermanent},
		{"550 5.7.1 Message refused by local policy", Policy, ClassPermanent},
	})
}
