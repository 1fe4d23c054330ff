// Package tlsrpt checks a domain's SMTP TLS Reporting policy (RFC 8460).
//
// A domain that wants to hear about TLS failures of mail sent to it (failed
// STARTTLS, MTA-STS or DANE validation) publishes a TXT record at
// "_smtp._tls.<domain>" (§3):
//
//	v=TLSRPTv1; rua=mailto:tlsrpt@example.com,https://reports.example.com/v1
//
// The version must come first and is case-sensitive; rua= is required and
// holds one or more comma-separated mailto: or https: URIs (§3); further
// fields are extensions, name=value, and are ignored. Senders discard TXT
// records that do not start with "v=TLSRPTv1;" and ignore the policy when
// more or fewer than one record remains (§3).
//
// Parse implements the ABNF of §3 exactly, naming the octet and what was
// expected; Lookup fetches the record; Check turns the result into findings
// "tlsrpt.*".
package tlsrpt

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"net/url"
	"strings"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/resolver"
)

// MaxRecordSize is the longest record parsed, in octets.
const MaxRecordSize = 4096

// Version is the only version defined (§3), case-sensitive.
const Version = "v=TLSRPTv1"

// URI is one rua= destination.
type URI struct {
	Raw    string
	Scheme string // "mailto" or "https"
	Err    string // "" when valid
}

// Field is one name=value field after the version.
type Field struct {
	Name, Value string
	Pos         int // 1-based octet offset
}

// Record is a parsed TLS-RPT record.
type Record struct {
	Text       string
	RUA        []URI
	Extensions []Field
}

// SyntaxError is a breach of the §3 ABNF.
type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("at octet %d: %s", e.Pos, e.Msg) }

// Parse parses a TLS-RPT record (the TXT strings concatenated):
//
//	tlsrpt-record   = tlsrpt-version 1*(field-delim tlsrpt-field) [field-delim]
//	field-delim     = *WSP ";" *WSP
//	tlsrpt-rua      = %s"rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)
//	tlsrpt-ext-name = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
//	tlsrpt-ext-value = 1*(%x21-3A / %x3C / %x3E-7E)
//
// A record with malformed URIs is returned with the URIs' Err set and no
// error; a *SyntaxError means the record as a whole is invalid.
func Parse(txt string) (*Record, error) {
	if len(txt) > MaxRecordSize {
		return nil, &SyntaxError{Pos: 1, Msg: fmt.Sprintf("record longer than %d octets: not parsed", MaxRecordSize)}
	}
	if !strings.HasPrefix(txt, Version) {
		msg := `must start with "v=TLSRPTv1" (case-sensitive, RFC 8460 §3)`
		if strings.HasPrefix(strings.ToLower(txt), strings.ToLower(Version)) {
			msg = fmt.Sprintf("version %q: the version is case-sensitive, write \"v=TLSRPTv1\" (RFC 8460 §3)", txt[:len(Version)])
		}
		return nil, &SyntaxError{Pos: 1, Msg: msg}
	}
	rec := &Record{Text: txt}
	i := len(Version)
	rua := false
	nfields := 0
	for {
		// field-delim
		j := i
		for j < len(txt) && isWSP(txt[j]) {
			j++
		}
		if j == len(txt) {
			break // trailing whitespace is tolerated
		}
		if txt[j] != ';' {
			return nil, &SyntaxError{Pos: j + 1, Msg: fmt.Sprintf("expected \";\" between fields, found %q", txt[j])}
		}
		j++
		for j < len(txt) && isWSP(txt[j]) {
			j++
		}
		if j == len(txt) {
			break // trailing field-delim
		}
		// field
		end := strings.IndexByte(txt[j:], ';')
		if end < 0 {
			end = len(txt)
		} else {
			end += j
		}
		field := strings.TrimRight(txt[j:end], " \t")
		pos := j + 1
		i = j + len(field)
		eq := strings.IndexByte(field, '=')
		if eq <= 0 {
			return nil, &SyntaxError{Pos: pos, Msg: fmt.Sprintf("field %q: expected name=value", field)}
		}
		name, value := field[:eq], field[eq+1:]
		nfields++
		if name == "rua" {
			if rua {
				return nil, &SyntaxError{Pos: pos, Msg: "duplicate rua= field: give all URIs in one comma-separated rua="}
			}
			rua = true
			if value == "" {
				return nil, &SyntaxError{Pos: pos, Msg: "rua= is empty: give at least one mailto: or https: URI"}
			}
			rec.RUA = ParseURIs(value)
			continue
		}
		if strings.EqualFold(name, "rua") {
			return nil, &SyntaxError{Pos: pos, Msg: fmt.Sprintf("field %q: field names are case-sensitive: write \"rua=\" (RFC 8460 §3)", name)}
		}
		if msg := checkExtName(name); msg != "" {
			return nil, &SyntaxError{Pos: pos, Msg: fmt.Sprintf("field %q: %s", name, msg)}
		}
		if value == "" {
			return nil, &SyntaxError{Pos: pos + eq + 1, Msg: fmt.Sprintf("field %q: empty value", name)}
		}
		for k := 0; k < len(value); k++ {
			if c := value[k]; c < 0x21 || c > 0x7e || c == '=' || c == ';' {
				return nil, &SyntaxError{Pos: pos + eq + 1 + k, Msg: fmt.Sprintf("field %q: character %q not allowed in an extension value", name, c)}
			}
		}
		rec.Extensions = append(rec.Extensions, Field{Name: name, Value: value, Pos: pos})
	}
	if nfields == 0 || !rua {
		return nil, &SyntaxError{Pos: len(txt) + 1, Msg: "missing rua=: the reporting URI field is required (RFC 8460 §3)"}
	}
	return rec, nil
}

