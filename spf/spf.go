// Package spf checks a domain's Sender Policy Framework record (RFC 7208).
//
// A domain publishes which hosts may send mail with its name in the SMTP
// MAIL FROM (and HELO) as one TXT record starting with "v=spf1" (§3, §4.5).
// Receivers evaluate it with check_host() (§4): the terms are tried left to
// right; mechanisms (all, include, a, mx, ptr, ip4, ip6, exists, §5) match
// the client address and carry a qualifier (+ pass, - fail, ~ softfail,
// ? neutral); the modifiers redirect= and exp= (§6) name another record and
// an explanation. A record that breaks the ABNF (§12), that needs more than
// 10 DNS-querying terms or more than 2 void lookups (§4.6.4), or that
// includes a domain without a record (§5.2), makes the result permerror,
// and DMARC then treats SPF as failed.
//
// This package parses records with its own strict parser (Parse) that names
// the term, its octet offset and what was expected; fetches the record
// (Lookup); walks include and redirect recursively (Walk) counting lookups
// in evaluation order with the chain that produced them; and turns all of
// it into findings (Check). Evaluate and EvaluateHELO run check_host()
// (§4) for a given client address on the same parser, querying through our
// resolver: every syntax error anywhere in a record is a permerror (§4.6),
// the limits of §4.6.4 apply in evaluation order, macros are expanded (§7)
// and a fail carries the domain's exp= explanation (§6.2). The official
// OpenSPF suites (RFC 7208 and RFC 4408 editions) run in the tests.
//
// Everything fetched is untrusted: records are limited to MaxRecordSize
// octets and MaxTerms terms, the walk to MaxDepth, MaxRecords and
// MaxQueries, and include loops are detected on the path.
package spf

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/resolver"
)

// Check fetches and analyses the SPF record of domain and returns its
// findings (ids "spf.*"). It never returns no findings.
func Check(ctx context.Context, r *resolver.Resolver, domain string) []finding.Finding {
	domain = strings.ToLower(strings.TrimSuffix(domain, "."))
	a := Walk(ctx, r, domain)
	return Findings(a)
}

// Findings turns a walk into findings.
func Findings(a *Analysis) []finding.Finding {
	c := &checker{a: a, target: finding.Target{Domain: a.Domain}}
	root := a.Root
	ev := root.Fetched.Evidence()
	switch err := root.Err; {
	case err == nil:
	case errors.Is(err, ErrNoRecord):
		f := c.add("spf.missing", finding.Fail, "no SPF record at "+a.Domain, ev,
			"Publish one TXT record at "+a.Domain+` listing the hosts that send its mail, e.g. "v=spf1 mx include:<provider> -all".`,
			`If the domain sends no mail at all, publish "v=spf1 -all".`)
		if root.Fetched != nil && root.Fetched.NXDomain {
			f.Detail = a.Domain + " does not exist (NXDOMAIN). check_host() gives none (RFC 7208 §4.3)."
		} else if root.Fetched != nil {
			f.Detail = fmt.Sprintf("%d TXT record(s) at %s, none starting with \"v=spf1\". check_host() gives none (RFC 7208 §4.5); DMARC cannot pass through SPF.", len(root.Fetched.TXT), a.Domain)
		}
		return c.out
	case errors.Is(err, ErrMultipleRecords):
		f := c.add("spf.multiple", finding.Fail, fmt.Sprintf("%d SPF records at %s: check_host() gives permerror", len(root.Fetched.SPF), a.Domain), ev,
			"Merge them into one TXT record starting with \"v=spf1\" and delete the others.")
		f.Detail = "RFC 7208 §4.5: if more than one record starts with \"v=spf1\", the result is permerror, so SPF fails for every message."
		return c.out
	case errors.Is(err, ErrTooLarge), errors.Is(err, ErrTooMany):
		f := c.add("spf.too-large", finding.Fail, fmt.Sprintf("SPF record of %s is not usable: %v", a.Domain, err), truncEvidence(ev),
			"Shorten the record: replace lists of addresses by ip4:/ip6: prefixes, or move parts into an include: under your control.")
		f.Detail = fmt.Sprintf("The record is %d octets. Large TXT answers need TCP or EDNS0 and exceed what many receivers accept (RFC 7208 §3.4).", len(strings.Join(flat(root.Fetched.SPF), "")))
		return c.out
	case errors.As(err, new(SyntaxErrors)):
	default:
		c.dnsError(a.Domain, "the SPF record of "+a.Domain, err, ev)
		return c.out
	}

	if root.Err == nil {
		f := c.add("spf.record", finding.Pass, "one SPF record at "+a.Domain, ev)
		f.Detail = root.Record.Text
	}
	for _, n := range a.Nodes() {
		c.record(n)
	}
	c.lookups()
	c.all()
	return c.out
}

