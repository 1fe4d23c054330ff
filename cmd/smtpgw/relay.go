package main

import (
	"context"
	"crypto/tls"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/dkimsign"
	"github.com/smtpgw/smtpgw/relay"
	"github.com/smtpgw/smtpgw/relay/deliver"
	"github.com/smtpgw/smtpgw/report"
	"github.com/smtpgw/smtpgw/resolver"
	"github.com/smtpgw/smtpgw/smtpwire"
	"github.com/spf13/cobra"
)

func init() { register("relay", newRelayCmd) }

type relayOptions struct {
	Listen            []string
	ListenTLS         []string
	TLSCert, TLSKey   string
	TLSSelfSigned     bool
	AllowNet          []string
	Users             string
	AllowInsecureAuth bool
	MaxSize           string
	MaxRecipients     int
	MaxConns          int
	MaxConnsPerIP     int
	CommandTimeout    time.Duration
	DataTimeout       time.Duration
	SessionTimeout    time.Duration
	Spool             string
	Hostname          string
	Smarthost         []string
	SmarthostPassFile string
	SmarthostTLS      string
	OutboundTLS       string
	RetryInitial      time.Duration
	RetryMax          time.Duration
	MaxQueueTime      time.Duration
	MaxDeliveries     int
	MaxPerDest        int
	Bounce            bool
	DelayWarning      time.Duration
	LogFormat         string
	Grace             time.Duration
	PortMap           []string
	Reuse             time.Duration
	DKIM              []string
	Destination       []string
	Config            string
	MetricsListen     string
}

func newRelayCmd(ios *IOStreams, g *GlobalOptions) *cobra.Command {
	return relayCommand(ios, g, &relayOptions{})
}

