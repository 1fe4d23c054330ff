package dmarc

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/resolver"
)

// Check discovers and checks the DMARC policy of domain; findings "dmarc.*".
func Check(ctx context.Context, r *resolver.Resolver, domain string) []finding.Finding {
	_, fs := CheckResult(ctx, r, domain)
	return fs
}

// Summary is the compact, JSON-friendly view of a Result.
type Summary struct {
	Policy       string   `json:"policy,omitempty"`        // effective policy receivers apply
	Published    string   `json:"published,omitempty"`     // the policy as published (before t=y)
	Tag          string   `json:"tag,omitempty"`           // p, sp or np
	Testing      bool     `json:"testing,omitempty"`       // t=y lowers the policy one level
	Rule         Rule     `json:"rule,omitempty"`          // domain, org or psd
	PolicyDomain string   `json:"policy_domain,omitempty"` // where the record was found
	Record       string   `json:"record,omitempty"`
	OrgDomain    string   `json:"org_domain"`
	OrgRule      string   `json:"org_rule"`
	Walk         []string `json:"walk"`                     // names queried by the DNS Tree Walk
	LegacyOrg    string   `json:"rfc7489_org_domain"`       // by the Public Suffix List
	LegacyPolicy string   `json:"rfc7489_policy,omitempty"` // what RFC 7489 receivers apply
}

// Summary returns the compact view of r.
func (r *Result) Summary() *Summary {
	s := &Summary{Policy: r.Effective, Published: r.Published, Tag: r.PolicyTag, Testing: r.Testing(), Rule: r.Rule,
		OrgDomain: r.OrgDomain, OrgRule: string(r.OrgRule), LegacyOrg: r.Legacy.OrgDomain, LegacyPolicy: r.Legacy.Effective, Walk: []string{}}
	if r.Fetched != nil {
		s.PolicyDomain, s.Record = r.Fetched.Domain, r.Record.Text
	}
	for _, f := range r.Tried {
		s.Walk = append(s.Walk, f.Name)
	}
	return s
}

// Describe says in words where the policy comes from, for messages such
// as an unmet --expect: "p=reject of _dmarc.example.test in testing mode
// (t=y): receivers apply quarantine".
func (r *Result) Describe() string { return r.Summary().Describe() }

// Describe says in words where the policy comes from.
func (s *Summary) Describe() string {
	if s == nil || s.PolicyDomain == "" {
		return "no DMARC record"
	}
	d := s.Tag + "=" + s.Published + " of _dmarc." + s.PolicyDomain
	if s.Testing {
		d += " in testing mode (t=y): receivers apply " + s.Policy
	}
	return d
}

// Authorization is the outcome of the external-destination check (RFC 9990
// §4, RFC 9991 §4): reports for a policy go to a domain of another
// Organizational Domain only when that domain publishes a v=DMARC1 record
// at <policy domain>._report._dmarc.<destination>.
type Authorization struct {
	Domain     string // destination host
	Name       string // <policy domain>._report._dmarc.<destination>
	Authorized bool
	TooLong    bool  // the name exceeds DNS limits: no authorisation possible
	Override   []URI // rua= of the authorisation record, replacing the destination
	Err        error
	Evidence   []string
}

