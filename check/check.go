// Package check runs every control of `smtpgw check` for a mail domain and
// gathers their findings: the MX set and forward-confirmed reverse DNS of
// every MX address, STARTTLS and certificates on every MX (probe), SPF,
// DMARC, DKIM keys, MTA-STS, TLS-RPT, DANE and DNSSEC, plus the --expect
// rules that tighten the verdict.
//
// Run starts every independent lookup at once; the controls share one
// caching resolver (resolver.EnableCache), so a name asked by two controls,
// or by two domains of one run, is queried once. A domain's check therefore
// takes about as long as its longest dependency chain, typically
// MX → A → connect → STARTTLS, with the TLSA, PTR, SPF include and MTA-STS
// chains running beside it.
package check

import (
	"context"
	"crypto/x509"
	"errors"
	"net"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/miekg/dns"
	"github.com/smtpgw/smtpgw/dane"
	"github.com/smtpgw/smtpgw/dkimkey"
	"github.com/smtpgw/smtpgw/dmarc"
	"github.com/smtpgw/smtpgw/dnsbl"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/mtasts"
	"github.com/smtpgw/smtpgw/probe"
	"github.com/smtpgw/smtpgw/resolver"
	"github.com/smtpgw/smtpgw/smtpwire"
	"github.com/smtpgw/smtpgw/spf"
	"github.com/smtpgw/smtpgw/tlsrpt"
)

// DefaultTimeout bounds one Run when Options.Timeout is zero.
const DefaultTimeout = 20 * time.Second

// Options configure Run. Resolver is required; share one (with its cache
// enabled) between the Runs of one invocation.
type Options struct {
	Resolver *resolver.Resolver
	RootCAs  *x509.CertPool // nil: the system roots
	Timeout  time.Duration  // whole Run; DefaultTimeout when zero

	Submission    bool     // probe ports 587 and 465 too, not only 25
	SkipSMTP      bool     // connect to no MX host (runners that block port 25): DNS and HTTPS only
	DKIMSelectors []string // selectors whose key records are checked
	SPFIP         net.IP   // evaluate check_host() for this client address
	SPFSender     string   // MAIL FROM for that evaluation; default postmaster@<domain>; "<>" the null sender
	SPFHELO       string   // HELO name: also evaluate the HELO identity (RFC 7208 §2.3); default <domain> as %{h}
	Expect        []Expectation

	// Blocklists asks the DNS blocklists (package dnsbl) about every MX
	// address and every SendingIPs address, and the domain lists about the
	// domain; SendingIPs alone does too.
	Blocklists bool
	SendingIPs []net.IP
	DNSBL      []dnsbl.List // the lists; nil: dnsbl.Default()

	// For tests and special setups.
	// PortMap redirects a logical port to where it is really dialled
	// ([HOST]:PORT, an empty HOST keeps the host; package portmap): the
	// SMTP ports as probe.Options.PortMap, 443 the MTA-STS policy host
	// (mtasts.FetchOptions.Addr).
	PortMap map[int]string
	Dialer  smtpwire.Dialer  // SMTP connections; nil: net.Dialer
	HELO    string           // EHLO name; "" this machine's FQDN
	Now     func() time.Time // certificate validity clock
}

// Result is the outcome of one domain's check.
type Result struct {
	Domain   string            `json:"domain"`
	Worst    finding.Status    `json:"worst"`
	Findings []finding.Finding `json:"findings"`
	// DNS holds the records the controls were based on, as received,
	// keyed by "name TYPE".
	DNS         map[string][]string `json:"dns"`
	MX          *probe.MXSet        `json:"mx,omitempty"`
	MXHosts     []string            `json:"-"`
	Connections []Connection        `json:"connections"`
	MTASTS      *mtasts.Result      `json:"mta_sts,omitempty"`
	TLSA        []*dane.HostTLSA    `json:"tlsa"`
	DMARCPolicy string              `json:"dmarc_policy,omitempty"` // effective policy (RFC 9989, after t=y)
	DMARC       *dmarc.Summary      `json:"dmarc,omitempty"`
	SPFEval     *SPFEval            `json:"spf_eval,omitempty"`      // MAIL FROM identity
	SPFEvalHELO *SPFEval            `json:"spf_eval_helo,omitempty"` // HELO identity (--spf-helo)
	Expect      []Expectation       `json:"expect,omitempty"`
	SMTPSkipped bool                `json:"smtp_skipped,omitempty"`
	// NXDomain is set when the domain does not exist (NXDOMAIN for its MX
	// query): one dns.error finding says so, and the per-control "missing"
	// findings are folded into one check.not-evaluated finding.
	NXDomain bool `json:"nxdomain,omitempty"`
	// DNSBL holds the blocklist answers (--blocklists), one per list and
	// address or domain.
	DNSBL     []dnsbl.Result `json:"dnsbl,omitempty"`
	ElapsedMS int64          `json:"elapsed_ms"`
}

