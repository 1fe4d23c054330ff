package inspect

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"regexp"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/dmarc"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/lazy"
	"github.com/smtpgw/smtpgw/resolver"
)

// Sources of the bulk-sender rules, named in the findings.
const (
	srcGmail = "Gmail email sender guidelines (support.google.com/mail/answer/81126), February 2024"
	srcYahoo = "Yahoo sender best practices (senders.yahooinc.com/best-practices), February 2024"
	srcMS    = "Outlook.com requirements for high-volume senders (Microsoft Defender for Office 365 blog, techcommunity.microsoft.com, \"Strengthening Email Ecosystem: Outlook's New Requirements for High-Volume Senders\", 2 April 2025), enforced from 5 May 2025 for domains sending over 5,000 messages a day to outlook.com, hotmail.com and live.com; failing mail is rejected with 550 5.7.515"
)

func findings(ctx context.Context, r *resolver.Resolver, m *Message, res *Result, now time.Time) []finding.Finding {
	var fs []finding.Finding
	tgt := finding.Target{Domain: res.FromDomain}
	add := func(f finding.Finding) {
		if f.Target == (finding.Target{}) {
			f.Target = tgt
		}
		if f.Remediation == nil {
			f.Remediation = []string{}
		}
		fs = append(fs, f)
	}
	if m.Truncated {
		add(finding.Finding{ID: "message.truncated", Status: finding.Warn, Summary: fmt.Sprintf("the header has more than %d fields; the rest were not read", MaxFields)})
	}

	// DKIM, verified now.
	for _, s := range res.Signatures {
		add(sigFinding(s))
	}
	if len(res.Signatures) == 0 {
		add(finding.Finding{ID: "dkim.none", Status: finding.Fail, Summary: "the message has no DKIM-Signature",
			Detail:      "Gmail and Yahoo require DKIM for all mail to their users since February 2024.",
			Remediation: []string{"Sign outgoing mail with DKIM (rsa-sha256, 2048-bit key, or ed25519 beside it) with d= your From domain, and publish the key at SELECTOR._domainkey.DOMAIN"}})
	}

	// The receiver's verdict.
	rcv := receiverVerdict(res)
	for _, method := range []string{"spf", "dkim", "dmarc"} {
		add(receiverFinding(method, rcv[method], len(res.AuthResults) > 0))
	}
	if f, ok := compareDKIM(res, rcv["dkim"]); ok {
		add(f)
	}
	// SPF, DMARC and reverse DNS evaluated now at the entry hop.
	for _, f := range authFindings(res, rcv) {
		add(f)
	}
	if len(res.ARC) > 0 {
		add(arcFinding(res, rcv["arc"]))
	}

	// Spam filters' verdicts.
	for _, f := range verdictFindings(res.Filters) {
		add(f)
	}

	// The path.
	for i, h := range res.Hops {
		if h.Skew {
			add(finding.Finding{ID: "path.clock-skew", Status: finding.Warn, Target: finding.Target{Host: h.By},
				Summary:     fmt.Sprintf("hop %d is stamped %s before hop %d: one of the two servers' clocks is wrong", i+1, (-time.Duration(*h.DelaySeconds * float64(time.Second))).String(), i),
				Evidence:    []string{h.Raw},
				Remediation: []string{"Run NTP (chrony, systemd-timesyncd) on the mail servers of both hops; delays across this hop are not meaningful until then"}})
		}
		if h.BadDate {
			add(finding.Finding{ID: "path.bad-date", Status: finding.Info, Target: finding.Target{Host: h.By}, Summary: fmt.Sprintf("hop %d has a date that is not RFC 5322: %q", i+1, clip(h.DateText, 60)), Evidence: []string{h.Raw}})
		}
	}

	// Bulk-sender requirements.
	fs = append(fs, bulk(ctx, r, m, res, rcv, now, tgt)...)
	return fs
}

