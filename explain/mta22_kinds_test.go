package explain

import "testing"

// The kinds helper mta22 fixed (docs/heldout/heldout22-mta.md), in new
// wording (not rows of a batch), with the neighbours that must not change.

// Exim quotes the EHLO answer that made it fall back to HELO in its deferral
// ("(EHLO response was: 5xx ...)"): the deferral is the closed connection;
// an SMTP error Exim reports after a command keeps that reply.
func TestKindMta22EximQuotedEHLOResponse(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2026-03-02 11:20:45 1wAbCd-0001Xy-Zz == kim@far.example R=dnslookup T=remote_smtp defer (-18) H=mx.far.example [198.51.100.12]: Remote host mx.far.example [198.51.100.12] closed connection in response to HELO out.near.example (EHLO response was: 502 5.5.2 Error: command not recognized)", Network, ClassTransient},
		{"2026-03-02 11:21:10 1wAbCe-0001Xy-Aa == lu@far.example R=dnslookup T=remote_smtp defer (-18): Remote host closed connection in response to HELO out.near.example (EHLO response was: 554 5.7.1 Access denied)", Network, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"2026-03-02 11:22:00 1wAbCf-0001Xy-Bb ** kim@far.example R=dnslookup T=remote_smtp H=mx.far.example [198.51.100.12]: SMTP error from remote mail server after EHLO out.near.example: 502 5.5.2 Error: command not recognized", Syntax, ClassPermanent},
	})
}

// A relay's own table that could not be read (OpenSMTPD's credentials and
// source tables) is the relay's set-up, not a login a server refused; a
// server that refused the credentials stays auth-failed.
func TestKindMta22RelayOwnLookup(t *testing.T) {
	checkKinds(t, []kindCase{
		{`Mar  2 11:30:00 gw smtpd[811]: 0a1b2c3d4e5f6a7b mta delivery evpid=7a6b5c4d3e2f1a0b from=<ops@near.example> to=<kim@far.example> rcpt=<-> source="-" relay="smtp.isp.example" delay=40m result="TempFail" stat="Could not retrieve credentials"`, ServerError, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"535 5.7.8 Error: authentication failed: bad credentials", AuthFailed, ClassPermanent},
	})
}

// The receiving server's own trouble in the MTAs' words: qmail-queue's exit
// texts (a "qq timeout" is the queue program, not the network), postscreen's
// port limit, Exim's spool space, Exim's MX that is this host, sendmail's
// sysexits texts; a connection that timed out stays the network.
func TestKindMta22ServerTroubleVocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 qq out of memory (#4.3.0)", ServerError, ClassTransient},
		{"451 qq trouble creating files in queue (#4.3.0)", ServerError, ClassTransient},
		{"Mar  2 11:40:00 mx postfix/postscreen[9102]: NOQUEUE: reject: CONNECT from [192.0.2.77]:40112: all server ports busy", ServerError, ClassTransient},
		{"452 Space shortage, please try later", ServerError, ClassTransient},
		{"2026-03-02 11:41:00 1wAbCg-0001Xy-Cc ** kim@far.example R=dnslookup T=remote_smtp: remote host address is the local host", ServerError, ClassPermanent},
		{"Mar  2 11:42:00 mx sm-mta[311]: 12AB34CD000311: to=<kim@far.example>, delay=00:00:01, mailer=esmtp, pri=30312, relay=mx.far.example. [198.51.100.12], dsn=5.3.5, stat=System file missing", ServerError, ClassPermanent},
		{"Mar  2 11:43:00 mx sm-mta[312]: 12AB34CD000312: to=<lu@far.example>, delay=00:00:03, mailer=esmtp, pri=30312, relay=mx.far.example. [198.51.100.12], dsn=5.5.0, stat=Remote protocol error", ServerError, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"451 4.4.2 Timeout while waiting for the client", Network, ClassTransient},
		{"Mar  2 11:44:00 mx postfix/smtp[9120]: 3F2A11C0D4: to=<kim@far.example>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.far.example[198.51.100.12]:25: Connection timed out)", Network, ClassTransient},
	})
}

// Vocabulary in the families that hold it: a domain that publishes a null SRV
// accepts no mail, as one with a null MX; sendmail's per-client connection
// limit is a rate limit also under 4.3.2; Exim's recipient callout that
// could not complete is the network, its sender callout stays the sender's
// (the corpus's reading).
func TestKindMta22FamilyVocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"<kim@srv-only.example>: Domain srv-only.example does not support SRV requests", HostUnknown, ClassPermanent},
		{"421 4.3.2 Too many open connections.", RateLimited, ClassTransient},
		{"451-Could not complete recipient verify callout for <kim@far.example>.\n451 The mail server(s) for the domain may be temporarily unreachable.", Network, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"451 Could not complete sender verify callout", SenderInvalid, ClassTransient},
		{"553 5.1.8 <news@promo.example>: Sender address rejected: Domain not found", SenderInvalid, ClassPermanent},
	})
}

