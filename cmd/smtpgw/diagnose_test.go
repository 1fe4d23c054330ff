package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/check/checktest"
	"github.com/smtpgw/smtpgw/dnsbl"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testsmtp"
)

// diagnoseWorld serves the recipient domain rcpt.test (MX on 127.0.0.1),
// the sender domain sender.test (SPF for 192.0.2.0/24, DMARC reject), the
// sending IP 192.0.2.99 with forward-confirmed reverse DNS, and the
// blocklist table under bl.test with 192.0.2.99 on Spamhaus ZEN (SBL).
func diagnoseWorld(t *testing.T, extra ...string) *testdns.Server {
	t.Helper()
	zone := append([]string{
		"rcpt.test. 300 IN MX 10 mx.rcpt.test.",
		"mx.rcpt.test. 300 IN A 127.0.0.1",
		"nullmx.test. 300 IN MX 0 .",
		`sender.test. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 -all"`,
		`_dmarc.sender.test. 300 IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@sender.test"`,
		"99.2.0.192.in-addr.arpa. 300 IN PTR mail.sender.test.",
		"mail.sender.test. 300 IN A 192.0.2.99",
		"98.2.0.192.in-addr.arpa. 300 IN PTR mail2.sender.test.",
		"mail2.sender.test. 300 IN A 192.0.2.98",
		"99.2.0.192.zen.spamhaus.org.bl.test. 60 IN A 127.0.0.2",
	}, extra...)
	return testdns.Start(t, zone...)
}

func diagnoseArgs(dns *testdns.Server, port int) []string {
	return append([]string{"--resolver", dns.Addr, "--timeout", "10s", "diagnose", "--port-map", "25=:" + strconv.Itoa(port),
		"--helo", "mail.sender.test"}, blocklistMirrors("bl.test")...)
}

