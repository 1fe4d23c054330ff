package dmarc

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/smtpgw/smtpgw/probe/resolver"
	"github.com/smtpgw/smtpgw/report"
)

// Check discovers and checks the DMARC policy of domain; findings "dmarc.*".
func Check(ctx context.Context, r *resolver.Resolver, domain string) []report.Finding {
	_, fs := CheckResult(ctx, r, domain)
	return fs
}

// Authorization is the outcome of the external-destination check (§7.1).
type Authorization struct {
	Domain     string // destination domain
	Name       string // <policy domain>._report._dmarc.<destination>
	Authorized bool
	Err        error
	Evidence   []string
}

// CheckResult is Check that also returns the discovered policy, so a caller
// can compare Result.Effective with an expectation (--expect dmarc=reject).
func CheckResult(ctx context.Context, r *resolver.Resolver, domain string) (*Result, []report.Finding) {
	res, err := Lookup(ctx, r, domain)
	c := &checker{target: report.Target{Domain: res.Domain}}
	var ev []string
	for _, f := range res.Tried {
		ev = append(ev, f.Evidence()...)
	}
	var re *resolver.Error
	switch {
	case errors.Is(err, ErrNoRecord):
		where := "_dmarc." + res.Domain
		if res.Fallback {
			where += " nor at _dmarc." + res.OrgDomain + " (the organizational domain)"
		}
		var lines []string
		for _, f := range res.Tried {
			if f.NXDomain {
				lines = append(lines, f.Name+": NXDOMAIN")
			} else {
				lines = append(lines, fmt.Sprintf("%s: %d TXT record(s), none starting with v=DMARC1", f.Name, len(f.TXT)))
			}
		}
		f := c.add("dmarc.missing", report.Fail, "no DMARC record at "+where, ev,
			`Publish a TXT record at _dmarc.`+res.OrgDomain+`: start with "v=DMARC1; p=none; rua=mailto:dmarc-reports@`+res.OrgDomain+`", read the reports, then move to p=quarantine and p=reject.`)
		f.Detail = "Without DMARC, receivers apply no policy to mail forging this domain in From: (RFC 7489 §6.6.3).\n" + strings.Join(lines, "\n")
		return res, c.out
	case errors.Is(err, ErrMultipleRecord):
		f := c.add("dmarc.multiple", report.Fail, fmt.Sprintf("%d DMARC records at %s: receivers apply no DMARC processing", len(res.Fetched.DMARC), res.Fetched.Name), ev,
			"Keep a single v=DMARC1 record at "+res.Fetched.Name+".")
		f.Detail = "RFC 7489 §6.6.3 step 5."
		return res, c.out
	case errors.As(err, &re):
		st := report.Fail
		if re.Kind == resolver.Timeout || re.Kind == resolver.Network {
			st = report.Warn
		}
		rem := "Make sure the authoritative servers answer for " + res.Fetched.Name + " (SERVFAIL often means broken DNSSEC)."
		if re.Validation {
			rem = resolver.ValidationRemedy(res.Fetched.Name) + "."
		}
		f := c.add("dmarc.dns-error", st, "DNS lookup failed for the DMARC record: "+err.Error(), ev, rem)
		f.Detail = "A failed lookup is not a missing record: receivers cannot apply the policy and may defer (RFC 7489 §6.6.3). No fallback to the organizational domain is tried after a DNS failure."
		return res, c.out
	case err != nil:
		c.add("dmarc.dns-error", report.Fail, "DMARC lookup failed: "+err.Error(), ev)
		return res, c.out
	}
	ev = res.Fetched.Evidence()
	c.ev = ev
	rec := res.Record
	if res.Fallback {
		f := c.add("dmarc.org-fallback", report.Info, fmt.Sprintf("no record at _dmarc.%s: the policy of the organizational domain %s applies", res.Domain, res.OrgDomain), ev)
		f.Detail = "RFC 7489 §6.6.3: receivers fall back to the Organizational Domain (Public Suffix List) and apply its sp= tag, or p= when sp= is absent."
	}
	var severe, lenient []string
	for _, p := range rec.Problems {
		if p.Severe {
			severe = append(severe, "- "+p.String())
		} else {
			lenient = append(lenient, "- "+p.String())
		}
	}
	if len(severe) > 0 {
		f := c.add("dmarc.invalid", report.Fail, fmt.Sprintf("DMARC record at %s is invalid: %s", res.Fetched.Name, strings.TrimPrefix(severe[0], "- ")), ev,
			"Correct the record; a minimal valid one is \"v=DMARC1; p=none; rua=mailto:<address>\".")
		f.Detail = "Record: " + rec.Text + "\n" + strings.Join(severe, "\n")
		if res.Lenient != "" && res.Effective == "" {
			f.Detail += "\nReceivers that tolerate the errors may apply " + res.Lenient + " (the first p=); strict ones ignore the record, so the domain is treated as having no DMARC policy."
		}
	} else {
		f := c.add("dmarc.record", report.Pass, "one valid DMARC record at "+res.Fetched.Name, ev)
		f.Detail = rec.Text
	}
	if len(lenient) > 0 {
		f := c.add("dmarc.syntax", report.Warn, "DMARC record at "+res.Fetched.Name+" breaks the grammar in a way most receivers tolerate", ev,
			"Remove the stray separators.")
		f.Detail = strings.Join(lenient, "\n")
	}
	if len(rec.Unknown) > 0 {
		f := c.add("dmarc.unknown-tag", report.Warn, fmt.Sprintf("DMARC record has unknown tags, ignored by receivers: %s", strings.Join(rec.Unknown, ", ")), ev,
			"Check for typos (rua, ruf, sp, pct, adkim, aspf, fo, rf, ri) and remove unknown tags.")
		f.Detail = "RFC 7489 §6.3: unknown tags MUST be ignored, so a misspelt tag silently has no effect."
	}
	c.policy(res)
	c.uris(ctx, r, res)
	return res, c.out
}

