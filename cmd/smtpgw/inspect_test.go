package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-msgauth/dkim"
	"github.com/smtpgw/smtpgw/internal/testdns"
)

const inspectMsg = "Received: from out.shop.example (out.shop.example [192.0.2.25])\r\n" +
	"\tby mx1.inbox.test (Postfix) with ESMTPS id 4Xx; Tue, 3 Dec 2024 10:00:05 +0000\r\n" +
	"Return-Path: <bounce@shop.example>\r\n" +
	"From: Shop <news@shop.example>\r\n" +
	"To: ann@inbox.test\r\n" +
	"Subject: December offers\r\n" +
	"Date: Tue, 3 Dec 2024 10:00:00 +0000\r\n" +
	"Message-ID: <20241203100000.1@shop.example>\r\n" +
	"\r\n" +
	"Hello Ann.\r\n"

func signedInspectMsg(t *testing.T) (string, *testdns.Server) {
	t.Helper()
	_, key, _ := ed25519.GenerateKey(rand.Reader)
	s := testdns.Start(t,
		`ed1._domainkey.shop.example. 300 IN TXT "v=DKIM1; k=ed25519; p=`+base64.StdEncoding.EncodeToString(key.Public().(ed25519.PublicKey))+`"`,
		`_dmarc.shop.example. 300 IN TXT "v=DMARC1; p=quarantine"`,
		`shop.example. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 -all"`,
		`out.shop.example. 300 IN A 192.0.2.25`,
		`25.2.0.192.in-addr.arpa. 300 IN PTR out.shop.example.`)
	var b bytes.Buffer
	err := dkim.Sign(&b, strings.NewReader(inspectMsg), &dkim.SignOptions{Domain: "shop.example", Selector: "ed1", Signer: key,
		HeaderKeys: []string{"From", "To", "Subject", "Date", "Message-ID"}, HeaderCanonicalization: dkim.CanonicalizationRelaxed, BodyCanonicalization: dkim.CanonicalizationRelaxed})
	if err != nil {
		t.Fatal(err)
	}
	return b.String(), s
}

