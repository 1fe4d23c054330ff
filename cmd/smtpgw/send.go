package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/smtpgw/smtpgw/internal/lazy"
	"github.com/smtpgw/smtpgw/internal/prompt"
	"github.com/smtpgw/smtpgw/report"
	"github.com/smtpgw/smtpgw/send"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// sendOptions are the flags of smtpgw send and what complete makes of
// them: Load (the send.Options, with Count and Concurrency) and Compose
// (the message), both checked by the package's Validate.
type sendOptions struct {
	IO     *IOStreams
	Global *GlobalOptions

	To                 []string
	From               string
	Server             string
	Port               int
	TLS                string
	InsecureSkipVerify bool
	Helo               string
	AuthUser           string
	AuthMech           string
	PasswordFile       string
	AllowPlaintextAuth bool
	Subject            string
	Body               string
	BodyFile           string
	Headers            []string
	Attach             []string
	Data               string
	DKIMKey            string
	DKIMSelector       string
	DKIMDomain         string
	QuitAfter          string
	Count              int
	Concurrency        int
	JSON               bool
	Quiet              bool

	subjectSet, bodySet bool

	Load    send.LoadOptions // Options, Count, Concurrency (NewMessage is set by sendRun)
	Compose send.Compose

	// warnings found before sending (the DKIM record could not be
	// checked): on stderr for people, in the document's "warnings" with --json.
	warnings []string

	// getenv and readPassword are replaceable in tests.
	getenv       func(string) string
	readPassword func(prompt string) (string, error)
}

// sendFlags names the flag of each send.Options, LoadOptions and Compose
// field, for errors.
var sendFlags = lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{
		"To": "--to", "From": "--from", "Server": "--server", "Port": "--port", "TLS": "--tls", "Helo": "--helo",
		"AuthUser": "--auth-user", "AuthMech": "--auth-mech", "AllowPlaintextAuth": "--allow-plaintext-auth",
		"QuitAfter": "--quit-after", "Count": "--count", "Concurrency": "--concurrency",
		"Subject": "--subject", "Body": "--body", "Headers": "--header", "Attachments": "--attach", "Data": "--data",
		"DKIMKey": "--dkim-key", "DKIMSelector": "--dkim-selector", "DKIMDomain": "--dkim-domain",
	}
}}

const sendLong = `Send a test message through an SMTP server and show everything: the
dialogue as it happens (C:/S: lines with millisecond timestamps, AUTH secrets
shown as <redacted>, the TLS handshake in one line), an explanation under
every 4xx/5xx reply, and a final verdict: accepted (with the queue id),
deferred or rejected, at which stage and why.

Without --server the message goes straight to the recipient domain's MX
hosts, in preference order, trying each address until one accepts.

TLS defaults by port: opportunistic on 25, STARTTLS required on 587,
implicit TLS on 465. Credentials are never sent over an unencrypted
connection unless --allow-plaintext-auth is given.

The password for --auth-user comes from the SMTPGW_PASSWORD environment
variable, from --password-file, or from a no-echo prompt on a terminal;
there is deliberately no password flag (it would show in ps and in shell
history).

Exit codes: 0 accepted by every recipient (or --quit-after reached without a
failure), 1 rejected, deferred or failed at any stage, 2 usage or input error.`

const sendExample = `  # a test message through a submission server, with AUTH
  SMTPGW_PASSWORD=secret smtpgw send --server smtp.example.com:587 --auth-user me@example.com \
      --from me@example.com --to you@example.net

  # straight to the recipient's MX hosts; stop after RCPT TO to test the address only
  smtpgw send --to someone@example.net --from me@example.com --quit-after rcpt

  # DKIM-signed, with an attachment, through a local relay
  smtpgw send --server localhost:2525 --from me@example.com --to you@example.net \
      --dkim-key dkim.pem --dkim-selector s1 --attach report.pdf

  # a small load test: 500 messages over 10 connections
  smtpgw send --server localhost:2525 --to sink@example.test --count 500 --concurrency 10

  # for scripts
  smtpgw send --server mx.example.com --to you@example.net --json | jq .verdict`

