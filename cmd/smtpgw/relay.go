package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/dkimsign"
	"github.com/smtpgw/smtpgw/internal/lazy"
	"github.com/smtpgw/smtpgw/portmap"
	"github.com/smtpgw/smtpgw/relay"
	"github.com/smtpgw/smtpgw/relay/deliver"
	"github.com/smtpgw/smtpgw/report"
	"github.com/smtpgw/smtpgw/resolver"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// relayOptions are the flags of smtpgw relay (and of its --config file)
// and the relay.Options complete makes of them.
type relayOptions struct {
	IO     *IOStreams
	Global *GlobalOptions

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

	Relay    relay.Options             // completed from the flags; checked by relay.Options.Validate
	cfgDests []relay.ConfigDestination // the --config file's destinations: section
}

// relayFlags names the flag of each relay.Options field (and of the
// words the package's errors and warnings use for the settings).
var relayFlags = lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{
		"Listen": "--listen", "ListenTLS": "--listen-tls", "MetricsListen": "--metrics-listen", "Grace": "--grace",
		"TLSConfig": "--tls-cert and --tls-key, or --tls-self-signed",
		"CertFile":  "--tls-cert", "KeyFile": "--tls-key", "SelfSigned": "--tls-self-signed",
		"Server.CommandTimeout": "--command-timeout", "Server.DataTimeout": "--data-timeout", "Server.SessionTimeout": "--session-timeout",
		"Server.MaxMessageBytes": "--max-message-size", "Server.MaxRecipients": "--max-recipients",
		"Server.MaxConns": "--max-connections", "Server.MaxConnsPerIP": "--max-connections-per-ip",
		"Server.AllowInsecureAuth": "--allow-insecure-auth", "Server.AllowNets": "--allow-net", "Server.Users": "--users", "Users": "--users",
		"Deliver.RetryInitial": "--retry-initial", "Deliver.RetryMax": "--retry-max", "Deliver.MaxQueueTime": "--max-queue-time",
		"Deliver.ConnectTimeout": "--timeout", "Deliver.IdleConns": "--connection-reuse",
		"Deliver.MaxConcurrent": "--max-deliveries", "Deliver.MaxPerDest": "--max-per-destination",
		"Deliver.OutboundTLS": "--outbound-tls", "SmarthostTLS": "--smarthost-tls", "Deliver.Smarthosts": "--smarthost",
		"SmarthostPassword": "SMTPGW_SMARTHOST_PASSWORD or --smarthost-password-file",
	}
}}

const relayLong = `Run a local SMTP relay for apps, dev machines and CI jobs.

It accepts mail from allowed clients (loopback by default; --allow-net, or
AUTH with --users), answers 250 only once the message is fsynced in the spool
(the reply carries the queue id), and delivers it to a smarthost or straight
to the recipients' MX hosts, retrying 4xx replies and network errors with
exponential backoff. Every upstream reply is explained in the log (stderr).

Messages with a bare CR or LF are refused (SMTP smuggling), as are loops
(more than 100 Received: headers). SIGINT/SIGTERM stop it gracefully.
Inspect the spool with 'smtpgw queue'.`

const relayExample = `  # deliver straight to MX hosts, listen on 127.0.0.1:2525
  smtpgw relay

  # through a provider's submission server (password from the environment)
  SMTPGW_SMARTHOST_PASSWORD=secret smtpgw relay --smarthost smtp://apikey@smtp.example.com:587

  # accept from the LAN with AUTH over STARTTLS, JSON logs
  smtpgw relay --listen 0.0.0.0:2525 --tls-self-signed --users users.htpasswd --log-format json

  # settings from a file (configuration management); slower to Gmail
  smtpgw relay --config /etc/smtpgw/relay.yaml --destination gmail:concurrency=2,per-minute=30

  # DKIM-sign mail from example.com (and its subdomains), Prometheus metrics on loopback
  smtpgw relay --dkim example.com=s1:/etc/smtpgw/dkim-s1.pem --metrics-listen 127.0.0.1:9425`

