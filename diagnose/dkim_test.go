package diagnose_test

import (
	"context"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/diagnose"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testsmtp"
	"github.com/smtpgw/smtpgw/resolver"
)

// dkimWorld: sender.test publishes SPF for 192.0.2.0/24 and DMARC
// p=reject; selector s1 is revoked, s3 is not a key record, s2 does not
// exist; rcpt.test's MX accepts the RCPT test.
func dkimRun(t *testing.T, o diagnose.Options) *diagnose.Result {
	t.Helper()
	dns := testdns.Start(t,
		"rcpt.test. 300 IN MX 10 mx.rcpt.test.",
		"mx.rcpt.test. 300 IN A 127.0.0.1",
		`sender.test. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 -all"`,
		`_dmarc.sender.test. 300 IN TXT "v=DMARC1; p=reject"`,
		`s1._domainkey.sender.test. 300 IN TXT "v=DKIM1; k=rsa; p="`,
		`s3._domainkey.sender.test. 300 IN TXT "v=DKIM1; k=rsa; p=not base64!"`,
	)
	o.Resolver = resolver.New(dns.Addr).EnableCache()
	o.Timeout = 10 * time.Second
	o.HELO = "mail.sender.test"
	o.PortMap = map[int]string{25: ":" + strconv.Itoa(testsmtp.StartRCPT(t, "250 2.1.5 Ok"))}
	o.From = "alice@sender.test"
	res, err := diagnose.Run(context.Background(), o, "bob@rcpt.test")
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestDKIMExplainsDMARC(t *testing.T) {
	t.Parallel()
	msg, err := diagnose.ParseMessage([]byte("From: Alice <alice@sender.test>\r\nTo: bob@rcpt.test\r\n" +
		"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sender.test; s=s1;\r\n\th=from:to; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==\r\nSubject: hi\r\n\r\nbody\r\n"))
	if err != nil || msg.From != "alice@sender.test" || len(msg.Signatures) != 1 || msg.Signatures[0].Selector != "s1" {
		t.Fatalf("message %+v, %v", msg, err)
	}
	for _, c := range []struct {
		name      string
		o         diagnose.Options
		cause, id string
	}{
		{"revoked selector of the message", diagnose.Options{Message: msg, SendingIPs: []net.IP{net.ParseIP("198.51.100.7")}},
			`DMARC fails for mail From: sender.test, whose policy is p=reject: DKIM selector "s1" of sender.test is revoked (empty p=)`, "dkim.revoked"},
		{"missing selector given", diagnose.Options{DKIMSelectors: []string{"s2"}, SendingIPs: []net.IP{net.ParseIP("198.51.100.7")}},
			`DMARC fails for mail From: sender.test, whose policy is p=reject: DKIM selector "s2" of sender.test has no key record at s2._domainkey.sender.test`, "dkim.missing"},
		{"unusable key record", diagnose.Options{DKIMSelectors: []string{"s3"}},
			`DMARC fails for mail From: sender.test, whose policy is p=reject: DKIM selector "s3" of sender.test: unusable key record`, "dkim.invalid"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			res := dkimRun(t, c.o)
			v := res.Verdict
			if !strings.HasPrefix(v.Cause, c.cause) || v.FindingID != c.id || v.Side != diagnose.SideSender || len(v.Fix) < 2 {
				t.Fatalf("verdict %+v\n%s", v, dumpFindings(res.Findings))
			}
			if c.o.SendingIPs != nil && !strings.Contains(v.Cause, "; and SPF fail: 198.51.100.7 sending as alice@sender.test is explicitly not authorised by sender.test") {
				t.Errorf("cause does not say SPF fails: %q", v.Cause)
			}
			if c.o.SendingIPs == nil && !strings.HasSuffix(v.Cause, "and SPF was not evaluated (give the sending IP and the sender address)") {
				t.Errorf("cause: %q", v.Cause)
			}
		})
	}
}

// SPF passing aligned makes DMARC pass: the revoked key is a finding, not
// the DMARC verdict.
func TestDKIMWithAlignedSPF(t *testing.T) {
	t.Parallel()
	res := dkimRun(t, diagnose.Options{DKIMSelectors: []string{"s1"}, SendingIPs: []net.IP{net.ParseIP("192.0.2.98")}})
	if strings.HasPrefix(res.Verdict.Cause, "DMARC fails") || !has(res.Findings, "dkim.revoked", finding.Fail) || res.Verdict.Side != diagnose.SideSender {
		t.Errorf("verdict %+v\n%s", res.Verdict, dumpFindings(res.Findings))
	}
}
