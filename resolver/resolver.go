// Package resolver is smtpgw's DNS stub resolver, built on github.com/miekg/dns.
//
// Mail diagnostics must tell "no such record" from "could not ask", so every
// lookup distinguishes NXDOMAIN, NODATA (name exists, no record of the type),
// SERVFAIL, REFUSED and timeouts, and returns them as typed errors (*Error)
// rather than collapsing them into "not found" as net.Resolver does.
//
// Queries go over UDP with EDNS0 (4096 octets, DO bit set so a validating
// resolver reports the Authenticated Data bit, RFC 6840 §5.7) and are retried
// over TCP when the answer is truncated (RFC 7766 §5). Servers are tried in
// order; a Resolver may cache answers for the length of one run (Cache), with
// concurrent identical queries sharing one exchange.
//
// Tests point a Resolver at an in-process miekg/dns server on 127.0.0.1:0.
package resolver

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/miekg/dns"
)

// DefaultTimeout is the per-attempt timeout when Resolver.Timeout is zero.
const DefaultTimeout = 5 * time.Second

// Kind classifies a failed lookup.
type Kind string

// Kinds of lookup failure.
const (
	NXDomain Kind = "NXDOMAIN" // the name does not exist (authoritative "no")
	ServFail Kind = "SERVFAIL" // the server could not answer (often DNSSEC validation failure)
	Refused  Kind = "REFUSED"  // the server refused to answer
	Timeout  Kind = "timeout"  // no answer in time
	Network  Kind = "network"  // the query could not be sent or received
	Other    Kind = "error"    // another rcode (FORMERR, NOTIMP, ...) or malformed answer
	// BadName: the name cannot be put in a query at all (a label over 63
	// octets, an empty label, over 255 octets in wire form). Nothing was
	// sent; no server could ever answer for such a name, so it is as
	// permanent as NXDOMAIN, not a temporary failure.
	BadName Kind = "invalid name"
)

// Error is a failed DNS lookup. NODATA is not an error: the lookup succeeds
// with no records.
type Error struct {
	Name   string // the queried name
	Type   string // the queried type, "MX"
	Kind   Kind
	Rcode  int    // DNS rcode when an answer arrived
	Server string // the server that answered, or was last tried
	Err    error  // underlying network error, when any
	// EDE are the Extended DNS Errors (RFC 8914) the server attached to
	// its answer: Unbound and BIND say why they answered SERVFAIL.
	EDE []EDE
	// Validation is set on a SERVFAIL that is a DNSSEC validation
	// failure: the server said so in an EDE (codes 5-12), or the same
	// query with checking disabled (CD bit, RFC 4035 §3.2.2) was
	// answered. The zone is served but its signatures do not validate;
	// it is not a missing record.
	Validation bool
	// Unchecked is the answer to the query with checking disabled, as
	// zone-file lines, when Validation was established that way: what the
	// authoritative servers serve, unvalidated.
	Unchecked []string
}

// EDE is one Extended DNS Error (RFC 8914) of an answer.
type EDE struct {
	Code uint16 `json:"code"`
	Name string `json:"name"`           // "DNSSEC Bogus", from the IANA registry
	Text string `json:"text,omitempty"` // the server's extra text
}

func (e EDE) String() string {
	s := fmt.Sprintf("EDE %d %s", e.Code, e.Name)
	if e.Text != "" {
		s += ": " + e.Text
	}
	return s
}

// dnssecEDE reports whether an EDE code says DNSSEC validation failed
// (RFC 8914 §4.6-4.13: Indeterminate, Bogus, Signature Expired/Not Yet
// Valid, DNSKEY Missing, RRSIGs Missing, No Zone Key Bit Set, NSEC Missing).
func dnssecEDE(code uint16) bool { return code >= 5 && code <= 12 }

// edes returns the EDE options of m.
func edes(m *dns.Msg) []EDE {
	opt := m.IsEdns0()
	if opt == nil {
		return nil
	}
	var out []EDE
	for _, o := range opt.Option {
		if e, ok := o.(*dns.EDNS0_EDE); ok {
			name := dns.ExtendedErrorCodeToString[e.InfoCode]
			if name == "" {
				name = "unknown"
			}
			out = append(out, EDE{Code: e.InfoCode, Name: name, Text: strings.TrimSpace(e.ExtraText)})
		}
	}
	return out
}

