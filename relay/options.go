package relay

import (
	"crypto/tls"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/relay/deliver"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// OptionError is an unusable field of Options: the caller's input is
// wrong. Field is the field's path ("Server.MaxRecipients", "ListenTLS"
// for the implicit-TLS listeners); Problem may name other fields.
type OptionError struct {
	Field   string
	Problem string
}

func (e *OptionError) Error() string { return e.Field + ": " + e.Problem }

// InvalidInput marks the error as the caller's input (a usage error).
func (e *OptionError) InvalidInput() bool { return true }

// OptionField returns the field and the problem.
func (e *OptionError) OptionField() (field, problem string) { return e.Field, e.Problem }

// Warning is a setting that is allowed but risky (Options.Risks), shown
// at start: Field names it as OptionError does, Text says why.
type Warning struct {
	Field string
	Text  string
}

func (w Warning) String() string { return w.Field + " " + w.Text }

// Defaults of the fields New fills in.
const (
	DefaultListen = "127.0.0.1:2525"
	DefaultGrace  = 10 * time.Second
	// DKIMCheckTimeout bounds the look-up of the DKIM key records at start.
	DKIMCheckTimeout = 10 * time.Second
)

// DefaultHostname is the name of the greeting and Received: when none is
// given: this machine's fully-qualified name.
func DefaultHostname() string { return smtpwire.LocalFQDN() }

// withDefaults fills the zero fields New needs: the spool directory, the
// host name, one listener and the grace period. (The server and the
// deliverer fill their own.)
func (o Options) withDefaults() Options {
	if o.SpoolDir == "" {
		o.SpoolDir = DefaultSpoolDir()
	}
	if o.Hostname == "" {
		o.Hostname = DefaultHostname()
	}
	if len(o.Listen) == 0 {
		o.Listen = []Listener{{Addr: DefaultListen}}
	}
	if o.Grace == 0 {
		o.Grace = DefaultGrace
	}
	return o
}

// Validate checks options that need no network and no files: addresses,
// limits, who may relay, TLS modes. New calls it. Zero limits mean their
// defaults; negative ones are errors.
func (o *Options) Validate() error {
	if err := o.validateListen(); err != nil {
		return err
	}
	if err := o.validateServer(); err != nil {
		return err
	}
	return o.validateDeliver()
}

func (o *Options) validateListen() error {
	for _, l := range o.Listen {
		field, example := "Listen", "127.0.0.1:2525"
		if l.ImplicitTLS {
			field, example = "ListenTLS", "0.0.0.0:465"
		}
		if l.Listener == nil {
			if _, _, err := net.SplitHostPort(l.Addr); err != nil {
				return &OptionError{field, fmt.Sprintf("%q: give HOST:PORT, such as %s", l.Addr, example)}
			}
		}
		if l.ImplicitTLS && o.TLSConfig == nil {
			return &OptionError{field, "needs a certificate: give TLSConfig"}
		}
	}
	if o.MetricsListen != "" {
		if _, _, err := net.SplitHostPort(o.MetricsListen); err != nil {
			return &OptionError{"MetricsListen", fmt.Sprintf("%q: give HOST:PORT, such as 127.0.0.1:9425", o.MetricsListen)}
		}
	}
	if o.Grace < 0 {
		return negative("Grace")
	}
	return nil
}

func negative(field string) error {
	return &OptionError{field, "must not be negative (0 means the default)"}
}

// validateServer checks the receiving side, and the open-relay policy:
// someone must be able to relay, by network or by AUTH.
func (o *Options) validateServer() error {
	s := &o.Server
	for _, d := range []struct {
		field string
		v     time.Duration
	}{{"CommandTimeout", s.CommandTimeout}, {"DataTimeout", s.DataTimeout}, {"SessionTimeout", s.SessionTimeout}} {
		if d.v < 0 {
			return negative("Server." + d.field)
		}
	}
	for _, n := range []struct {
		field string
		v     int64
	}{{"MaxMessageBytes", s.MaxMessageBytes}, {"MaxRecipients", int64(s.MaxRecipients)}, {"MaxConns", int64(s.MaxConns)}, {"MaxConnsPerIP", int64(s.MaxConnsPerIP)}} {
		if n.v < 0 {
			return negative("Server." + n.field)
		}
	}
	if s.AllowInsecureAuth && len(s.Users) == 0 {
		return &OptionError{"Server.AllowInsecureAuth", "only makes sense with Users"}
	}
	if len(s.AllowNets) == 0 && len(s.Users) == 0 {
		return &OptionError{"Server.AllowNets", "none without Users would let nobody relay"}
	}
	return nil
}

// validateDeliver checks the delivering side.
func (o *Options) validateDeliver() error {
	d := &o.Deliver
	for _, t := range []struct {
		field string
		v     time.Duration
	}{{"RetryInitial", d.RetryInitial}, {"RetryMax", d.RetryMax}, {"MaxQueueTime", d.MaxQueueTime},
		{"ConnectTimeout", d.ConnectTimeout}, {"CommandTimeout", d.CommandTimeout}, {"IdleConns", d.IdleConns}} {
		if t.v < 0 {
			return negative("Deliver." + t.field)
		}
	}
	if d.MaxConcurrent < 0 {
		return negative("Deliver.MaxConcurrent")
	}
	if d.MaxPerDest < 0 {
		return negative("Deliver.MaxPerDest")
	}
	switch d.OutboundTLS {
	case "", deliver.TLSOpportunistic, deliver.TLSRequired:
	default:
		return &OptionError{"Deliver.OutboundTLS", fmt.Sprintf("must be opportunistic or required, not %q", d.OutboundTLS)}
	}
	for _, t := range d.Smarthosts {
		if err := checkSmarthost(t); err != nil {
			return err
		}
	}
	return nil
}

// ParseSmarthostTLS parses the TLS mode of a smarthost: starttls,
// implicit or none.
func ParseSmarthostTLS(s string) (deliver.TLSMode, error) {
	switch m := deliver.TLSMode(s); m {
	case deliver.TLSStartTLS, deliver.TLSImplicit, deliver.TLSNone:
		return m, nil
	}
	return "", &OptionError{"SmarthostTLS", fmt.Sprintf("must be starttls, implicit or none, not %q", s)}
}

func checkSmarthost(t deliver.Target) error {
	if _, err := ParseSmarthostTLS(string(t.TLS)); err != nil {
		return err
	}
	if t.Host == "" || t.Port < 1 || t.Port > 65535 {
		return &OptionError{"Deliver.Smarthosts", fmt.Sprintf("%s: give a host and a port from 1 to 65535", t)}
	}
	if t.User != "" && t.Password == "" {
		return &OptionError{"Deliver.Smarthosts", fmt.Sprintf("%s names user %q but no password: give SmarthostPassword", t, t.User)}
	}
	return nil
}

// ParseSmarthost parses a smarthost URL, smtp://[USER@]HOST[:587]
// (STARTTLS) or smtps://[USER@]HOST[:465] (implicit TLS); tlsMode, when
// not "", overrides the scheme's TLS mode; password is the user's. The
// password is never taken from the URL (it would show in ps).
func ParseSmarthost(s string, tlsMode deliver.TLSMode, password string) (deliver.Target, error) {
	var t deliver.Target
	bad := func(problem string) error {
		return &OptionError{"Deliver.Smarthosts", fmt.Sprintf("%q: %s", s, problem)}
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "smtp" && u.Scheme != "smtps") {
		return t, bad("give smtp://[USER@]HOST[:587] or smtps://[USER@]HOST[:465]")
	}
	if _, ok := u.User.Password(); ok {
		return t, bad("do not put the password in the URL (it shows in ps); give SmarthostPassword")
	}
	t.Host, t.TLS, t.Port = u.Hostname(), deliver.TLSStartTLS, 587
	if u.Scheme == "smtps" {
		t.TLS, t.Port = deliver.TLSImplicit, 465
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n <= 0 || n > 65535 {
			return t, bad("bad port")
		}
		t.Port = n
	}
	if tlsMode != "" {
		t.TLS = tlsMode
	}
	if u.User != nil {
		t.User, t.Password = u.User.Username(), password
	}
	return t, checkSmarthost(t)
}

// ParseSize parses a message size: a number of bytes, or one with the
// suffix KB, MB or GB (K, M, G; powers of 1024).
func ParseSize(given string) (int64, error) {
	s := strings.TrimSpace(strings.ToUpper(given))
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
		return 0, fmt.Errorf("%q: give a size such as 25MB or 10485760", given)
	}
	return n * mult, nil
}

