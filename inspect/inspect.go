package inspect

import (
	"context"
	"net"
	"net/mail"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-msgauth/authres"
	"github.com/smtpgw/smtpgw/arc"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/resolver"
	"golang.org/x/net/publicsuffix"
)

// Options tune Run.
type Options struct {
	Resolver *resolver.Resolver // every DNS query (DKIM keys, DMARC) goes here
	Now      time.Time          // for the Date: sanity check; zero means time.Now
}

// AuthResults is one Authentication-Results field as parsed by go-msgauth.
type AuthResults struct {
	AuthServID string       `json:"authserv_id"`
	Results    []AuthResult `json:"results"`
	Raw        string       `json:"raw"`
	Err        string       `json:"error,omitempty"`
}

// AuthResult is one method's result in an Authentication-Results field.
type AuthResult struct {
	Method string `json:"method"` // spf, dkim, dmarc, arc, ...
	Result string `json:"result"`
	Detail string `json:"detail,omitempty"` // smtp.mailfrom=, header.d=, header.from=
}

// ARCSet is one ARC instance (RFC 8617): its seal's cv= and which of the
// three fields are present.
type ARCSet struct {
	Instance string `json:"instance"`
	CV       string `json:"cv,omitempty"`
	Domain   string `json:"domain,omitempty"` // d= of the seal
	Seal     bool   `json:"seal"`
	Sig      bool   `json:"message_signature"`
	AAR      bool   `json:"authentication_results"`
	// SealResult and SigResult are what verifying the seal and the
	// message signature now gave (pass, fail, permerror, temperror; ""
	// when not checked); Results is what this set's
	// ARC-Authentication-Results records.
	SealResult string `json:"seal_result,omitempty"`
	SigResult  string `json:"message_signature_result,omitempty"`
	Results    string `json:"results,omitempty"`
}

// Result is what Run found.
type Result struct {
	From        string        `json:"from,omitempty"`
	FromDomain  string        `json:"from_domain,omitempty"`
	ReturnPath  string        `json:"return_path,omitempty"`
	Subject     string        `json:"subject,omitempty"`
	Date        string        `json:"date,omitempty"`
	MessageID   string        `json:"message_id,omitempty"`
	HeadersOnly bool          `json:"headers_only"`
	Truncated   bool          `json:"truncated,omitempty"`
	Signatures  []Signature   `json:"dkim"`
	AuthResults []AuthResults `json:"authentication_results"`
	ARC         []ARCSet      `json:"arc"`
	// ARCResult is the chain validation now (RFC 8617 §5.2): none, pass
	// or fail, with the reason.
	ARCResult string `json:"arc_result"`
	ARCReason string `json:"arc_reason,omitempty"`
	Hops      []Hop  `json:"path"`
	// Entry is the index in Hops of the hop into the receiving
	// organisation (-1 when there is no Received: field).
	Entry          int      `json:"entry_hop"`
	TransitSeconds *float64 `json:"transit_seconds,omitempty"`
	// Auth is our own SPF, DMARC and reverse-DNS evaluation at the entry
	// hop, now; nil without a hop that records a client address.
	Auth *EntryAuth `json:"entry_auth,omitempty"`
	// Filters are the spam filters' verdicts read from the header.
	Filters  []FilterVerdict   `json:"spam_filters"`
	Findings []finding.Finding `json:"findings"`
}

// Run inspects the message raw.
func Run(ctx context.Context, o Options, raw []byte) (*Result, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	m, err := ParseMessage(raw)
	if err != nil {
		return nil, err
	}
	now := o.Now
	if now.IsZero() {
		now = time.Now()
	}
	res := &Result{HeadersOnly: m.HeadersOnly, Truncated: m.Truncated, Subject: m.First("Subject"), Date: m.First("Date"), MessageID: m.First("Message-ID"), From: m.First("From"), Entry: -1,
		AuthResults: []AuthResults{}}
	res.ReturnPath = strings.Trim(m.First("Return-Path"), "<> ")
	if a, err := mail.ParseAddress(res.From); err == nil {
		res.FromDomain = domainOf(a.Address)
	}
	res.Signatures = verifyDKIM(ctx, o.Resolver, m)
	for _, v := range m.Get("Authentication-Results") {
		res.AuthResults = append(res.AuthResults, parseAuthResults(v))
	}
	// [] rather than null for "none", as every --json array (docs/schema/inspect.json).
	res.ARC = orEmpty(arcSets(m))
	res.Signatures = orEmpty(res.Signatures)
	validate := arc.Validate
	if m.HeadersOnly {
		validate = arc.ValidateHeader
	}
	ar := validate(ctx, m.Raw, arc.ResolverKeys(o.Resolver))
	res.ARCResult, res.ARCReason = ar.Result, ar.Reason
	for _, v := range ar.Sets {
		for i := range res.ARC {
			if res.ARC[i].Instance == strconv.Itoa(v.Instance) {
				res.ARC[i].SealResult, res.ARC[i].SigResult, res.ARC[i].Results = v.Seal, v.AMS, v.AAR
			}
		}
	}
	res.Hops = orEmpty(path(m.Get("Received")))
	res.Entry = entryHop(res.Hops)
	var first, last time.Time
	for _, h := range res.Hops {
		if h.Time.IsZero() {
			continue
		}
		if first.IsZero() {
			first = h.Time
		}
		last = h.Time
	}
	if !first.IsZero() && len(res.Hops) > 1 {
		d := last.Sub(first).Seconds()
		res.TransitSeconds = &d
	}
	res.Filters = append([]FilterVerdict{}, filterVerdicts(m)...)
	res.Auth = entryAuth(ctx, o.Resolver, m, res, receiverVerdict(res))
	res.Findings = findings(ctx, o.Resolver, m, res, now)
	finding.Sort(res.Findings)
	return res, nil
}

