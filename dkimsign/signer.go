package dkimsign

import (
	"context"
	"crypto"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/smtpgw/smtpgw/dkimkey"
	"github.com/smtpgw/smtpgw/dmarc"
	"github.com/smtpgw/smtpgw/resolver"
)

// Entry is one signing domain: mail whose From domain is Domain, or a
// subdomain of it under the same organizational domain, is signed with
// d=Domain s=Selector.
type Entry struct {
	Domain   string
	Selector string
	File     string // the key file it was read from
	Key      *Key
}

// Signer holds the signing keys of a relay, by domain.
type Signer struct {
	byDomain map[string]*Entry
	entries  []*Entry
}

// SpecError is a signing-key setting (DOMAIN=SELECTOR:KEYFILE) that cannot
// be used (a usage error).
type SpecError struct {
	Spec string
	Msg  string
}

func (e *SpecError) Error() string { return fmt.Sprintf("DKIM key %q: %s", e.Spec, e.Msg) }

// ParseSpec splits a "DOMAIN=SELECTOR:KEYFILE" value and checks the
// domain and selector are DNS names.
func ParseSpec(spec string) (domain, selector, file string, err error) {
	bad := func(msg string) (string, string, string, error) {
		return "", "", "", &SpecError{Spec: spec, Msg: msg}
	}
	d, rest, ok := strings.Cut(spec, "=")
	sel, file, ok2 := strings.Cut(rest, ":")
	if !ok || !ok2 || d == "" || sel == "" || file == "" {
		return bad("give DOMAIN=SELECTOR:KEYFILE, such as example.com=s1:/etc/smtpgw/dkim-s1.pem")
	}
	domain = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(d), "."))
	if !validName(domain) || !strings.Contains(domain, ".") {
		return bad(fmt.Sprintf("%q is not a domain name such as example.com", d))
	}
	if !validName(strings.ToLower(sel)) {
		return bad(fmt.Sprintf("selector %q is not a DNS name (letters, digits, hyphens, dots), such as s1 or mail2024", sel))
	}
	return domain, sel, file, nil
}

func validName(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	for _, l := range strings.Split(s, ".") {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, c := range l {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
				return false
			}
		}
	}
	return true
}

// Load parses --dkim values and reads their key files. Errors say which
// value or file was wrong and what to do; they are usage errors.
func Load(specs []string) (*Signer, error) {
	s := &Signer{byDomain: map[string]*Entry{}}
	for _, spec := range specs {
		domain, sel, file, err := ParseSpec(spec)
		if err != nil {
			return nil, err
		}
		if prev, dup := s.byDomain[domain]; dup {
			return nil, &SpecError{Spec: spec, Msg: fmt.Sprintf("%s already has a key (selector %s, %s): give one key per domain", domain, prev.Selector, prev.File)}
		}
		key, err := ReadKeyFile(file)
		if err != nil {
			return nil, &SpecError{Spec: spec, Msg: fmt.Sprintf("key file %s: %v", file, err)}
		}
		e := &Entry{Domain: domain, Selector: sel, File: file, Key: key}
		s.byDomain[domain] = e
		s.entries = append(s.entries, e)
	}
	return s, nil
}

// New returns a signer of the given entries (library use and tests); of
// two entries for one domain, the later one is kept.
func New(entries ...Entry) *Signer {
	s := &Signer{byDomain: map[string]*Entry{}}
	for _, e := range entries {
		e.Domain = strings.ToLower(strings.TrimSuffix(e.Domain, "."))
		if prev, ok := s.byDomain[e.Domain]; ok {
			*prev = e
			continue
		}
		s.byDomain[e.Domain] = &e
		s.entries = append(s.entries, &e)
	}
	return s
}

// Entries returns the signing domains in the order given.
func (s *Signer) Entries() []*Entry {
	if s == nil {
		return nil
	}
	return s.entries
}

// For returns the entry that signs mail from fromDomain: its own key, else
// the nearest parent domain's key, not above its organizational domain
// (the Public Suffix List rule of RFC 7489 §3.2, dmarc.PSLOrgDomain), so a
// signature of the parent aligns with the From domain under relaxed DMARC
// alignment. nil when none.
func (s *Signer) For(fromDomain string) *Entry {
	if s == nil || fromDomain == "" {
		return nil
	}
	d := strings.ToLower(strings.TrimSuffix(fromDomain, "."))
	org := dmarc.PSLOrgDomain(d)
	for {
		if e, ok := s.byDomain[d]; ok {
			return e
		}
		if d == org {
			return nil
		}
		_, parent, ok := strings.Cut(d, ".")
		if !ok || (parent != org && !strings.HasSuffix(parent, "."+org)) {
			return nil
		}
		d = parent
	}
}

