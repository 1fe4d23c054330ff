// Package maillog generates synthetic mail logs (Postfix, Exim, Sendmail)
// for benchmarks and documentation examples. The output is deterministic for
// a given seed; every name is under .example and every address in the
// documentation ranges (RFC 5737), so no generated log names a real host.
package maillog

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// Flavor is the MTA whose log format is written.
type Flavor int

// Log flavors.
const (
	Postfix Flavor = iota
	Exim
	Sendmail
)

// failure is one remote refusal as the receiving system words it.
type failure struct {
	domain string // recipient domain
	relay  string // receiving MX
	reply  string // the reply, possibly multi-line joined by a space as Postfix logs it
	stage  string // "RCPT TO", "end of DATA", ...
	weight int
}

// The mix of refusals: realistic wordings (each provider's documented reply
// text) spread over a handful of recipient domains, heavier first.
var failures = []failure{
	{"gmail.example", "gmail-smtp-in.l.google.example", "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser gsmtp", "RCPT TO", 30},
	{"gmail.example", "gmail-smtp-in.l.google.example", "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. gsmtp", "end of DATA", 12},
	{"gmail.example", "gmail-smtp-in.l.google.example", "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. gsmtp", "end of DATA", 10},
	{"outlook.example", "outlook-example.mail.protection.outlook.example", "550 5.7.606 Access denied, banned sending IP [198.51.100.7]. To request removal from this list please visit https://sender.office.com/ and follow the directions.", "RCPT TO", 8},
	{"outlook.example", "outlook-example.mail.protection.outlook.example", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "RCPT TO", 10},
	{"yahoo.example", "mta5.am0.yahoodns.example", "421 4.7.0 [TSS04] Messages from 198.51.100.7 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", "MAIL FROM", 9},
	{"yahoo.example", "mta5.am0.yahoodns.example", "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes", "end of DATA", 3},
	{"corp.example", "mx.corp.example", "552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full", "RCPT TO", 5},
	{"corp.example", "mx.corp.example", "450 4.7.1 <{rcpt}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/corp.example.html", "RCPT TO", 6},
	{"shop.example", "mx1.shop.example", "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table", "RCPT TO", 7},
	{"bank.example", "mx.bank.example", "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7", "RCPT TO", 4},
	{"tiny.example", "mail.tiny.example", "552 5.3.4 Message size exceeds fixed limit", "end of DATA", 2},
}

var localParts = []string{"ann", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "zoe"}

// Options tune a generated log.
type Options struct {
	Flavor   Flavor
	Seed     uint64
	Messages int       // messages to log (each several lines)
	Bytes    int64     // stop after about this many bytes instead, when > 0
	FailRate float64   // share of deliveries that fail (default 0.2)
	Start    time.Time // the first line's time (default 2026-01-05 08:00:00 UTC)
}