// CheckResult is Check that also returns the discovered policy, so a caller
// can compare Result.Effective with an expectation (--expect dmarc=reject).
func CheckResult(ctx context.Context, r *resolver.Resolver, domain string) (*Result, []finding.Finding) {
	res, err := Lookup(ctx, r, domain)
	c := &checker{target: finding.Target{Domain: res.Domain}}
	walkEv := res.Walk.Evidence()
	c.discards(res)

	var re *resolver.Error
	switch {
	case errors.Is(err, ErrNoRecord):
		where := "_dmarc." + res.Domain
		if len(res.Tried) > 1 {
			where += " nor above it (DNS Tree Walk up to _dmarc." + res.Tried[len(res.Tried)-1].Domain + ")"
		}
		f := c.add("dmarc.missing", finding.Fail, "no DMARC record at "+where, walkEv,
			`Publish a TXT record at _dmarc.`+res.Domain+` (and at your organizational domain): start with "v=DMARC1; p=none; rua=mailto:dmarc-reports@`+res.Domain+`", read the reports, then move to p=quarantine and p=reject.`)
		f.Detail = "Without a DMARC record receivers apply no policy to mail forging this domain in From: (RFC 9989 §4.10.1).\n" + walkLines(res.Walk)
		c.legacy(res)
		return res, c.out
	case errors.As(err, &re):
		st := finding.Fail
		if re.Kind == resolver.Timeout || re.Kind == resolver.Network {
			st = finding.Warn
		}
		name := re.Name
		rem := "Make sure the authoritative servers answer for " + name + " (SERVFAIL often means broken DNSSEC)."
		if re.Validation {
			rem = resolver.ValidationRemedy(name) + "."
		}
		f := c.add("dmarc.dns-error", st, "DNS lookup failed for the DMARC record: "+err.Error(), walkEv, rem)
		f.Detail = "A failed lookup is not a missing record: receivers cannot determine the policy and may defer the message (RFC 9989 §4.10.1)."
		if res.Tried[0].Err == nil {
			f.Detail += " " + res.Domain + " has no record of its own, and the DNS Tree Walk above it stopped at the failure, so the inherited policy is unknown."
		}
		return res, c.out
	case err != nil:
		c.add("dmarc.dns-error", finding.Fail, "DMARC lookup failed: "+err.Error(), walkEv)
		return res, c.out
	}
	if res.Walk.Err != nil {
		f := c.add("dmarc.dns-error", finding.Warn, "DNS Tree Walk stopped by a failed lookup: "+res.Walk.Err.Error(), walkEv,
			"Make sure every _dmarc name above the domain answers (NXDOMAIN or records), up to the top-level domain.")
		f.Detail = "The domain's own record applies, but the organizational domain (used for relaxed alignment and report authorisation) is what the records before the failure give: " + res.OrgDomain + " (RFC 9989 §4.10.2)."
	}
	ev := res.Fetched.Evidence()
	c.ev = ev
	c.record(res)
	c.orgDomain(res)
	c.legacy(res)
	c.policy(res)
	c.uris(ctx, r, res)
	return res, c.out
}

type checker struct {
	target finding.Target
	ev     []string
	out    []finding.Finding
}

func (c *checker) add(id string, st finding.Status, summary string, ev []string, rem ...string) *finding.Finding {
	if rem == nil {
		rem = []string{}
	}
	c.out = append(c.out, finding.Finding{ID: id, Status: st, Target: c.target, Summary: summary, Evidence: ev, Remediation: rem})
	return &c.out[len(c.out)-1]
}

// walkLines describes every query of the walk.
func walkLines(w *Walk) string {
	var lines []string
	for i, f := range w.Steps {
		var s string
		switch {
		case f.Err != nil:
			s = f.Name + ": " + f.Err.Error()
		case f.NXDomain:
			s = f.Name + ": NXDOMAIN"
		case len(f.DMARC) > 1:
			s = fmt.Sprintf("%s: %d DMARC records, all discarded", f.Name, len(f.DMARC))
		case f.Found():
			s = f.Name + ": " + f.Record.Text
		default:
			s = fmt.Sprintf("%s: %d TXT record(s), none starting with v=DMARC1", f.Name, len(f.TXT))
		}
		lines = append(lines, fmt.Sprintf("%d. %s", i+1, s))
	}
	if len(w.Skipped) > 0 {
		lines = append(lines, fmt.Sprintf("Not queried: %d name(s) between %s and %s (the walk makes at most %d queries and jumps to the last seven labels, RFC 9989 §4.10).",
			len(w.Skipped), w.Start, w.Skipped[len(w.Skipped)-1], MaxWalkQueries))
	}
	switch {
	case w.Err != nil:
		lines = append(lines, "The walk stopped at the "+w.Stop+".")
	case w.Stop != "":
		lines = append(lines, "The walk stopped at the record with "+w.Stop+" (§4.10 step 6).")
	}
	return "DNS Tree Walk (RFC 9989 §4.10):\n" + strings.Join(lines, "\n")
}

