// Package probe connects to the MX hosts of mail domains (or to given hosts
// and addresses) on ports 25, 587 and 465 and reports, with findings, what
// each says and offers: reachability, the greeting, ESMTP extensions,
// STARTTLS or implicit TLS, the TLS version and certificate chain, and
// whether AUTH is exposed where it must not be.
//
// It drives the dialogue itself with smtpwire so that everything the
// server says is recorded; it never sends MAIL, RCPT or DATA. Every
// connection runs concurrently (Options.Concurrency), each step has a
// deadline (Options.StepTimeout) and the whole probe one overall limit
// (Options.Timeout) that it never runs past, whatever the servers do.
//
// The package is a library: smtpgw probe renders its Result, and smtpgw
// check builds on ResolveMX and Probe (the peer certificate chains are kept
// for DANE matching).
package probe

import (
	"context"
	"crypto/x509"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/resolver"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// Defaults of Options.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultStepTimeout  = 10 * time.Second
	DefaultConcurrency  = 64
	DefaultSlowGreeting = 5 * time.Second
	DefaultExpiryWarn   = 14 * 24 * time.Hour
)

// DefaultPorts are probed when neither Options.Ports nor the target names one.
var DefaultPorts = []int{25, 587, 465}

// Options configure a probe. The zero value works: system resolver, system
// roots, ports 25, 587 and 465, the defaults above.
type Options struct {
	// Resolver answers MX, A and AAAA queries; nil reads /etc/resolv.conf.
	Resolver *resolver.Resolver
	// Dialer opens TCP connections; nil uses a net.Dialer.
	Dialer smtpwire.Dialer
	// RootCAs verify certificate chains; nil means the system roots
	// (SSL_CERT_FILE and SSL_CERT_DIR are honoured by Go).
	RootCAs *x509.CertPool
	// Ports probed for targets that name none; nil means DefaultPorts.
	Ports []int
	// PortMap redirects a logical port (25, 587, 465) to where it is really
	// dialled: ":2525" keeps the address and changes the port,
	// "127.0.0.1:2525" replaces both. The logical port still decides the
	// dialogue (465 implicit TLS, 25 MTA, others submission) and appears in
	// results and findings. Tests use it so they never need ports below 1024.
	PortMap map[int]string
	// HELO is the name sent in EHLO/HELO; "" uses this machine's FQDN or,
	// when its name has no dot, the address literal of each connection's
	// local address ("[192.0.2.1]", RFC 5321 §4.1.3).
	HELO string
	// Timeout bounds the whole Probe call; 0 means DefaultTimeout.
	Timeout time.Duration
	// StepTimeout bounds one step (connect, one command and its reply, the
	// TLS handshake); 0 means DefaultStepTimeout, never more than Timeout.
	StepTimeout time.Duration
	// Concurrency is the number of connections in flight; 0 means DefaultConcurrency.
	Concurrency int
	// IPv4 and IPv6 restrict the address families; both false means both.
	IPv4, IPv6 bool
	// SlowGreeting is when a greeting counts as slow; 0 means DefaultSlowGreeting.
	SlowGreeting time.Duration
	// ExpiryWarn is how close to expiry a certificate draws a warning; 0 means DefaultExpiryWarn.
	ExpiryWarn time.Duration
	// Now is the clock for certificate validity; nil means time.Now.
	Now func() time.Time
	// Limits bound what a server may send (smtpwire defaults when zero);
	// StepTimeout above overrides Limits.StepTimeout.
	Limits smtpwire.Limits

	// OpenRelay, when set, runs the open-relay test on every endpoint
	// after EHLO (after STARTTLS when offered): MAIL and RCPT in several
	// variants, each followed by RSET, never DATA.
	OpenRelay *OpenRelay

	// OnProgress, when set, is called (serialized) as connections start and finish.
	OnProgress func(Progress)
	// OnTranscript, when set, is called for every transcript event of every
	// connection as it happens (concurrently from many connections).
	OnTranscript func(finding.Target, smtpwire.Event)
	// OnTarget, when set, is called (serialized) with each input target's
	// result as soon as it is complete, for streaming output.
	OnTarget func(*TargetResult)
	// DropResults makes Probe forget each target's result once OnTarget
	// has had it: Result.Targets and Result.Findings stay empty, so a long
	// target list streams in constant memory.
	DropResults bool
}

// Progress is a snapshot for a progress line.
type Progress struct {
	Done, Total int    // connections finished and known so far
	InFlight    int    // connections open now
	Current     string // the target that just started or finished
}

