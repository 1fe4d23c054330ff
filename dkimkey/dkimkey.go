// Package dkimkey checks DKIM public key records (RFC 6376 §3.6.1).
//
// A DKIM signer publishes the public half of its signing key as a TXT record
// at "<selector>._domainkey.<domain>" (§3.6.2.1), a tag-list (§3.2) such as
// "v=DKIM1; k=rsa; p=MIIBIjANBg...". Tags: v= version, must be "DKIM1" and
// first when present; k= key type, "rsa" (default) or "ed25519" (RFC 8463);
// p= the key, base64 of a DER SubjectPublicKeyInfo for RSA or of the raw
// 32-octet key for Ed25519, empty when the key is revoked (§3.6.1); h=
// acceptable hash algorithms; s= service types; t= flags ("y" testing,
// "s" no subdomains in i=). RFC 8301 makes 1024 bits the minimum RSA key
// verifiers accept and recommends 2048, and forbids signing with SHA-1.
//
// go-msgauth's dkim package parses key records only inside signature
// verification and does not export the parser or report these details, so
// this package parses the tag-list itself (ParseTagList, also used for DMARC
// and TLS-RPT) and the key with crypto/x509. Lookup fetches a selector
// (following CNAMEs, common with providers that rotate keys), Check turns
// the result into findings "dkim.*".
package dkimkey

import (
	"context"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/resolver"
)

// Key types.
const (
	KeyRSA     = "rsa"
	KeyEd25519 = "ed25519"
)

// RSA key size thresholds (RFC 8301 §3.2).
const (
	MinRSABits         = 1024 // verifiers MUST NOT accept smaller keys
	RecommendedRSABits = 2048 // signers SHOULD use at least this
)

// Record is a parsed DKIM key record.
type Record struct {
	Text      string
	Tags      []Tag
	Version   string   // v=, "" when absent
	KeyType   string   // k=, "rsa" when absent
	Hashes    []string // h=, nil when absent (all allowed)
	Services  []string // s=, nil when absent ("*")
	Flags     []string // t=
	Notes     string   // n=
	Revoked   bool     // p= is empty
	PublicKey any      // *rsa.PublicKey or ed25519.PublicKey
	Bits      int      // key size in bits
	PKCS1     bool     // RSA key given as a bare RSAPublicKey, not SubjectPublicKeyInfo
	Unknown   []string // unrecognised tag names (ignored, §3.6.1)
}

// Testing reports the t=y flag: the domain is testing DKIM and verifiers
// must not treat signed mail differently from unsigned (§3.6.1).
func (r *Record) Testing() bool { return hasFlag(r.Flags, "y") }

// Strict reports the t=s flag: i= must not be a subdomain of d=.
func (r *Record) Strict() bool { return hasFlag(r.Flags, "s") }

func hasFlag(fs []string, f string) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

// ParseError is a key record that cannot be used: verifiers give permfail
// for every signature made with its selector.
type ParseError struct {
	Tag string // the offending tag, "" for the tag-list as a whole
	Msg string
}

func (e *ParseError) Error() string {
	if e.Tag == "" {
		return e.Msg
	}
	return e.Tag + "=: " + e.Msg
}