// discards reports records that receivers discard along the walk: more
// than one DMARC record at a name, or TXT records that look like DMARC but
// do not start with v=DMARC1.
func (c *checker) discards(res *Result) {
	for i, f := range res.Tried {
		own := i == 0
		if len(f.DMARC) > 1 {
			st, what := finding.Warn, "a record above "+res.Domain+" that the DNS Tree Walk would have used"
			if own {
				st, what = finding.Fail, res.Domain+"'s own policy"
			}
			fd := c.add("dmarc.multiple", st, fmt.Sprintf("%d DMARC records at %s: receivers discard them all", len(f.DMARC), f.Name), f.Evidence(),
				"Keep a single v=DMARC1 record at "+f.Name+".")
			fd.Detail = "RFC 9989 §4.10 step 2: when more than one record starts with v=DMARC1, all are discarded and the walk goes on as if there were none; this loses " + what + ". Receivers following RFC 7489 apply no DMARC at all (§6.6.3)."
		}
		for _, d := range f.Discarded {
			st := finding.Warn
			if own && !f.Found() {
				st = finding.Fail
			}
			why := ""
			for _, p := range d.Problems {
				if p.Level == LevelSevere {
					why = p.String()
					break
				}
			}
			fd := c.add("dmarc.discarded", st, fmt.Sprintf("TXT record at %s looks like DMARC but receivers discard it: %s", f.Name, why), f.Evidence(),
				"Start the record with exactly \"v=DMARC1;\" (the version value is case-sensitive).")
			fd.Detail = "Record: " + d.Text + "\nReceivers keep only TXT records that start with v=DMARC1 (RFC 9989 §4.7, §4.10 step 2); this one counts as absent."
		}
	}
}

// ruleText says which rule found the record.
func ruleText(res *Result) (short, long string) {
	w := res.Walk
	switch res.Rule {
	case RuleDomain:
		return "the domain's own record", "Found at the domain itself: the first query of policy discovery (RFC 9989 §4.10.1); its p= applies to " + res.Domain + "."
	case RuleOrg:
		return "inherited from the organizational domain " + res.OrgDomain,
			res.Domain + " has no record of its own; the DNS Tree Walk (RFC 9989 §4.10) found the record of its organizational domain " + res.OrgDomain + " (" + orgRuleText(w) + "), whose sp= (existing subdomains) or np= (non-existent ones) applies."
	case RulePSD:
		who := res.Domain + " has no record of its own and neither has its organizational domain " + res.OrgDomain
		if res.OrgDomain == res.Domain {
			who = res.Domain + ", its own organizational domain (one label below the psd=y record), has no record"
		}
		return "inherited from the public suffix domain " + res.Fetched.Domain + " (psd=y)",
			who + "; the DNS Tree Walk (RFC 9989 §4.10) stopped at the public suffix domain " + res.Fetched.Domain + ", whose record has psd=y, and its sp= or np= applies (§4.10.1)."
	}
	return "", ""
}

func orgRuleText(w *Walk) string {
	switch w.OrgRule {
	case OrgPSDNo:
		return "its record has psd=n"
	case OrgBelowPSD:
		return "the name one label below " + w.OrgFrom + ", whose record has psd=y"
	case OrgHighest:
		return "the highest name with a record on the walk"
	}
	return "no record on the walk: the domain itself"
}