// blocklistMirrors asks every list of the table at its zone under suffix,
// as a user asks a mirror (--blocklist zen.spamhaus.org=MIRROR-ZONE).
func blocklistMirrors(suffix string) []string {
	var args []string
	for _, l := range dnsbl.Default() {
		args = append(args, "--blocklist", l.Zone+"="+l.Zone+"."+suffix)
	}
	return args
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

func TestDiagnoseBlocklistedSender(t *testing.T) {
	t.Parallel()
	dns := diagnoseWorld(t)
	// Postfix's reject_rbl_client reply.
	port := testsmtp.StartRCPT(t, "554 5.7.1 Service unavailable; Client host [192.0.2.99] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.99")
	out, errOut, code := runCLI(t, "", append(diagnoseArgs(dns, port), "bob@rcpt.test", "--from", "alice@sender.test", "--sending-ip", "192.0.2.99")...)
	if code != ExitFindings {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if want := "FAIL your sending IP is on a blocklist and the recipient's server refuses it: 192.0.2.99 is listed on Spamhaus ZEN"; !strings.HasPrefix(firstLine(out), want) {
		t.Errorf("first line %q, want prefix %q\n%s", firstLine(out), want, out)
	}
	for _, want := range []string{"who: you (the sender) must act", "| 554 5.7.1 Service unavailable; Client host [192.0.2.99] blocked using zen.spamhaus.org", "https://check.spamhaus.org/", "rcpt.rejected", "dnsbl.listed"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = runCLI(t, "", append(diagnoseArgs(dns, port), "bob@rcpt.test", "--from", "alice@sender.test", "--sending-ip", "192.0.2.99", "--json")...)
	var doc struct {
		Verdict struct {
			Cause, Side string
			FindingID   string `json:"finding_id"`
		} `json:"verdict"`
		Port25 string                            `json:"port25"`
		RCPT   struct{ Status, Category string } `json:"rcpt"`
		Failed bool                              `json:"failed"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if doc.Verdict.Side != "sender" || doc.Verdict.FindingID != "dnsbl.listed" || doc.Port25 != "open" || doc.RCPT.Status != "rejected" || !doc.Failed {
		t.Errorf("json: %+v", doc)
	}
}

func TestDiagnoseUnknownUser(t *testing.T) {
	t.Parallel()
	dns := diagnoseWorld(t)
	port := testsmtp.StartRCPT(t, "550 5.1.1 <bob@rcpt.test>: Recipient address rejected: User unknown in virtual mailbox table")
	out, _, code := runCLI(t, "", append(diagnoseArgs(dns, port), "bob@rcpt.test", "--from", "alice@sender.test", "--sending-ip", "192.0.2.98")...)
	if code != ExitFindings {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if want := "FAIL mx.rcpt.test[127.0.0.1]:25 rejected the recipient (RCPT TO) of <alice@sender.test> → <bob@rcpt.test>: 550 5.1.1"; !strings.HasPrefix(firstLine(out), want) {
		t.Errorf("first line %q, want prefix %q\n%s", firstLine(out), want, out)
	}
	if !strings.Contains(out, "who: the recipient's side must act") {
		t.Errorf("side:\n%s", out)
	}
}

func TestDiagnoseAllClear(t *testing.T) {
	t.Parallel()
	dns := diagnoseWorld(t)
	port := testsmtp.StartRCPT(t, "250 2.1.5 Ok")
	out, errOut, code := runCLI(t, "", append(diagnoseArgs(dns, port), "bob@rcpt.test", "--from", "alice@sender.test", "--sending-ip", "192.0.2.98")...)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if want := "PASS no cause found: "; !strings.HasPrefix(firstLine(out), want) || !strings.Contains(firstLine(out), "accepts mail for <bob@rcpt.test> from <alice@sender.test>") {
		t.Errorf("first line %q\n%s", firstLine(out), out)
	}
	if !strings.Contains(out, "not tested: the message itself") {
		t.Errorf("untested not said:\n%s", out)
	}
}

func TestDiagnoseRefusedEverywhere(t *testing.T) {
	t.Parallel()
	dns := diagnoseWorld(t)
	out, _, code := runCLI(t, "", append(diagnoseArgs(dns, checktest.RefusedPort(t)), "bob@rcpt.test", "--from", "alice@sender.test")...)
	if code != ExitFindings {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if want := "FAIL every MX address of rcpt.test refused the connection on port 25 (1 address)"; firstLine(out) != want {
		t.Errorf("first line %q, want %q\n%s", firstLine(out), want, out)
	}
}

func TestDiagnoseNullMX(t *testing.T) {
	t.Parallel()
	dns := diagnoseWorld(t)
	out, _, _ := runCLI(t, "", append(diagnoseArgs(dns, checktest.RefusedPort(t)), "bob@nullmx.test")...)
	if !strings.Contains(firstLine(out), "null MX") {
		t.Errorf("first line %q\n%s", firstLine(out), out)
	}
	if !strings.Contains(out, "who: the recipient's side must act") {
		t.Errorf("side:\n%s", out)
	}
}

func TestDiagnoseUsage(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"diagnose", "not-an-address"},
		{"diagnose", "bob@rcpt.test", "--sending-ip", "mail.sender.test"},
		{"diagnose", "bob@rcpt.test", "--from", "alice"},
		{"diagnose"},
	} {
		if _, errOut, code := runCLI(t, "", args...); code != ExitUsage || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}

func TestDiagnosePastedReply(t *testing.T) {
	t.Parallel()
	dns := diagnoseWorld(t)
	// A Postfix log line of a refused delivery, pasted whole: the recipient,
	// the reply and the client IP it names are all used.
	line := "Dec  5 10:15:02 mail postfix/smtp[4121]: 3F1A2C0B4D: to=<bob@rcpt.test>, relay=mx.rcpt.test[127.0.0.1]:25, delay=0.4, dsn=5.7.1, status=bounced (host mx.rcpt.test[127.0.0.1] said: 554 5.7.1 Service unavailable; Client host [192.0.2.99] blocked using zen.spamhaus.org (in reply to RCPT TO command))"
	out, errOut, code := runCLI(t, "", append(diagnoseArgs(dns, checktest.RefusedPort(t)), line)...)
	if code != ExitFindings {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if want := "FAIL your sending IP is on a blocklist and the receiver refuses it: 192.0.2.99 is listed on Spamhaus ZEN"; !strings.HasPrefix(firstLine(out), want) {
		t.Errorf("first line %q, want prefix %q\n%s", firstLine(out), want, out)
	}
	if !strings.Contains(out, "reply.explained") || !strings.Contains(out, "<bob@rcpt.test>") {
		t.Errorf("output:\n%s", out)
	}
	// A bare reply without a recipient: the sender-side checks run alone.
	out, _, _ = runCLI(t, "", append(diagnoseArgs(dns, checktest.RefusedPort(t)), "550 5.7.1 Client host [192.0.2.98] rejected: no reverse DNS")...)
	if !strings.Contains(out, "not tested: the recipient's MX hosts and the RCPT test") || !strings.Contains(out, "Findings the pasted reply") {
		t.Errorf("bare reply:\n%s", out)
	}
}

func TestDiagnoseBounce(t *testing.T) {
	t.Parallel()
	dns := diagnoseWorld(t)
	port := testsmtp.StartRCPT(t, "554 5.7.1 Service unavailable; Client host [192.0.2.99] blocked using zen.spamhaus.org")
	// An RFC 3464 report as Postfix writes one (written for this test).
	dsn := "From: MAILER-DAEMON@mail.sender.test (Mail Delivery System)\r\nTo: alice@sender.test\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\r\n\r\n" +
		"--B1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n\r\n" +
		"--B1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.sender.test\r\nX-Postfix-Sender: rfc822; alice@sender.test\r\n\r\n" +
		"Final-Recipient: rfc822; bob@rcpt.test\r\nAction: failed\r\nStatus: 5.7.1\r\nRemote-MTA: dns; mx.rcpt.test\r\n" +
		"Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.99] blocked using zen.spamhaus.org\r\n\r\n--B1--\r\n"
	out, errOut, code := runCLI(t, dsn, append(diagnoseArgs(dns, port), "--bounce", "-")...)
	if code != ExitFindings {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	// The RCPT test ran from the bounce's sender to its recipient, and the
	// client IP of the reply was checked.
	if want := "FAIL your sending IP is on a blocklist and the recipient's server refuses it: 192.0.2.99 is listed on Spamhaus ZEN"; !strings.HasPrefix(firstLine(out), want) {
		t.Errorf("first line %q, want prefix %q\n%s", firstLine(out), want, out)
	}
	if !strings.Contains(out, "Findings <alice@sender.test> → <bob@rcpt.test>") || !strings.Contains(out, "reply.explained") {
		t.Errorf("output:\n%s", out)
	}
	if _, errOut, code := runCLI(t, "", append(diagnoseArgs(dns, port), "--bounce", "-", "bob@rcpt.test")...); code != ExitUsage || errOut == "" {
		t.Errorf("--bounce with an argument: exit %d %q", code, errOut)
	}
	if _, errOut, code := runCLI(t, "Subject: hello\r\n\r\nnot a bounce\r\n", append(diagnoseArgs(dns, port), "--bounce", "-")...); code != ExitUsage || !strings.Contains(errOut, "no failed recipient") {
		t.Errorf("not a bounce: exit %d %q", code, errOut)
	}
}

func TestDiagnoseFormats(t *testing.T) {
	t.Parallel()
	dns := diagnoseWorld(t)
	port := testsmtp.StartRCPT(t, "550 5.1.1 <bob@rcpt.test>: Recipient address rejected: User unknown in virtual mailbox table")
	args := append(diagnoseArgs(dns, port), "bob@rcpt.test", "--from", "alice@sender.test")
	out, _, code := runCLI(t, "", append(args, "--format", "junit")...)
	if code != ExitFindings || !strings.Contains(out, "<testsuites") || !strings.Contains(out, "rcpt.rejected") {
		t.Errorf("junit: exit %d\n%s", code, out)
	}
	out, _, _ = runCLI(t, "", append(args, "--format", "markdown")...)
	if !strings.Contains(out, "smtpgw diagnose: mx.rcpt.test[127.0.0.1]:25 rejected the recipient") {
		t.Errorf("markdown:\n%s", out)
	}
	out, _, _ = runCLI(t, "", append(args, "--format", "sarif")...)
	if !strings.Contains(out, `"ruleId": "rcpt.rejected"`) {
		t.Errorf("sarif:\n%s", out)
	}
	if _, errOut, code := runCLI(t, "", append(args, "--format", "yaml")...); code != ExitUsage || !strings.Contains(errOut, "unknown --format") {
		t.Errorf("bad format: exit %d %q", code, errOut)
	}
}

// A recipient domain whose MTA-STS policy (mode enforce) does not list its
// MX host: smtpgw itself gets through, but senders that enforce MTA-STS do
// not, and the verdict says so.
func TestDiagnoseMTASTSRefused(t *testing.T) {
	t.Parallel()
	s := checktest.Healthy("sts.test")
	s.TLSA = ""
	s.Policy = "version: STSv1\nmode: enforce\nmx: mail.elsewhere.test\nmax_age: 604800\n"
	w := checktest.New(t, s)
	out, errOut, code := runCLI(t, "", "--resolver", w.DNS.Addr, "--ca-file", w.CA.WriteCAFile(t), "--timeout", "10s", "diagnose", "bob@sts.test",
		"--port-map", "25=:"+strconv.Itoa(w.SMTPPort), "--port-map", "443=:"+strconv.Itoa(w.PolicyPort), "--helo", "mail.sender.test")
	if code != ExitFindings {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	want := "FAIL senders that enforce MTA-STS (Gmail, Microsoft 365, Yahoo and others) will not deliver to sts.test: its policy is in mode enforce and mx.sts.test: MX host mx.sts.test matches no mx pattern of the MTA-STS policy"
	if !strings.HasPrefix(firstLine(out), want) {
		t.Errorf("first line %q, want prefix %q\n%s", firstLine(out), want, out)
	}
	for _, w := range []string{"who: the recipient's side must act", "| policy https://mta-sts.sts.test/.well-known/mta-sts.txt: mode enforce, mx: mail.elsewhere.test", "fix 1. Add \"mx: mx.sts.test\" to the policy"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

// Outbound port 25 blocked: the MX's port drops SYNs (a listener whose
// accept backlog is full), so the connection times out, as behind a cloud
// provider's port-25 block.
func TestDiagnosePort25TimedOut(t *testing.T) {
	t.Parallel()
	dns := diagnoseWorld(t)
	args := diagnoseArgs(dns, checktest.SilentPort(t))
	args[3] = "3s" // --timeout: the connection waits for it
	out, errOut, code := runCLI(t, "", append(args, "bob@rcpt.test")...)
	if code != ExitFindings {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if want := "FAIL every connection to port 25 of rcpt.test's MX hosts timed out (1 address): outbound port 25 is most likely blocked on this network"; firstLine(out) != want {
		t.Errorf("first line %q, want %q\n%s", firstLine(out), want, out)
	}
	for _, want := range []string{"who: your network or hosting provider must act", "port 587"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// A message whose DKIM selector is revoked, sent from an IP outside the
// From: domain's SPF record, under p=reject: DMARC fails, and the verdict
// says why. The same through a bounce that carries the returned header.
func TestDiagnoseDKIM(t *testing.T) {
	t.Parallel()
	dns := diagnoseWorld(t, `s1._domainkey.sender.test. 300 IN TXT "v=DKIM1; k=rsa; p="`)
	port := testsmtp.StartRCPT(t, "250 2.1.5 Ok")
	header := "From: Alice <alice@sender.test>\r\nTo: bob@rcpt.test\r\nSubject: report\r\n" +
		"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sender.test; s=s1; h=from:to:subject;\r\n" +
		"\tbh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==\r\n"
	msg := filepath.Join(t.TempDir(), "report.eml")
	if err := os.WriteFile(msg, []byte(header+"\r\nHello Bob\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := `FAIL DMARC fails for mail From: sender.test, whose policy is p=reject: DKIM selector "s1" of sender.test is revoked (empty p=): signatures with this selector fail; and SPF fail: 198.51.100.7`
	out, errOut, code := runCLI(t, "", append(diagnoseArgs(dns, port), "bob@rcpt.test", "--from", "alice@sender.test", "--sending-ip", "198.51.100.7", "--message", msg)...)
	if code != ExitFindings || !strings.HasPrefix(firstLine(out), want) {
		t.Errorf("exit %d, first line %q, want prefix %q\n%s\n%s", code, firstLine(out), want, out, errOut)
	}
	if !strings.Contains(out, "who: you (the sender) must act") || !strings.Contains(out, "only the selectors' key records were checked") {
		t.Errorf("output:\n%s", out)
	}

	// The receiver's DMARC refusal, bounced with the returned header
	// attached (text/rfc822-headers, as Postfix attaches it).
	dsn := "From: MAILER-DAEMON@mail.sender.test (Mail Delivery System)\r\nTo: alice@sender.test\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\r\n\r\n" +
		"--B1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n\r\n" +
		"--B1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.sender.test\r\nX-Postfix-Sender: rfc822; alice@sender.test\r\n\r\n" +
		"Final-Recipient: rfc822; bob@rcpt.test\r\nAction: failed\r\nStatus: 5.7.26\r\nRemote-MTA: dns; mx.rcpt.test\r\n" +
		"Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email from sender.test is not accepted due to domain's DMARC policy\r\n\r\n" +
		"--B1\r\nContent-Type: text/rfc822-headers\r\n\r\n" + header + "\r\n--B1--\r\n"
	out, errOut, code = runCLI(t, dsn, append(diagnoseArgs(dns, port), "--bounce", "-", "--sending-ip", "198.51.100.7")...)
	if code != ExitFindings || !strings.HasPrefix(firstLine(out), want) {
		t.Errorf("bounce: exit %d, first line %q, want prefix %q\n%s\n%s", code, firstLine(out), want, out, errOut)
	}
	if !strings.Contains(out, "| 550 5.7.26 Unauthenticated email from sender.test") {
		t.Errorf("bounce: the reply is not evidence:\n%s", out)
	}

	if _, errOut, code := runCLI(t, "", append(diagnoseArgs(dns, port), "bob@rcpt.test", "--dkim-selector", "s1")...); code != ExitUsage || !strings.Contains(errOut, "--from") {
		t.Errorf("--dkim-selector without a From: domain: exit %d %q", code, errOut)
	}
	if _, errOut, code := runCLI(t, "", append(diagnoseArgs(dns, port), "bob@rcpt.test", "--message", "-")...); code != ExitUsage || !strings.Contains(errOut, "--message") {
		t.Errorf("--message with no message: exit %d %q", code, errOut)
	}
}