func isWSP(c byte) bool { return c == ' ' || c == '\t' }

func checkExtName(n string) string {
	if len(n) > 32 {
		return "name longer than 32 characters"
	}
	for k := 0; k < len(n); k++ {
		c := n[k]
		alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		if k == 0 && !alnum {
			return "name must start with a letter or digit"
		}
		if !alnum && c != '_' && c != '-' && c != '.' {
			return fmt.Sprintf("character %q not allowed in a field name", c)
		}
	}
	return ""
}

// ParseURIs parses the comma-separated rua= list (§3): mailto: or https:.
func ParseURIs(s string) []URI {
	var out []URI
	for _, raw := range strings.Split(s, ",") {
		raw = strings.Trim(raw, " \t")
		u := URI{Raw: raw}
		u.Scheme, u.Err = checkURI(raw)
		out = append(out, u)
	}
	return out
}

func checkURI(raw string) (string, string) {
	if raw == "" {
		return "", "empty URI in the list"
	}
	pu, err := url.Parse(raw)
	if err != nil {
		return "", "not a valid URI: " + err.Error()
	}
	scheme := strings.ToLower(pu.Scheme)
	switch scheme {
	case "":
		return "", "no scheme: write mailto:tlsrpt@example.com or https://..."
	case "mailto":
		addr := pu.Opaque
		if addr == "" {
			addr = pu.Path
		}
		if a, err := url.PathUnescape(addr); err == nil {
			addr = a
		}
		ma, err := mail.ParseAddress(addr)
		if err != nil || ma.Address != addr || !strings.Contains(addr[strings.LastIndexByte(addr, '@')+1:], ".") {
			return scheme, fmt.Sprintf("mailto: address %q is not a valid mailbox with a fully qualified domain", addr)
		}
	case "https":
		if pu.Host == "" || pu.Opaque != "" {
			return scheme, "https: URI without a host: write https://host/path"
		}
		if pu.User != nil {
			return scheme, "https: URI with user information"
		}
	default:
		return scheme, fmt.Sprintf("scheme %q: only mailto: and https: are defined (RFC 8460 §3)", scheme)
	}
	return scheme, ""
}