func (c *checker) record(res *Result) {
	rec, ev := res.Record, c.ev
	short, long := ruleText(res)
	byLevel := map[Level][]string{}
	var removed []string
	for _, p := range rec.Problems {
		if removedTags.Get()[p.Tag] != "" {
			removed = append(removed, "- "+p.String())
			continue
		}
		if p.Level == LevelInfo {
			continue // unknown tags: their own finding
		}
		byLevel[p.Level] = append(byLevel[p.Level], "- "+p.String())
	}
	if severe := byLevel[LevelSevere]; len(severe) > 0 {
		f := c.add("dmarc.invalid", finding.Fail, fmt.Sprintf("DMARC record at %s (%s) is invalid: %s", res.Fetched.Name, short, strings.TrimPrefix(severe[0], "- ")), ev,
			"Correct the record; a minimal valid one is \"v=DMARC1; p=none; rua=mailto:<address>\".")
		f.Detail = "Record: " + rec.Text + "\n" + strings.Join(severe, "\n") + "\n" + long
		switch {
		case res.Published == PolicyNone:
			f.Detail += "\nReceivers act as if the record said p=none, because rua= holds a valid URI (RFC 9989 §4.10.1)."
		case res.Lenient != "":
			f.Detail += "\nReceivers that tolerate the errors may apply " + res.Lenient + "; strict ones ignore the record, so the domain is treated as having no DMARC policy."
		default:
			f.Detail += "\nReceivers ignore the record: the domain is treated as having no DMARC policy."
		}
	} else {
		f := c.add("dmarc.record", finding.Pass, fmt.Sprintf("DMARC record at %s (%s)", res.Fetched.Name, short), ev)
		f.Detail = rec.Text + "\n" + long
	}
	if warn := byLevel[LevelWarn]; len(warn) > 0 {
		f := c.add("dmarc.syntax", finding.Warn, fmt.Sprintf("DMARC record at %s has errors receivers skip: %s", res.Fetched.Name, strings.TrimPrefix(warn[0], "- ")), ev,
			"Correct or remove the listed tags so that every receiver reads the record as you mean it.")
		f.Detail = "RFC 9989 §4.8: syntax errors are discarded in favour of the defaults; the policy still applies.\n" + strings.Join(warn, "\n")
	}
	if len(rec.Unknown) > 0 {
		var lines []string
		for _, p := range rec.Problems {
			if p.Level == LevelInfo {
				lines = append(lines, "- "+p.String())
			}
		}
		f := c.add("dmarc.unknown-tag", finding.Info, "DMARC record has tags receivers ignore: "+strings.Join(rec.Unknown, ", "), ev,
			"Check for typos (p, sp, np, psd, t, adkim, aspf, fo, rua, ruf) and remove tags that mean nothing.")
		f.Detail = "RFC 9989 §4.7: unknown tags MUST be ignored, so they do no harm, but a misspelt tag has no effect.\n" + strings.Join(lines, "\n")
	}
	if len(removed) > 0 {
		f := c.add("dmarc.removed-tag", finding.Warn, "DMARC record uses tags removed by RFC 9989: "+strings.Join(rec.Removed, ", "), ev,
			"Remove pct=, rf= and ri=; to test a policy use t=y instead of pct=0 (RFC 9989 §4.7).")
		f.Detail = strings.Join(removed, "\n")
		if rec.HasPct && rec.Pct < 100 && res.Published != "" && res.Published != PolicyNone {
			f.Detail += fmt.Sprintf("\nWith pct=%d receivers still following RFC 7489 apply %s to only %d%% of failing mail and one level lower to the rest (RFC 7489 §6.6.4); RFC 9989 receivers apply it to all.", rec.Pct, res.Published, rec.Pct)
		}
	}
}

func (c *checker) orgDomain(res *Result) {
	w := res.Walk
	// Pass, shown with -v: the differences that matter have their own
	// findings (dmarc.rfc7489-receivers, dmarc.dns-error).
	f := c.add("dmarc.org-domain", finding.Pass, fmt.Sprintf("organizational domain of %s: %s (%s, RFC 9989 §4.10.2)", res.Domain, res.OrgDomain, orgRuleText(w)), w.Evidence())
	f.Detail = "Relaxed alignment compares organizational domains: SPF and DKIM domains align with " + res.Domain + " when their DNS Tree Walk ends at " + res.OrgDomain + ".\n" + walkLines(w)
}

