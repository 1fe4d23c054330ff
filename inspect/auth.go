package inspect

import (
	"context"
	"fmt"
	"net"
	"strings"
	"sync"

	"github.com/smtpgw/smtpgw/dmarc"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/resolver"
	"github.com/smtpgw/smtpgw/spf"
)

// EntryAuth is our own evaluation at the hop into the receiver, with the
// client address and HELO name that hop recorded: SPF check_host() for the
// envelope sender (RFC 7208), the DMARC verdict for the From domain (RFC
// 9989) and forward-confirmed reverse DNS of the client address. It is
// computed against DNS now, so it can differ from what the receiver saw.
type EntryAuth struct {
	IP       string `json:"ip"`
	HELO     string `json:"helo,omitempty"`
	MailFrom string `json:"mail_from"` // the envelope sender evaluated; "" for the null sender <>
	// MailFromSource says where MailFrom came from: "Return-Path", the
	// receiver's "smtp.mailfrom", or "none".
	MailFromSource string         `json:"mail_from_source"`
	SPF            *SPFCheck      `json:"spf,omitempty"`
	DMARC          *dmarc.Verdict `json:"dmarc,omitempty"`
	ReverseDNS     *ReverseDNS    `json:"reverse_dns,omitempty"`
}

// SPFCheck is the result of check_host() at the entry hop.
type SPFCheck struct {
	Result      string   `json:"result"`
	Domain      string   `json:"domain"`   // the domain whose record was evaluated
	Identity    string   `json:"identity"` // mailfrom, or helo for the null sender
	Reason      string   `json:"reason,omitempty"`
	Deciding    []string `json:"deciding,omitempty"`
	Explanation string   `json:"explanation,omitempty"`
	finding     finding.Finding
}

// ReverseDNS is forward-confirmed reverse DNS (FCrDNS) of the client
// address: its PTR names, and whether one resolves back to it.
type ReverseDNS struct {
	PTR       []string `json:"ptr"`
	Confirmed string   `json:"confirmed,omitempty"` // the PTR name that resolves back
	Forward   []string `json:"forward,omitempty"`   // "name -> addresses" per PTR name tried
	Err       string   `json:"error,omitempty"`
}

// maxPTR bounds the PTR names followed back to addresses.
const maxPTR = 10

// entryAuth evaluates SPF, DMARC and FCrDNS at the entry hop. It returns
// nil when there is no hop with a client address.
func entryAuth(ctx context.Context, r *resolver.Resolver, m *Message, res *Result, rcv map[string]*AuthResult) *EntryAuth {
	if res.Entry < 0 {
		return nil
	}
	h := res.Hops[res.Entry]
	ip := net.ParseIP(h.FromIP)
	if ip == nil {
		return nil
	}
	a := &EntryAuth{IP: ip.String(), HELO: strings.Trim(h.From, "[]"), MailFromSource: "Return-Path"}
	if h.From != "" && strings.HasPrefix(h.From, "[") {
		a.HELO = h.From // an address literal: no HELO identity to check
	}
	rp := m.Get("Return-Path")
	switch {
	case len(rp) > 0:
		a.MailFrom = strings.Trim(rp[0], "<> ")
	case rcv["spf"] != nil && detail(rcv["spf"].Detail, "smtp.mailfrom") != "":
		a.MailFrom, a.MailFromSource = detail(rcv["spf"].Detail, "smtp.mailfrom"), "smtp.mailfrom"
		if !strings.Contains(a.MailFrom, "@") {
			a.MailFrom = "postmaster@" + a.MailFrom
		}
	default:
		a.MailFromSource = "none"
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); a.ReverseDNS = reverseDNS(ctx, r, ip) }()
	if a.MailFromSource != "none" {
		ev := spf.Evaluate(ctx, r, ip, a.MailFrom, a.HELO)
		a.SPF = &SPFCheck{Result: ev.Result, Domain: ev.Domain, Identity: ev.Identity, Reason: ev.Reason, Deciding: ev.Deciding(), Explanation: ev.Explanation, finding: ev.Finding}
		if a.MailFrom == "" {
			a.SPF.Identity = spf.IdentityHELO
		}
	}
	if res.FromDomain != "" {
		var ids []dmarc.AuthID
		if a.SPF != nil {
			ids = append(ids, dmarc.AuthID{Method: "spf", Domain: a.SPF.Domain, Result: a.SPF.Result})
		}
		for _, s := range res.Signatures {
			ids = append(ids, dmarc.AuthID{Method: "dkim", Domain: s.Domain, Result: s.Result})
		}
		a.DMARC = dmarc.Evaluate(ctx, r, res.FromDomain, ids)
	}
	wg.Wait()
	return a
}