type checker struct {
	a      *Analysis
	target finding.Target
	out    []finding.Finding
}

func (c *checker) add(id string, st finding.Status, summary string, ev []string, remediation ...string) *finding.Finding {
	if remediation == nil {
		remediation = []string{}
	}
	c.out = append(c.out, finding.Finding{ID: id, Status: st, Target: c.target, Summary: summary, Evidence: ev, Remediation: remediation})
	return &c.out[len(c.out)-1]
}

func (c *checker) dnsError(name, what string, err error, ev []string) {
	st := finding.Fail
	var re *resolver.Error
	if errors.As(err, &re) && (re.Kind == resolver.Timeout || re.Kind == resolver.Network) {
		st = finding.Warn
	}
	rem := "Make sure the authoritative servers of " + name + " answer (SERVFAIL often means broken DNSSEC); receivers get temperror and may defer mail."
	if resolver.IsValidationFailure(err) {
		rem = resolver.ValidationRemedy(name) + "; receivers get temperror and may defer mail."
	}
	if len(ev) == 0 {
		// No answer arrived (SERVFAIL, timeout, REFUSED): the error itself,
		// and what the resolver answers with checking disabled, are the
		// evidence, as for dns.error and the other *.dns-error findings.
		ev = []string{err.Error()}
		if re != nil && len(re.Unchecked) > 0 {
			ev = append(ev, "with checking disabled (CD bit) the resolver answers:")
			ev = append(ev, re.Unchecked...)
		}
	}
	f := c.add("spf.dns-error", st, "DNS lookup failed for "+what+": "+err.Error(), ev, rem)
	f.Detail = "A failed lookup is not a missing record: check_host() gives temperror (RFC 7208 §2.6.6). Retry through another resolver to rule out the local one."
}