// Parse parses a key record (the TXT strings concatenated). It returns the
// record, and a *ParseError when the record is unusable.
func Parse(txt string) (*Record, error) {
	tags, errs := ParseTagList(txt)
	if s := Strict(errs); len(s) > 0 {
		return nil, &ParseError{Msg: "malformed tag-list " + s[0].Error() + " (RFC 6376 §3.2)"}
	}
	r := &Record{Text: txt, Tags: tags, KeyType: KeyRSA}
	var p *string
	for i, t := range tags {
		switch t.Name {
		case "v":
			if i != 0 {
				return r, &ParseError{Tag: "v", Msg: "v= must be the first tag of the record (RFC 6376 §3.6.1)"}
			}
			if t.Value != "DKIM1" {
				return r, &ParseError{Tag: "v", Msg: fmt.Sprintf("version %q: must be exactly \"DKIM1\" (RFC 6376 §3.6.1)", t.Value)}
			}
			r.Version = t.Value
		case "k":
			r.KeyType = t.Value
		case "h":
			r.Hashes = splitColon(t.Value)
		case "s":
			r.Services = splitColon(t.Value)
		case "t":
			r.Flags = splitColon(t.Value)
		case "n":
			r.Notes = t.Value
		case "p":
			v := t.Value
			p = &v
		case "g": // RFC 4871 granularity, removed in RFC 6376; ignored
			r.Unknown = append(r.Unknown, t.Name)
		default:
			r.Unknown = append(r.Unknown, t.Name)
		}
	}
	if p == nil {
		return r, &ParseError{Tag: "p", Msg: "missing: the p= tag (public key) is required (RFC 6376 §3.6.1)"}
	}
	switch r.KeyType {
	case KeyRSA, KeyEd25519:
	default:
		return r, &ParseError{Tag: "k", Msg: fmt.Sprintf("unsupported key type %q: use rsa or ed25519 (RFC 6376 §3.6.1, RFC 8463)", r.KeyType)}
	}
	if r.Services != nil && !hasFlag(r.Services, "*") && !hasFlag(r.Services, "email") {
		return r, &ParseError{Tag: "s", Msg: fmt.Sprintf("service types %q exclude email: verifiers must ignore this key for mail (RFC 6376 §3.6.1)", strings.Join(r.Services, ":"))}
	}
	b64 := strings.Map(func(c rune) rune {
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			return -1
		}
		return c
	}, *p)
	if b64 == "" {
		r.Revoked = true
		return r, nil
	}
	der, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return r, &ParseError{Tag: "p", Msg: "not valid base64: " + err.Error()}
	}
	switch r.KeyType {
	case KeyEd25519:
		if len(der) != ed25519.PublicKeySize {
			hint := ""
			if len(der) > 40 {
				hint = " (this looks like a DER-encoded key: RFC 8463 §4.2 publishes the raw 32-octet key)"
			}
			return r, &ParseError{Tag: "p", Msg: fmt.Sprintf("Ed25519 key is %d octets, want %d%s", len(der), ed25519.PublicKeySize, hint)}
		}
		r.PublicKey, r.Bits = ed25519.PublicKey(der), 256
	default:
		pub, err := x509.ParsePKIXPublicKey(der)
		if err != nil {
			rk, err2 := x509.ParsePKCS1PublicKey(der)
			if err2 != nil {
				hint := ""
				if len(der) == ed25519.PublicKeySize {
					hint = "; 32 octets looks like an Ed25519 key: add k=ed25519"
				}
				return r, &ParseError{Tag: "p", Msg: "not a DER SubjectPublicKeyInfo or RSAPublicKey: " + err.Error() + hint}
			}
			pub, r.PKCS1 = rk, true
		}
		rk, ok := pub.(*rsa.PublicKey)
		if !ok {
			return r, &ParseError{Tag: "p", Msg: fmt.Sprintf("k=rsa but p= holds a %T key", pub)}
		}
		r.PublicKey, r.Bits = rk, rk.N.BitLen()
	}
	return r, nil
}

func splitColon(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ":") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// Errors of Lookup.
var (
	ErrNoKey        = errors.New("no DKIM key record")
	ErrMultipleKeys = errors.New("more than one TXT record: verifiers' behaviour is undefined (RFC 6376 §3.6.2.2)")
)

// Result is the outcome of looking up one selector.
type Result struct {
	Selector string
	Domain   string
	Name     string   // <selector>._domainkey.<domain>
	CNAMEs   []string // CNAME chain followed to reach the record
	TXT      [][]string
	Record   *Record
	NXDomain bool
	Answer   *resolver.Answer
}

// Evidence returns the DNS answer records as received.
func (r *Result) Evidence() []string {
	if r == nil {
		return nil
	}
	return r.Answer.Evidence(r.Name)
}

// Lookup fetches and parses the key record of selector at domain. Errors:
// ErrNoKey (NXDOMAIN or no TXT), ErrMultipleKeys, *resolver.Error (DNS
// failure), *ParseError (record unusable; Result.Record may be set).
func Lookup(ctx context.Context, r *resolver.Resolver, selector, domain string) (*Result, error) {
	domain = strings.ToLower(strings.TrimSuffix(domain, "."))
	res := &Result{Selector: selector, Domain: domain, Name: selector + "._domainkey." + domain}
	txts, ans, err := r.TXT(ctx, res.Name)
	res.Answer = ans
	if ans != nil {
		res.CNAMEs = ans.CNAMEs
	}
	if err != nil {
		if resolver.IsNXDomain(err) {
			res.NXDomain = true
			return res, ErrNoKey
		}
		return res, err
	}
	res.TXT = txts
	switch len(txts) {
	case 0:
		return res, ErrNoKey
	case 1:
	default:
		return res, ErrMultipleKeys
	}
	rec, err := Parse(strings.Join(txts[0], ""))
	res.Record = rec
	return res, err
}

