package explain

import (
	"strings"
	"unicode"
)

// Rules of helper app18 (issue 10, session 13); see docs/heldout/heldout18*.md.
// The kinds the first run of held-out batch 18-app (the long tail people
// paste from applications, sending services, mail clients and libraries)
// showed, each fixed at its level and tested in new wording in
// app18_kinds_test.go:
//
//   - Outlook's and Outlook Express's own error codes (imnxport.h, the
//     IXP_E_* values 0x800CCCxx of the Windows SDK, and Outlook's
//     0x80042109/0x8004210B) read by their documented meaning where the code
//     names the cause by itself: a host name that does not resolve, a
//     connection that failed, dropped or timed out, a logon refused, a secure
//     connection that failed or was required. The codes of the SMTP family
//     (0x800CCC60-0x800CCC6F, one per reply code) only restate the server's
//     reply and are left to its words. (The Task wrapper "reported error
//     (0x...)" alone is an application's report of a failed send,
//     outcome.go.)
//   - libcurl's error texts (the CURLE_* strerror of the mailers that send
//     through curl: Domoticz, Zabbix, Nagios/NRPE scripts) and a socket call
//     that failed ("recv() failed") are connection failures.
//   - An application's failure report that hides the server's reply:
//     PEAR Net_SMTP's "Invalid response code received from server"
//     (Roundcube, Horde), a library's "<stage> rejection" (mailio), and a
//     local sendmail program that is missing ("No such file or directory -
//     /usr/sbin/sendmail"): unknown, with no class of their own.
//   - A recipient address that is empty, refused by the library before any
//     SMTP ("SMTP To address may not be blank", Go's "mail: no address",
//     gomail's `invalid address ""`): the application's syntax, not an
//     unknown user.
//   - A web API's 401 "Unauthenticated" and an API user "not authorized to
//     send mail" are the caller's credentials (auth-failed), not the
//     sender authentication (DMARC) that "unauthenticated" names in a
//     mail server's reply.
//   - "Unauthorized sender" (App Engine's UNAUTHORIZED_SENDER): the
//     application may not send from that address (sender-invalid).
//   - A suppression list entry made by hard bounces ("Recipient added to
//     suppression list (too many hard fails)", Postal) is read by its
//     reason: user-unknown, as a suppression after a hard bounce is.
//   - SwiftMailer's "Failed to authenticate on SMTP server ... Authenticator
//     X returned ...: Expected response code 250 but got an empty response":
//     the login failed and the server dropped the session; the wrapper's
//     failed authentication decides over the empty response.
//
// Batch 18-app b (the sending machine's own mailer, and libraries' words):
//
//   - No local mailer at all (cron's "No MTA installed", "Your system does
//     not have /usr/bin/mail", s-nail's "Cannot start /usr/sbin/sendmail:
//     executable not found") and smartd's report that its mail command
//     failed ("32-bit/8-bit exit status", which mta.rfc no longer reads as
//     8-bit content): unknown with no class, no server was reached.
//   - Postfix's sendmail without its configuration ("fatal: open
//     /etc/postfix/main.cf: ...") and a local queue file that cannot be
//     read back (dma's "corrupted queue file"): the sending machine's
//     server error, not a policy refusal.
//   - PHPMailer's command "without being connected" and JavaMail's [EOF]:
//     connection failures; JavaMail's AddressException: the address's
//     syntax; an appliance's "network connection may be unstable": network.
//   - A German application's "Versand fehlgeschlagen" is a failed send
//     without its cause (outcome.go).
var app18Rules = []rule{
	// ---- Outlook / Outlook Express / Windows Mail: IXP_E_* codes ----
	{ID: "app18.outlook-ixp-cant-find-host", Any: []string{"0x800ccc0d"},
		Cat: HostUnknown, Pri: 10,
		Summary: "The mail client could not find the mail server's name in DNS (Outlook/Windows Mail error 0x800CCC0D, IXP_E_CANT_FIND_HOST).",
		Fix: []string{"Check the server name in the account settings for typos.",
			"Check that the computer can resolve names at all (open a web page; `nslookup <server>`)."}},
	{ID: "app18.outlook-ixp-connection", Any: []string{"0x800ccc0e", "0x800ccc0f", "0x800ccc12", "0x800ccc13", "0x800ccc15", "0x800ccc19",
		"0x80042109", "0x8004210b"},
		Cat: Network, Pri: 10,
		Summary: "The mail client could not reach the mail server, or the connection dropped or timed out (Outlook/Windows Mail codes 0x800CCC0E failed to connect, 0x800CCC0F connection dropped, 0x800CCC12/13 socket read/write error, 0x800CCC15 socket connect error, 0x800CCC19 timeout; Outlook's 0x80042109 and 0x8004210B for the outgoing server).",
		Fix: []string{"Check the outgoing server name and port (587 with STARTTLS, or 465 with SSL/TLS) in the account settings.",
			"Check that a firewall, antivirus mail scanner or the network does not block the port (`Test-NetConnection <server> -Port 587`)."}},
	{ID: "app18.outlook-ixp-logon", Any: []string{"0x800ccc18", "0x800ccc91", "0x800ccc92"},
		Cat: AuthFailed, Pri: 10,
		Summary: "The mail server refused the client's logon (Outlook/Windows Mail codes 0x800CCC18 secure password logon failed, 0x800CCC91/0x800CCC92 user name or password refused).",
		Fix: []string{"Re-enter the user name (often the full address) and password; use an app password where the provider requires one.",
			"Turn off Secure Password Authentication (SPA) unless the provider asks for it."}},
	{ID: "app18.outlook-ixp-tls", Any: []string{"0x800ccc1a", "0x800ccc7c", "0x800ccc7d", "0x800ccc7f"},
		Cat: TLSRequired, Pri: 10,
		Summary: "The encrypted connection the client and server need did not come about (Outlook/Windows Mail codes 0x800CCC1A secure connection failed, 0x800CCC7C STARTTLS required, 0x800CCC7D the server offers no STARTTLS, 0x800CCC7F STARTTLS failed).",
		Fix: []string{"Match the encryption setting to the port: STARTTLS (\"TLS\") on 587, SSL/TLS on 465.",
			"Check the server name against its certificate, and that the client supports TLS 1.2 or later."}},

	// ---- libcurl's error texts and failed socket calls ----
	{ID: "app18.curl-transfer", Any: []string{"failure when receiving data from the peer", "failed sending data to the peer",
		"server returned nothing (no headers, no data)", "couldn't connect to server", "could not connect to server"},
		Cat: Network, Pri: conceptPri + 8,
		Summary: "The connection to the mail server failed or broke while data was exchanged (libcurl's CURLE_COULDNT_CONNECT, CURLE_SEND_ERROR, CURLE_RECV_ERROR or CURLE_GOT_NOTHING).",
		Fix: []string{"Check the server name, port and TLS mode (smtps:// on 465, smtp:// with STARTTLS on 587) in the application's mail settings.",
			"Check that the network and firewall let the connection through, and retry: the failure is usually temporary."}},
	{ID: "app18.socket-call-failed", Any: []string{"recv() failed", "send() failed", "read() failed", "write() failed", "recvfrom() failed"},
		Not: []string{"connect() failed"}, // (a connection that was never made is another rule's)
		Cat: Network, Pri: conceptPri + 4,
		Summary: "A socket read or write with the mail server failed: the connection was closed or broke.",
		Fix: []string{"Check that the server accepts the connection (a greeting on the port) and is not closing it at once (a refusal or a filter).",
			"Retry; if it persists, look at the server's log for the time of the attempt."}},

	// ---- an application's failure that hides the server's reply ----
	{ID: "app18.hidden-reply-invalid-response", Any: []string{"invalid response code received from server", "invalid response code received from the server",
		// the same said as a reply that could not be parsed (D-Link's SMTP ALG
		// "Could not parse server response code", held-out batch 19-concept)
		"could not parse server response", "could not parse the server response", "cannot parse server response", "unable to parse server response",
		"failed to parse server response", "could not parse smtp response", "unparsable server response", "unparseable server response"},
		Cat: Unknown, Actor: ActorSenderAdmin, Pri: conceptPri + 16,
		Summary: "The application's SMTP library (PEAR Net_SMTP: Roundcube, Horde) got a reply code it did not expect and does not pass the reply on: the server refused something, and its words would say why.",
		Fix: []string{"Turn on the application's SMTP debug log (Roundcube: smtp_debug) and send again: the server's reply is there.",
			"Then explain that reply: `smtpgw explain \"<reply>\"`."}},
	{ID: "app18.hidden-reply-stage-rejection", Any: []string{"mail sender rejection", "mail recipient rejection", "mail message rejection", "mail data rejection"},
		Cat: Unknown, Actor: ActorSenderAdmin, Pri: conceptPri + 10,
		Summary: "The mail library reports that the server refused the sender, a recipient or the message, without the server's reply: the cause, and whether it is temporary, are hidden.",
		Fix: []string{"Turn on the library's protocol trace and send again: the server's reply to that command tells the cause.",
			"Then explain that reply: `smtpgw explain \"<reply>\"`."}},
	{ID: "app18.hidden-reply-sendmail-missing",
		Any: []string{"no such file or directory", "command not found", "cannot execute", "could not execute", "can't execute", "not executable", "sendmail: not found",
			// s-nail/mailx: "Cannot start /usr/sbin/sendmail: executable not found" (batch 18-app b)
			"executable not found", "cannot start"},
		With: []string{"sbin/sendmail", "bin/sendmail", "sendmail:", "sendmail_path", "sendmail -", "sendmail program", "sendmail binary"},
		Cat:  Unknown, Actor: ActorSenderAdmin, Pri: conceptPri + 12,
		Summary: "The application hands mail to a local sendmail program, and that program is missing or cannot run: no mail server was reached.",
		Fix: []string{"Install a local MTA or a sendmail replacement (msmtp, ssmtp, nullmailer) at the path the application uses, or switch the application to SMTP.",
			"Check the path in the application's settings (PHP: sendmail_path)."}},

	// ---- batch 18-app b: the machine's own mailer ----
	// no local mailer at all: cron's "No MTA installed, discarding output",
	// Debian smartd's runner "Your system does not have /usr/bin/mail"
	{ID: "app18.hidden-reply-no-local-mailer", Any: []string{"no mta installed", "no mta is installed", "no mail transfer agent installed",
		"does not have /usr/bin/mail", "install the mailx or mailutils", "no sendmail installed"},
		Cat: Unknown, Actor: ActorSenderAdmin, Pri: conceptPri + 12,
		Summary: "The program (cron, smartd, a script) hands its mail to a local mail command, and the machine has none: the mail was not sent, no server was reached.",
		Fix: []string{"Install a local MTA or a sendmail replacement that relays to your mail server (msmtp-mta, nullmailer, dma, Postfix as a satellite).",
			"Or point the program at a mail command that exists (cron: MAILTO=\"\" to stop mailing; smartd: -M exec <script>)."}},
	// smartd's report that its mail command failed ("Warning via
	// /usr/bin/mail to root: failed (32-bit/8-bit exit status: 256/1)"):
	// the command's own output, if any, says why
	{ID: "app18.hidden-reply-local-mailer-exit", Any: []string{"32-bit/8-bit exit status"},
		Cat: Unknown, Actor: ActorSenderAdmin, Pri: conceptPri + 4,
		Summary: "smartd ran its mail command and the command failed on this machine (its exit status): no mail server's reply is involved.",
		Fix: []string{"Read the command's output in the lines before (a missing script, a missing sendmail, a refused login in msmtp's log).",
			"Test the command by hand (`smartd -M test`, or `echo test | mail -s test root`)."}},
	// Postfix's sendmail without its configuration ("sendmail: fatal: open
	// /etc/postfix/main.cf: No such file or directory", "... Permission
	// denied"): the local MTA cannot run for this user, whatever cron or
	// mailx reports after it
	{ID: "app18.local-postfix-config", Any: []string{"fatal: open /etc/postfix/main.cf", "fatal: open /etc/postfix/master.cf",
		"open /etc/postfix/main.cf: permission denied", "open /etc/postfix/main.cf: no such file"},
		Cat: ServerError, Actor: ActorSenderAdmin, Pri: conceptPri + 16,
		Summary: "The local Postfix sendmail command could not read its configuration (/etc/postfix/main.cf missing or not readable by the user): the machine that sends could not queue the mail.",
		Fix: []string{"Install or restore Postfix's configuration, or remove the half-installed Postfix and use another sendmail replacement.",
			"If the file exists, make it readable (mode 644, owner root): sendmail runs as the user who sends."}},
	// a local MTA's own queue file it cannot read back (dma: "remote
	// delivery failed: corrupted queue file")
	{ID: "app18.local-queue-corrupt", Any: []string{"corrupted queue file", "corrupt queue file", "queue file is corrupt", "queue file corrupted"},
		Cat: ServerError, Actor: ActorSenderAdmin, Pri: conceptPri + 12,
		Summary: "The sending machine's mail program could not read back the message it had queued (a corrupted queue file): the fault is local, not a receiver's refusal.",
		Fix: []string{"Look at the queued file (dma: /var/spool/dma) for what the program cannot parse (line length, encoding), and report it with the file to the program's maintainers.",
			"Resend the message once the cause is fixed; a bounced one is not retried."}},

	// ---- batch 18-app b: libraries' own words ----
	// PHPMailer's SMTP class when the connection was never made ("Called
	// Mail() without being connected"): a connection failure, whatever the
	// wrapper says of the address it was sending
	{ID: "app18.smtp-not-connected", Any: []string{"without being connected"},
		Cat: Network, Pri: conceptPri + 16,
		Summary: "The mail library tried to send a command without a connection to the server: connecting had failed (or the server had closed the session) before.",
		Fix: []string{"Check the SMTP host, port and encryption setting, and that the machine can reach the server (`openssl s_client -starttls smtp -connect <host>:587`).",
			"Turn on the library's debug output to see why the connection failed."}},
	// JavaMail's "[EOF]": the server closed the connection while the client
	// waited for a reply
	{ID: "app18.javamail-eof", Any: []string{"messagingexception: [eof]", "mailexception: [eof]", "debug smtp: eof", "exception: [eof]"},
		Cat: Network, Pri: conceptPri,
		Summary: "The server closed the connection while the mail client (JavaMail) waited for its reply ([EOF]): no reply was read.",
		Fix: []string{"Turn on JavaMail's debug output (mail.debug=true): a reply before the close often tells why (a refused EHLO name, a TLS mismatch).",
			"Check the port and encryption setting and the EHLO name the application sends (not \"localhost\")."}},
	// JavaMail's AddressException: the address could not be parsed
	{ID: "app18.javamail-address-exception", Any: []string{"addressexception", "illegal whitespace in address", "local address contains control or whitespace",
		"missing final '@domain'", "domain contains illegal character", "illegal character in domain", "illegal address in string"},
		Cat: Syntax, Pri: conceptPri + 12,
		Summary: "The mail library could not parse an address (JavaMail's AddressException): the message was not sent to any server.",
		Fix: []string{"Correct the address the application was given (a space, a missing domain, a display name without quotes).",
			"Validate addresses where users enter them."}},
	// an appliance's "the network connection may be unstable" (Synology DSM)
	{ID: "app18.network-unstable", Any: []string{"network connection may be unstable", "network connection is unstable", "network may be unstable"},
		Cat: Network, Pri: conceptPri + 4,
		Summary: "The device could not complete the exchange with the mail server: the network connection failed or the server did not answer.",
		Fix: []string{"Check the device's network settings (DNS, gateway) and that it can reach the mail server's port.",
			"Retry the test; if it fails again, check the server name, port and encryption setting."}},

	// ---- an empty recipient address, refused before any SMTP ----
	{ID: "app18.empty-recipient-address", Any: []string{"to address may not be blank", "address may not be blank", "mail: no address", "invalid address \"\"",
		"recipient address is empty", "empty recipient address", "recipient address may not be empty", "no recipient address given"},
		Cat: Syntax, Pri: conceptPri + 16,
		Summary: "The application tried to send to an empty address: its mail library refused the message before it reached a server.",
		Fix: []string{"Check that the recipient's address is filled in (a user or contact without an email address, a blank form field).",
			"Validate addresses in the application before it queues mail."}},

	// ---- a web API's credentials ----
	{ID: "app18.api-unauthenticated", Any: []string{"unauthenticated"},
		With: []string{"api error", "api key", "apikey", "api token", "bearer", "error 401", "status 401", "401 unauthenticated", "401: unauthenticated", "(401)"},
		Not:  []string{"sender is unauthenticated", "unauthenticated email", "unauthenticated mail", "unauthenticated sender", "dmarc", "spf", "dkim"},
		Cat:  AuthFailed, Pri: conceptPri + 16,
		Summary: "The sending service's API refused the request: the API key or token was missing, wrong or revoked (HTTP 401 Unauthenticated).",
		Fix: []string{"Check the API key the application uses (the right key, no spaces, not revoked) and that it is sent in the header the service expects.",
			"Create a new key with sending permission if in doubt."}},
	// the same word under an HTTP 401 (SMTP has no 401: the number is the API's status)
	{ID: "app18.http401-unauthenticated", Any: []string{"unauthenticated", "unauthorized", "not authenticated"}, Codes: []int{401},
		Cat: AuthFailed, Pri: conceptPri + 16,
		Summary: "The sending service's API refused the request with HTTP 401: the API key or token was missing, wrong or revoked.",
		Fix: []string{"Check the API key the application uses (the right key, no spaces, not revoked) and that it is sent in the header the service expects.",
			"Create a new key with sending permission if in doubt."}},
	{ID: "app18.api-user-not-authorized-to-send", Any: []string{"authenticated user is not authorized to send", "api key is not authorized to send", "key is not authorized to send",
		"token is not authorized to send", "api key does not have permission to send", "key does not have permission to send"},
		Cat: AuthFailed, Pri: conceptPri + 16,
		Summary: "The sending service accepted the credentials but they may not send mail: the API key or user lacks the sending permission (SendGrid's mail.send scope).",
		Fix: []string{"Give the API key the permission to send (SendGrid: Mail Send), or create a key with full sending access.",
			"Check that the application uses the key you changed."}},

	// ---- a sender the platform does not allow ----
	{ID: "app18.unauthorized-sender", Any: []string{"unauthorized sender", "unauthorized_sender", "unauthorised sender"},
		Cat: SenderInvalid, Pri: conceptPri + 10,
		Summary: "The platform or server does not allow the application to send from that sender address (App Engine's UNAUTHORIZED_SENDER: not an address of the app's administrators or of a verified domain).",
		Fix: []string{"Send from an address the platform authorizes (App Engine: an app administrator or a registered sender; an ESP: a verified sender or domain).",
			"Check the From address the application sets."}},

	// ---- a suppression entry made by hard bounces ----
	{ID: "app18.suppressed-hard-bounces", All: []string{"suppression list"},
		Any: []string{"hard fail", "hard bounce", "hard-bounce", "hardbounce", "hard bounced"},
		Not: []string{"complain", "unsubscrib", "spam report", "manual"},
		Cat: UserUnknown, Pri: 14,
		Summary: "The sending service put the address on its suppression list after hard bounces (permanent failures, such as an address that does not exist), and will not send to it.",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before removing it from the service's suppression list."}},

	// ---- SwiftMailer's failed login that ends in an empty response ----
	{ID: "app18.swift-auth-empty-response", All: []string{"failed to authenticate on smtp server"},
		Any: []string{"got an empty response", "but got code \"\""},
		Cat: AuthFailed, Pri: 8,
		Summary: "The application (SwiftMailer) could not log in to the SMTP server: each authenticator it tried failed, and the server then closed the session without an answer.",
		Fix: []string{"Check the SMTP user name and password (or app password) and the authentication the provider expects (LOGIN/PLAIN over TLS, or OAuth2).",
			"Turn on SwiftMailer's logger to see the server's reply to AUTH."}},
}

// app18HiddenReply tells final15HiddenReply the rules of this file that read
// an application's failure without the server's reply (codeless input only).
func app18HiddenReply(r *rule) bool {
	return strings.HasPrefix(r.ID, "app18.hidden-reply")
}

// isAlnumRune reports a letter or digit of any script: a reply text without
// one says nothing ("}" closing the object a library printed the reply in).
func isAlnumRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