// record reports the per-record problems of a node in the tree.
func (c *checker) record(n *Node) {
	ev := n.Fetched.Evidence()
	where := n.Domain
	if n.Via != "" {
		where = n.Domain + " (reached via " + n.Path() + ")"
	}
	if n != c.a.Root {
		switch err := n.Err; {
		case err == nil, errors.As(err, new(SyntaxErrors)):
		case errors.Is(err, ErrNoRecord):
			what := "has no SPF record"
			if n.Fetched != nil && n.Fetched.NXDomain {
				what = "does not exist (NXDOMAIN)"
			}
			if strings.HasPrefix(n.Via, "redirect=") {
				f := c.add("spf.redirect-missing", finding.Fail, fmt.Sprintf("%s: %s %s, so check_host() gives permerror", n.Via, n.Domain, what), ev,
					"Correct the redirect= domain, or replace the modifier by the mechanisms of the record it should point to.")
				f.Detail = "RFC 7208 §6.1: when the redirect= target has no SPF record, the result is permerror. Path: " + n.Path()
				return
			}
			f := c.add("spf.include-missing", finding.Fail, fmt.Sprintf("%s: %s %s, so check_host() gives permerror", n.Via, n.Domain, what), ev,
				"Remove "+n.Via+" or correct the domain name (check the provider's documentation for the exact include).")
			f.Detail = "RFC 7208 §5.2: an include: target without an SPF record is a permerror. Path: " + n.Path()
			return
		case errors.Is(err, ErrMultipleRecords):
			c.add("spf.multiple", finding.Fail, fmt.Sprintf("%s has %d SPF records (reached via %s): permerror", n.Domain, len(n.Fetched.SPF), n.Path()), ev,
				"Ask the owner of "+n.Domain+" to publish a single record, or stop including it.")
			return
		case errors.Is(err, ErrTooLarge), errors.Is(err, ErrTooMany):
			c.add("spf.too-large", finding.Fail, fmt.Sprintf("SPF record of %s is not usable: %v", where, err), truncEvidence(ev),
				"Stop including "+n.Domain+" or ask its owner to shorten it.")
			return
		default:
			c.dnsError(n.Domain, "the SPF record of "+where, err, ev)
			return
		}
	}
	if n.Fetched != nil && len(n.Fetched.SPF) == 1 {
		c.strings(n, where, ev)
	}
	var serr SyntaxErrors
	if errors.As(n.Err, &serr) {
		f := c.add("spf.syntax", finding.Fail, fmt.Sprintf("SPF record of %s has %d syntax error(s); first: %s", where, len(serr), serr[0].Error()), ev,
			"Correct the term(s) named in the detail; any syntax error makes check_host() return permerror (RFC 7208 §4.6, §12).")
		var lines []string
		for _, e := range serr {
			lines = append(lines, "- "+e.Error())
		}
		f.Detail = "Record: " + n.Record.Text + "\n" + strings.Join(lines, "\n")
	}
	rec := n.Record
	if rec == nil {
		return
	}
	var ptrs, after []string
	seenAll := false
	for _, d := range rec.Directives {
		if seenAll {
			after = append(after, d.Text)
		}
		if d.Mechanism == MechAll {
			seenAll = true
		}
		if d.Mechanism == MechPTR {
			ptrs = append(ptrs, d.Text)
		}
		if d.Mechanism == MechAll && d.Qualifier == '+' && n != c.a.Root && strings.HasPrefix(n.Via, "include:") {
			f := c.add("spf.include-all", finding.Fail, fmt.Sprintf("%s ends in %q: the include matches every address on the Internet", n.Via, d.Text), ev,
				"Remove "+n.Via+", or have "+n.Domain+" end its record with ~all or -all.")
			f.Detail = "An include: passes when the included record's result is pass (RFC 7208 §5.2); with +all it always is. Path: " + n.Path()
		}
	}
	seen := map[string]bool{}
	var dups []string
	for _, d := range rec.Directives {
		if d.Mechanism == MechInclude {
			k := strings.ToLower(strings.TrimSuffix(d.DomainSpec, "."))
			if seen[k] {
				dups = append(dups, d.Text)
			}
			seen[k] = true
		}
	}
	if len(dups) > 0 {
		f := c.add("spf.duplicate-include", finding.Warn, fmt.Sprintf("SPF record of %s includes the same domain more than once: %s", where, strings.Join(dups, " ")), ev,
			"Remove the repeated include: it can never match anything the first did not, but costs DNS lookups.")
		f.Detail = "Every include counts against the limit of 10 DNS lookups (RFC 7208 §4.6.4)."
	}
	if len(ptrs) > 0 {
		f := c.add("spf.ptr", finding.Warn, fmt.Sprintf("SPF record of %s uses the deprecated ptr mechanism (%s)", where, strings.Join(ptrs, " ")), ev,
			"Replace ptr with ip4:/ip6: or a: mechanisms listing the sending hosts.")
		f.Detail = "RFC 7208 §5.5: ptr SHOULD NOT be published; it is slow, unreliable, and some receivers ignore it."
	}
	if len(after) > 0 {
		f := c.add("spf.after-all", finding.Warn, fmt.Sprintf("SPF record of %s has terms after \"all\" that are never evaluated: %s", where, strings.Join(after, " ")), ev,
			"Move these terms before the all mechanism, or delete them.")
		f.Detail = "check_host() stops at all, which always matches (RFC 7208 §5.1)."
	}
	for _, tr := range n.Terms {
		if tr.Ignored {
			f := c.add("spf.redirect-ignored", finding.Warn, fmt.Sprintf("SPF record of %s has both \"all\" and %s: the redirect is ignored", where, tr.Text), ev,
				"Remove either the all mechanism or the redirect= modifier.")
			f.Detail = "RFC 7208 §6.1: redirect= is ignored when the record contains an all mechanism."
		}
		if tr.MXNames > MXNameLimit {
			f := c.add("spf.mx-limit", finding.Fail, fmt.Sprintf("%q in the record of %s resolves to %d MX names: more than %d gives permerror", tr.Text, where, tr.MXNames, MXNameLimit), ev,
				"List the sending hosts with ip4:/ip6: instead of mx, or reduce the MX set.")
			f.Detail = "RFC 7208 §4.6.4: the mx mechanism must not consult more than 10 MX names."
		}
		if tr.Err != nil {
			c.dnsError(n.Domain, fmt.Sprintf("%q in the record of %s", tr.Text, where), tr.Err, ev)
		}
	}
	var unknown []string
	merged := false
	for _, m := range rec.Unknown {
		unknown = append(unknown, m.Text)
		if m.Name == "v" {
			merged = true
		}
	}
	if len(unknown) > 0 {
		st, rem := finding.Info, []string{"Remove modifiers no receiver understands, or check their spelling."}
		sum := fmt.Sprintf("SPF record of %s has unknown modifiers, ignored by receivers: %s", where, strings.Join(unknown, " "))
		if merged {
			st = finding.Warn
			sum = fmt.Sprintf("SPF record of %s contains a second \"v=\" term: two records merged into one?", where)
			rem = []string{"Keep a single \"v=spf1\" at the start of the record and merge the terms."}
		}
		f := c.add("spf.unknown-modifier", st, sum, ev, rem...)
		f.Detail = "RFC 7208 §6: unrecognised modifiers are ignored."
	}
	var macros []string
	for _, tr := range n.Terms {
		if tr.Macro {
			macros = append(macros, tr.Text)
		}
	}
	if len(macros) > 0 {
		f := c.add("spf.macro", finding.Info, fmt.Sprintf("SPF record of %s has terms whose target depends on the message (macros): %s", where, strings.Join(macros, " ")), ev)
		f.Detail = "Their DNS lookups are counted but not resolved here (RFC 7208 §7). Evaluate SPF for a concrete sending IP to follow them."
	}
}

