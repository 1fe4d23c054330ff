package dmarc

import (
	"context"
	"errors"
	"strings"
	"sync"

	"github.com/miekg/dns"

	"github.com/smtpgw/smtpgw/resolver"
)

// Lookup errors.
var (
	ErrNoRecord = errors.New("no DMARC record")
)

// Fetched is the TXT answer at one _dmarc name.
type Fetched struct {
	Name   string // _dmarc.<domain>
	Domain string
	TXT    [][]string
	// DMARC holds the records that start with v=DMARC1; receivers discard
	// the other TXT records, and all of them when there is more than one
	// (RFC 9989 §4.10 step 2).
	DMARC []string
	// Record is the one DMARC record, parsed; nil when there is none or
	// more than one.
	Record *Record
	// Discarded are TXT records that look like a DMARC record but do not
	// start with v=DMARC1 exactly (v=dmarc1, "p=reject; v=DMARC1"):
	// receivers discard them as if they were absent.
	Discarded []*Record
	NXDomain  bool
	Err       error // DNS failure other than NXDOMAIN
	Answer    *resolver.Answer
}

// Found reports whether exactly one DMARC record is at the name.
func (f *Fetched) Found() bool { return f != nil && f.Record != nil }

// Evidence returns the answer records as received.
func (f *Fetched) Evidence() []string {
	if f == nil {
		return nil
	}
	if f.Err != nil {
		return []string{f.Err.Error()}
	}
	return f.Answer.Evidence(f.Name)
}

// fetch queries _dmarc.<domain>.
func fetch(ctx context.Context, r *resolver.Resolver, domain string) *Fetched {
	f := &Fetched{Domain: domain, Name: "_dmarc." + domain}
	txts, ans, err := r.TXT(ctx, f.Name)
	f.Answer = ans
	if err != nil {
		if resolver.IsNXDomain(err) {
			f.NXDomain = true
		} else {
			f.Err = err
		}
		return f
	}
	f.TXT = txts
	for _, t := range txts {
		s := strings.Join(t, "")
		rec := Parse(s)
		switch {
		case rec.IsDMARC():
			f.DMARC = append(f.DMARC, s)
			if len(f.DMARC) == 1 {
				f.Record = rec
			} else {
				f.Record = nil
			}
		case strings.Contains(strings.ToLower(s), "dmarc"):
			f.Discarded = append(f.Discarded, rec)
		}
	}
	return f
}

// OrgRule says how the DNS Tree Walk determined the Organizational Domain
// (RFC 9989 §4.10.2).
type OrgRule string

const (
	// OrgPSDNo: a record with psd=n declares its domain an
	// Organizational Domain.
	OrgPSDNo OrgRule = "psd=n"
	// OrgBelowPSD: the domain one label below a record with psd=y.
	OrgBelowPSD OrgRule = "psd=y"
	// OrgHighest: the record found at the name with the fewest labels.
	OrgHighest OrgRule = "highest record"
	// OrgNoRecord: the walk found no record; the domain is its own
	// Organizational Domain.
	OrgNoRecord OrgRule = "no record"
)

// Walk is the DNS Tree Walk of RFC 9989 §4.10 from one domain.
type Walk struct {
	Start string
	Steps []*Fetched // the queries made, in order
	// Skipped are the names between the start and the first shortened
	// target that the walk does not query: a domain of more than eight
	// labels jumps to its last seven (§4.10 step 4).
	Skipped []string
	// Stop says why the walk ended before the top-level domain: a record
	// with psd=y or psd=n, or a DNS failure; "" when it reached the top.
	Stop string
	// OrgDomain is the Organizational Domain selected by §4.10.2, OrgRule
	// how, and OrgFrom the domain whose record decided it ("" for
	// OrgNoRecord).
	OrgDomain string
	OrgRule   OrgRule
	OrgFrom   string
	// PSD is the record with psd=y the walk stopped at, when any (not the
	// start's own).
	PSD *Fetched
	// Err is the first DNS failure; the walk stopped there and the
	// Organizational Domain is what the records before it give.
	Err error
}

