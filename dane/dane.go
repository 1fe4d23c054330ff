// Package dane checks DNS-Based Authentication of Named Entities (DANE) for
// SMTP: TLSA records (RFC 6698, updated by RFC 7671) published for an MX
// host at _25._tcp.<mx-host>, as used between mail servers (RFC 7672).
//
// A domain whose MX hosts publish DNSSEC-signed TLSA records tells sending
// servers that support DANE (Postfix, Exim, Microsoft 365, ...) two things:
// STARTTLS is mandatory on those hosts, and the certificate presented must
// match one of the records. A sender that cannot match any usable record
// does not deliver: it defers the mail (RFC 7672 §2.2). A TLSA RRset that is
// not DNSSEC-validated is ignored by senders, since an attacker could forge
// it (RFC 7672 §2.2: only "secure" TLSA records are usable).
//
// For SMTP only two certificate usages are used (RFC 7672 §3.1):
//
//   - DANE-EE (3): the record matches the server's own certificate or
//     public key; names and expiry dates are not checked (§3.1.1).
//   - DANE-TA (2): the record matches a trust anchor (usually the issuing
//     CA) presented in the server's chain; the chain must verify up to it
//     and the certificate must name the MX host (§3.1.2, §3.2.2).
//
// PKIX-TA (0) and PKIX-EE (1) are not used for SMTP: senders treat such
// records as unusable (§3.1.3). The selector picks what is hashed: the full
// certificate (0) or its SubjectPublicKeyInfo (1); the matching type says
// how: exact bytes (0), SHA2-256 (1) or SHA2-512 (2) (RFC 6698 §2.1).
//
// Lookup fetches one host's TLSA records with their DNSSEC status (the AD bit
// of a validating resolver), Match matches records against a presented chain
// (a pure function) and the Findings functions turn both into report
// findings with ids "dane.*" and "dnssec.*".
package dane

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/miekg/dns"
	"github.com/smtpgw/smtpgw/resolver"
)

// Certificate usages (RFC 6698 §2.1.1, RFC 7218 acronyms).
const (
	PKIXTA uint8 = 0
	PKIXEE uint8 = 1
	DANETA uint8 = 2
	DANEEE uint8 = 3
)

// Selectors (RFC 6698 §2.1.2).
const (
	SelectorCert uint8 = 0 // the full certificate, DER
	SelectorSPKI uint8 = 1 // the SubjectPublicKeyInfo, DER
)

// Matching types (RFC 6698 §2.1.3).
const (
	MatchFull   uint8 = 0
	MatchSHA256 uint8 = 1
	MatchSHA512 uint8 = 2
)

// UsageName returns the RFC 7218 acronym of a usage: "DANE-EE(3)".
func UsageName(u uint8) string {
	switch u {
	case PKIXTA:
		return "PKIX-TA(0)"
	case PKIXEE:
		return "PKIX-EE(1)"
	case DANETA:
		return "DANE-TA(2)"
	case DANEEE:
		return "DANE-EE(3)"
	}
	return fmt.Sprintf("usage %d", u)
}

// Record is a TLSA record in a form that keeps its text as received.
type Record struct {
	Usage        uint8  `json:"usage"`
	Selector     uint8  `json:"selector"`
	MatchingType uint8  `json:"matching_type"`
	Data         string `json:"data"` // lower-case hex
	Text         string `json:"text"` // "3 1 1 abcd..." as received
}

// FromTLSA converts miekg/dns records.
func FromTLSA(rrs []*dns.TLSA) []Record {
	out := make([]Record, 0, len(rrs))
	for _, rr := range rrs {
		out = append(out, Record{
			Usage: rr.Usage, Selector: rr.Selector, MatchingType: rr.MatchingType,
			Data: strings.ToLower(rr.Certificate),
			Text: fmt.Sprintf("%d %d %d %s", rr.Usage, rr.Selector, rr.MatchingType, strings.ToLower(rr.Certificate)),
		})
	}
	return out
}

