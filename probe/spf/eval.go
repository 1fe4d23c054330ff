package spf

import (
	"context"
	"errors"
	"fmt"
	"net"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"

	bspf "blitiri.com.ar/go/spf"
	"github.com/miekg/dns"

	"github.com/smtpgw/smtpgw/probe/resolver"
	"github.com/smtpgw/smtpgw/report"
)

// Evaluation is the result of check_host() for one client address.
type Evaluation struct {
	IP      net.IP
	Sender  string // MAIL FROM used ("postmaster@<helo>" when it was empty, RFC 7208 §2.4)
	HELO    string
	Domain  string
	Result  string // none, neutral, pass, fail, softfail, temperror, permerror (§2.6)
	Reason  string // the evaluator's reason ("matched ip", "lookup limit reached", ...)
	Queries int    // DNS queries the evaluation made
	Trace   []string
	Finding report.Finding

	evidence []string // the sender domain's TXT answer
}

// Evaluate runs check_host() (RFC 7208 §4) for ip sending as sender, with
// HELO name helo, using blitiri.com.ar/go/spf as the evaluator and r for
// every DNS query, and explains the result as the finding "spf.eval".
// An empty sender means a null reverse-path: postmaster@helo is used (§2.4).
func Evaluate(ctx context.Context, r *resolver.Resolver, ip net.IP, sender, helo string) *Evaluation {
	if sender == "" || strings.HasPrefix(sender, "@") {
		sender = "postmaster@" + helo
	}
	domain := sender
	if i := strings.LastIndexByte(sender, '@'); i >= 0 {
		domain = sender[i+1:]
	}
	ev := &Evaluation{IP: ip, Sender: sender, HELO: helo, Domain: domain}
	ad := &adapter{r: r}
	var mu sync.Mutex
	trace := func(f string, a ...any) {
		mu.Lock()
		defer mu.Unlock()
		if len(ev.Trace) < 100 {
			ev.Trace = append(ev.Trace, fmt.Sprintf(f, a...))
		}
	}
	res, err := bspf.CheckHostWithSender(ip, helo, sender,
		bspf.WithContext(ctx), bspf.WithResolver(ad), bspf.WithTraceFunc(trace))
	ev.Result = string(res)
	if err != nil {
		ev.Reason = err.Error()
	}
	ev.Queries = int(ad.n.Load())
	ev.evidence = ad.first
	ev.Finding = ev.finding()
	return ev
}

func (ev *Evaluation) finding() report.Finding {
	f := report.Finding{ID: "spf.eval", Target: report.Target{Domain: ev.Domain, Addr: ev.IP.String()}, Remediation: []string{}, Evidence: ev.evidence}
	who := fmt.Sprintf("%s sending as %s", ev.IP, ev.Sender)
	why := ""
	if ev.Reason != "" {
		why = " (" + ev.Reason + ")"
	}
	switch bspf.Result(ev.Result) {
	case bspf.Pass:
		f.Status = report.Pass
		f.Summary = fmt.Sprintf("SPF pass: %s is authorised by %s%s", who, ev.Domain, why)
	case bspf.SoftFail:
		f.Status = report.Warn
		f.Summary = fmt.Sprintf("SPF softfail: %s is not authorised by %s, weakly (~)%s", who, ev.Domain, why)
		f.Remediation = []string{"If this address sends mail for " + ev.Domain + ", add it to the SPF record (ip4:/ip6: or the provider's include:)."}
	case bspf.Neutral:
		f.Status = report.Warn
		f.Summary = fmt.Sprintf("SPF neutral: %s makes no assertion about %s%s", ev.Domain, who, why)
		f.Remediation = []string{"If this address sends mail for " + ev.Domain + ", add it to the SPF record; end the record with ~all or -all."}
	case bspf.Fail:
		f.Status = report.Fail
		f.Summary = fmt.Sprintf("SPF fail: %s is explicitly not authorised by %s%s", who, ev.Domain, why)
		f.Remediation = []string{"If this address sends mail for " + ev.Domain + ", add it to the SPF record before -all; otherwise receivers may reject its mail."}
	case bspf.None:
		f.Status = report.Fail
		f.Summary = fmt.Sprintf("SPF none: %s publishes no SPF record, so %s cannot be authorised", ev.Domain, who)
		f.Remediation = []string{"Publish one TXT record \"v=spf1 ... -all\" at " + ev.Domain + "."}
	case bspf.TempError:
		f.Status = report.Fail
		f.Summary = fmt.Sprintf("SPF temperror for %s: a DNS lookup failed, receivers will defer or ignore SPF%s", who, why)
		f.Remediation = []string{"Check that every name the record refers to answers (no SERVFAIL or timeouts)."}
	default: // permerror
		f.Status = report.Fail
		f.Summary = fmt.Sprintf("SPF permerror for %s: the record of %s cannot be evaluated%s", who, ev.Domain, why)
		f.Remediation = []string{"Fix the SPF record: see the spf.* findings for the syntax error, lookup limit or missing include."}
	}
	f.Detail = fmt.Sprintf("check_host(%s, %s, %s) with HELO %s: %s after %d DNS queries (RFC 7208 §2.6; evaluated by blitiri.com.ar/go/spf).",
		ev.IP, ev.Domain, ev.Sender, ev.HELO, ev.Result, ev.Queries)
	if chain := ev.Deciding(); len(chain) > 0 {
		f.Detail += "\nDecided by: " + strings.Join(chain, " → ")
	}
	return f
}