func sigFinding(s Signature) finding.Finding {
	f := finding.Finding{Target: finding.Target{Domain: s.Domain}, Remediation: []string{},
		Evidence: []string{fmt.Sprintf("d=%s s=%s a=%s c=%s h=%s", s.Domain, s.Selector, s.Algorithm, s.Canon, strings.Join(s.SignedHeaders, ":"))}}
	if s.Record != "" {
		f.Evidence = append(f.Evidence, s.Selector+"._domainkey."+s.Domain+" TXT "+clip(s.Record, 120))
	}
	key := s.Algorithm
	if s.KeyBits > 0 {
		key = fmt.Sprintf("%s, %d-bit %s key", s.Algorithm, s.KeyBits, s.KeyType)
	}
	switch s.Result {
	case "pass":
		f.ID, f.Status, f.Summary = "dkim.pass", finding.Pass, fmt.Sprintf("DKIM signature of %s (selector %s, %s) verifies now", s.Domain, s.Selector, key)
		if s.BodyLength != nil {
			f.ID, f.Status = "dkim.length-tag", finding.Warn
			f.Summary = fmt.Sprintf("DKIM signature of %s (selector %s, %s) verifies now, but covers only the first %d octets of the body (l=)", s.Domain, s.Selector, key, *s.BodyLength)
			f.Detail = s.Why
			f.Remediation = []string{"Stop using l= in DKIM signatures: content appended after the signed length passes as signed"}
		}
	case "unverified":
		f.ID, f.Status, f.Summary = "dkim.unverified", finding.Info, fmt.Sprintf("DKIM signature of %s (selector %s, %s): headers only, the body hash cannot be checked", s.Domain, s.Selector, key)
		if s.HeaderResult == "pass" {
			f.Summary += "; the signature over the header verifies"
		}
		f.Detail = s.Why
		if s.Record == "" {
			f.Status, f.Detail = finding.Warn, s.Why+"; but no usable key record was found"
		}
	default:
		f.Status = finding.Fail
		f.Summary = fmt.Sprintf("DKIM signature of %s (selector %s) %s: %s", s.Domain, s.Selector, s.Result, s.Reason)
		f.Detail = s.Why
		switch {
		case strings.Contains(s.Reason, "body hash"):
			f.ID = "dkim.body-changed"
			f.Remediation = []string{"Find what rewrites the body after signing (list footer, disclaimer, link tracking, 8bit-to-quoted-printable conversion) and sign after it, or have the intermediary re-sign and add ARC"}
		case strings.Contains(s.Reason, "signature did not verify"):
			f.ID = "dkim.header-changed"
			f.Remediation = []string{"Find what changes signed header fields (a list's Subject tag, From rewriting) and sign after it, or check that the published key matches the signing key"}
		case strings.Contains(s.Reason, "revoked"):
			f.ID = "dkim.key-revoked"
			f.Remediation = []string{"Sign with a selector whose key is published, or publish the current public key at " + s.Selector + "._domainkey." + s.Domain}
		case strings.Contains(s.Reason, "no key"), strings.Contains(s.Reason, "no valid key"), strings.Contains(s.Reason, "no DKIM key record"):
			f.ID = "dkim.key-missing"
			f.Remediation = []string{"Publish the public key at " + s.Selector + "._domainkey." + s.Domain + " (TXT v=DKIM1; k=rsa; p=...), or sign with a selector that is published"}
		case strings.Contains(s.Reason, "too short"):
			f.ID = "dkim.key-short"
			f.Remediation = []string{"Generate a 2048-bit RSA key, publish it under a new selector and sign with it"}
		case strings.Contains(s.Reason, "body length"):
			f.ID = "dkim.length-tag"
			f.Status = finding.Warn
			f.Remediation = []string{"Stop using l= in DKIM signatures: content appended after the signed length passes as signed"}
		case s.Result == "temperror":
			f.ID = "dkim.temperror"
			f.Status = finding.Warn
			f.Remediation = []string{"Run again; if it persists, check the DNS servers of " + s.Domain}
		default:
			f.ID = "dkim.fail"
			f.Remediation = []string{"Fix the signature or key record named above"}
		}
	}
	if s.BodyLength != nil && f.ID != "dkim.length-tag" {
		f.Detail = strings.TrimSpace(f.Detail + fmt.Sprintf(" The signature covers only the first %d octets of the body (l=): anything appended after them is unsigned.", *s.BodyLength))
	}
	if s.FromOversign {
		f.Evidence = append(f.Evidence, "From is oversigned: a second From header field cannot be added without breaking the signature")
	}
	return f
}

