package spf

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"

	"github.com/miekg/dns"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/resolver"
)

// Results of check_host() (RFC 7208 §2.6).
const (
	None      = "none"
	Neutral   = "neutral"
	Pass      = "pass"
	Fail      = "fail"
	SoftFail  = "softfail"
	TempError = "temperror"
	PermError = "permerror"
)

// Identities that check_host() is run for (RFC 7208 §2.3, §2.4).
const (
	IdentityMailFrom = "mailfrom"
	IdentityHELO     = "helo"
)

// Evaluation is the result of check_host() for one client address.
type Evaluation struct {
	IP       net.IP
	Identity string // IdentityMailFrom or IdentityHELO
	Sender   string // the <sender> of check_host(): the MAIL FROM, or postmaster@<domain> (§2.4, §4.3)
	HELO     string
	Domain   string
	Result   string // None, Neutral, Pass, Fail, SoftFail, TempError, PermError (§2.6)
	// Explanation is the domain's exp= text for a fail (§6.2), macros
	// expanded; "" when the record has none or it could not be used.
	Explanation string
	Reason      string // why: "matched ip4:192.0.2.0/24", "lookup limit of 10 exceeded", ...
	Queries     int    // DNS queries the evaluation made
	Lookups     int    // DNS-querying terms counted against the limit of 10 (§4.6.4)
	Trace       []string
	Finding     finding.Finding

	decided  []string // terms that decided the result, outermost first
	evidence []string // the checked domain's TXT answer
}

// Evaluate runs check_host() (RFC 7208 §4) for ip sending MAIL FROM
// sender after HELO helo, querying through r, and explains the result as
// the finding "spf.eval". An empty sender (the null reverse-path) is
// evaluated as postmaster@helo (§2.4); a sender without a local-part
// ("@example.test") as postmaster@example.test (§4.3).
func Evaluate(ctx context.Context, r *resolver.Resolver, ip net.IP, sender, helo string) *Evaluation {
	local, domain := "", ""
	if i := strings.LastIndexByte(sender, '@'); i >= 0 {
		local, domain = sender[:i], sender[i+1:]
	} else {
		domain = sender
	}
	if sender == "" {
		domain = helo
	}
	if local == "" {
		local = "postmaster"
	}
	return run(ctx, r, ip, IdentityMailFrom, local, domain, helo)
}

// EvaluateHELO runs check_host() for the HELO identity (RFC 7208 §2.3):
// the domain is the HELO name and the sender postmaster@<HELO name>. A
// HELO name that is an address literal ("[192.0.2.1]") or otherwise not a
// domain name gives none: there is no record to consult (§4.3).
func EvaluateHELO(ctx context.Context, r *resolver.Resolver, ip net.IP, helo string) *Evaluation {
	return run(ctx, r, ip, IdentityHELO, "postmaster", helo, helo)
}

func run(ctx context.Context, r *resolver.Resolver, ip net.IP, identity, local, domain, helo string) *Evaluation {
	domain = strings.TrimSuffix(domain, ".")
	ev := &Evaluation{IP: ip, Identity: identity, Sender: local + "@" + domain, HELO: helo, Domain: domain}
	e := &evaluator{ctx: ctx, r: r, ev: ev, local: local, senderDomain: domain}
	if ip4 := ip.To4(); ip4 != nil {
		e.ip = netip.AddrFrom4([4]byte(ip4))
	} else if a, ok := netip.AddrFromSlice(ip); ok {
		e.ip = a
	}
	res := e.checkHost(domain, 0, true)
	ev.Result, ev.Reason, ev.decided = res.result, res.reason, res.chain
	if res.result == Fail {
		ev.Explanation = res.exp
	}
	ev.Lookups = e.lookups
	ev.Finding = ev.finding()
	return ev
}

