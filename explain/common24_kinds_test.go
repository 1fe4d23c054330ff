package explain

import "testing"

// The labelling conventions common24 settled (docs/explain.md "Labelling
// conventions"), in new wording (not rows of the corpus), each with the
// neighbours the convention keeps on the other side.

// A recipient address on a list kept by the sender's side, with no reason,
// is policy (never reputation); a reason in the words decides.
func TestKindCommon24RecipientOnList(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Send failed: recipient is blacklisted in your sending account", Policy, ClassPermanent},
		{"错误: 收件人地址在黑名单中", Policy, ClassPermanent},
		{"The recipient address is on the account suppression list", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Not sent: the address is on the suppression list after a hard bounce", UserUnknown, ClassPermanent},
		{"554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using bl.spamcop.example", Reputation, ClassPermanent},
	})
}

// A hold after a hard bounce is user-unknown; after soft bounces unknown; a
// hard bounce reported with no hold names no cause, and a reason decides.
func TestKindCommon24HoldAfterHardBounce(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Subscriber status: Cleaned - hard bounce on the last campaign", UserUnknown, ClassPermanent},
		{"Contact deactivated after a hard bounce", UserUnknown, ClassPermanent},
		{"This address was removed from your audience because the last message hard-bounced", UserUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Address suppressed after 5 soft bounces in a row", Unknown, ClassPermanent},
		{"Hard bounced: mailbox is full", MailboxFull, ClassPermanent},
	})
}

// "Sender address rejected: <reason>" is read by its reason: a site's rule
// about the sender's origin is policy; the address itself is sender-invalid.
func TestKindCommon24SenderRejectedReason(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 <ceo@lab.example>: Sender address rejected: not accepted from external senders", Policy, ClassPermanent},
		{"553 5.7.1 <kim@lab.example>: Sender address rejected: Access denied", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.1.7 <kim@nowhere.example>: Sender address rejected: undeliverable address", SenderInvalid, ClassPermanent},
		{"550 5.7.1 <kim@lab.example>: Sender address rejected: not logged in", AuthRequired, ClassPermanent},
	})
}

// A bare "Message rejected" is unknown; an X.7.1 code or words with it decide.
func TestKindCommon24BareMessageRejected(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mail delivery failed with SMTP error 554: Message rejected", Unknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"554 5.7.1 Message rejected", Policy, ClassPermanent},
		{"550 Message rejected: spam score too high", SpamContent, ClassPermanent},
	})
}

// Batch 24-common's kinds, in new wording.

// amavis quoting the re-injecting Postfix's default milter tempfail is the
// content filter's own trouble (server-error), as the milter line is.
func TestKindCommon24AmavisReinjectTempfail(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Nov  3 02:11:09 gw amavis[2210]: (02210-04) (!)FWD via SMTP: <a@shop.example> -> <b@lab.example>,BODY=8BITMIME 451 4.7.1 TempFailed, id=02210-04, from MTA([127.0.0.1]:10025): 451 4.7.1 Service unavailable - try again later", ServerError, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"451 4.7.1 Service unavailable - try again later", Greylisted, ClassTransient},
	})
}

// Postfix's delay notice quoting a skipped 5xx greeting is still queued.
func TestKindCommon24DelayNoticeGreeting(t *testing.T) {
	checkKinds(t, []kindCase{
		{"# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n<kim@far.example>: host mx.far.example[192.0.2.7] refused to talk to me:\n    554 5.7.1 Your IP address is block listed", Reputation, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<kim@far.example>: host mx.far.example[192.0.2.7] refused to talk to me:\n    554 5.7.1 Your IP address is block listed", Reputation, ClassPermanent},
	})
}

// sendmail's "sender notify: Cannot send message for N days" after its
// last deferral is the expiry (the message came back).
func TestKindCommon24SendmailGaveUp(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mar  2 10:00:01 mx sm-mta[901]: 1AB2C3: to=<ann@far.example>, delay=5+00:00:02, mailer=esmtp, relay=far.example., dsn=4.0.0, stat=Deferred: Connection refused by far.example.\nMar  2 10:00:01 mx sm-mta[901]: 1AB2C3: 1AB2C4: sender notify: Cannot send message for 5 days", Expired, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Mar  2 10:00:01 mx sm-mta[901]: 1AB2C3: to=<ann@far.example>, delay=1+00:00:02, mailer=esmtp, relay=far.example., dsn=4.0.0, stat=Deferred: Connection refused by far.example.", Network, ClassTransient},
	})
}