// receiverVerdict picks the receiving hop's results: the first (newest)
// Authentication-Results field's result for each method.
func receiverVerdict(res *Result) map[string]*AuthResult {
	out := map[string]*AuthResult{}
	if len(res.AuthResults) == 0 {
		return out
	}
	ar := res.AuthResults[0]
	for i := range ar.Results {
		x := &ar.Results[i]
		if _, seen := out[x.Method]; !seen {
			out[x.Method] = x
		}
	}
	return out
}

func receiverFinding(method string, x *AuthResult, haveAR bool) finding.Finding {
	f := finding.Finding{ID: "receiver." + method, Remediation: []string{}}
	name := strings.ToUpper(method)
	switch {
	case !haveAR:
		f.Status, f.Summary = finding.Info, "no Authentication-Results field: the receiver's "+name+" verdict is not recorded (headers copied before delivery, or a receiver that does not add them)"
	case x == nil:
		f.Status, f.Summary = finding.Warn, "the receiver recorded no "+name+" result"
	default:
		f.Evidence = []string{method + "=" + x.Result + " " + x.Detail}
		switch x.Result {
		case "pass":
			f.Status, f.Summary = finding.Pass, "the receiver saw "+name+" pass "+x.Detail
		case "none", "neutral":
			f.Status, f.Summary = finding.Warn, "the receiver saw "+name+" "+x.Result+" "+x.Detail
		default:
			f.Status, f.Summary = finding.Fail, "the receiver saw "+name+" "+x.Result+" "+x.Detail
		}
		if f.Status != finding.Pass {
			switch method {
			case "spf":
				f.Remediation = []string{"Add the sending server's address to the SPF record of the envelope sender's domain (the Return-Path), or send through a server that it lists"}
			case "dkim":
				f.Remediation = []string{"See the DKIM findings above for what fails now; a difference from the receiver's verdict means DNS changed since delivery"}
			case "dmarc":
				f.Remediation = []string{"Make SPF or DKIM pass with a domain aligned with the From: domain (same organisational domain)"}
			}
		}
	}
	f.Summary = strings.TrimSpace(f.Summary)
	return f
}

var msgIDRe = lazy.Value[*regexp.Regexp]{New: func() *regexp.Regexp { return regexp.MustCompile(`^<[^<>@\s]+@[^<>@\s]+>$`) }}

