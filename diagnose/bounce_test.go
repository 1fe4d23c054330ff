package diagnose_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/bounce"
	"github.com/smtpgw/smtpgw/diagnose"
)

// dsn is an RFC 3464 report as Postfix writes one (written for this test).
const dsn = "From: MAILER-DAEMON@mail.sender.test (Mail Delivery System)\r\n" +
	"To: alice@sender.test\r\n" +
	"Subject: Undelivered Mail Returned to Sender\r\n" +
	"MIME-Version: 1.0\r\n" +
	"Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\r\n" +
	"\r\n" +
	"--B1\r\n" +
	"Content-Type: text/plain\r\n" +
	"\r\n" +
	"I'm sorry to have to inform you that your message could not be delivered.\r\n" +
	"\r\n" +
	"--B1\r\n" +
	"Content-Type: message/delivery-status\r\n" +
	"\r\n" +
	"Reporting-MTA: dns; mail.sender.test\r\n" +
	"X-Postfix-Sender: rfc822; alice@sender.test\r\n" +
	"\r\n" +
	"Final-Recipient: rfc822; bob@rcpt.test\r\n" +
	"Action: failed\r\n" +
	"Status: 5.7.1\r\n" +
	"Remote-MTA: dns; mx.rcpt.test\r\n" +
	"Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.99] blocked using zen.spamhaus.org\r\n" +
	"\r\n" +
	"--B1--\r\n"

func TestFromBounce(t *testing.T) {
	b, err := bounce.ParseBytes([]byte(dsn))
	if err != nil {
		t.Fatal(err)
	}
	in, err := diagnose.FromBounce(b)
	if err != nil {
		t.Fatal(err)
	}
	if in.Recipient != "bob@rcpt.test" || in.From != "alice@sender.test" || in.RemoteMTA != "mx.rcpt.test" || !strings.HasPrefix(in.Reply, "554 5.7.1 Service unavailable; Client host [192.0.2.99]") {
		t.Errorf("%+v", in)
	}
	if _, err := diagnose.FromBounce(&bounce.Result{Kind: bounce.KindAutoReply}); !errors.Is(err, diagnose.ErrUsage) {
		t.Errorf("auto-reply: %v", err)
	}
}
