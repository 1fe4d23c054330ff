// Package dnsbl checks IP addresses and domain names against DNS blocklists
// (RFC 5782, "DNS Blacklists and Whitelists").
//
// # Mechanism
//
// A DNS blocklist publishes its entries as DNS names under its zone. To ask
// whether the IPv4 address 192.0.2.99 is listed on zen.spamhaus.org, one
// queries the A record of the address with its octets reversed, prefixed to
// the zone: 99.2.0.192.zen.spamhaus.org (RFC 5782 §2.1). An IPv6 address is
// written as its 32 nibbles in reverse order, dot-separated, as in ip6.arpa:
// 2001:db8::1 becomes 1.0.0.0.(...).8.b.d.0.1.0.0.2.<zone> (§2.4). A domain
// list (a "right-hand side" or URI list, §3) is asked with the domain name
// itself prefixed: example.com.dbl.spamhaus.org.
//
// An entry that is not listed does not exist: the answer is NXDOMAIN (or,
// less usually, a name without A records). A listed entry has one or more A
// records in 127.0.0.0/8 — the "return codes" — whose value says why it is
// listed; each list documents its own codes (List.Codes, List.Bits). Some
// lists also publish a TXT record with a human-readable reason.
//
// # Queries a list refused
//
// Several lists answer with a code that is NOT a listing when they refuse to
// serve the query — typically because it came through a large public
// resolver (8.8.8.8, 1.1.1.1, 9.9.9.9) or exceeded a volume limit: Spamhaus
// answers 127.255.255.254 (query through a public/open resolver),
// 127.255.255.255 (excessive number of queries) and 127.255.255.252 (query
// sent to a wrong list name); URIBL answers 127.0.0.1; the Spamhaus DBL
// answers 127.0.1.255 to an IP address. Those are reported as StatusRefused —
// "could not check" — never as listed and never as clean. An answer outside
// 127.0.0.0/8 is not a list answer at all (a resolver that rewrites NXDOMAIN
// to an advertising page answers that way) and is reported as refused too.
// Some public resolvers instead answer NXDOMAIN for every Spamhaus query;
// that cannot be told from "not listed", which is why a clean result from a
// public resolver is worth less than one from your own recursive resolver.
//
// # Use
//
// A Checker holds the resolver (package resolver) and the lists
// (Default unless set; tests point it at zones of their own). CheckIP and
// CheckDomain query every applicable list concurrently and return one Result
// per list; Findings turns results into findings (package finding):
// dnsbl.listed (fail), dnsbl.refused and dnsbl.error (warn), dnsbl.clean
// (pass).
package dnsbl

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"

	"github.com/miekg/dns"
	"github.com/smtpgw/smtpgw/internal/lazy"
	"github.com/smtpgw/smtpgw/resolver"
)

// Kind says what a list lists.
type Kind string

// Kinds of list.
const (
	IPList     Kind = "ip"     // IP addresses of mail senders (RFC 5782 §2)
	DomainList Kind = "domain" // domain names, as seen in addresses and links (RFC 5782 §3)
)

// List is one DNS blocklist.
type List struct {
	Name string // "Spamhaus ZEN"
	Zone string // "zen.spamhaus.org"
	Kind Kind
	IPv6 bool // the list publishes IPv6 entries (nibble format)
	// Codes maps an exact return code to its meaning.
	Codes map[string]string
	// Bits, for lists whose codes are bitmasks in the last octet
	// (127.0.0.X, several lists at once), maps a bit to its meaning.
	Bits map[byte]string
	// Refused maps return codes that say the query was not served
	// (not a listing) to their meaning.
	Refused map[string]string
	// Delist is where to look the entry up and ask for removal.
	Delist string
	// Removal says how entries leave the list.
	Removal string
}

// spamhausRefused are the Spamhaus public-mirror error codes.
var spamhausRefused = lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{
		"127.255.255.252": "query refused: typing error in the list name (query sent to a wrong Spamhaus zone)",
		"127.255.255.254": "query refused from a public/open resolver (Spamhaus does not answer queries through non-attributable resolvers such as public DNS services)",
		"127.255.255.255": "query refused: excessive number of queries from this resolver",
	}
}}

func with(m map[string]string, k, v string) map[string]string {
	out := map[string]string{k: v}
	for a, b := range m {
		out[a] = b
	}
	return out
}

