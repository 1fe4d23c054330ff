// Package dmarc discovers and checks a domain's DMARC policy as receivers
// enforce it now: RFC 9989 (DMARCbis, which obsoletes RFC 7489 and RFC
// 9091), with the external report destinations of RFC 9990.
//
// The owner publishes a policy as a TXT record at "_dmarc.<domain>", a
// tag-list that starts with v=DMARC1 (§4.7, §4.8). A domain without its own
// record inherits the record of its Organizational Domain, or of its Public
// Suffix Domain (a record with psd=y), found by the DNS Tree Walk of §4.10
// instead of RFC 7489's Public Suffix List: at most eight queries, from the
// domain up to its top-level domain, skipping the labels beyond the
// seventh. The same walk gives the Organizational Domain that relaxed
// alignment compares (§4.10.2). The inherited record's sp= applies to an
// existing subdomain and np= to a non-existent one.
//
// Records are parsed by this package's own parser, which follows RFC 9989's
// rules for receivers: tag names and keyword values are case-insensitive
// (RFC 5234 §2.3), unknown tags are ignored, syntax errors in optional tags
// fall back to the defaults instead of discarding the record (§4.8), and
// pct=, rf= and ri= are removed tags. Only v=DMARC1 itself is
// case-sensitive and must come first.
//
// Lookup returns the policy with the rule that found it, and what a
// receiver still following RFC 7489 would apply; Check turns everything
// into findings "dmarc.*". Walk and Aligned serve alignment checks. Nothing
// here prints.
package dmarc