// ValidationRemedy is the remediation for a lookup of name that failed
// DNSSEC validation (IsValidationFailure).
func ValidationRemedy(name string) string {
	name = strings.TrimSuffix(name, ".")
	return "Fix the DNSSEC signatures of the zone of " + name + ": re-sign it (check that automatic re-signing runs) and check that the DS record at the parent matches a published DNSKEY; validating resolvers answer SERVFAIL until then (see delv " + name + " +vtrace, or dnsviz)"
}

// IsValidationFailure reports whether err is a SERVFAIL caused by DNSSEC
// validation (Error.Validation).
func IsValidationFailure(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Validation
}

func (e *Error) Error() string {
	switch e.Kind {
	case NXDomain:
		return fmt.Sprintf("%s %s: no such domain (NXDOMAIN from %s)", e.Name, e.Type, e.Server)
	case Timeout:
		return fmt.Sprintf("%s %s: DNS query timed out (server %s)", e.Name, e.Type, e.Server)
	case Network:
		return fmt.Sprintf("%s %s: DNS query to %s failed: %v", e.Name, e.Type, e.Server, e.Err)
	case BadName:
		return fmt.Sprintf("%s %s: not a valid DNS name, no query sent: %v", e.Name, e.Type, e.Err)
	}
	var ede []string
	for _, x := range e.EDE {
		ede = append(ede, x.String())
	}
	extra := ""
	if len(ede) > 0 {
		extra = " (" + strings.Join(ede, "; ") + ")"
	}
	if e.Validation {
		return fmt.Sprintf("%s %s: the resolver %s could not validate the DNSSEC signatures of the answer (SERVFAIL, DNSSEC validation failure)%s", e.Name, e.Type, e.Server, extra)
	}
	return fmt.Sprintf("%s %s: DNS server %s answered %s%s", e.Name, e.Type, e.Server, dns.RcodeToString[e.Rcode], extra)
}

func (e *Error) Unwrap() error { return e.Err }

// IsBadName reports whether err says the name is not a valid DNS name.
func IsBadName(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Kind == BadName
}

// CanonicalName returns name (presentation form, escapes such as "\032"
// or "\ " allowed, final dot optional) in its canonical wire form: the
// uncompressed octets with ASCII letters lower-cased (RFC 4034 §6.2), as a
// string usable as a map key. Two spellings of one name ("a\ b.test." and
// "a\032b.test") give the same key. It fails for names that cannot be
// put in a query: a label over 63 octets, an empty label, or more than 255
// octets.
func CanonicalName(name string) (string, error) {
	name = dns.Fqdn(name)
	buf := make([]byte, 256+len(name))
	n, err := dns.PackDomainName(name, buf, 0, nil, false)
	if err != nil {
		return "", fmt.Errorf("%q: %w", name, err)
	}
	if n > 255 {
		return "", fmt.Errorf("%q: longer than 255 octets", name)
	}
	// Label octets only: the length octets are below 64 and unaffected.
	b := buf[:n]
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b), nil
}

// SameName reports whether a and b are the same DNS name, compared in
// canonical wire form: case-insensitively for ASCII letters, and whatever
// escapes either spelling uses.
func SameName(a, b string) bool {
	ca, err1 := CanonicalName(a)
	cb, err2 := CanonicalName(b)
	if err1 != nil || err2 != nil {
		return strings.EqualFold(a, b)
	}
	return ca == cb
}

// IsNoAnswer reports whether err says no answer came at all: the query
// could not be sent or received (a refused port, no route) or it timed out.
// A SERVFAIL or REFUSED is an answer.
func IsNoAnswer(err error) bool {
	var e *Error
	return errors.As(err, &e) && (e.Kind == Network || e.Kind == Timeout)
}

// IsNXDomain reports whether err says the name does not exist.
func IsNXDomain(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Kind == NXDomain
}

// Answer is the result of one successful query.
type Answer struct {
	Name          string
	Type          uint16
	Records       []dns.RR // answer section records of the queried type (CNAME chain followed)
	CNAMEs        []string // CNAME targets followed, in order
	Authenticated bool     // AD bit: the resolver validated the answer with DNSSEC
	Rcode         int
	Server        string
	Msg           *dns.Msg // the whole response, for evidence
	EDE           []EDE    // Extended DNS Errors attached to the answer (RFC 8914)
}

// Strings renders the answer records as zone-file lines, for evidence.
// DNSSEC signatures (RRSIG) are left out, as dig does without +dnssec:
// Authenticated and Signed tell what they mean.
func (a *Answer) Strings() []string {
	var out []string
	for _, rr := range a.Msg.Answer {
		if rr.Header().Rrtype == dns.TypeRRSIG {
			continue
		}
		out = append(out, strings.ReplaceAll(rr.String(), "\t", " "))
	}
	return out
}