func bulk(ctx context.Context, r *resolver.Resolver, m *Message, res *Result, rcv map[string]*AuthResult, now time.Time, tgt finding.Target) []finding.Finding {
	var fs []finding.Finding
	add := func(id string, st finding.Status, summary string, ev []string, fix ...string) {
		if fix == nil {
			fix = []string{}
		}
		fs = append(fs, finding.Finding{ID: id, Status: st, Target: tgt, Summary: summary, Evidence: ev, Remediation: fix, Detail: "Rule: " + srcGmail + "; " + srcYahoo + "."})
	}
	// A single valid From.
	froms := m.Get("From")
	switch {
	case len(froms) == 0:
		add("bulk.from", finding.Fail, "no From: field (RFC 5322 §3.6 requires exactly one)", nil, "Add one From: header field with the sender's address")
	case len(froms) > 1:
		add("bulk.from", finding.Fail, fmt.Sprintf("%d From: fields: RFC 5322 allows one, and receivers reject or junk such mail", len(froms)), froms, "Send exactly one From: header field")
	default:
		as, err := mail.ParseAddressList(froms[0])
		switch {
		case err != nil:
			add("bulk.from", finding.Fail, "the From: field is not a valid address: "+err.Error(), froms, "Write From: as \"Name <user@example.com>\"")
		case len(as) != 1:
			add("bulk.from", finding.Fail, fmt.Sprintf("From: has %d addresses; use one (with Sender:) for bulk mail", len(as)), froms, "Give one address in From:")
		default:
			add("bulk.from", finding.Pass, "one valid From: "+as[0].Address, nil)
		}
	}
	// Message-ID.
	ids := m.Get("Message-ID")
	switch {
	case len(ids) == 0:
		add("bulk.message-id", finding.Fail, "no Message-ID: Gmail requires one (RFC 5322 §3.6.4)", nil, "Have the sending software add Message-ID: <unique@your-domain>")
	case len(ids) > 1:
		add("bulk.message-id", finding.Fail, fmt.Sprintf("%d Message-ID fields; RFC 5322 allows one", len(ids)), ids, "Send one Message-ID")
	case !msgIDRe.Get().MatchString(ids[0]):
		add("bulk.message-id", finding.Fail, "Message-ID is not of the form <left@right>: "+clip(ids[0], 80), ids, "Generate Message-ID as <unique-part@your-domain>")
	default:
		add("bulk.message-id", finding.Pass, "Message-ID "+ids[0], nil)
	}
	// Date.
	dates := m.Get("Date")
	switch {
	case len(dates) != 1:
		add("bulk.date", finding.Fail, fmt.Sprintf("%d Date: fields; RFC 5322 requires exactly one", len(dates)), dates, "Have the sending software add one Date: field")
	default:
		t, err := mail.ParseDate(dates[0])
		ref := now
		if n := len(res.Hops); n > 0 && !res.Hops[n-1].Time.IsZero() {
			ref = res.Hops[n-1].Time
		}
		switch {
		case err != nil:
			add("bulk.date", finding.Fail, "Date: is not an RFC 5322 date: "+clip(dates[0], 60), dates, "Format Date: as in RFC 5322 §3.3, such as \"Tue, 3 Dec 2024 10:00:00 +0000\"")
		case t.Sub(ref) > 24*time.Hour:
			add("bulk.date", finding.Warn, fmt.Sprintf("Date: is %s after the message was received: the sender's clock is wrong", t.Sub(ref).Round(time.Minute)), dates, "Run NTP on the sending host")
		default:
			add("bulk.date", finding.Pass, "Date: "+dates[0], nil)
		}
	}
	// Alignment: a passing DKIM d= or the SPF domain aligned with From.
	if res.FromDomain != "" {
		var how []string
		for _, s := range res.Signatures {
			if s.Result == "pass" && aligned(res.FromDomain, s.Domain) {
				how = append(how, "DKIM d="+s.Domain+" (verified now)")
			}
		}
		spfDom := domainOf(res.ReturnPath)
		if a := res.Auth; a != nil && a.SPF != nil && a.SPF.Result == "pass" && aligned(res.FromDomain, a.SPF.Domain) {
			how = append(how, "SPF "+a.SPF.Domain+" (pass now)")
		}
		if x := rcv["spf"]; x != nil && x.Result == "pass" {
			if d := strings.TrimPrefix(x.Detail, "smtp.mailfrom="); d != x.Detail {
				spfDom = domainOf(strings.Fields(d)[0])
				if spfDom == "" {
					spfDom = strings.ToLower(strings.Fields(d)[0])
				}
			}
			if aligned(res.FromDomain, spfDom) {
				how = append(how, "SPF "+spfDom+" (pass by the receiver)")
			}
		}
		if len(how) > 0 {
			add("bulk.alignment", finding.Pass, "the From domain "+res.FromDomain+" is aligned with "+strings.Join(how, " and "), nil)
		} else {
			add("bulk.alignment", finding.Fail, "neither a passing DKIM signature nor a passing SPF domain is aligned with the From domain "+res.FromDomain+": DMARC fails", nil,
				"Sign with DKIM d="+res.FromDomain+" (or a subdomain of its organisational domain)", "Or send with a Return-Path in "+res.FromDomain+" whose SPF record lists the sending servers")
		}
		// DMARC record, discovered as receivers do (RFC 9989 tree walk).
		dr, err := dmarc.Lookup(ctx, r, res.FromDomain)
		switch {
		case err == nil && dr.Fetched != nil && len(dr.Fetched.DMARC) == 1:
			policy := dr.Effective
			if policy == "" {
				policy = "none applies"
			}
			add("bulk.dmarc", finding.Pass, "DMARC record for "+res.FromDomain+" at "+dr.Fetched.Name+" (the "+ruleWords(dr.Rule)+"): policy "+policy, []string{dr.Fetched.Name + " TXT " + dr.Fetched.DMARC[0]})
		case err != nil && !errors.Is(err, dmarc.ErrNoRecord):
			add("bulk.dmarc", finding.Warn, "the DMARC record of "+res.FromDomain+" could not be looked up: "+err.Error(), nil, "Run again; check the DNS servers of "+res.FromDomain)
		default:
			add("bulk.dmarc", finding.Fail, "no DMARC record for "+res.FromDomain+" (nor its organisational domain): Gmail and Yahoo require one for bulk senders", nil, "Publish _dmarc."+res.FromDomain+" TXT \"v=DMARC1; p=none; rua=mailto:dmarc@"+res.FromDomain+"\" and tighten the policy once reports are clean")
		}
	}
	fs = append(fs, microsoft(res, rcv, tgt))
	// One-click unsubscribe (RFC 8058).
	lu, lup := m.First("List-Unsubscribe"), m.First("List-Unsubscribe-Post")
	isBulk := lu != "" || m.First("List-Id") != "" || strings.EqualFold(m.First("Precedence"), "bulk") || strings.EqualFold(m.First("Precedence"), "list")
	https := strings.Contains(strings.ToLower(lu), "<https://")
	signed := func(name string) bool {
		for _, s := range res.Signatures {
			for _, h := range s.SignedHeaders {
				if strings.EqualFold(h, name) {
					return true
				}
			}
		}
		return false
	}
	var ev []string
	if lu != "" {
		ev = append(ev, "List-Unsubscribe: "+lu)
	}
	if lup != "" {
		ev = append(ev, "List-Unsubscribe-Post: "+lup)
	}
	switch {
	case !isBulk:
		add("bulk.unsubscribe", finding.Info, "no List-Unsubscribe, List-Id or Precedence: bulk; one-click unsubscribe is required only for bulk (marketing, subscribed) mail", nil,
			"If this is bulk mail, add List-Unsubscribe: <https://...> and List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058)")
	case lu == "":
		add("bulk.unsubscribe", finding.Fail, "bulk mail (List-Id or Precedence) without List-Unsubscribe", ev, "Add List-Unsubscribe: <https://your-domain/unsubscribe?id=...> and List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058), both DKIM-signed")
	case !https || strings.TrimSpace(lup) != "List-Unsubscribe=One-Click":
		add("bulk.unsubscribe", finding.Fail, "List-Unsubscribe is not one-click (RFC 8058 needs an https URI and List-Unsubscribe-Post: List-Unsubscribe=One-Click)", ev,
			"Add an https URI that accepts a POST to List-Unsubscribe, and List-Unsubscribe-Post: List-Unsubscribe=One-Click")
	case !signed("List-Unsubscribe") || !signed("List-Unsubscribe-Post"):
		add("bulk.unsubscribe", finding.Warn, "one-click unsubscribe present, but List-Unsubscribe and List-Unsubscribe-Post are not both covered by a DKIM signature (RFC 8058 §4)", ev, "Add List-Unsubscribe and List-Unsubscribe-Post to the h= list of your DKIM signature")
	default:
		add("bulk.unsubscribe", finding.Pass, "one-click unsubscribe (RFC 8058): https URI, List-Unsubscribe-Post, DKIM-signed", ev)
	}
	// TLS on the hop into the receiver.
	if res.Entry >= 0 {
		h := res.Hops[res.Entry]
		desc := fmt.Sprintf("hop %d, from %s [%s] by %s with %s", res.Entry+1, h.From, h.FromIP, h.By, h.With)
		if h.TLS {
			info := ""
			if h.TLSInfo != "" {
				info = " (" + h.TLSInfo + ")"
			}
			add("bulk.tls", finding.Pass, "the hop into the receiver used TLS: "+desc+info, []string{h.Raw})
		} else {
			add("bulk.tls", finding.Fail, "the hop into the receiver did not use TLS: "+desc, []string{h.Raw}, "Make the sending server use STARTTLS to the receiver's MX (Postfix: smtp_tls_security_level = may); Gmail requires TLS for all senders")
		}
	} else {
		add("bulk.tls", finding.Info, "no Received: field: TLS on the hop into the receiver cannot be told", nil)
	}
	return fs
}