// NewCmdSend builds smtpgw send; runF replaces sendRun in tests.
func NewCmdSend(f *Factory, runF func(context.Context, *sendOptions) error) *cobra.Command {
	o := &sendOptions{IO: f.IO, Global: f.Global, getenv: os.Getenv, readPassword: terminalPassword(f.IO)}
	cmd := &cobra.Command{
		Use:     "send --to ADDRESS [flags]",
		Short:   "Send a test message with a full, explained transcript and a verdict",
		Long:    sendLong,
		Example: sendExample,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.subjectSet = cmd.Flags().Changed("subject")
			o.bodySet = cmd.Flags().Changed("body")
			if len(o.To) == 0 && o.Data != "-" && o.Global.interactive(o.IO, o.JSON) {
				if err := o.askMissing(); err != nil {
					return err
				}
			}
			if err := o.complete(); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), o)
			}
			return sendRun(cmd.Context(), o)
		},
	}
	o.addFlags(cmd)
	return cmd
}

// terminalPassword reads a password without echo from a terminal's stdin.
func terminalPassword(ios *IOStreams) func(string) (string, error) {
	return func(p string) (string, error) {
		f, ok := ios.In.(*os.File)
		if !ok {
			return "", fmt.Errorf("stdin is not a terminal")
		}
		fmt.Fprint(ios.ErrOut, p)
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(ios.ErrOut)
		return string(b), err
	}
}

func (o *sendOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringArrayVar(&o.To, "to", nil, "recipient `ADDRESS` (repeatable)")
	f.StringVar(&o.From, "from", "", "sender `ADDRESS` for MAIL FROM and the From header (default: smtpgw@ the HELO name)")
	f.StringVar(&o.Server, "server", "", "`HOST[:PORT]` to send through (default: the recipient domain's MX hosts)")
	f.IntVar(&o.Port, "port", 0, "port for MX delivery, and for --server without a port (default 25; 465 with --tls implicit)")
	f.StringVar(&o.TLS, "tls", "", "TLS `MODE`: starttls, implicit, none or opportunistic (default by port: 25 opportunistic, 587 starttls, 465 implicit)")
	f.BoolVar(&o.InsecureSkipVerify, "insecure-skip-verify", false, "do not verify the server's certificate (DANGEROUS: anyone on the path can impersonate the server)")
	f.StringVar(&o.Helo, "helo", "", "`NAME` for EHLO (default: this machine's FQDN, else the address literal of the connection, such as [192.0.2.1])")
	f.StringVar(&o.AuthUser, "auth-user", "", "authenticate as `USER` (password from SMTPGW_PASSWORD, --password-file or a prompt)")
	f.StringVar(&o.AuthMech, "auth-mech", "", "SASL `MECHANISM`: PLAIN, LOGIN, CRAM-MD5 or XOAUTH2 (token as the password) (default: best offered)")
	f.StringVar(&o.PasswordFile, "password-file", "", "read the AUTH password (or XOAUTH2 token) from the first line of `FILE`")
	f.BoolVar(&o.AllowPlaintextAuth, "allow-plaintext-auth", false, "allow sending credentials over an unencrypted connection")
	f.StringVar(&o.Subject, "subject", "", "`TEXT` of the Subject header (default: a test subject with the time and a unique id)")
	f.StringVar(&o.Body, "body", "", "message body `TEXT` (default: a test body with the time and a unique id)")
	f.StringVar(&o.BodyFile, "body-file", "", "read the body from `FILE` (- for stdin)")
	f.StringArrayVar(&o.Headers, "header", nil, "extra header `\"Name: value\"` (repeatable; replaces a generated one of the same name)")
	f.StringArrayVar(&o.Attach, "attach", nil, "attach `FILE` (repeatable; the message becomes multipart/mixed)")
	f.StringVar(&o.Data, "data", "", "send the prepared RFC 5322 message in `FILE` as is (- for stdin; line endings normalised to CRLF)")
	f.StringVar(&o.DKIMKey, "dkim-key", "", "sign with the DKIM private key in `FILE` (PEM, RSA or Ed25519, PKCS#1 or PKCS#8)")
	f.StringVar(&o.DKIMSelector, "dkim-selector", "", "DKIM `SELECTOR` (the s= tag; the key record is SELECTOR._domainkey.DOMAIN)")
	f.StringVar(&o.DKIMDomain, "dkim-domain", "", "DKIM signing `DOMAIN` (the d= tag; default: the --from domain)")
	f.StringVar(&o.QuitAfter, "quit-after", "", "stop after `STAGE`: connect, greeting, ehlo, tls, auth, mail or rcpt")
	f.IntVar(&o.Count, "count", 1, "send `N` messages (a small load test; shows a summary instead of the transcript)")
	f.IntVar(&o.Concurrency, "concurrency", 1, "with --count, use `C` connections in parallel, each reused with RSET")
	f.BoolVar(&o.JSON, "json", false, "print one JSON document with every step and the verdict")
	f.BoolVarP(&o.Quiet, "quiet", "q", false, "print only the verdict")
}

