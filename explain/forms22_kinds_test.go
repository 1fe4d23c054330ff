package explain

import (
	"strings"
	"testing"
)

// Held-out batch 22-forms: whole pastes. Each kind is tested in new wording
// (not the batch's rows); negative cases keep the neighbouring readings.

// A log excerpt of one message from its first deferrals to its end: the
// final failure line decides the class and the category, not the first
// line's deferral (finalAfterDeferrals, forms22.go); Postfix's queue
// manager's "status=expired, returned to sender" is that final line
// (queueOutcome).
func TestKindForms22LogFinalState(t *testing.T) {
	checkKinds(t, []kindCase{
		{strings.Join([]string{
			"Nov 30 02:10:44 gw postfix/smtp[1201]: 7F3A2B1C0D: to=<m.ali@partner.example>, relay=mx2.partner.example[198.51.100.40]:25, delay=8, delays=0.1/0/8/0, dsn=4.4.2, status=deferred (lost connection with mx2.partner.example[198.51.100.40] while receiving the initial server greeting)",
			"Dec  5 02:10:45 gw postfix/qmgr[640]: 7F3A2B1C0D: from=<billing@sender.example>, status=expired, returned to sender",
		}, "\n"), Expired, ClassPermanent},
		{strings.Join([]string{
			"Dec  1 09:00:00 gw postfix/smtp[77]: 1A2B3C4D5E: to=<h@partner.example>, relay=none, delay=0.3, delays=0.1/0/0.2/0, dsn=4.4.1, status=deferred (connect to mx.partner.example[198.51.100.41]:25: Connection refused)",
			"Dec  1 09:30:00 gw postfix/smtp[78]: 1A2B3C4D5E: to=<h@partner.example>, relay=mx.partner.example[198.51.100.41]:25, delay=1800, delays=1799/0/0.5/0.5, dsn=5.1.1, status=bounced (host mx.partner.example[198.51.100.41] said: 550 5.1.1 <h@partner.example>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))",
		}, "\n"), UserUnknown, ClassPermanent},
		{strings.Join([]string{
			"2026-11-28 10:00:00 1tA0bc-000123-AB == p.roux@partner.example R=dnslookup T=remote_smtp defer (111): Connection refused",
			"2026-12-02 10:00:01 1tA0bc-000123-AB ** p.roux@partner.example: retry timeout exceeded",
		}, "\n"), Expired, ClassPermanent},
		{"Dec  9 06:00:01 relay postfix/qmgr[12]: 9C8B7A6F5E: from=<>, status=expired, returned to sender", Expired, ClassPermanent},
		// neighbours: deferrals alone stay a deferral; a deferral after a
		// delivery to another recipient stays transient
		{strings.Join([]string{
			"Dec  1 09:00:00 gw postfix/smtp[77]: 1A2B3C4D5E: to=<h@partner.example>, relay=none, delay=0.3, delays=0.1/0/0.2/0, dsn=4.4.1, status=deferred (connect to mx.partner.example[198.51.100.41]:25: Connection refused)",
			"Dec  1 10:00:00 gw postfix/smtp[79]: 1A2B3C4D5E: to=<h@partner.example>, relay=none, delay=3600, delays=3599/0/0.2/0, dsn=4.4.1, status=deferred (connect to mx.partner.example[198.51.100.41]:25: Connection refused)",
		}, "\n"), Network, ClassTransient},
		{strings.Join([]string{
			"Dec  1 09:00:00 gw postfix/smtp[77]: 2B3C4D5E6F: to=<a@partner.example>, relay=mx.partner.example[198.51.100.41]:25, delay=1, delays=0.1/0/0.4/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4XyZ)",
			"Dec  1 09:00:01 gw postfix/smtp[78]: 2B3C4D5E6F: to=<b@other.example>, relay=mx.other.example[198.51.100.42]:25, delay=2, delays=0.1/0/0.4/1.5, dsn=4.2.2, status=deferred (host mx.other.example[198.51.100.42] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))",
		}, "\n"), MailboxFull, ClassTransient},
	})
}

