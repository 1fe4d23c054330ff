// Package dmarc checks a domain's DMARC policy (RFC 7489).
//
// DMARC ties SPF and DKIM to the author's domain (the From: header): a
// message passes when SPF or DKIM passes for a domain aligned with it. The
// owner publishes a policy as a TXT record at "_dmarc.<domain>" (§6.1), a
// tag-list (§6.3, §6.4) that starts with v=DMARC1 and names the treatment of
// failing mail in p= (none, quarantine, reject), sp= for subdomains, pct=
// for the share of mail it applies to, and rua=/ruf= for where aggregate and
// failure reports go. When _dmarc.<domain> holds no policy, receivers look
// at the Organizational Domain (§3.2, §6.6.3), found with the Public Suffix
// List, and apply its sp= (or p=) to the subdomain. Reports for another
// organisation's domain are sent only when that domain agrees, with a TXT
// record "v=DMARC1" at "<domain>._report._dmarc.<destination>" (§7.1).
//
// Records are parsed twice: by github.com/emersion/go-msgauth/dmarc, which
// is what many Go receivers run, and by this package's strict checks
// (tag-list syntax, v= first, duplicate and unknown tags, URI syntax),
// which catch what go-msgauth silently accepts (duplicates, unknown tags,
// a missing or misplaced v=, malformed report URIs). Lookup returns the
// effective policy; Check turns everything into findings "dmarc.*".
package dmarc

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"net/url"
	"strconv"
	"strings"

	msgdmarc "github.com/emersion/go-msgauth/dmarc"
	"golang.org/x/net/publicsuffix"

	"github.com/smtpgw/smtpgw/probe/dkimkey"
	"github.com/smtpgw/smtpgw/probe/resolver"
)

// Policies, weakest first.
const (
	PolicyNone       = "none"
	PolicyQuarantine = "quarantine"
	PolicyReject     = "reject"
)

// Limits.
const (
	MaxURIs          = 16 // report URIs per rua/ruf checked for authorisation
	MaxRecordSize    = dkimkey.MaxTagListSize
	DefaultPct       = 100
	reportAuthSuffix = "._report._dmarc."
)

// PolicyRank orders policies: none 0, quarantine 1, reject 2; -1 if unknown.
func PolicyRank(p string) int {
	switch p {
	case PolicyNone:
		return 0
	case PolicyQuarantine:
		return 1
	case PolicyReject:
		return 2
	}
	return -1
}

// URI is one report destination of rua= or ruf= (§6.2: dmarc-uri =
// URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ]).
type URI struct {
	Raw     string // as written
	Scheme  string // lower-case
	Address string // mailto: the address
	Domain  string // mailto: the address's domain, lower-case
	Limit   string // size limit suffix, "10m"
	Err     string // what is malformed, "" when valid
}

// Problem is a breach found by the strict checks.
type Problem struct {
	Tag    string // the tag concerned, "" for the record
	Msg    string
	Severe bool // the record is invalid: receivers may ignore it
}

func (p Problem) String() string {
	if p.Tag == "" {
		return p.Msg
	}
	return p.Tag + "=: " + p.Msg
}

// Record is a DMARC record as parsed by both parsers.
type Record struct {
	Text            string
	Tags            []dkimkey.Tag
	Policy          string // p=
	SubdomainPolicy string // sp=, "" when absent
	Pct             int    // pct=, DefaultPct when absent
	RUA, RUF        []URI
	Unknown         []string
	Problems        []Problem
	Lib             *msgdmarc.Record // go-msgauth's view; nil when it rejected the record
	LibErr          error
}

// Invalid reports whether the record has a severe problem.
func (r *Record) Invalid() bool {
	for _, p := range r.Problems {
		if p.Severe {
			return true
		}
	}
	return false
}