// legacy compares with what receivers still following RFC 7489 apply.
func (c *checker) legacy(res *Result) {
	l := res.Legacy
	if l.Err != nil {
		return
	}
	var diffs []string
	st := finding.Info
	if l.OrgDomain != res.OrgDomain {
		diffs = append(diffs, fmt.Sprintf("their organizational domain is %s (Public Suffix List), not %s (DNS Tree Walk): relaxed alignment differs", l.OrgDomain, res.OrgDomain))
	}
	var legacyFrom string
	switch {
	case l.Multiple:
		legacyFrom = "no DMARC at all: more than one record at " + l.Fetched.Name
	case l.Fetched == nil:
		legacyFrom = "no policy: they find no record at _dmarc." + res.Domain
		if l.Fallback || l.OrgDomain != res.Domain {
			legacyFrom += " nor at _dmarc." + l.OrgDomain
		}
	case l.Effective == "":
		legacyFrom = "no policy: the record at " + l.Fetched.Name + " is invalid"
	default:
		tag := "p="
		if l.Fallback {
			tag = "sp= (else p=)"
		}
		legacyFrom = l.Effective + ", from " + tag + " of " + l.Fetched.Name
	}
	samePolicy := l.Effective == res.Published && (l.Fetched == nil) == (res.Fetched == nil) && !l.Multiple
	if !samePolicy {
		st = finding.Warn
		now := orNone(res.Published)
		if res.Testing() {
			now += " (" + res.Effective + " in testing mode, t=y)"
		}
		diffs = append(diffs, "they apply "+legacyFrom+"; RFC 9989 receivers apply "+now)
	}
	if len(diffs) == 0 {
		return
	}
	rem := []string{"Publish a DMARC record at _dmarc." + res.Domain + " itself: both kinds of receivers use a domain's own record first (RFC 9989 Appendix C.3)."}
	f := c.add("dmarc.rfc7489-receivers", st, "receivers still following RFC 7489 (Public Suffix List) see "+res.Domain+" differently: "+diffs[0], res.Walk.Evidence(), rem...)
	f.Detail = "RFC 9989 replaced the Public Suffix List by the DNS Tree Walk; receivers of both kinds exist.\n- " + strings.Join(diffs, "\n- ")
}

func orNone(p string) string {
	if p == "" {
		return "no policy"
	}
	return p
}

