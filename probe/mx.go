package probe

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"

	"github.com/miekg/dns"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/resolver"
)

// MXSet is a domain's resolved mail exchangers.
type MXSet struct {
	Domain        string    `json:"domain"`
	Null          bool      `json:"null"`     // RFC 7505 null MX: the domain accepts no mail
	Implicit      bool      `json:"implicit"` // no MX: the domain itself is the implicit MX (RFC 5321 §5.1)
	Authenticated bool      `json:"dnssec"`   // the MX answer carried the AD bit
	Hosts         []*MXHost `json:"hosts"`    // by preference
	Records       []string  `json:"records"`  // the MX answer as zone-file lines
	Error         string    `json:"error,omitempty"`
	// Answer is the MX answer as received (nil when none arrived), for
	// what it says about DNSSEC (resolver.Answer.DNSSEC).
	Answer *resolver.Answer `json:"-"`
}

// MXHost is one mail exchanger and its addresses.
type MXHost struct {
	Preference int      `json:"preference"`
	Name       string   `json:"name"`
	Addrs      []string `json:"addrs"`
	CNAMEs     []string `json:"cnames,omitempty"`     // the MX target is an alias (RFC 2181 §10.3)
	IPLiteral  bool     `json:"ip_literal,omitempty"` // the MX target is an IP address, not a name
	Error      string   `json:"error,omitempty"`      // why it has no usable address
}

func (h *MXHost) usable() bool { return !h.IPLiteral && len(h.Addrs) > 0 }

// ResolveMX resolves domain's MX set and the addresses of every MX host
// (restricted by opts.IPv4/IPv6), with the DNS findings: mx.null, mx.none,
// mx.cname, mx.ip-literal, mx.no-address, dns.error and mx.ok. The set is
// never nil. The error is non-nil only for unusable options.
func ResolveMX(ctx context.Context, opts Options, domain string) (*MXSet, []finding.Finding, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return nil, nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	set, fs := resolveMX(ctx, o, strings.TrimSuffix(strings.ToLower(domain), "."))
	return set, fs, nil
}

