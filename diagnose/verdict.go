package diagnose

import (
	"fmt"
	"strings"

	"github.com/smtpgw/smtpgw/dnsbl"
	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/lazy"
)

func rcptFinding(domain string, r *RCPT) finding.Finding {
	t := finding.Target{Domain: domain, Host: r.Server}
	f := finding.Finding{Target: t, Category: r.Category, Remediation: []string{}}
	if r.Reply != "" {
		f.Evidence = strings.Split(r.Reply, "\n")
	}
	switch r.Status {
	case "stopped":
		f.ID, f.Status = IDRCPTAccepted, finding.Pass
		f.Summary = fmt.Sprintf("%s accepted RCPT TO:<%s> from <%s> (nothing was sent: the test quit before DATA)", serverOr(r.Server, domain), r.To, r.From)
	case "rejected":
		f.ID, f.Status = IDRCPTRejected, finding.Fail
		f.Summary = fmt.Sprintf("%s rejected the %s of <%s> → <%s>: %s", serverOr(r.Server, domain), stageWord(r.Stage), r.From, r.To, oneLine(r.Reply))
		f.Detail = r.Reason
		f.Remediation = nonNil(r.Fix)
	case "deferred":
		f.ID, f.Status = IDRCPTDeferred, finding.Warn
		f.Summary = fmt.Sprintf("%s deferred the %s of <%s> → <%s> (try again later): %s", serverOr(r.Server, domain), stageWord(r.Stage), r.From, r.To, oneLine(r.Reply))
		f.Detail = r.Reason
		f.Remediation = nonNil(r.Fix)
	default:
		f.ID, f.Status = IDRCPTFailed, finding.Warn
		f.Summary = fmt.Sprintf("the RCPT test from <%s> to <%s> got no answer: %s", r.From, r.To, r.Reason)
		f.Remediation = []string{"See the port-25 and MX findings for why no server answered"}
	}
	return f
}

func replyFinding(domain string, ex *explain.Explanation) finding.Finding {
	f := finding.Finding{ID: IDReply, Target: finding.Target{Domain: domain, Host: ex.RemoteHost}, Category: string(ex.Category),
		Summary: "the pasted reply: " + ex.Summary, Detail: strings.TrimSpace(ex.CodeMeaning + " " + ex.EnhancedMeaning),
		Remediation: nonNil(ex.Remediation), Evidence: []string{oneLine(ex.Input)}}
	switch ex.Class {
	case explain.ClassPermanent:
		f.Status = finding.Fail
	case explain.ClassTransient:
		f.Status = finding.Warn
	default:
		f.Status = finding.Info
	}
	return f
}

func serverOr(s, domain string) string {
	if s != "" {
		return s
	}
	return "the MX of " + domain
}