// Signed reports whether the answer carries DNSSEC signatures (RRSIG
// records in the answer or, for NXDOMAIN and NODATA, the authority
// section): the zone is signed, whether or not anyone validated it. Queries
// set the DO bit, so a DNSSEC-aware server includes them.
func (a *Answer) Signed() bool {
	if a == nil || a.Msg == nil {
		return false
	}
	for _, sec := range [][]dns.RR{a.Msg.Answer, a.Msg.Ns} {
		for _, rr := range sec {
			if rr.Header().Rrtype == dns.TypeRRSIG {
				return true
			}
		}
	}
	return false
}

// Signer returns the zone that signed the answer (the signer name of its
// first RRSIG, "example.test."), or "" when it carries none.
func (a *Answer) Signer() string {
	if a == nil || a.Msg == nil {
		return ""
	}
	for _, sec := range [][]dns.RR{a.Msg.Answer, a.Msg.Ns} {
		for _, rr := range sec {
			if sig, ok := rr.(*dns.RRSIG); ok {
				return sig.SignerName
			}
		}
	}
	return ""
}

// FromAuthoritative reports whether the answer came from an authoritative
// server rather than a recursive resolver: AA set and recursion not
// available (RA clear). Such a server never validates DNSSEC, so the
// absence of the AD bit says nothing about the zone.
func (a *Answer) FromAuthoritative() bool {
	return a != nil && a.Msg != nil && a.Msg.Authoritative && !a.Msg.RecursionAvailable
}

// DNSSEC describes, in a few words, what the answer says about DNSSEC:
// "validated (AD bit)", "signed (RRSIG) but not validated: the answer is
// from an authoritative server, which does not validate", ... For
// evidence and findings.
func (a *Answer) DNSSEC() string {
	switch {
	case a == nil || a.Msg == nil:
		return "no answer"
	case a.Authenticated:
		return "DNSSEC-validated (AD bit set by the resolver)"
	case a.FromAuthoritative() && a.Signed():
		return "signed (RRSIG present) but not validated: " + a.Server + " is an authoritative server (AA set, RA clear), which never validates nor sets the AD bit"
	case a.FromAuthoritative():
		return "not signed: the authoritative server " + a.Server + " sent no RRSIG although the query asked for them (DO bit)"
	case a.Signed():
		return "signed (RRSIG present) but not validated (no AD bit): the resolver " + a.Server + " does not validate DNSSEC, or the zone's DS record is missing at the parent so validators treat it as unsigned"
	default:
		return "not validated (no AD bit) and no RRSIG in the answer: the zone is not signed (or the resolver strips DNSSEC records)"
	}
}

// Evidence returns the answer records as received (Strings); when there
// are none, one line saying why: "NAME TYPE: NXDOMAIN" or "NAME TYPE: no
// records", with name as the caller spells it. A nil answer, or one without
// a message (no response arrived), gives nil.
func (a *Answer) Evidence(name string) []string {
	if a == nil || a.Msg == nil {
		return nil
	}
	if ev := a.Strings(); len(ev) > 0 {
		return ev
	}
	t := dns.TypeToString[a.Type]
	if a.Rcode == dns.RcodeNameError {
		return []string{name + " " + t + ": NXDOMAIN"}
	}
	return []string{name + " " + t + ": no records"}
}

// Resolver sends queries to a fixed list of servers.
type Resolver struct {
	Servers []string      // "ip:port"; tried in order
	Timeout time.Duration // per attempt; DefaultTimeout when zero
	// Dialer, when set, is used for the UDP and TCP connections to servers.
	Dialer *net.Dialer

	mu    sync.Mutex
	cache map[cacheKey]*call
}

type cacheKey struct {
	name  string
	qtype uint16
}

type call struct {
	done chan struct{}
	ans  *Answer
	err  error
}

// New returns a resolver for the given servers ("ip" or "ip:port").
func New(servers ...string) *Resolver {
	r := &Resolver{}
	for _, s := range servers {
		r.Servers = append(r.Servers, withPort(s))
	}
	return r
}

func withPort(s string) string {
	if _, _, err := net.SplitHostPort(s); err == nil {
		return s
	}
	return net.JoinHostPort(strings.Trim(s, "[]"), "53")
}