// A list that wants its address in To: or Cc: refuses by its posting rule.
func TestKindCommon24ListAddressInToCc(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Your post was rejected: the list address must appear in To: or Cc:", Policy, ClassPermanent},
	})
}

// "No MX record; mail falls back to the A record" names no missing domain.
func TestKindCommon24ImplicitMX(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The domain has no MX record, so mail falls back to the A record, and that host answered: connection refused", Network, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"550 5.1.2 Host unknown: no MX record for nowhere.example", HostUnknown, ClassPermanent},
	})
}

// A blocklist the paste names decides over Apple's generic HM code.
func TestKindCommon24HMWithBlocklist(t *testing.T) {
	checkKinds(t, []kindCase{
		{"iCloud refused it: 554 5.7.1 [HM08] Message rejected due to local policy. Our relay IP is listed on Spamhaus.", Reputation, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"554 5.7.1 [HM07] Message rejected due to local policy.", Policy, ClassPermanent},
	})
}

// Gmail's 421-4.7.0 "temporarily blocked" is its rate limit; a 550 block stays reputation.
func TestKindCommon24GmailTemporarilyBlocked(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421-4.7.0 Our system has detected an unusual amount of unsolicited mail originating from your IP address. Mail sent from your IP address has been temporarily blocked.", RateLimited, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"550-5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP address. Mail sent from your IP address has been blocked.", Reputation, ClassPermanent},
	})
}

// Batch 24-common b's kinds, in new wording.

// A forum's BBCode around a pasted report is markup, not text: the
// report's fields are read through it.
func TestKindCommon24BBCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"[FONT=courier new]Final-Recipient: rfc822; ana@far.example[/FONT]\n[FONT=courier new]Action: failed[/FONT]\n[FONT=courier new]Status: 4.4.1[/FONT]\n[FONT=courier new]Diagnostic-Code: X-Postfix; connect to mx.far.example[192.0.2.9]:25: Connection timed out[/FONT]", Network, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"421 4.7.0 [TSS04] Messages from 192.0.2.4 temporarily deferred due to user complaints", Reputation, ClassTransient},
	})
}

// A user's words that the message came back make a codeless report permanent.
func TestKindCommon24CameBack(t *testing.T) {
	checkKinds(t, []kindCase{
		{"My newsletter came back with the error: TLS is required, but was not offered by host mx.far.example", TLSRequired, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"TLS is required, but was not offered by host mx.far.example[192.0.2.3]", TLSRequired, ClassTransient},
	})
}

// A client refused by the host's tcp wrappers is the host's access rule.
func TestKindCommon24TCPWrappers(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Jan  4 10:00:00 box sm-mta[10]: NOQUEUE: tcpwrappers (gw.lab.example, 192.0.2.9) rejection\n550 5.0.0 Service unavailable", Policy, ClassPermanent},
	})
}

// Standard input reads a wrapped multi-line reply and a sendmail delivery's
// DSN line with the reply they belong to, as the argument does.
func TestKindCommon24StdinJoins(t *testing.T) {
	for _, in := range []string{
		"<kim@gmail.example>: host gmail-smtp-in.l.google.example[192.0.2.5]\nsaid: 550-5.7.1 This message was blocked because its sender\nis not trusted. 550-5.7.1 Please read our help page for the\ndetails, 550 5.7.1 and try again later x1si2 - gsmtp\n",
		"Feb  1 09:00:01 box sm-mta[81]: 4AB1CD: to=<li@far.example>, delay=00:00:02, mailer=esmtp, relay=far.example. [192.0.2.8], dsn=5.1.1, stat=User unknown\nFeb  1 09:00:02 box sm-mta[81]: 4AB1CD: 4AB1CE: DSN: User unknown\n",
	} {
		got, sc := scanAll(t, in, true)
		if len(got) != 1 || sc.Skipped != 0 {
			t.Errorf("%.60q: %d explanations, %d lines unexplained; want 1 and 0", in, len(got), sc.Skipped)
		}
	}
}