// Write writes a log to w and returns the number of bytes written.
func Write(w io.Writer, o Options) (int64, error) {
	if o.FailRate == 0 {
		o.FailRate = 0.2
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	}
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x5eed))
	total := 0
	for _, f := range failures {
		total += f.weight
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := &counter{w: bw}
	now := o.Start
	for i := 0; o.Bytes > 0 && cw.n < o.Bytes || o.Bytes <= 0 && i < o.Messages; i++ {
		now = now.Add(time.Duration(rng.IntN(4000)) * time.Millisecond)
		id := fmt.Sprintf("%X", 0x4F1A000000+uint64(i)*7919)
		pid := 1000 + rng.IntN(9000)
		lp := localParts[rng.IntN(len(localParts))]
		var f *failure
		if rng.Float64() < o.FailRate {
			n := rng.IntN(total)
			for j := range failures {
				if n < failures[j].weight {
					f = &failures[j]
					break
				}
				n -= failures[j].weight
			}
		}
		domain := "mail.example"
		if f != nil {
			domain = f.domain
		}
		rcpt := fmt.Sprintf("%s%d@%s", lp, rng.IntN(50), domain)
		switch o.Flavor {
		case Exim:
			writeExim(cw, now, i, rcpt, f)
		case Sendmail:
			writeSendmail(cw, now, id, pid, rcpt, f)
		default:
			writePostfix(cw, now, id, pid, rcpt, f)
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	return cw.n, cw.err
}

type counter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *counter) printf(format string, a ...any) {
	if c.err != nil {
		return
	}
	n, err := fmt.Fprintf(c.w, format, a...)
	c.n += int64(n)
	c.err = err
}

func replyFor(f *failure, rcpt string) string {
	out := []byte{}
	s := f.reply
	for i := 0; i < len(s); i++ {
		if s[i] == '{' && len(s) >= i+6 && s[i:i+6] == "{rcpt}" {
			out = append(out, rcpt...)
			i += 5
			continue
		}
		out = append(out, s[i])
	}
	return string(out)
}

func writePostfix(c *counter, t time.Time, id string, pid int, rcpt string, f *failure) {
	ts := t.Format(time.Stamp)
	c.printf("%s mx1 postfix/smtpd[%d]: connect from app.example[192.0.2.10]\n", ts, pid)
	c.printf("%s mx1 postfix/smtpd[%d]: %s: client=app.example[192.0.2.10]\n", ts, pid, id)
	c.printf("%s mx1 postfix/cleanup[%d]: %s: message-id=<%s@app.example>\n", ts, pid+1, id, id)
	c.printf("%s mx1 postfix/qmgr[900]: %s: from=<news@app.example>, size=%d, nrcpt=1 (queue active)\n", ts, id, 2000+len(id)*97)
	c.printf("%s mx1 postfix/smtpd[%d]: disconnect from app.example[192.0.2.10] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5\n", ts, pid)
	t2 := t.Add(900 * time.Millisecond).Format(time.Stamp)
	switch {
	case f == nil:
		c.printf("%s mx1 postfix/smtp[%d]: %s: to=<%s>, relay=mx.mail.example[203.0.113.25]:25, delay=0.9, delays=0.1/0/0.3/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 3B7C9D2E1F)\n", t2, pid+2, id, rcpt)
	default:
		reply := replyFor(f, rcpt)
		enh := reply[4:9]
		status := "bounced"
		if reply[0] == '4' {
			status = "deferred"
		}
		c.printf("%s mx1 postfix/smtp[%d]: %s: to=<%s>, relay=%s[203.0.113.25]:25, delay=0.9, delays=0.1/0/0.3/0.5, dsn=%s, status=%s (host %s[203.0.113.25] said: %s (in reply to %s command))\n", t2, pid+2, id, rcpt, f.relay, enh, status, f.relay, reply, f.stage)
		if status == "bounced" {
			c.printf("%s mx1 postfix/bounce[%d]: %s: sender non-delivery notification: 5C3D2E1F0A\n", t2, pid+3, id)
		}
	}
	c.printf("%s mx1 postfix/qmgr[900]: %s: removed\n", t2, id)
}

func writeExim(c *counter, t time.Time, n int, rcpt string, f *failure) {
	ts := t.Format(time.DateTime)
	id := fmt.Sprintf("1v%04X-%06X-Ab", n%0xffff, n)
	c.printf("%s %s <= news@app.example H=app.example [192.0.2.10] P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S=%d id=%s@app.example\n", ts, id, 2000+n%5000, id)
	switch {
	case f == nil:
		c.printf("%s %s => %s R=dnslookup T=remote_smtp H=mx.mail.example [203.0.113.25] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 Ok: queued as 3B7C9D2E1F\"\n", ts, id, rcpt)
	default:
		reply := replyFor(f, rcpt)
		after := "RCPT TO:<" + rcpt + ">"
		if f.stage != "RCPT TO" {
			after = f.stage
		}
		if reply[0] == '4' {
			c.printf("%s %s == %s R=dnslookup T=remote_smtp defer (-44) H=%s [203.0.113.25]: SMTP error from remote mail server after %s: %s\n", ts, id, rcpt, f.relay, after, reply)
		} else {
			c.printf("%s %s ** %s R=dnslookup T=remote_smtp H=%s [203.0.113.25]: SMTP error from remote mail server after %s: %s\n", ts, id, rcpt, f.relay, after, reply)
		}
	}
	c.printf("%s %s Completed\n", ts, id)
}

func writeSendmail(c *counter, t time.Time, id string, pid int, rcpt string, f *failure) {
	ts := t.Format(time.Stamp)
	qid := "605A" + id
	c.printf("%s mx1 sendmail[%d]: %s: from=<news@app.example>, size=%d, class=0, nrcpts=1, msgid=<%s@app.example>, proto=ESMTP, daemon=MTA, relay=app.example [192.0.2.10]\n", ts, pid, qid, 2000+len(id)*31, id)
	switch {
	case f == nil:
		c.printf("%s mx1 sendmail[%d]: %s: to=<%s>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120345, relay=mx.mail.example. [203.0.113.25], dsn=2.0.0, stat=Sent (3B7C9D2E1F Message accepted for delivery)\n", ts, pid+1, qid, rcpt)
	default:
		reply := replyFor(f, rcpt)
		enh := reply[4:9]
		if reply[0] == '4' {
			c.printf("%s mx1 sendmail[%d]: %s: to=<%s>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120345, relay=%s. [203.0.113.25], dsn=%s, stat=Deferred: %s\n", ts, pid+1, qid, rcpt, f.relay, enh, reply)
		} else {
			c.printf("%s mx1 sendmail[%d]: %s: to=<%s>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120345, relay=%s. [203.0.113.25], dsn=%s, stat=%s\n", ts, pid+1, qid, rcpt, f.relay, enh, reply)
			c.printf("%s mx1 sendmail[%d]: %s: %s: DSN: %s\n", ts, pid+1, qid, "605B"+id, "Service unavailable")
		}
	}
}