// ParseServer validates a --resolver value: "IP", "IP:PORT" or "[IPv6]:PORT".
func ParseServer(s string) (string, error) {
	hp := withPort(s)
	host, port, err := net.SplitHostPort(hp)
	if err != nil || net.ParseIP(host) == nil || port == "" {
		return "", fmt.Errorf("invalid resolver address %q: give an IP address with an optional port, such as 127.0.0.1:53 or [::1]:5353", s)
	}
	return hp, nil
}

// FromResolvConf returns a resolver for the nameservers of a resolv.conf
// file (usually /etc/resolv.conf). A file that cannot be read or names no
// nameserver gives a *ConfError: the caller must name a server itself.
func FromResolvConf(path string) (*Resolver, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &ConfError{Path: path, Err: err}
	}
	defer f.Close()
	var servers []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) >= 2 && fields[0] == "nameserver" {
			ip := fields[1]
			if i := strings.IndexByte(ip, '%'); i >= 0 { // zone of a link-local address
				ip = ip[:i]
			}
			if net.ParseIP(ip) != nil {
				servers = append(servers, net.JoinHostPort(ip, "53"))
			}
		}
	}
	if len(servers) == 0 {
		return nil, &ConfError{Path: path}
	}
	return &Resolver{Servers: servers}, nil
}

// ConfError says that a resolv.conf file gave no DNS server to ask: it
// could not be read (Err), or it names no nameserver (Err nil).
type ConfError struct {
	Path string
	Err  error
}

func (e *ConfError) Error() string {
	if e.Err != nil {
		return "reading resolver configuration: " + e.Err.Error()
	}
	return "no nameserver in " + e.Path + ": give the address of a DNS server to ask"
}

func (e *ConfError) Unwrap() error { return e.Err }

// EnableCache makes r remember answers (and failures) for its lifetime:
// one run of a command. Concurrent identical queries share one exchange.
func (r *Resolver) EnableCache() *Resolver {
	r.mu.Lock()
	if r.cache == nil {
		r.cache = map[cacheKey]*call{}
	}
	r.mu.Unlock()
	return r
}

// Cached returns the answer of a finished, cached query for name/qtype
// without sending one. ok is false when the cache is off or holds no
// finished query for it; ans may be nil when that query failed before an
// answer arrived. Commands use it to show the records a run was based on.
func (r *Resolver) Cached(name string, qtype uint16) (ans *Answer, ok bool) {
	r.mu.Lock()
	c, found := r.cache[cacheKey{strings.ToLower(dns.Fqdn(name)), qtype}]
	r.mu.Unlock()
	if !found {
		return nil, false
	}
	select {
	case <-c.done:
		return c.ans, true
	default:
		return nil, false
	}
}

// Query looks up name/qtype, following CNAMEs in the answer.
func (r *Resolver) Query(ctx context.Context, name string, qtype uint16) (*Answer, error) {
	name = dns.Fqdn(name)
	r.mu.Lock()
	if r.cache == nil {
		r.mu.Unlock()
		return r.query(ctx, name, qtype)
	}
	k := cacheKey{strings.ToLower(name), qtype}
	if c, ok := r.cache[k]; ok {
		r.mu.Unlock()
		select {
		case <-c.done:
			return c.ans, c.err
		case <-ctx.Done():
			return nil, &Error{Name: name, Type: dns.TypeToString[qtype], Kind: Timeout, Err: ctx.Err()}
		}
	}
	c := &call{done: make(chan struct{})}
	r.cache[k] = c
	r.mu.Unlock()
	c.ans, c.err = r.query(ctx, name, qtype)
	close(c.done)
	return c.ans, c.err
}