// Usable reports whether a sender uses the record for SMTP, and if not why.
func (r Record) Usable() (bool, string) {
	switch r.Usage {
	case DANETA, DANEEE:
	case PKIXTA, PKIXEE:
		return false, fmt.Sprintf("usage %s is not used for SMTP: senders ignore it (RFC 7672 §3.1.3)", UsageName(r.Usage))
	default:
		return false, fmt.Sprintf("unknown usage %d (RFC 6698 §2.1.1)", r.Usage)
	}
	if r.Selector > SelectorSPKI {
		return false, fmt.Sprintf("unknown selector %d (RFC 6698 §2.1.2)", r.Selector)
	}
	data, err := hex.DecodeString(r.Data)
	if err != nil || len(data) == 0 {
		return false, "the association data is not hexadecimal"
	}
	switch r.MatchingType {
	case MatchFull:
	case MatchSHA256:
		if len(data) != sha256.Size {
			return false, fmt.Sprintf("a SHA2-256 digest is 32 bytes, this one is %d: it can never match", len(data))
		}
	case MatchSHA512:
		if len(data) != sha512.Size {
			return false, fmt.Sprintf("a SHA2-512 digest is 64 bytes, this one is %d: it can never match", len(data))
		}
	default:
		return false, fmt.Sprintf("unknown matching type %d (RFC 6698 §2.1.3)", r.MatchingType)
	}
	return true, ""
}

// Matches reports whether the record's association data matches cert
// (RFC 6698 §2.1.2, §2.1.3), whatever the usage.
func (r Record) Matches(cert *x509.Certificate) bool {
	want, err := hex.DecodeString(r.Data)
	if err != nil || cert == nil {
		return false
	}
	var sel []byte
	switch r.Selector {
	case SelectorCert:
		sel = cert.Raw
	case SelectorSPKI:
		sel = cert.RawSubjectPublicKeyInfo
	default:
		return false
	}
	var got []byte
	switch r.MatchingType {
	case MatchFull:
		got = sel
	case MatchSHA256:
		h := sha256.Sum256(sel)
		got = h[:]
	case MatchSHA512:
		h := sha512.Sum512(sel)
		got = h[:]
	default:
		return false
	}
	return bytes.Equal(got, want)
}

// RecordMatch is the outcome of one record against a chain.
type RecordMatch struct {
	Record   Record `json:"record"`
	Usable   bool   `json:"usable"`
	Reason   string `json:"reason,omitempty"` // why unusable, or why a DANE-TA match did not authenticate
	Matched  bool   `json:"matched"`          // the data matched a certificate of the chain
	CertIdx  int    `json:"cert_index"`       // which one (0 = leaf); -1 when none
	Verified bool   `json:"verified"`         // the record authenticates the server (DANE-EE match, or DANE-TA match with a valid chain and name)
}

// MatchResult is the outcome of Match.
type MatchResult struct {
	Records       []RecordMatch `json:"records"`
	Usable        int           `json:"usable"`        // records a sender would use
	Authenticated bool          `json:"authenticated"` // at least one usable record verified the server
}

// MatchOptions tune Match.
type MatchOptions struct {
	// Names are the reference identifiers a DANE-TA chain's leaf must
	// carry: the MX host name (RFC 7672 §3.2.2). Empty skips the name check.
	Names []string
	// Now is the time DANE-TA chains are verified at; zero means time.Now.
	Now time.Time
}

