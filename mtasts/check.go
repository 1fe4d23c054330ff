package mtasts

import (
	"context"
	"errors"
	"fmt"
	"github.com/smtpgw/smtpgw/resolver"
	"strings"
	"sync"
	"time"

	"github.com/smtpgw/smtpgw/finding"
)

// Result is everything Check learned about a domain's MTA-STS.
type Result struct {
	Domain    string        `json:"domain"`
	Lookup    *LookupResult `json:"-"`
	Record    *Record       `json:"record,omitempty"`
	TXT       []string      `json:"txt,omitempty"` // the _mta-sts answer as received
	LookupErr error         `json:"-"`
	Fetch     *FetchResult  `json:"-"`
	FetchErr  error         `json:"-"`
	URL       string        `json:"url"`
	Body      string        `json:"policy_text,omitempty"` // the policy as received
	Policy    *Policy       `json:"policy,omitempty"`
	Problems  []Problem     `json:"problems,omitempty"`
	PolicyErr error         `json:"-"`
	// The errors above as text, and the HTTP facts, for JSON output.
	LookupError string `json:"record_error,omitempty"`
	FetchError  string `json:"fetch_error,omitempty"`
	PolicyError string `json:"policy_error,omitempty"`
	HTTPStatus  int    `json:"http_status,omitempty"`
	ContentType string `json:"content_type,omitempty"`
	now         func() time.Time
	// Findings about the record and the policy; MatchMX adds the MX ones.
	Findings []finding.Finding `json:"-"`
}

// Check looks up the TXT record and fetches the policy of domain
// concurrently, parses both and returns findings "mtasts.*". MX matching
// needs the MX set, which the caller resolves concurrently: call
// Result.MatchMX with it.
func Check(ctx context.Context, domain string, o FetchOptions) *Result {
	domain = strings.TrimSuffix(strings.ToLower(domain), ".")
	res := &Result{Domain: domain, URL: PolicyURL(domain), now: o.Now}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		res.Lookup, res.LookupErr = Lookup(ctx, o.Resolver, domain)
	}()
	go func() {
		defer wg.Done()
		res.Fetch, res.FetchErr = Fetch(ctx, domain, o)
	}()
	wg.Wait()
	if res.Lookup != nil {
		res.TXT = res.Lookup.Evidence
		res.Record = res.Lookup.Record
	}
	if res.FetchErr == nil && res.Fetch != nil {
		res.Body = res.Fetch.Body
		res.Policy, res.Problems, res.PolicyErr = ParsePolicy(res.Fetch.Body)
	}
	if res.LookupErr != nil {
		res.LookupError = errText(res.LookupErr)
	}
	if res.FetchErr != nil {
		res.FetchError = errText(res.FetchErr)
	}
	if res.PolicyErr != nil {
		res.PolicyError = res.PolicyErr.Error()
	}
	if res.Fetch != nil {
		res.HTTPStatus, res.ContentType = res.Fetch.StatusCode, res.Fetch.ContentType
	}
	res.Findings = res.findings()
	return res
}

func (res *Result) finding(id string, st finding.Status, summary string) finding.Finding {
	return finding.Finding{ID: id, Status: st, Target: finding.Target{Domain: res.Domain}, Summary: summary}
}

func (res *Result) policyEvidence() []string {
	var ev []string
	if res.Fetch != nil && res.Fetch.StatusCode != 0 {
		ev = append(ev, fmt.Sprintf("GET %s -> HTTP %d, Content-Type %q", res.URL, res.Fetch.StatusCode, res.Fetch.ContentType))
	}
	if res.Body != "" {
		lines := strings.Split(strings.TrimRight(res.Body, "\r\n"), "\n")
		if len(lines) > 40 {
			lines = append(lines[:40:40], fmt.Sprintf("... %d more lines", len(lines)-40))
		}
		for _, l := range lines {
			l = strings.TrimSuffix(l, "\r")
			if len(l) > 200 {
				l = l[:200] + "..."
			}
			ev = append(ev, l)
		}
	}
	return ev
}

