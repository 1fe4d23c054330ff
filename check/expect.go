package check

import (
	"fmt"
	"sort"
	"strings"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/lazy"
)

// Expectation is one --expect rule: a requirement stricter than the default
// verdict, such as "dmarc=reject" or "dane". An unmet expectation is an
// "expect.<rule>" finding with status fail.
type Expectation struct {
	Rule  string `json:"rule"`            // dmarc, mta-sts, dane, starttls, spf, dnssec, tlsrpt
	Value string `json:"value,omitempty"` // reject, enforce, ...; "" for rules without a value
}

func (e Expectation) String() string {
	if e.Value == "" {
		return e.Rule
	}
	return e.Rule + "=" + e.Value
}

// expectRules are the valid rules and their values ("" = no value).
var expectRules = lazy.Value[map[string][]string]{New: func() map[string][]string {
	return map[string][]string{
		"dmarc":    {"reject", "quarantine", "none"},
		"mta-sts":  {"enforce", "testing"},
		"dane":     nil,
		"starttls": nil,
		"spf":      nil,
		"dnssec":   nil,
		"tlsrpt":   nil,
	}
}}

// ValidExpectations lists the accepted --expect rules, for usage messages.
func ValidExpectations() []string {
	var out []string
	for r, vals := range expectRules.Get() {
		if len(vals) == 0 {
			out = append(out, r)
			continue
		}
		out = append(out, r+"="+strings.Join(vals, "|"))
	}
	sort.Strings(out)
	return out
}

// ParseExpectation parses one --expect value.
func ParseExpectation(s string) (Expectation, error) {
	rule, value, hasValue := strings.Cut(strings.ToLower(strings.TrimSpace(s)), "=")
	vals, ok := expectRules.Get()[rule]
	valid := strings.Join(ValidExpectations(), ", ")
	if !ok {
		return Expectation{}, fmt.Errorf("unknown expectation %q; valid rules: %s", s, valid)
	}
	if len(vals) == 0 {
		if hasValue {
			return Expectation{}, fmt.Errorf("expectation %s takes no value (got %q); valid rules: %s", rule, s, valid)
		}
		return Expectation{Rule: rule}, nil
	}
	if !hasValue {
		if rule == "mta-sts" {
			return Expectation{Rule: rule, Value: "enforce"}, nil
		}
		return Expectation{}, fmt.Errorf("expectation %s needs a value: %s=%s", rule, rule, strings.Join(vals, "|"))
	}
	for _, v := range vals {
		if v == value {
			return Expectation{Rule: rule, Value: value}, nil
		}
	}
	return Expectation{}, fmt.Errorf("expectation %s=%s: the value must be one of %s", rule, value, strings.Join(vals, ", "))
}

// evaluate checks e against a domain's findings and facts.
func (e Expectation) evaluate(res *Result) finding.Finding {
	f := finding.Finding{ID: "expect." + e.Rule, Target: finding.Target{Domain: res.Domain}}
	ok, why := e.met(res)
	if ok {
		f.Status = finding.Pass
		f.Summary = fmt.Sprintf("expectation %q met: %s", e.String(), why)
		return f
	}
	f.Status = finding.Fail
	f.Summary = fmt.Sprintf("expectation %q not met: %s", e.String(), why)
	f.Remediation = []string{e.remedy(res.Domain), "The " + e.Rule + " findings of this domain say what is wrong in detail"}
	if d := res.DMARC; e.Rule == "dmarc" && d != nil && d.Testing && dmarcRank(d.Published) >= dmarcRank(e.Value) {
		// The published policy is strong enough: testing mode lowers it.
		f.Remediation[0] = fmt.Sprintf("Remove t=y from _dmarc.%s once the aggregate reports show all legitimate mail passing: receivers apply one level below the published %s=%s while it is set (RFC 9989 §4.7)", d.PolicyDomain, d.Tag, d.Published)
	}
	if res.NXDomain {
		f.Remediation = []string{"Check the spelling of " + res.Domain + " and its delegation (NS records at the parent); see dns.error"}
	}
	return f
}

func (e Expectation) remedy(d string) string {
	switch e.Rule {
	case "dmarc":
		return fmt.Sprintf("Publish _dmarc.%s TXT \"v=DMARC1; p=%s; rua=mailto:<reports address>\" once the aggregate reports show all legitimate mail passing aligned SPF or DKIM", d, e.Value)
	case "mta-sts":
		return fmt.Sprintf("Serve a valid policy at https://mta-sts.%s/.well-known/mta-sts.txt with \"mode: %s\" and one mx line per MX host, publish _mta-sts.%s TXT \"v=STSv1; id=<new id>\", and give every MX host a publicly trusted certificate", d, e.Value, d)
	case "dane":
		return "Sign the zones of the domain and its MX hosts with DNSSEC and publish for each MX host a TLSA record matching its key (_25._tcp.<mx> TLSA 3 1 1 <SHA-256 of the public key>); check through a validating resolver"
	case "starttls":
		return "Offer STARTTLS on port 25 of every MX address, with TLS 1.2 or later"
	case "spf":
		return "Publish exactly one valid \"v=spf1 ... -all\" TXT record at " + d + " within the 10-lookup limit"
	case "dnssec":
		return "Sign " + d + " with DNSSEC at its DNS provider and publish the DS record at the registrar; check through a validating resolver"
	case "tlsrpt":
		return fmt.Sprintf("Publish _smtp._tls.%s TXT \"v=TLSRPTv1; rua=mailto:tls-reports@%s\"", d, d)
	}
	return "See the findings of this domain"
}