// Class words: Exim's "verify defer" is a deferral, whatever the category;
// Exchange's "Delivery has failed to these recipients or groups" is the
// final report, and its delay notice stays temporary.
func TestKindMta22ClassWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2026-03-02 11:50:00 H=(mx.promo.example) [192.0.2.90] sender verify defer for <news@promo.example>: Could not complete sender verify callout", SenderInvalid, ClassTransient},
		{"Delivery has failed to these recipients or groups:\n\nkim@far.example\nThe e-mail system had a problem processing this message. It won't try to deliver this message again.", ServerError, ClassPermanent},
		{"Delivery has failed to these recipients or groups:\n\nlu@far.example\nA configuration error in the e-mail system caused the message to loop between servers.", ServerError, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Delivery is delayed to these recipients or groups:\n\nkim@far.example\nThis message hasn't been delivered yet. Delivery will continue to be attempted.", Unknown, ClassTransient},
	})
}

// sendmail logs the reply it sent for a ruleset's or milter's refusal in its
// "reject=" field: that is the line's reply code; a "reject=" glued to a
// word before it is no such field.
func TestKindMta22SendmailRejectField(t *testing.T) {
	for _, c := range []struct {
		in   string
		code int
		cat  Category
	}{
		{"Apr  9 08:00:01 gw sm-mta[300]: ruleset=check_relay, arg1=[192.0.2.191], arg2=192.0.2.191, relay=[192.0.2.191], reject=421 4.3.2 Connection rate limit exceeded.", 421, RateLimited},
		{"Apr  9 08:00:02 gw sm-mta[301]: 12AB34CD000301: Milter: to=<li@far.example>, reject=451 4.7.1 Greylisted, please retry in 300 seconds", 451, Greylisted},
		{"Apr  9 08:00:03 gw sm-mta[302]: ruleset=check_relay, arg1=[192.0.2.192], arg2=127.0.0.2, relay=[192.0.2.192], reject=550 5.7.1 Rejected: 192.0.2.192 listed at zen.spamhaus.org", 550, Reputation},
	} {
		r, err := Parse(c.in)
		if err != nil {
			t.Fatalf("%.40q: %v", c.in, err)
		}
		if e := Explain(r); r.Code != c.code || e.Category != c.cat {
			t.Errorf("%.60q: code %d %s, want %d %s", c.in, r.Code, e.Category, c.code, c.cat)
		}
	}
	if r, err := Parse("hook_reject=550 was set for this list"); err == nil && r.Code == 550 {
		t.Errorf("a field glued to a word read as the reply code: %+v", r)
	}
}

// Batch b: a milter's HOLD in Postfix's log is the site's filter holding the
// message (policy, held: temporary), its DISCARD stays policy, permanent;
// sendmail's milter that failed or timed out is the receiving server, not the
// network; a connection that broke while the client sent is the network.
func TestKindMta22MilterStates(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Apr 10 06:00:01 gw postfix/cleanup[701]: 9A8B7C6D5E: milter-hold: END-OF-MESSAGE from mail.promo.example[192.0.2.201]: milter triggers HOLD action; from=<deals@promo.example> to=<kim@near.example> proto=ESMTP helo=<mail.promo.example>", Policy, ClassTransient},
		{"Apr 10 06:00:02 gw sm-mta[702]: 12CD34EF000702: Milter (opendkim): timeout before data write", ServerError, ClassTransient},
		{"Apr 10 06:00:03 gw sm-mta[703]: 12CD34EF000703: Milter (spamass): to error state", ServerError, ClassTransient},
		{"Apr 10 06:00:04 gw sm-mta[704]: 12CD34EF000704: collect: I/O error on connection from dsl-9.isp.example, from=<kim@isp.example>", Network, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"Apr 10 06:00:05 gw postfix/cleanup[705]: 9A8B7C6D5F: milter-discard: END-OF-MESSAGE from mail.promo.example[192.0.2.201]: milter triggers DISCARD action; from=<deals@promo.example> to=<kim@near.example> proto=ESMTP helo=<mail.promo.example>", Policy, ClassPermanent},
		{"Apr 10 06:00:06 gw sm-mta[706]: 12CD34EF000706: to=<kim@far.example>, delay=00:05:00, mailer=esmtp, pri=30312, relay=mx.far.example. [198.51.100.12], dsn=4.0.0, stat=Deferred: Connection timed out with mx.far.example.", Network, ClassTransient},
	})
}