import (
	"fmt"
	"net/mail"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// Policies, weakest first.
const (
	PolicyNone       = "none"
	PolicyQuarantine = "quarantine"
	PolicyReject     = "reject"
)

// Limits.
const (
	MaxURIs          = 16   // report destinations checked for authorisation
	MaxRecordSize    = 8192 // longer TXT answers are not parsed
	MaxWalkQueries   = 8    // RFC 9989 §4.10: the DNS Tree Walk makes at most eight queries
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

// Lower returns the policy one level below p (t=y, RFC 9989 §4.7):
// reject → quarantine, quarantine → none, none → none.
func Lower(p string) string {
	switch p {
	case PolicyReject:
		return PolicyQuarantine
	case PolicyQuarantine:
		return PolicyNone
	}
	return p
}

// Level is how much a Problem matters.
type Level int

const (
	// LevelInfo: ignored by receivers, no effect (an unknown tag).
	LevelInfo Level = iota
	// LevelWarn: a syntax error receivers skip or a value they replace by
	// the default, a removed tag; the policy still applies.
	LevelWarn
	// LevelSevere: the record's policy is unusable: receivers act as if it
	// said p=none (when rua= has a valid URI) or ignore it (§4.10.1).
	LevelSevere
)

// Problem is a breach of RFC 9989's grammar or rules in a record.
type Problem struct {
	Tag   string // the tag concerned (lower-case), "" for the record
	Msg   string
	Level Level
}

func (p Problem) String() string {
	if p.Tag == "" {
		return p.Msg
	}
	return p.Tag + "=: " + p.Msg
}

// Tag is one tag=value pair, in record order.
type Tag struct {
	Name  string // lower-case
	Raw   string // the name as written
	Value string // surrounding whitespace removed
}

// URI is one report destination of rua= or ruf= (RFC 9989 §4.8:
// dmarc-uri, or the obsolete form with a "!size" suffix).
type URI struct {
	Raw     string // as written
	Scheme  string // lower-case
	Address string // mailto: the address
	Domain  string // mailto: the address's domain, lower-case
	Limit   string // obsolete size limit suffix, "10m"; receivers ignore it
	Err     string // what is malformed, "" when valid
}

// Record is a parsed DMARC record. Values are the ones receivers use:
// invalid optional values are replaced by the defaults.
type Record struct {
	Text string
	Tags []Tag
	// Policy is p=, SubdomainPolicy sp= and NonexistentPolicy np=, each
	// lower-case and "" when absent or invalid.
	Policy, SubdomainPolicy, NonexistentPolicy string
	PSD                                        string // psd=: "y", "n" or "u" (default)
	Testing                                    bool   // t=y
	ADKIM, ASPF                                string // "r" (default) or "s"
	FO                                         string // fo=, "0" by default
	// Pct is the removed pct= tag, which RFC 7489 receivers still apply;
	// 100 when absent or invalid, HasPct when present.
	Pct      int
	HasPct   bool
	RUA, RUF []URI
	Unknown  []string // unknown tag names, as written
	Removed  []string // removed tags present (pct, rf, ri)
	Problems []Problem
	// badPolicy names the p=/sp=/np= problem that makes the policy
	// unusable (§4.10.1), "" when the policy is usable.
	badPolicy string
	notDMARC  bool // does not start with v=DMARC1
}

// Invalid reports whether the record has a severe problem.
func (r *Record) Invalid() bool {
	for _, p := range r.Problems {
		if p.Level == LevelSevere {
			return true
		}
	}
	return false
}

// IsDMARC reports whether the record starts with v=DMARC1, the test
// receivers apply before anything else (§4.10 step 2): other TXT records
// are discarded.
func (r *Record) IsDMARC() bool { return !r.notDMARC }

// Policies returns the policies receivers apply from this record to the
// domain itself (p), to its existing subdomains (sp) and to its
// non-existent subdomains (np), defaults filled in: sp defaults to p, np
// to sp. A record without a valid p=, or with an invalid sp= or np=, is
// treated as p=none when rua= has a valid URI and is otherwise ignored
// (§4.10.1): then ok is false and all three are "" (ignored) or "none".
func (r *Record) Policies() (p, sp, np string, ok bool) {
	if r.notDMARC || r.Invalid() {
		if r.notDMARC || r.badPolicy == "" || !ValidURI(r.RUA) {
			return "", "", "", false
		}
		return PolicyNone, PolicyNone, PolicyNone, false
	}
	p, sp, np = r.Policy, r.SubdomainPolicy, r.NonexistentPolicy
	if sp == "" {
		sp = p
	}
	if np == "" {
		np = sp
	}
	return p, sp, np, true
}

// tagSpec is one ";"-separated part of a record.
type tagSpec struct {
	name, value string
	ok          bool   // name = 1*ALPHA, "=" present, value non-empty and printable
	why         string // what is wrong when !ok
}

func isWSP(c byte) bool { return c == ' ' || c == '\t' }

func trimWSP(s string) string {
	for len(s) > 0 && isWSP(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isWSP(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// parseSpec parses dmarc-tag = 1*ALPHA equals 1*dmarc-value, where
// equals = *WSP "=" *WSP and dmarc-value is %x20-3A / %x3C-7E.
func parseSpec(s string) tagSpec {
	s = trimWSP(s)
	name, value, found := strings.Cut(s, "=")
	t := tagSpec{name: trimWSP(name), value: trimWSP(value)}
	switch {
	case !found:
		t.why = "no \"=\": not a tag"
	case t.name == "":
		t.why = "no tag name before \"=\""
	case strings.TrimLeft(t.name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != "":
		t.why = fmt.Sprintf("tag name %q: tag names are letters only", t.name)
	case t.value == "":
		t.why = "empty value"
	default:
		for i := 0; i < len(t.value); i++ {
			if c := t.value[i]; c < 0x20 || c > 0x7e {
				t.why = fmt.Sprintf("non-printable or non-ASCII octet 0x%02x in the value", c)
				return t
			}
		}
		t.ok = true
	}
	return t
}

// knownTags are the tags of RFC 9989 §4.7; removedTags those of RFC 7489
// that RFC 9989 removed (Appendix C.5.2).
var (
	knownTags = lazy.Value[map[string]bool]{New: func() map[string]bool {
		return map[string]bool{"v": true, "p": true, "sp": true, "np": true, "psd": true, "t": true, "adkim": true, "aspf": true, "fo": true, "rua": true, "ruf": true}
	}}
	removedTags = lazy.Value[map[string]string]{New: func() map[string]string {
		return map[string]string{
			"pct": "pct= was removed by RFC 9989 (Appendix A.6, C.5.2; t=y replaces pct=0): RFC 9989 receivers ignore it, receivers still following RFC 7489 apply the policy to only that share of failing mail",
			"rf":  "rf= was removed by RFC 9989 (Appendix C.5.2): failure reports have one format (RFC 9991), receivers ignore the tag",
			"ri":  "ri= was removed by RFC 9989 (Appendix C.5.2): receivers send aggregate reports daily (RFC 9990) and ignore the tag",
		}
	}}
)

// Parse parses a DMARC record by RFC 9989's rules. It always returns a
// record; Problems say what is wrong and how much it matters.
func Parse(txt string) *Record {
	r := &Record{Text: txt, PSD: "u", ADKIM: "r", ASPF: "r", FO: "0", Pct: 100}
	add := func(l Level, tag, format string, a ...any) {
		r.Problems = append(r.Problems, Problem{Tag: tag, Msg: fmt.Sprintf(format, a...), Level: l})
	}
	if len(txt) > MaxRecordSize {
		r.notDMARC = true
		add(LevelSevere, "", "record longer than %d octets: not parsed", MaxRecordSize)
		return r
	}
	parts := strings.Split(txt, ";")
	if v := parseSpec(parts[0]); !v.ok || !strings.EqualFold(v.name, "v") || v.value != "DMARC1" {
		r.notDMARC = true
		switch {
		case v.ok && strings.EqualFold(v.name, "v") && strings.EqualFold(v.value, "DMARC1"):
			add(LevelSevere, "v", "version %q: the value is case-sensitive and must be exactly DMARC1; receivers discard the record (RFC 9989 §4.7)", v.value)
		case v.ok && strings.EqualFold(v.name, "v"):
			add(LevelSevere, "v", "version %q: must be DMARC1; receivers discard the record (RFC 9989 §4.7)", v.value)
		default:
			add(LevelSevere, "v", "the record must start with v=DMARC1; receivers discard any other TXT record (RFC 9989 §4.7, §4.10)")
		}
		return r
	}
	r.Tags = append(r.Tags, Tag{Name: "v", Raw: trimWSP(strings.SplitN(parts[0], "=", 2)[0]), Value: "DMARC1"})
	seen := map[string]string{"v": "v"}
	hasP := false
	for i, part := range parts[1:] {
		if trimWSP(part) == "" {
			if i != len(parts)-2 { // one trailing ";" is allowed
				add(LevelWarn, "", `empty tag between two ";": receivers skip it (RFC 9989 §4.8)`)
			}
			continue
		}
		s := parseSpec(part)
		if !s.ok {
			add(LevelWarn, "", "%q is not a valid tag (%s): receivers ignore it (RFC 9989 §4.8)", trimWSP(part), s.why)
			continue
		}
		name := strings.ToLower(s.name)
		if prev, dup := seen[name]; dup {
			written := ""
			if prev != s.name {
				written = fmt.Sprintf(" (written %s= and %s=)", prev, s.name)
			}
			add(LevelSevere, name, "duplicate tag%s: a tag-list with a repeated tag is invalid (RFC 6376 §3.2, which DMARC records follow, RFC 9989 §4.7)", written)
			continue
		}
		seen[name] = s.name
		r.Tags = append(r.Tags, Tag{Name: name, Raw: s.name, Value: s.value})
		v := s.value
		lv := strings.ToLower(v)
		switch name {
		case "p", "sp", "np":
			if PolicyRank(lv) < 0 {
				add(LevelSevere, name, "policy %q: must be none, quarantine or reject; receivers then act as if the record said p=none when rua= has a valid URI, and otherwise ignore it (RFC 9989 §4.10.1)", v)
				r.badPolicy = name
				continue
			}
			switch name {
			case "p":
				r.Policy, hasP = lv, true
			case "sp":
				r.SubdomainPolicy = lv
			default:
				r.NonexistentPolicy = lv
			}
		case "psd":
			if lv != "y" && lv != "n" && lv != "u" {
				add(LevelWarn, name, "%q: must be y, n or u; receivers use the default u (RFC 9989 §4.7, §4.8)", v)
				continue
			}
			r.PSD = lv
		case "t":
			if lv != "y" && lv != "n" {
				add(LevelWarn, name, "%q: must be y or n; receivers use the default n (RFC 9989 §4.7, §4.8)", v)
				continue
			}
			r.Testing = lv == "y"
		case "adkim", "aspf":
			if lv != "r" && lv != "s" {
				add(LevelWarn, name, "%q: must be r (relaxed) or s (strict); receivers use the default r (RFC 9989 §4.7, §4.8)", v)
				continue
			}
			if name == "adkim" {
				r.ADKIM = lv
			} else {
				r.ASPF = lv
			}
		case "fo":
			if why := checkFO(lv); why != "" {
				add(LevelWarn, name, "%q: %s; receivers use the default 0 (RFC 9989 §4.7, §4.8)", v, why)
				continue
			}
			r.FO = lv
		case "rua", "ruf":
			uris := ParseURIs(v)
			if name == "rua" {
				r.RUA = uris
			} else {
				r.RUF = uris
			}
		case "pct", "rf", "ri":
			r.Removed = append(r.Removed, name)
			msg := removedTags.Get()[name]
			if name == "pct" {
				r.HasPct = true
				n, err := strconv.Atoi(v)
				if err != nil || n < 0 || n > 100 {
					msg += fmt.Sprintf("; %q is not an integer from 0 to 100, so those receivers use 100", v)
				} else {
					r.Pct = n
				}
			}
			add(LevelWarn, name, "%s", msg)
		default:
			r.Unknown = append(r.Unknown, s.name)
			msg := "unknown tag: receivers ignore it (RFC 9989 §4.7)"
			if near := nearest(name); near != "" {
				msg += fmt.Sprintf("; did you mean %s=?", near)
			}
			add(LevelInfo, name, "%s", msg)
		}
	}
	if !hasP && r.badPolicy == "" {
		r.badPolicy = "p"
		add(LevelSevere, "p", "missing: receivers act as if the record said p=none when rua= has a valid URI, and otherwise ignore it (RFC 9989 §4.10.1)")
	}
	return r
}

// checkFO checks dmarc-fo: options 0, 1, d and s separated by ":", each
// at most once, 0 and 1 not together.
func checkFO(v string) string {
	seen := map[string]bool{}
	for _, o := range strings.Split(v, ":") {
		o = trimWSP(o)
		switch o {
		case "0", "1", "d", "s":
		default:
			return fmt.Sprintf("option %q: options are 0, 1, d and s, separated by \":\"", o)
		}
		if seen[o] {
			return fmt.Sprintf("option %q repeated", o)
		}
		seen[o] = true
	}
	if seen["0"] && seen["1"] {
		return "options 0 and 1 exclude each other"
	}
	return ""
}

// nearest returns the known or removed tag one edit away from name, or "".
func nearest(name string) string {
	best := ""
	for _, list := range []map[string]bool{knownTags.Get(), {"pct": true, "rf": true, "ri": true}} {
		for k := range list {
			if k != "v" && editDistance(name, k) == 1 && (best == "" || k < best) {
				best = k
			}
		}
	}
	if best == "" && len(name) > 1 {
		// A transposition ("rau" for "rua").
		for k := range knownTags.Get() {
			if len(k) == len(name) && sortedEqual(k, name) {
				return k
			}
		}
	}
	return best
}

func sortedEqual(a, b string) bool {
	count := map[rune]int{}
	for _, c := range a {
		count[c]++
	}
	for _, c := range b {
		count[c]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// ParseURIs parses a comma-separated list of report URIs (RFC 9989 §4.8
// dmarc-urilist).
func ParseURIs(s string) []URI {
	var out []URI
	for _, raw := range strings.Split(s, ",") {
		raw = trimWSP(raw)
		u := URI{Raw: raw}
		out = append(out, u)
		p := &out[len(out)-1]
		if raw == "" {
			p.Err = "empty URI in the list"
			continue
		}
		// "!" introduces the obsolete size limit; a literal "!" in the URI
		// must be %21 (§4.8).
		if i := strings.LastIndexByte(raw, '!'); i >= 0 {
			lim := raw[i+1:]
			raw = raw[:i]
			n := strings.TrimRight(lim, "kmgt")
			if n == "" || len(lim)-len(n) > 1 || strings.Trim(n, "0123456789") != "" {
				p.Err = fmt.Sprintf("bad size limit %q: a literal \"!\" must be written %%21", "!"+lim)
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
			p.Address, p.Domain = addr, strings.ToLower(strings.TrimSuffix(addr[at+1:], "."))
			if !strings.Contains(p.Domain, ".") {
				p.Err = fmt.Sprintf("mailto: domain %q is not fully qualified", p.Domain)
			}
		case "https", "http":
			if pu.Host == "" {
				p.Err = "https: URI without a host"
			}
		default:
			p.Err = fmt.Sprintf("scheme %q: receivers send reports to mailto: URIs (RFC 9989 §4.7)", p.Scheme)
		}
	}
	return out
}

// ValidURI reports whether at least one URI of us is valid.
func ValidURI(us []URI) bool {
	for _, u := range us {
		if u.Err == "" {
			return true
		}
	}
	return false
}

// PSLOrgDomain returns the Organizational Domain of domain as RFC 7489
// §3.2 defined it, by the Public Suffix List, which receivers that have not
// moved to RFC 9989 still use. Unknown TLDs such as .test count as
// one-label public suffixes, so the org domain of a.b.example.test is
// example.test.
func PSLOrgDomain(domain string) string {
	domain = normalize(domain)
	org, err := publicsuffix.EffectiveTLDPlusOne(domain)
	if err != nil {
		return domain
	}
	return org
}

func normalize(domain string) string {
	return strings.ToLower(strings.TrimSuffix(strings.TrimSpace(domain), "."))
}