// A reply wrapped after a capitalised word ("Recipient", "Client", "Helo",
// "Sender" at the end of a line, the check's words on the next), as a dialog
// or a narrow terminal breaks it: the words on the next line are the reply's
// (capitalisedWordEnd, forms22.go).
func TestKindForms22WrappedAfterCapital(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Error: 550 <r.holm@partner.example>: Recipient\naddress rejected: User unknown in relay recipient table", UserUnknown, ClassPermanent},
		{"The server responded: 450 4.7.1 <unknown[198.51.100.9]>: Client\nhost rejected: cannot find your hostname, [198.51.100.9]", PTRRequired, ClassTransient},
		{"SMTP error: 504 5.5.2 <PC-07>: Helo\ncommand rejected: need fully-qualified hostname", RFCNoncompliant, ClassPermanent},
		{"Sending failed. 553 5.7.1 <info@nodomain.example>: Sender\naddress rejected: Domain not found", SenderInvalid, ClassPermanent},
		// neighbour: a reply that ends its sentence keeps its own reading
		{"550 5.7.1 Relaying denied\nPlease authenticate first.", RelayDenied, ClassPermanent},
	})
}

// The command line of a mail test tool behind a shell prompt starts the
// tool's session (shellToolStart, forms22.go); other prompts and words do not.
func TestKindForms22ShellToolStart(t *testing.T) {
	for _, in := range []string{
		"$ telnet smtp.partner.example 25",
		"user@build-01:~$ openssl s_client -connect smtp.partner.example:465 -crlf",
		"[root@gw ~]# swaks --to a@partner.example --server smtp.partner.example",
		"# nc -v smtp.partner.example 587",
		"PS C:\\Users\\admin> Send-MailMessage -To a@partner.example -SmtpServer smtp.partner.example",
		"% sudo sendmail -v a@partner.example < test.eml",
	} {
		if !shellToolStart(in) || !shellToolStart([]byte(in)) {
			t.Errorf("%q: not read as a tool's command line", in)
		}
	}
	for _, in := range []string{
		"$ ls -la /var/log",
		"Cost is $ 5 per telnet session",
		"user@build-01:~$ grep status=bounced /var/log/mail.log",
		"> telnet smtp.partner.example 25 gave this:",
		"telnet smtp.partner.example 25",
	} {
		if shellToolStart(in) {
			t.Errorf("%q: read as a tool's command line", in)
		}
	}
}

// Sendmail's log line for the notice it creates ("<qid>: <dsn qid>: DSN:
// <reason>") ends a log excerpt of one message: a returned message failed, a
// warning is a delay (sendmailDSNLine, forms22.go; batch 22-forms b).
func TestKindForms22SendmailDSNLine(t *testing.T) {
	checkKinds(t, []kindCase{
		{strings.Join([]string{
			"Nov 30 12:00:00 relay sendmail[501]: 0AUC00aa000501: to=<z.kim@partner.example>, delay=00:00:05, xdelay=00:00:05, mailer=esmtp, pri=30123, relay=mx.partner.example. [198.51.100.91], dsn=4.0.0, stat=Deferred: 421 4.3.2 Service shutting down",
			"Dec  5 12:00:01 relay sendmail[777]: 0AUC00aa000501: 0B5C01ab000777: DSN: Cannot send message for 5 days",
		}, "\n"), Expired, ClassPermanent},
		{"Dec  5 12:00:01 relay sendmail[777]: 0AUC00aa000501: 0B5C01ab000777: DSN: Warning: could not send message for past 4 hours", Unknown, ClassTransient},
		{"Dec  5 12:00:01 relay sm-mta[778]: 0AUC00ab000502: 0B5C01ac000778: DSN: User unknown", UserUnknown, ClassPermanent},
	})
}

// A reply cut after a comma goes on in the next line (commaEnd, forms22.go;
// batch 22-forms b).
func TestKindForms22WrappedAfterComma(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The server said: 550 5.7.1 Message rejected,\nlooks like spam (score 14.2)", SpamContent, ClassPermanent},
		{"Send failed: 451 Requested action aborted,\nlocal error in processing: greylisted, come back in 5 minutes", Greylisted, ClassTransient},
	})
}