// Default returns the table of major public lists (built on first use:
// its maps would otherwise be built at the start of every command). Return codes are as the list
// operators document them; see docs/diagnose.md for the sources.
func Default() []List { return defaultLists.Get() }

var defaultLists = lazy.Value[[]List]{New: func() []List {
	return []List{
		{
			Name: "Spamhaus ZEN", Zone: "zen.spamhaus.org", Kind: IPList, IPv6: true,
			Codes: map[string]string{
				"127.0.0.2":  "SBL: direct spam source or spam operation (Spamhaus Block List)",
				"127.0.0.3":  "SBL CSS: snowshoe or low-reputation sending detected automatically",
				"127.0.0.4":  "XBL: exploited or infected host (botnet, open proxy; CBL data)",
				"127.0.0.9":  "SBL DROP: hijacked or criminal network (Don't Route Or Peer)",
				"127.0.0.10": "PBL (ISP-maintained): the range is not meant to send mail directly to other mail servers",
				"127.0.0.11": "PBL (Spamhaus-maintained): the range is not meant to send mail directly to other mail servers",
				"127.0.0.30": "BCL: botnet controller",
			},
			Refused: spamhausRefused.Get(),
			Delist:  "https://check.spamhaus.org/",
			Removal: "SBL and XBL entries have self-service removal after the cause is fixed; a PBL entry means the address should send through the provider's relay, or the provider must mark it as a mail server",
		},
		{
			Name: "SpamCop", Zone: "bl.spamcop.net", Kind: IPList,
			Codes:   map[string]string{"127.0.0.2": "listed: spam reports or spamtrap hits from this address"},
			Delist:  "https://www.spamcop.net/bl.shtml",
			Removal: "entries expire automatically about 24 hours after the reports stop; repeated listings last longer",
		},
		{
			Name: "Barracuda", Zone: "b.barracudacentral.org", Kind: IPList,
			Codes:   map[string]string{"127.0.0.2": "listed as poor reputation on the Barracuda Reputation Block List"},
			Delist:  "https://www.barracudacentral.org/rbl/removal-request",
			Removal: "one removal request after the cause is fixed; processed within about a day",
		},
		{
			Name: "UCEPROTECT Level 1", Zone: "dnsbl-1.uceprotect.net", Kind: IPList,
			Codes:   map[string]string{"127.0.0.2": "listed: this address sent to UCEPROTECT spamtraps"},
			Delist:  "https://www.uceprotect.net/",
			Removal: "entries expire automatically (7 days after the last spamtrap hit); express delisting is paid",
		},
		{
			Name: "PSBL", Zone: "psbl.surriel.com", Kind: IPList,
			Codes:   map[string]string{"127.0.0.2": "listed: this address sent mail to PSBL spamtraps"},
			Delist:  "https://psbl.org/remove",
			Removal: "anyone can remove an address with the self-service form",
		},
		{
			Name: "Mailspike", Zone: "bl.mailspike.net", Kind: IPList,
			Codes: map[string]string{
				"127.0.0.2":  "listed: part of a distributed spam wave (Mailspike Z list)",
				"127.0.0.10": "reputation L5: worst possible reputation",
				"127.0.0.11": "reputation L4: very bad reputation",
				"127.0.0.12": "reputation L3: bad reputation",
			},
			Delist:  "https://mailspike.org/",
			Removal: "automated and temporary: the reputation recovers when the sending behaviour changes; a self-service form exists",
		},
		{
			Name: "Spamhaus DBL", Zone: "dbl.spamhaus.org", Kind: DomainList,
			Codes: map[string]string{
				"127.0.1.2":   "low-reputation domain (spam)",
				"127.0.1.4":   "phishing domain",
				"127.0.1.5":   "malware domain",
				"127.0.1.6":   "botnet command-and-control domain",
				"127.0.1.102": "abused legitimate domain (spam)",
				"127.0.1.103": "abused redirector or URL shortener",
				"127.0.1.104": "abused legitimate domain (phishing)",
				"127.0.1.105": "abused legitimate domain (malware)",
				"127.0.1.106": "abused legitimate domain (botnet C&C)",
			},
			Refused: with(spamhausRefused.Get(), "127.0.1.255", "query refused: an IP address was asked of a domain list"),
			Delist:  "https://check.spamhaus.org/",
			Removal: "look the domain up and follow the removal steps after the cause is fixed",
		},
		{
			Name: "SURBL", Zone: "multi.surbl.org", Kind: DomainList,
			Bits: map[byte]string{
				4:   "DM: disposable email domain",
				8:   "PH: phishing site",
				16:  "MW: malware site",
				32:  "CT: click-tracking domain",
				64:  "ABUSE: spam and abuse site",
				128: "CR: cracked (compromised) site",
			},
			Delist:  "https://www.surbl.org/surbl-analysis",
			Removal: "entries expire when the domain stops appearing in spam; a removal request is possible after the cause is fixed",
		},
		{
			Name: "URIBL", Zone: "multi.uribl.com", Kind: DomainList,
			Bits: map[byte]string{
				2: "black: domain used by spammers",
				4: "grey: domain found in bulk mail (may honour opt-out)",
				8: "red: young or privacy-protected domain actively seen in mail",
			},
			Refused: map[string]string{"127.0.0.1": "query refused by URIBL (bit 1: public resolver or volume limit; not a listing)"},
			Delist:  "https://www.uribl.com/",
			Removal: "look the domain up and file a delist request (an account is required)",
		},
	}
}}

