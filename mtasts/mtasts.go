// Package mtasts implements the checks of SMTP MTA Strict Transport Security
// (MTA-STS, RFC 8461) that smtpgw check runs for a domain.
//
// MTA-STS lets a domain declare that its MX hosts accept mail over TLS with a
// certificate that verifies against the public web PKI, and that sending MTAs
// must refuse to deliver over anything less. It has three parts:
//
//   - A TXT record at _mta-sts.<domain> (§3.1), "v=STSv1; id=20240101T000000",
//     announcing that a policy exists; the id changes whenever the policy
//     changes, so senders know to fetch it again.
//   - The policy itself (§3.2), a small text file served over HTTPS from
//     https://mta-sts.<domain>/.well-known/mta-sts.txt (§3.3), with lines
//     "version: STSv1", "mode: enforce|testing|none", "max_age: <seconds>"
//     and one "mx: <pattern>" line per allowed MX host ("*.example.com"
//     matches exactly one label).
//   - The sender's behaviour (§4, §5): in mode enforce, every MX host must
//     match an mx pattern (§4.1) and present a certificate valid for its name
//     (§4.2), or the sender does not deliver to it. In mode testing, failures
//     are only reported (with TLS-RPT, RFC 8460); mode none withdraws a policy.
//
// The package keeps the steps separate, as a sender does: ParseRecord and
// Lookup for the TXT record, Fetch for the HTTPS request (no redirects, a size
// limit, a timeout, certificate verification), ParsePolicy for the policy text,
// and Policy.Match for MX matching. Check runs them all for one domain and
// turns the outcome into report findings with ids "mtasts.*".
//
// Every input is untrusted: TXT records and policy bodies are parsed with
// explicit limits and never panic (see FuzzParseRecord, FuzzParsePolicy).
package mtasts

import (
	"errors"
	"fmt"
)

// Limits and constants of RFC 8461.
const (
	// MaxPolicySize is the largest policy body accepted. §3.3: "senders
	// SHOULD impose ... a limit on the size of the response body (64 KB
	// recommended)".
	MaxPolicySize = 64 * 1024

	// MaxMaxAge is the largest allowed max_age, about one year (§3.2:
	// "maximum value of 31557600").
	MaxMaxAge = 31557600

	// ShortMaxAge is the max_age below which a policy is reported as too
	// short-lived: with less than a day, a cached policy expires between
	// the attacks it is supposed to defeat (§10.2 recommends weeks).
	ShortMaxAge = 86400

	// WellKnownPath is where the policy is served (§3.3).
	WellKnownPath = "/.well-known/mta-sts.txt"

	// maxIDLen is the longest policy id (§3.1: 1*32(ALPHA / DIGIT)).
	maxIDLen = 32

	// maxPolicyLines bounds the work of ParsePolicy on hostile input.
	maxPolicyLines = 4096
)

// Errors returned by Lookup and Fetch; test with errors.Is. Syntax errors are
// *SyntaxError values, which match ErrRecordSyntax or ErrPolicySyntax.
var (
	ErrNoRecord        = errors.New("mtasts: no MTA-STS TXT record")
	ErrMultipleRecords = errors.New("mtasts: multiple MTA-STS TXT records")
	ErrDNS             = errors.New("mtasts: DNS lookup failed")
	ErrRecordSyntax    = errors.New("mtasts: TXT record syntax error")
	ErrPolicySyntax    = errors.New("mtasts: policy syntax error")
)

// SyntaxError is a TXT record or policy that does not follow the grammar of
// §3.1 or §3.2.
type SyntaxError struct {
	Policy bool   // true for a policy, false for a TXT record
	Line   int    // 1-based line of the policy; 0 for a TXT record
	Pos    int    // 0-based byte offset in the TXT record, or in the line
	Msg    string // what was wrong
}

func (e *SyntaxError) Error() string {
	if e.Policy {
		if e.Line > 0 {
			return fmt.Sprintf("policy line %d: %s", e.Line, e.Msg)
		}
		return "policy: " + e.Msg
	}
	return fmt.Sprintf("TXT record at offset %d: %s", e.Pos, e.Msg)
}

// Is makes errors.Is(err, ErrRecordSyntax / ErrPolicySyntax) work.
func (e *SyntaxError) Is(target error) bool {
	if e.Policy {
		return target == ErrPolicySyntax
	}
	return target == ErrRecordSyntax
}

// Pair is an extension field of a record or policy, kept as received.
type Pair struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// Record is a parsed _mta-sts TXT record (§3.1).
type Record struct {
	Version    string `json:"version"` // always "STSv1"
	ID         string `json:"id"`
	Extensions []Pair `json:"extensions,omitempty"`
}

// Mode is a policy's mode (§5).
type Mode string

// Policy modes.
const (
	ModeEnforce Mode = "enforce"
	ModeTesting Mode = "testing"
	ModeNone    Mode = "none"
)

// MXPattern is one "mx:" value of a policy: a domain, or "*." and a domain
// matching exactly one more label on the left (§3.2, §4.1).
type MXPattern struct {
	Wildcard bool   `json:"wildcard"`
	Domain   string `json:"domain"` // lower case, no trailing dot
}

func (p MXPattern) String() string {
	if p.Wildcard {
		return "*." + p.Domain
	}
	return p.Domain
}

// Policy is a parsed MTA-STS policy (§3.2).
type Policy struct {
	Version    string      `json:"version"`
	Mode       Mode        `json:"mode"`
	MaxAge     int         `json:"max_age"`
	MX         []MXPattern `json:"mx"`
	Extensions []Pair      `json:"extensions,omitempty"`
}

// Problem is a flaw in a policy that does not make it invalid for a lenient
// sender but that strict senders may reject, or that shows a mistake: a
// garbage line, a repeated field, a known field name in the wrong case.
type Problem struct {
	Line int    `json:"line"`
	Text string `json:"text"`
	Msg  string `json:"msg"`
}

func (p Problem) String() string { return fmt.Sprintf("line %d: %s: %q", p.Line, p.Msg, p.Text) }
