package explain

import "testing"

// The kinds held-out batch 17-src (the common MTAs' own strings from their
// source) found on its first run, in new wording (not the batch's rows).

// A domain's broken DNS answer is read by the domain the check was about:
// the recipient's (host-unknown), the sender's (sender-invalid), the HELO
// name's (rfc-noncompliant); Exim's permanent address-lookup failure of
// every host is a domain without mail hosts.
func TestKindSrc17DomainDNSBroken(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Dec  7 09:00:01 mx postfix/smtpd[100]: NOQUEUE: reject: RCPT from mail.far.example[192.0.2.9]: 450 4.1.2 <li@dns-broken.example>: Recipient address rejected: Malformed DNS server reply; from=<bo@far.example> to=<li@dns-broken.example> proto=ESMTP helo=<mail.far.example>", HostUnknown, ClassTransient},
		{"450 4.1.8 <bo@dns-broken.example>: Sender address rejected: Malformed DNS server reply", SenderInvalid, ClassTransient},
		{"450 4.7.1 <pc9.dns-broken.example>: Helo command rejected: Malformed DNS server reply", RFCNoncompliant, ClassTransient},
		{"  li@far.example\n    all host address lookups failed permanently", HostUnknown, ClassPermanent},
	})
}

// A local delivery whose own agent failed (Exim's pipe and file deliveries,
// qmail-local's "Uh-oh:" checks of the recipient's set-up) is the receiving
// site's set-up: server-error, not a disabled mailbox (#4.2.1). A delivery
// to a pipe or file the site's settings forbid (Exim's forbid_pipe,
// forbid_file) is the site's restriction, as Postfix's "mail to command is
// restricted": policy (docs/explain.md, Labelling conventions).
func TestKindSrc17LocalDeliveryForbidden(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2026-12-07 09:01:00 1wAbCd-000XyZ-00 ** /home/li/saved-mail <li@corp.example> R=userforward: delivery to file forbidden", Policy, ClassPermanent},
		{"2026-12-07 09:01:30 1wAbCd-000XyZ-0a ** |/usr/bin/filter <li@corp.example> R=userforward: delivery to pipe not permitted", Policy, ClassPermanent},
		{"2026-12-07 09:02:00 1wAbCe-000XyZ-01 ** |/usr/local/bin/autoreply <li@corp.example> R=userforward T=address_pipe: local delivery failed", ServerError, ClassPermanent},
		{"Uh-oh: .qmail file is writable. (#4.7.0)", ServerError, ClassTransient},
		{"Uh-oh: first line of .qmail file is blank. (#4.2.1)", ServerError, ClassTransient},
		// a local delivery that failed for the recipient's quota keeps its category
		{"  li@corp.example\n    local delivery failed: mailbox is full (quota exceeded while writing to file /var/mail/li)", MailboxFull, ClassPermanent},
	})
}

// Sessions cut off by the server: too many commands that carry no mail is
// a limit; too many syntax or protocol errors is a syntax error whatever
// the last command was (a "HELO" there is no verdict on the HELO name).
func TestKindSrc17SessionDropped(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2026-12-07 09:03:00 SMTP call from client.far.example [192.0.2.44]:60122 dropped: too many nonmail commands (last was \"NOOP\")", RateLimited, ClassTransient},
		{"2026-12-07 09:04:00 SMTP call from [198.51.100.7]:41000 dropped: too many syntax or protocol errors (last command was \"EHLO \", NULL)", Syntax, ClassPermanent},
		{"501 Syntactically invalid HELO argument(s)\n501 Too many syntax or protocol errors", Syntax, ClassPermanent},
	})
}

// Exim's deferral ("==") with retry wording is the connection failure of
// now, not an expiry; the same words after "**" are the final bounce.
func TestKindSrc17DelayedIsNotExpired(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2026-12-07 09:05:00 1wAbCf-000XyZ-02 == li@far.example R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host after a long failure period", Network, ClassTransient},
		{"2026-12-07 09:06:00 1wAbCg-000XyZ-03 ** li@far.example R=dnslookup T=remote_smtp: retry time not reached for any host after a long failure period", Expired, ClassPermanent},
		{"2026-12-07 09:06:30 1wAbCh-000XyZ-04 ** li@far.example R=dnslookup T=remote_smtp: retry timeout exceeded", Expired, ClassPermanent},
	})
}