// Status is the outcome of one query.
type Status string

// Statuses.
const (
	Listed  Status = "listed"
	Clean   Status = "clean"   // NXDOMAIN or no A record: not listed
	Refused Status = "refused" // the list did not serve the query: could not check
	Failed  Status = "error"   // the lookup failed (timeout, SERVFAIL, ...): could not check
	Skipped Status = "skipped" // the list cannot be asked about this subject (IPv6 on an IPv4-only list)
)

// Result is the answer of one list about one subject.
type Result struct {
	List     *List    `json:"-"`
	ListName string   `json:"list"`
	Zone     string   `json:"zone"`
	Subject  string   `json:"subject"` // the IP address or domain asked about
	Query    string   `json:"query"`   // the DNS name queried
	Status   Status   `json:"status"`
	Codes    []string `json:"codes,omitempty"`    // A records of the answer
	Meanings []string `json:"meanings,omitempty"` // what the codes mean
	Err      error    `json:"-"`
	Error    string   `json:"error,omitempty"`
}

// ErrInvalid is the error for a subject that cannot be asked: not an IP
// address, or not a domain name.
var ErrInvalid = errors.New("dnsbl: invalid subject")

// Error is a failed blocklist lookup. It wraps the resolver's error
// (*resolver.Error), so errors.As finds the DNS failure kind.
type Error struct {
	Zone  string
	Query string
	Err   error
}

func (e *Error) Error() string { return "dnsbl " + e.Zone + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// IPQueryName is the name to query for ip on zone (RFC 5782 §2.1, §2.4):
// reversed octets for IPv4, reversed nibbles for IPv6.
func IPQueryName(ip net.IP, zone string) (string, error) {
	zone = strings.TrimSuffix(zone, ".")
	if v4 := ip.To4(); v4 != nil {
		return fmt.Sprintf("%d.%d.%d.%d.%s.", v4[3], v4[2], v4[1], v4[0], zone), nil
	}
	v6 := ip.To16()
	if v6 == nil {
		return "", fmt.Errorf("%w: %q is not an IP address", ErrInvalid, ip.String())
	}
	const hex = "0123456789abcdef"
	var b strings.Builder
	for i := 15; i >= 0; i-- {
		b.WriteByte(hex[v6[i]&0xf])
		b.WriteByte('.')
		b.WriteByte(hex[v6[i]>>4])
		b.WriteByte('.')
	}
	return b.String() + zone + ".", nil
}

// DomainQueryName is the name to query for domain on a domain list zone
// (RFC 5782 §3): the domain itself, prefixed to the zone.
func DomainQueryName(domain, zone string) (string, error) {
	d := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(domain)), ".")
	if d == "" || net.ParseIP(d) != nil {
		return "", fmt.Errorf("%w: %q is not a domain name", ErrInvalid, domain)
	}
	if !isHostname(d) {
		return "", fmt.Errorf("%w: %q is not a domain name", ErrInvalid, domain)
	}
	return d + "." + strings.TrimSuffix(zone, ".") + ".", nil
}

// Checker queries blocklists through a resolver.
type Checker struct {
	Resolver *resolver.Resolver
	Lists    []List // nil: Default
}