// Connection summarises one probed MX address and port.
type Connection struct {
	Host       string `json:"host"`
	Addr       string `json:"addr"`
	Port       int    `json:"port"`
	Connected  bool   `json:"connected"`
	STARTTLS   bool   `json:"starttls"`
	TLSVersion string `json:"tls_version,omitempty"`
	Trusted    bool   `json:"cert_trusted"`
	NameMatch  bool   `json:"cert_name_match"`
	DaysLeft   int    `json:"cert_days_left,omitempty"`
	Error      string `json:"error,omitempty"`
}

// SPFEval is the outcome of check_host() for --spf-ip, for one identity.
type SPFEval struct {
	Identity    string `json:"identity"` // "mailfrom" or "helo"
	IP          string `json:"ip"`
	Sender      string `json:"sender"` // <sender> of check_host(): the MAIL FROM, or postmaster@<domain>
	HELO        string `json:"helo"`
	Domain      string `json:"domain"` // the domain whose record was evaluated
	Result      string `json:"result"`
	Reason      string `json:"reason,omitempty"`
	Explanation string `json:"explanation,omitempty"` // the domain's exp= text, for fail
}

func newSPFEval(ev *spf.Evaluation) *SPFEval {
	return &SPFEval{Identity: ev.Identity, IP: ev.IP.String(), Sender: ev.Sender, HELO: ev.HELO, Domain: ev.Domain,
		Result: ev.Result, Reason: ev.Reason, Explanation: ev.Explanation}
}

// Run checks one domain. The error is non-nil only for unusable options;
// every problem of the domain is a finding.
func Run(ctx context.Context, o Options, domain string) (*Result, error) {
	if o.Resolver == nil {
		return nil, errors.New("check: no resolver")
	}
	if err := o.Validate(); err != nil {
		return nil, err
	}
	timeout := o.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	domain = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(domain)), ".")
	now := time.Now
	if o.Now != nil {
		now = o.Now
	}
	ports := []int{25}
	if o.Submission {
		ports = []int{25, 587, 465}
	}
	popts := probe.Options{
		Resolver: o.Resolver, Dialer: o.Dialer, RootCAs: o.RootCAs, Ports: ports, PortMap: o.PortMap,
		HELO: o.HELO, Timeout: timeout, Now: o.Now,
	}

	f := gather(ctx, o, popts, domain)
	res := judge(o, f, now())
	res.ElapsedMS = time.Since(start).Milliseconds()
	return res, nil
}

// facts is everything Run learns about a domain from the network, gathered
// concurrently before any judging. The standard packages' own findings
// (spf.Check, dmarc, dkimkey, mtasts, the probe) are facts here: judge
// combines them.
type facts struct {
	domain     string
	skipSMTP   bool
	mx         *probe.MXSet      // the probe's MX set when it ran, else ResolveMX's
	mxFindings []finding.Finding // ResolveMX's (the probe reports its own)
	mxAnswer   *resolver.Answer  // the cached MX answer, for DNSSEC
	ds         *resolver.Answer  // the DS of the MX answer's signer, when signed but not validated
	nxdomain   bool              // the MX query said NXDOMAIN
	noAnswer   bool              // the resolver did not answer the MX query at all (network error or timeout)
	tlsa       map[string]*dane.HostTLSA
	hostA      map[string][2]*resolver.Answer // MX host → cached A, AAAA
	fcrdns     []finding.Finding
	dnsbl      []dnsbl.Result
	dnsblFs    []finding.Finding
	probe      *probe.Result
	mtasts     *mtasts.Result
	spf        []finding.Finding
	spfEval    *spf.Evaluation
	spfHELO    *spf.Evaluation
	spfAlign   *finding.Finding
	dkim       []finding.Finding
	dmarc      *dmarc.Result
	dmarcFs    []finding.Finding
	tlsrpt     *tlsrpt.Result
	tlsrptErr  error
	dns        map[string][]string
}