// Sendmail's daemon log of a client that went away, and a client that
// talked before the greeting (sendmail, postscreen): no code, still a
// delivery outcome.
func TestKindSrc17ClientSessionLog(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Dec  7 09:07:00 mx sendmail[200]: 0B79700a000200: collect: premature EOM: Connection reset by peer", Network, ClassTransient},
		{"Dec  7 09:07:10 mx sm-mta[201]: 0B79710b000201: lost input channel from [192.0.2.50] to MTA after data", Network, ClassTransient},
		{"Dec  7 09:07:20 mx sm-mta[202]: 0B79720c000202: rejecting commands from [192.0.2.77] due to pre-greeting traffic after 3 seconds", RFCNoncompliant, ClassPermanent},
		{"Dec  7 09:07:30 mx postfix/postscreen[300]: PREGREET 22 after 0.18 from [203.0.113.9]:50122: EHLO user-pc.example\\r\\n", RFCNoncompliant, ClassPermanent},
	})
}

// OpenSMTPD's registry description before the reason ("Invalid command:")
// does not decide; the reason does. Pipelining the server did not allow is
// a protocol violation.
func TestKindSrc17ReasonAfterDescription(t *testing.T) {
	checkKinds(t, []kindCase{
		{"530 Must issue an AUTH command first", AuthRequired, ClassPermanent},
		{"530 5.5.1 Invalid command: Must issue a STARTTLS command first", TLSRequired, ClassPermanent},
		{"500 5.5.1 Invalid command: Command unrecognized", Syntax, ClassPermanent},
		{"554 5.5.0 Error: improper use of SMTP command pipelining", RFCNoncompliant, ClassPermanent},
	})
}

// The server's own DKIM signing failing is its fault, not the sender's
// authentication; a verification failure stays sender-auth.
func TestKindSrc17OwnSigning(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.3.0 Failed to sign the message with DKIM, try again later", ServerError, ClassTransient},
		{"550 5.7.1 DKIM signature verification failed", SenderAuth, ClassPermanent},
	})
}

// A recipient address that does not parse is a syntax error, not a message
// that breaks RFC 5322; a malformed MIME header stays rfc-noncompliant.
func TestKindSrc17MalformedRecipient(t *testing.T) {
	checkKinds(t, []kindCase{
		{"501 5.1.2 Malformed destination domain (IDNA conversion failed)", Syntax, ClassPermanent},
		{"550 5.6.0 Malformed MIME header", RFCNoncompliant, ClassPermanent},
	})
}

// chasquid's TLS security level, Microsoft's banned recipient (not the
// sender's reputation, which a banned sender is), OpenSMTPD's route
// failures.
func TestKindSrc17ProductWording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Dec  7 09:08:00 mx chasquid[77]: 192.0.2.1:40000 rejected from=bo@far.example - security level check failed", TLSRequired, ClassPermanent},
		{"<li@corp.example>: host corp-example.mail.protection.outlook.example[192.0.2.10] said: 550 5.7.505 Access denied, banned recipient (in reply to RCPT TO command)", UserUnknown, ClassPermanent},
		{"550 5.7.511 Access denied, banned sender[192.0.2.1]", Reputation, ClassPermanent},
		{"Dec  7 09:09:00 relay smtpd[88]: 5e6f7a8b9c0d1e2f mta delivery evpid=3d4e5f6071829304 from=<bo@corp.example> to=<li@far.example> rcpt=<-> source=\"192.0.2.3\" relay=\"mx.far.example\" delay=2h result=\"TempFail\" stat=\"Destination seem to reject all mails\"", Network, ClassTransient},
		{"result=\"TempFail\" stat=\"Could not retrieve source address\"", ServerError, ClassTransient},
	})
}

// Postfix's smtp client that cannot log in at all through its SASL library
// defers (smtp_sasl_auth_soft_bounce): without a code, transient.
func TestKindSrc17ClientSASLDeferred(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Dec  7 09:10:00 relay postfix/smtp[500]: 7A8B9C0D1E: SASL authentication failed; cannot authenticate to server smtp.isp.example[198.51.100.2]: generic failure", AuthFailed, ClassTransient},
	})
}