func TestInspectCLI(t *testing.T) {
	msg, dns := signedInspectMsg(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.eml")
	os.WriteFile(good, []byte(msg), 0o644)

	out, errOut, code := runCLI(t, "", "--resolver", dns.Addr, "inspect", good, "--no-color")
	if code != 0 {
		t.Fatalf("good message: exit %d\n%s%s", code, out, errOut)
	}
	for _, w := range []string{"DKIM (verified now)", "pass       d=shop.example s=ed1 ed25519-sha256 256-bit", "→ 1. out.shop.example [192.0.2.25] → mx1.inbox.test  ESMTPS TLS"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 80 {
			t.Errorf("line over 80 columns: %q", l)
		}
	}

	// Body changed after signing: a failing finding, exit 1; JSON says why.
	bad := filepath.Join(dir, "bad.eml")
	os.WriteFile(bad, []byte(msg+"footer added by a list\r\n"), 0o644)
	out, _, code = runCLI(t, "", "--resolver", dns.Addr, "inspect", bad, "--json")
	if code != ExitFindings {
		t.Fatalf("modified body: exit %d", code)
	}
	var doc struct {
		Failed bool `json:"failed"`
		DKIM   []struct {
			Result string `json:"result"`
			Why    string `json:"why"`
		} `json:"dkim"`
		Findings []struct{ ID string } `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err, out)
	}
	if !doc.Failed || len(doc.DKIM) != 1 || doc.DKIM[0].Result != "fail" || !strings.Contains(doc.DKIM[0].Why, "body changed") {
		t.Fatalf("%+v", doc)
	}

	// Headers only, from stdin: exit 0 under the default --fail-on fail? The
	// signature is unverified (info), alignment cannot pass without a
	// verified signature or a receiver's SPF pass: exit 1, and it says why.
	head := msg[:strings.Index(msg, "\r\n\r\n")+2]
	out, _, code = runCLI(t, head, "--resolver", dns.Addr, "inspect", "-", "--no-color")
	if code != ExitFindings || !strings.Contains(out, "headers only") || !strings.Contains(out, "body hash cannot be checked") {
		t.Fatalf("headers only: exit %d\n%s", code, out)
	}

	// Not a message, a missing file: exit 2 with what to do.
	_, errOut, code = runCLI(t, "this is not mail\n", "--resolver", dns.Addr, "inspect", "-")
	if code != ExitUsage || !strings.Contains(errOut, "not an email message") {
		t.Fatalf("not a message: exit %d %q", code, errOut)
	}
	_, errOut, code = runCLI(t, "", "--resolver", dns.Addr, "inspect", filepath.Join(dir, "none.eml"))
	if code != ExitUsage || !strings.Contains(errOut, "cannot read the message") {
		t.Fatalf("missing file: exit %d %q", code, errOut)
	}
	_, _, code = runCLI(t, "", "--resolver", dns.Addr, "inspect", good, "--fail-on", "bogus")
	if code != ExitUsage {
		t.Fatalf("bad --fail-on: exit %d", code)
	}
}

// --format markdown for a ticket, junit and sarif for CI; a spam-filter
// header on the message shows in every format; an unknown format is a
// usage error.
func TestInspectFormats(t *testing.T) {
	msg, dns := signedInspectMsg(t)
	msg = "X-Spam-Status: Yes, score=6.1 required=5.0 tests=RDNS_NONE,BAYES_80 autolearn=no\r\n" +
		"Authentication-Results: mx1.inbox.test; spf=pass smtp.mailfrom=bounce@shop.example; dkim=pass header.d=shop.example; dmarc=pass header.from=shop.example\r\n" + msg
	path := filepath.Join(t.TempDir(), "m.eml")
	os.WriteFile(path, []byte(msg), 0o644)

	out, _, code := runCLI(t, "", "--resolver", dns.Addr, "inspect", path, "--format", "markdown")
	if code != ExitFindings {
		t.Fatalf("markdown: exit %d\n%s", code, out)
	}
	for _, w := range []string{
		"# ❌ smtpgw inspect: December offers",
		"| SPF | pass smtp.mailfrom=bounce@shop.example | pass for shop.example from 192.0.2.25 (matched ip4:192.0.2.0/24) |",
		"| DMARC | pass header.from=shop.example | pass header.from=shop.example p=quarantine |",
		"| IPREV | — | pass out.shop.example |",
		"| SpamAssassin | spam | 6.1 (spam at 5.0) | RDNS_NONE: delivered by a host with no reverse DNS",
		"| 1 → | out.shop.example [192.0.2.25] | mx1.inbox.test | ESMTPS | yes |",
		"`filter.spamassassin`",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("markdown lacks %q:\n%s", w, out)
		}
	}
	out, _, code = runCLI(t, "", "--resolver", dns.Addr, "inspect", path, "--format", "junit")
	if code != ExitFindings || !strings.Contains(out, `<testsuites name="smtpgw inspect"`) || !strings.Contains(out, "filter.spamassassin") {
		t.Fatalf("junit: exit %d\n%s", code, out)
	}
	out, _, code = runCLI(t, "", "--resolver", dns.Addr, "inspect", path, "--format", "sarif")
	var sarif struct {
		Runs []struct {
			Results []struct {
				RuleID string `json:"ruleId"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &sarif); err != nil || code != ExitFindings || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) == 0 {
		t.Fatalf("sarif: exit %d %v\n%s", code, err, out)
	}
	_, errOut, code := runCLI(t, "", "--resolver", dns.Addr, "inspect", path, "--format", "html")
	if code != ExitUsage || !strings.Contains(errOut, "use text, json, junit, markdown or sarif") {
		t.Fatalf("bad format: exit %d %q", code, errOut)
	}
}