func relayCommand(ios *IOStreams, g *GlobalOptions, o *relayOptions) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "relay",
		Short: "Run a small local mail gateway that spools durably and delivers with retries",
		Long: `Run a local SMTP relay for apps, dev machines and CI jobs.

It accepts mail from allowed clients (loopback by default; --allow-net, or
AUTH with --users), answers 250 only once the message is fsynced in the spool
(the reply carries the queue id), and delivers it to a smarthost or straight
to the recipients' MX hosts, retrying 4xx replies and network errors with
exponential backoff. Every upstream reply is explained in the log (stderr).

Messages with a bare CR or LF are refused (SMTP smuggling), as are loops
(more than 100 Received: headers). SIGINT/SIGTERM stop it gracefully.
Inspect the spool with 'smtpgw queue'.`,
		Example: `  # deliver straight to MX hosts, listen on 127.0.0.1:2525
  smtpgw relay

  # through a provider's submission server (password from the environment)
  SMTPGW_SMARTHOST_PASSWORD=secret smtpgw relay --smarthost smtp://apikey@smtp.example.com:587

  # accept from the LAN with AUTH over STARTTLS, JSON logs
  smtpgw relay --listen 0.0.0.0:2525 --tls-self-signed --users users.htpasswd --log-format json

  # settings from a file (configuration management); slower to Gmail
  smtpgw relay --config /etc/smtpgw/relay.yaml --destination gmail:concurrency=2,per-minute=30

  # DKIM-sign mail from example.com (and its subdomains), Prometheus metrics on loopback
  smtpgw relay --dkim example.com=s1:/etc/smtpgw/dkim-s1.pem --metrics-listen 127.0.0.1:9425`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfgDests, err := o.loadConfig(cmd, g)
			if err != nil {
				return err
			}
			opts, err := o.build(ios, g, cmd, cfgDests)
			if err != nil {
				return err
			}
			return runRelay(cmd.Context(), ios, o.LogFormat, opts)
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&o.Listen, "listen", nil, "address to listen on for SMTP (repeatable; default 127.0.0.1:2525)")
	f.StringArrayVar(&o.ListenTLS, "listen-tls", nil, "address to listen on for SMTP over implicit TLS, e.g. :465 (repeatable)")
	f.StringVar(&o.TLSCert, "tls-cert", "", "PEM certificate (chain) for STARTTLS and --listen-tls")
	f.StringVar(&o.TLSKey, "tls-key", "", "PEM private key of --tls-cert")
	f.BoolVar(&o.TLSSelfSigned, "tls-self-signed", false, "generate a self-signed certificate at start (fingerprint printed)")
	f.StringArrayVar(&o.AllowNet, "allow-net", []string{"127.0.0.0/8", "::1/128"}, "client network that may relay without AUTH (repeatable; \"none\" for AUTH only)")
	f.StringVar(&o.Users, "users", "", "htpasswd file of bcrypt hashes (htpasswd -B); enables AUTH PLAIN/LOGIN")
	f.BoolVar(&o.AllowInsecureAuth, "allow-insecure-auth", false, "offer AUTH without TLS (loopback development only)")
	f.StringVar(&o.MaxSize, "max-message-size", "25MB", "largest message accepted (advertised in SIZE)")
	f.IntVar(&o.MaxRecipients, "max-recipients", 100, "recipients per message")
	f.IntVar(&o.MaxConns, "max-connections", 100, "client connections at once")
	f.IntVar(&o.MaxConnsPerIP, "max-connections-per-ip", 20, "client connections at once from one IP")
	f.DurationVar(&o.CommandTimeout, "command-timeout", 5*time.Minute, "time a client may take for one command")
	f.DurationVar(&o.DataTimeout, "data-timeout", 10*time.Minute, "time a client may take to send a message's data")
	f.DurationVar(&o.SessionTimeout, "session-timeout", 30*time.Minute, "time a client connection may last in all")
	f.StringVar(&o.Spool, "spool", "", "spool directory (default $XDG_STATE_HOME/smtpgw/spool or ~/.local/state/smtpgw/spool)")
	f.StringVar(&o.Hostname, "hostname", "", "name in the greeting, EHLO and Received: (default: this machine's FQDN; EHLO then says the connection's address literal, such as [192.0.2.1], when that name has no dot)")
	f.StringArrayVar(&o.Smarthost, "smarthost", nil, "deliver through smtp://[USER@]HOST[:587] (STARTTLS) or smtps://[USER@]HOST[:465]; repeat for failover")
	f.StringVar(&o.SmarthostPassFile, "smarthost-password-file", "", "file holding the smarthost password (else SMTPGW_SMARTHOST_PASSWORD)")
	f.StringVar(&o.SmarthostTLS, "smarthost-tls", "", "override the smarthost TLS mode: starttls, implicit or none")
	f.StringVar(&o.OutboundTLS, "outbound-tls", "opportunistic", "TLS to MX hosts: opportunistic or required")
	f.DurationVar(&o.RetryInitial, "retry-initial", time.Minute, "first retry delay (doubles each attempt)")
	f.DurationVar(&o.RetryMax, "retry-max", time.Hour, "longest retry delay")
	f.DurationVar(&o.MaxQueueTime, "max-queue-time", 5*24*time.Hour, "give up on a message after this long")
	f.IntVar(&o.MaxDeliveries, "max-deliveries", 20, "deliveries at once")
	f.IntVar(&o.MaxPerDest, "max-per-destination", 5, "deliveries at once per destination (domain or smarthost)")
	f.BoolVar(&o.Bounce, "bounce", false, "send a delivery status notification (RFC 3464) to the sender of failed mail")
	f.DurationVar(&o.DelayWarning, "delay-warning", deliver.DefaultDelayWarning, "with --bounce, tell the sender once when a message is still undelivered after this long (0 disables)")
	f.StringVar(&o.LogFormat, "log-format", "text", "log format on stderr: text or json (json: the start-up banner too, as JSON lines)")
	f.DurationVar(&o.Grace, "grace", 10*time.Second, "on SIGINT/SIGTERM, time given to sessions in progress")
	f.DurationVar(&o.Reuse, "connection-reuse", 5*time.Second, "keep upstream connections open this long for the next message (0 disables)")
	f.StringArrayVar(&o.DKIM, "dkim", nil, "DKIM-sign mail whose From domain (or a subdomain) is DOMAIN, as `DOMAIN=SELECTOR:KEYFILE` (PEM RSA or Ed25519; repeatable)")
	f.StringArrayVar(&o.Destination, "destination", nil, "tune a destination: NAME:key=value,... with keys concurrency, per-connection, per-minute, retry (5m/10m/1h), greylist, clean, mx (HOST|HOST; a new NAME needs it); built-in NAMEs: gmail, microsoft, yahoo, icloud, gmx, default (repeatable)")
	f.StringVar(&o.Config, "config", "", "YAML file of relay settings: each key a flag's long name (listen: [127.0.0.1:2525], bounce: true, ...) plus a destinations: section; flags on the command line win")
	f.StringVar(&o.MetricsListen, "metrics-listen", "", "serve Prometheus /metrics, /healthz and /readyz over HTTP on `ADDR`, such as 127.0.0.1:9425 (off by default)")
	f.StringArrayVar(&o.PortMap, "port-map", nil, "dial ADDR instead of HOST:PORT, as HOST:PORT=ADDR, or port PORT of every host elsewhere, as PORT=[HOST]:PORT (testing)")
	_ = f.MarkHidden("port-map")
	return cmd
}

