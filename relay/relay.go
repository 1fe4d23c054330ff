// Package relay is `smtpgw relay`: a small local mail gateway that accepts
// mail from allowed clients, spools it durably (relay/spool), and delivers it
// onward with retries (relay/deliver). The receiving side is relay/server.
package relay

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/netip"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/smtpgw/smtpgw/relay/deliver"
	"github.com/smtpgw/smtpgw/relay/metrics"
	"github.com/smtpgw/smtpgw/relay/server"
	"github.com/smtpgw/smtpgw/relay/spool"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// Listener is one address to listen on.
type Listener struct {
	Addr        string
	ImplicitTLS bool
	// Listener, when set, is used instead of listening on Addr (tests).
	Listener net.Listener
}

// Options configure a relay.
type Options struct {
	Listen   []Listener
	SpoolDir string
	Hostname string // greeting and Received: name
	// Helo is the EHLO name for delivery; "" applies HeloName's rule.
	Helo string

	TLSConfig           *tls.Config // STARTTLS and implicit TLS; nil: no TLS
	TLSFingerprint      string      // of a self-signed certificate, shown at start
	Server              server.Config
	Deliver             deliver.Config
	Grace               time.Duration // shutdown grace period (default 10s)
	Logger              *slog.Logger
	Warnings            []string // shown at start (StartInfo)
	DeliveryDescription string

	// MetricsListen is the address of the HTTP server of /metrics,
	// /healthz and /readyz ("" and no MetricsListener: no metrics).
	MetricsListen string
	// MetricsListener, when set, is used instead of listening on
	// MetricsListen (tests).
	MetricsListener net.Listener
}

// Relay is a running relay.
type Relay struct {
	opts   Options
	Spool  *spool.Spool
	srv    *server.Server
	del    *deliver.Deliverer
	Addrs  []net.Addr
	ready  chan struct{}
	unlock func()

	heloLog []any // the EHLO name chosen and why, logged at start

	// Metrics is the relay's instrumentation (nil without metrics);
	// packages that tune delivery add their per-destination state with
	// Metrics.AddDestinationSource.
	Metrics     *metrics.Metrics
	MetricsAddr net.Addr
	state       atomic.Int32 // stateStarting, stateServing, stateStopping
}

// Relay states, for /readyz and /healthz.
const (
	stateStarting = iota
	stateServing
	stateStopping
)

