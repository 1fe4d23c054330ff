package dmarc

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/smtpgw/smtpgw/resolver"
)

// Verdict results (RFC 9989 §4.7 with RFC 8601's result names).
const (
	ResultPass      = "pass"
	ResultFail      = "fail"
	ResultNone      = "none" // no policy applies to the author domain
	ResultTempError = "temperror"
)

// AuthID is one authenticated identifier handed to Evaluate: the SPF
// domain (the MAIL FROM domain, or the HELO name for the null sender) or
// the d= of one DKIM signature, with its result.
type AuthID struct {
	Method string `json:"method"` // "spf" or "dkim"
	Domain string `json:"domain"`
	Result string `json:"result"` // pass, fail, none, ... as the method gave it
	// Aligned and Mode are filled in by Evaluate: whether the identifier is
	// aligned with the author domain under Mode ("r" relaxed, "s" strict).
	Aligned bool   `json:"aligned"`
	Mode    string `json:"mode,omitempty"`
	Err     string `json:"error,omitempty"` // an alignment test that failed on DNS
}

// Verdict is the DMARC evaluation of one message: the author domain's
// policy, which identifiers align with it, the result and what a receiver
// applying the policy does with the message.
type Verdict struct {
	FromDomain string   `json:"from_domain"`
	Result     string   `json:"result"` // ResultPass, ResultFail, ResultNone, ResultTempError
	IDs        []AuthID `json:"identifiers"`
	// Policy is the record that applies (nil with ResultNone or
	// ResultTempError when nothing was found).
	Policy *Result `json:"-"`
	// Record is the policy record as published, PolicyDomain where.
	Record       string `json:"record,omitempty"`
	PolicyDomain string `json:"policy_domain,omitempty"`
	PolicyTag    string `json:"policy_tag,omitempty"` // p, sp or np
	Published    string `json:"published_policy,omitempty"`
	// Disposition is what an RFC 9989 receiver applying the policy does:
	// none for a passing message (or no policy), else the effective policy
	// (one level lower in testing mode t=y).
	Disposition string `json:"disposition"`
	// Pct is the removed pct= tag when present (RFC 7489 receivers apply
	// the policy to that share of failing mail and the next lower one to
	// the rest); 0 when absent.
	Pct    int    `json:"pct,omitempty"`
	Reason string `json:"reason"`
}

// Evaluate computes the DMARC result for a message whose RFC 5322 From
// domain is fromDomain, given the authenticated identifiers ids (RFC 9989
// §4.4: an identifier counts when its method passed and its domain is
// aligned with the author domain under the record's aspf=/adkim=). The
// policy is discovered with Lookup; a DNS failure gives ResultTempError.
// ids are copied, their Aligned and Mode filled in.
func Evaluate(ctx context.Context, r *resolver.Resolver, fromDomain string, ids []AuthID) *Verdict {
	fromDomain = normalize(fromDomain)
	v := &Verdict{FromDomain: fromDomain, IDs: append([]AuthID(nil), ids...), Disposition: PolicyNone}
	res, err := Lookup(ctx, r, fromDomain)
	v.Policy = res
	switch {
	case errors.Is(err, ErrNoRecord):
		v.Result = ResultNone
		v.Reason = "no DMARC record applies to " + fromDomain + " (nor to its organizational or public suffix domain)"
	case err != nil:
		v.Result = ResultTempError
		v.Reason = "the DMARC record of " + fromDomain + " could not be looked up: " + err.Error()
	case res.Published == "":
		v.Result = ResultNone
		v.Reason = "the DMARC record at " + res.Fetched.Name + " is invalid and receivers ignore it"
	}
	if res != nil && res.Fetched != nil && len(res.Fetched.DMARC) == 1 {
		v.Record, v.PolicyDomain = res.Fetched.DMARC[0], res.Fetched.Domain
		v.PolicyTag, v.Published = res.PolicyTag, res.Published
		if res.Record != nil && res.Record.HasPct {
			v.Pct = res.Record.Pct
		}
	}
	if v.Result != "" {
		// Alignment is still worth reporting, relaxed, for the fix.
		for i := range v.IDs {
			v.align(ctx, r, &v.IDs[i], "r")
		}
		return v
	}
	passing := []string{}
	for i := range v.IDs {
		id := &v.IDs[i]
		mode := res.Record.ASPF
		if id.Method == "dkim" {
			mode = res.Record.ADKIM
		}
		v.align(ctx, r, id, mode)
		if id.Aligned && id.Result == "pass" {
			passing = append(passing, fmt.Sprintf("%s %s", strings.ToUpper(id.Method), id.Domain))
		}
	}
	if len(passing) > 0 {
		v.Result = ResultPass
		v.Reason = "aligned and passing: " + strings.Join(passing, ", ")
		return v
	}
	v.Result = ResultFail
	v.Disposition = res.Effective
	v.Reason = "no identifier both passes and is aligned with " + fromDomain
	return v
}

func (v *Verdict) align(ctx context.Context, r *resolver.Resolver, id *AuthID, mode string) {
	if mode == "" {
		mode = "r"
	}
	id.Mode = mode
	if id.Domain == "" {
		return
	}
	ok, err := Aligned(ctx, r, v.FromDomain, id.Domain, mode)
	id.Aligned = ok
	if err != nil {
		id.Err = err.Error()
	}
}