// NewCmdRelay builds smtpgw relay; runF replaces relayRun in tests.
func NewCmdRelay(f *Factory, runF func(context.Context, *relayOptions) error) *cobra.Command {
	o := &relayOptions{IO: f.IO, Global: f.Global}
	cmd := &cobra.Command{
		Use:     "relay",
		Short:   "Run a small local mail gateway that spools durably and delivers with retries",
		Long:    relayLong,
		Example: relayExample,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.loadConfig(cmd); err != nil {
				return err
			}
			if err := o.complete(cmd.Context()); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), o)
			}
			return relayRun(cmd.Context(), o)
		},
	}
	o.addFlags(cmd)
	return cmd
}

func (o *relayOptions) addFlags(cmd *cobra.Command) {
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
	f.StringArrayVar(&o.PortMap, "port-map", nil, "deliver to a `PORT` of every host, or to one HOST:PORT, elsewhere, as PORT=[HOST]:PORT or HOST:PORT=[HOST]:PORT (repeatable): "+
		"25=127.0.0.1:2525 delivers through a local tunnel where outbound port 25 is blocked, 25=:2525 to port 2525 of each host; names and certificates are checked as for the real port")
}

// configFlags are the relay command's flags as a config file sets them
// (relay.Flags).
type configFlags struct{ fs *pflag.FlagSet }

func (c configFlags) Flag(name string) (typ string, changed, ok bool) {
	f := c.fs.Lookup(name)
	if f == nil {
		return "", false, false
	}
	return f.Value.Type(), f.Changed, true
}

func (c configFlags) Set(name, value string) error { return c.fs.Set(name, value) }

func (c configFlags) Names() []string {
	var names []string
	c.fs.VisitAll(func(f *pflag.Flag) {
		if !f.Hidden {
			names = append(names, f.Name)
		}
	})
	return names
}

// loadConfig applies the --config file to the flags the command line did
// not set and keeps its destinations: section.
func (o *relayOptions) loadConfig(cmd *cobra.Command) error {
	if o.Config == "" {
		return nil
	}
	cf, err := relay.LoadConfig(o.Config)
	if err != nil {
		return usageErr("--config: %v", err)
	}
	if err := cf.Apply(configFlags{cmd.Flags()}); err != nil {
		return usageErr("%v", err)
	}
	// global flags (--resolver, --timeout, ...) may come from the file too
	o.Global.timeoutSet = cmd.Flags().Changed("timeout")
	o.cfgDests = cf.Destinations
	return nil
}

// relayFlagError rewrites a relay.OptionError as a usage error naming the
// flags; other errors pass unchanged.
func relayFlagError(err error) error {
	var re *relay.OptionError
	if errors.As(err, &re) {
		return optionFlagError(re, relayFlags.Get())
	}
	return err
}

// complete turns the flags into o.Relay and checks it with the package's
// Validate before the network is used (the DKIM record check).
func (o *relayOptions) complete(ctx context.Context) error {
	r := &o.Relay
	*r = relay.Options{Grace: o.Grace, Hostname: o.Hostname, Helo: o.Hostname, SpoolDir: o.Spool, MetricsListen: o.MetricsListen}
	if r.Hostname == "" {
		r.Hostname = relay.DefaultHostname() // the self-signed certificate's name
	}
	var err error
	if r.Logger, err = o.logger(); err != nil {
		return err
	}
	for _, step := range []func(*relay.Options) error{o.completeListen, o.completeServer, o.completeDeliver, o.completeSmarthosts} {
		if err := step(r); err != nil {
			return relayFlagError(err)
		}
	}
	if err := r.Validate(); err != nil {
		return relayFlagError(err)
	}
	var risks []string
	for _, w := range r.Risks() {
		// worded as the package's errors are: the field, then the text
		risks = append(risks, optionFlagError(&relay.OptionError{Field: w.Field, Problem: w.Text}, relayFlags.Get()).Error())
	}
	r.Warnings = append(risks, r.Warnings...)
	return o.completeDKIM(ctx, r)
}