// gather starts every lookup and connection at once and waits for them;
// then it asks what depends on their answers (SPF alignment, the DS of the
// MX zone) and reads the cache for the evidence.
func gather(ctx context.Context, o Options, popts probe.Options, domain string) *facts {
	f := &facts{domain: domain, skipSMTP: o.SkipSMTP, tlsa: map[string]*dane.HostTLSA{}, hostA: map[string][2]*resolver.Answer{}}
	var (
		mu sync.Mutex // guards f's slices and maps while gathering
		wg sync.WaitGroup
	)
	goDo := func(fn func()) {
		wg.Add(1)
		go func() { defer wg.Done(); fn() }()
	}

	// Blocklists: every address once (an address shared by two MX hosts,
	// or both an MX and a sending IP, is asked once).
	blocklists := o.Blocklists || len(o.SendingIPs) > 0
	bl := &dnsbl.Checker{Resolver: o.Resolver, Lists: o.DNSBL}
	asked := map[string]bool{}
	claim := func(a string) bool {
		mu.Lock()
		defer mu.Unlock()
		if asked[a] {
			return false
		}
		asked[a] = true
		return true
	}
	listed := func(t finding.Target, rs []dnsbl.Result) {
		mu.Lock()
		defer mu.Unlock()
		f.dnsbl = append(f.dnsbl, rs...)
		f.dnsblFs = append(f.dnsblFs, dnsbl.Findings(t, rs)...)
	}
	listIP := func(t finding.Target, a string) {
		if rs, err := bl.CheckIP(ctx, net.ParseIP(a)); err == nil {
			listed(t, rs)
		}
	}

	// MX set, then per MX host TLSA and per address FCrDNS, all at once.
	// probe.Probe resolves the same MX set through the shared cache.
	goDo(func() {
		set, mfs, err := probe.ResolveMX(ctx, popts, domain)
		if err != nil || set == nil {
			return
		}
		mu.Lock()
		f.mx, f.mxFindings = set, mfs
		mu.Unlock()
		for _, h := range set.Hosts {
			if h.IPLiteral || set.Null {
				continue
			}
			goDo(func() {
				t := dane.Lookup(ctx, o.Resolver, h.Name, 25)
				mu.Lock()
				f.tlsa[t.Host] = t
				mu.Unlock()
			})
			for _, a := range h.Addrs {
				goDo(func() {
					fc := FCrDNS(ctx, o.Resolver, domain, h.Name, a)
					mu.Lock()
					f.fcrdns = append(f.fcrdns, fc)
					mu.Unlock()
				})
				if blocklists && claim(a) {
					goDo(func() { listIP(finding.Target{Domain: domain, Host: h.Name, Addr: a}, a) })
				}
			}
		}
	})
	for _, ip := range o.SendingIPs {
		if a := ip.String(); claim(a) {
			goDo(func() { listIP(finding.Target{Domain: domain, Addr: a}, a) })
		}
	}
	if blocklists {
		goDo(func() {
			if rs, err := bl.CheckDomain(ctx, domain); err == nil { // else: no name a domain list can be asked about
				listed(finding.Target{Domain: domain}, rs)
			}
		})
	}
	if !o.SkipSMTP {
		goDo(func() {
			if r, err := probe.Probe(ctx, popts, probe.Target{Input: domain, Domain: domain}); err == nil {
				f.probe = r
			}
		})
	}
	goDo(func() {
		f.mtasts = mtasts.Check(ctx, domain, mtasts.FetchOptions{
			Resolver: o.Resolver, RootCAs: o.RootCAs, Timeout: popts.Timeout, Addr: o.PortMap[443], Now: o.Now,
		})
	})
	goDo(func() { f.spf = spf.Check(ctx, o.Resolver, domain) })
	if o.SPFIP != nil {
		helo := o.SPFHELO
		if helo == "" {
			helo = domain
		}
		goDo(func() {
			sender := o.SPFSender
			switch sender {
			case "":
				sender = "postmaster@" + domain
			case "<>":
				sender = "" // null reverse-path: postmaster@<HELO> (RFC 7208 §2.4)
			}
			f.spfEval = spf.Evaluate(ctx, o.Resolver, o.SPFIP, sender, helo)
		})
		if o.SPFHELO != "" {
			goDo(func() { f.spfHELO = spf.EvaluateHELO(ctx, o.Resolver, o.SPFIP, o.SPFHELO) })
		}
	}
	if len(o.DKIMSelectors) > 0 {
		goDo(func() { f.dkim = dkimkey.Check(ctx, o.Resolver, domain, o.DKIMSelectors) })
	}
	goDo(func() { f.dmarc, f.dmarcFs = dmarc.CheckResult(ctx, o.Resolver, domain) })
	goDo(func() { f.tlsrpt, f.tlsrptErr = tlsrpt.Lookup(ctx, o.Resolver, domain) })
	wg.Wait()
	slices.SortStableFunc(f.dnsbl, func(a, b dnsbl.Result) int { return strings.Compare(a.Subject, b.Subject) })

	// What depends on the answers above.
	if ev := f.spfEval; ev != nil && ev.Result == spf.Pass {
		// DMARC passes through SPF only when the MAIL FROM domain aligns.
		if at := strings.LastIndexByte(ev.Sender, '@'); at >= 0 {
			if al, ok := dmarc.SPFAlignment(ctx, o.Resolver, f.dmarc, ev.Sender[at+1:]); ok {
				f.spfAlign = &al
			}
		}
	}
	if f.probe != nil && len(f.probe.Targets) == 1 && f.probe.Targets[0].MX != nil {
		f.mx = f.probe.Targets[0].MX
	}
	hosts := mxHosts(f.mx)
	for _, h := range hosts {
		a4, _ := o.Resolver.Cached(h, dns.TypeA)
		a6, _ := o.Resolver.Cached(h, dns.TypeAAAA)
		f.hostA[h] = [2]*resolver.Answer{a4, a6}
	}
	if f.mx != nil && f.mx.Error == "" && !f.mx.Implicit {
		if ans, ok := o.Resolver.Cached(domain, dns.TypeMX); ok && ans != nil {
			f.mxAnswer = ans
			if z := ans.Signer(); z != "" && !ans.Authenticated && !ans.FromAuthoritative() {
				// Signed but unvalidated: ask for the zone's DS, which a
				// validating resolver proves absent when it is missing.
				f.ds, _ = o.Resolver.Query(ctx, z, dns.TypeDS)
			}
		}
	}
	_, err := o.Resolver.Query(ctx, domain, dns.TypeMX)
	f.nxdomain = resolver.IsNXDomain(err)
	f.noAnswer = resolver.IsNoAnswer(err) // refused or timed out alike
	var walk []string
	if f.dmarc != nil {
		if sum := f.dmarc.Summary(); sum != nil {
			walk = sum.Walk
		}
	}
	f.dns = collectDNS(o.Resolver, domain, hosts, o.DKIMSelectors, walk)
	return f
}