func (o *Options) withDefaults() (*Options, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	c := *o
	if c.Resolver == nil {
		r, err := resolver.FromResolvConf("/etc/resolv.conf")
		if err != nil {
			// No system resolver: address targets still work; every name
			// lookup fails with dns.error saying no server is configured.
			r = resolver.New()
		}
		c.Resolver = r.EnableCache()
	}
	if c.Dialer == nil {
		c.Dialer = &net.Dialer{}
	}
	if len(c.Ports) == 0 {
		c.Ports = DefaultPorts
	}
	if c.HELO == "" {
		c.HELO = smtpwire.DefaultHelo()
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.StepTimeout <= 0 {
		c.StepTimeout = DefaultStepTimeout
	}
	if c.StepTimeout > c.Timeout {
		c.StepTimeout = c.Timeout
	}
	if c.Concurrency <= 0 {
		c.Concurrency = DefaultConcurrency
	}
	if !c.IPv4 && !c.IPv6 {
		c.IPv4, c.IPv6 = true, true
	}
	if c.SlowGreeting <= 0 {
		c.SlowGreeting = DefaultSlowGreeting
	}
	if c.ExpiryWarn <= 0 {
		c.ExpiryWarn = DefaultExpiryWarn
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	c.Limits.StepTimeout = c.StepTimeout
	return &c, nil
}

// Result is the outcome of one Probe call.
type Result struct {
	Targets  []*TargetResult   `json:"targets"`  // one per input target, in input order
	Findings []finding.Finding `json:"findings"` // all findings of all targets, worst first
	Started  time.Time         `json:"started"`
	Elapsed  Millis            `json:"elapsed_ms"`
}

// TargetResult is everything found for one input target.
type TargetResult struct {
	Target      Target            `json:"target"`
	MX          *MXSet            `json:"mx,omitempty"` // for a domain target
	Connections []*Connection     `json:"connections"`  // one per host × address × port
	Findings    []finding.Finding `json:"findings"`     // DNS and connection findings, worst first
	Worst       finding.Status    `json:"worst"`
	Elapsed     Millis            `json:"elapsed_ms"`
}

// Millis is a duration rendered in JSON as (fractional) milliseconds.
type Millis time.Duration

// MarshalJSON renders milliseconds with microsecond precision.
func (m Millis) MarshalJSON() ([]byte, error) {
	return []byte(strconv.FormatFloat(float64(time.Duration(m).Microseconds())/1000, 'f', -1, 64)), nil
}

// Duration returns m as a time.Duration.
func (m Millis) Duration() time.Duration { return time.Duration(m) }

// Short is m for people: "<0.1ms", "2.3ms", "45ms".
func (m Millis) Short() string {
	d := time.Duration(m)
	if d < 100*time.Microsecond {
		return "<0.1ms"
	}
	if d < 10*time.Millisecond {
		return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000)
	}
	return fmt.Sprintf("%dms", d.Milliseconds())
}

func ms(m Millis) string { return m.Short() }

// Probe resolves every target and probes every resulting host, address and
// port concurrently. It returns when all are done or the overall timeout
// passes (unfinished connections are then reported as timed out). The error
// is an *OptionError for unusable options (Options.Validate).
func Probe(ctx context.Context, opts Options, targets ...Target) (*Result, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	p := &prober{o: o, sem: make(chan struct{}, o.Concurrency), dnsSem: make(chan struct{}, o.Concurrency)}
	res := &Result{Started: time.Now(), Targets: make([]*TargetResult, len(targets))}
	// Bound the input targets in progress (and so the goroutines and
	// memory of a long -f list); connections are bounded by p.sem.
	slots := make(chan struct{}, max(2*o.Concurrency, 16))
	var wg sync.WaitGroup
	for i, t := range targets {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			slots <- struct{}{} // the rest fail fast on the ended context
		}
		wg.Add(1)
		go func(i int, t Target) {
			defer wg.Done()
			defer func() { <-slots }()
			tr := p.probeTarget(ctx, t)
			if o.OnTarget != nil {
				p.mu.Lock()
				o.OnTarget(tr)
				p.mu.Unlock()
			}
			if !o.DropResults {
				res.Targets[i] = tr
			}
		}(i, t)
	}
	wg.Wait()
	res.Findings = []finding.Finding{}
	if o.DropResults {
		res.Targets = []*TargetResult{}
	}
	for _, tr := range res.Targets {
		res.Findings = append(res.Findings, tr.Findings...)
	}
	finding.Sort(res.Findings)
	res.Elapsed = Millis(time.Since(res.Started))
	return res, nil
}

type prober struct {
	o      *Options
	sem    chan struct{} // connections in flight
	dnsSem chan struct{} // input targets resolving at once

	mu                    sync.Mutex // serializes callbacks and counters
	done, total, inFlight int
}

func (p *prober) progress(delta func(), current string) {
	if p.o.OnProgress == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	delta()
	p.o.OnProgress(Progress{Done: p.done, Total: p.total, InFlight: p.inFlight, Current: current})
}

// endpoint is one host × address × port to probe.
type endpoint struct {
	domain, host string
	pref         int
	addr         string
	port         int
}