// logger logs to stderr in the --log-format.
func (o *relayOptions) logger() (*slog.Logger, error) {
	switch o.LogFormat {
	case "text":
		return slog.New(slog.NewTextHandler(o.IO.ErrOut, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(o.IO.ErrOut, nil)), nil
	}
	return nil, usageErr("--log-format must be text or json, not %q", o.LogFormat)
}

// completeListen sets the certificate and the addresses to listen on.
func (o *relayOptions) completeListen(r *relay.Options) error {
	certs := relay.CertificateSource{CertFile: o.TLSCert, KeyFile: o.TLSKey, SelfSigned: o.TLSSelfSigned}
	var err error
	if r.TLSConfig, r.TLSFingerprint, err = certs.Load(r.Hostname); err != nil {
		return err
	}
	for _, a := range o.Listen {
		r.Listen = append(r.Listen, relay.Listener{Addr: a})
	}
	for _, a := range o.ListenTLS {
		r.Listen = append(r.Listen, relay.Listener{Addr: a, ImplicitTLS: true})
	}
	return nil
}

// completeServer sets the receiving side: limits, who may relay.
func (o *relayOptions) completeServer(r *relay.Options) error {
	size, err := relay.ParseSize(o.MaxSize)
	if err != nil {
		return usageErr("--max-message-size %v", err)
	}
	nets, err := relay.ParseNets(o.AllowNet)
	if err != nil {
		return usageErr("--allow-net %v", err)
	}
	s := &r.Server
	s.MaxMessageBytes, s.MaxRecipients, s.MaxConns, s.MaxConnsPerIP = size, o.MaxRecipients, o.MaxConns, o.MaxConnsPerIP
	s.CommandTimeout, s.DataTimeout, s.SessionTimeout = o.CommandTimeout, o.DataTimeout, o.SessionTimeout
	s.AllowNets, s.AllowInsecureAuth = nets, o.AllowInsecureAuth
	if o.Users != "" {
		if s.Users, err = relay.LoadUsers(o.Users); err != nil {
			return usageErr("--users: %v", err)
		}
	}
	return nil
}

// completeDeliver sets the delivering side: retries, limits, destination
// profiles, timeouts, CAs and --port-map.
func (o *relayOptions) completeDeliver(r *relay.Options) error {
	d := &r.Deliver
	d.RetryInitial, d.RetryMax, d.MaxQueueTime = o.RetryInitial, o.RetryMax, o.MaxQueueTime
	d.MaxConcurrent, d.MaxPerDest, d.Bounce, d.IdleConns = o.MaxDeliveries, o.MaxPerDest, o.Bounce, o.Reuse
	d.OutboundTLS = deliver.TLSMode(o.OutboundTLS)
	d.ConnectTimeout = o.Global.TimeoutOr(0) // 0: the package's default
	profiles, err := relay.ConfigProfiles(deliver.BuiltinProfiles(o.MaxPerDest), o.Config, o.cfgDests)
	if err != nil {
		return usageErr("%v", err)
	}
	if d.Profiles, err = profiles.WithDestinations(o.Destination); err != nil {
		return usageErr("--destination %v", err)
	}
	// --delay-warning 0 turns the notice off (the package's 0 is its default)
	switch {
	case o.DelayWarning < 0:
		return usageErr("--delay-warning must be 0 (off) or positive, such as 4h")
	case o.DelayWarning == 0:
		d.DelayWarning = -1
	default:
		d.DelayWarning = o.DelayWarning
	}
	if d.RootCAs, err = o.Global.RootCAs(); err != nil {
		return err
	}
	if d.PortMap, err = portmap.Addrs(o.PortMap); err != nil {
		return usageErr("--port-map %v", err)
	}
	return nil
}

// completeSmarthosts sets the smarthosts (with the password from the
// environment or a file), or the resolver for MX delivery.
func (o *relayOptions) completeSmarthosts(r *relay.Options) error {
	var mode deliver.TLSMode
	if o.SmarthostTLS != "" {
		m, err := relay.ParseSmarthostTLS(o.SmarthostTLS)
		if err != nil {
			return err
		}
		if len(o.Smarthost) == 0 {
			return usageErr("--smarthost-tls needs --smarthost")
		}
		mode = m
	}
	password := os.Getenv("SMTPGW_SMARTHOST_PASSWORD")
	if o.SmarthostPassFile != "" {
		b, err := os.ReadFile(o.SmarthostPassFile)
		if err != nil {
			return usageErr("cannot read --smarthost-password-file: %v", err)
		}
		password = strings.TrimRight(string(b), "\r\n")
	}
	d := &r.Deliver
	for _, s := range o.Smarthost {
		t, err := relay.ParseSmarthost(s, mode, password)
		if err != nil {
			return err
		}
		d.Smarthosts = append(d.Smarthosts, t)
	}
	if len(d.Smarthosts) == 0 {
		var err error
		d.Resolver, err = relayResolver(o.Global)
		return err
	}
	if names := relay.IgnoredWithSmarthost(o.cfgDests, o.Destination); len(names) > 0 {
		r.Warnings = append(r.Warnings, fmt.Sprintf("destination %s: with --smarthost every message goes to the smarthost, which follows the default destination only; tune it with --destination default:...",
			strings.Join(names, ", ")))
	}
	return nil
}

// completeDKIM loads the --dkim keys and checks their published records
// (a record that is missing or differs is a warning at start).
func (o *relayOptions) completeDKIM(ctx context.Context, r *relay.Options) error {
	if len(o.DKIM) == 0 {
		return nil
	}
	signer, err := dkimsign.Load(o.DKIM)
	var se *dkimsign.SpecError
	if errors.As(err, &se) {
		return usageErr("--dkim %q: %s", se.Spec, se.Msg)
	} else if err != nil {
		return usageErr("%v", err)
	}
	r.Deliver.DKIM = signer
	res := r.Deliver.Resolver
	if res == nil {
		if res, err = relayResolver(o.Global); err != nil {
			return err
		}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, cancel := context.WithTimeout(ctx, o.Global.TimeoutOr(relay.DKIMCheckTimeout))
	defer cancel()
	for _, w := range signer.Check(ctx, res) { // "DOMAIN: what is wrong"
		r.Warnings = append(r.Warnings, "--dkim "+w)
	}
	return nil
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
	return systemResolver()
}

// writeRelayBanner shows what the relay does on stderr, next to its log: as
// JSON lines with --log-format json, styled text when stderr is a terminal
// (and colors are not turned off), plain text otherwise.
func writeRelayBanner(ios *IOStreams, logFormat string, info relay.StartInfo) error {
	if logFormat == "json" {
		return report.WriteRelayStartJSON(ios.ErrOut, info, time.Now())
	}
	color := ios.ErrTTY && !ios.NoColor
	st := report.NewStyles(ios.ErrOut, color)
	st.Width = ios.ErrTerminalWidth()
	return report.WriteRelayStart(ios.ErrOut, info, st)
}

// relayTryIt is the send command line that passes a test message through
// the relay's first listener ("" without one): implicit TLS says so, and
// skips verifying a self-signed certificate (send would refuse it); a
// client on this machine that must authenticate gives --auth-user.
func relayTryIt(info relay.StartInfo) string {
	if len(info.Listen) == 0 {
		return ""
	}
	flags := ""
	if info.Listen[0].TLS == relay.ListenImplicit {
		flags = " --tls implicit"
		if info.CertFingerprint != "" {
			flags += " --insecure-skip-verify"
		}
	}
	if info.LocalClientMustAuth {
		flags += " --auth-user USER"
	}
	return "smtpgw send --server " + info.Listen[0].Addr + flags + " --from sender@example.com --to recipient@example.com"
}

// relayRun starts the relay, shows its banner and serves until ctx ends
// (SIGINT/SIGTERM).
func relayRun(ctx context.Context, o *relayOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	takeSignals(ctx) // before the banner: a service manager may stop it as soon as it is up
	r, err := relay.New(o.Relay)
	if err != nil {
		return relayFlagError(err)
	}
	info := r.StartInfo()
	info.TryIt = relayTryIt(info)
	if err := writeRelayBanner(o.IO, o.LogFormat, info); err != nil {
		return err
	}
	return r.Run(ctx)
}
