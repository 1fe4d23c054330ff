package send

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/resolver"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// OptionError is an unusable field of Options, LoadOptions or Compose:
// the caller's input is wrong. Problem may name other fields.
type OptionError struct {
	Field   string // "To", "QuitAfter", "DKIMSelector", ...
	Problem string // what is wrong and what to give instead
}

func (e *OptionError) Error() string { return e.Field + ": " + e.Problem }

// InvalidInput marks the error as the caller's input (a usage error).
func (e *OptionError) InvalidInput() bool { return true }

// OptionField returns the field and the problem.
func (e *OptionError) OptionField() (field, problem string) { return e.Field, e.Problem }

// Time limits of a send.
const (
	DefaultTimeout     = 2 * time.Minute  // the whole of one send
	DefaultLoadTimeout = 10 * time.Minute // the whole of a load test (Count > 1)
	DefaultStepTimeout = 30 * time.Second // one step: connect, one command, the TLS handshake
	// DKIMCheckTimeout bounds the look-up of the DKIM key record before
	// sending (Compose.CheckDKIM).
	DKIMCheckTimeout = 5 * time.Second
)

// DefaultTimeoutFor is the overall time limit of a send of count messages.
func DefaultTimeoutFor(count int) time.Duration {
	if count > 1 {
		return DefaultLoadTimeout
	}
	return DefaultTimeout
}

// StepTimeoutWithin is the time limit of one step under an overall limit
// total: DefaultStepTimeout, or total when that is shorter.
func StepTimeoutWithin(total time.Duration) time.Duration {
	return min(total, DefaultStepTimeout)
}

// DefaultHelo is the EHLO name when none is given: this machine's FQDN
// when it is a valid name with a dot, else "" (Options.Helo: each
// connection then says its address literal, since a dotless name is
// refused by many MTAs).
func DefaultHelo() string {
	if h := smtpwire.DefaultHelo(); h != "" {
		if _, err := CheckHelo(h); err == nil {
			return h
		}
	}
	return ""
}

// DefaultFrom is the sender when none is given: smtpgw@ the HELO name, or
// smtpgw@localhost when that is empty, an address literal or dotless.
func DefaultFrom(helo string) string {
	if helo == "" || strings.HasPrefix(helo, "[") || !strings.Contains(helo, ".") {
		return "smtpgw@localhost"
	}
	return "smtpgw@" + helo
}

// Validate checks options that do not need the network. Run calls it.
func (o *Options) Validate() error { return o.validate(true) }

func (o *Options) validate(needMessage bool) error {
	if len(o.To) == 0 {
		return &OptionError{"To", "is needed: no recipient was given"}
	}
	if o.Helo != "" {
		if _, err := CheckHelo(o.Helo); err != nil {
			return &OptionError{"Helo", err.Error()}
		}
	}
	if needMessage && o.Message == nil && o.QuitAfter == "" {
		return &OptionError{"Message", "is missing: give a message, or QuitAfter to stop before DATA"}
	}
	if o.QuitAfter != "" && !isQuitStage(o.QuitAfter) {
		return &OptionError{"QuitAfter", fmt.Sprintf("%q is not a stage to stop after: use connect, greeting, ehlo, tls, auth, mail or rcpt", o.QuitAfter)}
	}
	if o.AuthMech != "" {
		if _, ok := authPreference.Get()[strings.ToUpper(o.AuthMech)]; !ok && !strings.EqualFold(o.AuthMech, "XOAUTH2") {
			return &OptionError{"AuthMech", fmt.Sprintf("%q is not a mechanism smtpgw speaks: use PLAIN, LOGIN, CRAM-MD5 or XOAUTH2", o.AuthMech)}
		}
	}
	if o.AuthUser != "" && strings.ContainsAny(o.AuthUser, "\r\n\x00") {
		return &OptionError{"AuthUser", "contains CR, LF or NUL"}
	}
	switch o.TLS {
	case "", TLSOpportunistic, TLSStartTLS, TLSImplicit, TLSNone:
	default:
		return &OptionError{"TLS", fmt.Sprintf("%q is not a mode: use starttls, implicit, none or opportunistic", o.TLS)}
	}
	if o.Port < 0 || o.Port > 65535 {
		return &OptionError{"Port", fmt.Sprintf("%d is not a port number", o.Port)}
	}
	if o.Server == "" {
		d := o.To[0].ASCIIDomain
		for _, t := range o.To[1:] {
			if !strings.EqualFold(t.ASCIIDomain, d) {
				return &OptionError{"Server", fmt.Sprintf("is needed: direct MX delivery goes to one domain at a time, but the recipients are in %s and %s; give Server, or send once per domain", d, t.ASCIIDomain)}
			}
		}
	}
	_, port, err := o.serverHostPort()
	if err != nil {
		return err
	}
	if o.tlsMode(port) == TLSNone && o.AuthUser != "" && !o.AllowPlaintextAuth {
		return &OptionError{"AuthUser", "and its password would cross an unencrypted connection (TLS none): use TLS starttls or implicit, or AllowPlaintextAuth if you really mean it"}
	}
	return nil
}