// New prepares a relay: opens and recovers the spool, takes its lock and
// listens. Run serves.
func New(opts Options) (*Relay, error) {
	opts = opts.withDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if opts.DeliveryDescription == "" {
		opts.DeliveryDescription = describeDelivery(opts.Deliver)
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	sp, err := spool.Open(opts.SpoolDir)
	if err != nil {
		return nil, err
	}
	unlock, err := sp.LockRelay()
	if err != nil {
		sp.Close()
		if errors.Is(err, spool.ErrLocked) {
			return nil, fmt.Errorf("another relay is running on spool %s", sp.Dir)
		}
		return nil, err
	}
	if _, err := sp.Recover(); err != nil {
		unlock()
		sp.Close()
		return nil, err
	}
	// Damaged message files leave queue/ and failed/ for corrupt/, each
	// named once in the log.
	moved, err := sp.QuarantineDamaged()
	for _, m := range moved {
		opts.Logger.Warn("damaged spool file", "id", m.ID, "was", m.Where, "moved_to", spool.DirCorrupt+"/"+m.ID, "reason", m.Damaged)
	}
	if err != nil {
		unlock()
		sp.Close()
		return nil, fmt.Errorf("cannot move damaged spool files to %s/: %w", spool.DirCorrupt, err)
	}
	if kept, _ := sp.List(spool.DirCorrupt); len(kept) > len(moved) {
		opts.Logger.Warn("damaged spool files kept", "dir", sp.Dir+"/"+spool.DirCorrupt, "count", len(kept),
			"hint", "see 'smtpgw queue list'; remove with 'smtpgw queue delete ID'")
	}
	r := &Relay{opts: opts, Spool: sp, unlock: unlock, ready: make(chan struct{})}
	dcfg := opts.Deliver
	dcfg.Spool = sp
	if dcfg.Logger == nil {
		dcfg.Logger = opts.Logger
	}
	if dcfg.LocalName == "" {
		dcfg.LocalName = opts.Hostname
	}
	if dcfg.Helo == "" {
		var why string
		dcfg.Helo, why = HeloName(opts.Helo, smtpwire.DefaultHelo())
		shown := dcfg.Helo
		if shown == "" {
			shown = "each connection's address literal, such as [192.0.2.1]"
		}
		r.heloLog = []any{"helo", shown, "why", why}
	}
	if opts.MetricsListen != "" || opts.MetricsListener != nil {
		r.Metrics = metrics.New(metrics.Source{Queue: sp.QueueStats, Slots: func() (int, int) { return r.srv.Slots() }})
		dcfg.Metrics = r.Metrics
	}
	r.del = deliver.New(dcfg)
	r.Metrics.AddDestinationSource(func() []metrics.DestinationState {
		var out []metrics.DestinationState
		for _, st := range r.del.Destinations() {
			out = append(out, metrics.DestinationState{Destination: st.Name, Concurrency: float64(st.Concurrency),
				RatePerMinute: st.PerMinute, BackingOff: st.State != deliver.DestNormal, Waiting: float64(st.Waiting)})
		}
		return out
	})
	scfg := opts.Server
	scfg.Spool = sp
	scfg.Hostname = opts.Hostname
	scfg.TLSConfig = opts.TLSConfig
	if scfg.Logger == nil {
		scfg.Logger = opts.Logger
	}
	scfg.OnQueued = r.del.Handoff
	scfg.Metrics = r.Metrics
	r.srv = server.New(scfg)
	if r.Metrics != nil {
		if opts.MetricsListener == nil {
			ln, err := metrics.Listen(opts.MetricsListen)
			if err != nil {
				unlock()
				sp.Close()
				return nil, err
			}
			opts.MetricsListener = ln
		}
		r.MetricsAddr = opts.MetricsListener.Addr()
	}
	for i, l := range opts.Listen {
		if l.Listener == nil {
			ln, err := net.Listen("tcp", l.Addr)
			if err != nil {
				r.closeListeners()
				if opts.MetricsListener != nil {
					opts.MetricsListener.Close()
				}
				unlock()
				sp.Close()
				return nil, fmt.Errorf("cannot listen on %s: %w (choose another listen address)", l.Addr, err)
			}
			opts.Listen[i].Listener = ln
		}
		r.Addrs = append(r.Addrs, opts.Listen[i].Listener.Addr())
	}
	r.opts = opts
	return r, nil
}

func (r *Relay) closeListeners() {
	for _, l := range r.opts.Listen {
		if l.Listener != nil {
			l.Listener.Close()
		}
	}
}

// HeloName is the rule probe and send follow for the EHLO name: the
// configured name; else this machine's fully-qualified name fqdn (one with
// a dot: smtpwire.DefaultHelo); else "", each connection's address literal
// ("[192.0.2.1]"), because a dotless name such as "vm" is refused by many
// servers (Postfix reject_non_fqdn_helo_hostname: "504 5.5.2 <vm>: Helo
// command rejected: need fully-qualified hostname") and a literal is not.
// why says which case applied.
func HeloName(configured, fqdn string) (name, why string) {
	switch {
	case configured != "":
		if !strings.Contains(configured, ".") && !strings.HasPrefix(configured, "[") {
			return configured, "configured (it has no dot: servers that want a fully-qualified name refuse it)"
		}
		return configured, "configured"
	case fqdn != "":
		return fqdn, "this machine's fully-qualified name"
	}
	return "", "this machine's name has no dot (servers that want a fully-qualified name refuse such a name); the address literal is accepted"
}

// Listen TLS modes of a ListenInfo.
const (
	ListenPlain    = "none"     // plain SMTP, no certificate
	ListenSTARTTLS = "starttls" // SMTP offering STARTTLS
	ListenImplicit = "implicit" // SMTP over implicit TLS (port 465 style)
)

// ListenInfo is one address the relay listens on.
type ListenInfo struct {
	Addr string `json:"addr"` // the bound address, port resolved ("127.0.0.1:2525")
	TLS  string `json:"tls"`  // ListenPlain, ListenSTARTTLS or ListenImplicit
}

// StartInfo describes what a started relay does: the data of its start-up
// banner. report.WriteRelayStart renders it.
type StartInfo struct {
	Warnings []string     `json:"warnings"`
	Listen   []ListenInfo `json:"listen"`
	// CertFingerprint is the SHA-256 fingerprint of the self-signed
	// certificate generated at start ("" without one).
	CertFingerprint string `json:"self_signed_sha256,omitempty"`
	Delivery        string `json:"delivery"`
	// DKIM lists the signing domains ("example.com (selector s1, RSA
	// 2048)"); empty without --dkim.
	DKIM  []string `json:"dkim,omitempty"`
	Spool string   `json:"spool"`
	// TryIt is a command line that sends a test message through the first
	// listener ("" without listeners). The relay leaves it empty: the
	// command that started it knows its own command line and fills it
	// from the facts below.
	TryIt string `json:"try_it,omitempty"`
	// LocalClientMustAuth says that a client on this machine is not in the
	// allowed networks of the first listener and must authenticate (AUTH)
	// to relay.
	LocalClientMustAuth bool `json:"-"`
	// Metrics is the URL of the Prometheus metrics ("" without
	// --metrics-listen); /healthz and /readyz are beside it.
	Metrics string `json:"metrics,omitempty"`
}

// StartInfo returns what the relay does, for its start-up banner.
func (r *Relay) StartInfo() StartInfo {
	info := StartInfo{
		Warnings:        append([]string{}, r.opts.Warnings...),
		Listen:          []ListenInfo{},
		CertFingerprint: r.opts.TLSFingerprint,
		Delivery:        r.opts.DeliveryDescription,
		Spool:           r.Spool.Dir,
	}
	if r.MetricsAddr != nil {
		info.Metrics = "http://" + r.MetricsAddr.String() + "/metrics"
	}
	for _, e := range r.opts.Deliver.DKIM.Entries() {
		kind := "Ed25519"
		if e.Key.Algo == "rsa" {
			kind = fmt.Sprintf("RSA %d", e.Key.Bits)
		}
		info.DKIM = append(info.DKIM, fmt.Sprintf("%s (selector %s, %s)", e.Domain, e.Selector, kind))
	}
	for i, l := range r.opts.Listen {
		mode := ListenPlain
		if l.ImplicitTLS {
			mode = ListenImplicit
		} else if r.opts.TLSConfig != nil {
			mode = ListenSTARTTLS
		}
		info.Listen = append(info.Listen, ListenInfo{Addr: r.Addrs[i].String(), TLS: mode})
	}
	if len(info.Listen) > 0 {
		info.LocalClientMustAuth = len(r.opts.Server.Users) > 0 && !r.allowsLocalClient(info.Listen[0].Addr)
	}
	return info
}

// allowsLocalClient reports whether a client on this machine connecting to
// the listener address addr may relay without AUTH (its source address is
// the listener's, or loopback when the listener is on every address).
func (r *Relay) allowsLocalClient(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return true
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return true
	}
	if ip.IsUnspecified() {
		ip = netip.MustParseAddr("127.0.0.1")
		if host == "::" {
			ip = netip.IPv6Loopback()
		}
	}
	ip = ip.Unmap()
	for _, p := range r.opts.Server.AllowNets {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// Run serves until ctx is done, then stops within the grace period: it
// stops listening and starting deliveries at once; sessions outside a mail
// transaction are closed (421 4.3.2) at once, the others when their
// transaction ends; deliveries in progress may finish. When the grace
// period ends, the sessions left are closed with 421 4.3.2 (their messages
// were not acknowledged) and the deliveries left are cut: their messages
// stay queued and go again at the next start (at least once: one whose
// final 250 was on its way is delivered twice).
func (r *Relay) Run(ctx context.Context) error {
	defer r.unlock()
	defer r.Spool.Close()
	dctx, cancelDeliver := context.WithCancel(context.Background())
	defer cancelDeliver()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		r.del.Run(dctx)
	}()
	stopState, stateDone := make(chan struct{}), make(chan struct{})
	go r.stateLoop(stopState, stateDone)
	defer func() { close(stopState); <-stateDone }()
	errc := make(chan error, len(r.opts.Listen))
	for _, l := range r.opts.Listen {
		go func() { errc <- r.srv.Serve(l.Listener, l.ImplicitTLS) }()
	}
	if r.Metrics != nil {
		mctx, stopMetrics := context.WithCancel(context.Background())
		mdone := make(chan struct{})
		go func() {
			defer close(mdone)
			if err := metrics.Serve(mctx, r.opts.MetricsListener, r.Metrics.Handler(r.healthChecks(), r.readyChecks())); err != nil {
				r.opts.Logger.Error("metrics server stopped", "addr", r.MetricsAddr.String(), "err", err.Error())
			}
		}()
		defer func() { stopMetrics(); <-mdone }()
	}
	r.state.Store(stateServing)
	if r.heloLog != nil {
		r.opts.Logger.Info("EHLO name for delivery", r.heloLog...)
	}
	close(r.ready)
	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	r.state.Store(stateStopping)
	r.opts.Logger.Info("stopping", "grace", r.opts.Grace.String())
	sctx, cancel := context.WithTimeout(context.Background(), r.opts.Grace)
	defer cancel()
	drained := make(chan struct{})
	go func() { r.del.Drain(); close(drained) }()
	r.srv.Shutdown(sctx)
	select {
	case <-drained:
	case <-sctx.Done():
		select {
		case <-drained: // they ended with the grace period
		default:
			r.opts.Logger.Warn("deliveries cut at the end of the grace period; their messages stay queued and go again at the next start",
				"deliveries", r.del.InProgress())
		}
	}
	cancelDeliver()
	wg.Wait()
	r.opts.Logger.Info("stopped")
	return err
}

// healthChecks are /healthz's: the SMTP listeners serve and the spool
// takes a write now.
func (r *Relay) healthChecks() []metrics.Check {
	return []metrics.Check{
		{Name: "listening", Run: r.listening},
		{Name: "spool-writable", Run: r.Spool.CheckWritable},
	}
}

// readyChecks are /readyz's: the spool was recovered (New), the listeners
// serve, and the relay is not stopping.
func (r *Relay) readyChecks() []metrics.Check {
	return []metrics.Check{
		{Name: "spool-recovered", Run: func() error { return nil }},
		{Name: "listening", Run: r.listening},
		{Name: "not-stopping", Run: func() error {
			if r.state.Load() == stateStopping {
				return errors.New("the relay is stopping (SIGINT/SIGTERM): new mail goes elsewhere")
			}
			return nil
		}},
	}
}

func (r *Relay) listening() error {
	switch r.state.Load() {
	case stateStarting:
		return errors.New("not listening yet")
	case stateStopping:
		return errors.New("the listeners are closed: the relay is stopping")
	}
	return nil
}

// Ready is closed when Run serves.
func (r *Relay) Ready() <-chan struct{} { return r.ready }

// LoadUsers reads an htpasswd file of bcrypt hashes ("user:$2y$...").
func LoadUsers(path string) (map[string][]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	users := map[string][]byte{}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		user, hash, ok := strings.Cut(line, ":")
		if !ok || user == "" {
			return nil, fmt.Errorf("%s line %d: expected user:bcrypt-hash", path, n)
		}
		if !strings.HasPrefix(hash, "$2a$") && !strings.HasPrefix(hash, "$2b$") && !strings.HasPrefix(hash, "$2y$") {
			return nil, fmt.Errorf("%s line %d: the hash of %q is not bcrypt (create it with: htpasswd -B FILE %s)", path, n, user, user)
		}
		users[user] = []byte(hash)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(users) == 0 {
		return nil, fmt.Errorf("%s holds no users", path)
	}
	return users, nil
}

// SelfSigned generates a certificate for names and returns it with its
// SHA-256 fingerprint.
func SelfSigned(names ...string) (tls.Certificate, string, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, "", err
	}
	serial, _ := rand.Int(rand.Reader, big.NewInt(1<<62))
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: names[0]},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(365 * 24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	for _, n := range names {
		if ip := net.ParseIP(n); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else {
			tmpl.DNSNames = append(tmpl.DNSNames, n)
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, "", err
	}
	sum := sha256.Sum256(der)
	var fp []string
	for _, b := range sum {
		fp = append(fp, fmt.Sprintf("%02X", b))
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, strings.Join(fp, ":"), nil
}

// ParseNets parses the networks that may relay without AUTH: CIDRs or IP
// addresses ("none" allows no network).
func ParseNets(vals []string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, v := range vals {
		if strings.EqualFold(v, "none") {
			continue
		}
		if p, err := netip.ParsePrefix(v); err == nil {
			out = append(out, p.Masked())
			continue
		}
		if a, err := netip.ParseAddr(v); err == nil {
			out = append(out, netip.PrefixFrom(a, a.BitLen()))
			continue
		}
		return nil, fmt.Errorf("%q is not a CIDR such as 192.0.2.0/24 or an IP address", v)
	}
	return out, nil
}

// DefaultSpoolDir is $XDG_STATE_HOME/smtpgw/spool or ~/.local/state/smtpgw/spool.
func DefaultSpoolDir() string {
	if x := os.Getenv("XDG_STATE_HOME"); x != "" {
		return x + "/smtpgw/spool"
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ".smtpgw-spool"
	}
	return home + "/.local/state/smtpgw/spool"
}

// Destinations returns the delivery state of every destination the relay
// delivered to lately: its profile, its limits now (lowered by adaptive
// backoff after rate-limit or reputation replies), deliveries in flight and
// waiting, and outcome counts. Safe to call from any goroutine while Run
// runs (a snapshot); metrics can turn it into gauges.
func (r *Relay) Destinations() []deliver.DestinationState { return r.del.Destinations() }