// loadConfig applies the --config file to the flags the command line did
// not set and returns its destinations: section.
func (o *relayOptions) loadConfig(cmd *cobra.Command, g *GlobalOptions) ([]relay.ConfigDestination, error) {
	if o.Config == "" {
		return nil, nil
	}
	cf, err := relay.LoadConfig(o.Config)
	if err != nil {
		return nil, usageErr("%v", err)
	}
	if err := cf.Apply(cmd.Flags()); err != nil {
		return nil, usageErr("%v", err)
	}
	// global flags (--resolver, --timeout, ...) may come from the file too
	g.timeoutSet = cmd.Flags().Changed("timeout")
	return cf.Destinations, nil
}

func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(strings.ToUpper(s))
	mult := int64(1)
	for _, u := range []struct {
		suf string
		m   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(s, u.suf) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suf)), u.m
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size")
	}
	return n * mult, nil
}

func (o *relayOptions) build(ios *IOStreams, g *GlobalOptions, cmd *cobra.Command, cfgDests []relay.ConfigDestination) (relay.Options, error) {
	var opts relay.Options
	var handler slog.Handler
	switch o.LogFormat {
	case "text":
		handler = slog.NewTextHandler(ios.ErrOut, nil)
	case "json":
		handler = slog.NewJSONHandler(ios.ErrOut, nil)
	default:
		return opts, usageErr("--log-format must be text or json, not %q", o.LogFormat)
	}
	opts.Logger = slog.New(handler)
	opts.Grace = o.Grace
	opts.Hostname, opts.Helo = o.Hostname, o.Hostname
	if opts.Hostname == "" {
		opts.Hostname = smtpwire.LocalFQDN()
	}
	opts.SpoolDir = o.Spool
	if opts.SpoolDir == "" {
		opts.SpoolDir = relay.DefaultSpoolDir()
	}
	size, err := parseSize(o.MaxSize)
	if err != nil {
		return opts, usageErr("--max-message-size %q: give a size such as 25MB or 10485760", o.MaxSize)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"--command-timeout", o.CommandTimeout}, {"--data-timeout", o.DataTimeout}, {"--session-timeout", o.SessionTimeout},
		{"--retry-initial", o.RetryInitial}, {"--retry-max", o.RetryMax}, {"--max-queue-time", o.MaxQueueTime}, {"--grace", o.Grace}} {
		if d.v <= 0 {
			return opts, usageErr("%s must be positive, such as 30s or 5m", d.name)
		}
	}
	for _, n := range []struct {
		name string
		v    int
	}{{"--max-recipients", o.MaxRecipients}, {"--max-connections", o.MaxConns}, {"--max-connections-per-ip", o.MaxConnsPerIP},
		{"--max-deliveries", o.MaxDeliveries}, {"--max-per-destination", o.MaxPerDest}} {
		if n.v <= 0 {
			return opts, usageErr("%s must be at least 1", n.name)
		}
	}
	nets, err := relay.ParseNets(o.AllowNet)
	if err != nil {
		return opts, usageErr("%v", err)
	}
	// TLS for the receiving side
	if (o.TLSCert == "") != (o.TLSKey == "") {
		return opts, usageErr("--tls-cert and --tls-key go together")
	}
	if o.TLSCert != "" && o.TLSSelfSigned {
		return opts, usageErr("use either --tls-cert/--tls-key or --tls-self-signed, not both")
	}
	var cert *tls.Certificate
	if o.TLSCert != "" {
		c, err := tls.LoadX509KeyPair(o.TLSCert, o.TLSKey)
		if err != nil {
			return opts, usageErr("cannot load --tls-cert/--tls-key: %v", err)
		}
		cert = &c
	} else if o.TLSSelfSigned {
		c, fp, err := relay.SelfSigned(opts.Hostname, "localhost", "127.0.0.1", "::1")
		if err != nil {
			return opts, err
		}
		cert = &c
		opts.TLSFingerprint = fp
	}
	if cert != nil {
		opts.TLSConfig = &tls.Config{Certificates: []tls.Certificate{*cert}, MinVersion: tls.VersionTLS12}
	}
	if len(o.ListenTLS) > 0 && cert == nil {
		return opts, usageErr("--listen-tls needs a certificate: give --tls-cert and --tls-key, or --tls-self-signed")
	}
	listen := o.Listen
	if len(listen) == 0 && len(o.ListenTLS) == 0 {
		listen = []string{"127.0.0.1:2525"}
	}
	for _, a := range listen {
		if _, _, err := net.SplitHostPort(a); err != nil {
			return opts, usageErr("--listen %q: give HOST:PORT, such as 127.0.0.1:2525", a)
		}
		opts.Listen = append(opts.Listen, relay.Listener{Addr: a})
	}
	for _, a := range o.ListenTLS {
		if _, _, err := net.SplitHostPort(a); err != nil {
			return opts, usageErr("--listen-tls %q: give HOST:PORT, such as 0.0.0.0:465", a)
		}
		opts.Listen = append(opts.Listen, relay.Listener{Addr: a, ImplicitTLS: true})
	}
	if o.MetricsListen != "" {
		if _, _, err := net.SplitHostPort(o.MetricsListen); err != nil {
			return opts, usageErr("--metrics-listen %q: give HOST:PORT, such as 127.0.0.1:9425", o.MetricsListen)
		}
		opts.MetricsListen = o.MetricsListen
	}
	opts.Server.MaxMessageBytes = size
	opts.Server.MaxRecipients = o.MaxRecipients
	opts.Server.MaxConns = o.MaxConns
	opts.Server.MaxConnsPerIP = o.MaxConnsPerIP
	opts.Server.CommandTimeout = o.CommandTimeout
	opts.Server.DataTimeout = o.DataTimeout
	opts.Server.SessionTimeout = o.SessionTimeout
	opts.Server.AllowNets = nets
	opts.Server.AllowInsecureAuth = o.AllowInsecureAuth
	if o.Users != "" {
		users, err := relay.LoadUsers(o.Users)
		if err != nil {
			return opts, usageErr("--users: %v", err)
		}
		opts.Server.Users = users
		if o.AllowInsecureAuth {
			opts.Warnings = append(opts.Warnings, "--allow-insecure-auth: passwords may cross the network in clear text; use it on loopback only")
		} else if cert == nil {
			opts.Warnings = append(opts.Warnings, "--users without a certificate: AUTH is offered only over TLS, so nobody can authenticate; add --tls-self-signed or --tls-cert/--tls-key")
		}
	} else if o.AllowInsecureAuth {
		return opts, usageErr("--allow-insecure-auth only makes sense with --users")
	}
	if len(nets) == 0 && o.Users == "" {
		return opts, usageErr("--allow-net none without --users would let nobody relay")
	}
	for _, p := range nets {
		if p.Bits() == 0 {
			opts.Warnings = append(opts.Warnings, fmt.Sprintf("--allow-net %s lets the whole Internet relay through this host: an open relay if it is reachable", p))
		}
	}
	// Delivery
	d := &opts.Deliver
	d.RetryInitial, d.RetryMax, d.MaxQueueTime = o.RetryInitial, o.RetryMax, o.MaxQueueTime
	d.MaxConcurrent, d.MaxPerDest, d.Bounce, d.IdleConns = o.MaxDeliveries, o.MaxPerDest, o.Bounce, o.Reuse
	profiles, err := relay.ConfigProfiles(deliver.BuiltinProfiles(o.MaxPerDest), o.Config, cfgDests)
	if err != nil {
		return opts, usageErr("%v", err)
	}
	if profiles, err = profiles.WithDestinations(o.Destination); err != nil {
		return opts, usageErr("%v", err)
	}
	d.Profiles = profiles
	if o.DelayWarning < 0 {
		return opts, usageErr("--delay-warning must be 0 (off) or positive, such as 4h")
	}
	d.DelayWarning = o.DelayWarning
	if o.DelayWarning == 0 {
		d.DelayWarning = -1 // off
	}
	d.ConnectTimeout = g.TimeoutOr(30 * time.Second)
	d.CommandTimeout = 5 * time.Minute
	roots, err := g.RootCAs()
	if err != nil {
		return opts, err
	}
	d.RootCAs = roots
	if len(o.PortMap) > 0 {
		d.PortMap = map[string]string{}
		for _, m := range o.PortMap {
			k, v, ok := strings.Cut(m, "=")
			if !ok || !validPortMapEntry(k, v) {
				return opts, usageErr("--port-map %q: give HOST:PORT=ADDR or PORT=[HOST]:PORT (such as 25=:2525)", m)
			}
			if _, err := strconv.Atoi(k); err == nil {
				k = ":" + k // logical port of every host
			}
			d.PortMap[k] = v
		}
	}
	switch o.OutboundTLS {
	case "opportunistic":
		d.OutboundTLS = deliver.TLSOpportunistic
	case "required":
		d.OutboundTLS = deliver.TLSRequired
	default:
		return opts, usageErr("--outbound-tls must be opportunistic or required, not %q", o.OutboundTLS)
	}
	if o.SmarthostTLS != "" && o.SmarthostTLS != "starttls" && o.SmarthostTLS != "implicit" && o.SmarthostTLS != "none" {
		return opts, usageErr("--smarthost-tls must be starttls, implicit or none, not %q", o.SmarthostTLS)
	}
	if o.SmarthostTLS != "" && len(o.Smarthost) == 0 {
		return opts, usageErr("--smarthost-tls needs --smarthost")
	}
	password := os.Getenv("SMTPGW_SMARTHOST_PASSWORD")
	if o.SmarthostPassFile != "" {
		b, err := os.ReadFile(o.SmarthostPassFile)
		if err != nil {
			return opts, usageErr("cannot read --smarthost-password-file: %v", err)
		}
		password = strings.TrimRight(string(b), "\r\n")
	}
	var descr []string
	for _, s := range o.Smarthost {
		t, err := parseSmarthost(s, o.SmarthostTLS, password)
		if err != nil {
			return opts, err
		}
		d.Smarthosts = append(d.Smarthosts, t)
		descr = append(descr, fmt.Sprintf("%s (%s%s)", t, t.TLS, map[bool]string{true: ", AUTH as " + t.User}[t.User != ""]))
		if t.TLS == deliver.TLSNone {
			opts.Warnings = append(opts.Warnings, fmt.Sprintf("--smarthost-tls none: mail to %s travels unencrypted; only for local sinks", t))
		}
	}
	if len(d.Smarthosts) > 0 {
		if names := relay.IgnoredWithSmarthost(cfgDests, o.Destination); len(names) > 0 {
			opts.Warnings = append(opts.Warnings, fmt.Sprintf("destination %s: with --smarthost every message goes to the smarthost, which follows the default destination only; tune it with --destination default:...",
				strings.Join(names, ", ")))
		}
		opts.DeliveryDescription = "smarthost " + strings.Join(descr, ", then ")
	} else {
		r, err := relayResolver(g)
		if err != nil {
			return opts, err
		}
		d.Resolver = r
		opts.DeliveryDescription = fmt.Sprintf("recipients' MX hosts (DNS %s, %s TLS)", strings.Join(r.Servers, ", "), d.OutboundTLS)
	}
	if len(o.DKIM) > 0 {
		signer, err := dkimsign.Load(o.DKIM)
		if err != nil {
			return opts, usageErr("%v", err)
		}
		d.DKIM = signer
		r := d.Resolver
		if r == nil {
			if r, err = relayResolver(g); err != nil {
				return opts, err
			}
		}
		parent := cmd.Context()
		if parent == nil {
			parent = context.Background()
		}
		ctx, cancel := context.WithTimeout(parent, g.TimeoutOr(10*time.Second))
		opts.Warnings = append(opts.Warnings, signer.Check(ctx, r)...)
		cancel()
	}
	return opts, nil
}