func (res *Result) findings() []finding.Finding {
	var fs []finding.Finding
	txtName := "_mta-sts." + res.Domain
	var lookupEv []string
	if res.Lookup != nil {
		lookupEv = res.Lookup.Answer.Evidence(txtName)
	}
	if lookupEv == nil { // no answer arrived
		lookupEv = []string{txtName + " TXT: " + res.LookupError}
	}

	// The TXT record (§3.1).
	switch err := res.LookupErr; {
	case err == nil:
		f := res.finding("mtasts.record", finding.Pass, fmt.Sprintf("MTA-STS TXT record present (id=%s)", res.Record.ID))
		f.Evidence = lookupEv
		fs = append(fs, f)
	case errors.Is(err, ErrNoRecord):
		f := res.finding("mtasts.missing", finding.Info, "no MTA-STS policy: no _mta-sts TXT record")
		f.Detail = "Without MTA-STS (RFC 8461) sending servers use STARTTLS opportunistically: an attacker on the path can strip STARTTLS or present any certificate, and mail is delivered anyway. (DANE, with DNSSEC, protects against the same attack.)"
		f.Remediation = []string{
			"Serve a policy at " + res.URL + " (\"version: STSv1\", \"mode: testing\", \"mx: <each MX host>\", \"max_age: 604800\") with a certificate valid for mta-sts." + res.Domain,
			"Publish " + txtName + ". TXT \"v=STSv1; id=<a new value each time the policy changes>\"",
			"Publish a TLS-RPT record (_smtp._tls) to receive failure reports, then switch the policy to mode: enforce",
		}
		if res.FetchErr == nil && res.PolicyErr == nil && res.Policy != nil {
			f.Status = finding.Warn
			f.Summary = "an MTA-STS policy is served but there is no _mta-sts TXT record, so senders never fetch it"
			f.Remediation = []string{"Publish " + txtName + ". TXT \"v=STSv1; id=<a new value each time the policy changes>\""}
			f.Evidence = append(lookupEv, res.policyEvidence()...)
		} else {
			f.Evidence = lookupEv
		}
		return append(fs, f)
	case errors.Is(err, ErrMultipleRecords):
		f := res.finding("mtasts.record.multiple", finding.Fail, fmt.Sprintf("%d MTA-STS TXT records at %s: senders ignore them all", len(res.Lookup.STS), txtName))
		f.Detail = "RFC 8461 §3.1: if the number of records beginning with v=STSv1 is not one, senders must assume the domain has no MTA-STS policy."
		f.Remediation = []string{"Delete all but one \"v=STSv1\" TXT record at " + txtName}
		f.Evidence = lookupEv
		return append(fs, f)
	case errors.Is(err, ErrRecordSyntax):
		f := res.finding("mtasts.record.invalid", finding.Fail, "the MTA-STS TXT record is invalid: senders ignore it")
		f.Detail = fmt.Sprintf("%v (RFC 8461 §3.1: a syntactically invalid record means no policy)", err)
		f.Remediation = []string{"Publish exactly: " + txtName + ". TXT \"v=STSv1; id=20240101T000000\" (id: 1 to 32 letters and digits, new on each policy change)"}
		f.Evidence = lookupEv
		return append(fs, f)
	default:
		f := res.finding("mtasts.dns-error", finding.Fail, "the _mta-sts TXT lookup failed: "+errText(err))
		f.Detail = "Senders that cannot look up the record cannot tell whether a policy exists; a cached policy stays in force, new senders deliver without MTA-STS."
		f.Remediation = []string{"Make sure the name servers of " + res.Domain + " answer TXT queries for " + txtName + " (SERVFAIL often means a DNSSEC signing error)"}
		if resolver.IsValidationFailure(err) {
			f.Remediation = []string{resolver.ValidationRemedy(txtName)}
		}
		f.Evidence = lookupEv
		fs = append(fs, f)
	}

	// The policy (§3.3, §3.2).
	if res.FetchErr != nil {
		return append(fs, res.fetchFinding())
	}
	if !res.Fetch.MediaTypeOK {
		f := res.finding("mtasts.policy.content-type", finding.Warn, fmt.Sprintf("the policy is served as %q, not text/plain", res.Fetch.ContentType))
		f.Detail = "RFC 8461 §3.2: the policy is served with media type text/plain; strict senders reject other types."
		f.Remediation = []string{"Configure the web server to serve " + WellKnownPath + " with \"Content-Type: text/plain\""}
		f.Evidence = res.policyEvidence()[:1]
		fs = append(fs, f)
	}
	if res.PolicyErr != nil {
		f := res.finding("mtasts.policy.invalid", finding.Fail, "the MTA-STS policy is invalid: senders ignore it")
		f.Detail = res.PolicyErr.Error() + problemsText(res.Problems)
		f.Remediation = []string{"Serve a policy of the form: \"version: STSv1\", \"mode: enforce\", one \"mx: <pattern>\" line per MX host, \"max_age: 604800\" (RFC 8461 §3.2), each line ending in LF or CRLF"}
		f.Evidence = res.policyEvidence()
		return append(fs, f)
	}
	if f, ok := res.certExpiry(); ok {
		fs = append(fs, f)
	}
	pol := res.Policy
	var mx []string
	for _, p := range pol.MX {
		mx = append(mx, p.String())
	}
	f := res.finding("mtasts.policy", finding.Pass, fmt.Sprintf("policy fetched: mode %s, max_age %d, mx %s", pol.Mode, pol.MaxAge, strings.Join(mx, ", ")))
	f.Evidence = res.policyEvidence()
	fs = append(fs, f)
	if len(res.Problems) > 0 {
		f := res.finding("mtasts.policy.syntax", finding.Warn, fmt.Sprintf("the policy has %d syntax problem(s) that strict senders reject", len(res.Problems)))
		f.Detail = strings.TrimPrefix(problemsText(res.Problems), "\n")
		f.Remediation = []string{"Remove the lines listed; every line must be \"key: value\" with a lower-case key, ending in LF or CRLF"}
		f.Evidence = res.policyEvidence()
		fs = append(fs, f)
	}
	switch pol.Mode {
	case ModeEnforce:
		fs = append(fs, res.finding("mtasts.mode", finding.Pass, "mode enforce: senders refuse MX hosts without valid TLS"))
	case ModeTesting:
		f := res.finding("mtasts.mode", finding.Info, "mode testing: failures are only reported (TLS-RPT), mail is still delivered without TLS protection")
		f.Remediation = []string{"Once TLS-RPT reports show no failures, set \"mode: enforce\" and change the id of the TXT record"}
		fs = append(fs, f)
	case ModeNone:
		f := res.finding("mtasts.mode", finding.Warn, "mode none: the policy is published but disables MTA-STS")
		f.Detail = "Mode none is meant for withdrawing a policy (RFC 8461 §8.3); senders drop their cached policy and deliver without MTA-STS."
		f.Remediation = []string{"Set \"mode: testing\" or \"mode: enforce\" and change the id of the TXT record, or remove the TXT record if MTA-STS is being withdrawn"}
		fs = append(fs, f)
	}
	if pol.MaxAge < ShortMaxAge {
		f := res.finding("mtasts.max-age", finding.Warn, fmt.Sprintf("max_age %d is less than a day: the policy protects little", pol.MaxAge))
		f.Detail = "A sender caches the policy for max_age seconds; an attacker who can block the policy fetch after it expires downgrades delivery. RFC 8461 §3.2 suggests values of weeks."
		f.Remediation = []string{"Set max_age to at least 604800 (a week); 1209600 to 31557600 is usual once the policy is stable"}
		fs = append(fs, f)
	} else {
		fs = append(fs, res.finding("mtasts.max-age", finding.Pass, fmt.Sprintf("max_age %d (%s)", pol.MaxAge, days(pol.MaxAge))))
	}
	return fs
}