// Batch 17-src b: the receiving MTA's log of a session, without a code,
// from Postfix, postscreen and Exim (batch 17-src fixed sendmail's words
// only): a client that went away (network), that pipelined (rfc-
// noncompliant), that spoke another protocol (syntax); a client's failed
// TLS handshake in the server's log is retried (transient).
func TestKindSrc17bSessionLogs(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Dec  9 07:00:01 mx postfix/postscreen[881]: HANGUP after 2.1 from [198.51.100.71]:50000 in tests before SMTP handshake", Network, ClassTransient},
		{"2026-12-09 07:00:02 SMTP connection from [192.0.2.72] lost while reading message data", Network, ClassTransient},
		{"Dec  9 07:00:03 mx postfix/smtpd[1300]: improper command pipelining after CONNECT from unknown[203.0.113.73]: EHLO pc", RFCNoncompliant, ClassPermanent},
		{"Dec  9 07:00:04 mx postfix/postscreen[881]: COMMAND PIPELINING from [203.0.113.74]:40000 after RCPT: DATA", RFCNoncompliant, ClassPermanent},
		{"Dec  9 07:00:05 mx postfix/postscreen[881]: NON-SMTP COMMAND from [198.51.100.75]:33000 after EHLO: CONNECT mx.b.example:25 HTTP/1.0", Syntax, ClassPermanent},
		{"2026-12-09 07:00:06 TLS error on connection from mail.far.example [192.0.2.76] (SSL_accept): error:0A000418:SSL routines::tlsv1 alert unknown ca", TLSRequired, ClassTransient},
	})
}

// Batch 17-src b: a bounce to several recipients is a policy refusal, not
// a recipient limit; a domain the server does not serve is a relay refusal,
// not an unknown user; an authenticated user's sender address that is not
// theirs is sender-invalid; a broken header field is rfc-noncompliant, not
// the envelope sender (nor DMARC's From alignment); a sender domain whose
// MX cannot be verified is the sender's.
func TestKindSrc17bReplies(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.5.3 only one recipient allowed for a message with a null sender", Policy, ClassPermanent},
		{"452 4.5.3 Too many recipients", RateLimited, ClassTransient},
		{"550 5.1.1 <li@c.example>: not accepting mail for domain c.example", RelayDenied, ClassPermanent},
		{"550 5.1.1 <li@c.example>: Recipient address rejected: User unknown", UserUnknown, ClassPermanent},
		{"553 5.7.1 Sender <bo@far.example> must belong to the authenticated user", SenderInvalid, ClassPermanent},
		{"550 5.6.0 Missing Date header", RFCNoncompliant, ClassPermanent},
		{"554 5.6.0 Duplicate Message-ID header", RFCNoncompliant, ClassPermanent},
		{"550 5.7.1 From header domain does not align with the DKIM signature", SenderAuth, ClassPermanent},
		{"451 4.4.3 Could not verify MX records for the sender domain far.example", SenderInvalid, ClassTransient},
	})
}

// Batch 17-src c: OpenSMTPD's session events and sendmail's AUTH and
// server-side TLS logs, in other lines: a session closed by an I/O error
// (network), a client certificate that failed the check (tls-required), a
// failed login with its relay= field (auth-failed; the field is no
// relaying), the server side's TLS failure (the MTA's own log: transient).
func TestKindSrc17cSessionEvents(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Dec 11 06:00:01 mx smtpd[902]: 3b4c5d6e7f8091a2 smtp event=closed reason=\"io-error: Connection reset by peer\"", Network, ClassTransient},
		{"Dec 11 06:00:02 mx smtpd[902]: 4c5d6e7f8091a2b3 smtp event=closed reason=cert-check-failed", TLSRequired, ClassTransient},
		{"Dec 11 06:00:03 mx smtpd[902]: 5d6e7f8091a2b3c4 smtp event=authentication user=bo result=permfail", AuthFailed, ClassPermanent},
		{"Dec 11 06:00:04 mx sm-mta[3200]: 0BB6004a003200: AUTH failure (PLAIN): authentication failure (-13) SASL(-13): authentication failure: Password verification failed, relay=pc.far.example [192.0.2.110]", AuthFailed, ClassPermanent},
		{"Dec 11 06:00:05 mx sm-mta[3201]: STARTTLS=server, error: accept failed=-1, reason=unknown protocol, SSL_error=1, errno=0, retry=-1, relay=[192.0.2.111]", TLSRequired, ClassTransient},
	})
}

// Batch 17-src d: a TLS failure in a mail daemon's own log line (any MTA's
// syslog tag or Exim's main log) is the MTA's (transient), not a client
// library's that gives up (permanent); the same words without the
// daemon's tag keep the library's class.
func TestKindSrc17dDaemonTLSClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Dec 13 04:00:01 mx postfix/smtpd[4100]: SSL_accept error from unknown[192.0.2.140]: -1", TLSRequired, ClassTransient},
		{"Dec 13 04:00:02 mx couriertls: accept: error:0A000102:SSL routines::unsupported protocol", TLSRequired, ClassTransient},
		{"error:0A000102:SSL routines::unsupported protocol", TLSRequired, ClassPermanent},
	})
}