// askMissing asks a person at a terminal for the recipient, the sender and
// the server when no --to was given.
func (o *sendOptions) askMissing() error {
	a := newAsker(o.IO, o.Global)
	to, err := a.ask(prompt.Question{
		Title:    "Recipient address",
		Help:     "who gets the test message, such as bob@example.com",
		Validate: func(s string) error { _, err := send.ParseAddress(s); return err },
	}, "--to")
	if err != nil {
		return err
	}
	o.To = []string{to}
	if o.From == "" {
		helo := o.Helo
		if helo == "" {
			helo = send.DefaultHelo()
		}
		def := send.DefaultFrom(helo)
		from, err := a.ask(prompt.Question{
			Title:    "Sender address",
			Help:     "MAIL FROM and the From header",
			Default:  def,
			Validate: func(s string) error { _, err := send.ParseAddress(s); return err },
		}, "--from")
		if err != nil {
			return err
		}
		if from == def {
			a.extra = a.extra[:len(a.extra)-2] // the default needs no flag
		} else {
			o.From = from
		}
	}
	if o.Server == "" {
		srv, err := a.ask(prompt.Question{
			Title:    "Server to send through",
			Help:     "HOST[:PORT] such as smtp.example.com:587; Enter: straight to the recipient domain's MX hosts",
			Optional: true,
			Validate: send.CheckServer,
		}, "--server")
		if err != nil {
			return err
		}
		o.Server = srv
	}
	a.equivalent()
	return nil
}

// readInput reads a file, or stdin for "-".
func (o *sendOptions) readInput(flag, path string) ([]byte, error) {
	if path == "-" {
		b, err := io.ReadAll(o.IO.In)
		if err != nil {
			return nil, usageErr("%s -: cannot read stdin: %v", flag, err)
		}
		return b, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, usageErr("%s: cannot read %s", flag, strings.TrimPrefix(err.Error(), "open "))
	}
	return b, nil
}

// parseEach parses every value of a repeatable flag; the first bad one is a
// usage error naming the flag.
func parseEach[T any](flag string, vals []string, parse func(string) (T, error)) ([]T, error) {
	var out []T
	for _, v := range vals {
		x, err := parse(v)
		if err != nil {
			return nil, usageErr("%s: %v", flag, err)
		}
		out = append(out, x)
	}
	return out, nil
}

// sendFlagError rewrites a send.OptionError as a usage error naming the
// flags (optionFlagError); other errors are usage errors as they are.
func sendFlagError(err error) error {
	var se *send.OptionError
	if errors.As(err, &se) {
		return optionFlagError(se, sendFlags.Get())
	}
	return usageErr("%v", err)
}

// complete turns the flags into o.Load and o.Compose and checks them with
// the package's Validate: every input error comes before any network.
func (o *sendOptions) complete() error {
	if o.JSON && o.Quiet {
		return usageErr("give --json or -q, not both")
	}
	if o.bodySet && o.BodyFile != "" {
		return usageErr("give --body or --body-file, not both")
	}
	if err := o.completeEnvelope(); err != nil {
		return err
	}
	if err := o.completeCompose(); err != nil {
		return err
	}
	o.Load.NewMessage = o.message
	if err := o.Load.Validate(); err != nil {
		return sendFlagError(err)
	}
	if err := o.Compose.Validate(); err != nil {
		return sendFlagError(err)
	}
	// The first message is built now: a prepared one that is not a
	// message, or a signing domain that cannot be, is an input error.
	msg, err := o.Load.NewMessage(1)
	if err != nil {
		return sendFlagError(err)
	}
	o.Load.Message = msg
	if o.AuthUser != "" {
		p, err := o.password()
		if err != nil {
			return err
		}
		o.Load.AuthPassword = p
	}
	return nil
}