func (c *checker) policy(res *Result) {
	rec, ev := res.Record, c.ev
	var from string
	switch {
	case res.PolicyTag == "p":
		from = "p= of its own record"
	case res.PolicyTag == "sp":
		from = "sp= of " + res.Fetched.Name
		if rec.SubdomainPolicy == "" {
			from = "p= of " + res.Fetched.Name + ", which has no sp="
		}
		if e := res.Existence; e != nil && !e.Known {
			from += "; whether " + res.Domain + " exists is unknown (a lookup failed), receivers may apply np= instead"
		}
	case res.PolicyTag == "np":
		from = "np= of " + res.Fetched.Name + ": " + res.Domain + " does not exist (no A, AAAA or MX)"
		if rec.NonexistentPolicy == "" {
			from = "sp= (else p=) of " + res.Fetched.Name + ", which has no np=; " + res.Domain + " does not exist (no A, AAAA or MX)"
		}
	}
	if res.Published == PolicyNone && rec.Invalid() {
		from = "the record has no valid policy but a valid rua=, so receivers act as if it said p=none"
	}
	var policyEv []string
	policyEv = append(policyEv, ev...)
	if res.Existence != nil {
		policyEv = append(policyEv, res.Existence.Evidence...)
	}
	if res.Testing() {
		f := c.add("dmarc.testing", finding.Warn, fmt.Sprintf("DMARC testing mode (t=y): receivers apply %s instead of %s", res.Effective, res.Published), ev,
			"Remove t=y (or set t=n) once the aggregate reports show all legitimate mail passing.")
		f.Detail = "RFC 9989 §4.7: with t=y the domain owner is testing its policy; receivers apply one level lower (reject → quarantine, quarantine → none) and may apply special handling such as rewriting From:. Receivers still following RFC 7489 do not know t= and apply " + res.Published + "."
		from += ", lowered by t=y from " + res.Published
	}
	switch res.Effective {
	case "":
		// An ignored record: dmarc.invalid says it.
	case PolicyNone:
		f := c.add("dmarc.policy", finding.Warn, fmt.Sprintf("DMARC policy for %s is none (%s): monitoring only, forged mail is delivered", res.Domain, from), policyEv,
			"Read the aggregate reports, make sure all legitimate mail passes SPF or DKIM aligned, then set p=quarantine and later p=reject.")
		f.Detail = "RFC 9989 §4.7: p=none expresses no preference; it only collects reports."
	default:
		f := c.add("dmarc.policy", finding.Pass, fmt.Sprintf("DMARC policy for %s is %s (%s)", res.Domain, res.Effective, from), policyEv)
		f.Detail = "Receivers " + map[string]string{PolicyQuarantine: "treat failing mail as suspicious (spam folder)", PolicyReject: "reject failing mail during the SMTP transaction"}[res.Effective] + " (RFC 9989 §4.7)."
	}
	// The subdomain policies of the domain's own record; a subdomain that
	// inherits sp= is judged by dmarc.policy like any other domain.
	p, sp, np, ok := rec.Policies()
	if res.Rule != RuleDomain || !ok || (rec.SubdomainPolicy == "" && rec.NonexistentPolicy == "") {
		return
	}
	var weak []string
	if PolicyRank(sp) < PolicyRank(p) {
		weak = append(weak, fmt.Sprintf("sp=%s is weaker than p=%s: existing subdomains without their own record can be forged more easily", sp, p))
	}
	if PolicyRank(np) < PolicyRank(sp) {
		weak = append(weak, fmt.Sprintf("np=%s is weaker than sp=%s: names that do not exist are the easiest to forge", np, sp))
	}
	spFrom, npFrom := "sp=", "np="
	if rec.SubdomainPolicy == "" {
		spFrom = "no sp=, so p="
	}
	if rec.NonexistentPolicy == "" {
		npFrom = "no np=, so sp="
	}
	desc := fmt.Sprintf("subdomains of %s without their own record: existing ones get %s (%s), non-existent ones %s (%s)", res.Domain, sp, spFrom, np, npFrom)
	if len(weak) == 0 {
		f := c.add("dmarc.subdomain-policy", finding.Pass, "DMARC "+desc, ev)
		f.Detail = "RFC 9989 §4.7, §4.10.1: a subdomain without a record inherits this record; sp= applies when it exists, np= when it has no A, AAAA or MX record."
		return
	}
	f := c.add("dmarc.subdomain-policy", finding.Warn, "DMARC "+weak[0], ev,
		"Set sp= and np= to the same policy as p= (or remove them), unless a subdomain still needs monitoring.")
	f.Detail = desc + ".\n" + strings.Join(weak, "\n") + "\nRFC 9989 §4.7: sp= applies to existing subdomains, np= to non-existent ones (default sp=, then p=)."
}