// detail returns the value of key= in an AuthResult detail.
func detail(d, key string) string {
	for _, f := range strings.Fields(d) {
		if v, ok := strings.CutPrefix(f, key+"="); ok {
			return v
		}
	}
	return ""
}

func reverseDNS(ctx context.Context, r *resolver.Resolver, ip net.IP) *ReverseDNS {
	rd := &ReverseDNS{PTR: []string{}}
	names, _, err := r.PTR(ctx, ip)
	if err != nil && !resolver.IsNXDomain(err) {
		rd.Err = err.Error()
		return rd
	}
	for _, n := range names {
		rd.PTR = append(rd.PTR, strings.TrimSuffix(n, "."))
	}
	if len(names) > maxPTR {
		names = names[:maxPTR]
	}
	for _, n := range names {
		ips, err := r.IPs(ctx, n, ip.To4() != nil, ip.To4() == nil)
		var got []string
		for _, x := range ips {
			got = append(got, x.String())
			if x.Equal(ip) && rd.Confirmed == "" {
				rd.Confirmed = strings.TrimSuffix(n, ".")
			}
		}
		if err != nil {
			rd.Forward = append(rd.Forward, fmt.Sprintf("%s -> %v", strings.TrimSuffix(n, "."), err))
		} else {
			rd.Forward = append(rd.Forward, fmt.Sprintf("%s -> %s", strings.TrimSuffix(n, "."), strings.Join(got, ", ")))
		}
	}
	return rd
}

