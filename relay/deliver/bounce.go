package deliver

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/relay/spool"
)

// readHeaders returns the header section of a message (at most max bytes).
func readHeaders(r io.Reader, max int) []byte {
	br := bufio.NewReader(io.LimitReader(r, int64(max)))
	var out bytes.Buffer
	for {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimRight(line, "\r\n")) == 0 {
			break
		}
		out.Write(line)
		if err != nil {
			break
		}
	}
	return out.Bytes()
}

// BuildDSN builds an RFC 3464 delivery status notification for the failed
// recipients of a message.
func BuildDSN(reportingMTA, id string, env spool.Envelope, st spool.State, headers []byte, now time.Time) []byte {
	boundary := "smtpgw-dsn-" + id
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: Mail Delivery System <MAILER-DAEMON@%s>\r\n", reportingMTA)
	fmt.Fprintf(&b, "To: <%s>\r\n", env.From)
	fmt.Fprintf(&b, "Subject: Undelivered Mail Returned to Sender\r\n")
	fmt.Fprintf(&b, "Date: %s\r\n", now.Format(time.RFC1123Z))
	fmt.Fprintf(&b, "Message-ID: <%s.dsn@%s>\r\n", id, reportingMTA)
	fmt.Fprintf(&b, "Auto-Submitted: auto-replied\r\n")
	fmt.Fprintf(&b, "MIME-Version: 1.0\r\n")
	fmt.Fprintf(&b, "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"%s\"\r\n\r\n", boundary)
	fmt.Fprintf(&b, "This is a MIME-encapsulated message.\r\n\r\n--%s\r\n", boundary)
	fmt.Fprintf(&b, "Content-Type: text/plain; charset=utf-8\r\n\r\n")
	fmt.Fprintf(&b, "This is the mail relay at %s.\r\n\r\nYour message (queue id %s) could not be delivered to one or more\r\nrecipients:\r\n\r\n", reportingMTA, id)
	for _, r := range st.Rcpts {
		if r.Status == spool.StatusFailed {
			fmt.Fprintf(&b, "<%s>: %s\r\n", r.Addr, oneLine(r.Reply))
		}
	}
	fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: message/delivery-status\r\n\r\n", boundary)
	fmt.Fprintf(&b, "Reporting-MTA: dns; %s\r\nX-Smtpgw-Queue-ID: %s\r\nArrival-Date: %s\r\n", reportingMTA, id, env.Received.Format(time.RFC1123Z))
	for _, r := range st.Rcpts {
		if r.Status != spool.StatusFailed {
			continue
		}
		status := enhancedOf(r.Reply)
		fmt.Fprintf(&b, "\r\nFinal-Recipient: rfc822; %s\r\nAction: failed\r\nStatus: %s\r\n", r.Addr, status)
		if r.Host != "" {
			fmt.Fprintf(&b, "Remote-MTA: dns; %s\r\n", r.Host)
		}
		if code := r.Reply; len(code) >= 3 && code[0] >= '2' && code[0] <= '5' && code[1] >= '0' && code[1] <= '9' {
			fmt.Fprintf(&b, "Diagnostic-Code: smtp; %s\r\n", oneLine(r.Reply))
		}
		if !r.Updated.IsZero() {
			fmt.Fprintf(&b, "Last-Attempt-Date: %s\r\n", r.Updated.Format(time.RFC1123Z))
		}
	}
	fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: text/rfc822-headers\r\n\r\n", boundary)
	b.Write(headers)
	fmt.Fprintf(&b, "\r\n--%s--\r\n", boundary)
	return b.Bytes()
}

func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, s)
	if len(s) > 900 {
		s = s[:900]
	}
	return s
}

// enhancedOf finds an enhanced status code in a reply, or derives one.
func enhancedOf(reply string) string {
	for _, f := range strings.Fields(reply) {
		p := strings.Split(f, ".")
		if len(p) == 3 && len(p[0]) == 1 && (p[0] == "4" || p[0] == "5") {
			return "5." + p[1] + "." + p[2]
		}
	}
	return "5.0.0"
}

// bounce queues a DSN to the envelope sender.
func (d *Deliverer) bounce(id string, env spool.Envelope, st spool.State, headers []byte) (string, error) {
	bid := spool.NewID()
	w, err := d.cfg.Spool.Create(bid, spool.Envelope{From: "", To: []string{env.From}, Received: time.Now().UTC(), Client: "local (bounce of " + id + ")"})
	if err != nil {
		return "", err
	}
	if _, err := w.Write(BuildDSN(d.cfg.LocalName, id, env, st, headers, time.Now())); err != nil {
		w.Abort()
		return "", err
	}
	if err := w.Commit(); err != nil {
		return "", err
	}
	d.sch.add(bid, time.Now())
	return bid, nil
}