// Lookup errors.
var (
	ErrNoRecord       = errors.New("no TLS-RPT record")
	ErrMultipleRecord = errors.New("more than one TLS-RPT record: senders ignore the policy (RFC 8460 §3)")
)

// Result is what Lookup found.
type Result struct {
	Domain string
	Name   string // _smtp._tls.<domain>
	TXT    [][]string
	TLSRPT []string // records starting with "v=TLSRPTv1"
	// Discarded are TXT records that look like a TLS-RPT record (they name
	// TLSRPT or have a rua= field) but do not start with v=TLSRPTv1:
	// senders discard them, so they are reported with the record shown
	// rather than as a plain "missing".
	Discarded []string
	NXDomain  bool
	Answer    *resolver.Answer
	Record    *Record
}

// Evidence returns the answer records as received.
func (r *Result) Evidence() []string {
	if r == nil {
		return nil
	}
	return r.Answer.Evidence(r.Name)
}

// Lookup fetches and parses the TLS-RPT record of domain. Errors:
// ErrNoRecord, ErrMultipleRecord, *resolver.Error, *SyntaxError.
func Lookup(ctx context.Context, r *resolver.Resolver, domain string) (*Result, error) {
	domain = strings.ToLower(strings.TrimSuffix(domain, "."))
	res := &Result{Domain: domain, Name: "_smtp._tls." + domain}
	txts, ans, err := r.TXT(ctx, res.Name)
	res.Answer = ans
	if err != nil {
		if resolver.IsNXDomain(err) {
			res.NXDomain = true
			return res, ErrNoRecord
		}
		return res, err
	}
	res.TXT = txts
	for _, t := range txts {
		// §3 discards records not starting with "v=TLSRPTv1;"; a wrong-case
		// version is kept so that it is reported rather than called missing.
		s := strings.Join(t, "")
		switch ls := strings.ToLower(s); {
		case strings.HasPrefix(ls, "v=tlsrptv1"):
			res.TLSRPT = append(res.TLSRPT, s)
		case strings.Contains(ls, "tlsrpt") || strings.Contains(ls, "rua="):
			res.Discarded = append(res.Discarded, s)
		}
	}
	switch len(res.TLSRPT) {
	case 0:
		return res, ErrNoRecord
	case 1:
	default:
		return res, ErrMultipleRecord
	}
	res.Record, err = Parse(res.TLSRPT[0])
	return res, err
}

// Options adjust Check.
type Options struct {
	// TLSPolicy says the domain enforces a TLS policy (MTA-STS or DANE). A
	// missing TLS-RPT record is then a warning: without reports the owner
	// never learns that senders fail to deliver. Otherwise it is info.
	TLSPolicy bool
}

// Check looks up the TLS-RPT record of domain; findings "tlsrpt.*".
func Check(ctx context.Context, r *resolver.Resolver, domain string, opts Options) []finding.Finding {
	res, err := Lookup(ctx, r, domain)
	return Findings(res, err, opts)
}