// Parse parses and checks a DMARC record. It always returns a record; its
// Problems list what is wrong.
func Parse(txt string) *Record {
	r := &Record{Text: txt, Pct: DefaultPct}
	bad := func(tag, format string, a ...any) {
		r.Problems = append(r.Problems, Problem{Tag: tag, Msg: fmt.Sprintf(format, a...), Severe: true})
	}
	warn := func(tag, format string, a ...any) {
		r.Problems = append(r.Problems, Problem{Tag: tag, Msg: fmt.Sprintf(format, a...)})
	}
	if len(txt) > MaxRecordSize {
		bad("", "record longer than %d octets: not parsed", MaxRecordSize)
		return r
	}
	r.Lib, r.LibErr = msgdmarc.Parse(txt)
	if r.LibErr != nil {
		bad("", "rejected by go-msgauth: %v", r.LibErr)
	}
	tags, errs := dkimkey.ParseTagList(txt)
	for _, e := range errs {
		if e.Lenient {
			warn("", "%s (RFC 7489 §6.4)", e.Error())
		} else {
			bad("", "malformed tag-list %s", e.Error())
		}
	}
	r.Tags = tags
	if len(tags) == 0 || tags[0].Name != "v" {
		bad("v", "the record must start with v=DMARC1 (RFC 7489 §6.3)")
	} else if tags[0].Value != "DMARC1" {
		bad("v", "version %q: must be exactly \"DMARC1\" (RFC 7489 §6.4)", tags[0].Value)
	}
	hasP := false
	for _, t := range tags {
		v := t.Value
		switch t.Name {
		case "v":
		case "p", "sp":
			if PolicyRank(v) < 0 {
				bad(t.Name, "policy %q: must be none, quarantine or reject (RFC 7489 §6.3)", v)
				continue
			}
			if t.Name == "p" {
				r.Policy, hasP = v, true
			} else {
				r.SubdomainPolicy = v
			}
		case "pct":
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 || n > 100 || (len(v) > 1 && v[0] == '0') {
				bad("pct", "%q: must be an integer from 0 to 100 (RFC 7489 §6.3)", v)
				continue
			}
			r.Pct = n
		case "adkim", "aspf":
			if v != "r" && v != "s" {
				bad(t.Name, "%q: must be r (relaxed) or s (strict) (RFC 7489 §6.3)", v)
			}
		case "fo":
			for _, o := range strings.Split(v, ":") {
				if o = strings.TrimSpace(o); o != "0" && o != "1" && o != "d" && o != "s" {
					bad("fo", "option %q: must be 0, 1, d or s, separated by \":\" (RFC 7489 §6.3)", o)
				}
			}
		case "rf":
			for _, f := range strings.Split(v, ":") {
				if strings.TrimSpace(f) != "afrf" {
					bad("rf", "report format %q: only afrf is defined (RFC 7489 §6.3)", f)
				}
			}
		case "ri":
			if n, err := strconv.ParseUint(v, 10, 32); err != nil || n == 0 {
				bad("ri", "%q: must be a positive number of seconds (RFC 7489 §6.3)", v)
			}
		case "rua", "ruf":
			uris := ParseURIs(v)
			if t.Name == "rua" {
				r.RUA = uris
			} else {
				r.RUF = uris
			}
		default:
			r.Unknown = append(r.Unknown, t.Name)
		}
	}
	if !hasP && len(tags) > 0 {
		bad("p", "missing: p= is required (RFC 7489 §6.3); receivers act as if p=none only when rua= holds a valid URI, and otherwise ignore the record (§6.6.3)")
	}
	return r
}

// ParseURIs parses a comma-separated dmarc-uri list (RFC 7489 §6.2, §6.4).
func ParseURIs(s string) []URI {
	var out []URI
	for _, raw := range strings.Split(s, ",") {
		raw = strings.TrimSpace(raw)
		u := URI{Raw: raw}
		out = append(out, u)
		p := &out[len(out)-1]
		if raw == "" {
			p.Err = "empty URI in the list"
			continue
		}
		// "!" introduces a size limit; a literal "!" in the URI must be %21 (§6.4).
		if i := strings.LastIndexByte(raw, '!'); i >= 0 {
			lim := raw[i+1:]
			raw = raw[:i]
			n := strings.TrimRight(lim, "kmgt")
			if n == "" || len(lim)-len(n) > 1 || strings.Trim(n, "0123456789") != "" {
				p.Err = fmt.Sprintf("bad size limit %q: write !<digits>[k|m|g|t]", "!"+lim)
				continue
			}
			p.Limit = lim
		}
		pu, err := url.Parse(raw)
		if err != nil || pu.Scheme == "" {
			p.Err = "not a URI with a scheme: write mailto:reports@example.com"
			continue
		}
		p.Scheme = strings.ToLower(pu.Scheme)
		switch p.Scheme {
		case "mailto":
			addr := pu.Opaque
			if addr == "" {
				addr = pu.Path
			}
			if i := strings.IndexByte(addr, '?'); i >= 0 {
				addr = addr[:i]
			}
			if a, err := url.PathUnescape(addr); err == nil {
				addr = a
			}
			ma, err := mail.ParseAddress(addr)
			if err != nil || ma.Address != addr || !strings.Contains(addr, "@") {
				p.Err = fmt.Sprintf("mailto: address %q is not a valid mailbox", addr)
				continue
			}
			at := strings.LastIndexByte(addr, '@')
			p.Address, p.Domain = addr, strings.ToLower(addr[at+1:])
			if !strings.Contains(p.Domain, ".") {
				p.Err = fmt.Sprintf("mailto: domain %q is not fully qualified", p.Domain)
			}
		case "https", "http":
			if pu.Host == "" {
				p.Err = "https: URI without a host"
			}
		default:
			p.Err = fmt.Sprintf("scheme %q: receivers send reports only to mailto: URIs (RFC 7489 §6.2)", p.Scheme)
		}
	}
	return out
}