// mxHosts are the MX set's host names, each once; none for a null MX.
func mxHosts(set *probe.MXSet) []string {
	var hosts []string
	if set == nil || set.Null {
		return nil
	}
	seen := map[string]bool{}
	for _, h := range set.Hosts {
		if n := strings.TrimSuffix(strings.ToLower(h.Name), "."); !seen[n] {
			seen[n] = true
			hosts = append(hosts, h.Name)
		}
	}
	return hosts
}

// judge turns the gathered facts into the result: the findings of every
// control, combined (DANE authenticating a certificate the CAs do not,
// TLS-RPT mattering more under a TLS policy, a nonexistent domain said
// once), and the expectations. It does no network work: tests give it
// facts directly.
func judge(o Options, f *facts, now time.Time) *Result {
	domain := f.domain
	res := &Result{Domain: domain, DNS: f.dns, TLSA: []*dane.HostTLSA{}, Connections: []Connection{}, Expect: o.Expect, SMTPSkipped: f.skipSMTP,
		MTASTS: f.mtasts, DNSBL: f.dnsbl, NXDomain: f.nxdomain}
	if res.DNS == nil {
		res.DNS = map[string][]string{}
	}
	var fs []finding.Finding
	add := func(x ...finding.Finding) { fs = append(fs, x...) }
	add(f.fcrdns...)
	add(f.dnsblFs...)
	add(f.spf...)
	if f.spfEval != nil {
		res.SPFEval = newSPFEval(f.spfEval)
		add(f.spfEval.Finding)
	}
	if f.spfHELO != nil {
		res.SPFEvalHELO = newSPFEval(f.spfHELO)
		add(f.spfHELO.Finding)
	}
	add(f.dkim...)
	add(f.dmarcFs...)
	if f.dmarc != nil {
		res.DMARCPolicy = f.dmarc.Effective
		res.DMARC = f.dmarc.Summary()
	}
	if f.spfAlign != nil {
		add(*f.spfAlign)
	}
	var conns []*probe.Connection
	if f.probe != nil && len(f.probe.Targets) == 1 {
		tr := f.probe.Targets[0]
		add(tr.Findings...)
		conns = tr.Connections
		for _, c := range conns {
			res.Connections = append(res.Connections, summarize(c))
		}
	}
	if f.skipSMTP {
		add(f.mxFindings...)
		add(finding.Finding{ID: "check.smtp-skipped", Status: finding.Info, Target: finding.Target{Domain: domain},
			Summary: "no connection to the MX hosts (SMTP checks skipped): STARTTLS, certificates and DANE matching were not checked",
			Detail:  "Run the check where outbound port 25 is open (many cloud CI runners block it) to cover them."})
	}
	res.MX = f.mx
	hosts := mxHosts(f.mx)
	res.MXHosts = hosts
	anyTLSA, secureTLSA := false, false
	for _, h := range hosts {
		t := f.tlsa[strings.TrimSuffix(strings.ToLower(h), ".")]
		if t == nil {
			continue
		}
		res.TLSA = append(res.TLSA, t)
		add(t.Findings(domain)...)
		a := f.hostA[h]
		add(t.AddressFindings(domain, a[0], a[1])...)
		if len(t.Records) > 0 {
			anyTLSA = true
			secureTLSA = secureTLSA || t.Authenticated
		}
	}
	stsInForce := f.mtasts != nil && f.mtasts.Policy != nil && f.mtasts.PolicyErr == nil && f.mtasts.LookupErr == nil && f.mtasts.Policy.Mode != mtasts.ModeNone
	daneAuth := map[string]bool{} // endpoint -> authenticated by DNSSEC-validated TLSA (true: by a DANE-EE record)
	for _, c := range conns {
		if c.Target.Port != 25 {
			continue
		}
		t := f.tlsa[strings.TrimSuffix(strings.ToLower(c.Target.Host), ".")]
		if t == nil {
			continue
		}
		ep := dane.Endpoint{Target: c.Target, Connected: c.Connected && c.EHLO != nil, TLS: c.TLS != nil, TLSError: c.TLSError, Chain: c.PeerCertificates}
		add(dane.EndpointFindings(t, ep, now)...)
		if t.Authenticated && ep.TLS && len(t.Records) > 0 {
			m := dane.Match(t.Records, ep.Chain, dane.MatchOptions{Names: []string{t.Host}, Now: now})
			for _, rm := range m.Records {
				if rm.Verified {
					daneAuth[c.Target.String()] = daneAuth[c.Target.String()] || rm.Record.Usage == dane.DANEEE
				}
			}
		}
	}
	// With an MTA-STS policy in force the CA-based checks matter to every
	// MTA-STS sender: they keep their status.
	if f.probe != nil && !stsInForce {
		fs = daneAuthenticated(fs, daneAuth)
	}
	if f.mx != nil && f.mx.Error == "" && !f.mx.Implicit {
		if f.mxAnswer != nil {
			add(dane.DNSSECAnswerFinding(domain, f.mxAnswer, f.ds, anyTLSA))
			if f.ds != nil && f.ds.Authenticated && len(f.ds.Records) == 0 {
				noDS(fs, strings.TrimSuffix(f.mxAnswer.Signer(), "."))
			}
		} else {
			add(dane.DNSSECFinding(domain, f.mx.Authenticated, f.mx.Records, anyTLSA))
		}
	}
	if f.mtasts != nil {
		add(f.mtasts.Findings...)
		add(f.mtasts.MatchMX(hosts)...)
		add(MTASTSTLS(f.mtasts, conns)...)
	}
	// TLS-RPT matters more when a TLS policy is in force: without reports
	// the owner never learns that senders fail to deliver. DANE is a
	// policy only with DNSSEC-validated TLSA records: senders ignore
	// others (RFC 7672 §2.2).
	if f.tlsrpt != nil {
		add(tlsrpt.Findings(f.tlsrpt, f.tlsrptErr, tlsrpt.Options{TLSPolicy: secureTLSA || stsInForce})...)
	}
	switch {
	case f.nxdomain:
		fs = notEvaluated(fs, domain, missingIDs, domain+" does not exist (NXDOMAIN, see dns.error)",
			"No record can exist under a name that does not exist (RFC 8020), so each of these controls would only repeat that "+domain+" does not exist. Fix the domain name or its delegation first, then check again.")
	case f.noAnswer:
		// One cause, said once: the resolver that did not answer the MX
		// query did not answer the others either.
		fs = notEvaluated(fs, domain, dnsErrorIDs, "the resolver did not answer (see dns.error)",
			"The resolver did not answer the MX query, and each of these controls' lookups failed the same way: they say nothing about "+domain+"'s records. Check the resolver (or use another), then check again.")
	}
	res.Findings = fs
	for _, e := range o.Expect {
		res.Findings = append(res.Findings, e.evaluate(res))
	}
	finding.Sort(res.Findings)
	if res.Findings == nil {
		res.Findings = []finding.Finding{}
	}
	res.Worst = finding.Worst(res.Findings)
	return res
}