// Batch b: the server's load, and a return receipt.
func TestKindMta22LoadAndReceipt(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2026-04-10 06:10:00 Connection from [192.0.2.210] refused: load average = 30.02", ServerError, ClassTransient},
		{"421 mx.near.example Too much load; please try again later", ServerError, ClassTransient},
		{"Apr 10 06:11:00 gw sm-mta[710]: 12CD34EF000710: 12CD34EF000711: DSN: Return receipt", Success, ClassSuccess},
		{"The original message was received at Fri, 10 Apr 2026 06:11:00 +0200\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had successful delivery notifications -----\n<kim@far.example>  (successfully delivered to mailbox)", Success, ClassSuccess},
	})
	checkKinds(t, []kindCase{
		{"2026-04-10 06:12:00 Connection from [192.0.2.211] refused: too many connections from that IP address", RateLimited, ClassTransient},
	})
}

// After batch b (a probe of the MTAs' log lines): Postfix's bounce daemon's
// log of the notice it sent is the message's outcome without its cause;
// qmail-send's success line is a delivery; Exim's frozen message is no
// frozen mailbox, and a frozen mailbox stays one.
func TestKindMta22LogOutcomeLines(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Apr 12 07:00:01 relay postfix/bounce[3001]: 7C8D9E0F1A: sender non-delivery notification: 8D9E0F1A2B", Unknown, ClassPermanent},
		{"Apr 12 07:00:02 relay postfix/bounce[3002]: 7C8D9E0F1B: sender delay notification: 8D9E0F1A2C", Unknown, ClassTransient},
		{"Apr 12 07:00:03 relay postfix/bounce[3003]: 7C8D9E0F1C: sender delivery status notification: 8D9E0F1A2D", Success, ClassSuccess},
		{"@4000000069570a1b2c3d4e5f delivery 913: success: 198.51.100.12_accepted_message./Remote_host_said:_250_ok_1765012345_qp_4711/", Success, ClassSuccess},
		{"2026-04-12 07:00:05 1wD2eF-0007Gh-Ij Message is frozen", Unknown, ClassUnknown},
	})
	checkKinds(t, []kindCase{
		{"550 5.2.1 <kim@far.example>: Recipient address rejected: The mailbox is frozen", MailboxDisabled, ClassPermanent},
		{"@4000000069570a1b2c3d4e60 delivery 914: failure: 198.51.100.12_does_not_like_recipient./Remote_host_said:_550_5.1.1_<kim@far.example>:_Recipient_address_rejected:_User_unknown/Giving_up_on_198.51.100.12./", UserUnknown, ClassPermanent},
	})
}

// A delivery command's output that names a full mailbox decides over its
// exit status; an output that names no cause stays the command's failure.
func TestKindMta22CommandOutputQuota(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Apr 12 09:00:01 mx postfix/local[501]: 5A6B7C8D9E: to=<kim@near.example>, relay=local, delay=0.2, delays=0.1/0/0/0.1, dsn=4.3.0, status=deferred (Command died with status 75: \"/usr/bin/procmail\". Command output: procmail: Quota exceeded while writing \"/var/mail/kim\" )", MailboxFull, ClassTransient},
		{"Apr 12 09:00:02 mx postfix/pipe[502]: 5A6B7C8D9F: to=<lu@near.example>, relay=maildrop, delay=0.2, delays=0.1/0/0/0.1, dsn=5.3.0, status=bounced (Command died with status 77: \"/usr/bin/maildrop\". Command output: maildrop: maildir over quota. )", MailboxFull, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Apr 12 09:00:03 mx postfix/pipe[503]: 5A6B7C8DA0: to=<kim@near.example>, relay=maildrop, delay=0.2, delays=0.1/0/0/0.1, dsn=4.3.0, status=deferred (Command died with status 75: \"/usr/bin/maildrop\". Command output: maildrop: Unable to create temporary file. )", ServerError, ClassTransient},
	})
}

// A receiving server's log of a client whose reverse DNS does not check out
// is the client's PTR, not an unknown recipient domain; a recipient domain
// that does not resolve stays host-unknown.
func TestKindMta22ClientReverseDNS(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Apr 12 11:00:01 mx postfix/smtpd[701]: warning: hostname dsl-9.isp.example does not resolve to address 203.0.113.9: Name or service not known", PTRRequired, ClassPermanent},
		{"Apr 12 11:00:02 mx postfix/smtpd[702]: warning: 203.0.113.10: address not listed for hostname host10.isp.example", PTRRequired, ClassPermanent},
		{"2026-04-12 11:00:03 no host name found for IP address 203.0.113.11", PTRRequired, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"<kim@nodns.example>: Host or domain name not found. Name service error for name=nodns.example type=MX: Host not found", HostUnknown, ClassPermanent},
	})
}