// Risks lists what o allows that is risky, for the start-up banner:
// passwords without TLS, AUTH nobody can use, an open relay, mail to a
// smarthost in plain text.
func (o *Options) Risks() []Warning {
	var ws []Warning
	s := &o.Server
	if len(s.Users) > 0 {
		if s.AllowInsecureAuth {
			ws = append(ws, Warning{"Server.AllowInsecureAuth", "lets passwords cross the network in clear text; use it on loopback only"})
		} else if o.TLSConfig == nil {
			ws = append(ws, Warning{"Server.Users", "without a certificate: AUTH is offered only over TLS, so nobody can authenticate; add TLSConfig"})
		}
	}
	for _, p := range s.AllowNets {
		if p.Bits() == 0 {
			ws = append(ws, Warning{"Server.AllowNets", fmt.Sprintf("%s lets the whole Internet relay through this host: an open relay if it is reachable", p)})
		}
	}
	for _, t := range o.Deliver.Smarthosts {
		if t.TLS == deliver.TLSNone {
			ws = append(ws, Warning{"SmarthostTLS", fmt.Sprintf("none: mail to %s travels unencrypted; only for local sinks", t)})
		}
	}
	return ws
}

// describeDelivery says where a relay with d delivers, for its banner.
func describeDelivery(d deliver.Config) string {
	if len(d.Smarthosts) == 0 {
		var servers []string
		if d.Resolver != nil {
			servers = d.Resolver.Servers
		}
		tlsMode := d.OutboundTLS
		if tlsMode == "" {
			tlsMode = deliver.TLSOpportunistic
		}
		return fmt.Sprintf("recipients' MX hosts (DNS %s, %s TLS)", strings.Join(servers, ", "), tlsMode)
	}
	var descr []string
	for _, t := range d.Smarthosts {
		auth := ""
		if t.User != "" {
			auth = ", AUTH as " + t.User
		}
		descr = append(descr, fmt.Sprintf("%s (%s%s)", t, t.TLS, auth))
	}
	return "smarthost " + strings.Join(descr, ", then ")
}