// Findings turns a Lookup result into findings.
func Findings(res *Result, err error, opts Options) []finding.Finding {
	var fs []finding.Finding
	ev := res.Evidence()
	add := func(id string, st finding.Status, summary, detail string, rem ...string) {
		if rem == nil {
			rem = []string{}
		}
		fs = append(fs, finding.Finding{ID: id, Status: st, Target: finding.Target{Domain: res.Domain}, Summary: summary, Detail: detail, Remediation: rem, Evidence: ev})
	}
	var re *resolver.Error
	var se *SyntaxError
	switch {
	case errors.Is(err, ErrNoRecord) && len(res.Discarded) > 0:
		add("tlsrpt.invalid", finding.Fail, fmt.Sprintf("TLS-RPT record at %s does not start with v=TLSRPTv1: senders discard it", res.Name),
			"Discarded record: "+strings.Join(res.Discarded, "\nDiscarded record: ")+"\nRFC 8460 §3: senders keep only TXT records that start with \"v=TLSRPTv1;\" (case-sensitive), so the domain counts as having no TLS-RPT record.",
			fmt.Sprintf("Start the record with the version: \"v=TLSRPTv1; rua=mailto:tlsrpt@%s\".", res.Domain))
	case errors.Is(err, ErrNoRecord):
		st, why := finding.Info, "TLS-RPT is optional and does not affect delivery; it tells you when senders cannot establish TLS to your MX hosts."
		if opts.TLSPolicy {
			st, why = finding.Warn, "The domain enforces MTA-STS or DANE: without TLS-RPT you do not learn when senders fail its TLS policy and stop delivering."
		}
		where := res.Name + " has no TXT record starting with v=TLSRPTv1"
		if res.NXDomain {
			where = res.Name + " does not exist (NXDOMAIN)"
		}
		add("tlsrpt.missing", st, "no TLS-RPT record at "+res.Name, where+". "+why,
			fmt.Sprintf("Publish TXT \"v=TLSRPTv1; rua=mailto:tlsrpt@%s\" at %s.", res.Domain, res.Name))
	case errors.Is(err, ErrMultipleRecord):
		add("tlsrpt.multiple", finding.Fail, fmt.Sprintf("%d TLS-RPT records at %s: senders ignore them all", len(res.TLSRPT), res.Name),
			"RFC 8460 §3: when more than one record remains, senders assume the domain does not implement TLS-RPT.",
			"Keep a single v=TLSRPTv1 record and list every destination in its rua=.")
	case errors.As(err, &re):
		st := finding.Fail
		if re.Kind == resolver.Timeout || re.Kind == resolver.Network {
			st = finding.Warn
		}
		rem := "Make sure the authoritative servers answer for " + res.Name + "."
		if re.Validation {
			rem = resolver.ValidationRemedy(res.Name) + "."
		}
		add("tlsrpt.dns-error", st, "DNS lookup failed for the TLS-RPT record: "+err.Error(),
			"A failed lookup is not a missing record; senders cannot find where to report.", rem)
	case errors.As(err, &se):
		add("tlsrpt.invalid", finding.Fail, fmt.Sprintf("TLS-RPT record at %s is invalid: %v", res.Name, se),
			"Record: "+res.TLSRPT[0]+"\nSenders ignore a record that does not follow RFC 8460 §3.",
			"Publish the record as \"v=TLSRPTv1; rua=mailto:<address>\" (fields separated by \";\", URIs by \",\").")
	case err != nil:
		add("tlsrpt.invalid", finding.Fail, "TLS-RPT: "+err.Error(), "")
	default:
		var bad, good []string
		for _, u := range res.Record.RUA {
			if u.Err != "" {
				bad = append(bad, fmt.Sprintf("%q: %s", u.Raw, u.Err))
			} else {
				good = append(good, u.Raw)
			}
		}
		if len(bad) > 0 {
			add("tlsrpt.rua.invalid", finding.Fail, "TLS-RPT rua= has a malformed or unsupported URI: "+bad[0],
				"RFC 8460 §3: each destination is a mailto: or https: URI.\n"+strings.Join(bad, "\n"),
				"Use mailto:address@domain or https://host/path, separated by commas.")
		}
		if len(good) > 0 {
			add("tlsrpt.ok", finding.Pass, "TLS-RPT reports go to "+strings.Join(good, ", "), res.Record.Text)
		}
		if len(res.Record.Extensions) > 0 {
			var names []string
			for _, f := range res.Record.Extensions {
				names = append(names, f.Name)
			}
			add("tlsrpt.extension", finding.Info, "TLS-RPT record has extension fields, ignored by senders: "+strings.Join(names, ", "),
				"RFC 8460 §3 defines only v= and rua=; check for typos.", "Remove fields that no sender understands.")
		}
	}
	return fs
}