func summarize(c *probe.Connection) Connection {
	s := Connection{Host: c.Target.Host, Addr: c.Target.Addr, Port: c.Target.Port, Connected: c.Connected, STARTTLS: c.STARTTLSOffered, Error: c.Error}
	if c.ConnectError != "" {
		s.Error = c.ConnectError
	}
	if c.TLS != nil {
		s.TLSVersion = c.TLS.Version
		s.Trusted = c.TLS.Trusted
		s.NameMatch = c.TLS.NameMatch
		s.DaysLeft = c.TLS.DaysLeft
	}
	return s
}

// noDS tells the dane.unsigned findings of MX hosts inside zone that the
// resolver proved the zone has no DS record (dnssec.mx): the records are
// signed but insecure, whatever resolver senders use.
func noDS(fs []finding.Finding, zone string) {
	for i := range fs {
		f := &fs[i]
		h := strings.ToLower(f.Target.Host)
		if f.ID != "dane.unsigned" || !(h == zone || strings.HasSuffix(h, "."+zone)) {
			continue
		}
		f.Summary += ": the zone " + zone + " has no DS record at its parent, so senders ignore them"
		f.Detail = "The resolver validates DNSSEC and proved that the parent of " + zone + " publishes no DS record (see dnssec.mx): the chain of trust stops there and the TLSA records are insecure for every sender (RFC 7672 §2.2)."
		f.Remediation = []string{"Publish the DS record of " + zone + " at its parent (your registrar), then check with delv " + "_25._tcp." + h + " TLSA"}
	}
}

