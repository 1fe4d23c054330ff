package explain

import "testing"

// Kinds of helper final17 (issue 10, session 12): from the confusion table of
// the five all-category batches' first runs (heldout12 to heldout16) and the
// kinds heldout16.md left open, each in new wording (not rows of a batch).

// An Exchange 5.5 NDR: the Internet Mail Connector's own reason on its
// MSEXCH:IMC line decides over the NDR's generic banner; without that line
// the banner still reads as an unknown recipient.
func TestKindExchangeIMCReasonOverBanner(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your message did not reach some or all of the intended recipients.\n\n   The following recipient(s) could not be reached:\n\n      'ops@nowhere-shop.example' on 5/14/98 9:02 AM\n            The recipient name is not recognized\n            MSEXCH:IMC:ACME:HQ:MAIL01 3902 Host Unknown", HostUnknown, ClassPermanent},
		{"kim@far.example on 2/2/99 4:10 PM\n  The recipient name is not recognized\n  MSEXCH:IMC:CONTOSO:EUROPE:EX2 0 (000C05A6) host not found", HostUnknown, ClassPermanent},
		{"'kim@far.example' on 2/2/99 4:10 PM\n  The recipient name is not recognized", UserUnknown, ClassPermanent},
	})
}

// amavisd-new's "Error in processing, id=..." is the content filter failing
// at the receiver (temporary), whichever step failed, also quoted in an
// Exim delay report; a server's own refusal of a message it could not parse
// stays a format problem.
func TestKindAmavisErrorInProcessing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"host mx.far.example [192.0.2.9]: 451 4.5.0 Error in processing, id=04412-12, decoders FAILED: can't create temporary directory: No space left on device", ServerError, ClassTransient},
		{"A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue on relay.lab.example.\n\n  ann@far.example\n    Delay reason: SMTP error from remote mail server after end of data:\n    451 4.5.0 Error in processing, id=31107-02, parts_decode_ext FAILED: MIME::Parser error: parsing aborted", ServerError, ClassTransient},
		{"550 5.6.0 Failed to parse message: malformed MIME header", RFCNoncompliant, ClassPermanent},
	})
}

// Outlook.com's own code S2017062302 under the standard text of 550: an
// address that is not in use.
func TestKindOutlookS2017062302(t *testing.T) {
	checkKinds(t, []kindCase{
		{"<zoe@outlook.example>: host outlook-com.olc.protection.outlook.example[192.0.2.1] said: 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM4PEPF00027A6C.eurprd04.prod.outlook.example 2026-11-03T08:12:44.001Z 08DCF0A1B2C3D4E5] (in reply to RCPT TO command)", UserUnknown, ClassPermanent},
		// the standard text alone still says no cause
		{"550 5.5.0 Requested action not taken: mailbox unavailable", Unknown, ClassPermanent},
	})
}

// A 553 that says nothing more than its code is not known to be about an
// address's syntax (553 is most often a refused sender); a 553 whose words
// name a cause is read by them, an unbalanced bracket or an improper
// address as syntax.
func TestKindBare553(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Send failed - the server answered: 553", Unknown, ClassPermanent},
		{"553", Unknown, ClassPermanent},
		{"553 5.1.3 <ann@far.example... Unbalanced '\"'", Syntax, ClassPermanent},
		{"553 Improper address: missing domain part", Syntax, ClassPermanent},
		{"553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", RelayDenied, ClassPermanent},
		{"553 5.7.1 <ann@lab.example>: Sender address rejected: not owned by user ops@lab.example", SenderInvalid, ClassPermanent},
	})
}

// Postfix's session transcript in a bounce (" Out: " the server, " In: " the
// client, every line indented): its lines are lines of their own, and the
// reply that failed decides, not the greeting.
func TestKindPostfixSessionTranscript(t *testing.T) {
	checkKinds(t, []kindCase{
		{" Out: 220 mx.far.example ESMTP\n In:  EHLO relay.lab.example\n Out: 250 mx.far.example\n In:  MAIL FROM:<ann@lab.example>\n Out: 250 2.1.0 Ok\n In:  RCPT TO:<kim@elsewhere.example>\n Out: 554 5.7.1 <kim@elsewhere.example>: Relay access denied\n In:  QUIT\n Out: 221 2.0.0 Bye", RelayDenied, ClassPermanent},
		{"    Out: 220 mx.far.example ESMTP\n    In:  MAIL FROM:<ann@lab.example>\n    Out: 250 2.1.0 Ok\n    In:  RCPT TO:<kim@far.example>\n    Out: 250 2.1.5 Ok\n    In:  DATA\n    Out: 354 End data with <CR><LF>.<CR><LF>\n    Out: 452 4.3.1 Insufficient system storage", ServerError, ClassTransient},
	})
	for _, ln := range []string{" Out: 250 2.1.0 Ok", "\tIn:  DATA", "   In: RCPT TO:<a@b.example>"} {
		if !postfixSessionLine(ln) {
			t.Errorf("postfixSessionLine(%q) = false", ln)
		}
	}
	for _, ln := range []string{"Out: 250 2.1.0 Ok", "    continued text of the reply", " Outbound relay said: 550", " Inbox full"} {
		if postfixSessionLine(ln) {
			t.Errorf("postfixSessionLine(%q) = true", ln)
		}
	}
}