func (p *prober) probeTarget(ctx context.Context, t Target) *TargetResult {
	start := time.Now()
	tr := &TargetResult{Target: t, Connections: []*Connection{}}
	var fs []finding.Finding
	var eps []endpoint
	ports := p.o.Ports
	if t.Port != 0 {
		ports = []int{t.Port}
	}
	addEndpoints := func(domain, host string, pref int, addrs []string) {
		for _, a := range addrs {
			for _, port := range ports {
				eps = append(eps, endpoint{domain: domain, host: host, pref: pref, addr: a, port: port})
			}
		}
	}

	if err := ctx.Err(); err != nil {
		// The overall limit passed before this target's turn came.
		tr.Findings = []finding.Finding{newFinding("probe.timeout", finding.Fail, finding.Target{Domain: t.Domain, Host: t.Host, Addr: t.Addr, Port: t.Port},
			"not probed: the overall time limit passed before this target's turn",
			fmt.Sprintf("%v while earlier targets were still being probed.", err),
			[]string{"Allow more time, run more connections at once, or split the target list."}, nil)}
		tr.Worst = finding.Fail
		return tr
	}
	acquired := false
	select {
	case p.dnsSem <- struct{}{}:
		acquired = true
	case <-ctx.Done():
	}
	switch {
	case t.Domain != "":
		mx, mfs := resolveMX(ctx, p.o, t.Domain)
		tr.MX = mx
		fs = append(fs, mfs...)
		for _, h := range mx.Hosts {
			if h.usable() {
				addEndpoints(t.Domain, h.Name, h.Preference, h.Addrs)
			}
		}
	case t.Host != "":
		addrs, hfs := resolveHost(ctx, p.o, "", t.Host, "host")
		fs = append(fs, hfs...)
		addEndpoints("", t.Host, -1, addrs)
	default:
		addEndpoints("", "", -1, []string{t.Addr})
	}
	if acquired {
		<-p.dnsSem
	}

	p.progress(func() { p.total += len(eps) }, t.Input)
	conns := make([]*Connection, len(eps))
	var wg sync.WaitGroup
	for i, ep := range eps {
		wg.Add(1)
		go func(i int, ep endpoint) {
			defer wg.Done()
			select {
			case p.sem <- struct{}{}:
			case <-ctx.Done():
				conns[i] = p.notStarted(ep, ctx.Err())
				p.progress(func() { p.done++ }, conns[i].Target.String())
				return
			}
			p.progress(func() { p.inFlight++ }, endpointTarget(ep).String())
			conns[i] = p.dialogue(ctx, ep)
			<-p.sem
			p.progress(func() { p.inFlight--; p.done++ }, conns[i].Target.String())
		}(i, ep)
	}
	wg.Wait()
	for _, c := range conns {
		fs = append(fs, c.Findings...)
	}
	tr.Connections = conns
	finding.Sort(fs)
	if fs == nil {
		fs = []finding.Finding{}
	}
	tr.Findings = fs
	tr.Worst = finding.Worst(fs)
	tr.Elapsed = Millis(time.Since(start))
	return tr
}

func endpointTarget(ep endpoint) finding.Target {
	return finding.Target{Domain: ep.domain, Host: ep.host, Addr: ep.addr, Port: ep.port}
}

func (p *prober) notStarted(ep endpoint, err error) *Connection {
	c := newConnection(p.o, ep)
	c.ConnectError = "not started: the overall time limit passed while waiting for a free connection slot"
	c.ConnectErrorKind = "timeout"
	c.Findings = append(c.Findings, newFinding("connect.failed", finding.Fail, c.Target,
		"not probed: the overall time limit passed before a connection slot was free",
		fmt.Sprintf("%v; allow more time or more connections at once", err),
		[]string{"Allow more time, or run more connections at once."}, nil))
	return c
}

// dialAddress returns where a logical address:port is really dialled.
func (o *Options) dialAddress(addr string, port int) string {
	if m, ok := o.PortMap[port]; ok {
		if strings.HasPrefix(m, ":") {
			return net.JoinHostPort(addr, m[1:])
		}
		return m
	}
	return net.JoinHostPort(addr, strconv.Itoa(port))
}

// Mode is how a port is spoken to.
type Mode string

// Modes: MTA-to-MTA SMTP with opportunistic STARTTLS (port 25), message
// submission with STARTTLS (587, RFC 6409) and submission over implicit
// TLS (465, RFC 8314).
const (
	ModeSMTP        Mode = "smtp"
	ModeSubmission  Mode = "submission"
	ModeSubmissions Mode = "submissions"
)

// PortMode returns the mode of a logical port: 25 smtp, 465 submissions,
// any other port submission.
func PortMode(port int) Mode {
	switch port {
	case 25:
		return ModeSMTP
	case 465:
		return ModeSubmissions
	}
	return ModeSubmission
}