// Step returns the walk's query for domain, nil when it was not queried.
func (w *Walk) Step(domain string) *Fetched {
	for _, s := range w.Steps {
		if s.Domain == domain {
			return s
		}
	}
	return nil
}

// Evidence returns the answers of every query of the walk.
func (w *Walk) Evidence() []string {
	var ev []string
	for _, s := range w.Steps {
		ev = append(ev, s.Evidence()...)
	}
	return ev
}

// WalkNames returns the names the DNS Tree Walk queries for domain, in
// order, and the names it skips: the domain, then, if it has more than
// eight labels, its last seven, then one label less each time down to the
// top-level domain. Never more than MaxWalkQueries names.
func WalkNames(domain string) (names, skipped []string) {
	domain = normalize(domain)
	labels := strings.Split(domain, ".")
	names = []string{domain}
	n := len(labels) - 1
	if n >= MaxWalkQueries {
		for k := n; k >= MaxWalkQueries; k-- {
			skipped = append(skipped, strings.Join(labels[len(labels)-k:], "."))
		}
		n = MaxWalkQueries - 1
	}
	for k := n; k >= 1; k-- {
		names = append(names, strings.Join(labels[len(labels)-k:], "."))
	}
	return names, skipped
}

// TreeWalk performs the DNS Tree Walk from domain (RFC 9989 §4.10) and
// selects the Organizational Domain (§4.10.2). It stops at a record with
// psd=y or psd=n, at the top-level domain, or at the first DNS failure
// (Walk.Err).
func TreeWalk(ctx context.Context, r *resolver.Resolver, domain string) *Walk {
	domain = normalize(domain)
	names, skipped := WalkNames(domain)
	w := &Walk{Start: domain, Skipped: skipped}
	for _, name := range names {
		f := fetch(ctx, r, name)
		w.Steps = append(w.Steps, f)
		if f.Err != nil {
			w.Err = f.Err
			w.Stop = "DNS failure at " + f.Name
			break
		}
		if f.Found() && (f.Record.PSD == "y" || f.Record.PSD == "n") {
			w.Stop = "psd=" + f.Record.PSD + " at " + f.Name
			break
		}
	}
	w.selectOrg()
	return w
}

// selectOrg applies §4.10.2 to the records found, longest name first.
func (w *Walk) selectOrg() {
	var highest *Fetched
	for i, s := range w.Steps {
		if !s.Found() {
			continue
		}
		switch {
		case s.Record.PSD == "n":
			w.OrgDomain, w.OrgRule, w.OrgFrom = s.Domain, OrgPSDNo, s.Domain
			return
		case s.Record.PSD == "y" && i > 0:
			w.PSD = s
			w.OrgDomain, w.OrgRule, w.OrgFrom = oneBelow(w.Start, s.Domain), OrgBelowPSD, s.Domain
			return
		}
		highest = s
	}
	if highest != nil {
		w.OrgDomain, w.OrgRule, w.OrgFrom = highest.Domain, OrgHighest, highest.Domain
		return
	}
	w.OrgDomain, w.OrgRule = w.Start, OrgNoRecord
}

// oneBelow returns the name one label below parent on the way to start:
// oneBelow("a.b.example.test", "test") = "example.test".
func oneBelow(start, parent string) string {
	if start == parent {
		return start
	}
	rest := strings.TrimSuffix(start, "."+parent)
	return rest[strings.LastIndexByte(rest, '.')+1:] + "." + parent
}

// OrgDomain returns the Organizational Domain of domain by the DNS Tree
// Walk (RFC 9989 §4.10.2), with the walk. When the walk hit a DNS failure
// the domain is what the records before it give, and the walk's Err is
// returned.
func OrgDomain(ctx context.Context, r *resolver.Resolver, domain string) (string, *Walk, error) {
	w := TreeWalk(ctx, r, domain)
	return w.OrgDomain, w, w.Err
}