// CertificateSource is where the relay's certificate (for STARTTLS and
// implicit TLS) comes from: PEM files, or one generated at start.
type CertificateSource struct {
	CertFile, KeyFile string // PEM certificate (chain) and its private key
	SelfSigned        bool   // generate a self-signed certificate
}

// Load returns the TLS configuration of c (nil when c names no
// certificate) and, for a self-signed certificate made for hostname, its
// SHA-256 fingerprint.
func (c CertificateSource) Load(hostname string) (*tls.Config, string, error) {
	switch {
	case (c.CertFile == "") != (c.KeyFile == ""):
		return nil, "", &OptionError{"CertFile", "and KeyFile go together"}
	case c.CertFile != "" && c.SelfSigned:
		return nil, "", &OptionError{"SelfSigned", "or CertFile and KeyFile: give one, not both"}
	}
	var cert tls.Certificate
	var fp string
	var err error
	switch {
	case c.CertFile != "":
		if cert, err = tls.LoadX509KeyPair(c.CertFile, c.KeyFile); err != nil {
			return nil, "", &OptionError{"CertFile", fmt.Sprintf("and KeyFile cannot be loaded: %v", err)}
		}
	case c.SelfSigned:
		if cert, fp, err = SelfSigned(hostname, "localhost", "127.0.0.1", "::1"); err != nil {
			return nil, "", err
		}
	default:
		return nil, "", nil
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}, fp, nil
}
