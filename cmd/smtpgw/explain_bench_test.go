package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand"
	"testing"
)

// postfixLog generates a real-looking Postfix mail log of about size bytes:
// for every message the smtpd connect/client/disconnect lines, cleanup,
// qmgr and the smtp delivery line, most of them sent, some deferred or
// bounced with the replies of real servers; NOQUEUE rejects, SASL failures
// and anvil statistics in between. Deterministic.
func postfixLog(size int) []byte {
	rng := rand.New(rand.NewSource(42))
	var b bytes.Buffer
	hosts := []string{"mx1.rcpt.example[192.0.2.10]", "gmail-smtp-in.l.google.com[192.0.2.27]", "rcpt-example.mail.protection.outlook.com[192.0.2.30]", "mta7.am0.yahoodns.net[192.0.2.40]", "mx.other.example[198.51.100.5]"}
	deferred := []string{
		"host mx.other.example[198.51.100.5] said: 450 4.7.1 <carol@other.example>: Recipient address rejected: Greylisted, see http://postgrey.example/ (in reply to RCPT TO command)",
		"connect to mx.down.example[203.0.113.9]:25: Connection timed out",
		"host gmail-smtp-in.l.google.com[192.0.2.27] said: 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. 421 4.7.28 a1b2c3 - gsmtp (in reply to end of DATA command)",
		"host mta7.am0.yahoodns.net[192.0.2.40] said: 421 4.7.0 [TSS04] Messages from 198.51.100.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)",
		"Host or domain name not found. Name service error for name=nodomain.example type=MX: Host not found, try again",
	}
	bounced := []string{
		"host mx1.rcpt.example[192.0.2.10] said: 550 5.1.1 <bob@rcpt.example>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)",
		"host rcpt-example.mail.protection.outlook.com[192.0.2.30] said: 550 5.7.606 Access denied, banned sending IP [198.51.100.7]. To request removal from this list please visit https://sender.office.com/ and follow the directions. (in reply to RCPT TO command)",
		"host gmail-smtp-in.l.google.com[192.0.2.27] said: 550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550 5.7.26 a1b2 - gsmtp (in reply to end of DATA command)",
		"host mx1.rcpt.example[192.0.2.10] said: 552 5.2.2 <full@rcpt.example>: Recipient address rejected: Mailbox is full (in reply to RCPT TO command)",
	}
	t := 0
	for b.Len() < size {
		t++
		ts := fmt.Sprintf("Nov 28 %02d:%02d:%02d", (t/3600)%24, (t/60)%60, t%60)
		qid := fmt.Sprintf("%X", 0x4A000000+rng.Intn(0xFFFFFF))
		cip := fmt.Sprintf("198.51.100.%d", rng.Intn(250)+1)
		fmt.Fprintf(&b, "%s mx postfix/smtpd[%d]: connect from client%d.example[%s]\n", ts, 1000+t%900, t%97, cip)
		switch rng.Intn(20) {
		case 0:
			fmt.Fprintf(&b, "%s mx postfix/smtpd[%d]: NOQUEUE: reject: RCPT from unknown[%s]: 554 5.7.1 Service unavailable; Client host [%s] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/%s; from=<spam%d@bad.example> to=<user@mx.example> proto=ESMTP helo=<bad.example>\n", ts, 1000+t%900, cip, cip, cip, t)
		case 1:
			fmt.Fprintf(&b, "%s mx postfix/smtpd[%d]: warning: unknown[%s]: SASL LOGIN authentication failed: UGFzc3dvcmQ6, sasl_username=admin\n", ts, 1000+t%900, cip)
		case 2:
			fmt.Fprintf(&b, "%s mx postfix/anvil[%d]: statistics: max connection rate 3/60s for (smtp:%s) at %s\n", ts, 500, cip, ts)
		}
		fmt.Fprintf(&b, "%s mx postfix/smtpd[%d]: %s: client=client%d.example[%s]\n", ts, 1000+t%900, qid, t%97, cip)
		fmt.Fprintf(&b, "%s mx postfix/cleanup[%d]: %s: message-id=<%d.%d@client%d.example>\n", ts, 2000+t%50, qid, t, rng.Intn(1e6), t%97)
		fmt.Fprintf(&b, "%s mx postfix/qmgr[812]: %s: from=<sender%d@client.example>, size=%d, nrcpt=1 (queue active)\n", ts, qid, t%300, 1000+rng.Intn(90000))
		host := hosts[rng.Intn(len(hosts))]
		head := fmt.Sprintf("%s mx postfix/smtp[%d]: %s: to=<user%d@rcpt.example>, relay=%s:25, delay=%.1f, delays=0.1/0/0.2/0.3, ", ts, 3000+t%80, qid, t%500, host, rng.Float64()*3)
		switch n := rng.Intn(100); {
		case n < 8:
			fmt.Fprintf(&b, "%sdsn=4.0.0, status=deferred (%s)\n", head, deferred[rng.Intn(len(deferred))])
		case n < 12:
			fmt.Fprintf(&b, "%sdsn=5.0.0, status=bounced (%s)\n", head, bounced[rng.Intn(len(bounced))])
		default:
			fmt.Fprintf(&b, "%sdsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %X)\n", head, rng.Intn(0xFFFFFFF))
			fmt.Fprintf(&b, "%s mx postfix/qmgr[812]: %s: removed\n", ts, qid)
		}
		fmt.Fprintf(&b, "%s mx postfix/smtpd[%d]: disconnect from client%d.example[%s] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5\n", ts, 1000+t%900, t%97, cip)
	}
	return b.Bytes()
}

// BenchmarkExplainPostfixLog measures `smtpgw explain --json -` over a
// generated Postfix log (8 MB), through the command's own code path (the
// scanner, the explainer and the JSON writer); MB/s is the input read per
// second of wall-clock time, MB/cpu-s per second of the CPU time used.
// Run: go test -run '^$' -bench ExplainPostfixLog -cpu 1 ./cmd/smtpgw/
func BenchmarkExplainPostfixLog(b *testing.B) {
	log := postfixLog(8 << 20)
	b.SetBytes(int64(len(log)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		ios := &IOStreams{In: bytes.NewReader(log), Out: io.Discard, ErrOut: io.Discard}
		if err := runExplain(context.Background(), &ExplainOptions{IO: ios, JSON: true, Stdin: true}); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := processCPU() - cpu; cpu > 0 {
		// MB/s counts wall-clock time, which other processes on a shared
		// machine stretch; this counts the CPU time the process used (all
		// its threads, the garbage collector's too)
		b.ReportMetric(float64(len(log))*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}