type checker struct {
	target report.Target
	ev     []string
	out    []report.Finding
}

func (c *checker) add(id string, st report.Status, summary string, ev []string, rem ...string) *report.Finding {
	if rem == nil {
		rem = []string{}
	}
	c.out = append(c.out, report.Finding{ID: id, Status: st, Target: c.target, Summary: summary, Evidence: ev, Remediation: rem})
	return &c.out[len(c.out)-1]
}

func (c *checker) policy(res *Result) {
	rec, ev := res.Record, c.ev
	from := "set by p="
	if res.Fallback && rec.SubdomainPolicy != "" && rec.Policy != "" {
		from = "set by sp= of " + res.OrgDomain
	} else if res.Fallback {
		from = "set by p= of " + res.OrgDomain
	}
	switch res.Effective {
	case "":
		// Invalid record without a usable policy: dmarc.invalid says it.
	case PolicyNone:
		f := c.add("dmarc.policy", report.Warn, fmt.Sprintf("DMARC policy for %s is none (%s): monitoring only, forged mail is delivered", res.Domain, from), ev,
			"Read the aggregate reports, make sure all legitimate mail passes SPF or DKIM aligned, then set p=quarantine and later p=reject.")
		f.Detail = "RFC 7489 §6.3: p=none requests no action; it only collects reports."
	default:
		f := c.add("dmarc.policy", report.Pass, fmt.Sprintf("DMARC policy for %s is %s (%s)", res.Domain, res.Effective, from), ev)
		f.Detail = "Receivers " + map[string]string{PolicyQuarantine: "treat failing mail as suspicious (spam folder)", PolicyReject: "reject failing mail during the SMTP transaction"}[res.Effective] + " (RFC 7489 §6.3)."
	}
	if rec.SubdomainPolicy != "" && rec.Policy != "" && PolicyRank(rec.SubdomainPolicy) < PolicyRank(rec.Policy) {
		f := c.add("dmarc.subdomain-policy", report.Warn, fmt.Sprintf("DMARC sp=%s is weaker than p=%s: subdomains can be forged more easily", rec.SubdomainPolicy, rec.Policy), ev,
			"Set sp= to the same policy as p= (or remove sp=), unless a subdomain still needs monitoring.")
		f.Detail = "RFC 7489 §6.3: sp= applies to all subdomains without their own record, including names that do not exist."
	}
	if rec.Pct < 100 && res.Effective != "" && res.Effective != PolicyNone {
		f := c.add("dmarc.pct", report.Warn, fmt.Sprintf("DMARC pct=%d: the policy applies to only %d%% of failing mail", rec.Pct, rec.Pct), ev,
			"Raise pct to 100 (or remove it) once the reports show no legitimate mail failing.")
		f.Detail = "RFC 7489 §6.6.4: the rest is treated one policy level lower (quarantine → none, reject → quarantine)."
	}
}