func (c *Checker) lists(k Kind) []*List {
	ls := c.Lists
	if ls == nil {
		ls = Default()
	}
	var out []*List
	for i := range ls {
		if ls[i].Kind == k {
			out = append(out, &ls[i])
		}
	}
	return out
}

// CheckIP asks every IP list about ip, concurrently, and returns one Result
// per list in table order. The error is non-nil only for a missing resolver.
func (c *Checker) CheckIP(ctx context.Context, ip net.IP) ([]Result, error) {
	if c.Resolver == nil {
		return nil, errors.New("dnsbl: no resolver")
	}
	if ip == nil {
		return nil, fmt.Errorf("%w: no IP address", ErrInvalid)
	}
	return c.run(ctx, c.lists(IPList), ip.String(), func(l *List) (string, Status) {
		if ip.To4() == nil && !l.IPv6 {
			return "", Skipped
		}
		name, _ := IPQueryName(ip, l.Zone)
		return name, ""
	}), nil
}

// CheckDomain asks every domain list about domain, concurrently.
func (c *Checker) CheckDomain(ctx context.Context, domain string) ([]Result, error) {
	if c.Resolver == nil {
		return nil, errors.New("dnsbl: no resolver")
	}
	if _, err := DomainQueryName(domain, "x"); err != nil {
		return nil, err
	}
	d := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(domain)), ".")
	return c.run(ctx, c.lists(DomainList), d, func(l *List) (string, Status) {
		name, _ := DomainQueryName(d, l.Zone)
		return name, ""
	}), nil
}

func (c *Checker) run(ctx context.Context, lists []*List, subject string, name func(*List) (string, Status)) []Result {
	out := make([]Result, len(lists))
	var wg sync.WaitGroup
	for i, l := range lists {
		q, st := name(l)
		out[i] = Result{List: l, ListName: l.Name, Zone: l.Zone, Subject: subject, Query: q, Status: st}
		if st == Skipped {
			out[i].Error = "the list publishes no IPv6 entries"
			continue
		}
		wg.Add(1)
		go func(r *Result) {
			defer wg.Done()
			c.query(ctx, r)
		}(&out[i])
	}
	wg.Wait()
	return out
}

func (c *Checker) query(ctx context.Context, r *Result) {
	ans, err := c.Resolver.Query(ctx, r.Query, dns.TypeA)
	if err != nil {
		var re *resolver.Error
		if errors.As(err, &re) && re.Kind == resolver.NXDomain {
			r.Status = Clean
			return
		}
		r.Err = &Error{Zone: r.Zone, Query: r.Query, Err: err}
		r.Error = err.Error()
		r.Status = Failed
		if errors.As(err, &re) && re.Kind == resolver.Refused {
			r.Status = Refused
			r.Meanings = []string{"the resolver answered REFUSED"}
		}
		return
	}
	for _, rr := range ans.Records {
		if a, ok := rr.(*dns.A); ok {
			r.Codes = append(r.Codes, a.A.String())
		}
	}
	if len(r.Codes) == 0 {
		r.Status = Clean
		return
	}
	r.Status, r.Meanings = Interpret(r.List, r.Codes)
}

// Interpret classifies the return codes of one answer of list l. A refused
// code anywhere makes the whole answer Refused; so does an answer outside
// 127.0.0.0/8. Codes the table does not know are still a listing, with a
// meaning that says so.
func Interpret(l *List, codes []string) (Status, []string) {
	var listed, refused []string
	for _, c := range codes {
		ip := net.ParseIP(c).To4()
		if ip == nil || ip[0] != 127 {
			refused = append(refused, c+": not a blocklist answer (outside 127.0.0.0/8; the resolver may rewrite NXDOMAIN)")
			continue
		}
		if m, ok := l.Refused[c]; ok {
			refused = append(refused, c+": "+m)
			continue
		}
		if m, ok := l.Codes[c]; ok {
			listed = append(listed, c+": "+m)
			continue
		}
		if l.Bits != nil {
			var parts []string
			for bit := 1; bit < 256; bit <<= 1 {
				if ip[3]&byte(bit) != 0 {
					m, ok := l.Bits[byte(bit)]
					if !ok {
						m = "bit " + strconv.Itoa(bit) + " (not documented)"
					}
					parts = append(parts, m)
				}
			}
			if len(parts) > 0 {
				listed = append(listed, c+": "+strings.Join(parts, "; "))
				continue
			}
		}
		listed = append(listed, c+": return code not documented by the list")
	}
	if len(refused) > 0 {
		return Refused, refused
	}
	return Listed, listed
}