func resolveMX(ctx context.Context, o *Options, domain string) (*MXSet, []finding.Finding) {
	set := &MXSet{Domain: domain, Hosts: []*MXHost{}, Records: []string{}}
	dt := finding.Target{Domain: domain}
	var fs []finding.Finding
	mxs, ans, err := o.Resolver.MX(ctx, domain)
	if ans != nil && ans.Msg != nil {
		if rs := ans.Strings(); rs != nil {
			set.Records = rs
		}
		set.Authenticated = ans.Authenticated
		set.Answer = ans
	}
	if err != nil {
		set.Error = err.Error()
		return set, append(fs, dnsErrorFinding(dt, "MX", domain, err))
	}

	if len(mxs) == 0 {
		// NODATA: the implicit MX is the domain itself (RFC 5321 §5.1).
		set.Implicit = true
		h := &MXHost{Preference: 0, Name: domain}
		set.Hosts = append(set.Hosts, h)
		la := lookupAddrs(ctx, o, domain)
		h.Addrs, h.CNAMEs = la.addrs, la.cnames
		fs = append(fs, newFinding("mx.none", finding.Warn, dt,
			"no MX record: senders fall back to the domain's own address (implicit MX)",
			"The domain has no MX record, so RFC 5321 §5.1 makes senders deliver to its A/AAAA address. This works but is fragile: a web server or CDN at that address usually does not accept mail, and some senders refuse implicit MX.",
			[]string{
				fmt.Sprintf("Publish an MX record naming your mail server: %s. IN MX 10 mx1.%s.", domain, domain),
				fmt.Sprintf("If %s must not receive mail, publish a null MX instead (RFC 7505): %s. IN MX 0 .", domain, domain),
				fmt.Sprintf("If %s is a mail server rather than a mail domain, probe it as a host: %s:25, or without the MX lookup.", domain, domain),
			}, []string{domain + ". MX: no record (NODATA: the name exists but has no MX)"}))
		if len(h.Addrs) == 0 {
			if la.err != nil {
				h.Error = la.err.Error()
				fs = append(fs, dnsErrorFinding(dt, la.errType, domain, la.err))
			} else {
				h.Error = "no address"
				fs = append(fs, newFinding("mx.no-address", finding.Fail, dt,
					"no MX and no address: the domain cannot receive mail",
					fmt.Sprintf("%s has neither MX nor %s records, so no sender can deliver to it.", domain, familyWords(o)),
					[]string{
						fmt.Sprintf("Publish an MX record: %s. IN MX 10 mx1.%s. (and A/AAAA records for mx1.%s)", domain, domain, domain),
						"If the domain must not receive mail, publish a null MX (RFC 7505): " + domain + ". IN MX 0 .",
					}, la.evidence))
			}
		} else if la.err != nil {
			fs = append(fs, dnsErrorFinding(dt, la.errType, domain, la.err))
		}
		return set, fs
	}

	var null, others []*dns.MX
	seenHost := map[string]bool{}
	for _, mx := range mxs {
		name := strings.ToLower(mx.Mx)
		switch {
		case mx.Mx == ".":
			null = append(null, mx)
		case seenHost[name]:
			// The same host twice (at another preference): probed once,
			// at its best preference (mxs is sorted).
		default:
			seenHost[name] = true
			others = append(others, mx)
		}
	}
	if len(null) > 0 {
		set.Null = len(others) == 0
		fs = append(fs, newFinding("mx.null", finding.Info, dt,
			"null MX: the domain declares that it accepts no mail (RFC 7505)",
			"A null MX (\"MX 0 .\") tells senders to bounce mail at once instead of retrying. Nothing is probed.",
			[]string{"If the domain should receive mail, replace the null MX with MX records naming your mail servers."},
			set.Records))
		if len(others) > 0 {
			fs = append(fs, newFinding("mx.null-mixed", finding.Fail, dt,
				"null MX published together with other MX records",
				"RFC 7505 §3 says a domain with a null MX MUST NOT publish other MX records; senders may treat the domain either way.",
				[]string{"Remove either the null MX (\"MX 0 .\") or the other MX records."}, set.Records))
		}
	}

	var wg sync.WaitGroup
	hostFs := make([][]finding.Finding, len(others))
	for i, mx := range others {
		name := strings.TrimSuffix(strings.ToLower(mx.Mx), ".")
		h := &MXHost{Preference: int(mx.Preference), Name: name}
		set.Hosts = append(set.Hosts, h)
		wg.Add(1)
		go func(i int, h *MXHost, rr string) {
			defer wg.Done()
			hostFs[i] = resolveMXHost(ctx, o, domain, h, rr)
		}(i, h, strings.ReplaceAll(mx.String(), "\t", " "))
	}
	wg.Wait()
	bad := false
	for _, hf := range hostFs {
		for _, f := range hf {
			if f.Status.Rank() >= finding.Warn.Rank() {
				bad = true
			}
		}
		fs = append(fs, hf...)
	}
	if len(others) > 0 && !bad {
		var names []string
		for _, h := range set.Hosts {
			names = append(names, fmt.Sprintf("%s (%d)", h.Name, h.Preference))
		}
		fs = append(fs, newFinding("mx.ok", finding.Pass, dt,
			fmt.Sprintf("%d MX host(s), all with addresses: %s", len(set.Hosts), strings.Join(names, ", ")),
			"", nil, set.Records))
	}
	return set, fs
}