func (r *Resolver) query(ctx context.Context, name string, qtype uint16) (*Answer, error) {
	tname := dns.TypeToString[qtype]
	if _, err := CanonicalName(name); err != nil {
		return nil, &Error{Name: name, Type: tname, Kind: BadName, Err: err}
	}
	if len(r.Servers) == 0 {
		return nil, &Error{Name: name, Type: tname, Kind: Network, Err: errors.New("no DNS server configured")}
	}
	m := new(dns.Msg)
	m.SetQuestion(name, qtype)
	m.RecursionDesired = true
	m.AuthenticatedData = true // RFC 6840 §5.7: ask for the AD bit
	m.SetEdns0(4096, true)

	var lastErr error
	for _, srv := range r.Servers {
		resp, err := r.exchange(ctx, m, srv)
		if err != nil {
			lastErr = err
			if ctx.Err() != nil {
				break
			}
			continue
		}
		ede := edes(resp)
		a := &Answer{Name: name, Type: qtype, Rcode: resp.Rcode, Server: srv, Msg: resp, Authenticated: resp.AuthenticatedData, EDE: ede}
		switch resp.Rcode {
		case dns.RcodeSuccess:
		case dns.RcodeNameError:
			return a, &Error{Name: name, Type: tname, Kind: NXDomain, Rcode: resp.Rcode, Server: srv, EDE: ede}
		case dns.RcodeServerFailure:
			e := &Error{Name: name, Type: tname, Kind: ServFail, Rcode: resp.Rcode, Server: srv, EDE: ede}
			r.diagnoseServFail(ctx, m, e)
			lastErr = e
			continue
		case dns.RcodeRefused:
			lastErr = &Error{Name: name, Type: tname, Kind: Refused, Rcode: resp.Rcode, Server: srv, EDE: ede}
			continue
		default:
			lastErr = &Error{Name: name, Type: tname, Kind: Other, Rcode: resp.Rcode, Server: srv, EDE: ede}
			continue
		}
		// Follow the CNAME chain inside the answer section.
		want := name
		for i := 0; i < 16; i++ {
			next := ""
			for _, rr := range resp.Answer {
				if c, ok := rr.(*dns.CNAME); ok && SameName(c.Hdr.Name, want) && qtype != dns.TypeCNAME {
					next = c.Target
				}
			}
			if next == "" {
				break
			}
			a.CNAMEs = append(a.CNAMEs, next)
			want = next
		}
		for _, rr := range resp.Answer {
			if rr.Header().Rrtype == qtype && SameName(rr.Header().Name, want) {
				a.Records = append(a.Records, rr)
			}
		}
		return a, nil
	}
	return nil, lastErr
}

// diagnoseServFail tells a DNSSEC validation failure from other SERVFAILs
// (unreachable or lame authoritative servers), as "dig +cd" does: from a
// DNSSEC EDE, or else by asking again with checking disabled. A validating
// resolver that then answers has the records but could not validate them.
func (r *Resolver) diagnoseServFail(ctx context.Context, m *dns.Msg, e *Error) {
	for _, x := range e.EDE {
		if dnssecEDE(x.Code) {
			e.Validation = true
		}
	}
	if e.Validation || ctx.Err() != nil {
		return
	}
	cd := m.Copy()
	cd.Id = dns.Id()
	cd.CheckingDisabled = true
	resp, err := r.exchange(ctx, cd, e.Server)
	if err != nil || (resp.Rcode != dns.RcodeSuccess && resp.Rcode != dns.RcodeNameError) {
		return
	}
	e.Validation = true
	for _, rr := range resp.Answer {
		if rr.Header().Rrtype != dns.TypeRRSIG {
			e.Unchecked = append(e.Unchecked, strings.ReplaceAll(rr.String(), "\t", " "))
		}
	}
	if resp.Rcode == dns.RcodeNameError {
		e.Unchecked = append(e.Unchecked, strings.TrimSuffix(e.Name, ".")+" "+e.Type+": NXDOMAIN")
	}
}

func (r *Resolver) exchange(ctx context.Context, m *dns.Msg, srv string) (*dns.Msg, error) {
	timeout := r.Timeout
	if timeout == 0 {
		timeout = DefaultTimeout
	}
	tname := dns.TypeToString[m.Question[0].Qtype]
	name := m.Question[0].Name
	c := &dns.Client{Net: "udp", Timeout: timeout, Dialer: r.Dialer, UDPSize: 4096}
	resp, _, err := c.ExchangeContext(ctx, m, srv)
	if err == nil && resp.Truncated {
		c.Net = "tcp"
		resp, _, err = c.ExchangeContext(ctx, m, srv)
	}
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) {
			return nil, &Error{Name: name, Type: tname, Kind: Timeout, Server: srv, Err: err}
		}
		return nil, &Error{Name: name, Type: tname, Kind: Network, Server: srv, Err: err}
	}
	if resp.Id != m.Id || len(resp.Question) == 0 {
		return nil, &Error{Name: name, Type: tname, Kind: Other, Server: srv, Err: errors.New("malformed answer")}
	}
	return resp, nil
}

// MX looks up the MX records of domain, sorted by preference (RFC 5321 §5.1),
// with equal preferences kept in answer order.
func (r *Resolver) MX(ctx context.Context, domain string) ([]*dns.MX, *Answer, error) {
	a, err := r.Query(ctx, domain, dns.TypeMX)
	if err != nil {
		return nil, a, err
	}
	var mxs []*dns.MX
	for _, rr := range a.Records {
		mxs = append(mxs, rr.(*dns.MX))
	}
	sortMX(mxs)
	return mxs, a, nil
}