// completeEnvelope parses the addresses and names, with the package's
// defaults for the HELO name and the sender.
func (o *sendOptions) completeEnvelope() error {
	if len(o.To) == 0 {
		return usageErr("no recipient: give at least one --to ADDRESS")
	}
	to, err := parseEach("--to", o.To, send.ParseAddress)
	if err != nil {
		return err
	}
	helo := o.Helo
	if helo == "" {
		helo = send.DefaultHelo()
	} else if _, err := send.CheckHelo(helo); err != nil {
		return usageErr("--helo: %v", err)
	}
	fromStr := o.From
	if fromStr == "" {
		fromStr = send.DefaultFrom(helo)
	}
	from, err := send.ParseAddress(fromStr)
	if err != nil {
		return usageErr("--from: %v", err)
	}
	o.Load = send.LoadOptions{
		Options: send.Options{
			Server: o.Server, Port: o.Port, TLS: send.TLSMode(strings.ToLower(o.TLS)), InsecureSkipVerify: o.InsecureSkipVerify,
			Helo: helo, From: from, To: to,
			AuthUser: o.AuthUser, AuthMech: o.AuthMech, AllowPlaintextAuth: o.AllowPlaintextAuth,
			QuitAfter: send.Stage(o.QuitAfter),
		},
		Count: o.Count, Concurrency: o.Concurrency,
	}
	return nil
}

// completeCompose reads the message's parts, the prepared message and the
// DKIM key into o.Compose.
func (o *sendOptions) completeCompose() error {
	c := send.Compose{DKIMSelector: o.DKIMSelector, DKIMDomain: o.DKIMDomain, Version: toolVersion()}
	var err error
	if c.Headers, err = parseEach("--header", o.Headers, send.ParseHeader); err != nil {
		return err
	}
	if o.subjectSet {
		c.Subject = &o.Subject
	}
	if o.bodySet {
		c.Body = &o.Body
	}
	if o.BodyFile != "" {
		b, err := o.readInput("--body-file", o.BodyFile)
		if err != nil {
			return err
		}
		s := string(b)
		c.Body = &s
	}
	for _, p := range o.Attach {
		b, err := o.readInput("--attach", p)
		if err != nil {
			return err
		}
		c.Attachments = append(c.Attachments, send.Attachment{Name: filepath.Base(p), Data: b})
	}
	if o.Data != "" {
		if c.Data, err = o.readInput("--data", o.Data); err != nil {
			return err
		}
	}
	if o.DKIMKey != "" {
		b, err := o.readInput("--dkim-key", o.DKIMKey)
		if err != nil {
			return err
		}
		if c.DKIMKey, err = send.ParseDKIMKey(b); err != nil {
			return usageErr("--dkim-key %s: %v", o.DKIMKey, err)
		}
	}
	o.Compose = c
	return nil
}

// password finds the AUTH secret: SMTPGW_PASSWORD, --password-file, or a
// prompt on a terminal.
func (o *sendOptions) password() (string, error) {
	if o.PasswordFile != "" {
		b, err := o.readInput("--password-file", o.PasswordFile)
		if err != nil {
			return "", err
		}
		line, _, _ := strings.Cut(string(b), "\n")
		line = strings.TrimRight(line, "\r")
		if line == "" {
			return "", usageErr("--password-file %s: the first line is empty", o.PasswordFile)
		}
		return line, nil
	}
	if p := o.getenv("SMTPGW_PASSWORD"); p != "" {
		return p, nil
	}
	if o.IO.InTTY {
		p, err := o.readPassword(fmt.Sprintf("Password for %s: ", o.AuthUser))
		if err != nil {
			return "", usageErr("cannot read the password: %v", err)
		}
		if p == "" {
			return "", usageErr("empty password")
		}
		return p, nil
	}
	return "", usageErr("--auth-user needs a password: set SMTPGW_PASSWORD, use --password-file FILE, or run on a terminal to be prompted (there is no password flag: it would show in ps and shell history)")
}

// message builds message i of the send (each of a load test with its own
// test id).
func (o *sendOptions) message(i int) (*send.Message, error) {
	id := ""
	if o.Load.Count > 1 {
		id = fmt.Sprintf("%s-%d", send.NewID(), i)
	}
	return o.Compose.Message(o.Load.From, o.Load.To, id)
}