// daneAuthenticated lowers tls.cert.untrusted (and, for a DANE-EE match,
// tls.cert.name-mismatch) to info on port-25 endpoints whose certificate
// DNSSEC-validated TLSA records authenticate: DANE senders verify the
// server by those records, not by a CA (RFC 7672 §3.1.1, §3.1.2), as
// posttls-finger reports such a server "Verified". Not applied when an
// MTA-STS policy is in force: its senders need a CA-signed certificate.
func daneAuthenticated(fs []finding.Finding, auth map[string]bool) []finding.Finding {
	for i := range fs {
		f := &fs[i]
		if f.Target.Port != 25 || f.Status == finding.Pass || f.Status == finding.Info {
			continue
		}
		ee, ok := auth[f.Target.String()]
		if !ok || !(f.ID == "tls.cert.untrusted" || f.ID == "tls.cert.name-mismatch" && ee) {
			continue
		}
		f.Status = finding.Info
		f.Summary += " (DANE senders authenticate this server by its DNSSEC-validated TLSA record instead)"
		f.Detail = "The certificate matches the DNSSEC-validated TLSA records (dane.match), so DANE senders (Postfix, Exim, Microsoft 365 with DANE) authenticate the server by them: " +
			"a DANE-EE(3) record ignores the issuer, names and dates of the certificate, a DANE-TA(2) record replaces the public CA (RFC 7672 §3.1). " +
			"Senders that rely on public CAs instead (MTA-STS, strict TLS policies) still refuse it. " + f.Detail
	}
	return fs
}