func resolveMXHost(ctx context.Context, o *Options, domain string, h *MXHost, rr string) []finding.Finding {
	t := finding.Target{Domain: domain, Host: h.Name}
	if ip := net.ParseIP(strings.Trim(h.Name, "[]")); ip != nil {
		h.IPLiteral = true
		h.Error = "IP literal"
		return []finding.Finding{newFinding("mx.ip-literal", finding.Fail, t,
			fmt.Sprintf("MX target %s is an IP address, not a host name", h.Name),
			"An MX record must name a host (RFC 5321 §5.1, RFC 1035 §3.3.9); most senders look the IP up as a name, find nothing and cannot deliver. It is not probed.",
			[]string{
				fmt.Sprintf("Give the server a name with an A/AAAA record (mx1.%s. IN A %s) and point the MX at that name.", domain, ip),
			}, []string{rr})}
	}
	la := lookupAddrs(ctx, o, h.Name)
	h.Addrs, h.CNAMEs = la.addrs, la.cnames
	var fs []finding.Finding
	if len(la.cnames) > 0 {
		fs = append(fs, newFinding("mx.cname", finding.Fail, t,
			fmt.Sprintf("MX target %s is a CNAME (alias of %s)", h.Name, strings.TrimSuffix(la.cnames[len(la.cnames)-1], ".")),
			"RFC 2181 §10.3 and RFC 5321 §5.1 forbid an MX pointing at an alias. Many senders follow it anyway, others fail; certificate name checks and DANE lookups use the alias target, which confuses them further. Probed through the alias.",
			[]string{fmt.Sprintf("Point the MX at the canonical name %s, or replace the CNAME at %s with A/AAAA records.", strings.TrimSuffix(la.cnames[len(la.cnames)-1], "."), h.Name)},
			append([]string{rr}, la.evidence...)))
	}
	switch {
	case len(h.Addrs) == 0 && la.err != nil:
		h.Error = la.err.Error()
		fs = append(fs, dnsErrorFinding(t, la.errType, h.Name, la.err))
	case len(h.Addrs) == 0:
		h.Error = "no address"
		why := fmt.Sprintf("%s has no %s record", h.Name, familyWords(o))
		if la.nx {
			why = fmt.Sprintf("%s does not exist (NXDOMAIN)", h.Name)
		}
		fs = append(fs, newFinding("mx.no-address", finding.Fail, t,
			fmt.Sprintf("MX host %s has no address", h.Name),
			why+", so senders cannot reach this MX and move on to the next one (or bounce when it is the only one).",
			[]string{fmt.Sprintf("Publish A and/or AAAA records for %s, or remove it from the MX set.", h.Name)},
			append([]string{rr}, la.evidence...)))
	case la.err != nil:
		fs = append(fs, dnsErrorFinding(t, la.errType, h.Name, la.err))
	}
	return fs
}

// resolveHost resolves a host target (no MX lookup).
func resolveHost(ctx context.Context, o *Options, domain, host, _ string) ([]string, []finding.Finding) {
	t := finding.Target{Domain: domain, Host: host}
	la := lookupAddrs(ctx, o, host)
	switch {
	case len(la.addrs) == 0 && la.err != nil:
		return nil, []finding.Finding{dnsErrorFinding(t, la.errType, host, la.err)}
	case len(la.addrs) == 0:
		why := fmt.Sprintf("%s has no %s record", host, familyWords(o))
		if la.nx {
			why = fmt.Sprintf("%s does not exist (NXDOMAIN)", host)
		}
		return nil, []finding.Finding{newFinding("host.no-address", finding.Fail, t,
			fmt.Sprintf("%s has no address to connect to", host), why+".",
			[]string{"Check the spelling of the host name, or publish its A/AAAA records."}, la.evidence)}
	case la.err != nil:
		return la.addrs, []finding.Finding{dnsErrorFinding(t, la.errType, host, la.err)}
	}
	return la.addrs, nil
}

type addrLookup struct {
	addrs    []string
	cnames   []string
	nx       bool
	err      error // a failure other than NXDOMAIN of some family
	errType  string
	evidence []string
}

// lookupAddrs asks for A and/or AAAA of name concurrently.
func lookupAddrs(ctx context.Context, o *Options, name string) addrLookup {
	var types []uint16
	if o.IPv4 {
		types = append(types, dns.TypeA)
	}
	if o.IPv6 {
		types = append(types, dns.TypeAAAA)
	}
	type res struct {
		a   *resolver.Answer
		err error
	}
	out := make([]res, len(types))
	var wg sync.WaitGroup
	for i, qt := range types {
		wg.Add(1)
		go func(i int, qt uint16) {
			defer wg.Done()
			a, err := o.Resolver.Query(ctx, name, qt)
			out[i] = res{a, err}
		}(i, qt)
	}
	wg.Wait()
	var la addrLookup
	seen := map[string]bool{}
	for i, r := range out {
		if r.err != nil {
			if resolver.IsNXDomain(r.err) {
				la.nx = true
				la.evidence = append(la.evidence, fmt.Sprintf("%s %s: NXDOMAIN", name, dns.TypeToString[types[i]]))
				continue
			}
			if la.err == nil {
				la.err, la.errType = r.err, dns.TypeToString[types[i]]
			}
			la.evidence = append(la.evidence, r.err.Error())
			continue
		}
		if len(r.a.CNAMEs) > 0 && len(la.cnames) == 0 {
			la.cnames = r.a.CNAMEs
		}
		if r.a.Msg != nil {
			la.evidence = append(la.evidence, r.a.Strings()...)
		}
		for _, rr := range r.a.Records {
			var ip net.IP
			switch v := rr.(type) {
			case *dns.A:
				ip = v.A
			case *dns.AAAA:
				ip = v.AAAA
			}
			if ip != nil && !seen[ip.String()] {
				seen[ip.String()] = true
				la.addrs = append(la.addrs, ip.String())
			}
		}
	}
	if len(la.evidence) == 0 {
		la.evidence = []string{fmt.Sprintf("%s: no %s record (NODATA)", name, familyWords(o))}
	}
	return la
}

