package explain

// The kinds held-out batch 9-forum showed (testdata/corpus/heldout9-forum.tsv:
// replies pasted in the threads of people who run mail servers or send mail
// from applications). The parser's share (Exim's debug transcript with its
// process-id column) is in parse.go (skipDebugPID), the class of Postfix's
// delay notice in classify.go (statedTemporaryWording), and mta.policy no
// longer reads a library's "data not accepted" as a policy verdict.

var forumRules9 = []rule{
	// a client library's own wrapper for a refusal at the end of DATA,
	// without the server's words (PHPMailer's "SMTP Error: data not
	// accepted."): it says that the message was refused, not why nor whether
	// for good. A cause in the rest of the paste (PHPMailer's "Detail: ...
	// SMTP code: 550") is a verdict and outranks this rule.
	{ID: "forum9.library-data-not-accepted", Any: []string{"data not accepted"}, Cat: Unknown, Actor: ActorSenderAdmin,
		Summary: "The client library reports only that the server refused the message after its data; the server's reply, which says why, is not in this text.",
		Fix: []string{"Turn on the library's SMTP debug output (PHPMailer: $mail->SMTPDebug = 2) and send again: the server's reply after the message data names the cause.",
			"Common causes: the From address is not one the SMTP account may use, the message is too large, a spam or virus filter refused it, or a sending limit was reached."}},
	// the envelope sender is not an address the authenticated login may use,
	// however the server words it ("Sender is not same as SMTP authenticate
	// username", iRedAPD; "sender address does not match the authenticated
	// user"), also under Postfix's "Recipient address rejected:" when a
	// policy server answers at RCPT TO: a subject (the sender) and a
	// verdict (it does not match the login) (held-out batch 9-forum b)
	{ID: "forum9.sender-login-mismatch", Any: []string{"sender is not same as", "sender is not the same as", "sender does not match", "sender address does not match",
		"from address does not match", "sender login mismatch", "sender doesn't match", "sender address doesn't match"},
		With: []string{"authenticate", "authenticated", "auth user", "login", "username", "user name", "smtp user", "sasl"},
		Cat:  SenderInvalid, Pri: conceptPri,
		Summary: "The server refused the envelope sender: it is not an address the authenticated account may send as.",
		Fix: []string{"Send as the account's own address (or an alias the server lets that login use): the MAIL FROM address must match the SMTP login.",
			"If the account should send as this address (a shared or delegated mailbox), the server's admin must allow it for that login (Postfix smtpd_sender_login_maps, iRedAPD's allowed senders, mailcow's sender ACL)."}},
	// the receiver could not set up the TLS session it insists on ("454 4.7.0
	// Failed to establish appropriate TLS channel: Access Denied", Exchange
	// Online): TLS words with a failure to establish them, over the generic
	// "access denied" (held-out batch 9-forum b)
	{ID: "forum9.tls-not-established", Any: []string{"tls channel", "establish tls", "establish a tls", "tls negotiation failed", "tls negotiation failure",
		"could not negotiate tls", "unable to negotiate tls", "tls session could not"},
		Cat: TLSRequired, Pri: conceptPri,
		Summary: "The receiver requires TLS and the TLS session could not be set up (no STARTTLS from the sender, or no protocol version or cipher both sides accept).",
		Fix: []string{"Enable STARTTLS in the sending MTA (Postfix: smtp_tls_security_level = may, or encrypt for this destination) and allow current protocol versions and ciphers.",
			"Check the handshake with `smtpgw probe domain`."}},
}