// ruleWords names the DMARC discovery rule that found a record.
func ruleWords(r dmarc.Rule) string {
	switch r {
	case dmarc.RuleOrg:
		return "organisational domain's record"
	case dmarc.RulePSD:
		return "public suffix domain's record"
	}
	return "domain's own record"
}

// compareDKIM sets the receiver's DKIM verdict beside ours and explains a
// difference.
func compareDKIM(res *Result, x *AuthResult) (finding.Finding, bool) {
	if x == nil || len(res.Signatures) == 0 || res.HeadersOnly {
		return finding.Finding{}, false
	}
	ours := "fail"
	for _, s := range res.Signatures {
		if s.Result == "pass" {
			ours = "pass"
		}
	}
	ev := []string{"receiver: dkim=" + x.Result + " " + x.Detail, "now: " + ours}
	switch {
	case x.Result == "pass" && ours != "pass":
		return finding.Finding{ID: "dkim.differs", Status: finding.Warn, Summary: "the receiver saw DKIM pass at delivery, but no signature verifies now", Evidence: ev,
			Detail:      "Either the message changed after delivery (a mail client or archive re-encoded it, or it was saved from a forwarded copy), or the key record changed since (selector rotated or revoked).",
			Remediation: []string{"Inspect the original as delivered (\"show original\" / \"view source\"), not a forwarded or re-saved copy", "If the key was rotated, keep old selectors published for a few days after switching"}}, true
	case x.Result != "pass" && ours == "pass":
		return finding.Finding{ID: "dkim.differs", Status: finding.Info, Summary: "a signature verifies now, but the receiver saw DKIM " + x.Result + " at delivery", Evidence: ev,
			Detail:      "The key was probably unreachable or not yet published when the message arrived (a DNS outage, a key published after sending), or the receiver saw a different copy.",
			Remediation: []string{"Publish new DKIM keys before signing with them, and make the DNS servers of the signing domain reliable"}}, true
	}
	return finding.Finding{}, false
}

