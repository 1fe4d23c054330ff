package explain

import "testing"

// Kinds of helper app18 (issue 10, session 13; docs/heldout/heldout18-app.md):
// the long tail of applications, sending services, mail clients and
// libraries, each in new wording (not rows of a batch), with the neighbours
// that must not change.

// Outlook's and Windows Mail's own error codes (imnxport.h) name the cause
// where the code says it by itself; a code of the SMTP family only restates
// the server's reply, whose words decide; the Task wrapper alone is a failed
// send without a cause.
func TestKindOutlookIXPCodes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Task 'kim@home.example - Sending' reported error (0x800CCC0D) : 'The host 'smtp.isp.example' could not be found. Please verify that you have entered the server name correctly.'", HostUnknown, ClassPermanent},
		{"Unknown Error 0x800CCC0F", Network, ClassTransient},
		{"Sending reported error (0x8004210B): 'The operation timed out waiting for a response from the receiving (SMTP) server.'", Network, ClassTransient},
		{"Receiving reported error (0x800CCC92): 'Your e-mail server rejected your login.'", AuthFailed, ClassPermanent},
		{"Send test e-mail message: Your outgoing server does not support SSL-secured connections. (0x800CCC7D)", TLSRequired, ClassPermanent},
		// the SMTP family: the server's words decide
		{"Task 'ann@home.example - Sending' reported error (0x800CCC69) : 'The server responded: 550 5.1.1 <kim@far.example>: Recipient address rejected: User unknown in virtual mailbox table'", UserUnknown, ClassPermanent},
		// the wrapper around a code that names no cause: a failed send, the cause hidden
		{"Task 'Work - Sending' reported error (0x80040119)", Unknown, ClassUnknown},
	})
}

// libcurl's error texts and failed socket calls are connection failures.
func TestKindCurlAndSocketErrors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"curl: (55) Failed sending data to the peer", Network, ClassTransient},
		{"SMTP Mailer: libcurl: (52) Server returned nothing (no headers, no data)", Network, ClassTransient},
		{"mailer[2211]: smtp session with relay.lab.example: send() failed", Network, ClassTransient},
		// a connection never made stays the connect rule's
		{"SMTP connect() failed.", Network, ClassTransient},
	})
}

// An application's failure that hides the server's reply is unknown with no
// class: PEAR Net_SMTP's invalid response code, a library's "<stage>
// rejection", a local sendmail program that is missing. A connection that
// failed without such words stays a connection failure.
func TestKindHiddenReplyApplications(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Horde_Mail_Exception: Invalid response code received from server", Unknown, ClassUnknown},
		{"SMTP Error: Connection failed", Network, ClassTransient},
		{"Mail recipient rejection.", Unknown, ClassUnknown},
		{"sh: 1: /usr/sbin/sendmail: not found", Unknown, ClassUnknown},
		{"Could not execute: /usr/lib/sendmail -t -i", Unknown, ClassUnknown},
	})
}

// An empty recipient refused by the library before SMTP is the
// application's syntax; a server's "invalid address" stays a recipient the
// server does not have.
func TestKindEmptyRecipientAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"ArgumentError (SMTP To address may not be blank: [])", Syntax, ClassPermanent},
		{"notify: could not send: mail: no address", Syntax, ClassPermanent},
		{"550 5.1.1 <kim@far.example>: invalid address", UserUnknown, ClassPermanent},
	})
}

// A web API's 401 "Unauthenticated" and an API key without the sending
// permission are the caller's credentials; a mail server's "unauthenticated"
// sender and a list's "not authorized to send mail to" keep their meaning.
func TestKindAPICredentials(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Request failed with status code 401: {\"message\":\"Unauthenticated.\"}", AuthFailed, ClassPermanent},
		{"mailer error: the API key is not authorized to send mail from this account", AuthFailed, ClassPermanent},
		{"550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and users", SenderAuth, ClassPermanent},
		{"You are not authorized to send mail to the TEAM-L list from your ana@lab.example account", Policy, ClassPermanent},
	})
}

// A platform's "unauthorized sender" is a sender the application may not
// use.
func TestKindUnauthorizedSender(t *testing.T) {
	checkKinds(t, []kindCase{
		{"mail.send() raised: Unauthorized sender", SenderInvalid, ClassPermanent},
	})
}