// Match matches every record against chain (leaf first, as presented by the
// server) the way a DANE SMTP sender does (RFC 7672 §3.1): DANE-EE records
// against the leaf only, ignoring its names and dates; DANE-TA records
// against the issuers in the chain, after which the chain must verify from the
// leaf to the matched certificate and the leaf must carry one of o.Names.
// PKIX-TA/PKIX-EE records and records with unknown parameters are unusable.
func Match(records []Record, chain []*x509.Certificate, o MatchOptions) MatchResult {
	now := o.Now
	if now.IsZero() {
		now = time.Now()
	}
	res := MatchResult{Records: make([]RecordMatch, 0, len(records))}
	for _, r := range records {
		m := RecordMatch{Record: r, CertIdx: -1}
		m.Usable, m.Reason = r.Usable()
		if m.Usable {
			res.Usable++
		}
		switch {
		case len(chain) == 0:
		case r.Usage == DANETA:
			// A trust anchor is an issuer in the chain (RFC 7671 §5.2.2);
			// a DANE-TA record matching the leaf is a misuse of DANE-EE.
			for i := 1; i < len(chain); i++ {
				if r.Matches(chain[i]) {
					m.Matched, m.CertIdx = true, i
					break
				}
			}
			if !m.Matched && r.Matches(chain[0]) {
				m.CertIdx = 0
				if m.Usable {
					m.Reason = "this DANE-TA(2) record matches the server's own certificate, not an issuer: publish it as DANE-EE(3) (usage 3)"
				}
			}
			if m.Matched && m.Usable {
				if err := verifyToAnchor(chain, m.CertIdx, o.Names, now); err != nil {
					m.Reason = err.Error()
				} else {
					m.Verified = true
				}
			}
		default:
			// DANE-EE and the PKIX usages match the leaf.
			if r.Matches(chain[0]) {
				m.Matched, m.CertIdx = true, 0
				m.Verified = m.Usable
			}
		}
		if m.Verified {
			res.Authenticated = true
		}
		res.Records = append(res.Records, m)
	}
	return res
}

// verifyToAnchor checks that chain[0] chains up to chain[ta] through the
// certificates in between, is valid at now, and carries one of names.
func verifyToAnchor(chain []*x509.Certificate, ta int, names []string, now time.Time) error {
	roots := x509.NewCertPool()
	roots.AddCert(chain[ta])
	inter := x509.NewCertPool()
	for _, c := range chain[1:ta] {
		inter.AddCert(c)
	}
	leaf := chain[0]
	if ta == 0 {
		return fmt.Errorf("the trust anchor is the leaf itself")
	}
	_, err := leaf.Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: now, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
	if err != nil {
		return fmt.Errorf("the DANE-TA(2) record matches certificate %d of the chain, but the chain does not verify up to it: %v", ta, err)
	}
	if len(names) == 0 {
		return nil
	}
	for _, n := range names {
		if leaf.VerifyHostname(strings.TrimSuffix(n, ".")) == nil {
			return nil
		}
	}
	return fmt.Errorf("the DANE-TA(2) record matches, but the certificate is not valid for %s (RFC 7672 §3.2.2: DANE-TA requires a name match)", strings.Join(names, " or "))
}

// HostTLSA is the TLSA RRset of one MX host.
type HostTLSA struct {
	Host          string   `json:"host"`
	Name          string   `json:"name"` // "_25._tcp.mx.example.com."
	Records       []Record `json:"records"`
	Authenticated bool     `json:"dnssec"`                       // the answer carried the AD bit
	Signed        bool     `json:"signed"`                       // the answer carried RRSIG records (validated or not)
	Authoritative bool     `json:"from_authoritative,omitempty"` // answered by an authoritative server (AA, no RA): never validated
	DNSSEC        string   `json:"dnssec_status,omitempty"`      // resolver.Answer.DNSSEC: what the answer says about DNSSEC
	Evidence      []string `json:"evidence"`                     // the answer as received
	Err           error    `json:"-"`                            // a lookup that could not be answered; NXDOMAIN is not an error
	Error         string   `json:"error,omitempty"`              // Err as text
}

// Lookup fetches the TLSA records of host for port (25 for SMTP) and their
// DNSSEC status. NXDOMAIN and NODATA give no records and no error.
func Lookup(ctx context.Context, r *resolver.Resolver, host string, port int) *HostTLSA {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	h := &HostTLSA{Host: host, Name: fmt.Sprintf("_%d._tcp.%s.", port, host), Records: []Record{}}
	rrs, ans, err := r.TLSA(ctx, host, port, "tcp")
	if ans != nil && ans.Msg != nil {
		h.Evidence = ans.Strings()
		h.Authenticated = ans.Authenticated
		h.Signed = ans.Signed()
		h.Authoritative = ans.FromAuthoritative()
		h.DNSSEC = ans.DNSSEC()
	}
	if err != nil && !resolver.IsNXDomain(err) {
		h.Err, h.Error = err, err.Error()
		return h
	}
	h.Records = FromTLSA(rrs)
	return h
}