// microsoft checks Outlook.com's 2025 rules for high-volume senders: SPF
// must pass for the sending domain, DKIM must pass, and DMARC must be
// published with at least p=none and align with SPF or DKIM.
func microsoft(res *Result, rcv map[string]*AuthResult, tgt finding.Target) finding.Finding {
	f := finding.Finding{ID: "bulk.microsoft", Target: tgt, Remediation: []string{}, Detail: "Rule: " + srcMS + "."}
	var missing []string
	// SPF: ours now, else the receiver's.
	spfRes := ""
	if a := res.Auth; a != nil && a.SPF != nil {
		spfRes = a.SPF.Result + " now"
	} else if x := rcv["spf"]; x != nil {
		spfRes = x.Result + " at delivery"
	}
	f.Evidence = append(f.Evidence, "SPF must pass: "+orWord(spfRes, "unknown"))
	if !strings.HasPrefix(spfRes, "pass") {
		missing = append(missing, "SPF pass")
		f.Remediation = append(f.Remediation, "Make SPF pass: list the sending servers in the SPF record of the Return-Path domain")
	}
	dkimRes := ""
	for _, s := range res.Signatures {
		if s.Result == "pass" {
			dkimRes = "pass now (d=" + s.Domain + ")"
			break
		}
	}
	if dkimRes == "" {
		if x := rcv["dkim"]; x != nil && res.HeadersOnly {
			dkimRes = x.Result + " at delivery (headers only: not verifiable now)"
		} else if len(res.Signatures) > 0 {
			dkimRes = res.Signatures[0].Result + " now"
		}
	}
	f.Evidence = append(f.Evidence, "DKIM must pass: "+orWord(dkimRes, "no signature"))
	if !strings.HasPrefix(dkimRes, "pass") {
		missing = append(missing, "DKIM pass")
		f.Remediation = append(f.Remediation, "Sign with DKIM (2048-bit RSA) with d= the From domain, and keep the body and signed headers unchanged on the way")
	}
	dm := "unknown"
	dmOK := false
	if a := res.Auth; a != nil && a.DMARC != nil {
		v := a.DMARC
		switch {
		case v.Published == "":
			dm = "no usable DMARC record"
		case v.Result == "pass":
			dm, dmOK = "p="+v.Published+" published; "+v.Reason, true
		default:
			dm = "p=" + v.Published + " published, but " + v.Reason
		}
	} else if x := rcv["dmarc"]; x != nil {
		dm, dmOK = "dmarc="+x.Result+" at delivery", x.Result == "pass"
	}
	f.Evidence = append(f.Evidence, "DMARC at least p=none, aligned with SPF or DKIM: "+dm)
	if !dmOK {
		missing = append(missing, "DMARC published and aligned")
		f.Remediation = append(f.Remediation, "Publish _dmarc."+orWord(res.FromDomain, "DOMAIN")+" with at least p=none, and make SPF or DKIM pass with a domain aligned with the From domain (preferably both)")
	}
	if len(missing) == 0 {
		f.Status, f.Summary = finding.Pass, "Outlook.com's high-volume sender rules (May 2025): SPF pass, DKIM pass, DMARC published and aligned"
	} else {
		f.Status, f.Summary = finding.Fail, "Outlook.com's high-volume sender rules (May 2025) not met: "+strings.Join(missing, ", ")+" missing; over 5,000 messages a day to Outlook.com, Hotmail and Live, such mail is rejected (550 5.7.515)"
	}
	return f
}