// authFindings turns the entry-hop evaluation into findings and compares
// it with the receiver's Authentication-Results.
func authFindings(res *Result, rcv map[string]*AuthResult) []finding.Finding {
	a := res.Auth
	var fs []finding.Finding
	if a == nil {
		why := "no Received: field"
		if res.Entry >= 0 {
			why = "the hop into the receiver records no client address"
		}
		return []finding.Finding{{ID: "spf.now", Status: finding.Info, Remediation: []string{},
			Summary: "SPF and DMARC not evaluated: " + why + ", so the sending address is unknown"}}
	}
	at := fmt.Sprintf("at the hop into the receiver (%s, HELO %s)", a.IP, orDash(a.HELO))
	// SPF.
	if a.SPF == nil {
		fs = append(fs, finding.Finding{ID: "spf.now", Status: finding.Info, Remediation: []string{},
			Summary: "SPF not evaluated: no Return-Path and no smtp.mailfrom in Authentication-Results, so the envelope sender is unknown",
			Detail:  "The receiver writes Return-Path at delivery; headers copied from a sent copy or a draft lack it."})
	} else {
		f := a.SPF.finding
		f.ID = "spf.now"
		f.Summary += " — evaluated now " + at
		if a.MailFromSource == "smtp.mailfrom" {
			f.Detail += "\nNo Return-Path: the envelope sender is the receiver's smtp.mailfrom."
		}
		if a.MailFrom == "" {
			f.Detail += "\nThe envelope sender is null (<>, a bounce or auto-reply): SPF checks the HELO name (RFC 7208 §2.4)."
		}
		fs = append(fs, f)
		if x := rcv["spf"]; x != nil && !strings.EqualFold(x.Result, a.SPF.Result) {
			fs = append(fs, spfDiffers(a, x))
		}
	}
	// FCrDNS.
	fs = append(fs, fcrdnsFinding(a))
	// DMARC.
	if v := a.DMARC; v != nil {
		f := dmarcFinding(res, v)
		fs = append(fs, f)
		if x := rcv["dmarc"]; x != nil && !strings.EqualFold(x.Result, v.Result) && !(x.Result == "bestguesspass" && v.Result == dmarc.ResultNone) {
			fs = append(fs, dmarcDiffers(res, v, x, rcv))
		}
	}
	return fs
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func spfDiffers(a *EntryAuth, x *AuthResult) finding.Finding {
	f := finding.Finding{ID: "spf.differs", Status: finding.Warn, Remediation: []string{},
		Summary:  fmt.Sprintf("the receiver saw SPF %s at delivery, SPF gives %s now for %s", x.Result, a.SPF.Result, a.IP),
		Evidence: []string{"receiver: spf=" + x.Result + " " + x.Detail, "now: spf=" + a.SPF.Result + " (" + a.SPF.Reason + ")"}}
	rm := detail(x.Detail, "smtp.mailfrom")
	var why []string
	if rm != "" && domainOf(rm) != "" && !strings.EqualFold(domainOf(rm), a.SPF.Domain) {
		why = append(why, fmt.Sprintf("The receiver checked %s, this check %s: the Return-Path was rewritten after the receiver's SPF check (a forwarder or the receiver's own relay).", domainOf(rm), a.SPF.Domain))
	}
	switch {
	case x.Result == "pass":
		why = append(why, "The address passed at delivery but does not now: the SPF record changed since (a provider's include: dropped the range, a record edited), or the hop taken as the entry is not the one the receiver checked (an internal relay or a forwarder in between).")
		f.Remediation = []string{"Compare the SPF record now with what it was at delivery (DNS history, change log)", "If the receiver checked another hop, the pass was for that hop's address: see the Path section"}
	case a.SPF.Result == "pass":
		f.Status = finding.Info
		why = append(why, "The address passes now but did not at delivery: the record was fixed since, DNS failed at delivery (temperror), or the receiver checked another hop (a forwarder: its address is not in the sender's record).")
		f.Remediation = []string{"If the record was fixed since, nothing to do; if mail is forwarded, ask the forwarder to rewrite the envelope sender (SRS) or rely on DKIM, which survives forwarding"}
	default:
		why = append(why, "Both are not a pass; the difference in kind (fail, softfail, neutral, none, an error) comes from a record changed since or DNS failures at either time.")
	}
	f.Detail = strings.Join(why, " ")
	return f
}

func fcrdnsFinding(a *EntryAuth) finding.Finding {
	rd := a.ReverseDNS
	f := finding.Finding{ID: "bulk.fcrdns", Target: finding.Target{Addr: a.IP}, Remediation: []string{}, Evidence: rd.Forward,
		Detail: "Rule: " + srcGmail + " (valid forward and reverse DNS records for sending domains and IPs); " + srcYahoo + " (valid reverse DNS for sending IPs)."}
	switch {
	case rd.Err != "":
		f.Status, f.Summary = finding.Warn, fmt.Sprintf("the reverse lookup of %s failed now: %s", a.IP, rd.Err)
		f.Remediation = []string{"Run again; if it persists, ask the owner of " + a.IP + " to fix its reverse zone"}
	case len(rd.PTR) == 0:
		f.Status, f.Summary = finding.Fail, fmt.Sprintf("the sending address %s has no PTR record: Gmail and Yahoo require valid reverse DNS of sending IPs", a.IP)
		f.Remediation = []string{fmt.Sprintf("Ask the owner of %s (the hosting or network provider) to set its PTR record to the sending host's name (such as %s), and make that name resolve to %s", a.IP, orDash(a.HELO), a.IP)}
	case rd.Confirmed != "":
		f.Status, f.Summary = finding.Pass, fmt.Sprintf("the sending address %s has PTR %s, which resolves back to it (forward-confirmed reverse DNS)", a.IP, rd.Confirmed)
		if a.HELO != "" && !strings.EqualFold(strings.TrimSuffix(a.HELO, "."), rd.Confirmed) {
			f.Evidence = append(f.Evidence, "HELO "+a.HELO+" is not the PTR name (receivers do not require it, but a match is a good sign)")
		}
	default:
		f.Status, f.Summary = finding.Fail, fmt.Sprintf("the sending address %s has PTR %s, but that name does not resolve back to %s (no forward-confirmed reverse DNS)", a.IP, rd.PTR[0], a.IP)
		f.Remediation = []string{fmt.Sprintf("Give %s an A/AAAA record with %s, or have the PTR of %s changed to a name that does", rd.PTR[0], a.IP, a.IP)}
	}
	return f
}

func dmarcFinding(res *Result, v *dmarc.Verdict) finding.Finding {
	f := finding.Finding{ID: "dmarc.now", Remediation: []string{}}
	for _, id := range v.IDs {
		al := "not aligned"
		if id.Aligned {
			al = "aligned"
		}
		mode := map[string]string{"r": "relaxed", "s": "strict"}[id.Mode]
		e := fmt.Sprintf("%s %s=%s, %s with %s (%s)", strings.ToUpper(id.Method), id.Domain, id.Result, al, v.FromDomain, mode)
		if id.Err != "" {
			e += ": " + id.Err
		}
		f.Evidence = append(f.Evidence, e)
	}
	if v.Record != "" {
		f.Evidence = append(f.Evidence, "_dmarc."+v.PolicyDomain+" TXT "+clip(v.Record, 120))
	}
	policy := ""
	if v.Published != "" {
		policy = fmt.Sprintf("; policy %s=%s", v.PolicyTag, v.Published)
	}
	switch v.Result {
	case dmarc.ResultPass:
		f.Status = finding.Pass
		f.Summary = fmt.Sprintf("DMARC pass for %s now: %s%s", v.FromDomain, v.Reason, policy)
	case dmarc.ResultNone:
		f.Status = finding.Warn
		f.Summary = "DMARC none now: " + v.Reason
		f.Remediation = []string{"Publish _dmarc." + v.FromDomain + " TXT \"v=DMARC1; p=none; rua=mailto:...\" (see bulk.dmarc)"}
	case dmarc.ResultTempError:
		f.Status = finding.Warn
		f.Summary = "DMARC temperror now: " + v.Reason
		f.Remediation = []string{"Run again; check the DNS servers of " + v.FromDomain}
	default:
		f.Status = finding.Fail
		do := map[string]string{dmarc.PolicyNone: "deliver it as usual (p=none: monitoring only), though failing DMARC still counts against it",
			dmarc.PolicyQuarantine: "treat it as suspicious: the spam folder", dmarc.PolicyReject: "reject it during the SMTP transaction"}[v.Disposition]
		f.Summary = fmt.Sprintf("DMARC fail for %s now: %s%s; a receiver applying it would %s", v.FromDomain, v.Reason, policy, do)
		if v.Pct > 0 && v.Pct < 100 {
			f.Detail = fmt.Sprintf("The record has pct=%d (removed by RFC 9989): receivers still following RFC 7489 apply the policy to %d%% of failing mail and the next weaker one to the rest. ", v.Pct, v.Pct)
		}
		if res.HeadersOnly && len(res.Signatures) > 0 {
			f.Status = finding.Info
			f.Summary = fmt.Sprintf("DMARC for %s cannot be decided now: headers only, so DKIM cannot be verified, and SPF alone is not aligned and passing%s", v.FromDomain, policy)
		}
		if res.ARCResult == "pass" && len(res.ARC) > 0 {
			var sealers []string
			for _, a := range res.ARC {
				sealers = append(sealers, a.Domain)
			}
			f.Detail += fmt.Sprintf("An ARC chain sealed by %s validates now; what it recorded before the change is in arc.chain. A receiver that trusts that sealer may deliver the message despite this DMARC fail (often to the spam folder); one that does not applies the policy. ", strings.Join(sealers, ", "))
		}
		f.Remediation = []string{"Sign with DKIM d=" + v.FromDomain + " (or a domain in its organisational domain) so DMARC passes even when SPF breaks on forwarding",
			"Or send with a Return-Path under " + v.FromDomain + " whose SPF record lists the sending servers"}
	}
	f.Detail += "Identifiers: the SPF domain (MAIL FROM, or HELO for the null sender) and every DKIM d=; one that passes and is aligned with the From domain makes DMARC pass (RFC 9989 §4.4)."
	return f
}

func dmarcDiffers(res *Result, v *dmarc.Verdict, x *AuthResult, rcv map[string]*AuthResult) finding.Finding {
	f := finding.Finding{ID: "dmarc.differs", Status: finding.Warn, Remediation: []string{},
		Summary:  fmt.Sprintf("the receiver saw DMARC %s at delivery, DMARC gives %s now", x.Result, v.Result),
		Evidence: []string{"receiver: dmarc=" + x.Result + " " + x.Detail, "now: dmarc=" + v.Result + " (" + v.Reason + ")"}}
	var why []string
	if rs := rcv["spf"]; rs != nil && res.Auth.SPF != nil && rs.Result != res.Auth.SPF.Result {
		why = append(why, fmt.Sprintf("SPF differs (receiver %s, now %s): see spf.differs.", rs.Result, res.Auth.SPF.Result))
	}
	if rd := rcv["dkim"]; rd != nil {
		ours := "fail"
		for _, s := range res.Signatures {
			if s.Result == "pass" {
				ours = "pass"
			}
		}
		if rd.Result != ours {
			why = append(why, fmt.Sprintf("DKIM differs (receiver %s, now %s): see dkim.differs.", rd.Result, ours))
		}
	}
	if res.HeadersOnly {
		why = append(why, "Headers only: no DKIM signature can be verified now, so DMARC can pass now only through SPF.")
	}
	if len(why) == 0 {
		why = append(why, "SPF and DKIM agree, so the DMARC record or the organisational domain differs: the record changed since delivery, or the receiver finds the organisational domain with the Public Suffix List (RFC 7489) where this check uses the DNS Tree Walk (RFC 9989), or it applied a local policy or trusted an ARC chain (a forwarder).")
	}
	if x.Result == "pass" && v.Result != dmarc.ResultPass {
		f.Remediation = []string{"Inspect the original as delivered; if DNS changed since, check the DMARC, SPF and DKIM records against what they were"}
	} else {
		f.Status = finding.Info
		f.Remediation = []string{"If records were fixed since delivery, nothing to do; a forwarder in between breaks SPF: rely on DKIM aligned with the From domain"}
	}
	f.Detail = strings.Join(why, " ")
	return f
}