// evaluator is one check_host() evaluation with its counters.
type evaluator struct {
	ctx          context.Context
	r            *resolver.Resolver
	ev           *Evaluation
	ip           netip.Addr
	local        string // local-part of the sender
	senderDomain string
	lookups      int      // DNS-querying terms (§4.6.4)
	voids        int      // void lookups (§4.6.4)
	ptrDone      bool     // ptrNames looked up, for the "p" macro
	ptrNames     []string // validated host names of the client
}

// outcome is the result of one check_host() level.
type outcome struct {
	result, reason string
	exp            string   // explanation, for fail
	chain          []string // deciding terms
}

func (e *evaluator) tracef(f string, a ...any) {
	if len(e.ev.Trace) < 200 {
		e.ev.Trace = append(e.ev.Trace, fmt.Sprintf(f, a...))
	}
}

// termError is a DNS failure or limit that ends the evaluation.
type termError struct {
	result string // TempError or PermError
	msg    string
}

func (t *termError) Error() string { return t.msg }

func temp(err error) *termError { return &termError{TempError, err.Error()} }

func perm(f string, a ...any) *termError { return &termError{PermError, fmt.Sprintf(f, a...)} }

// domainProblem reports why d cannot be the <domain> of check_host(): not
// a multi-label name, an address literal, an empty label or one over 63
// octets, over 253 octets (RFC 7208 §4.3). "" when it can.
func domainProblem(d string) string {
	d = strings.TrimSuffix(d, ".")
	switch {
	case d == "":
		return "empty domain"
	case strings.HasPrefix(d, "["):
		return fmt.Sprintf("%q is an address literal, not a domain name", d)
	case !strings.Contains(d, "."):
		return fmt.Sprintf("%q is not a fully qualified domain name", d)
	case len(d) > 253:
		return fmt.Sprintf("%q is longer than 253 octets", d)
	}
	for _, l := range strings.Split(d, ".") {
		if l == "" {
			return fmt.Sprintf("%q has an empty label", d)
		}
		if len(l) > 63 {
			return fmt.Sprintf("%q has a label longer than 63 octets", d)
		}
	}
	return ""
}