func isQuitStage(s Stage) bool {
	for _, q := range QuitStages {
		if q == s {
			return true
		}
	}
	return false
}

// CheckServer checks a server, HOST[:PORT], as Run takes it (for a
// question answered at a terminal).
func CheckServer(s string) error {
	o := Options{Server: s}
	if _, _, err := o.serverHostPort(); err != nil {
		return fmt.Errorf("%s", err.(*OptionError).Problem)
	}
	return nil
}

func (o *Options) serverHostPort() (string, int, error) {
	port := o.Port
	if o.Server == "" {
		if port == 0 {
			port = 25
		}
		return "", port, nil
	}
	host, ps, err := net.SplitHostPort(o.Server)
	if err != nil {
		host = strings.Trim(o.Server, "[]")
		ps = ""
	}
	if host == "" {
		return "", 0, &OptionError{"Server", fmt.Sprintf("%q has no host name", o.Server)}
	}
	if ps != "" {
		port, err = strconv.Atoi(ps)
		if err != nil || port <= 0 || port > 65535 {
			return "", 0, &OptionError{"Server", fmt.Sprintf("%q: bad port %q", o.Server, ps)}
		}
	}
	if port == 0 {
		port = 25
		if o.TLS == TLSImplicit {
			port = 465
		}
	}
	if net.ParseIP(host) == nil {
		if _, err := ASCIIDomain(host); err != nil {
			return "", 0, &OptionError{"Server", err.Error()}
		}
	}
	return host, port, nil
}

// Validate checks a load test's options (and Options but the message,
// which NewMessage builds). Count 1 is one send; Load calls Validate.
func (lo *LoadOptions) Validate() error {
	switch {
	case lo.Count < 1:
		return &OptionError{"Count", "must be at least 1"}
	case lo.Concurrency < 0:
		return &OptionError{"Concurrency", "must not be negative (0 means 1)"}
	case lo.Concurrency > 1 && lo.Count == 1:
		return &OptionError{"Concurrency", "needs Count above 1: parallel connections are for a load test"}
	case lo.QuitAfter != "" && lo.Count > 1:
		return &OptionError{"QuitAfter", "cannot be combined with Count above 1"}
	case lo.NewMessage == nil && lo.Message == nil:
		return &OptionError{"NewMessage", "is missing: give the function that builds each message"}
	}
	return lo.validate(false)
}

// Compose is the message a send delivers: a generated test message
// (Subject, Body, Headers, Attachments; see MessageOptions), or a prepared
// RFC 5322 message (Data) sent as is; DKIM-signed when DKIMKey is set.
type Compose struct {
	Subject     *string // nil: the default test subject
	Body        *string // nil: the default test body
	Headers     []Header
	Attachments []Attachment
	Data        []byte // a prepared message; nil: generate one

	DKIMKey      *DKIMKey
	DKIMSelector string // the s= tag: the key record is DKIMSelector._domainkey.DKIMDomain
	DKIMDomain   string // the d= tag; "": the sender's domain

	Version string // smtpgw version for X-Mailer
}