// termResultRE matches blitiri's trace line for a term that ended the
// evaluation of a record: `"include:x.example" permerror, lookup limit reached`.
var termResultRE = regexp.MustCompile(`^"([^"]+)" ([a-z]+), (.+)$`)

// Deciding returns the terms that decided the result, outermost first, as
// "include:_spf.example.test (pass)"; the last is the term that matched or
// failed. It reads the evaluator's trace, whose format is not a stable API:
// when it changes, Deciding returns nothing rather than something wrong.
func (ev *Evaluation) Deciding() []string {
	var out []string
	for i := len(ev.Trace) - 1; i >= 0; i-- {
		m := termResultRE.FindStringSubmatch(ev.Trace[i])
		if m == nil {
			if len(out) > 0 {
				break
			}
			continue
		}
		out = append(out, m[1])
	}
	if len(out) == 0 && ev.Reason == bspf.ErrMatchedAll.Error() {
		return []string{"all"}
	}
	return out
}

// adapter lets blitiri's evaluator query through *resolver.Resolver, so that
// --resolver, timeouts and the per-run cache govern it. Errors are mapped to
// *net.DNSError, which is what blitiri classifies: IsNotFound for NXDOMAIN
// (result none / void lookup), IsTemporary for SERVFAIL and timeouts
// (temperror), others permanent.
type adapter struct {
	r *resolver.Resolver
	n atomic.Int64

	mu    sync.Mutex
	first []string // the first TXT answer (the sender domain's), for evidence
}

func mapErr(err error, name string) error {
	if err == nil {
		return nil
	}
	var re *resolver.Error
	if !errors.As(err, &re) {
		return &net.DNSError{Err: err.Error(), Name: name}
	}
	de := &net.DNSError{Err: re.Error(), Name: name, Server: re.Server}
	switch re.Kind {
	case resolver.NXDomain:
		de.IsNotFound = true
	case resolver.Timeout:
		de.IsTimeout, de.IsTemporary = true, true
	case resolver.ServFail, resolver.Network, resolver.Refused:
		de.IsTemporary = true
	}
	return de
}

func (a *adapter) LookupTXT(ctx context.Context, name string) ([]string, error) {
	a.n.Add(1)
	txts, ans, err := a.r.TXT(ctx, name)
	a.mu.Lock()
	if a.first == nil {
		switch {
		case err != nil:
			a.first = []string{strings.TrimSuffix(name, ".") + " TXT: " + err.Error()}
		default:
			a.first = ans.Evidence(strings.TrimSuffix(name, "."))
		}
	}
	a.mu.Unlock()
	if err != nil {
		return nil, mapErr(err, name)
	}
	out := make([]string, 0, len(txts))
	for _, t := range txts {
		out = append(out, strings.Join(t, ""))
	}
	return out, nil
}

func (a *adapter) LookupMX(ctx context.Context, name string) ([]*net.MX, error) {
	a.n.Add(1)
	mxs, _, err := a.r.MX(ctx, name)
	if err != nil {
		return nil, mapErr(err, name)
	}
	out := make([]*net.MX, 0, len(mxs))
	for _, m := range mxs {
		out = append(out, &net.MX{Host: m.Mx, Pref: m.Preference})
	}
	return out, nil
}

func (a *adapter) LookupIPAddr(ctx context.Context, host string) ([]net.IPAddr, error) {
	a.n.Add(2)
	ips, err := a.r.IPs(ctx, host, true, true)
	if err != nil {
		return nil, mapErr(err, host)
	}
	out := make([]net.IPAddr, 0, len(ips))
	for _, ip := range ips {
		out = append(out, net.IPAddr{IP: ip})
	}
	return out, nil
}

func (a *adapter) LookupAddr(ctx context.Context, addr string) ([]string, error) {
	a.n.Add(1)
	ip := net.ParseIP(addr)
	if ip == nil {
		return nil, &net.DNSError{Err: "invalid address", Name: addr, IsNotFound: true}
	}
	names, _, err := a.r.PTR(ctx, ip)
	if err != nil {
		rev, _ := dns.ReverseAddr(addr)
		return nil, mapErr(err, rev)
	}
	return names, nil
}