// strings reports how the record's character-strings are laid out.
func (c *checker) strings(n *Node, where string, ev []string) {
	strs := n.Fetched.SPF[0]
	for i, s := range strs {
		if len(s) > 255 {
			c.add("spf.string-too-long", finding.Fail, fmt.Sprintf("SPF record of %s has a %d-octet character-string: over the 255-octet limit", where, len(s)), ev,
				"Split the record into strings of at most 255 octets each (RFC 7208 §3.3).")
		}
		if i == 0 {
			continue
		}
		prev := strs[i-1]
		if prev == "" || s == "" || strings.HasSuffix(prev, " ") || strings.HasPrefix(s, " ") {
			continue
		}
		// The boundary falls inside a term: strings are joined without a space (§3.3).
		st := finding.Info
		j := strings.LastIndexByte(prev, ' ')
		k := strings.IndexByte(s, ' ')
		if k < 0 {
			k = len(s)
		}
		joined := prev[j+1:] + s[:k]
		if startsTerm(s) && startsTerm(prev[j+1:]) {
			st = finding.Warn
		}
		f := c.add("spf.split-token", st, fmt.Sprintf("SPF record of %s: strings %d and %d are joined without a space, forming %q", where, i, i+1, joined), ev)
		f.Detail = "RFC 7208 §3.3: the character-strings of a TXT record are concatenated without adding spaces. That is fine when a long term was split on purpose; if a space was intended, the two terms have fused into one."
		if st == finding.Warn {
			f.Remediation = []string{fmt.Sprintf("End string %d or start string %d with a space.", i, i+1)}
		}
	}
	if l := len(n.Record.Text); l > UDPRiskSize {
		f := c.add("spf.length", finding.Info, fmt.Sprintf("SPF record of %s is %d octets: answers over 512 octets need EDNS0 or TCP", where, l), ev,
			"Consider shortening the record (RFC 7208 §3.4 suggests keeping it under 450 octets).")
		if n.Fetched.Answer != nil && n.Fetched.Answer.Msg != nil {
			f.Detail = fmt.Sprintf("The whole TXT answer for %s is %d octets.", n.Domain, n.Fetched.Answer.Msg.Len())
		}
	}
}