// MTASTSTLS reports MX hosts that a sender enforcing the MTA-STS policy
// would refuse because of TLS (RFC 8461 §4.2): no STARTTLS, a failed
// handshake, or a certificate that does not verify for the MX host name.
func MTASTSTLS(m *mtasts.Result, conns []*probe.Connection) []finding.Finding {
	pol := m.Policy
	if pol == nil || m.PolicyErr != nil || m.LookupErr != nil || pol.Mode == mtasts.ModeNone {
		return nil
	}
	var fs []finding.Finding
	for _, c := range conns {
		if c.Target.Port != 25 || !c.Connected || c.EHLO == nil {
			continue
		}
		var why string
		switch {
		case c.TLS == nil && !c.STARTTLSOffered:
			why = "it does not offer STARTTLS"
		case c.TLS == nil:
			why = "its STARTTLS handshake fails"
		case c.TLS.Expired:
			why = "its certificate has expired"
		case !c.TLS.Trusted:
			why = "its certificate does not chain to a trusted root (" + c.TLS.TrustError + ")"
		case !c.TLS.NameMatch:
			why = "its certificate is not valid for " + c.Target.Host
		case c.TLS.VersionID < 0x0303:
			why = "it negotiates " + c.TLS.Version + " (RFC 8461 §4.2 requires TLS 1.2 or later)"
		default:
			continue
		}
		st := finding.Fail
		effect := "senders enforcing the MTA-STS policy will not deliver to it"
		if pol.Mode == mtasts.ModeTesting {
			st = finding.Warn
			effect = "in mode testing senders only report it; in mode enforce they would not deliver to it"
		}
		fs = append(fs, finding.Finding{
			ID: "mtasts.mx.tls", Status: st, Target: c.Target,
			Summary:     "MTA-STS: " + why + "; " + effect,
			Detail:      "RFC 8461 §4.2: with a policy in force, the MX host must offer STARTTLS with TLS 1.2 or later and a certificate that chains to a trusted root and is valid for the MX host name.",
			Remediation: []string{"Install a certificate from a public CA valid for " + c.Target.Host + " (with its intermediates) and enable STARTTLS, or remove the host from the MX set"},
		})
	}
	return fs
}

