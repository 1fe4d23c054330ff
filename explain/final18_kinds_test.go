package explain

import "testing"

// Kinds of helper final18 (issue 10, session 13): the kinds heldout17.md left
// open (parser and input forms) and the wrong verdicts of batches 12 to 17's
// first runs, each in new wording (not rows of a batch).

// A multi-line reply that a client or the bouncing MTA folded again at its
// own width: a continuation code ends up behind the words of the line
// before, here behind a link. It is still one reply, and its words decide.
func TestKindRewrappedMultilineReply(t *testing.T) {
	checkKinds(t, []kindCase{
		{"<ops@lab.example>: host alt2.gmail-smtp-in.l.google.example[192.0.2.40] said:\n421-4.7.28\nOur system has detected an unusual rate of unsolicited mail originating\n421-4.7.28 from your IP address. To protect our users, mail sent from your\n421-4.7.28 IP address has been temporarily rate limited. Please visit 421-4.7.28\nhttps://support.google.example/mail/?p=UnsolicitedIPError to 421 4.7.28\nreview our guidelines.\nx12si445566qtb.7 - gsmtp (in reply to end of DATA\ncommand)", RateLimited, ClassTransient},
		{"<kim@far.example>: host mx.far.example[198.51.100.20] said: 550-5.7.1\nThe sending address is not allowed to send mail here. See 550-5.7.1\nhttps://help.far.example/policy?id=77 for the rules 550 5.7.1\nthat apply to your domain. (in reply to RCPT TO command)", Policy, ClassPermanent},
	})
	// the folded reply is one reply: its text runs across the lines
	r, err := Parse("<ops@lab.example>: host mx.far.example[198.51.100.20] said: 452-4.2.2\nThe mailbox of this user is over its storage quota. Read 452-4.2.2\nhttps://help.far.example/quota?lang=en about the 452 4.2.2\nlimits. (in reply to RCPT TO command)")
	if err != nil {
		t.Fatal(err)
	}
	if r.Note != "" || r.Code != 452 || r.Enhanced != "4.2.2" {
		t.Errorf("Parse: code %d %s, note %q; want one reply 452 4.2.2", r.Code, r.Enhanced, r.Note)
	}
}

// An SMTP test tool's JSON of the session lines per MX host: the array's
// strings are the lines of a transcript (replies and client commands); the
// reply that failed decides, not the greeting.
func TestKindJSONSessionLines(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"mx1.far.example":["220 mx1.far.example ESMTP ready","EHLO checker.example","250 mx1.far.example","MAIL FROM:<probe@checker.example>","250 2.1.0 Ok","RCPT TO:<nobody@far.example>","550 5.1.1 <nobody@far.example>: Recipient address rejected: User unknown in local recipient table","QUIT",""]}`, UserUnknown, ClassPermanent},
		{`{"mx.lab.example":["220 mx.lab.example ready","HELO probe.example","250 mx.lab.example","MAIL FROM:<>","554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.example","QUIT",""]}`, Reputation, ClassPermanent},
	})
}

// A PowerMTA accounting record (CSV): its diagnostic field is the reply and
// its status field's words go with it; the vague bounce category
// "policy-related" gives way to a reply whose words say more, and still
// decides when they say nothing.
func TestKindPowerMTARecord(t *testing.T) {
	checkKinds(t, []kindCase{
		{"b,2026-11-02 08:14:02-0500,2026-11-02 08:13:58-0500,news@send.example,ghost@far.example,,failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 <ghost@far.example>: Recipient address rejected,mx.far.example (192.0.2.71),policy-related,smtp,send.example (127.0.0.1),smtp,198.51.100.30,192.0.2.71,\"PIPELINING,8BITMIME,SIZE,STARTTLS\",,vmta2,,,far.example/vmta2,pool-a", UserUnknown, ClassPermanent},
		{"b,2026-11-02 08:15:40-0500,2026-11-02 08:15:31-0500,news@send.example,ann@far.example,,failed,5.7.1 (delivery not authorized, message refused),smtp;554 5.7.1 Message refused,mx.far.example (192.0.2.71),policy-related,smtp,send.example (127.0.0.1),smtp,198.51.100.30,192.0.2.71,\"PIPELINING,8BITMIME\",,vmta2,,,far.example/vmta2,pool-a", Policy, ClassPermanent},
	})
}

// Exchange 2000/2003's non-delivery report: its last line "<host #x.y.z>"
// (with the server's reply after "smtp;" when one came) is the reply; with
// no server reply, the report's own reason sentence is its text, and the
// report means the message came back, whatever a quoted reply's class.
func TestKindExchange2003NDR(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your message did not reach some or all of the intended recipients.\n\n      Subject: Order 4471\n      Sent: 5/6/2008 2:15 PM\n\nThe following recipient(s) could not be reached:\n\nsales@gone-shop.example on 5/6/2008 2:15 PM\nThe e-mail address could not be found. Perhaps the recipient moved to a different e-mail organization, or there was a mistake in the address. Check the address and try again.\n<mx1.lab.example #5.1.1>", UserUnknown, ClassPermanent},
		{"did not reach the following recipient(s):\n\nkim@far.example on 3/2/2007 8:01 AM\nThe recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.\n<relay.lab.example #5.2.2 smtp;452 4.2.2 Mailbox over quota>", MailboxFull, ClassPermanent},
	})
}

// A sending MTA that cannot find a mail server (MX) for the recipient's
// domain: the domain's mail servers are not found (host-unknown), in the
// class of its code; "could not find" is read with its negation.
func TestKindCannotFindMX(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.4.0 Unable to find an MX host for shop.nowhere.example, will retry", HostUnknown, ClassTransient},
		{"554 Could not find a mail exchanger for lab-gone.example", HostUnknown, ClassPermanent},
		{"2026-11-04T09:00:12Z queue=deferred rcpt=ann@far.example: 450 cannot find any MX record for far.example", HostUnknown, ClassTransient},
	})
}

// Kinds of heldout18's first run, in new wording: a login refused until the
// account signs in through a browser; a refusal by an anti-spam system
// (its content, not the sender's IP); a protocol deviation; a header field
// given more often than allowed; a mail client that could not reach its
// SMTP server; a filter rule that matched; an account's command or
// bandwidth limit.
func TestKindHeldout18FirstRun(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SMTPAuthenticationError: 5.7.14 Please sign in via your web browser first, then try again.", AuthFailed, ClassPermanent},
		{"550 Message was rejected by antispam filter (score 12.4)", SpamContent, ClassPermanent},
		{"554 Your mail was rejected by antispam system: blacklisted IP 198.51.100.4", Reputation, ClassPermanent},
		{"503 5.5.1 protocol deviation: DATA before RCPT", Syntax, ClassPermanent},
		{"554 5.6.0 A message must have exactly one From header", RFCNoncompliant, ClassPermanent},
		{"Sending of the message failed.\nThe connection to the outgoing server smtp.lab.example was refused.", Network, ClassTransient},
		{"550 delivery failure: the message matched a filter rule of the recipient's domain", Policy, ClassPermanent},
		{"NO [OVERQUOTA] Bandwidth limit exceeded for this account, try again in an hour", RateLimited, ClassTransient},
	})
}