func stageWord(stage string) string {
	switch stage {
	case "mail":
		return "sender (MAIL FROM)"
	case "rcpt":
		return "recipient (RCPT TO)"
	case "":
		return "session"
	}
	return "session at " + stage
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// senderCategories are reply categories whose cause lies with the sender.
var senderCategories = lazy.Value[map[string]bool]{New: func() map[string]bool {
	return map[string]bool{
		"reputation": true, "ptr-required": true, "sender-auth": true, "spam-content": true, "rate-limited": true,
		"sender-invalid": true, "relay-denied": true, "auth-required": true, "tls-required": true, "policy": true,
	}
}}

// recipientCategories are reply categories whose cause lies with the recipient.
var recipientCategories = lazy.Value[map[string]bool]{New: func() map[string]bool {
	return map[string]bool{
		"user-unknown": true, "mailbox-full": true, "mailbox-disabled": true, "moved": true, "host-unknown": true,
	}
}}

func first(fs []finding.Finding, ok func(finding.Finding) bool) *finding.Finding {
	for i := range fs {
		if ok(fs[i]) {
			return &fs[i]
		}
	}
	return nil
}

func fromFinding(f *finding.Finding, side Side) Verdict {
	ev := append([]string{}, f.Evidence...)
	return Verdict{Cause: f.Summary, Side: side, Evidence: ev, Fix: nonNil(f.Remediation), FindingID: f.ID}
}

// decide ranks what was found into one verdict: the cause the evidence
// points at most directly comes first.
func decide(res *Result, o Options, hasFrom bool) Verdict {
	fs := res.Findings
	listed := first(fs, func(f finding.Finding) bool { return f.ID == dnsbl.IDListed && f.Target.Addr != "" })
	domainListed := first(fs, func(f finding.Finding) bool { return f.ID == dnsbl.IDListed && f.Target.Addr == "" })
	dkimV := dkimExplainsDMARC(res)
	var v Verdict
	switch {
	// The domain says it accepts no mail (RFC 7505).
	case first(fs, func(f finding.Finding) bool { return f.ID == "mx.null" }) != nil:
		v = fromFinding(first(fs, func(f finding.Finding) bool { return f.ID == "mx.null" }), SideRecipient)
	// The domain cannot receive mail at all.
	case first(fs, func(f finding.Finding) bool {
		return f.Status == finding.Fail && (strings.HasPrefix(f.ID, "mx.") || strings.HasPrefix(f.ID, "dns."))
	}) != nil:
		v = fromFinding(first(fs, func(f finding.Finding) bool {
			return f.Status == finding.Fail && (strings.HasPrefix(f.ID, "mx.") || strings.HasPrefix(f.ID, "dns."))
		}), SideRecipient)
	// The receiver said no: its reply, read together with the sender-side evidence.
	case res.RCPT != nil && (res.RCPT.Status == "rejected" || res.RCPT.Status == "deferred"):
		r := res.RCPT
		f := first(fs, func(f finding.Finding) bool { return f.ID == IDRCPTRejected || f.ID == IDRCPTDeferred })
		v = fromFinding(f, sideOfReply(r))
		if v.Side == SideSender && listed != nil && (r.Category == "reputation" || r.Blocklist != "" || r.Category == "policy") {
			v.Cause = "your sending IP is on a blocklist and the recipient's server refuses it: " + listed.Summary
			v.Evidence = append([]string{oneLine(r.Reply)}, listed.Evidence...)
			v.Fix = append(append([]string{}, listed.Remediation...), v.Fix...)
			v.FindingID = listed.ID
		} else if v.Side == SideSender && dkimV != nil && r.Category == "sender-auth" {
			v = withReply(*dkimV, r.Reply, v.Fix)
		}
	// A pasted reply is the receiver's own word, read the same way.
	case res.Reply != nil && (res.Reply.Class == explain.ClassPermanent || res.Reply.Class == explain.ClassTransient):
		ex := res.Reply
		f := first(fs, func(f finding.Finding) bool { return f.ID == IDReply })
		r := &RCPT{Category: string(ex.Category), Actor: string(ex.Actor), Blocklist: ex.Blocklist, Reply: ex.Input}
		v = fromFinding(f, sideOfReply(r))
		if v.Side == SideSender && listed != nil && (r.Category == "reputation" || r.Blocklist != "" || r.Category == "policy") {
			v.Cause = "your sending IP is on a blocklist and the receiver refuses it: " + listed.Summary
			v.Evidence = append([]string{oneLine(ex.Input)}, listed.Evidence...)
			v.Fix = append(append([]string{}, listed.Remediation...), v.Fix...)
			v.FindingID = listed.ID
		} else if v.Side == SideSender && dkimV != nil && r.Category == "sender-auth" {
			v = withReply(*dkimV, ex.Input, v.Fix)
		}
	case res.Port25 == Port25Blocked:
		v = fromFinding(first(fs, func(f finding.Finding) bool { return f.ID == IDPort25Blocked }), SideNetwork)
	case res.Port25 == Port25Refused:
		v = fromFinding(first(fs, func(f finding.Finding) bool { return f.ID == IDPort25Refused }), SideRecipient)
	case res.Port25 == Port25Reset:
		v = fromFinding(first(fs, func(f finding.Finding) bool { return f.ID == IDPort25Reset }), SideRecipient)
	// Senders that enforce the recipient's TLS policy find no MX to deliver to.
	case first(fs, func(f finding.Finding) bool { return f.ID == IDMTASTSRefused || f.ID == IDDANERefused }) != nil:
		v = fromFinding(first(fs, func(f finding.Finding) bool { return f.ID == IDMTASTSRefused || f.ID == IDDANERefused }), SideRecipient)
	// The From: domain's DMARC policy rejects the mail: its DKIM key is
	// broken and SPF does not rescue it.
	case dkimV != nil:
		v = *dkimV
	case listed != nil:
		v = fromFinding(listed, SideSender)
	case domainListed != nil:
		v = fromFinding(domainListed, SideSender)
	default:
		// The worst remaining failure, sender side first.
		if f := first(fs, func(f finding.Finding) bool { return f.Status == finding.Fail && isSenderFinding(f, res.Domain) }); f != nil {
			v = fromFinding(f, SideSender)
		} else if f := first(fs, func(f finding.Finding) bool { return f.Status == finding.Fail }); f != nil {
			v = fromFinding(f, SideRecipient)
		} else {
			v = Verdict{Side: SideNone, Evidence: []string{}, Fix: []string{}}
			switch {
			case res.RCPT != nil && res.RCPT.Status == "stopped":
				v.Cause = fmt.Sprintf("no cause found: %s accepts mail for <%s> from <%s>, and no check failed", serverOr(res.RCPT.Server, res.Domain), res.RCPT.To, res.RCPT.From)
				v.FindingID = IDRCPTAccepted
				v.Fix = []string{"If mail still does not arrive, it is accepted and then filtered: ask the recipient to look in the spam folder and quarantine, and check DKIM signing and content"}
			default:
				v.Cause = "no cause found: the MX hosts answer on port 25 and no check failed"
			}
		}
	}
	v.Untested = untested(res, o, hasFrom)
	if v.Evidence == nil {
		v.Evidence = []string{}
	}
	return v
}

func sideOfReply(r *RCPT) Side {
	switch {
	case recipientCategories.Get()[r.Category]:
		return SideRecipient
	case senderCategories.Get()[r.Category]:
		return SideSender
	case strings.HasPrefix(r.Actor, "recipient"):
		return SideRecipient
	case strings.HasPrefix(r.Actor, "sender"):
		return SideSender
	}
	return SideRecipient
}

// isSenderFinding reports whether f is about the sender's side: a sending
// IP, a HELO name, or a domain other than the recipient's.
func isSenderFinding(f finding.Finding, recipientDomain string) bool {
	switch {
	case strings.HasPrefix(f.ID, "sender.") || strings.HasPrefix(f.ID, "spf.") || strings.HasPrefix(f.ID, "dmarc.") || strings.HasPrefix(f.ID, "dnsbl.") || strings.HasPrefix(f.ID, "dkim."):
		return f.Target.Domain != recipientDomain || f.Target.Domain == ""
	}
	return false
}

func untested(res *Result, o Options, hasFrom bool) []string {
	u := []string{"the message itself (headers, content, DKIM signature): nothing was sent, the test stopped before DATA"}
	if res.Message != nil || len(o.DKIMSelectors) > 0 {
		u[0] = "the message's content and whether its DKIM signatures verify (only the selectors' key records were checked): nothing was sent, the test stopped before DATA"
	}
	if res.Domain == "" {
		u = append(u, "the recipient's MX hosts and the RCPT test: the reply names no recipient address (give it as the first argument instead)")
	}
	if !hasFrom {
		u = append(u, "the RCPT test and the sender domain's SPF, DMARC and domain blocklists: give the sender address")
	}
	switch out := res.Outbound; {
	case len(o.SendingIPs) > 0 || out != nil && out.Public:
	case out != nil && out.Local != "":
		u = append(u, "the sending IP's reverse DNS, SPF result and blocklists: this machine sends from "+out.Local+" ("+out.Network+"), and the public address it is translated to cannot be known offline: give the sending IP")
	default:
		u = append(u, "the sending IP's reverse DNS, SPF result and blocklists: give the sending IP (the public address your mail leaves from)")
	}
	if len(o.SendingIPs) > 0 && o.HELO == "" {
		u = append(u, "whether the HELO name resolves to the sending IP: give the HELO name")
	}
	return u
}

// dkimExplainsDMARC returns the verdict when the DKIM key records explain
// a DMARC failure of the From: domain: its policy is quarantine or reject,
// every selector checked at an aligned domain has a failing key record
// (missing, revoked, too short, unusable), and SPF does not pass for an
// aligned envelope sender. Nil otherwise.
func dkimExplainsDMARC(res *Result) *Verdict {
	p := res.DMARCPolicy
	if p != "quarantine" && p != "reject" || res.hdrDomain == "" {
		return nil
	}
	seen, failing := map[string]bool{}, map[string]bool{}
	var bad []finding.Finding
	for _, f := range res.Findings {
		if !strings.HasPrefix(f.ID, "dkim.") || !aligned(f.Target.Domain, res.hdrDomain, res.dmarcOrg) {
			continue
		}
		seen[f.Target.Host] = true
		if f.Status == finding.Fail {
			if !failing[f.Target.Host] {
				bad = append(bad, f)
			}
			failing[f.Target.Host] = true
		}
	}
	if len(bad) == 0 || len(failing) < len(seen) {
		return nil // no broken key, or an aligned selector that works
	}
	spfText := "SPF was not evaluated (give the sending IP and the sender address)"
	for _, f := range res.Findings {
		if f.ID != "spf.eval" {
			continue
		}
		if f.Status == finding.Pass {
			if aligned(f.Target.Domain, res.hdrDomain, res.dmarcOrg) {
				return nil // DMARC passes through SPF
			}
			spfText = "SPF passes for " + f.Target.Domain + ", which is not aligned with " + res.hdrDomain
		} else {
			spfText = f.Summary
		}
		break
	}
	var causes []string
	v := Verdict{Side: SideSender, FindingID: bad[0].ID, Evidence: []string{}, Fix: []string{}}
	for _, f := range bad {
		causes = append(causes, f.Summary)
		v.Evidence = appendNew(v.Evidence, f.Evidence...)
		v.Fix = appendNew(v.Fix, f.Remediation...)
	}
	v.Cause = fmt.Sprintf("DMARC fails for mail From: %s, whose policy is p=%s: %s; and %s", res.hdrDomain, p, strings.Join(causes, "; "), spfText)
	v.Fix = append(v.Fix, "Or make SPF pass for an envelope sender (MAIL FROM) at "+res.hdrDomain+": list the sending IP in its SPF record")
	return &v
}

// withReply puts the receiver's reply in front of a verdict's evidence
// and its advice after the verdict's fixes.
func withReply(v Verdict, reply string, fix []string) Verdict {
	v.Evidence = append([]string{oneLine(reply)}, v.Evidence...)
	v.Fix = appendNew(append([]string{}, v.Fix...), fix...)
	return v
}
