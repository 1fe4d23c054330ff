package inspect

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-msgauth/dkim"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
)

// txtRR renders a TXT record with its text split into 200-octet strings.
func txtRR(name, text string) string {
	var parts []string
	for len(text) > 200 {
		parts = append(parts, `"`+text[:200]+`"`)
		text = text[200:]
	}
	parts = append(parts, `"`+text+`"`)
	return name + " 300 IN TXT " + strings.Join(parts, " ")
}

type world struct {
	dns    *testdns.Server
	rsaKey *rsa.PrivateKey
	edKey  ed25519.PrivateKey
}

func newWorld(t testing.TB) *world {
	t.Helper()
	rk, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	_, ek, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, _ := x509.MarshalPKIXPublicKey(&rk.PublicKey)
	w := &world{rsaKey: rk, edKey: ek}
	w.dns = testdns.Start(t,
		txtRR("rsa1._domainkey.shop.example.", "v=DKIM1; k=rsa; p="+base64.StdEncoding.EncodeToString(der)),
		txtRR("ed1._domainkey.shop.example.", "v=DKIM1; k=ed25519; p="+base64.StdEncoding.EncodeToString(ek.Public().(ed25519.PublicKey))),
		txtRR("old._domainkey.shop.example.", "v=DKIM1; k=rsa; p="),
		txtRR("_dmarc.shop.example.", "v=DMARC1; p=reject; rua=mailto:dmarc@shop.example"),
		// SPF of the envelope sender and of the HELO name, and
		// forward-confirmed reverse DNS of the sending address.
		txtRR("shop.example.", "v=spf1 ip4:192.0.2.25 -all"),
		txtRR("out.shop.example.", "v=spf1 a -all"),
		"out.shop.example. 300 IN A 192.0.2.25",
		"25.2.0.192.in-addr.arpa. 300 IN PTR out.shop.example.",
		// A PTR that does not resolve back.
		"9.113.0.203.in-addr.arpa. 300 IN PTR dyn-9.isp.test.",
		"dyn-9.isp.test. 300 IN A 203.0.113.200",
		// A domain with strict DKIM alignment and a key for a subdomain.
		txtRR("rsa1._domainkey.mail.strict.example.", "v=DKIM1; k=rsa; p="+base64.StdEncoding.EncodeToString(der)),
		txtRR("arc._domainkey.lists.test.", "v=DKIM1; k=rsa; p="+base64.StdEncoding.EncodeToString(der)),
		txtRR("_dmarc.strict.example.", "v=DMARC1; p=quarantine; adkim=s; pct=50"),
	)
	return w
}

func (w *world) resolver() *resolver.Resolver { return resolver.New(w.dns.Addr).EnableCache() }

const baseMsg = "Received: from mx1.inbox.test (mx1.inbox.test [10.0.0.5])\r\n" +
	"\tby store.inbox.test (Postfix) with LMTP id 4Xy; Tue, 3 Dec 2024 10:00:09 +0000\r\n" +
	"Received: from out.shop.example (out.shop.example [192.0.2.25])\r\n" +
	"\tby mx1.inbox.test (Postfix) with ESMTPS id 4Xx\r\n" +
	"\t(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)\r\n" +
	"\tfor <ann@inbox.test>; Tue, 3 Dec 2024 10:00:05 +0000\r\n" +
	"Received: from app.shop.example (app.shop.example [198.51.100.7])\r\n" +
	"\tby out.shop.example (Postfix) with ESMTP id 77A; Tue, 3 Dec 2024 10:00:01 +0000\r\n" +
	"Return-Path: <bounce@shop.example>\r\n" +
	"From: Shop <news@shop.example>\r\n" +
	"To: ann@inbox.test\r\n" +
	"Subject: December offers\r\n" +
	"Date: Tue, 3 Dec 2024 10:00:00 +0000\r\n" +
	"Message-ID: <20241203100000.1@shop.example>\r\n" +
	"List-Unsubscribe: <https://shop.example/u?id=1>\r\n" +
	"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n" +
	"MIME-Version: 1.0\r\n" +
	"Content-Type: text/plain; charset=utf-8\r\n" +
	"\r\n" +
	"Hello Ann,\r\nour December offers are here.\r\n"