func (c *checker) uris(ctx context.Context, r *resolver.Resolver, res *Result) {
	rec, ev := res.Record, c.ev
	var bad, limits []string
	for _, l := range []struct {
		tag  string
		uris []URI
	}{{"rua", rec.RUA}, {"ruf", rec.RUF}} {
		for _, u := range l.uris {
			if u.Err != "" {
				bad = append(bad, fmt.Sprintf("%s: %q: %s", l.tag, u.Raw, u.Err))
			} else if u.Limit != "" {
				limits = append(limits, u.Raw)
			}
		}
	}
	if len(bad) > 0 {
		f := c.add("dmarc.rua.invalid", finding.Fail, "DMARC report URI malformed: "+bad[0], ev,
			"Write report destinations as mailto:address@domain, separated by commas, e.g. rua=mailto:dmarc@example.com.")
		f.Detail = "RFC 9989 §4.8: reports cannot be sent to a malformed URI.\n" + strings.Join(bad, "\n")
	}
	if len(rec.RUA) == 0 {
		rem := "Add rua=mailto:<address> to learn which sources send as your domain before tightening the policy."
		if res.Rule == RulePSD {
			// RFC 9989 §4.10.1: a PSD record is not a way to get reports.
			rem = "Publish your own record at _dmarc." + res.OrgDomain + " with rua=mailto:<address>: the public suffix domain's record applies only while you have none."
		}
		f := c.add("dmarc.rua.missing", finding.Warn, "DMARC record at "+res.Fetched.Name+" has no rua=: nobody receives aggregate reports", ev, rem)
		f.Detail = "RFC 9989 §4.7: without rua= receivers send no aggregate reports (RFC 9990), the only way to see what passes and fails DMARC at receivers."
	}
	// External destinations must agree to receive reports (RFC 9990 §4).
	policyDomain := res.Fetched.Domain
	policyOrg := res.OrgDomain
	if policyDomain != res.Domain {
		policyOrg = orgOf(ctx, r, policyDomain)
	}
	seen := map[string]bool{}
	var dests []string
	for _, u := range append(append([]URI{}, rec.RUA...), rec.RUF...) {
		if u.Err != "" || u.Scheme != "mailto" || seen[u.Domain] {
			continue
		}
		seen[u.Domain] = true
		if len(dests) < MaxURIs {
			dests = append(dests, u.Domain)
		}
	}
	orgs := make([]string, len(dests))
	auths := make([]*Authorization, len(dests))
	var wg sync.WaitGroup
	for i, d := range dests {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if orgs[i] = orgOf(ctx, r, d); orgs[i] != policyOrg {
				a := Authorize(ctx, r, policyDomain, d)
				auths[i] = &a
			}
		}()
	}
	wg.Wait()
	var ok, redirected []string
	for i, a := range auths {
		if a == nil {
			continue
		}
		why := fmt.Sprintf("%s's organizational domain is %s, the policy's is %s", a.Domain, orgs[i], policyOrg)
		switch {
		case a.TooLong:
			f := c.add("dmarc.rua.unauthorized", finding.Warn, fmt.Sprintf("reports for %s cannot be authorised for %s: %s is longer than DNS allows", policyDomain, a.Domain, a.Name), nil,
				"Send reports to an address in "+policyOrg+" and forward them.")
			f.Detail = "RFC 9990 §4 step 4: when the authorisation name exceeds DNS limits, receivers cannot confirm the destination and send nothing there. " + why + "."
		case a.Err != nil:
			f := c.add("dmarc.dns-error", finding.Warn, "DNS lookup failed for the report authorisation record "+a.Name+": "+a.Err.Error(), a.Evidence,
				"Ask the operator of "+a.Domain+" to check their DNS.")
			f.Detail = "RFC 9990 §4: without an answer, receivers do not send reports to " + a.Domain + " (" + why + ")."
		case !a.Authorized:
			f := c.add("dmarc.rua.unauthorized", finding.Warn, fmt.Sprintf("reports for %s go to %s, which has not authorised them: receivers will not send them", policyDomain, a.Domain), a.Evidence,
				fmt.Sprintf("Ask the operator of %s to publish TXT \"v=DMARC1\" at %s (or a wildcard *._report._dmarc.%s).", a.Domain, a.Name, a.Domain))
			f.Detail = "RFC 9990 §4: " + why + ", so receivers look up " + a.Name + " and send nothing unless it holds a record starting with v=DMARC1."
		default:
			ok = append(ok, a.Domain)
			if len(a.Override) > 0 {
				var us []string
				for _, u := range a.Override {
					us = append(us, u.Raw)
				}
				redirected = append(redirected, a.Domain+" replaces its destination by "+strings.Join(us, ", "))
			}
		}
	}
	if len(rec.RUA) > 0 && len(bad) == 0 {
		var ds []string
		for _, u := range rec.RUA {
			ds = append(ds, u.Raw)
		}
		f := c.add("dmarc.rua", finding.Pass, "aggregate reports go to "+strings.Join(ds, ", "), ev)
		var lines []string
		if len(ok) > 0 {
			lines = append(lines, "External destinations that authorised reports (RFC 9990 §4): "+strings.Join(ok, ", "))
		}
		if len(redirected) > 0 {
			lines = append(lines, "Their authorisation records override the destination (RFC 9990 §4 step 9): "+strings.Join(redirected, "; "))
		}
		if len(limits) > 0 {
			lines = append(lines, "The size limits of "+strings.Join(limits, ", ")+" are obsolete syntax that receivers ignore (RFC 9989 §4.8).")
		}
		f.Detail = strings.Join(lines, "\n")
	}
}