func familyWords(o *Options) string {
	switch {
	case o.IPv4 && o.IPv6:
		return "A or AAAA"
	case o.IPv4:
		return "A (IPv4, -4 given)"
	default:
		return "AAAA (IPv6, -6 given)"
	}
}

// dnsErrorFinding reports a query that could not be answered — never
// confused with "no such record".
func dnsErrorFinding(t finding.Target, qtype, name string, err error) finding.Finding {
	var re *resolver.Error
	kind := "error"
	if errors.As(err, &re) {
		kind = string(re.Kind)
	}
	var summary, detail string
	var rem []string
	switch kind {
	case string(resolver.NXDomain):
		summary = fmt.Sprintf("%s does not exist (NXDOMAIN)", name)
		detail = "The DNS says the name does not exist at all, so no mail can be delivered to it."
		rem = []string{"Check the spelling of the domain.", "If the domain is new or was just moved, check that its delegation (NS records at the parent) is in place."}
	case string(resolver.ServFail):
		if re.Validation {
			summary = fmt.Sprintf("the resolver could not validate the DNSSEC signatures of the %s answer for %s (SERVFAIL, DNSSEC validation failure)", qtype, name)
			detail = "The records exist but their DNSSEC signatures do not validate (expired or not yet valid signatures, a DS/DNSKEY mismatch, records changed without re-signing): validating resolvers answer SERVFAIL, so senders using them treat it as a temporary error, queue mail and eventually bounce it. This is not a missing record."
			at := "@RESOLVER"
			if host, port, err := net.SplitHostPort(re.Server); err == nil {
				at = "@" + host
				if port != "53" {
					at += " -p " + port
				}
			}
			rem = []string{"Check the zone's DNSSEC chain: delv " + at + " " + name + " " + qtype + " +vtrace (or dig " + at + " +cd " + name + " " + qtype + " for the data as served), or dnsviz.", "Re-sign the zone (check that automatic re-signing runs) and that the DS record at the parent matches a published DNSKEY."}
			break
		}
		summary = fmt.Sprintf("DNS server failed to answer the %s query for %s (SERVFAIL)", qtype, name)
		detail = "SERVFAIL means the resolver could not get an answer: most often a DNSSEC validation failure (expired signatures, DS/DNSKEY mismatch) or unreachable or lame authoritative servers. Senders treat it as a temporary error and queue mail."
		rem = []string{"Check the zone's DNSSEC chain (e.g. with delv or dnsviz).", "Check that every authoritative server for the zone answers."}
	case string(resolver.Timeout):
		summary = fmt.Sprintf("DNS %s query for %s timed out", qtype, name)
		detail = "No answer arrived in time: the authoritative servers or the resolver are unreachable or slow. This is not \"no record\": the question could not be asked."
		rem = []string{"Check that the zone's authoritative servers answer over UDP and TCP on port 53.", "Retry through another resolver to tell a local problem from a remote one."}
	default:
		summary = fmt.Sprintf("DNS %s query for %s failed (%s)", qtype, name, kind)
		detail = "The query could not be answered, so nothing can be concluded about the records."
		rem = []string{"Check the resolver asked and the zone's authoritative servers."}
	}
	ev := []string{err.Error()}
	if re != nil && len(re.Unchecked) > 0 {
		ev = append(ev, "with checking disabled (CD bit) the resolver answers:")
		ev = append(ev, re.Unchecked...)
	}
	f := newFinding("dns.error", finding.Fail, t, summary, detail, rem, ev)
	return f
}

func newFinding(id string, st finding.Status, t finding.Target, summary, detail string, rem, ev []string) finding.Finding {
	if rem == nil {
		rem = []string{}
	}
	ev = dedup(ev)
	return finding.Finding{ID: id, Status: st, Target: t, Summary: summary, Detail: detail, Remediation: rem, Evidence: ev}
}

// dedup drops repeated evidence lines (the same CNAME in the A and AAAA
// answers, the same AUTH line before and after TLS), keeping the order.
func dedup(lines []string) []string {
	if len(lines) < 2 {
		return lines
	}
	seen := make(map[string]bool, len(lines))
	out := lines[:0:0]
	for _, l := range lines {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}