// CertExpiryWarn is how close to expiry the policy host's certificate draws
// a warning: when it lapses, senders stop refreshing the policy.
const CertExpiryWarn = 14 * 24 * time.Hour

func (res *Result) certExpiry() (finding.Finding, bool) {
	if res.Fetch == nil || len(res.Fetch.Peer) == 0 {
		return finding.Finding{}, false
	}
	leaf := res.Fetch.Peer[0]
	left := time.Until(leaf.NotAfter)
	if res.now != nil {
		left = leaf.NotAfter.Sub(res.now())
	}
	if left > CertExpiryWarn {
		return finding.Finding{}, false
	}
	f := res.finding("mtasts.policy.cert-expiring", finding.Warn, fmt.Sprintf("the certificate of mta-sts.%s expires in %d day(s) (%s)", res.Domain, int(left.Hours()/24), leaf.NotAfter.UTC().Format("2006-01-02")))
	f.Detail = "When it expires, senders can no longer fetch or refresh the policy (RFC 8461 §3.3) and fall back to no MTA-STS once their cached copy ages out."
	f.Remediation = []string{"Renew the certificate of mta-sts." + res.Domain + " (automate it: the host serves one small file and is easy to forget)"}
	return f, true
}

func (res *Result) fetchFinding() finding.Finding {
	var fe *FetchError
	errors.As(res.FetchErr, &fe)
	host := "mta-sts." + res.Domain
	f := res.finding("mtasts.policy.unreachable", finding.Fail, "the MTA-STS policy could not be fetched: "+errText(res.FetchErr))
	f.Detail = "The TXT record announces a policy but senders cannot fetch it, so they deliver as if the domain had no MTA-STS (RFC 8461 §3.3, §5)."
	f.Evidence = res.policyEvidence()
	if fe == nil {
		return f
	}
	switch fe.Kind {
	case FetchDNS:
		f.Summary = fmt.Sprintf("the policy host %s does not resolve: %v", host, fe.Err)
		f.Remediation = []string{"Publish an A and/or AAAA record for " + host + " pointing to a web server that serves " + WellKnownPath}
		var re *resolver.Error
		if errors.As(fe.Err, &re) && re.Kind != resolver.NXDomain {
			// The name could not be resolved, which is not "no record".
			f.Summary = fmt.Sprintf("the address lookup of the policy host %s failed: %v", host, fe.Err)
			f.Remediation = []string{"Make the name servers of " + host + " answer its A/AAAA queries (check with dig " + host + " A)"}
			if re.Validation {
				f.Remediation = []string{"Fix the DNSSEC signatures of the zone of " + host + " (re-sign it; check the DS record at the parent): validating resolvers answer SERVFAIL for it (check with delv " + host + " A)"}
			}
		}
	case FetchConnect, FetchTimeout, FetchTLS, FetchOther:
		f.Remediation = []string{"Make " + res.URL + " reachable over HTTPS on port 443 (check the web server, firewall and the addresses of " + host + ")"}
		if res.Fetch != nil && len(res.Fetch.Addrs) > 0 {
			f.Evidence = append(f.Evidence, host+" -> "+strings.Join(res.Fetch.Addrs, ", "))
		}
	case FetchCertificate:
		f.ID = "mtasts.policy.certificate"
		f.Summary = "the policy host's certificate does not verify: " + errText(fe.Err)
		f.Detail = "RFC 8461 §3.3: the policy must be served with a certificate valid for " + host + " that chains to a trusted root; otherwise senders ignore the policy."
		f.Remediation = []string{"Install a certificate for " + host + " from a public CA (with its intermediate certificates), valid now"}
	case FetchRedirect:
		f.ID = "mtasts.policy.redirect"
		f.Summary = fmt.Sprintf("the policy URL redirects (HTTP %d to %s): senders must not follow redirects", fe.StatusCode, fe.Location)
		f.Detail = "RFC 8461 §3.3: \"HTTP 3xx redirects MUST NOT be followed\"; the policy must be served directly at " + res.URL + "."
		f.Remediation = []string{"Serve the policy file itself at " + res.URL + " (an HTTP to HTTPS redirect of other paths is fine, this path must answer 200)"}
	case FetchStatus:
		f.ID = "mtasts.policy.status"
		f.Summary = fmt.Sprintf("the policy URL answered HTTP %d, not 200", fe.StatusCode)
		f.Remediation = []string{"Serve the policy at " + res.URL + " with status 200"}
	case FetchTooLarge:
		f.ID = "mtasts.policy.too-large"
		f.Summary = fmt.Sprintf("the policy is larger than %d bytes: senders stop reading it", MaxPolicySize)
		f.Detail = "RFC 8461 §3.3 recommends senders limit the body to 64 KB; a real policy is a few hundred bytes. Check that the URL serves the policy and not an HTML page."
		f.Remediation = []string{"Serve only the policy text at " + res.URL}
		f.Evidence = f.Evidence[:min(1, len(f.Evidence))]
	}
	return f
}