// WithZoneSuffix returns a copy of lists whose zones end in suffix as well:
// "zen.spamhaus.org" with suffix "bl.test" becomes "zen.spamhaus.org.bl.test".
// Tests and private mirrors use it to ask the same table of lists on zones
// of their own.
func WithZoneSuffix(lists []List, suffix string) []List {
	suffix = strings.Trim(suffix, ".")
	out := make([]List, len(lists))
	copy(out, lists)
	if suffix == "" {
		return out
	}
	for i := range out {
		out[i].Zone = strings.TrimSuffix(out[i].Zone, ".") + "." + suffix
	}
	return out
}

// ParseList turns one user's list choice (smtpgw --blocklist) into a List:
//
//	zen.spamhaus.org                              a list of the table (Default), by its zone
//	zen.spamhaus.org=KEY.zen.dq.spamhaus.net      a list of the table, asked at another zone
//	                                              (Spamhaus DQS, a local rsync mirror): its
//	                                              return codes and delisting address stay
//	ip:dnsbl.example.net                          a list of your own of IP addresses
//	domain:dbl.example.net                        a list of your own of domain names
//	dnsbl.example.net                             not in the table: an IP list of your own
//
// A list of one's own has no table of return codes: every answer in
// 127.0.0.0/8 is a listing ("return code not documented by the list").
func ParseList(spec string) (List, error) {
	s := strings.ToLower(strings.TrimSpace(spec))
	bad := func(why string) (List, error) {
		return List{}, fmt.Errorf("blocklist %q: %s (give a zone such as zen.spamhaus.org, zen.spamhaus.org=MIRROR-ZONE, ip:ZONE or domain:ZONE)", spec, why)
	}
	zoneOK := func(z string) bool { return isHostname(strings.TrimSuffix(z, ".")) }
	if name, at, ok := strings.Cut(s, "="); ok {
		l, known := tableList(name)
		if !known {
			return bad(name + " is not in the table of lists (smtpgw knows: " + tableZones() + ")")
		}
		if !zoneOK(at) {
			return bad(at + " is not a DNS zone name")
		}
		l.Zone = strings.TrimSuffix(at, ".")
		return l, nil
	}
	kind := IPList
	switch {
	case strings.HasPrefix(s, "ip:"):
		s = s[3:]
	case strings.HasPrefix(s, "domain:"):
		s, kind = s[7:], DomainList
	default:
		if l, known := tableList(s); known {
			return l, nil
		}
	}
	s = strings.TrimSuffix(s, ".")
	if !zoneOK(s) {
		return bad(s + " is not a DNS zone name")
	}
	return List{Name: s, Zone: s, Kind: kind, Delist: "the list operator's web site (" + s + " is not in smtpgw's table)",
		Removal: "see the list operator's documentation"}, nil
}

// ParseLists parses every spec (ParseList); "default" stands for the whole
// table. A list given twice is kept once.
func ParseLists(specs []string) ([]List, error) {
	var out []List
	seen := map[string]bool{}
	add := func(l List) {
		k := string(l.Kind) + " " + l.Zone
		if !seen[k] {
			seen[k] = true
			out = append(out, l)
		}
	}
	for _, s := range specs {
		if strings.EqualFold(strings.TrimSpace(s), "default") {
			for _, l := range Default() {
				add(l)
			}
			continue
		}
		l, err := ParseList(s)
		if err != nil {
			return nil, err
		}
		add(l)
	}
	return out, nil
}

func tableList(zone string) (List, bool) {
	zone = strings.TrimSuffix(zone, ".")
	for _, l := range Default() {
		if l.Zone == zone {
			return l, true
		}
	}
	return List{}, false
}

func tableZones() string {
	var z []string
	for _, l := range Default() {
		z = append(z, l.Zone)
	}
	return strings.Join(z, ", ")
}

// isHostname reports whether d is a dotted name of letters, digits, hyphens
// and underscores, each label 1-63 octets, 253 in all.
func isHostname(d string) bool {
	if len(d) > 253 || !strings.Contains(d, ".") {
		return false
	}
	for _, label := range strings.Split(d, ".") {
		if label == "" || len(label) > 63 {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
				return false
			}
		}
	}
	return true
}
