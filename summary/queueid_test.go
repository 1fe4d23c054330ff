package summary

import (
	"strings"
	"testing"
)

// A message deferred on every retry counts once per queue id and
// recipient; its final bounce and other messages still count.
func TestRepeatedDeferrals(t *testing.T) {
	t.Parallel()
	log := strings.Join([]string{
		"Dec  5 10:00:00 mx postfix/smtp[101]: 4F2C83A0B1: to=<ana@slow.example>, relay=mx.slow.example[192.0.2.1]:25, delay=5, status=deferred (host mx.slow.example[192.0.2.1] said: 451 4.7.1 Greylisted, try again later (in reply to RCPT TO command))",
		"Dec  5 10:10:00 mx postfix/smtp[102]: 4F2C83A0B1: to=<ana@slow.example>, relay=mx.slow.example[192.0.2.1]:25, delay=605, status=deferred (host mx.slow.example[192.0.2.1] said: 451 4.7.1 Greylisted, try again later (in reply to RCPT TO command))",
		"Dec  5 10:10:00 mx postfix/smtp[102]: 4F2C83A0B1: to=<bea@slow.example>, relay=mx.slow.example[192.0.2.1]:25, delay=605, status=deferred (host mx.slow.example[192.0.2.1] said: 451 4.7.1 Greylisted, try again later (in reply to RCPT TO command))",
		"Dec  5 10:30:00 mx postfix/smtp[103]: 4F2C83A0B1: to=<ana@slow.example>, relay=mx.slow.example[192.0.2.1]:25, delay=1805, status=deferred (host mx.slow.example[192.0.2.1] said: 451 4.7.1 Greylisted, try again later (in reply to RCPT TO command))",
		"Dec  5 10:31:00 mx postfix/smtp[104]: 7A1B2C3D4E: to=<ana@slow.example>, relay=mx.slow.example[192.0.2.1]:25, delay=1, status=deferred (host mx.slow.example[192.0.2.1] said: 451 4.7.1 Greylisted, try again later (in reply to RCPT TO command))",
		"Dec 10 10:00:00 mx postfix/bounce[105]: 4F2C83A0B1: to=<ana@slow.example>, relay=none, delay=432000, status=bounced (host mx.slow.example[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))",
		"2026-12-05 10:00:00 1tZ0Aa-000Bcd-4E == cid@late.example R=dnslookup T=remote_smtp defer (-44) H=mx.late.example [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<cid@late.example>: 451 4.4.1 Temporary failure",
		"2026-12-05 10:15:00 1tZ0Aa-000Bcd-4E == cid@late.example R=dnslookup T=remote_smtp defer (-44) H=mx.late.example [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<cid@late.example>: 451 4.4.1 Temporary failure",
	}, "\n") + "\n"
	s := mustNew(t, Options{})
	if err := s.ReadLog(strings.NewReader(log), "maillog"); err != nil {
		t.Fatal(err)
	}
	tot := s.Totals()
	// deferrals: 4F2C..+ana once, 4F2C..+bea, 7A1B..+ana, Exim cid once; the bounce
	if tot.Failures != 5 || tot.Temporary != 4 || tot.Permanent != 1 || tot.RepeatedDeferrals != 3 {
		t.Errorf("failures %d (temporary %d, permanent %d), repeated %d; want 5 (4, 1), 3", tot.Failures, tot.Temporary, tot.Permanent, tot.RepeatedDeferrals)
	}
}

// Sendmail logs the bounce it sends back ("DSN: <reason>") after the
// "stat=" line of the failure: told once, counted once. A DSN line whose
// failure is not in the log still counts.
func TestBounceNotices(t *testing.T) {
	t.Parallel()
	log := strings.Join([]string{
		"Dec  5 11:05:41 mx2 sendmail[4412]: 623B5e4f004410: to=<rita@bank.example>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=125012, relay=mx.bank.example. [198.51.100.44], dsn=5.7.1, stat=Service unavailable",
		"Dec  5 11:05:41 mx2 sendmail[4412]: 623B5e4f004410: 623B5f4f004412: DSN: Service unavailable",
		"Dec  5 11:07:02 mx2 sendmail[4420]: 623B7a4f004500: 623B7b4f004501: DSN: Cannot send message for 5 days",
	}, "\n") + "\n"
	s := mustNew(t, Options{})
	if err := s.ReadLog(strings.NewReader(log), "maillog"); err != nil {
		t.Fatal(err)
	}
	tot := s.Totals()
	if tot.Failures != 2 || tot.BounceNotices != 1 {
		t.Errorf("failures %d, bounce notices %d; want 2 (the stat= line, the lone DSN line), 1", tot.Failures, tot.BounceNotices)
	}
}

func TestQueueID(t *testing.T) {
	t.Parallel()
	for line, want := range map[string]string{
		"Dec  5 10:00:00 mx postfix/smtp[1]: 4F2C83A0B1: to=<a@b.example>, status=deferred":            "4F2C83A0B1",
		"Dec  5 10:00:00 mx postfix/smtp[1]: 4QW1bK0Zzmz9vBl: to=<a@b.example>, status=deferred":       "4QW1bK0Zzmz9vBl",
		"Dec  5 10:00:00 mx sendmail[1]: 0B5AbcD1012345: to=<a@b.example>, stat=Deferred: 451":         "0B5AbcD1012345",
		"2026-12-05 10:00:00 1tZ0Aa-000Bcd-4E == a@b.example R=x T=y defer (-44): 451":                 "1tZ0Aa-000Bcd-4E",
		"2026-12-05 10:00:00 1tZ0Aa-000000Bcd0A-4Ebc == a@b.example defer (-44): 451":                  "1tZ0Aa-000000Bcd0A-4Ebc",
		"Dec  5 10:00:00 mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from x[192.0.2.1]: 450 4.7.1 nope": "",
		"451 4.7.1 Greylisted": "",
	} {
		if got := queueID(line); got != want {
			t.Errorf("queueID(%q) = %q, want %q", line, got, want)
		}
	}
}