// A suppression list entry is read by its reason: hard bounces make it an
// address that does not receive mail, a complaint a policy of the service.
func TestKindSuppressionByHardBounces(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Not sent: the address is on the suppression list after repeated hard bounces", UserUnknown, ClassPermanent},
		{"Not sent: the address is on the suppression list (reason: spam complaint)", Policy, ClassPermanent},
	})
}

// SwiftMailer's failed login that ends in an empty response is a failed
// login; a greeting that never came stays a connection that was not
// answered.
func TestKindSwiftAuthEmptyResponse(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Failed to authenticate on SMTP server with username \"ops@lab.example\" using 2 possible authenticators. Authenticator LOGIN returned Expected response code 235 but got an empty response.", AuthFailed, ClassPermanent},
		{"Expected response code 220 but got an empty response", Network, ClassTransient},
	})
}

// A version field's dotted value is no enhanced status code; a Status field
// still is.
func TestKindVersionFieldNoEnhancedCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"{\"level\":\"error\",\"msg\":\"mail send failed: dial tcp 192.0.2.4:25: connect: connection refused\",\"version\":\"4.2.1\"}", Network, ClassTransient},
		{"level=error app_version=5.1.1 msg=\"notification mail not sent: connection timed out\"", Network, ClassTransient},
		{"Final-Recipient: rfc822; kim@far.example\nAction: failed\nStatus: 5.1.1", UserUnknown, ClassPermanent},
	})
}

// A last reply without words (a library's object that ends with its code
// field) only repeats an earlier reply of the same code, whose words decide.
func TestKindWordlessLastReplyRepeatsEarlier(t *testing.T) {
	checkKinds(t, []kindCase{
		{"MailgunError: <html>\n<head><title>413 Request Entity Too Large</title></head>\n<body>\n<center><h1>413 Request Entity Too Large</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n statusCode: 413 }", MessageTooBig, ClassPermanent},
	})
}

// Italian applications' "sending failed" is a failed send without a cause.
func TestKindItalianSendingFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Errore: invio della mail fallito", Unknown, ClassUnknown},
	})
}

// Batch 18-app b: the sending machine's own mailer. No local mailer at all,
// and smartd's report that its mail command failed, are unknown with no
// class (no server was reached); Postfix's sendmail without its
// configuration and a local queue file that cannot be read back are the
// sending machine's server error, not a refusal.
func TestKindLocalMailer(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Jan  3 04:00:01 nas cron[812]: (CRON) info (No MTA installed, discarding output)", Unknown, ClassUnknown},
		{"backup.sh: Your system does not have /usr/bin/mail.  Install the mailx or mailutils package", Unknown, ClassUnknown},
		{"mailx: Cannot start /usr/lib/sendmail: executable not found", Unknown, ClassUnknown},
		{"smartd[901]: Warning via /usr/bin/mail to ops@home.example: failed (32-bit/8-bit exit status: 256/1)", Unknown, ClassUnknown},
		{"postfix/sendmail[4410]: fatal: open /etc/postfix/main.cf: Permission denied", ServerError, ClassTransient},
		{"dma[1c2.3d4]: remote delivery failed: corrupted queue file", ServerError, ClassPermanent},
		// an 8BITMIME refusal is still the standard's
		{"554 5.6.1 Message contains 8-bit characters but the server does not support 8BITMIME", RFCNoncompliant, ClassPermanent},
	})
}

// Libraries' own words: PHPMailer's command sent without a connection and
// JavaMail's [EOF] are connection failures; JavaMail's AddressException is
// the address's syntax; an appliance's "network connection may be
// unstable" is the network; a German application's "Versand
// fehlgeschlagen" is a failed send without its cause.
func TestKindLibraryWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mailer Error: SMTP Error: Called RCPT TO without being connected", Network, ClassTransient},
		{"Unable to send reset mail: jakarta.mail.MessagingException: [EOF]", Network, ClassTransient},
		{"Notification failed: javax.mail.internet.AddressException: Missing final '@domain' in string ``ops''", Syntax, ClassPermanent},
		{"Notification test: network connection may be unstable, please try later (4021)", Network, ClassTransient},
		{"Der E-Mail-Versand ist fehlgeschlagen.", Unknown, ClassUnknown},
	})
}