// Decision is what SignMessage did with one message.
type Decision struct {
	// Header is the DKIM-Signature field to prepend ("" when not signed).
	Header     string
	Domain     string // d= of the signature, or of the key not used
	Selector   string
	FromDomain string
	// Skipped says why the message is not signed ("" when signed).
	Skipped string
}

// Reasons a message is not signed.
const (
	SkipNoFrom        = "no From domain"
	SkipNoKey         = "no key for the From domain"
	SkipAlreadySigned = "already signed by this domain"
)

// MaxHeader is the largest header section SignMessage reads.
const MaxHeader = 1 << 20

// SignMessage decides whether the message is signed and signs it. open
// returns a fresh reader of the whole message each time it is called.
// A message without a From domain, whose From domain has no key, or that
// already carries a DKIM-Signature with d= of the key's domain is not
// signed (Decision.Skipped says which). An error means a key applied but
// the message could not be signed: the caller must not send it unsigned.
func (s *Signer) SignMessage(open func() io.Reader) (Decision, error) {
	hdr, err := ReadHeader(open(), MaxHeader)
	if err != nil {
		return Decision{}, err
	}
	dec := Decision{FromDomain: FromDomain(hdr)}
	if dec.FromDomain == "" {
		dec.Skipped = SkipNoFrom
		return dec, nil
	}
	e := s.For(dec.FromDomain)
	if e == nil {
		dec.Skipped = SkipNoKey
		return dec, nil
	}
	dec.Domain, dec.Selector = e.Domain, e.Selector
	for _, d := range SignedDomains(hdr) {
		if d == e.Domain {
			dec.Skipped = SkipAlreadySigned
			return dec, nil
		}
	}
	sig, err := Signature(open(), hdr, e.Domain, e.Selector, e.Key)
	if err != nil {
		return dec, err
	}
	dec.Header = sig
	return dec, nil
}

// ErrMismatch is a selector's record that publishes another public key.
var ErrMismatch = errors.New("DKIM key does not match the selector's DNS record")

// CheckRecord looks up the selector's key record (dkimkey.Lookup, which
// follows CNAMEs) and checks that it publishes key's public half. It
// returns (note, nil) when the check could not be made (lookup failed, no
// record): signing goes ahead, but the signature will not verify until the
// record is published. A record that publishes a different key, or one
// that is revoked or unusable, is an error wrapping ErrMismatch.
func CheckRecord(ctx context.Context, r *resolver.Resolver, selector, domain string, key *Key) (string, error) {
	name := RecordName(selector, domain)
	want, _ := RecordFor(key)
	res, err := dkimkey.Lookup(ctx, r, selector, domain)
	var pe *dkimkey.ParseError
	switch {
	case errors.Is(err, dkimkey.ErrNoKey):
		return fmt.Sprintf("no DKIM key record at %s: receivers will fail the signature until it is published; publish TXT %q", name, want), nil
	case errors.As(err, &pe):
		return "", fmt.Errorf("%w: %s TXT is unusable (%v); publish %q", ErrMismatch, name, err, want)
	case errors.Is(err, dkimkey.ErrMultipleKeys):
		return "", fmt.Errorf("%w: %s has more than one TXT record, so verifiers may pick either; keep only %q", ErrMismatch, name, want)
	case err != nil:
		return fmt.Sprintf("could not check the DKIM key against %s: %v", name, err), nil
	}
	rec := res.Record
	if rec.Revoked {
		return "", fmt.Errorf("%w: %s TXT revokes the key (empty p=); publish %q", ErrMismatch, name, want)
	}
	if eq, ok := rec.PublicKey.(interface{ Equal(crypto.PublicKey) bool }); ok && eq.Equal(key.Signer.Public()) {
		return "", nil
	}
	return "", fmt.Errorf("%w: %s TXT publishes a different public key; publish %q or use the matching private key", ErrMismatch, name, want)
}

// Check checks every key against its selector's DNS record and returns a
// warning for each that does not match, is missing or could not be
// checked ("DOMAIN: what is wrong"; nil when all match), in domain order.
func (s *Signer) Check(ctx context.Context, r *resolver.Resolver) []string {
	var out []string
	entries := append([]*Entry{}, s.Entries()...)
	sort.Slice(entries, func(i, j int) bool { return entries[i].Domain < entries[j].Domain })
	for _, e := range entries {
		note, err := CheckRecord(ctx, r, e.Selector, e.Domain, e.Key)
		switch {
		case err != nil:
			out = append(out, fmt.Sprintf("%s: %v: receivers will fail its signatures", e.Domain, err))
		case note != "":
			out = append(out, fmt.Sprintf("%s: %s", e.Domain, note))
		}
	}
	return out
}