// Validate checks which parts of c go together and that none could
// inject a header.
func (c *Compose) Validate() error {
	if c.Data != nil && (c.Subject != nil || c.Body != nil || len(c.Headers) > 0 || len(c.Attachments) > 0) {
		return &OptionError{"Data", "is a prepared message, sent as is: it cannot be combined with Subject, Body, Headers or Attachments"}
	}
	if c.Subject != nil && strings.ContainsAny(*c.Subject, "\r\n\x00") {
		return &OptionError{"Subject", "contains CR, LF or NUL (header injection is not allowed)"}
	}
	for _, h := range c.Headers {
		if err := checkHeader(h); err != nil {
			return &OptionError{"Headers", err.Error()}
		}
	}
	switch {
	case c.DKIMKey != nil && c.DKIMSelector == "":
		return &OptionError{"DKIMSelector", "is missing: DKIM signing needs both DKIMKey and DKIMSelector"}
	case c.DKIMKey == nil && c.DKIMSelector != "":
		return &OptionError{"DKIMKey", "is missing: DKIM signing needs both DKIMKey and DKIMSelector"}
	case c.DKIMKey == nil && c.DKIMDomain != "":
		return &OptionError{"DKIMDomain", "needs DKIMKey and DKIMSelector"}
	}
	if c.DKIMSelector != "" {
		if _, err := ASCIIDomain(c.DKIMSelector); err != nil {
			return &OptionError{"DKIMSelector", err.Error()}
		}
	}
	if c.DKIMDomain != "" {
		if _, err := ASCIIDomain(c.DKIMDomain); err != nil {
			return &OptionError{"DKIMDomain", err.Error()}
		}
	}
	return nil
}

// SigningDomain is the d= domain of the DKIM signature of mail from
// from, in A-label form: DKIMDomain, else the sender's domain (which must
// then be a name, not an address literal).
func (c *Compose) SigningDomain(from Address) (string, error) {
	if c.DKIMDomain != "" {
		d, err := ASCIIDomain(c.DKIMDomain)
		if err != nil {
			return "", &OptionError{"DKIMDomain", err.Error()}
		}
		return d, nil
	}
	if from.Literal {
		return "", &OptionError{"DKIMDomain", fmt.Sprintf("is needed: the sender's domain %s is an address literal, not a name to sign for", from.Domain)}
	}
	return from.ASCIIDomain, nil
}

// Message builds the message from from to to: the prepared one, or a
// generated one with the test id id ("" for a random one); signed when
// c has a DKIM key.
func (c *Compose) Message(from Address, to []Address, id string) (*Message, error) {
	var m *Message
	var err error
	if c.Data != nil {
		m, err = PrepareData(c.Data)
	} else {
		m, err = BuildMessage(MessageOptions{From: from, To: to, Subject: c.Subject, Body: c.Body, Headers: c.Headers,
			Attachments: c.Attachments, ID: id, Version: c.Version})
	}
	if err != nil || c.DKIMKey == nil {
		return m, err
	}
	d, err := c.SigningDomain(from)
	if err != nil {
		return nil, err
	}
	if m.Data, err = SignDKIM(m.Data, d, c.DKIMSelector, c.DKIMKey); err != nil {
		return nil, err
	}
	return m, nil
}

// CheckDKIM looks up the DKIM key record of c's selector (within
// DKIMCheckTimeout) and checks that it publishes the key's public half:
// an error wraps ErrDKIMMismatch; a note says why the check could not be
// made (signing goes ahead). Without a DKIM key it does nothing.
func (c *Compose) CheckDKIM(ctx context.Context, r *resolver.Resolver, from Address) (note string, err error) {
	if c.DKIMKey == nil {
		return "", nil
	}
	d, err := c.SigningDomain(from)
	if err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(ctx, DKIMCheckTimeout)
	defer cancel()
	return CheckDKIMRecord(ctx, r, c.DKIMSelector, d, c.DKIMKey)
}
