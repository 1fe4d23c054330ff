package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-msgauth/dkim"
	"github.com/smtpgw/smtpgw/arc"
	"github.com/smtpgw/smtpgw/internal/testdns"
)

// TestInspectListARC is the world of docs/inspect.md's example: a signed
// newsletter through a mailing list that adds a footer and an ARC seal,
// delivered to a receiver that left a Microsoft-style verdict. The
// command's text output tells the story: DKIM broken by the footer, SPF
// passing for the list but not aligned, DMARC failing under p=reject, the
// list's ARC seal validating with what it saw, the filter's spam verdict.
func TestInspectListARC(t *testing.T) {
	_, ek, _ := ed25519.GenerateKey(rand.Reader)
	rk, _ := rsa.GenerateKey(rand.Reader, 2048)
	der, _ := x509.MarshalPKIXPublicKey(&rk.PublicKey)
	p := base64.StdEncoding.EncodeToString(der)
	dns := testdns.Start(t,
		`ed1._domainkey.shop.example. 300 IN TXT "v=DKIM1; k=ed25519; p=`+base64.StdEncoding.EncodeToString(ek.Public().(ed25519.PublicKey))+`"`,
		`arc._domainkey.lists.test. 300 IN TXT "v=DKIM1; k=rsa; p=`+p[:200]+`" "`+p[200:]+`"`,
		`_dmarc.shop.example. 300 IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@shop.example"`,
		`shop.example. 300 IN TXT "v=spf1 ip4:192.0.2.25 -all"`,
		`lists.test. 300 IN TXT "v=spf1 ip4:192.0.2.80 -all"`,
		`out.lists.test. 300 IN A 192.0.2.80`,
		`80.2.0.192.in-addr.arpa. 300 IN PTR out.lists.test.`,
	)
	orig := "From: Shop <news@shop.example>\r\nTo: shop-list@lists.test\r\nSubject: December offers\r\nDate: Tue, 3 Dec 2024 10:00:00 +0000\r\nMessage-ID: <20241203100000.1@shop.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello,\r\nour December offers are here.\r\n"
	var b bytes.Buffer
	if err := dkim.Sign(&b, strings.NewReader(orig), &dkim.SignOptions{Domain: "shop.example", Selector: "ed1", Signer: ek, HeaderKeys: []string{"From", "To", "Subject", "Date", "Message-ID"}, HeaderCanonicalization: dkim.CanonicalizationRelaxed, BodyCanonicalization: dkim.CanonicalizationRelaxed}); err != nil {
		t.Fatal(err)
	}
	atList := "Received: from out.shop.example (out.shop.example [192.0.2.25])\r\n\tby mx.lists.test (Postfix) with ESMTPS id 4Xa; Tue, 3 Dec 2024 10:00:02 +0000\r\n" +
		"List-Id: <shop-list.lists.test>\r\nList-Unsubscribe: <mailto:leave@lists.test>\r\n" + b.String() + "-- \r\nshop-list: to leave, write to leave@lists.test\r\n"
	set, err := arc.Sign([]byte(atList), arc.SignOptions{Domain: "lists.test", Selector: "arc", Signer: rk, AuthServID: "mx.lists.test", Results: "dkim=pass header.d=shop.example; spf=pass smtp.mailfrom=bounce@shop.example; dmarc=pass header.from=shop.example"})
	if err != nil {
		t.Fatal(err)
	}
	msg := "Received: from mx1.inbox.test (mx1.inbox.test [10.0.0.5])\r\n\tby store.inbox.test (Postfix) with LMTP id 4Xc; Tue, 3 Dec 2024 10:00:10 +0000\r\n" +
		"X-Forefront-Antispam-Report: CIP:192.0.2.80;CTRY:;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:out.lists.test;PTR:out.lists.test;CAT:SPOOF;DIR:INB;\r\n" +
		"X-Microsoft-Antispam: BCL:0;\r\n" +
		"Authentication-Results: mx1.inbox.test;\r\n\tdkim=fail (body hash did not verify) header.d=shop.example;\r\n\tspf=pass smtp.mailfrom=shop-list-bounces@lists.test;\r\n\tdmarc=fail (p=reject) header.from=shop.example;\r\n\tarc=pass (i=1 lists.test)\r\n" +
		"Received: from out.lists.test (out.lists.test [192.0.2.80])\r\n\tby mx1.inbox.test (Postfix) with ESMTPS id 4Xb\r\n\t(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)\r\n\tfor <ann@inbox.test>; Tue, 3 Dec 2024 10:00:09 +0000\r\n" +
		"Return-Path: <shop-list-bounces@lists.test>\r\n" + set + atList
	path := filepath.Join(t.TempDir(), "message.eml")
	os.WriteFile(path, []byte(msg), 0o644)
	out, errOut, code := runCLI(t, "", "--resolver", dns.Addr, "inspect", path, "--no-color")
	if code != ExitFindings {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	for _, w := range []string{
		"fail       d=shop.example s=ed1 ed25519-sha256 256-bit",
		"spf    pass      lists.test (matched ip4:192.0.2.80)  (receiver: pass)",
		"dmarc  fail      header.from=shop.example p=reject → reject",
		"iprev  pass      out.lists.test (forward-confirmed)",
		"ARC (validated now): pass",
		"i=1 cv=none d=lists.test  seal pass, message signature pass",
		"Microsoft 365 / Outlook.com (Exchange Online Protection): spam  score SCL 5",
		"CAT=SPOOF  spoofing",
		"An ARC chain sealed by lists.test validates now",
		"FAIL bulk.microsoft",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q", w)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 80 {
			t.Errorf("line over 80 columns: %q", l)
		}
	}
	if t.Failed() {
		t.Log(out)
	}
	// -v shows every filter field; JSON carries the entry-hop checks, the
	// ARC result and the filters.
	out, _, _ = runCLI(t, "", "--resolver", dns.Addr, "inspect", path, "--no-color", "-v")
	if !strings.Contains(out, "DIR=INB  inbound") || strings.Contains(out, "more (-v)") {
		t.Errorf("-v does not show every field:\n%s", out)
	}
	out, _, _ = runCLI(t, "", "--resolver", dns.Addr, "inspect", path, "--json")
	var doc struct {
		EntryAuth struct {
			IP    string `json:"ip"`
			DMARC struct {
				Result      string `json:"result"`
				Disposition string `json:"disposition"`
				IDs         []struct {
					Method  string `json:"method"`
					Aligned bool   `json:"aligned"`
				} `json:"identifiers"`
			} `json:"dmarc"`
			ReverseDNS struct {
				Confirmed string `json:"confirmed"`
			} `json:"reverse_dns"`
		} `json:"entry_auth"`
		ARCResult string `json:"arc_result"`
		Filters   []struct {
			Filter  string `json:"filter"`
			Verdict string `json:"verdict"`
		} `json:"spam_filters"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	e := doc.EntryAuth
	if e.IP != "192.0.2.80" || e.DMARC.Result != "fail" || e.DMARC.Disposition != "reject" || len(e.DMARC.IDs) != 2 || e.DMARC.IDs[0].Aligned || !e.DMARC.IDs[1].Aligned ||
		e.ReverseDNS.Confirmed != "out.lists.test" || doc.ARCResult != "pass" || len(doc.Filters) != 1 || doc.Filters[0].Verdict != "spam" {
		t.Fatalf("%+v\n%s", doc, out)
	}
}