func sortMX(mxs []*dns.MX) {
	for i := 1; i < len(mxs); i++ {
		for j := i; j > 0 && mxs[j].Preference < mxs[j-1].Preference; j-- {
			mxs[j], mxs[j-1] = mxs[j-1], mxs[j]
		}
	}
}

// TXT looks up the TXT records of name. Each record's character-strings are
// returned unjoined, so callers can apply their standard's concatenation and
// length rules, and as the octets received: miekg/dns keeps them in
// presentation form (`\195\175`, `\"`, `\\`), which would hide a
// non-ASCII octet from a check that a record is ASCII, and lengthen every
// string that has one.
func (r *Resolver) TXT(ctx context.Context, name string) ([][]string, *Answer, error) {
	a, err := r.Query(ctx, name, dns.TypeTXT)
	if err != nil {
		return nil, a, err
	}
	var out [][]string
	for _, rr := range a.Records {
		strs := make([]string, len(rr.(*dns.TXT).Txt))
		for i, s := range rr.(*dns.TXT).Txt {
			strs[i] = Unescape(s)
		}
		out = append(out, strs)
	}
	return out, a, nil
}

// Unescape turns a character-string in the presentation form miekg/dns
// gives (RFC 1035 §5.1: `\DDD` for an octet, `\X` for X) into the raw
// octets it stands for.
func Unescape(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b = append(b, c)
			continue
		}
		if i+3 < len(s) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) {
			if n := int(s[i+1]-'0')*100 + int(s[i+2]-'0')*10 + int(s[i+3]-'0'); n < 256 {
				b = append(b, byte(n))
				i += 3
				continue
			}
		}
		b = append(b, s[i+1])
		i++
	}
	return string(b)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// IPs looks up A and/or AAAA records of host, concurrently. An error is
// returned only when every requested family failed; a NODATA family simply
// contributes no address.
func (r *Resolver) IPs(ctx context.Context, host string, v4, v6 bool) ([]net.IP, error) {
	type res struct {
		ips []net.IP
		err error
	}
	var types []uint16
	if v4 {
		types = append(types, dns.TypeA)
	}
	if v6 {
		types = append(types, dns.TypeAAAA)
	}
	out := make([]res, len(types))
	var wg sync.WaitGroup
	for i, t := range types {
		wg.Add(1)
		go func(i int, t uint16) {
			defer wg.Done()
			a, err := r.Query(ctx, host, t)
			if err != nil {
				out[i].err = err
				return
			}
			for _, rr := range a.Records {
				switch v := rr.(type) {
				case *dns.A:
					out[i].ips = append(out[i].ips, v.A)
				case *dns.AAAA:
					out[i].ips = append(out[i].ips, v.AAAA)
				}
			}
		}(i, t)
	}
	wg.Wait()
	var ips []net.IP
	var firstErr error
	failed := 0
	for _, o := range out {
		ips = append(ips, o.ips...)
		if o.err != nil {
			failed++
			if firstErr == nil || IsNXDomain(o.err) {
				firstErr = o.err
			}
		}
	}
	if failed == len(types) && failed > 0 {
		return nil, firstErr
	}
	return ips, nil
}

// PTR looks up the reverse names of ip.
func (r *Resolver) PTR(ctx context.Context, ip net.IP) ([]string, *Answer, error) {
	rev, err := dns.ReverseAddr(ip.String())
	if err != nil {
		return nil, nil, err
	}
	a, err := r.Query(ctx, rev, dns.TypePTR)
	if err != nil {
		return nil, a, err
	}
	var out []string
	for _, rr := range a.Records {
		out = append(out, rr.(*dns.PTR).Ptr)
	}
	return out, a, nil
}

// TLSA looks up the TLSA records for port/proto at host (RFC 6698 §3):
// _25._tcp.mx.example.
func (r *Resolver) TLSA(ctx context.Context, host string, port int, proto string) ([]*dns.TLSA, *Answer, error) {
	name := fmt.Sprintf("_%d._%s.%s", port, proto, dns.Fqdn(host))
	a, err := r.Query(ctx, name, dns.TypeTLSA)
	if err != nil {
		return nil, a, err
	}
	var out []*dns.TLSA
	for _, rr := range a.Records {
		out = append(out, rr.(*dns.TLSA))
	}
	return out, a, nil
}