func orWord(s, w string) string {
	if s == "" {
		return w
	}
	return s
}

// arcFinding reports the ARC chain validated now.
func arcFinding(res *Result, rcv *AuthResult) finding.Finding {
	f := finding.Finding{ID: "arc.chain", Remediation: []string{},
		Detail: "ARC (RFC 8617) lets an intermediary that changes a message (a mailing list footer, a forwarder) vouch for the authentication it saw before: each sets a seal over the chain so far. A receiver that trusts the sealers may deliver mail whose own DKIM and SPF broke on the way; the chain is validated now with the keys published now."}
	var sealers []string
	for _, a := range res.ARC {
		sealers = append(sealers, a.Domain)
		e := fmt.Sprintf("i=%s cv=%s d=%s seal=%s message-signature=%s", a.Instance, a.CV, a.Domain, orWord(a.SealResult, "unchecked"), orWord(a.SigResult, "unchecked"))
		if !a.Seal || !a.Sig || !a.AAR {
			e += fmt.Sprintf(" (fields present: seal=%v message-signature=%v authentication-results=%v)", a.Seal, a.Sig, a.AAR)
		}
		if a.Results != "" {
			e += "; it recorded: " + clip(a.Results, 160)
		}
		f.Evidence = append(f.Evidence, e)
	}
	if rcv != nil {
		f.Evidence = append(f.Evidence, "receiver: arc="+rcv.Result+" "+rcv.Detail)
	}
	chain := strings.Join(sealers, " → ")
	switch res.ARCResult {
	case "pass":
		f.Status = finding.Pass
		f.Summary = fmt.Sprintf("the ARC chain validates now (%d set(s), sealed by %s): %s", len(res.ARC), chain, res.ARCReason)
	default:
		f.Status = finding.Warn
		f.Summary = fmt.Sprintf("the ARC chain (sealed by %s) does not validate now: %s", chain, res.ARCReason)
		f.Remediation = []string{"If you run the intermediary, seal after your last change to the message and keep the sealing key published", "A broken chain gives a receiver no reason to overlook failing DKIM, SPF or DMARC"}
		if strings.Contains(res.ARCReason, "SERVFAIL") || strings.Contains(res.ARCReason, "timeout") {
			f.Remediation = []string{"Run again: a DNS lookup of a sealing key failed"}
		}
	}
	if rcv != nil && rcv.Result != res.ARCResult && res.ARCResult != "" {
		f.Detail += fmt.Sprintf(" The receiver recorded arc=%s; the difference comes from a key changed since, or a message changed after delivery.", rcv.Result)
	}
	return f
}
