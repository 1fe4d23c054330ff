package maillog

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// WriteBounceMbox writes n Postfix bounce messages (RFC 3464 DSNs with the
// human-readable part, as Postfix's bounce daemon words them) as an mbox,
// one failed recipient each, drawn from the same refusals as the logs.
func WriteBounceMbox(w io.Writer, n int, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, seed^0xb0b))
	total := 0
	for _, f := range failures {
		total += f.weight
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	t := time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	for i := range n {
		t = t.Add(time.Duration(rng.IntN(60)) * time.Second)
		k := rng.IntN(total)
		f := &failures[0]
		for j := range failures {
			if k < failures[j].weight {
				f = &failures[j]
				break
			}
			k -= failures[j].weight
		}
		rcpt := fmt.Sprintf("%s%d@%s", localParts[rng.IntN(len(localParts))], rng.IntN(500), f.domain)
		reply := replyFor(f, rcpt)
		id := fmt.Sprintf("%X", 0x5A000000+i)
		action, status := "failed", reply[4:9]
		if reply[0] == '4' {
			action = "delayed"
		}
		date := t.Format(time.RFC1123Z)
		fmt.Fprintf(bw, "From MAILER-DAEMON %s\n", t.Format(time.ANSIC))
		fmt.Fprintf(bw, "Return-Path: <>\nDate: %s\nFrom: MAILER-DAEMON@mx1.app.example (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\nTo: news@app.example\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"%s.b\"\nMessage-Id: <%s.bounce@mx1.app.example>\n\n", date, id, id)
		fmt.Fprintf(bw, "--%s.b\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mx1.app.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n<%s>: host %s[203.0.113.25] said: %s (in reply to %s command)\n\n", id, rcpt, f.relay, reply, f.stage)
		fmt.Fprintf(bw, "--%s.b\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx1.app.example\nX-Postfix-Queue-ID: %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n\n", id, id, date, rcpt, action, status, f.relay, reply)
		fmt.Fprintf(bw, "--%s.b\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\nFrom: news@app.example\nTo: %s\nSubject: January news\nMessage-Id: <%s@app.example>\n\n--%s.b--\n\n", id, rcpt, id, id)
	}
	return bw.Flush()
}