// orgOf returns the Organizational Domain of domain by the walk, or by the
// Public Suffix List when the walk hit a DNS failure.
func orgOf(ctx context.Context, r *resolver.Resolver, domain string) string {
	org, _, err := OrgDomain(ctx, r, domain)
	if err != nil {
		return PSLOrgDomain(domain)
	}
	return org
}

// Authorize checks whether dest agreed to receive the reports of
// policyDomain (RFC 9990 §4): a TXT record starting with v=DMARC1 at
// <policyDomain>._report._dmarc.<dest>. Its rua=, when present and naming
// the same host, replaces the destination.
func Authorize(ctx context.Context, r *resolver.Resolver, policyDomain, dest string) Authorization {
	policyDomain, dest = normalize(policyDomain), normalize(dest)
	a := Authorization{Domain: dest, Name: policyDomain + reportAuthSuffix + dest}
	if len(a.Name) > 253 {
		a.TooLong = true
		return a
	}
	for _, l := range strings.Split(a.Name, ".") {
		if len(l) > 63 {
			a.TooLong = true
			return a
		}
	}
	txts, ans, err := r.TXT(ctx, a.Name)
	if err != nil && !resolver.IsNXDomain(err) {
		a.Err = err
		a.Evidence = []string{err.Error()}
		return a
	}
	a.Evidence = ans.Evidence(a.Name)
	for _, t := range txts {
		rec := Parse(strings.Join(t, ""))
		if !rec.IsDMARC() {
			continue
		}
		a.Authorized = true
		for _, u := range rec.RUA {
			if u.Err == "" && u.Scheme == "mailto" && u.Domain == dest {
				a.Override = append(a.Override, u)
			}
		}
	}
	return a
}

// SPFAlignment checks whether spfDomain, a domain SPF passed for (the MAIL
// FROM domain), is aligned with the domain of res under the record's
// aspf= (RFC 9989 §4.4.2), so that DMARC can pass through SPF; finding
// "dmarc.spf-alignment". ok is false when res has no record to apply.
func SPFAlignment(ctx context.Context, r *resolver.Resolver, res *Result, spfDomain string) (finding.Finding, bool) {
	if res == nil || res.Record == nil || res.Effective == "" {
		return finding.Finding{}, false
	}
	spfDomain = normalize(spfDomain)
	mode := res.Record.ASPF
	f := finding.Finding{ID: "dmarc.spf-alignment", Target: finding.Target{Domain: res.Domain}, Remediation: []string{}}
	modeText := map[string]string{"r": "relaxed (aspf=r: the same organizational domain)", "s": "strict (aspf=s: the same domain)"}[mode]
	aligned, err := Aligned(ctx, r, res.Domain, spfDomain, mode)
	var orgs string
	if mode != "s" && spfDomain != res.Domain {
		org, w, _ := OrgDomain(ctx, r, spfDomain)
		orgs = fmt.Sprintf("; organizational domains: %s for %s, %s for %s (DNS Tree Walk, RFC 9989 §4.10.2)", res.OrgDomain, res.Domain, org, spfDomain)
		f.Evidence = w.Evidence()
	}
	switch {
	case err != nil:
		f.Status = finding.Warn
		f.Summary = fmt.Sprintf("SPF alignment of %s with %s unknown: %v", spfDomain, res.Domain, err)
		f.Remediation = []string{"Make sure the _dmarc names above both domains answer."}
	case aligned:
		f.Status = finding.Pass
		f.Summary = fmt.Sprintf("SPF passes for %s, aligned with %s: DMARC can pass through SPF", spfDomain, res.Domain)
	default:
		f.Status = finding.Warn
		f.Summary = fmt.Sprintf("SPF passes for %s but it is not aligned with %s: DMARC cannot pass through SPF for this sender", spfDomain, res.Domain)
		f.Remediation = []string{"Use a MAIL FROM (return-path) domain under " + res.OrgDomain + " for this sender, or make sure its mail carries a DKIM signature aligned with " + res.Domain + "."}
	}
	f.Detail = "Alignment mode " + modeText + orgs + "."
	return f, true
}