var signedHeaders = []string{"From", "From", "To", "Subject", "Date", "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post"}

// sign signs msg with the given key and selector, adding the
// DKIM-Signature at the top, below which the receiver adds its fields.
func sign(t testing.TB, msg string, key crypto.Signer, selector string, mod func(*dkim.SignOptions)) string {
	t.Helper()
	o := &dkim.SignOptions{Domain: "shop.example", Selector: selector, Signer: key, HeaderKeys: signedHeaders, HeaderCanonicalization: dkim.CanonicalizationRelaxed, BodyCanonicalization: dkim.CanonicalizationRelaxed}
	if mod != nil {
		mod(o)
	}
	var b bytes.Buffer
	if err := dkim.Sign(&b, strings.NewReader(msg), o); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func run(t *testing.T, w *world, msg string) *Result {
	t.Helper()
	res, err := Run(context.Background(), Options{Resolver: w.resolver(), Now: time.Date(2024, 12, 3, 12, 0, 0, 0, time.UTC)}, []byte(msg))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func find(res *Result, id string) *finding.Finding {
	for i := range res.Findings {
		if res.Findings[i].ID == id {
			return &res.Findings[i]
		}
	}
	return nil
}

func want(t *testing.T, res *Result, id string, st finding.Status) *finding.Finding {
	t.Helper()
	f := find(res, id)
	if f == nil {
		var ids []string
		for _, f := range res.Findings {
			ids = append(ids, f.ID+"="+string(f.Status))
		}
		t.Fatalf("no finding %s; have %v", id, ids)
	}
	if f.Status != st {
		t.Fatalf("%s: status %s, want %s: %s", id, f.Status, st, f.Summary)
	}
	return f
}

func TestGoodSignatures(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct {
		name, sel string
		key       crypto.Signer
		bits      int
	}{{"rsa", "rsa1", w.rsaKey, 2048}, {"ed25519", "ed1", w.edKey, 256}} {
		t.Run(c.name, func(t *testing.T) {
			res := run(t, w, sign(t, baseMsg, c.key, c.sel, nil))
			if len(res.Signatures) != 1 {
				t.Fatalf("%d signatures", len(res.Signatures))
			}
			s := res.Signatures[0]
			if s.Result != "pass" || s.Domain != "shop.example" || s.Selector != c.sel || s.KeyBits != c.bits || !s.FromOversign || s.BodyLength != nil {
				t.Fatalf("signature %+v", s)
			}
			if !strings.HasPrefix(s.Algorithm, c.name) {
				t.Errorf("algorithm %q", s.Algorithm)
			}
			want(t, res, "dkim.pass", finding.Pass)
			want(t, res, "bulk.alignment", finding.Pass)
			want(t, res, "bulk.dmarc", finding.Pass)
			want(t, res, "bulk.unsubscribe", finding.Pass)
			want(t, res, "bulk.tls", finding.Pass)
			want(t, res, "bulk.from", finding.Pass)
			want(t, res, "bulk.message-id", finding.Pass)
			want(t, res, "bulk.date", finding.Pass)
		})
	}
}

func TestBodyModified(t *testing.T) {
	w := newWorld(t)
	msg := sign(t, baseMsg, w.rsaKey, "rsa1", nil) + "-- \r\nlist footer: to leave this list, write to leave@lists.test\r\n"
	res := run(t, w, msg)
	f := want(t, res, "dkim.body-changed", finding.Fail)
	if !strings.Contains(f.Detail, "footer") || res.Signatures[0].Result != "fail" {
		t.Fatalf("%+v %+v", f, res.Signatures[0])
	}
	// DMARC still passes now, through SPF: the entry hop's address is in
	// shop.example's SPF record.
	if f := want(t, res, "bulk.alignment", finding.Pass); strings.Contains(f.Summary, "DKIM") {
		t.Fatal(f.Summary)
	}
	if f := want(t, res, "dmarc.now", finding.Pass); !strings.Contains(f.Summary, "aligned and passing: SPF shop.example") {
		t.Fatal(f.Summary)
	}
	// From an address outside the record, nothing is aligned and passing.
	res = run(t, w, strings.ReplaceAll(msg, "192.0.2.25", "203.0.113.9"))
	want(t, res, "bulk.alignment", finding.Fail)
}

func TestHeaderModified(t *testing.T) {
	w := newWorld(t)
	msg := strings.Replace(sign(t, baseMsg, w.edKey, "ed1", nil), "Subject: December offers", "Subject: [shop-list] December offers", 1)
	res := run(t, w, msg)
	f := want(t, res, "dkim.header-changed", finding.Fail)
	if !strings.Contains(f.Detail, "header field changed") {
		t.Fatal(f.Detail)
	}
}

func TestKeyMissingAndRevoked(t *testing.T) {
	w := newWorld(t)
	res := run(t, w, sign(t, baseMsg, w.rsaKey, "gone", nil))
	f := want(t, res, "dkim.key-missing", finding.Fail)
	if !strings.Contains(f.Remediation[0], "gone._domainkey.shop.example") {
		t.Fatal(f.Remediation)
	}
	res = run(t, w, sign(t, baseMsg, w.rsaKey, "old", nil))
	want(t, res, "dkim.key-revoked", finding.Fail)
	if !strings.Contains(res.Signatures[0].Why, "revoked") {
		t.Fatal(res.Signatures[0].Why)
	}
}

// signLength signs msg with an l= signature, which go-msgauth's signer
// never writes: relaxed/relaxed, From and Subject signed, the body hash
// over the first l octets of the (already canonical) body. The
// canonicalization here is written out by hand, independently of package
// arc's that inspect uses to verify it.
func signLength(t testing.TB, msg string, key *rsa.PrivateKey, l int) string {
	t.Helper()
	i := strings.Index(msg, "\r\n\r\n")
	body := msg[i+4:]
	value := func(name string) string {
		for _, line := range strings.Split(msg[:i], "\r\n") {
			if v, ok := strings.CutPrefix(line, name+": "); ok {
				return v
			}
		}
		t.Fatalf("no %s", name)
		return ""
	}
	bh := sha256.Sum256([]byte(body[:l]))
	tags := fmt.Sprintf("v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example; s=rsa1; l=%d; h=From:Subject; bh=%s; b=", l, base64.StdEncoding.EncodeToString(bh[:]))
	data := "from:" + value("From") + "\r\nsubject:" + value("Subject") + "\r\ndkim-signature:" + tags
	d := sha256.Sum256([]byte(data))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, d[:])
	if err != nil {
		t.Fatal(err)
	}
	return "DKIM-Signature: " + tags + base64.StdEncoding.EncodeToString(sig) + "\r\n" + msg
}

// go-msgauth refuses l= signatures; inspect verifies them itself and
// warns: content appended after the signed length (a footer, or anything
// an attacker adds) passes as signed.
func TestLengthTag(t *testing.T) {
	w := newWorld(t)
	body := baseMsg[strings.Index(baseMsg, "\r\n\r\n")+4:]
	msg := signLength(t, baseMsg, w.rsaKey, len(body)) + "Click here for a prize: https://evil.test/\r\n"
	res := run(t, w, msg)
	f := want(t, res, "dkim.length-tag", finding.Warn)
	s := res.Signatures[0]
	if s.Result != "pass" || s.BodyLength == nil || int(*s.BodyLength) != len(body) || !strings.Contains(f.Summary, "verifies now, but covers only the first") || !strings.Contains(s.Why, "unsigned") {
		t.Fatalf("%+v %+v", s, f)
	}
	// A change inside the signed part fails as any body change.
	res = run(t, w, strings.Replace(msg, "Hello Ann", "Hello Bob", 1))
	want(t, res, "dkim.body-changed", finding.Fail)
	// A signed header changed.
	res = run(t, w, strings.Replace(msg, "Subject: December offers", "Subject: [x] December offers", 1))
	want(t, res, "dkim.header-changed", finding.Fail)
}

func TestHeadersOnly(t *testing.T) {
	w := newWorld(t)
	full := sign(t, baseMsg, w.rsaKey, "rsa1", nil)
	head := full[:strings.Index(full, "\r\n\r\n")+2]
	res := run(t, w, strings.ReplaceAll(head, "\r\n", "\n")) // pasted, LF line ends
	if !res.HeadersOnly {
		t.Fatal("not seen as headers only")
	}
	f := want(t, res, "dkim.unverified", finding.Info)
	if !strings.Contains(f.Summary, "body hash cannot be checked; the signature over the header verifies") || res.Signatures[0].KeyBits != 2048 || res.Signatures[0].HeaderResult != "pass" {
		t.Fatalf("%+v %+v", f, res.Signatures[0])
	}
	// A signed header changed: that is seen without the body.
	changed := run(t, w, strings.Replace(head, "Subject: December offers", "Subject: [list] December offers", 1))
	if f := want(t, changed, "dkim.header-changed", finding.Fail); changed.Signatures[0].HeaderResult != "fail" || !strings.Contains(f.Detail, "header field changed") {
		t.Fatalf("%+v %+v", f, changed.Signatures[0])
	}
	// SPF and reverse DNS need no body: they are checked as usual, and
	// DMARC passes through SPF.
	want(t, res, "spf.now", finding.Pass)
	want(t, res, "bulk.fcrdns", finding.Pass)
	want(t, res, "dmarc.now", finding.Pass)
	// From an address outside the SPF record, DMARC cannot be decided
	// now: DKIM is unverifiable without the body, which the finding says
	// instead of calling it a failure.
	res = run(t, w, strings.ReplaceAll(head, "192.0.2.25", "203.0.113.9"))
	f = want(t, res, "dmarc.now", finding.Info)
	if !strings.Contains(f.Summary, "cannot be decided now: headers only") {
		t.Fatal(f.Summary)
	}
	// The receiver's DKIM pass cannot be confirmed or contradicted.
	if find(res, "dkim.differs") != nil {
		t.Fatal("headers only, yet a DKIM difference is reported")
	}
}

func TestPathAndSkew(t *testing.T) {
	res := run(t, newWorld(t), baseMsg)
	if len(res.Hops) != 3 || res.Hops[0].By != "out.shop.example" || res.Hops[2].By != "store.inbox.test" {
		t.Fatalf("hops %+v", res.Hops)
	}
	if res.Entry != 1 || !res.Hops[1].TLS || res.Hops[1].FromIP != "192.0.2.25" || !strings.Contains(res.Hops[1].TLSInfo, "TLS1_3") {
		t.Fatalf("entry %d %+v", res.Entry, res.Hops[1])
	}
	if *res.Hops[1].DelaySeconds != 4 || *res.Hops[2].DelaySeconds != 4 || *res.TransitSeconds != 8 {
		t.Fatalf("delays %v %v %v", *res.Hops[1].DelaySeconds, *res.Hops[2].DelaySeconds, *res.TransitSeconds)
	}
	want(t, res, "dkim.none", finding.Fail)

	skewed := strings.Replace(baseMsg, "for <ann@inbox.test>; Tue, 3 Dec 2024 10:00:05", "for <ann@inbox.test>; Tue, 3 Dec 2024 09:58:05", 1)
	skewed = strings.Replace(skewed, "with ESMTPS", "with ESMTP", 1)
	skewed = strings.Replace(skewed, "\t(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)\r\n", "", 1)
	res = run(t, newWorld(t), skewed)
	f := want(t, res, "path.clock-skew", finding.Warn)
	if !strings.Contains(f.Summary, "1m56s before") || !res.Hops[1].Skew {
		t.Fatal(f.Summary)
	}
	want(t, res, "bulk.tls", finding.Fail)
}

func TestAuthenticationResults(t *testing.T) {
	w := newWorld(t)
	msg := "Authentication-Results: mx1.inbox.test;\r\n" +
		"\tdkim=pass header.d=shop.example header.i=@shop.example;\r\n" +
		"\tspf=pass smtp.mailfrom=bounce@shop.example;\r\n" +
		"\tdmarc=pass header.from=shop.example\r\n" +
		"ARC-Seal: i=1; a=rsa-sha256; cv=none; d=lists.test; s=arc; b=AAAA\r\n" +
		"ARC-Message-Signature: i=1; a=rsa-sha256; d=lists.test; s=arc; h=from; bh=AAAA; b=AAAA\r\n" +
		"ARC-Authentication-Results: i=1; lists.test; spf=pass\r\n" +
		sign(t, baseMsg, w.rsaKey, "rsa1", nil)
	res := run(t, w, msg)
	if len(res.AuthResults) != 1 || res.AuthResults[0].AuthServID != "mx1.inbox.test" || len(res.AuthResults[0].Results) != 3 {
		t.Fatalf("%+v", res.AuthResults)
	}
	want(t, res, "receiver.spf", finding.Pass)
	want(t, res, "receiver.dkim", finding.Pass)
	want(t, res, "receiver.dmarc", finding.Pass)
	if len(res.ARC) != 1 || res.ARC[0].CV != "none" || !res.ARC[0].AAR {
		t.Fatalf("%+v", res.ARC)
	}
	// The ARC set is made up: its signatures cannot verify.
	if f := want(t, res, "arc.chain", finding.Warn); !strings.Contains(f.Summary, "does not validate now") || res.ARCResult != "fail" {
		t.Fatal(f.Summary)
	}
}

func TestBulkRuleFailures(t *testing.T) {
	msg := "From: a@shop.example\r\nFrom: b@other.example\r\nDate: yesterday\r\nMessage-ID: nope\r\nList-Id: <offers.shop.example>\r\nList-Unsubscribe: <mailto:leave@shop.example>\r\n\r\nbody\r\n"
	res := run(t, newWorld(t), msg)
	want(t, res, "bulk.from", finding.Fail)
	want(t, res, "bulk.date", finding.Fail)
	want(t, res, "bulk.message-id", finding.Fail)
	want(t, res, "bulk.unsubscribe", finding.Fail)
	want(t, res, "bulk.tls", finding.Info)
}

func TestNotAMessage(t *testing.T) {
	for _, in := range []string{"", "hello world\nthis is text\n", " indented: x\n", "\x00\x01binary"} {
		if _, err := ParseMessage([]byte(in)); err == nil {
			t.Errorf("%q: parsed as a message", in)
		}
	}
}

func TestHostileMessage(t *testing.T) {
	var b strings.Builder
	for i := range 30000 {
		fmt.Fprintf(&b, "Received: from h%d.test ([192.0.2.%d]) by h%d.test with ESMTP; Tue, 3 Dec 2024 10:00:00 +0000\r\n", i, i%250, i+1)
	}
	b.WriteString("From: x@shop.example\r\nSubject: " + strings.Repeat("A", 1<<20) + "\r\n\r\n--broken-mime\r\n")
	res := run(t, newWorld(t), b.String())
	if !res.Truncated || len(res.Hops) != MaxFields {
		t.Fatalf("truncated %v, %d hops", res.Truncated, len(res.Hops))
	}
	want(t, res, "message.truncated", finding.Warn)
}

func TestReceiverVerdictDiffers(t *testing.T) {
	w := newWorld(t)
	ar := "Authentication-Results: mx1.inbox.test; dkim=pass header.d=shop.example; spf=pass smtp.mailfrom=bounce@shop.example\r\n"
	res := run(t, w, ar+sign(t, baseMsg, w.rsaKey, "old", nil)) // key revoked since delivery
	f := want(t, res, "dkim.differs", finding.Warn)
	if !strings.Contains(f.Detail, "key record changed") {
		t.Fatal(f.Detail)
	}
	res = run(t, w, strings.Replace(ar, "dkim=pass", "dkim=temperror", 1)+sign(t, baseMsg, w.rsaKey, "rsa1", nil))
	want(t, res, "dkim.differs", finding.Info)
	res = run(t, w, ar+sign(t, baseMsg, w.rsaKey, "rsa1", nil))
	if find(res, "dkim.differs") != nil {
		t.Fatal("verdicts agree, yet a difference is reported")
	}
	want(t, res, "bulk.alignment", finding.Pass)
}
