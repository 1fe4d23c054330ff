package inspect

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-msgauth/dkim"
	"github.com/smtpgw/smtpgw/arc"
	"github.com/smtpgw/smtpgw/finding"
)

func TestEntryAuthPass(t *testing.T) {
	w := newWorld(t)
	res := run(t, w, sign(t, baseMsg, w.rsaKey, "rsa1", nil))
	a := res.Auth
	if a == nil || a.IP != "192.0.2.25" || a.HELO != "out.shop.example" || a.MailFrom != "bounce@shop.example" || a.MailFromSource != "Return-Path" {
		t.Fatalf("entry auth %+v", a)
	}
	if a.SPF.Result != "pass" || a.SPF.Domain != "shop.example" || a.DMARC.Result != "pass" || a.DMARC.Disposition != "none" {
		t.Fatalf("spf %+v dmarc %+v", a.SPF, a.DMARC)
	}
	for _, id := range a.DMARC.IDs {
		if !id.Aligned || id.Mode != "r" {
			t.Fatalf("identifier %+v", id)
		}
	}
	f := want(t, res, "spf.now", finding.Pass)
	if !strings.Contains(f.Summary, "192.0.2.25") || !strings.Contains(f.Summary, "HELO out.shop.example") {
		t.Fatal(f.Summary)
	}
	f = want(t, res, "dmarc.now", finding.Pass)
	if !strings.Contains(f.Summary, "SPF shop.example, DKIM shop.example") || !strings.Contains(f.Summary, "p=reject") {
		t.Fatal(f.Summary)
	}
	f = want(t, res, "bulk.fcrdns", finding.Pass)
	if a.ReverseDNS.Confirmed != "out.shop.example" || !strings.Contains(f.Summary, "resolves back") {
		t.Fatalf("%+v %s", a.ReverseDNS, f.Summary)
	}
	want(t, res, "bulk.microsoft", finding.Pass)
	a2 := want(t, res, "bulk.alignment", finding.Pass)
	if !strings.Contains(a2.Summary, "SPF shop.example (pass now)") {
		t.Fatal(a2.Summary)
	}
}

// The message arrives from an address outside the SPF record, unsigned:
// SPF fails, DMARC fails and p=reject says reject; the PTR of the address
// does not resolve back; the receiver had passed both (DNS changed since,
// or another hop), which is explained.
func TestEntryAuthFailAndDiffers(t *testing.T) {
	w := newWorld(t)
	msg := "Authentication-Results: mx1.inbox.test; spf=pass smtp.mailfrom=bounce@shop.example; dkim=none; dmarc=pass header.from=shop.example\r\n" +
		strings.ReplaceAll(baseMsg, "192.0.2.25", "203.0.113.9")
	res := run(t, w, msg)
	if res.Auth.SPF.Result != "fail" || res.Auth.DMARC.Result != "fail" || res.Auth.DMARC.Disposition != "reject" {
		t.Fatalf("%+v %+v", res.Auth.SPF, res.Auth.DMARC)
	}
	want(t, res, "spf.now", finding.Fail)
	f := want(t, res, "dmarc.now", finding.Fail)
	if !strings.Contains(f.Summary, "reject it during the SMTP transaction") {
		t.Fatal(f.Summary)
	}
	f = want(t, res, "spf.differs", finding.Warn)
	if !strings.Contains(f.Detail, "record changed since") || !strings.Contains(strings.Join(f.Evidence, "\n"), "receiver: spf=pass") {
		t.Fatalf("%+v", f)
	}
	f = want(t, res, "dmarc.differs", finding.Warn)
	if !strings.Contains(f.Detail, "see spf.differs") {
		t.Fatal(f.Detail)
	}
	f = want(t, res, "bulk.fcrdns", finding.Fail)
	if !strings.Contains(f.Summary, "dyn-9.isp.test") || !strings.Contains(strings.Join(f.Evidence, " "), "203.0.113.200") {
		t.Fatalf("%+v", f)
	}
	f = want(t, res, "bulk.microsoft", finding.Fail)
	if !strings.Contains(f.Summary, "SPF pass, DKIM pass, DMARC published and aligned missing") || !strings.Contains(f.Detail, "5.7.515") {
		t.Fatal(f.Summary, f.Detail)
	}
}

// Strict DKIM alignment (adkim=s): a signature of mail.strict.example
// verifies but is not aligned with strict.example; the policy is
// quarantine with the removed pct=50.
func TestEntryAuthStrictAlignment(t *testing.T) {
	w := newWorld(t)
	msg := strings.Replace(baseMsg, "From: Shop <news@shop.example>", "From: Shop <news@strict.example>", 1)
	msg = strings.Replace(msg, "Return-Path: <bounce@shop.example>", "Return-Path: <bounce@shop.example>", 1)
	res := run(t, w, sign(t, msg, w.rsaKey, "rsa1", func(o *dkim.SignOptions) { o.Domain = "mail.strict.example" }))
	if res.Signatures[0].Result != "pass" {
		t.Fatalf("%+v", res.Signatures[0])
	}
	v := res.Auth.DMARC
	if v.Result != "fail" || v.Disposition != "quarantine" || v.Pct != 50 {
		t.Fatalf("%+v", v)
	}
	f := want(t, res, "dmarc.now", finding.Fail)
	ev := strings.Join(f.Evidence, "\n")
	if !strings.Contains(ev, "DKIM mail.strict.example=pass, not aligned with strict.example (strict)") || !strings.Contains(ev, "SPF shop.example=pass, not aligned") {
		t.Fatal(ev)
	}
	if !strings.Contains(f.Detail, "pct=50") || !strings.Contains(f.Summary, "spam folder") {
		t.Fatal(f.Summary, f.Detail)
	}
}