// MatchMX returns the findings of matching the MX hosts against the policy
// (§4.1): each host that matches no mx pattern fails in mode enforce (senders
// will not deliver to it) and warns in mode testing. It returns nil when there
// is no valid policy or no host.
func (res *Result) MatchMX(hosts []string) []finding.Finding {
	pol := res.Policy
	if pol == nil || res.PolicyErr != nil || res.LookupErr != nil && !errors.Is(res.LookupErr, ErrDNS) || len(hosts) == 0 {
		return nil
	}
	if pol.Mode == ModeNone {
		return nil
	}
	var fs []finding.Finding
	var ok []string
	var pats []string
	for _, p := range pol.MX {
		pats = append(pats, "mx: "+p.String())
	}
	for _, h := range hosts {
		h = strings.TrimSuffix(strings.ToLower(h), ".")
		if p, m := pol.Match(h); m {
			ok = append(ok, h+" ~ "+p.String())
			continue
		}
		st := finding.Fail
		effect := "senders that enforce the policy will not deliver to it"
		if pol.Mode == ModeTesting {
			st = finding.Warn
			effect = "in mode testing senders only report this; in mode enforce they would not deliver to it"
		}
		f := finding.Finding{ID: "mtasts.mx.mismatch", Status: st, Target: finding.Target{Domain: res.Domain, Host: h},
			Summary: fmt.Sprintf("MX host %s matches no mx pattern of the MTA-STS policy: %s", h, effect)}
		f.Detail = "RFC 8461 §4.1: every MX host must match an mx line; \"*.example.com\" matches exactly one label (mx1.example.com, not example.com or a.b.example.com)."
		f.Remediation = []string{fmt.Sprintf("Add \"mx: %s\" to the policy at %s and change the id of the _mta-sts TXT record", h, res.URL)}
		f.Evidence = pats
		fs = append(fs, f)
	}
	if len(fs) == 0 {
		f := res.finding("mtasts.mx", finding.Pass, fmt.Sprintf("all %d MX host(s) match the policy's mx patterns", len(hosts)))
		f.Evidence = ok
		fs = append(fs, f)
	}
	return fs
}

func problemsText(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString("\n" + p.String())
	}
	return b.String()
}

func errText(err error) string {
	s := err.Error()
	s = strings.TrimPrefix(s, "mtasts: ")
	return s
}

func days(sec int) string {
	d := float64(sec) / 86400
	if d == 1 {
		return "1 day"
	}
	if d == float64(int(d)) {
		return fmt.Sprintf("%d days", int(d))
	}
	return fmt.Sprintf("%.1f days", d)
}