// OrgDomain returns the Organizational Domain of domain (RFC 7489 §3.2) by
// the Public Suffix List. Unknown TLDs such as .test count as one-label
// public suffixes, so the org domain of a.b.example.test is example.test.
func OrgDomain(domain string) string {
	domain = strings.ToLower(strings.TrimSuffix(domain, "."))
	org, err := publicsuffix.EffectiveTLDPlusOne(domain)
	if err != nil {
		return domain
	}
	return org
}

// Lookup errors.
var (
	ErrNoRecord       = errors.New("no DMARC record")
	ErrMultipleRecord = errors.New("more than one DMARC record: receivers apply no DMARC processing (RFC 7489 §6.6.3)")
)

// Fetched is the TXT answer at one _dmarc name.
type Fetched struct {
	Name     string // _dmarc.<domain>
	Domain   string
	TXT      [][]string
	DMARC    []string // records starting with "v=DMARC1"
	NXDomain bool
	Answer   *resolver.Answer
}

// Evidence returns the answer records as received.
func (f *Fetched) Evidence() []string {
	if f == nil {
		return nil
	}
	return f.Answer.Evidence(f.Name)
}

// fetch queries _dmarc.<domain> and keeps the records that start with
// "v=DMARC1" (§6.6.3 step 3: others are discarded).
func fetch(ctx context.Context, r *resolver.Resolver, domain string) (*Fetched, error) {
	f := &Fetched{Domain: domain, Name: "_dmarc." + domain}
	txts, ans, err := r.TXT(ctx, f.Name)
	f.Answer = ans
	if err != nil {
		if resolver.IsNXDomain(err) {
			f.NXDomain = true
			return f, ErrNoRecord
		}
		return f, err
	}
	f.TXT = txts
	for _, t := range txts {
		s := strings.Join(t, "")
		if strings.HasPrefix(strings.TrimLeft(s, " \t"), "v=DMARC1") || strings.HasPrefix(strings.ToLower(strings.TrimLeft(s, " \t")), "v=dmarc1") {
			f.DMARC = append(f.DMARC, s)
		}
	}
	switch len(f.DMARC) {
	case 0:
		return f, ErrNoRecord
	case 1:
		return f, nil
	}
	return f, ErrMultipleRecord
}

// Result is the policy that applies to a domain.
type Result struct {
	Domain    string   // the domain asked about
	OrgDomain string   // its Organizational Domain
	Fallback  bool     // the record was found at the org domain, not the domain
	Fetched   *Fetched // where the record was found (or the last place looked)
	Tried     []*Fetched
	Record    *Record
	// Effective is the policy receivers apply to mail from Domain: p=, or
	// sp= when the record came from the org domain (§6.6.3); "" when no
	// valid record applies (an invalid record counts as none only when it
	// lacks a valid p= but has a valid rua=, §6.6.3). Pct is the share it
	// applies to.
	Effective string
	Pct       int
	// Lenient is what a receiver that ignores the record's errors would
	// apply (the first p=, or sp= after the fallback); "" without one.
	Lenient string
}

// Lookup discovers the DMARC policy of domain (RFC 7489 §6.6.3): the record
// at _dmarc.<domain>, else at _dmarc.<org domain>. It returns ErrNoRecord,
// ErrMultipleRecord, or a *resolver.Error (no fallback is tried after a DNS
// failure: receivers would give temperror). The Result is always non-nil.
func Lookup(ctx context.Context, r *resolver.Resolver, domain string) (*Result, error) {
	domain = strings.ToLower(strings.TrimSuffix(domain, "."))
	res := &Result{Domain: domain, OrgDomain: OrgDomain(domain)}
	f, err := fetch(ctx, r, domain)
	res.Fetched = f
	res.Tried = append(res.Tried, f)
	if errors.Is(err, ErrNoRecord) && res.OrgDomain != domain {
		f, err = fetch(ctx, r, res.OrgDomain)
		res.Fetched = f
		res.Tried = append(res.Tried, f)
		res.Fallback = true
	}
	if err != nil {
		return res, err
	}
	rec := Parse(f.DMARC[0])
	res.Record = rec
	res.Pct = rec.Pct
	res.Lenient = rec.Policy
	if res.Fallback && rec.SubdomainPolicy != "" {
		res.Lenient = rec.SubdomainPolicy
	}
	switch {
	case !rec.Invalid():
		res.Effective = res.Lenient
	case rec.Policy == "" && validURI(rec.RUA):
		res.Effective = PolicyNone // §6.6.3: no valid p= but a valid rua=
	}
	return res, nil
}

func validURI(us []URI) bool {
	for _, u := range us {
		if u.Err == "" {
			return true
		}
	}
	return false
}