func (c *checker) uris(ctx context.Context, r *resolver.Resolver, res *Result) {
	rec, ev := res.Record, c.ev
	var bad []string
	for _, l := range []struct {
		tag  string
		uris []URI
	}{{"rua", rec.RUA}, {"ruf", rec.RUF}} {
		for _, u := range l.uris {
			if u.Err != "" {
				bad = append(bad, fmt.Sprintf("%s: %q: %s", l.tag, u.Raw, u.Err))
			}
		}
	}
	if len(bad) > 0 {
		f := c.add("dmarc.rua.invalid", report.Fail, "DMARC report URI malformed: "+bad[0], ev,
			"Write report destinations as mailto:address@domain, separated by commas, e.g. rua=mailto:dmarc@example.com.")
		f.Detail = "RFC 7489 §6.2, §6.4: reports cannot be sent to a malformed URI.\n" + strings.Join(bad, "\n")
	}
	if len(rec.RUA) == 0 {
		f := c.add("dmarc.rua.missing", report.Warn, "DMARC record has no rua=: nobody receives aggregate reports", ev,
			"Add rua=mailto:<address> to learn which sources send as your domain before tightening the policy.")
		f.Detail = "RFC 7489 §7.2: aggregate reports are the only way to see what passes and fails DMARC at receivers."
	}
	// External destinations must agree to receive reports (§7.1).
	policyDomain := res.Fetched.Domain
	org := OrgDomain(policyDomain)
	seen := map[string]bool{}
	var ext []string
	for _, u := range append(append([]URI{}, rec.RUA...), rec.RUF...) {
		if u.Err != "" || u.Scheme != "mailto" || seen[u.Domain] || OrgDomain(u.Domain) == org {
			continue
		}
		seen[u.Domain] = true
		if len(ext) < MaxURIs {
			ext = append(ext, u.Domain)
		}
	}
	auths := make([]Authorization, len(ext))
	var wg sync.WaitGroup
	for i, d := range ext {
		wg.Add(1)
		go func() {
			defer wg.Done()
			auths[i] = authorize(ctx, r, policyDomain, d)
		}()
	}
	wg.Wait()
	var ok []string
	for _, a := range auths {
		switch {
		case a.Err != nil:
			f := c.add("dmarc.dns-error", report.Warn, "DNS lookup failed for the report authorisation record "+a.Name+": "+a.Err.Error(), a.Evidence,
				"Ask the operator of "+a.Domain+" to check their DNS.")
			f.Detail = "RFC 7489 §7.1: without an answer, receivers do not send reports to " + a.Domain + "."
		case !a.Authorized:
			f := c.add("dmarc.rua.unauthorized", report.Warn, fmt.Sprintf("reports for %s go to %s, which has not authorised them: receivers will not send them", policyDomain, a.Domain), a.Evidence,
				fmt.Sprintf("Ask the operator of %s to publish TXT \"v=DMARC1\" at %s (or a wildcard *._report._dmarc.%s).", a.Domain, a.Name, a.Domain))
			f.Detail = "RFC 7489 §7.1: when the destination's organizational domain differs from the policy's, receivers look up <policy domain>._report._dmarc.<destination> and send nothing unless it holds a v=DMARC1 record."
		default:
			ok = append(ok, a.Domain)
		}
	}
	if len(rec.RUA) > 0 && len(bad) == 0 {
		var dests []string
		for _, u := range rec.RUA {
			dests = append(dests, u.Raw)
		}
		f := c.add("dmarc.rua", report.Pass, "aggregate reports go to "+strings.Join(dests, ", "), ev)
		if len(ok) > 0 {
			f.Detail = "External destinations that authorised reports (RFC 7489 §7.1): " + strings.Join(ok, ", ")
		}
	}
}

// authorize checks RFC 7489 §7.1 for one destination domain.
func authorize(ctx context.Context, r *resolver.Resolver, policyDomain, dest string) Authorization {
	a := Authorization{Domain: dest, Name: policyDomain + reportAuthSuffix + dest}
	txts, ans, err := r.TXT(ctx, a.Name)
	if err != nil && !resolver.IsNXDomain(err) {
		a.Err = err
		a.Evidence = []string{a.Name + " TXT: " + err.Error()}
		return a
	}
	a.Evidence = ans.Evidence(a.Name)
	for _, t := range txts {
		if strings.HasPrefix(strings.Join(t, ""), "v=DMARC1") {
			a.Authorized = true
		}
	}
	return a
}