func (e Expectation) met(res *Result) (bool, string) {
	by := func(prefix string) []finding.Finding {
		var out []finding.Finding
		for _, f := range res.Findings {
			if strings.HasPrefix(f.ID, prefix) {
				out = append(out, f)
			}
		}
		return out
	}
	worstOf := func(fs []finding.Finding) (finding.Finding, bool) {
		var w finding.Finding
		found := false
		for _, f := range fs {
			if !found || f.Status.Rank() > w.Status.Rank() {
				w, found = f, true
			}
		}
		return w, found
	}
	if res.NXDomain {
		return false, "not evaluated: " + res.Domain + " does not exist (NXDOMAIN)"
	}
	switch e.Rule {
	case "dmarc":
		if res.DMARCPolicy == "" {
			if f, ok := worstOf(by("dmarc.")); ok && f.Status == finding.Fail {
				return false, f.Summary
			}
			return false, "no valid DMARC record"
		}
		if dmarcRank(res.DMARCPolicy) < dmarcRank(e.Value) {
			return false, fmt.Sprintf("the effective DMARC policy is %s (%s)", res.DMARCPolicy, res.DMARC.Describe())
		}
		return true, fmt.Sprintf("%s (%s)", res.DMARCPolicy, res.DMARC.Describe())
	case "mta-sts":
		m := res.MTASTS
		if m == nil || m.Policy == nil || m.LookupErr != nil || m.PolicyErr != nil {
			if f, ok := worstOf(by("mtasts.")); ok && f.Status != finding.Pass {
				return false, f.Summary
			}
			return false, "no valid MTA-STS policy"
		}
		if e.Value == "enforce" && m.Policy.Mode != "enforce" || e.Value == "testing" && m.Policy.Mode == "none" {
			return false, "the policy mode is " + string(m.Policy.Mode)
		}
		for _, f := range by("mtasts.") {
			if f.Status == finding.Fail || (f.ID == "mtasts.mx.mismatch" && f.Status != finding.Pass) {
				return false, f.Summary
			}
		}
		return true, "mode " + string(m.Policy.Mode)
	case "dane":
		if len(res.MXHosts) == 0 {
			return false, "no MX host to protect"
		}
		matched := map[string]bool{}
		for _, f := range res.Findings {
			switch f.ID {
			case "dane.none", "dane.unsigned", "dane.dns-error", "dane.mismatch", "dane.no-tls":
				return false, f.Target.String() + ": " + f.Summary
			case "dane.match":
				matched[f.Target.Host] = true
			}
			if f.ID == "dnssec.mx" && f.Status != finding.Pass {
				return false, f.Summary
			}
		}
		for _, h := range res.MXHosts {
			if !matched[h] && res.SMTPSkipped {
				return false, "certificates not matched against the TLSA records: SMTP checks skipped"
			}
			if !matched[h] {
				return false, h + ": no certificate was matched against its TLSA records (not reachable?)"
			}
		}
		return true, fmt.Sprintf("every MX host (%d) has DNSSEC-validated TLSA records matching its certificate", len(res.MXHosts))
	case "starttls":
		ok := 0
		for _, f := range res.Findings {
			if f.Target.Port != 25 {
				continue
			}
			switch f.ID {
			case "starttls.missing", "starttls.failed", "connect.failed", "tls.failed", "tls.version":
				return false, f.Target.String() + ": " + f.Summary
			case "starttls.ok":
				ok++
			}
		}
		if ok == 0 && res.SMTPSkipped {
			return false, "not checked: SMTP checks skipped"
		}
		if ok == 0 {
			return false, "no MX host was found offering STARTTLS on port 25"
		}
		return true, fmt.Sprintf("STARTTLS works on all %d MX address(es)", ok)
	case "spf":
		fs := by("spf.")
		if len(fs) == 0 {
			return false, "SPF was not checked"
		}
		if w, _ := worstOf(fs); w.Status == finding.Fail {
			return false, w.Summary
		}
		return true, "a valid SPF record"
	case "dnssec":
		if fs := by("dnssec."); len(fs) > 0 {
			return fs[0].Status == finding.Pass, fs[0].Summary
		}
		return false, "the MX answer was not checked"
	case "tlsrpt":
		fs := by("tlsrpt.")
		w, ok := worstOf(fs)
		if !ok {
			return false, "TLS-RPT was not checked"
		}
		if w.Status == finding.Warn || w.Status == finding.Fail {
			return false, w.Summary
		}
		for _, f := range fs {
			if f.Status == finding.Pass {
				return true, f.Summary
			}
		}
		return false, w.Summary
	}
	return false, "unknown rule"
}

func dmarcRank(p string) int {
	switch strings.ToLower(p) {
	case "reject":
		return 2
	case "quarantine":
		return 1
	case "none":
		return 0
	}
	return -1
}