// collectDNS gathers the records the controls used, from the run's cache
// (no new queries for names already asked).
func collectDNS(r *resolver.Resolver, domain string, hosts, selectors, txtNames []string) map[string][]string {
	type q struct {
		name  string
		qtype uint16
	}
	qs := []q{
		{domain, dns.TypeMX}, {domain, dns.TypeTXT},
		{"_dmarc." + domain, dns.TypeTXT}, {"_mta-sts." + domain, dns.TypeTXT},
		{"_smtp._tls." + domain, dns.TypeTXT}, {"mta-sts." + domain, dns.TypeA},
	}
	for _, h := range hosts {
		h = strings.TrimSuffix(h, ".")
		qs = append(qs, q{"_25._tcp." + h, dns.TypeTLSA}, q{h, dns.TypeA}, q{h, dns.TypeAAAA})
	}
	for _, s := range selectors {
		qs = append(qs, q{s + "._domainkey." + domain, dns.TypeTXT})
	}
	for _, n := range txtNames { // the DMARC tree walk
		qs = append(qs, q{n, dns.TypeTXT})
	}
	out := map[string][]string{}
	for _, x := range qs {
		ans, ok := r.Cached(x.name, x.qtype)
		if !ok {
			continue
		}
		key := dns.Fqdn(x.name) + " " + dns.TypeToString[x.qtype]
		if ans == nil || ans.Msg == nil {
			out[key] = []string{}
			continue
		}
		out[key] = ans.Strings()
		if out[key] == nil {
			out[key] = []string{} // NXDOMAIN or no records: an empty list, not null
		}
	}
	return out
}

// dnsErrorIDs are the per-control findings of a failed lookup, folded into
// one check.not-evaluated finding when the resolver answered nothing.
var dnsErrorIDs = []struct{ id, control string }{
	{"spf.dns-error", "SPF"}, {"dmarc.dns-error", "DMARC"}, {"dkim.dns-error", "DKIM"},
	{"mtasts.dns-error", "MTA-STS"}, {"mtasts.policy.unreachable", "MTA-STS"}, {"tlsrpt.dns-error", "TLS-RPT"},
}

// missingIDs are the per-control findings that only say "no record" and
// that, for a domain that does not exist, merely repeat its dns.error; in
// the order check.not-evaluated names them.
var missingIDs = []struct{ id, control string }{
	{"spf.missing", "SPF"}, {"dmarc.missing", "DMARC"}, {"dkim.missing", "DKIM"},
	{"mtasts.missing", "MTA-STS"}, {"tlsrpt.missing", "TLS-RPT"},
}

// notEvaluated replaces the per-control findings of ids that only repeat
// one cause (for a domain that does not exist, NXDOMAIN: "missing"; for a
// resolver that does not answer: "dns-error") by one check.not-evaluated
// finding naming the controls and the cause, with their lookups as
// evidence: the dns.error finding already says it. Other findings stay
// (a DMARC policy found at the organizational domain, say). The controls
// finish in any order; the finding does not depend on it.
func notEvaluated(fs []finding.Finding, domain string, ids []struct{ id, control string }, cause, detail string) []finding.Finding {
	var kept []finding.Finding
	byID := map[string][]finding.Finding{}
	for _, f := range fs {
		if slices.ContainsFunc(ids, func(m struct{ id, control string }) bool { return m.id == f.ID }) {
			byID[f.ID] = append(byID[f.ID], f)
			continue
		}
		kept = append(kept, f)
	}
	var controls, ev []string
	seen := map[string]bool{}
	for _, m := range ids {
		if len(byID[m.id]) == 0 {
			continue
		}
		if !slices.Contains(controls, m.control) {
			controls = append(controls, m.control)
		}
		for _, f := range byID[m.id] {
			for _, e := range f.Evidence {
				if !seen[e] {
					seen[e] = true
					ev = append(ev, e)
				}
			}
		}
	}
	if len(controls) == 0 {
		return fs
	}
	list := controls[0]
	if n := len(controls); n > 1 {
		list = strings.Join(controls[:n-1], ", ") + " and " + controls[n-1]
	}
	return append(kept, finding.Finding{
		ID: "check.not-evaluated", Status: finding.Info, Target: finding.Target{Domain: domain},
		Summary:     list + " not evaluated: " + cause,
		Detail:      detail,
		Remediation: []string{},
		Evidence:    ev,
	})
}
