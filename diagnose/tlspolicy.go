package diagnose

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/check"
	"github.com/smtpgw/smtpgw/dane"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/mtasts"
	"github.com/smtpgw/smtpgw/probe"
)

// Finding ids of the TLS-policy verdicts: every MX host of the domain
// would be refused by a sender that enforces the policy.
const (
	IDMTASTSRefused = "mtasts.refused"
	IDDANERefused   = "dane.refused"
)

// tlsPolicy answers "would a sending MTA that enforces MTA-STS, or DANE,
// refuse to deliver to this domain?" from the MTA-STS policy, the TLSA
// records of the MX hosts and what the probe saw on each MX on port 25.
// It returns the findings about each host and, when no MX host is left
// that such a sender would deliver to, one summary finding
// (mtasts.refused, dane.refused) that names why for each host.
func tlsPolicy(domain string, mx *probe.MXSet, mres *mtasts.Result, tlsa map[string]*dane.HostTLSA, conns []*probe.Connection, now time.Time) []finding.Finding {
	if mx == nil || mx.Null || len(mx.Hosts) == 0 {
		return nil
	}
	var hosts []string
	seen := map[string]bool{}
	for _, h := range mx.Hosts {
		n := hostKey(h.Name)
		if !h.IPLiteral && !seen[n] {
			seen[n] = true
			hosts = append(hosts, n)
		}
	}
	var fs []finding.Finding

	// MTA-STS (RFC 8461): only a domain that publishes the record uses it.
	if mres != nil && mres.Record != nil {
		fs = append(fs, mres.Findings...)
		mfs := append(mres.MatchMX(hosts), check.MTASTSTLS(mres, conns)...)
		fs = append(fs, mfs...)
		if pol := mres.Policy; pol != nil && mres.PolicyErr == nil && pol.Mode == mtasts.ModeEnforce {
			why := map[string][]string{} // host -> why an enforcing sender skips it
			var fix, ev []string
			for _, f := range mfs {
				if f.Status != finding.Fail {
					continue
				}
				h := hostKey(f.Target.Host)
				why[h] = append(why[h], reasonOnly(strings.TrimPrefix(f.Summary, "MTA-STS: ")))
				fix = appendNew(fix, f.Remediation...)
				for _, e := range f.Evidence {
					if !strings.HasPrefix(e, "mx: ") { // the policy line below says it
						ev = appendNew(ev, e)
					}
				}
			}
			if refusedAll(hosts, why, conns) {
				ev = append([]string{"policy " + mres.URL + ": mode " + string(pol.Mode) + ", " + mxLines(pol)}, ev...)
				fs = append(fs, finding.Finding{
					ID: IDMTASTSRefused, Status: finding.Fail, Target: finding.Target{Domain: domain},
					Summary: fmt.Sprintf("senders that enforce MTA-STS (Gmail, Microsoft 365, Yahoo and others) will not deliver to %s: its policy is in mode enforce and %s", domain, whyText(hosts, why)),
					Detail: "RFC 8461 §5: a sender that has the policy delivers only to an MX host that matches an mx line of the policy and presents, over STARTTLS with TLS 1.2 or later, a certificate that chains to a trusted root and is valid for the MX host name. " +
						"It holds the mail in its queue and bounces it when it expires; the sender cannot work around it (the policy is cached for max_age).",
					Remediation: append(fix, "Until it is fixed, switch the policy to \"mode: testing\" and change the id of the _mta-sts TXT record, so that senders deliver while you repair it"),
					Evidence:    ev,
				})
			}
		}
	}

	// DANE (RFC 7672): TLSA records count only when the MX answer is
	// DNSSEC-validated.
	why := map[string][]string{}
	var fix, ev []string
	any := false
	for _, h := range hosts {
		t := tlsa[h]
		if t == nil {
			continue
		}
		if t.Err == nil && len(t.Records) == 0 {
			continue // no TLSA records: DANE not used for this host
		}
		any = true
		for _, f := range t.Findings(domain) {
			fs = append(fs, f)
			if f.ID == "dane.dns-error" && mx.Authenticated {
				why[h] = append(why[h], "the TLSA lookup for "+h+" fails ("+t.Error+")")
				fix = appendNew(fix, f.Remediation...)
				ev = appendNew(ev, f.Summary)
			}
		}
		for _, c := range conns {
			if c.Target.Port != 25 || hostKey(c.Target.Host) != h {
				continue
			}
			ep := dane.Endpoint{Target: c.Target, Connected: c.Connected && c.EHLO != nil, TLS: c.TLS != nil, TLSError: c.TLSError, Chain: c.PeerCertificates}
			for _, f := range dane.EndpointFindings(t, ep, now) {
				fs = append(fs, f)
				if f.Status == finding.Fail && mx.Authenticated {
					why[h] = append(why[h], c.Target.Addr+": "+reasonOnly(f.Summary))
					fix = appendNew(fix, f.Remediation...)
					ev = appendNew(ev, f.Evidence...)
				}
			}
		}
	}
	if any && mx.Authenticated && refusedAll(hosts, why, conns) {
		fs = append(fs, finding.Finding{
			ID: IDDANERefused, Status: finding.Fail, Target: finding.Target{Domain: domain},
			Summary: fmt.Sprintf("senders that use DANE (Postfix and Exim with DNSSEC, Microsoft 365, many European providers) will not deliver to %s: %s", domain, whyText(hosts, why)),
			Detail: "RFC 7672 §2.2: with DNSSEC-validated TLSA records, TLS is mandatory and the server's certificate chain must match one of the records; a sender that cannot look the records up (SERVFAIL, often a DNSSEC failure) must not deliver either. " +
				"It defers the mail and bounces it when it expires.",
			Remediation: fix,
			Evidence:    ev,
		})
	}
	return fs
}

// refusedAll reports whether an enforcing sender would find no MX host to
// deliver to: every host has a reason, or every host with a reason is
// the only one that was reachable. Hosts never reached count as refused
// only when some host has a reason: an unreachable MX is the port-25
// findings' business.
func refusedAll(hosts []string, why map[string][]string, conns []*probe.Connection) bool {
	if len(why) == 0 {
		return false
	}
	for _, h := range hosts {
		if len(why[h]) > 0 {
			continue
		}
		for _, c := range conns {
			if hostKey(c.Target.Host) == h && c.Target.Port == 25 && c.Connected && c.Greeting != nil {
				return false // a reachable host no reason speaks against
			}
		}
	}
	return true
}

func whyText(hosts []string, why map[string][]string) string {
	var parts []string
	for _, h := range hosts {
		if ws := why[h]; len(ws) > 0 {
			parts = append(parts, h+": "+strings.Join(ws, "; "))
		}
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

func mxLines(p *mtasts.Policy) string {
	var s []string
	for _, m := range p.MX {
		s = append(s, "mx: "+m.String())
	}
	if len(s) == 0 {
		return "no mx line"
	}
	return strings.Join(s, ", ")
}

// reasonOnly cuts the consequence off a per-host summary ("...: senders
// that enforce the policy will not deliver to it"), which the summary
// finding states once.
func reasonOnly(s string) string {
	for _, sep := range []string{": senders ", "; senders ", ": DANE senders ", "; in mode testing"} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	return s
}

func hostKey(h string) string { return strings.TrimSuffix(strings.ToLower(h), ".") }

func appendNew(to []string, s ...string) []string {
	for _, x := range s {
		dup := false
		for _, y := range to {
			if x == y {
				dup = true
				break
			}
		}
		if !dup {
			to = append(to, x)
		}
	}
	return to
}
