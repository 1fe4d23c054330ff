package deliver

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
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

// DSN actions (RFC 3464 §2.3.3) that the relay reports.
const (
	ActionFailed  = "failed"
	ActionDelayed = "delayed"
)

// DSN is one delivery status notification to a message's sender.
type DSN struct {
	ReportingMTA string
	ID           string // queue id of the original message
	Envelope     spool.Envelope
	Action       string            // ActionFailed or ActionDelayed
	Rcpts        []spool.RcptState // the recipients it reports
	Headers      []byte            // the original message's header section
	// For ActionDelayed: how long the message has waited and until when
	// it is retried.
	Delayed    time.Duration
	RetryUntil time.Time
}

// Build renders the DSN as an RFC 3464 multipart/report message.
func (n DSN) Build(now time.Time) []byte {
	boundary := "smtpgw-dsn-" + n.ID
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: Mail Delivery System <MAILER-DAEMON@%s>\r\n", n.ReportingMTA)
	fmt.Fprintf(&b, "To: <%s>\r\n", n.Envelope.From)
	if n.Action == ActionDelayed {
		fmt.Fprintf(&b, "Subject: Delayed Mail (still being retried)\r\n")
	} else {
		fmt.Fprintf(&b, "Subject: Undelivered Mail Returned to Sender\r\n")
	}
	fmt.Fprintf(&b, "Date: %s\r\n", now.Format(time.RFC1123Z))
	fmt.Fprintf(&b, "Message-ID: <%s.%s.%d@%s>\r\n", n.ID, n.Action, now.UnixNano(), n.ReportingMTA)
	fmt.Fprintf(&b, "Auto-Submitted: auto-replied\r\n")
	fmt.Fprintf(&b, "MIME-Version: 1.0\r\n")
	fmt.Fprintf(&b, "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"%s\"\r\n\r\n", boundary)
	fmt.Fprintf(&b, "This is a MIME-encapsulated message.\r\n\r\n--%s\r\n", boundary)
	fmt.Fprintf(&b, "Content-Type: text/plain; charset=utf-8\r\n\r\n")
	if n.Action == ActionDelayed {
		fmt.Fprintf(&b, "This is the mail relay at %s.\r\n\r\nTHIS IS A WARNING ONLY: you do not need to send your message again.\r\n\r\n", n.ReportingMTA)
		fmt.Fprintf(&b, "Your message (queue id %s) could not be delivered for %s to the\r\nrecipients below. It will be retried until %s.\r\n\r\n",
			n.ID, n.Delayed.Round(time.Minute), n.RetryUntil.Format(time.RFC1123Z))
	} else {
		fmt.Fprintf(&b, "This is the mail relay at %s.\r\n\r\nYour message (queue id %s) could not be delivered to one or more\r\nrecipients:\r\n\r\n", n.ReportingMTA, n.ID)
	}
	for _, r := range n.Rcpts {
		fmt.Fprintf(&b, "<%s>: %s\r\n", r.Addr, oneLine(r.Reply))
	}
	fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: message/delivery-status\r\n\r\n", boundary)
	fmt.Fprintf(&b, "Reporting-MTA: dns; %s\r\nX-Smtpgw-Queue-ID: %s\r\nArrival-Date: %s\r\n", n.ReportingMTA, n.ID, n.Envelope.Received.Format(time.RFC1123Z))
	for _, r := range n.Rcpts {
		// the reply that explains this recipient's state
		diag, status := r.Reply, ""
		switch {
		case n.Action == ActionDelayed:
			status = enhancedOf(r.Reply, '4')
		case r.LastReply != "": // expired: what the remote said last
			diag, status = r.LastReply, "4.4.7"
		default:
			status = enhancedOf(r.Reply, '5')
		}
		fmt.Fprintf(&b, "\r\nFinal-Recipient: rfc822; %s\r\nAction: %s\r\nStatus: %s\r\n", r.Addr, n.Action, status)
		smtpReply := isSMTPReply(diag)
		if smtpReply && isDNSName(r.Host) {
			fmt.Fprintf(&b, "Remote-MTA: dns; %s\r\n", r.Host)
		}
		switch {
		case smtpReply:
			fmt.Fprintf(&b, "Diagnostic-Code: smtp; %s\r\n", oneLine(diag))
		case diag != "":
			fmt.Fprintf(&b, "Diagnostic-Code: X-Smtpgw; %s\r\n", oneLine(diag))
		}
		if !r.Updated.IsZero() {
			fmt.Fprintf(&b, "Last-Attempt-Date: %s\r\n", r.Updated.Format(time.RFC1123Z))
		}
		if n.Action == ActionDelayed && !n.RetryUntil.IsZero() {
			fmt.Fprintf(&b, "Will-Retry-Until: %s\r\n", n.RetryUntil.Format(time.RFC1123Z))
		}
	}
	fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: text/rfc822-headers\r\n\r\n", boundary)
	b.Write(n.Headers)
	fmt.Fprintf(&b, "\r\n--%s--\r\n", boundary)
	return b.Bytes()
}

// isSMTPReply reports whether s starts with an SMTP reply code.
func isSMTPReply(s string) bool {
	return len(s) >= 4 && s[0] >= '2' && s[0] <= '5' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9' && (s[3] == ' ' || s[3] == '-')
}

// isDNSName reports whether h is a host name (Remote-MTA's "dns" type
// holds a name, never an address literal).
func isDNSName(h string) bool {
	if h == "" || len(h) > 253 || net.ParseIP(h) != nil || strings.HasPrefix(h, "[") {
		return false
	}
	for _, label := range strings.Split(strings.TrimSuffix(h, "."), ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, c := range label {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
				return false
			}
		}
	}
	return true
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

// enhancedOf finds an enhanced status code in a reply and reports it in
// class (5: failed, 4: delayed), or derives one.
func enhancedOf(reply string, class byte) string {
	for _, f := range strings.Fields(reply) {
		p := strings.Split(f, ".")
		if len(p) == 3 && len(p[0]) == 1 && (p[0] == "4" || p[0] == "5") && isNum(p[1]) && isNum(p[2]) {
			return string(class) + "." + p[1] + "." + p[2]
		}
	}
	return string(class) + ".0.0"
}

func isNum(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// bounce queues a DSN to the envelope sender and returns its queue id.
func (d *Deliverer) bounce(n DSN) (string, error) {
	bid := spool.NewID()
	w, err := d.cfg.Spool.Create(bid, spool.Envelope{From: "", To: []string{n.Envelope.From}, Received: time.Now().UTC(), Client: "local (" + n.Action + " DSN of " + n.ID + ")"})
	if err != nil {
		return "", err
	}
	n.ReportingMTA = d.cfg.LocalName
	if _, err := w.Write(n.Build(time.Now())); err != nil {
		w.Abort()
		return "", err
	}
	if err := w.Commit(); err != nil {
		return "", err
	}
	d.sch.add(bid, time.Now())
	return bid, nil
}