// PHPMailer's SMTPDebug output starts a session read whole on standard
// input; a log line that only mentions a client or a connection does not.
func TestKindPHPMailerDebugStart(t *testing.T) {
	for _, ln := range []string{"2026-11-30 09:12:01 CLIENT -> SERVER: EHLO web01.lab.example", "2026-11-30 09:14:40 Connection: opening to mail.far.example:587, timeout=300, options=array()",
		"SERVER -> CLIENT: 220 mail.far.example ESMTP", "2026-11-30 09:12:01\tSERVER -> CLIENT: 250 OK"} {
		if !phpMailerDebugStart(ln) {
			t.Errorf("phpMailerDebugStart(%q) = false", ln)
		}
	}
	for _, ln := range []string{"2026-11-30 09:12:01 client -> server connection lost", "Connection: close", "Nov 30 09:12:01 mail postfix/smtp[1]: connect to far.example", "SMTP Error: Could not connect to SMTP host."} {
		if phpMailerDebugStart(ln) {
			t.Errorf("phpMailerDebugStart(%q) = true", ln)
		}
	}
}

// amavisd-new's contents categories in its log line: MTA-BLOCKED is the
// filter failing to hand the message back to the MTA (a receiver's fault,
// retried), BAD-HEADER a malformed header; INFECTED, BANNED and SPAM keep
// their rules.
func TestKindAmavisContentsCategories(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Dec  1 07:44:10 gw amavis[3190]: (03190-05) Blocked MTA-BLOCKED {TempFailedOutbound}, LOCAL [10.0.0.8]:51212 <ann@lab.example> -> <kim@far.example>, mail_id: x81, Hits: -, size: 8123, 40 ms", ServerError, ClassTransient},
		{"Dec  1 07:44:12 gw amavis[3190]: (03190-06) Blocked BAD-HEADER-4 {RejectedInbound}, [192.0.2.44]:35002 <news@shop.example> -> <kim@lab.example>, mail_id: x82, Hits: -, size: 4410", RFCNoncompliant, ClassPermanent},
		{"Dec  1 07:44:15 gw amavis[3190]: (03190-07) Blocked INFECTED (Win.Trojan.Agent-1234) {DiscardedInbound,Quarantined}, [192.0.2.44]:35003 <a@shop.example> -> <kim@lab.example>", Virus, ClassPermanent},
	})
}

// Vocabulary of earlier first runs' misses, in new wording: relaying said as
// "retransmission", a connection the site does not want, an account disabled
// for mail, a sender call-back verification.
func TestKindFinal17Vocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 5.7.1 <kim@far.example>: Retransmission not allowed for this domain", RelayDenied, ClassPermanent},
		{"421 mx2.far.example unwelcome connection from 203.0.113.77, closing", Policy, ClassTransient},
		{"550 user kim@far.example is disabled with SMTP service", MailboxDisabled, ClassPermanent},
		{"450 4.1.7 <ann@lab.example>: Sender address rejected: CBV: no MX servers available", SenderInvalid, ClassTransient},
		{"550 5.1.7 sender callback verification failed for <ann@lab.example>", SenderInvalid, ClassPermanent},
	})
}

// Kinds of held-out batch 17's first run, in new wording: Exim's debug pid
// before its connection attempt is no reply code; Exim's failed host
// address lookups are the destination's DNS, not a sending limit; a client
// that got an empty response; a refusal by the sender domain owner's policy.
func TestKindHeldout17FirstRun(t *testing.T) {
	checkKinds(t, []kindCase{
		{"318 Connecting to mx1.far.example [198.51.100.12]:25 ... failed: Connection refused\n318 LOG: MAIN\n318   H=mx1.far.example [198.51.100.12] Connection refused", Network, ClassTransient},
		{"2026-12-01 10:00:01 1tX-000-AB == kim@far.example R=dnslookup T=remote_smtp defer (-34): some host address lookups failed and retry time not reached for other hosts or connection limit reached", HostUnknown, ClassTransient},
		{"Mail test failed. Exception: Unable to read response, or response is empty", Network, ClassTransient},
		{"550 5.7.1 Unfortunately, messages from [203.0.113.9] on behalf of (shop.example) could not be delivered due to domain owner policy restrictions.", SenderAuth, ClassPermanent},
		{"The response was:\nDNS Error: 771021 DNS type 'mx' lookup of shop-old.example responded with code NOERROR\n771021 DNS type 'mx' lookup of shop-old.example had no relevant answers.", HostUnknown, ClassPermanent},
		// a reply that starts with its text "Connecting to" and no " ... " stays a reply
		{"421 Connecting to the mailbox store failed, try again later", ServerError, ClassTransient},
	})
}