func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return strings.ToLower(strings.TrimSuffix(addr[i+1:], "."))
	}
	return ""
}

func parseAuthResults(v string) AuthResults {
	ar := AuthResults{Raw: v}
	id, results, err := authres.Parse(v)
	ar.AuthServID = id
	if err != nil {
		ar.Err = err.Error()
	}
	for _, r := range results {
		var x AuthResult
		switch r := r.(type) {
		case *authres.SPFResult:
			x = AuthResult{Method: "spf", Result: string(r.Value), Detail: kv("smtp.mailfrom", r.From) + kv("smtp.helo", r.Helo)}
		case *authres.DKIMResult:
			x = AuthResult{Method: "dkim", Result: string(r.Value), Detail: kv("header.d", r.Domain) + kv("header.i", r.Identifier)}
		case *authres.DMARCResult:
			x = AuthResult{Method: "dmarc", Result: string(r.Value), Detail: kv("header.from", r.From)}
		case *authres.ARCResult:
			x = AuthResult{Method: "arc", Result: string(r.Value), Detail: kv("smtp.remote-ip", r.RemoteIP)}
		case *authres.AuthResult:
			x = AuthResult{Method: "auth", Result: string(r.Value), Detail: kv("smtp.auth", r.Auth)}
		case *authres.IPRevResult:
			x = AuthResult{Method: "iprev", Result: string(r.Value), Detail: kv("policy.iprev", r.IP)}
		case *authres.GenericResult:
			x = AuthResult{Method: r.Method, Result: string(r.Value)}
		default:
			continue
		}
		x.Detail = strings.TrimSpace(x.Detail)
		ar.Results = append(ar.Results, x)
	}
	return ar
}

func kv(k, v string) string {
	if v == "" {
		return ""
	}
	return " " + k + "=" + v
}

func arcSets(m *Message) []ARCSet {
	var sets []ARCSet
	idx := map[string]int{}
	get := func(inst string) *ARCSet {
		if i, ok := idx[inst]; ok {
			return &sets[i]
		}
		idx[inst] = len(sets)
		sets = append(sets, ARCSet{Instance: inst})
		return &sets[len(sets)-1]
	}
	for _, f := range m.Fields {
		name := strings.ToLower(f.Name)
		if !strings.HasPrefix(name, "arc-") {
			continue
		}
		t := arc.Tags(f.Value)
		inst := t["i"]
		if inst == "" {
			inst = "?"
		}
		switch name {
		case "arc-seal":
			s := get(inst)
			s.Seal, s.CV, s.Domain = true, t["cv"], t["d"]
		case "arc-message-signature":
			get(inst).Sig = true
		case "arc-authentication-results":
			get(inst).AAR = true
		}
	}
	return sets
}

// entryHop finds the hop where the message entered the receiving
// organisation: walking from the newest hop down, the first whose client
// is not inside the receiver (not a private, loopback or missing address,
// and a client name whose organisational domain differs from the
// receiving host's). Without such a hop, the newest one.
func entryHop(hops []Hop) int {
	if len(hops) == 0 {
		return -1
	}
	for i := len(hops) - 1; i >= 0; i-- {
		h := hops[i]
		ip := net.ParseIP(h.FromIP)
		if ip == nil || ip.IsPrivate() || ip.IsLoopback() {
			continue
		}
		name := h.FromRDNS
		if name == "" {
			name = h.From
		}
		if org(name) != "" && org(name) == org(h.By) {
			continue
		}
		return i
	}
	return len(hops) - 1
}

func org(host string) string {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if !strings.Contains(host, ".") {
		return ""
	}
	o, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host
	}
	return o
}

// aligned reports relaxed alignment (same organisational domain by the
// Public Suffix List) of an identifier domain with the From domain.
func aligned(from, id string) bool {
	from, id = strings.ToLower(from), strings.ToLower(id)
	return from != "" && id != "" && (from == id || org(from) == org(id))
}

// orEmpty is s, or an empty slice for nil: JSON [] rather than null.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