// sendRun sends: the network set-up (resolver, CAs, the DKIM record),
// then one send with its live transcript, or a load test.
func sendRun(ctx context.Context, o *sendOptions) error {
	lo := &o.Load
	count := lo.Count
	timeout := o.Global.TimeoutOr(send.DefaultTimeoutFor(count))
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	lo.Limits.StepTimeout = send.StepTimeoutWithin(timeout)
	if err := o.network(ctx); err != nil {
		return err
	}
	if count > 1 {
		return o.load(ctx)
	}
	return o.one(ctx)
}

// network adds the CA roots and the resolver (for MX delivery, a
// --resolver, or the DKIM record check) and checks the DKIM record.
func (o *sendOptions) network(ctx context.Context) error {
	g, lo := o.Global, &o.Load
	roots, err := g.RootCAs()
	if err != nil {
		return err
	}
	lo.RootCAs = roots
	if lo.Server != "" && g.Resolver == "" && o.Compose.DKIMKey == nil {
		return nil
	}
	r, err := g.DNSResolver()
	if err != nil {
		return err
	}
	if lo.Server == "" || g.Resolver != "" {
		lo.Resolver = r
	}
	// A key that does not match the published record is an input error,
	// found before connecting.
	note, err := o.Compose.CheckDKIM(ctx, r, lo.From)
	if err != nil {
		return usageErr("--dkim-key %s: %v", o.DKIMKey, err)
	}
	if note != "" {
		if o.JSON {
			o.warnings = append(o.warnings, "WARNING: "+note)
		} else if err := report.WriteNotice(o.IO.ErrOut, "warning: "+note); err != nil {
			return err
		}
	}
	return nil
}

// one sends one message, with the live transcript unless --json or -q.
func (o *sendOptions) one(ctx context.Context) error {
	ios, opts := o.IO, o.Load.Options
	if !o.JSON && !o.Quiet {
		if err := report.WriteSendStart(ios.Out, opts.Message, opts.From, o.To, ios.TerminalWidth()); err != nil {
			return err
		}
		opts.OnEvent = report.NewSendLive(ios.Out, ios.Color(), ios.TerminalWidth()).Handle
	} else if o.Quiet && o.InsecureSkipVerify {
		if err := report.WriteNotice(ios.ErrOut, "WARNING: --insecure-skip-verify: the server's certificate is NOT verified"); err != nil {
			return err
		}
	}
	res, err := send.Run(ctx, opts)
	if err != nil {
		return sendFlagError(err)
	}
	res.Warnings = o.withWarnings(res.Warnings)
	return o.finish(res, res.Verdict.OK(), func(w io.Writer) error {
		return report.WriteSendVerdict(w, res.Verdict, ios.Color(), ios.TerminalWidth())
	})
}

// load runs a load test (--count), with a progress line on a terminal.
func (o *sendOptions) load(ctx context.Context) error {
	ios, lo := o.IO, o.Load
	if ios.Progress() && !o.JSON && !o.Quiet {
		lo.OnProgress = report.NewLoadProgress(ios.ErrOut).Update
	}
	res, err := send.Load(ctx, lo)
	if err != nil {
		return sendFlagError(err)
	}
	res.Warnings = o.withWarnings(res.Warnings)
	return o.finish(res, res.OK(), func(w io.Writer) error {
		if o.Quiet {
			return report.WriteLoadQuiet(w, res)
		}
		return report.WriteLoadSummary(w, res, ios.Color(), ios.TerminalWidth())
	})
}

// withWarnings puts the warnings found before sending before those of
// the send (never nil: the document's "warnings" is a list).
func (o *sendOptions) withWarnings(ws []string) []string {
	return append(append([]string{}, o.warnings...), ws...)
}

// finish renders a result, the JSON document doc or the human form, and
// exits 1 when it is not ok.
func (o *sendOptions) finish(doc any, ok bool, human func(io.Writer) error) error {
	var err error
	if o.JSON {
		err = report.WriteJSON(o.IO.Out, doc)
	} else {
		err = human(o.IO.Out)
	}
	if err != nil {
		return err
	}
	if !ok {
		return &ExitError{Code: ExitFindings}
	}
	return nil
}