// startsTerm reports whether s begins like an SPF term (a qualifier or a
// known mechanism or modifier name), used to tell a fused pair of terms from
// a deliberately split one.
func startsTerm(s string) bool {
	s = strings.ToLower(strings.TrimLeft(s, "+-~?"))
	for _, p := range []string{"include:", "ip4:", "ip6:", "a:", "mx:", "ptr", "exists:", "redirect=", "exp=", "all", "a ", "mx ", "v=spf1"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return s == "a" || s == "mx"
}

func (c *checker) lookups() {
	a := c.a
	ev := a.Root.Fetched.Evidence()
	tree := strings.Join(a.Tree(), "\n")
	if a.Lookups > LookupLimit {
		f := c.add("spf.lookups", finding.Fail, fmt.Sprintf("SPF needs %d DNS lookups, over the limit of %d: check_host() gives permerror; the 11th is %s", a.Lookups, LookupLimit, a.OverLimit), ev,
			"Remove includes of providers you no longer use.",
			"Replace a, mx and ptr mechanisms by ip4:/ip6: prefixes.",
			"Ask providers for a narrower include, or move rarely used senders to a subdomain with its own record.")
		f.Detail = "RFC 7208 §4.6.4 counts include, a, mx, ptr, exists and redirect; receivers stop at 10. Each term with the lookups it costs (itself and what it includes), in evaluation order:\n" + tree
	} else {
		f := c.add("spf.lookups", finding.Pass, fmt.Sprintf("SPF needs %d of %d allowed DNS lookups", a.Lookups, LookupLimit), ev)
		f.Detail = "Each term with the lookups it costs (itself and what it includes; RFC 7208 §4.6.4):\n" + tree
	}
	if a.VoidLookups > 0 {
		var voids []string
		for _, n := range a.Nodes() {
			for _, tr := range n.Terms {
				if tr.Void != "" {
					voids = append(voids, fmt.Sprintf("%s → %s: %s", n.Path(), tr.Text, tr.Void))
				}
				if ch := tr.Child; ch != nil && ch.Fetched != nil && (ch.Fetched.NXDomain || (len(ch.Fetched.TXT) == 0 && errors.Is(ch.Err, ErrNoRecord))) {
					voids = append(voids, ch.Path()+": no TXT records")
				}
			}
		}
		st := finding.Info
		sum := fmt.Sprintf("SPF has %d void DNS lookup(s) (limit %d)", a.VoidLookups, VoidLookupLimit)
		rem := []string{"Remove mechanisms that point at names without records."}
		if a.VoidLookups > VoidLookupLimit {
			st = finding.Fail
			sum = fmt.Sprintf("SPF has %d void DNS lookups, over the limit of %d: receivers give permerror", a.VoidLookups, VoidLookupLimit)
		}
		f := c.add("spf.void-lookups", st, sum, ev, rem...)
		f.Detail = "RFC 7208 §4.6.4: lookups answering NXDOMAIN or no records count as void; more than 2 SHOULD give permerror.\n" + strings.Join(voids, "\n")
	}
	for _, l := range a.Loops {
		f := c.add("spf.include-loop", finding.Fail, "SPF include loop: "+l, ev,
			"Remove the include or redirect that leads back to a record already on the chain.")
		f.Detail = "A loop exhausts the 10-lookup limit on every evaluation: permerror (RFC 7208 §4.6.4)."
	}
	if len(a.Truncated) > 0 {
		f := c.add("spf.walk-limit", finding.Warn, "SPF tree too large to analyse completely: "+a.Truncated[0], ev,
			"Simplify the record: it is far beyond what receivers evaluate anyway.")
		f.Detail = strings.Join(a.Truncated, "\n")
	}
}

// all reports the record's final default (§4.7, §5.1, §6.1).
func (c *checker) all() {
	n := c.a.Root
	if n.Record == nil {
		return
	}
	// Follow redirect= while the record has no "all".
	path := n.Domain
	for n.Record != nil && n.Record.All() == nil && n.Record.Redirect != "" {
		var next *Node
		for _, tr := range n.Terms {
			if tr.Redirect && tr.Child != nil && !tr.Child.Loop && tr.Child.Record != nil {
				next = tr.Child
			}
		}
		if next == nil {
			return // unresolvable redirect: reported elsewhere
		}
		n = next
		path += " → redirect=" + n.Domain
	}
	ev := n.Fetched.Evidence()
	d := n.Record.All()
	if d == nil {
		f := c.add("spf.all", finding.Warn, fmt.Sprintf("SPF record of %s ends without \"all\" or redirect=: unlisted senders get neutral", path), ev,
			"End the record with -all (or ~all while you verify your senders).")
		f.Detail = "RFC 7208 §4.7: with no match, the result is neutral, as if the record ended in ?all."
		return
	}
	switch d.Qualifier {
	case '-':
		f := c.add("spf.all", finding.Pass, fmt.Sprintf("SPF record of %s ends in %q: unlisted senders fail", path, d.Text), ev)
		f.Detail = "RFC 7208 §8.4."
	case '~':
		f := c.add("spf.all", finding.Pass, fmt.Sprintf("SPF record of %s ends in %q: unlisted senders softfail", path, d.Text), ev)
		f.Detail = "softfail (RFC 7208 §8.5) marks unlisted senders as suspicious; with DMARC at quarantine or reject this is sufficient. Use -all for a strict policy."
	case '?':
		f := c.add("spf.all", finding.Warn, fmt.Sprintf("SPF record of %s ends in %q: unlisted senders get neutral, as if there were no policy", path, d.Text), ev,
			"End the record with ~all or -all.")
		f.Detail = "RFC 7208 §8.2: neutral is treated exactly like none."
	default:
		f := c.add("spf.all", finding.Fail, fmt.Sprintf("SPF record of %s ends in %q: every host on the Internet may send as this domain", path, d.Text), ev,
			"Replace +all with -all (or ~all), after listing your real senders.")
		f.Detail = "RFC 7208 §5.1: +all matches every address, so SPF passes for anyone."
	}
}

func flat(ss [][]string) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

// truncEvidence shortens evidence lines of oversize records.
func truncEvidence(ev []string) []string {
	out := make([]string, len(ev))
	for i, e := range ev {
		if len(e) > 600 {
			e = fmt.Sprintf("%s ... (%d octets)", e[:600], len(e))
		}
		out[i] = e
	}
	return out
}