// Check looks up every selector and returns findings "dkim.*". Selectors are
// looked up concurrently; findings come back in selector order.
func Check(ctx context.Context, r *resolver.Resolver, domain string, selectors []string) []finding.Finding {
	out := make([][]finding.Finding, len(selectors))
	done := make(chan struct{}, len(selectors))
	for i, sel := range selectors {
		go func() {
			defer func() { done <- struct{}{} }()
			res, err := Lookup(ctx, r, sel, domain)
			out[i] = Findings(res, err)
		}()
	}
	for range selectors {
		<-done
	}
	var fs []finding.Finding
	for _, o := range out {
		fs = append(fs, o...)
	}
	return fs
}

// Findings turns a Lookup result into findings.
func Findings(res *Result, err error) []finding.Finding {
	var fs []finding.Finding
	ev := res.Evidence()
	add := func(id string, st finding.Status, summary, detail string, rem ...string) {
		if rem == nil {
			rem = []string{}
		}
		fs = append(fs, finding.Finding{ID: id, Status: st, Target: finding.Target{Domain: res.Domain, Host: res.Name},
			Summary: summary, Detail: detail, Remediation: rem, Evidence: ev})
	}
	sel := fmt.Sprintf("DKIM selector %q of %s", res.Selector, res.Domain)
	if len(res.CNAMEs) > 0 {
		add("dkim.cname", finding.Info, fmt.Sprintf("%s is a CNAME to %s", sel, res.CNAMEs[len(res.CNAMEs)-1]),
			"The key is published by the CNAME target, usually a provider that rotates keys for you: "+res.Name+" → "+strings.Join(res.CNAMEs, " → "))
	}
	var pe *ParseError
	var re *resolver.Error
	switch {
	case errors.Is(err, ErrNoKey):
		why := "the name does not exist (NXDOMAIN)"
		if !res.NXDomain {
			why = "the name has no TXT record"
		}
		add("dkim.missing", finding.Fail, fmt.Sprintf("%s has no key record at %s", sel, res.Name),
			why+". Mail signed with this selector fails DKIM verification (RFC 6376 §6.1.2).",
			"Publish the selector's public key as a TXT record at "+res.Name+", or check the selector name in your signer's settings.")
		return fs
	case errors.Is(err, ErrMultipleKeys):
		add("dkim.multiple", finding.Fail, fmt.Sprintf("%s has %d TXT records at %s", sel, len(res.TXT), res.Name),
			"RFC 6376 §3.6.2.2: with several records verifiers may pick any, so signatures fail at random.",
			"Keep a single key record at "+res.Name+".")
		return fs
	case errors.As(err, &re):
		st := finding.Fail
		if re.Kind == resolver.Timeout || re.Kind == resolver.Network {
			st = finding.Warn
		}
		rem := "Make sure the authoritative servers answer for " + res.Name + " (SERVFAIL often means broken DNSSEC)."
		if re.Validation {
			rem = resolver.ValidationRemedy(res.Name) + "."
		}
		add("dkim.dns-error", st, fmt.Sprintf("DNS lookup failed for %s: %v", sel, err),
			"A failed lookup is not a missing key: verifiers give temperror (RFC 6376 §6.1.2) and may defer.", rem)
		return fs
	case errors.As(err, &pe):
		add("dkim.invalid", finding.Fail, fmt.Sprintf("%s: unusable key record: %v", sel, pe),
			"Verifiers give permfail for every signature with this selector (RFC 6376 §6.1.2). Record: "+res.Record.textOr(res),
			"Republish the record as generated by your signer: \"v=DKIM1; k=rsa; p=<base64 SubjectPublicKeyInfo>\".")
		return fs
	case err != nil:
		add("dkim.invalid", finding.Fail, fmt.Sprintf("%s: %v", sel, err), "")
		return fs
	}
	rec := res.Record
	if rec.Revoked {
		// The selector was asked for by name: mail signed with it fails
		// DKIM exactly as with a missing key (dkim.missing), so it fails too.
		add("dkim.revoked", finding.Fail, fmt.Sprintf("%s is revoked (empty p=): signatures with this selector fail", sel),
			"An empty p= revokes the key (RFC 6376 §3.6.1): verifiers treat every signature with this selector as failed, as if the key were missing (§6.1.2). Right for a retired selector; wrong for one your signer still uses.",
			"If your signer still uses this selector, publish its key or switch the signer to an active selector.",
			"If the selector is retired, stop checking it (drop it from the selectors checked).")
		return fs
	}
	switch rec.KeyType {
	case KeyEd25519:
		add("dkim.key", finding.Pass, fmt.Sprintf("%s: Ed25519 key", sel),
			"RFC 8463. Many verifiers do not support Ed25519 yet: sign with an RSA key as well.")
	default:
		switch {
		case rec.Bits < MinRSABits:
			add("dkim.key", finding.Fail, fmt.Sprintf("%s: RSA key of %d bits, under %d: verifiers reject its signatures", sel, rec.Bits, MinRSABits),
				"RFC 8301 §3.2: verifiers MUST NOT consider signatures with RSA keys under 1024 bits valid.",
				"Generate a 2048-bit key, publish it under a new selector, and switch the signer to it.")
		case rec.Bits < RecommendedRSABits:
			add("dkim.key", finding.Warn, fmt.Sprintf("%s: RSA key of %d bits, under the recommended %d", sel, rec.Bits, RecommendedRSABits),
				"RFC 8301 §3.2: signers SHOULD use at least 2048 bits; 1024-bit keys are within reach of well-funded attackers.",
				"Generate a 2048-bit key, publish it under a new selector, and switch the signer to it.")
		default:
			add("dkim.key", finding.Pass, fmt.Sprintf("%s: RSA key of %d bits", sel, rec.Bits), "")
		}
		if rec.PKCS1 {
			add("dkim.key-format", finding.Warn, fmt.Sprintf("%s: p= holds a bare RSAPublicKey, not a SubjectPublicKeyInfo", sel),
				"RFC 6376 §3.6.1 specifies SubjectPublicKeyInfo; some verifiers accept the PKCS#1 form (erratum 3017) but others fail.",
				"Publish the key in SubjectPublicKeyInfo form (openssl rsa -pubout).")
		}
	}
	if rec.Version == "" {
		add("dkim.version", finding.Info, fmt.Sprintf("%s has no v=DKIM1 tag", sel), "v= is optional (RFC 6376 §3.6.1); the record is valid without it.")
	}
	if rec.Testing() {
		add("dkim.testing", finding.Warn, fmt.Sprintf("%s has the testing flag t=y", sel),
			"RFC 6376 §3.6.1: verifiers must treat mail signed with a testing key like unsigned mail, so DKIM does not count towards DMARC at many receivers.",
			"Remove y from the t= tag once signing works.")
	}
	if rec.Strict() {
		add("dkim.strict", finding.Info, fmt.Sprintf("%s has t=s: signatures must not use a subdomain in i=", sel), "RFC 6376 §3.6.1.")
	}
	if rec.Hashes != nil {
		sha256 := hasFlag(rec.Hashes, "sha256")
		switch {
		case !sha256 && hasFlag(rec.Hashes, "sha1"):
			add("dkim.hash", finding.Warn, fmt.Sprintf("%s allows only SHA-1 (h=%s)", sel, strings.Join(rec.Hashes, ":")),
				"RFC 8301 §3.1: signers MUST use sha256 and verifiers MUST NOT accept rsa-sha1 signatures.",
				"Remove the h= tag or set h=sha256, and sign with rsa-sha256.")
		case !sha256:
			add("dkim.hash", finding.Fail, fmt.Sprintf("%s allows no known hash algorithm (h=%s)", sel, strings.Join(rec.Hashes, ":")),
				"RFC 6376 §3.6.1, RFC 8301: only sha256 is acceptable.", "Remove the h= tag or set h=sha256.")
		}
	}
	if len(rec.Unknown) > 0 {
		add("dkim.unknown-tag", finding.Info, fmt.Sprintf("%s has unrecognised tags: %s", sel, strings.Join(rec.Unknown, ", ")),
			"RFC 6376 §3.6.1: unrecognised tags are ignored. Check for typos.", "Remove or correct the unrecognised tags.")
	}
	return fs
}

func (r *Record) textOr(res *Result) string {
	if r != nil {
		return r.Text
	}
	if len(res.TXT) > 0 {
		return strings.Join(res.TXT[0], "")
	}
	return ""
}