// A bounce (null envelope sender): SPF checks the HELO identity.
func TestEntryAuthNullSender(t *testing.T) {
	w := newWorld(t)
	res := run(t, w, strings.Replace(baseMsg, "Return-Path: <bounce@shop.example>", "Return-Path: <>", 1))
	a := res.Auth
	if a.MailFrom != "" || a.SPF.Domain != "out.shop.example" || a.SPF.Result != "pass" || a.SPF.Identity != "helo" {
		t.Fatalf("%+v %+v", a, a.SPF)
	}
	f := want(t, res, "spf.now", finding.Pass)
	if !strings.Contains(f.Detail, "null") {
		t.Fatal(f.Detail)
	}
	// The HELO domain is not aligned with shop.example? It is: same
	// organisational domain, so DMARC passes through SPF.
	want(t, res, "dmarc.now", finding.Pass)
}

// Without Return-Path (headers copied before delivery), the receiver's
// smtp.mailfrom is the envelope sender; without either, SPF is not
// evaluated and the finding says why.
func TestEntryAuthNoReturnPath(t *testing.T) {
	w := newWorld(t)
	noRP := strings.Replace(baseMsg, "Return-Path: <bounce@shop.example>\r\n", "", 1)
	res := run(t, w, "Authentication-Results: mx1.inbox.test; spf=pass smtp.mailfrom=bounce@shop.example\r\n"+noRP)
	if res.Auth.MailFromSource != "smtp.mailfrom" || res.Auth.SPF.Result != "pass" {
		t.Fatalf("%+v", res.Auth)
	}
	res = run(t, w, noRP)
	f := want(t, res, "spf.now", finding.Info)
	if !strings.Contains(f.Summary, "envelope sender is unknown") {
		t.Fatal(f.Summary)
	}
}

// DNS failing now (the resolver answers SERVFAIL): DKIM gives temperror,
// SPF temperror and the reverse lookup an error; all are warnings that say
// to run again, not failures of the message.
func TestDNSTempError(t *testing.T) {
	w := newWorld(t)
	w.dns.ServFail("rsa1._domainkey.shop.example.")
	w.dns.ServFail("shop.example.")
	w.dns.ServFail("25.2.0.192.in-addr.arpa.")
	res := run(t, w, sign(t, baseMsg, w.rsaKey, "rsa1", nil))
	if res.Signatures[0].Result != "temperror" {
		t.Fatalf("%+v", res.Signatures[0])
	}
	f := want(t, res, "dkim.temperror", finding.Warn)
	if !strings.Contains(f.Detail, "try again") {
		t.Fatal(f.Detail)
	}
	if res.Auth.SPF.Result != "temperror" {
		t.Fatalf("%+v", res.Auth.SPF)
	}
	want(t, res, "bulk.fcrdns", finding.Warn)
}

// A mailing list adds a footer (the author's DKIM signature breaks) and
// seals the message with an ARC set recording the results it saw: the
// chain validates now, and the finding shows what the list saw.
func TestARCThroughList(t *testing.T) {
	w := newWorld(t)
	signed := sign(t, baseMsg, w.rsaKey, "rsa1", nil) + "-- \r\nshop-list: leave at https://lists.test/leave\r\n"
	set, err := arc.Sign([]byte(signed), arc.SignOptions{Domain: "lists.test", Selector: "arc", Signer: w.rsaKey, AuthServID: "mx.lists.test",
		Results: "dkim=pass header.d=shop.example; spf=pass smtp.mailfrom=bounce@shop.example; dmarc=pass header.from=shop.example"})
	if err != nil {
		t.Fatal(err)
	}
	res := run(t, w, "Authentication-Results: mx1.inbox.test; arc=pass; dkim=fail header.d=shop.example\r\n"+set+signed)
	want(t, res, "dkim.body-changed", finding.Fail)
	f := want(t, res, "arc.chain", finding.Pass)
	ev := strings.Join(f.Evidence, "\n")
	if !strings.Contains(f.Summary, "sealed by lists.test") || !strings.Contains(ev, "seal=pass message-signature=pass") || !strings.Contains(ev, "it recorded: mx.lists.test; dkim=pass header.d=shop.example") {
		t.Fatalf("%s\n%s", f.Summary, ev)
	}
	// Headers only: the seals and the header part of the message
	// signature are checked, the body hash cannot be.
	full := set + signed
	res = run(t, w, full[:strings.Index(full, "\r\n\r\n")+4])
	if f := want(t, res, "arc.chain", finding.Pass); !strings.Contains(f.Summary, "body hash was not checked") {
		t.Fatal(f.Summary)
	}
	// The list's key is gone since: the chain no longer validates.
	w.dns.ServFail("arc._domainkey.lists.test.")
	res = run(t, w, set+signed)
	if f := want(t, res, "arc.chain", finding.Warn); !strings.Contains(f.Remediation[0], "Run again") {
		t.Fatal(f.Summary, f.Remediation)
	}
}

// BenchmarkRun inspects a signed message with every check: DKIM, SPF,
// DMARC, reverse DNS and the bulk rules, each run with a fresh resolver
// cache against the loopback DNS server.
func BenchmarkRun(b *testing.B) {
	w := newWorld(b)
	msg := []byte(sign(b, baseMsg, w.rsaKey, "rsa1", nil))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Run(context.Background(), Options{Resolver: w.resolver(), Now: time.Date(2024, 12, 3, 12, 0, 0, 0, time.UTC)}, msg); err != nil {
			b.Fatal(err)
		}
	}
}
