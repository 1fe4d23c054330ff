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
	DNSBL      []dnsbl.List // the lists; nil: dnsbl.Default

	// For tests and special setups.
	PortMap    map[int]string   // logical SMTP port → real address (probe.Options.PortMap)
	MTASTSPort int              // port of the MTA-STS policy host instead of 443
	Dialer     smtpwire.Dialer  // SMTP connections; nil: net.Dialer
	HELO       string           // EHLO name; "" this machine's FQDN
	Now        func() time.Time // certificate validity clock
}

// Result is the outcome of one domain's check.
type Result struct {
	Domain   string            `json:"domain"`
	Worst    finding.Status    `json:"worst"`
	Findings []finding.Finding `json:"findings"`
	// DNS holds the records the controls were based on, as received,
	// keyed by "name TYPE".
	DNS         map[string][]string `json:"dns"`
	MX          *probe.MXSet        `json:"mx"`
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
	res := &Result{Domain: domain, DNS: map[string][]string{}, TLSA: []*dane.HostTLSA{}, Connections: []Connection{}, Expect: o.Expect, SMTPSkipped: o.SkipSMTP}
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

	var (
		mu sync.Mutex
		wg sync.WaitGroup
		fs []finding.Finding
	)
	add := func(f ...finding.Finding) {
		mu.Lock()
		fs = append(fs, f...)
		mu.Unlock()
	}
	goDo := func(f func()) {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}

	// Blocklists: every address once (an address shared by two MX hosts,
	// or both an MX and a sending IP, is asked once).
	blocklists := o.Blocklists || len(o.SendingIPs) > 0
	bl := &dnsbl.Checker{Resolver: o.Resolver, Lists: o.DNSBL}
	var dnsblMu sync.Mutex
	asked := map[string]bool{}
	claim := func(a string) bool {
		dnsblMu.Lock()
		defer dnsblMu.Unlock()
		if asked[a] {
			return false
		}
		asked[a] = true
		return true
	}
	listIP := func(t finding.Target, a string) {
		rs, err := bl.CheckIP(ctx, net.ParseIP(a))
		if err != nil {
			return
		}
		dnsblMu.Lock()
		res.DNSBL = append(res.DNSBL, rs...)
		dnsblMu.Unlock()
		add(dnsbl.Findings(t, rs)...)
	}

	// MX set, then per MX host TLSA and per address FCrDNS, all at once.
	// probe.Probe resolves the same MX set through the shared cache.
	var mxSet *probe.MXSet
	var mxFindings []finding.Finding
	var tlsaMu sync.Mutex
	tlsa := map[string]*dane.HostTLSA{}
	goDo(func() {
		set, mfs, err := probe.ResolveMX(ctx, popts, domain)
		if err != nil || set == nil {
			return
		}
		mxSet, mxFindings = set, mfs
		for _, h := range set.Hosts {
			if h.IPLiteral || set.Null {
				continue
			}
			goDo(func() {
				t := dane.Lookup(ctx, o.Resolver, h.Name, 25)
				tlsaMu.Lock()
				tlsa[t.Host] = t
				tlsaMu.Unlock()
			})
			for _, a := range h.Addrs {
				goDo(func() { add(FCrDNS(ctx, o.Resolver, domain, h.Name, a)) })
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
			rs, err := bl.CheckDomain(ctx, domain)
			if err != nil {
				return // not a name a domain list can be asked about
			}
			dnsblMu.Lock()
			res.DNSBL = append(res.DNSBL, rs...)
			dnsblMu.Unlock()
			add(dnsbl.Findings(finding.Target{Domain: domain}, rs)...)
		})
	}

	var pres *probe.Result
	if !o.SkipSMTP {
		goDo(func() {
			r, err := probe.Probe(ctx, popts, probe.Target{Input: domain, Domain: domain})
			if err == nil {
				pres = r
			}
		})
	}

	var mres *mtasts.Result
	goDo(func() {
		mres = mtasts.Check(ctx, domain, mtasts.FetchOptions{
			Resolver: o.Resolver, RootCAs: o.RootCAs, Timeout: timeout, Port: o.MTASTSPort, Now: o.Now,
		})
	})

	goDo(func() { add(spf.Check(ctx, o.Resolver, domain)...) })
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
			ev := spf.Evaluate(ctx, o.Resolver, o.SPFIP, sender, helo)
			res.SPFEval = newSPFEval(ev)
			add(ev.Finding)
		})
		if o.SPFHELO != "" {
			goDo(func() {
				ev := spf.EvaluateHELO(ctx, o.Resolver, o.SPFIP, o.SPFHELO)
				res.SPFEvalHELO = newSPFEval(ev)
				add(ev.Finding)
			})
		}
	}
	if len(o.DKIMSelectors) > 0 {
		goDo(func() { add(dkimkey.Check(ctx, o.Resolver, domain, o.DKIMSelectors)...) })
	}
	var dres *dmarc.Result
	goDo(func() {
		var dfs []finding.Finding
		dres, dfs = dmarc.CheckResult(ctx, o.Resolver, domain)
		add(dfs...)
		if dres != nil {
			res.DMARCPolicy = dres.Effective
			res.DMARC = dres.Summary()
		}
	})
	var trres *tlsrpt.Result
	var trerr error
	goDo(func() { trres, trerr = tlsrpt.Lookup(ctx, o.Resolver, domain) })
	wg.Wait()
	slices.SortStableFunc(res.DNSBL, func(a, b dnsbl.Result) int { return strings.Compare(a.Subject, b.Subject) })

	// Everything below combines the results.
	if ev := res.SPFEval; ev != nil && ev.Result == "pass" {
		// DMARC passes through SPF only when the MAIL FROM domain aligns.
		if at := strings.LastIndexByte(ev.Sender, '@'); at >= 0 {
			if f, ok := dmarc.SPFAlignment(ctx, o.Resolver, dres, ev.Sender[at+1:]); ok {
				add(f)
			}
		}
	}
	if pres != nil && len(pres.Targets) == 1 {
		tr := pres.Targets[0]
		add(tr.Findings...)
		if tr.MX != nil {
			mxSet = tr.MX
		}
		for _, c := range tr.Connections {
			res.Connections = append(res.Connections, summarize(c))
		}
	}
	if o.SkipSMTP {
		add(mxFindings...)
		add(finding.Finding{ID: "check.smtp-skipped", Status: finding.Info, Target: finding.Target{Domain: domain},
			Summary: "no connection to the MX hosts (--skip-smtp): STARTTLS, certificates and DANE matching were not checked",
			Detail:  "Run the check where outbound port 25 is open (many cloud CI runners block it) to cover them."})
	}
	res.MX = mxSet
	var hosts []string
	if mxSet != nil && !mxSet.Null {
		seen := map[string]bool{}
		for _, h := range mxSet.Hosts {
			if n := strings.TrimSuffix(strings.ToLower(h.Name), "."); !seen[n] {
				seen[n] = true
				hosts = append(hosts, h.Name)
			}
		}
	}
	res.MXHosts = hosts
	anyTLSA, secureTLSA := false, false
	for _, h := range hosts {
		t := tlsa[strings.TrimSuffix(strings.ToLower(h), ".")]
		if t == nil {
			continue
		}
		res.TLSA = append(res.TLSA, t)
		add(t.Findings(domain)...)
		a4, _ := o.Resolver.Cached(h, dns.TypeA)
		a6, _ := o.Resolver.Cached(h, dns.TypeAAAA)
		add(t.AddressFindings(domain, a4, a6)...)
		if len(t.Records) > 0 {
			anyTLSA = true
			secureTLSA = secureTLSA || t.Authenticated
		}
	}
	daneAuth := map[string]bool{} // endpoint -> authenticated by DNSSEC-validated TLSA (true: by a DANE-EE record)
	if pres != nil && len(pres.Targets) == 1 {
		for _, c := range pres.Targets[0].Connections {
			if c.Target.Port != 25 {
				continue
			}
			t := tlsa[strings.TrimSuffix(strings.ToLower(c.Target.Host), ".")]
			if t == nil {
				continue
			}
			ep := dane.Endpoint{Target: c.Target, Connected: c.Connected && c.EHLO != nil, TLS: c.TLS != nil, TLSError: c.TLSError, Chain: c.PeerCertificates}
			add(dane.EndpointFindings(t, ep, now())...)
			if t.Authenticated && ep.TLS && len(t.Records) > 0 {
				m := dane.Match(t.Records, ep.Chain, dane.MatchOptions{Names: []string{t.Host}, Now: now()})
				for _, rm := range m.Records {
					if rm.Verified {
						daneAuth[c.Target.String()] = daneAuth[c.Target.String()] || rm.Record.Usage == dane.DANEEE
					}
				}
			}
		}
		// With an MTA-STS policy in force the CA-based checks matter to
		// every MTA-STS sender: they keep their status.
		stsInForce := mres != nil && mres.Policy != nil && mres.PolicyErr == nil && mres.LookupErr == nil && mres.Policy.Mode != mtasts.ModeNone
		if !stsInForce {
			mu.Lock()
			fs = daneAuthenticated(fs, daneAuth)
			mu.Unlock()
		}
	}
	if mxSet != nil && mxSet.Error == "" && !mxSet.Implicit {
		if mxAns, ok := o.Resolver.Cached(domain, dns.TypeMX); ok && mxAns != nil {
			var ds *resolver.Answer
			if z := mxAns.Signer(); z != "" && !mxAns.Authenticated && !mxAns.FromAuthoritative() {
				// Signed but unvalidated: ask for the zone's DS, which a
				// validating resolver proves absent when it is missing.
				ds, _ = o.Resolver.Query(ctx, z, dns.TypeDS)
			}
			f := dane.DNSSECAnswerFinding(domain, mxAns, ds, anyTLSA)
			add(f)
			if ds != nil && ds.Authenticated && len(ds.Records) == 0 {
				mu.Lock()
				noDS(fs, strings.TrimSuffix(mxAns.Signer(), "."))
				mu.Unlock()
			}
		} else {
			add(dane.DNSSECFinding(domain, mxSet.Authenticated, mxSet.Records, anyTLSA))
		}
	}
	if mres != nil {
		res.MTASTS = mres
		add(mres.Findings...)
		add(mres.MatchMX(hosts)...)
		if pres != nil && len(pres.Targets) == 1 {
			add(MTASTSTLS(mres, pres.Targets[0].Connections)...)
		}
	}
	// TLS-RPT matters more when a TLS policy is in force: without reports
	// the owner never learns that senders fail to deliver.
	// DANE is a policy only with DNSSEC-validated TLSA records: senders
	// ignore others (RFC 7672 §2.2).
	tlsPolicy := secureTLSA
	if mres != nil && mres.Policy != nil && mres.PolicyErr == nil && mres.LookupErr == nil && mres.Policy.Mode != mtasts.ModeNone {
		tlsPolicy = true
	}
	if trres != nil {
		add(tlsrpt.Findings(trres, trerr, tlsrpt.Options{TLSPolicy: tlsPolicy})...)
	}
	if _, err := o.Resolver.Query(ctx, domain, dns.TypeMX); resolver.IsNXDomain(err) {
		res.NXDomain = true
		fs = notEvaluated(fs, domain)
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
	var extra []string
	if res.DMARC != nil {
		extra = res.DMARC.Walk
	}
	res.DNS = collectDNS(o.Resolver, domain, hosts, o.DKIMSelectors, extra)
	res.ElapsedMS = time.Since(start).Milliseconds()
	return res, nil
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

// missingIDs are the per-control findings that only say "no record" and
// that, for a domain that does not exist, merely repeat its dns.error; in
// the order check.not-evaluated names them.
var missingIDs = []struct{ id, control string }{
	{"spf.missing", "SPF"}, {"dmarc.missing", "DMARC"}, {"dkim.missing", "DKIM"},
	{"mtasts.missing", "MTA-STS"}, {"tlsrpt.missing", "TLS-RPT"},
}

// notEvaluated replaces, for a domain that does not exist (NXDOMAIN), the
// per-control "missing" findings by one check.not-evaluated finding naming
// the controls, with their lookups as evidence: the dns.error finding
// already says the domain does not exist, and no record can exist under a
// nonexistent name (RFC 8020). Findings that say more than "missing" (a
// DMARC policy found at the organizational domain, DNS errors) stay.
// The controls finish in any order; the finding does not depend on it.
func notEvaluated(fs []finding.Finding, domain string) []finding.Finding {
	var kept []finding.Finding
	byID := map[string][]finding.Finding{}
	for _, f := range fs {
		if slices.ContainsFunc(missingIDs, func(m struct{ id, control string }) bool { return m.id == f.ID }) {
			byID[f.ID] = append(byID[f.ID], f)
			continue
		}
		kept = append(kept, f)
	}
	var controls, ev []string
	seen := map[string]bool{}
	for _, m := range missingIDs {
		if len(byID[m.id]) == 0 {
			continue
		}
		controls = append(controls, m.control)
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
		Summary:     list + " not evaluated: " + domain + " does not exist (NXDOMAIN, see dns.error)",
		Detail:      "No record can exist under a name that does not exist (RFC 8020), so each of these controls would only repeat that " + domain + " does not exist. Fix the domain name or its delegation first, then check again.",
		Remediation: []string{},
		Evidence:    ev,
	})
}