// relayResolver is the --resolver (or system) resolver without the per-run
// cache: a long-running relay must see DNS changes.
func relayResolver(g *GlobalOptions) (*resolver.Resolver, error) {
	if g.Resolver != "" {
		srv, err := resolver.ParseServer(g.Resolver)
		if err != nil {
			return nil, usageErr("%v", err)
		}
		return resolver.New(srv), nil
	}
	return resolver.FromResolvConf("/etc/resolv.conf")
}

func parseSmarthost(s, tlsOverride, password string) (deliver.Target, error) {
	var t deliver.Target
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "smtp" && u.Scheme != "smtps") {
		return t, usageErr("--smarthost %q: give smtp://[USER@]HOST[:587] or smtps://[USER@]HOST[:465]", s)
	}
	if _, ok := u.User.Password(); ok {
		return t, usageErr("--smarthost %q: do not put the password in the URL (it shows in ps); use SMTPGW_SMARTHOST_PASSWORD or --smarthost-password-file", s)
	}
	t.Host = u.Hostname()
	t.TLS = deliver.TLSStartTLS
	t.Port = 587
	if u.Scheme == "smtps" {
		t.TLS, t.Port = deliver.TLSImplicit, 465
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n <= 0 || n > 65535 {
			return t, usageErr("--smarthost %q: bad port", s)
		}
		t.Port = n
	}
	if tlsOverride != "" {
		t.TLS = deliver.TLSMode(tlsOverride)
	}
	if u.User != nil {
		t.User = u.User.Username()
		if password == "" {
			return t, usageErr("--smarthost %q names user %q but no password: set SMTPGW_SMARTHOST_PASSWORD or --smarthost-password-file", s, t.User)
		}
		t.Password = password
	}
	return t, nil
}