// Aligned reports whether the authenticated identifier id (an SPF or DKIM
// domain) is aligned with the author domain (RFC 9989 §4.4): identical
// under strict alignment (mode "s"), the same Organizational Domain by the
// DNS Tree Walk under relaxed alignment (any other mode).
func Aligned(ctx context.Context, r *resolver.Resolver, author, id, mode string) (bool, error) {
	author, id = normalize(author), normalize(id)
	if author == id {
		return true, nil
	}
	if mode == "s" {
		return false, nil
	}
	var oa, oi string
	var ea, ei error
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); oa, _, ea = OrgDomain(ctx, r, author) }()
	go func() { defer wg.Done(); oi, _, ei = OrgDomain(ctx, r, id) }()
	wg.Wait()
	if ea != nil {
		return false, ea
	}
	if ei != nil {
		return false, ei
	}
	return oa == oi, nil
}

// Rule says which record of RFC 9989 §4.10.1 applies to a domain.
type Rule string

const (
	RuleDomain Rule = "domain" // the domain's own record, its p=
	RuleOrg    Rule = "org"    // the Organizational Domain's record, its sp= or np=
	RulePSD    Rule = "psd"    // the Public Suffix Domain's record (psd=y), its sp= or np=
)

// Existence is the outcome of the existence test that chooses between sp=
// and np= (RFC 9989 §3.2.13: a domain is non-existent when A, AAAA and MX
// all answer NXDOMAIN or no records).
type Existence struct {
	Exists   bool
	Known    bool // false when a query failed: receivers may treat it either way
	Evidence []string
}

// Legacy is what a receiver that still follows RFC 7489 applies: the
// domain's record, else the record of its Organizational Domain by the
// Public Suffix List, whose sp= (else p=) applies; no psd=, np= or t=.
type Legacy struct {
	OrgDomain string   // by the Public Suffix List
	Fetched   *Fetched // where it finds the record; nil when none
	Fallback  bool     // the record is the org domain's
	Multiple  bool     // more than one record where it looked: no DMARC at all (RFC 7489 §6.6.3)
	Effective string   // the policy it applies; "" when none
	Err       error
}

// Result is the policy that applies to a domain.
type Result struct {
	Domain string // the domain asked about
	Walk   *Walk  // the DNS Tree Walk from Domain
	// OrgDomain is Domain's Organizational Domain by the walk, OrgRule how
	// it was found.
	OrgDomain string
	OrgRule   OrgRule
	// Rule says which record applies, Fetched where it was found, Record
	// the record; Rule is "" and Fetched nil when none applies.
	Rule    Rule
	Fetched *Fetched
	Record  *Record
	Tried   []*Fetched // every query of the walk
	// Existence is set when the record is inherited (sp= or np=).
	Existence *Existence
	// PolicyTag is the tag the policy comes from (p, sp or np; the tag
	// the default came from is not named: sp= absent means p=).
	PolicyTag string
	// Published is the policy receivers take from the record: the tag's
	// value with defaults filled in, "none" for a record without a valid
	// policy but with a valid rua= (§4.10.1), "" when the record is
	// ignored.
	Published string
	// Effective is what receivers apply to failing mail: Published, one
	// level lower in testing mode (t=y); "" when no policy applies.
	Effective string
	// Lenient is what a receiver that ignores the record's errors would
	// apply; "" without one.
	Lenient string
	Legacy  Legacy
}

// Testing reports whether the applied record asks for testing mode (t=y)
// with a policy it lowers.
func (r *Result) Testing() bool {
	return r.Record != nil && r.Record.Testing && r.Published != "" && r.Published != PolicyNone
}