// qname turns a domain (raw octets, as expanded from a record) into the
// presentation form the resolver takes, escaping what miekg/dns would
// otherwise interpret.
func qname(d string) string {
	if !strings.ContainsAny(d, `\"();@$`) {
		return d
	}
	var b strings.Builder
	for i := 0; i < len(d); i++ {
		if strings.IndexByte(`\"();@$`, d[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(d[i])
	}
	return b.String()
}

// checkHost is check_host(<ip>, domain, <sender>) (RFC 7208 §4).
func (e *evaluator) checkHost(domain string, depth int, top bool) outcome {
	domain = strings.TrimSuffix(domain, ".")
	if p := domainProblem(domain); p != "" {
		return outcome{result: None, reason: p + " (RFC 7208 §4.3)"}
	}
	e.ev.Queries++
	txts, ans, err := e.r.TXT(e.ctx, qname(domain))
	if top {
		switch {
		case ans != nil:
			e.ev.evidence = ans.Evidence(domain)
		case err != nil:
			e.ev.evidence = []string{domain + " TXT: " + err.Error()}
		}
	}
	if err != nil {
		switch {
		case resolver.IsNXDomain(err):
			return outcome{result: None, reason: domain + " does not exist (NXDOMAIN)"}
		case resolver.IsBadName(err):
			return outcome{result: None, reason: err.Error()}
		}
		return outcome{result: TempError, reason: err.Error()}
	}
	var recs []string
	for _, t := range txts {
		if s := strings.Join(t, ""); IsSPF(s) {
			recs = append(recs, s)
		}
	}
	switch len(recs) {
	case 0:
		return outcome{result: None, reason: "no SPF record at " + domain}
	case 1:
	default:
		return outcome{result: PermError, reason: fmt.Sprintf("%d SPF records at %s (RFC 7208 §4.5)", len(recs), domain)}
	}
	e.tracef("%s: %s", domain, recs[0])
	rec, err := Parse(recs[0])
	if err != nil {
		var se SyntaxErrors
		if errors.As(err, &se) {
			return outcome{result: PermError, reason: "syntax error in the record of " + domain + ": " + se[0].Error(), chain: []string{se[0].Term}}
		}
		return outcome{result: PermError, reason: "record of " + domain + ": " + err.Error()}
	}

	for _, d := range rec.Directives {
		if d.Lookup() {
			if err := e.count(d.Text); err != nil {
				return outcome{result: err.result, reason: err.msg, chain: []string{d.Text}}
			}
		}
		match, sub, terr := e.mechanism(d, domain, depth)
		if terr != nil {
			e.tracef("%q %s: %s", d.Text, terr.result, terr.msg)
			o := outcome{result: terr.result, reason: terr.msg, chain: []string{d.Text}}
			if sub != nil {
				o.chain = append(o.chain, sub.chain...)
			}
			return o
		}
		if !match {
			continue
		}
		o := outcome{result: qualifierResult(d.Qualifier), reason: "matched " + d.Text, chain: []string{d.Text}}
		if sub != nil {
			o.chain = append(o.chain, sub.chain...)
			o.reason = "matched " + d.Text + " (" + sub.reason + ")"
		}
		e.tracef("%q matched: %s", d.Text, o.result)
		if o.result == Fail {
			o.exp = e.explanation(rec, domain)
		}
		return o
	}
	if rec.Redirect != "" && rec.All() == nil {
		term := "redirect=" + rec.Redirect
		if err := e.count(term); err != nil {
			return outcome{result: err.result, reason: err.msg, chain: []string{term}}
		}
		target, err := e.expand(rec.Redirect, domain, false)
		if err != nil {
			return outcome{result: PermError, reason: term + ": " + err.Error(), chain: []string{term}}
		}
		target = truncateDomain(target)
		if depth >= MaxDepth {
			return outcome{result: PermError, reason: term + ": nested deeper than " + itoa(MaxDepth) + " levels", chain: []string{term}}
		}
		sub := e.checkHost(target, depth+1, false)
		o := outcome{result: sub.result, reason: sub.reason, exp: sub.exp, chain: append([]string{term}, sub.chain...)}
		if sub.result == None {
			// §6.1: a redirect to a domain without a record is a permerror.
			o.result, o.reason = PermError, term+": "+sub.reason
		}
		return o
	}
	return outcome{result: Neutral, reason: "no mechanism matched; the default is neutral (RFC 7208 §4.7)"}
}

// count spends one of the 10 DNS-querying terms (§4.6.4).
func (e *evaluator) count(term string) *termError {
	e.lookups++
	if e.lookups > LookupLimit {
		return perm("more than %d DNS-querying terms: lookup limit exceeded at %s (RFC 7208 §4.6.4)", LookupLimit, term)
	}
	return nil
}

// void records a lookup that answered NXDOMAIN or nothing (§4.6.4).
func (e *evaluator) void(term string) *termError {
	e.voids++
	if e.voids > VoidLookupLimit {
		return perm("more than %d void DNS lookups: limit exceeded at %s (RFC 7208 §4.6.4)", VoidLookupLimit, term)
	}
	return nil
}

func qualifierResult(q byte) string {
	switch q {
	case '-':
		return Fail
	case '~':
		return SoftFail
	case '?':
		return Neutral
	}
	return Pass
}

// target expands a mechanism's domain-spec, or returns the current domain.
func (e *evaluator) target(d Directive, domain string) (string, *termError) {
	if d.DomainSpec == "" {
		return domain, nil
	}
	t, err := e.expand(d.DomainSpec, domain, false)
	if err != nil {
		return "", perm("%s: %v", d.Text, err)
	}
	return truncateDomain(t), nil
}

// mechanism evaluates one mechanism (RFC 7208 §5). sub is the included
// evaluation for include.
func (e *evaluator) mechanism(d Directive, domain string, depth int) (bool, *outcome, *termError) {
	switch d.Mechanism {
	case MechAll:
		return true, nil, nil
	case MechIP4, MechIP6:
		return d.Prefix.Contains(e.ip), nil, nil
	case MechInclude:
		t, terr := e.target(d, domain)
		if terr != nil {
			return false, nil, terr
		}
		if depth >= MaxDepth {
			return false, nil, perm("%s: nested deeper than %d levels", d.Text, MaxDepth)
		}
		sub := e.checkHost(t, depth+1, false)
		switch sub.result {
		case Pass:
			return true, &sub, nil
		case Fail, SoftFail, Neutral:
			return false, nil, nil
		case TempError:
			return false, &sub, &termError{TempError, d.Text + ": " + sub.reason}
		case None:
			// §5.2: an included domain without a record is a permerror.
			return false, &sub, perm("%s: %s", d.Text, sub.reason)
		default:
			return false, &sub, &termError{PermError, d.Text + ": " + sub.reason}
		}
	case MechA:
		t, terr := e.target(d, domain)
		if terr != nil {
			return false, nil, terr
		}
		ips, terr := e.addrs(d.Text, t, e.ip.Is4(), true)
		if terr != nil {
			return false, nil, terr
		}
		return e.matchAny(ips, d), nil, nil
	case MechMX:
		t, terr := e.target(d, domain)
		if terr != nil {
			return false, nil, terr
		}
		if domainProblem(t) != "" {
			return false, nil, nil
		}
		e.ev.Queries++
		mxs, _, err := e.r.MX(e.ctx, qname(t))
		switch {
		case err == nil && len(mxs) == 0, resolver.IsNXDomain(err), resolver.IsBadName(err):
			return false, nil, e.void(d.Text)
		case err != nil:
			return false, nil, temp(err)
		}
		if len(mxs) > MXNameLimit {
			return false, nil, perm("%s: %d MX names, more than %d (RFC 7208 §4.6.4)", d.Text, len(mxs), MXNameLimit)
		}
		for _, mx := range mxs {
			host := strings.TrimSuffix(mx.Mx, ".")
			if host == "" {
				continue // null MX (RFC 7505)
			}
			ips, terr := e.addrs(d.Text, resolver.Unescape(host), e.ip.Is4(), false)
			if terr != nil {
				return false, nil, terr
			}
			if e.matchAny(ips, d) {
				return true, nil, nil
			}
		}
		return false, nil, nil
	case MechPTR:
		t, terr := e.target(d, domain)
		if terr != nil {
			return false, nil, terr
		}
		for _, n := range e.validatedNames() {
			if strings.EqualFold(n, t) || hasSuffixFold(n, "."+t) {
				return true, nil, nil
			}
		}
		return false, nil, nil
	case MechExists:
		t, terr := e.target(d, domain)
		if terr != nil {
			return false, nil, terr
		}
		ips, terr := e.addrs(d.Text, t, true, true)
		if terr != nil {
			return false, nil, terr
		}
		return len(ips) > 0, nil, nil
	}
	return false, nil, perm("unknown mechanism %q", d.Mechanism)
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// addrs looks up the A (v4) or AAAA records of name. An unusable name or
// NXDOMAIN or no records is a void lookup when void is set; timeouts and
// SERVFAIL are temperror.
func (e *evaluator) addrs(term, name string, v4, void bool) ([]netip.Addr, *termError) {
	if domainProblem(name) != "" {
		if void {
			return nil, e.void(term)
		}
		return nil, nil
	}
	qt := dns.TypeAAAA
	if v4 {
		qt = dns.TypeA
	}
	e.ev.Queries++
	ans, err := e.r.Query(e.ctx, qname(name), qt)
	if err != nil {
		if resolver.IsNXDomain(err) || resolver.IsBadName(err) {
			if void {
				return nil, e.void(term)
			}
			return nil, nil
		}
		return nil, temp(err)
	}
	var out []netip.Addr
	for _, rr := range ans.Records {
		switch v := rr.(type) {
		case *dns.A:
			if a, ok := netip.AddrFromSlice(v.A.To4()); ok {
				out = append(out, a)
			}
		case *dns.AAAA:
			if a, ok := netip.AddrFromSlice(v.AAAA.To16()); ok {
				out = append(out, a)
			}
		}
	}
	if len(out) == 0 && void {
		return nil, e.void(term)
	}
	return out, nil
}

// matchAny reports whether the client address is in one of ips under the
// mechanism's CIDR lengths (§5.6).
func (e *evaluator) matchAny(ips []netip.Addr, d Directive) bool {
	for _, a := range ips {
		if a.Is4() != e.ip.Is4() {
			continue
		}
		bits := a.BitLen()
		if a.Is4() && d.IP4CIDR >= 0 {
			bits = d.IP4CIDR
		}
		if a.Is6() && d.IP6CIDR >= 0 {
			bits = d.IP6CIDR
		}
		if p, err := a.Prefix(bits); err == nil && p.Contains(e.ip) {
			return true
		}
	}
	return false
}

// validatedNames returns the client's validated host names (RFC 7208
// §5.5): the first PTRNameLimit names of its PTR records whose A or AAAA
// records include the address. DNS errors only leave names out.
func (e *evaluator) validatedNames() []string {
	e.ev.Queries++
	names, _, err := e.r.PTR(e.ctx, e.ip.AsSlice())
	if err != nil {
		return nil
	}
	var out []string
	for i, n := range names {
		if i >= PTRNameLimit {
			break
		}
		n = strings.TrimSuffix(resolver.Unescape(n), ".")
		ips, terr := e.addrs("ptr", n, e.ip.Is4(), false)
		if terr != nil {
			continue
		}
		for _, a := range ips {
			if a == e.ip {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// explanation fetches and expands the exp= text of rec (§6.2). Any
// problem (a bad domain, a DNS error, not exactly one TXT record, a
// syntax error in the text) leaves the explanation empty.
func (e *evaluator) explanation(rec *Record, domain string) string {
	if rec.Explanation == "" {
		return ""
	}
	name, err := e.expand(rec.Explanation, domain, false)
	if err != nil {
		return ""
	}
	name = truncateDomain(name)
	if domainProblem(name) != "" {
		return ""
	}
	e.ev.Queries++
	txts, _, err := e.r.TXT(e.ctx, qname(name))
	if err != nil || len(txts) != 1 {
		return ""
	}
	text := strings.Join(txts[0], "")
	for i := 0; i < len(text); i++ {
		if text[i] < 0x20 || text[i] > 0x7e {
			return "" // explain-string is US-ASCII (§6.2, §7.1)
		}
	}
	out, err := e.expand(text, domain, true)
	if err != nil {
		return ""
	}
	return out
}

// truncateDomain drops leading labels of an expanded domain until it is
// at most 253 octets (§7.3), and a trailing dot.
func truncateDomain(d string) string {
	d = strings.TrimSuffix(d, ".")
	for len(d) > 253 {
		i := strings.IndexByte(d, '.')
		if i < 0 {
			break
		}
		d = d[i+1:]
	}
	return d
}

// Deciding returns the terms that decided the result, outermost first, as
// "include:_spf.example.test", "ip4:192.0.2.0/24"; the last is the term
// that matched or failed. Empty when no term decided (none, or the
// default neutral).
func (ev *Evaluation) Deciding() []string { return ev.decided }

func (ev *Evaluation) finding() finding.Finding {
	f := finding.Finding{ID: "spf.eval", Target: finding.Target{Domain: ev.Domain, Addr: ev.IP.String()}, Remediation: []string{}, Evidence: ev.evidence}
	who := fmt.Sprintf("%s sending as %s", ev.IP, ev.Sender)
	if ev.Identity == IdentityHELO {
		f.ID = "spf.eval-helo"
		who = fmt.Sprintf("%s greeting as HELO %s", ev.IP, ev.HELO)
	}
	why := ""
	if ev.Reason != "" {
		why = " (" + ev.Reason + ")"
	}
	switch ev.Result {
	case Pass:
		f.Status = finding.Pass
		f.Summary = fmt.Sprintf("SPF pass: %s is authorised by %s%s", who, ev.Domain, why)
	case SoftFail:
		f.Status = finding.Warn
		f.Summary = fmt.Sprintf("SPF softfail: %s is not authorised by %s, weakly (~)%s", who, ev.Domain, why)
		f.Remediation = []string{"If this address sends mail for " + ev.Domain + ", add it to the SPF record (ip4:/ip6: or the provider's include:)."}
	case Neutral:
		f.Status = finding.Warn
		f.Summary = fmt.Sprintf("SPF neutral: %s makes no assertion about %s%s", ev.Domain, who, why)
		f.Remediation = []string{"If this address sends mail for " + ev.Domain + ", add it to the SPF record; end the record with ~all or -all."}
	case Fail:
		f.Status = finding.Fail
		f.Summary = fmt.Sprintf("SPF fail: %s is explicitly not authorised by %s%s", who, ev.Domain, why)
		f.Remediation = []string{"If this address sends mail for " + ev.Domain + ", add it to the SPF record before -all; otherwise receivers may reject its mail."}
	case None:
		f.Status = finding.Fail
		f.Summary = fmt.Sprintf("SPF none: %s publishes no SPF record, so %s cannot be authorised%s", ev.Domain, who, why)
		f.Remediation = []string{"Publish one TXT record \"v=spf1 ... -all\" at " + ev.Domain + "."}
		if p := domainProblem(ev.Domain); p != "" {
			f.Summary = fmt.Sprintf("SPF none for %s: %s, so there is no SPF record to consult (RFC 7208 §4.3)", who, p)
			f.Remediation = []string{"Use a fully qualified domain name that publishes an SPF record."}
		}
		if ev.Identity == IdentityHELO {
			f.Status = finding.Warn
			f.Remediation = []string{"Greet with the sending host's fully qualified name and publish \"v=spf1 a -all\" there, so receivers can check the HELO identity (RFC 7208 §2.3)."}
		}
	case TempError:
		f.Status = finding.Fail
		f.Summary = fmt.Sprintf("SPF temperror for %s: a DNS lookup failed, receivers will defer or ignore SPF%s", who, why)
		f.Remediation = []string{"Check that every name the record refers to answers (no SERVFAIL or timeouts)."}
	default: // permerror
		f.Status = finding.Fail
		f.Summary = fmt.Sprintf("SPF permerror for %s: the record of %s cannot be evaluated%s", who, ev.Domain, why)
		f.Remediation = []string{"Fix the SPF record: see the spf.* findings for the syntax error, lookup limit or missing include."}
	}
	queries := plural(ev.Queries, "DNS query")
	if ev.Queries != 1 {
		queries = itoa(ev.Queries) + " DNS queries"
	}
	f.Detail = fmt.Sprintf("check_host(%s, %s, %s) with HELO %s: %s after %s (of %d allowed) and %s (RFC 7208 §2.6, §4.6.4).",
		ev.IP, ev.Domain, ev.Sender, ev.HELO, ev.Result, plural(ev.Lookups, "DNS-querying term"), LookupLimit, queries)
	if chain := ev.Deciding(); len(chain) > 0 {
		f.Detail += "\nDecided by: " + strings.Join(chain, " → ")
	}
	if ev.Explanation != "" {
		f.Detail += "\nExplanation published by " + ev.Domain + " (exp=): " + ev.Explanation
	}
	return f
}