// writeRelayBanner shows what the relay does on stderr, next to its log: as
// JSON lines with --log-format json, styled text when stderr is a terminal
// (and colors are not turned off), plain text otherwise.
func writeRelayBanner(ios *IOStreams, logFormat string, info relay.StartInfo) error {
	if logFormat == "json" {
		return report.WriteRelayStartJSON(ios.ErrOut, info, time.Now())
	}
	color := ios.ErrTTY && !ios.NoColor
	return report.WriteRelayStart(ios.ErrOut, info, report.NewStyles(ios.ErrOut, color))
}

func runRelay(ctx context.Context, ios *IOStreams, logFormat string, opts relay.Options) error {
	if ctx == nil {
		ctx = context.Background()
	}
	takeSignals(ctx) // before the banner: a service manager may stop it as soon as it is up
	r, err := relay.New(opts)
	if err != nil {
		return err
	}
	if err := writeRelayBanner(ios, logFormat, r.StartInfo()); err != nil {
		return err
	}
	return r.Run(ctx)
}

// validPortMapEntry reports whether k=v is a --port-map entry: k is
// HOST:PORT or a port number, v is [HOST]:PORT.
func validPortMapEntry(k, v string) bool {
	validPort := func(p string) bool {
		n, err := strconv.Atoi(p)
		return err == nil && n >= 1 && n <= 65535
	}
	if !validPort(k) {
		h, p, err := net.SplitHostPort(k)
		if err != nil || h == "" || !validPort(p) {
			return false
		}
	}
	_, p, err := net.SplitHostPort(v)
	return err == nil && validPort(p)
}