// Lookup discovers the DMARC policy of domain (RFC 9989 §4.10.1): the
// domain's own record, else the record of its Organizational Domain, else
// that of its Public Suffix Domain, both found by the DNS Tree Walk. It
// returns ErrNoRecord or a *resolver.Error (receivers would give
// temperror); the Result is always non-nil and says what was found.
func Lookup(ctx context.Context, r *resolver.Resolver, domain string) (*Result, error) {
	domain = normalize(domain)
	w := TreeWalk(ctx, r, domain)
	res := &Result{Domain: domain, Walk: w, Tried: w.Steps, OrgDomain: w.OrgDomain, OrgRule: w.OrgRule}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); res.Legacy = legacy(ctx, r, domain, w) }()
	defer wg.Wait()

	first := w.Steps[0]
	switch {
	case first.Err != nil:
		return res, first.Err
	case first.Found():
		res.Rule, res.Fetched = RuleDomain, first
	case w.Err != nil:
		// The inherited record depends on what the failed query hides.
		return res, w.Err
	default:
		if o := w.Step(w.OrgDomain); o.Found() && w.OrgDomain != domain {
			res.Rule, res.Fetched = RuleOrg, o
		} else if w.PSD != nil {
			res.Rule, res.Fetched = RulePSD, w.PSD
		}
	}
	if res.Fetched == nil {
		return res, ErrNoRecord
	}
	rec := res.Fetched.Record
	res.Record = rec
	p, sp, np, _ := rec.Policies()
	lp, lsp, lnp := rec.Policy, rec.SubdomainPolicy, rec.NonexistentPolicy
	if lsp == "" {
		lsp = lp
	}
	if lnp == "" {
		lnp = lsp
	}
	if res.Rule == RuleDomain {
		res.PolicyTag, res.Published, res.Lenient = "p", p, lp
	} else {
		e := exists(ctx, r, domain)
		res.Existence = &e
		if e.Exists || !e.Known {
			res.PolicyTag, res.Published, res.Lenient = "sp", sp, lsp
		} else {
			res.PolicyTag, res.Published, res.Lenient = "np", np, lnp
		}
	}
	res.Effective = res.Published
	if res.Testing() {
		res.Effective = Lower(res.Published)
	}
	return res, nil
}

// exists runs the existence test of RFC 9989 §3.2.13.
func exists(ctx context.Context, r *resolver.Resolver, domain string) Existence {
	types := []uint16{dns.TypeA, dns.TypeAAAA, dns.TypeMX}
	answers := make([]*resolver.Answer, len(types))
	errs := make([]error, len(types))
	var wg sync.WaitGroup
	for i, t := range types {
		wg.Add(1)
		go func() { defer wg.Done(); answers[i], errs[i] = r.Query(ctx, domain, t) }()
	}
	wg.Wait()
	e := Existence{Known: true}
	for i, t := range types {
		switch err := errs[i]; {
		case err == nil && len(answers[i].Records) > 0:
			e.Exists = true
		case err != nil && !resolver.IsNXDomain(err):
			e.Known = false
			e.Evidence = append(e.Evidence, domain+" "+dns.TypeToString[t]+": "+err.Error())
			continue
		}
		e.Evidence = append(e.Evidence, answers[i].Evidence(domain)...)
	}
	if e.Exists {
		e.Known = true
	}
	return e
}

// legacy computes what an RFC 7489 receiver applies (§6.6.3).
func legacy(ctx context.Context, r *resolver.Resolver, domain string, w *Walk) Legacy {
	l := Legacy{OrgDomain: PSLOrgDomain(domain)}
	f := w.Steps[0]
	if f.Err != nil {
		l.Err = f.Err
		return l
	}
	if len(f.DMARC) == 0 && l.OrgDomain != domain {
		if f = w.Step(l.OrgDomain); f == nil {
			f = fetch(ctx, r, l.OrgDomain)
		}
		if f.Err != nil {
			l.Err = f.Err
			return l
		}
		l.Fallback = true
	}
	switch {
	case len(f.DMARC) > 1:
		l.Multiple, l.Fetched = true, f
	case f.Found():
		l.Fetched = f
		p, sp, _, _ := f.Record.Policies()
		l.Effective = p
		if l.Fallback {
			l.Effective = sp
		}
	}
	return l
}