// A log line's deferral that a later line of the paste delivered to the
// same recipient is over: the delivery decides, unless another recipient
// failed (laterDelivery, deliveredAfterDeferrals, forms22.go).
func TestKindForms22DeferralThenDelivery(t *testing.T) {
	defer1 := "Jan 12 08:00:00 out postfix/smtp[51]: 0F1E2D3C4B: to=<n.berg@partner.example>, relay=mx.partner.example[198.51.100.60]:25, delay=2, delays=0.1/0/1/0.9, dsn=4.2.0, status=deferred (host mx.partner.example[198.51.100.60] said: 450 4.2.0 <n.berg@partner.example>: Recipient address rejected: Greylisted, see https://postgrey.example/help (in reply to RCPT TO command))"
	sent1 := "Jan 12 08:10:00 out postfix/smtp[52]: 0F1E2D3C4B: to=<n.berg@partner.example>, relay=mx.partner.example[198.51.100.60]:25, delay=601, delays=599/0/1/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 7Q8R9S)"
	other := "Jan 12 08:00:01 out postfix/smtp[53]: 0F1E2D3C4B: to=<o.lund@other.example>, relay=mx.other.example[198.51.100.61]:25, delay=2, delays=0.1/0/1/0.9, dsn=4.2.2, status=deferred (host mx.other.example[198.51.100.61] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))"
	checkKinds(t, []kindCase{
		{defer1 + "\n" + sent1, Success, ClassSuccess},
		{defer1 + "\n" + sent1 + "\nJan 12 08:10:00 out postfix/qmgr[9]: 0F1E2D3C4B: removed", Success, ClassSuccess},
		// neighbours: another recipient still deferred decides; a deferral
		// alone stays one
		{other + "\n" + defer1 + "\n" + sent1, MailboxFull, ClassTransient},
		{defer1, Greylisted, ClassTransient},
	})
}

// A log excerpt whose first line delivered to one recipient and whose later
// line failed for another: the failure decides its own class, not the first
// line's delivery (otherLineDelivered, forms22.go).
func TestKindForms22DeliveredThenFailedOther(t *testing.T) {
	checkKinds(t, []kindCase{
		{strings.Join([]string{
			"Jan 14 11:00:00 relay sm-mta[61]: 0AE1B2c3000061: to=<t.ng@partner.example>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=30500, relay=mx.partner.example. [198.51.100.62], dsn=2.0.0, stat=Sent (Ok: queued as 9Z8Y)",
			"Jan 14 11:00:02 relay sm-mta[61]: 0AE1B2c3000061: to=<u.oz@partner.example>, delay=00:00:03, xdelay=00:00:02, mailer=esmtp, pri=30500, relay=mx.partner.example. [198.51.100.62], dsn=5.1.1, stat=User unknown",
		}, "\n"), UserUnknown, ClassPermanent},
		{strings.Join([]string{
			"Jan 14 11:00:00 gw postfix/smtp[61]: 5E6F7A8B9C: to=<t.ng@partner.example>, relay=mx.partner.example[198.51.100.62]:25, delay=1, delays=0.1/0/0.4/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9Z8Y)",
			"Jan 14 11:00:01 gw postfix/smtp[62]: 5E6F7A8B9C: to=<v.ek@other.example>, relay=mx.other.example[198.51.100.63]:25, delay=2, delays=0.1/0/0.4/1.5, dsn=5.7.1, status=bounced (host mx.other.example[198.51.100.63] said: 554 5.7.1 Spam message rejected (in reply to end of DATA command))",
		}, "\n"), SpamContent, ClassPermanent},
		// neighbour: a delivery alone stays a delivery
		{"Jan 14 11:00:00 relay sm-mta[61]: 0AE1B2c3000061: to=<t.ng@partner.example>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=30500, relay=mx.partner.example. [198.51.100.62], dsn=2.0.0, stat=Sent (Ok: queued as 9Z8Y)", Success, ClassSuccess},
	})
}

// queueOutcomeLine looks for "xpired" and then back for " status=e": the
// same answer as the plain search it replaced, on lines with and without
// the word, at the line's start and end.
func TestQueueOutcomeLineSearch(t *testing.T) {
	for _, s := range []string{
		"Dec  5 10:00:00 mx postfix/qmgr[9]: 4F2C83A0B1: from=<a@b.example>, status=expired, returned to sender",
		" status=expired",
		"expired xpired status=expire status=expired",
		"xpired",
		"Dec  5 10:00:00 mx postfix/qmgr[9]: 4F2C83A0B1: from=<a@b.example>, size=123, nrcpt=1 (queue active)",
		"certificate expired; status=sent",
		"",
	} {
		want := strings.Contains(s, " status=expired")
		if got := queueOutcomeLine([]byte(s)); got != want {
			t.Errorf("queueOutcomeLine(%q) = %v, want %v", s, got, want)
		}
	}
}
