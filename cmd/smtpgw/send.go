package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/smtpgw/smtpgw/internal/prompt"
	"github.com/smtpgw/smtpgw/report"
	"github.com/smtpgw/smtpgw/send"
	"github.com/smtpgw/smtpgw/smtpwire"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func init() { register("send", newSendCmd) }

// sendOptions are the flags of smtpgw send.
type sendOptions struct {
	ios *IOStreams
	g   *GlobalOptions

	// warnings found before sending (the DKIM record could not be
	// checked): on stderr for people, in the document's "warnings" with --json.
	warnings []string

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

	// getenv and readPassword are replaceable in tests.
	getenv       func(string) string
	readPassword func(prompt string) (string, error)
}

func newSendCmd(ios *IOStreams, g *GlobalOptions) *cobra.Command {
	o := &sendOptions{ios: ios, g: g, getenv: os.Getenv}
	o.readPassword = func(prompt string) (string, error) {
		f, ok := ios.In.(*os.File)
		if !ok {
			return "", fmt.Errorf("stdin is not a terminal")
		}
		fmt.Fprint(ios.ErrOut, prompt)
		p, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(ios.ErrOut)
		return string(p), err
	}
	cmd := &cobra.Command{
		Use:   "send --to ADDRESS [flags]",
		Short: "Send a test message with a full, explained transcript and a verdict",
		Long: `Send a test message through an SMTP server and show everything: the
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
failure), 1 rejected, deferred or failed at any stage, 2 usage or input error.`,
		Example: `  # a test message through a submission server, with AUTH
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
  smtpgw send --server mx.example.com --to you@example.net --json | jq .verdict`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.subjectSet = cmd.Flags().Changed("subject")
			o.bodySet = cmd.Flags().Changed("body")
			if len(o.To) == 0 && o.Data != "-" && g.interactive(ios, o.JSON) {
				if err := o.askMissing(); err != nil {
					return err
				}
			}
			return runSend(cmd.Context(), o)
		},
	}
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
	return cmd
}

// defaultHelo is this machine's FQDN; without one (a dotless name is
// refused by many MTAs) "", and each connection says EHLO with its local
// address literal.
func defaultHelo() string {
	if h := smtpwire.DefaultHelo(); h != "" {
		if _, err := send.CheckHelo(h); err == nil {
			return h
		}
	}
	return ""
}

// defaultFrom is the sender when --from is not given: smtpgw@ the HELO
// name, or smtpgw@localhost.
func defaultFrom(helo string) string {
	if helo == "" || strings.HasPrefix(helo, "[") || !strings.Contains(helo, ".") {
		return "smtpgw@localhost"
	}
	return "smtpgw@" + helo
}

// askMissing asks a person at a terminal for the recipient, the sender and
// the server when no --to was given.
func (o *sendOptions) askMissing() error {
	a := newAsker(o.ios, o.g)
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
			helo = defaultHelo()
		}
		def := defaultFrom(helo)
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
		b, err := io.ReadAll(o.ios.In)
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

func runSend(ctx context.Context, o *sendOptions) error {
	ios := o.ios
	// Addresses and names first: every input error comes before any network.
	if len(o.To) == 0 {
		return usageErr("no recipient: give at least one --to ADDRESS")
	}
	to, err := parseEach("--to", o.To, send.ParseAddress)
	if err != nil {
		return err
	}
	helo := o.Helo
	if helo == "" {
		helo = defaultHelo()
	} else if _, err := send.CheckHelo(helo); err != nil {
		return usageErr("--helo: %v", err)
	}
	fromStr := o.From
	if fromStr == "" {
		fromStr = defaultFrom(helo)
	}
	from, err := send.ParseAddress(fromStr)
	if err != nil {
		return usageErr("--from: %v", err)
	}
	tlsMode := send.TLSMode("")
	if o.TLS != "" {
		if tlsMode, err = send.ParseTLSMode(o.TLS); err != nil {
			return usageErr("%v", err)
		}
	}
	if o.Port < 0 || o.Port > 65535 {
		return usageErr("--port %d is not a port number", o.Port)
	}
	if o.Count < 1 {
		return usageErr("--count must be at least 1")
	}
	if o.Concurrency < 1 {
		return usageErr("--concurrency must be at least 1")
	}
	if o.Concurrency > 1 && o.Count == 1 {
		return usageErr("--concurrency needs --count N (N > 1)")
	}
	if o.Count > 1 && o.QuitAfter != "" {
		return usageErr("--quit-after cannot be combined with --count")
	}
	if o.Data != "" && (o.subjectSet || o.bodySet || o.BodyFile != "" || len(o.Attach) > 0 || len(o.Headers) > 0) {
		return usageErr("--data sends a prepared message as is: it cannot be combined with --subject, --body, --body-file, --header or --attach")
	}
	if o.bodySet && o.BodyFile != "" {
		return usageErr("give --body or --body-file, not both")
	}
	if (o.DKIMKey == "") != (o.DKIMSelector == "") {
		return usageErr("DKIM signing needs both --dkim-key FILE and --dkim-selector SELECTOR")
	}
	if o.DKIMDomain != "" && o.DKIMKey == "" {
		return usageErr("--dkim-domain needs --dkim-key and --dkim-selector")
	}
	if o.JSON && o.Quiet {
		return usageErr("give --json or -q, not both")
	}
	headers, err := parseEach("--header", o.Headers, send.ParseHeader)
	if err != nil {
		return err
	}
	if o.subjectSet && strings.ContainsAny(o.Subject, "\r\n\x00") {
		return usageErr("--subject contains CR, LF or NUL (header injection is not allowed)")
	}

	// Files: message parts, key, password.
	mo := send.MessageOptions{From: from, To: to, Headers: headers, Version: version}
	if o.subjectSet {
		s := o.Subject
		mo.Subject = &s
	}
	if o.bodySet {
		b := o.Body
		mo.Body = &b
	}
	if o.BodyFile != "" {
		b, err := o.readInput("--body-file", o.BodyFile)
		if err != nil {
			return err
		}
		s := string(b)
		mo.Body = &s
	}
	for _, p := range o.Attach {
		b, err := o.readInput("--attach", p)
		if err != nil {
			return err
		}
		mo.Attachments = append(mo.Attachments, send.Attachment{Name: filepath.Base(p), Data: b})
	}
	var prepared []byte
	if o.Data != "" {
		if prepared, err = o.readInput("--data", o.Data); err != nil {
			return err
		}
	}
	var key *send.DKIMKey
	dkimDomain := o.DKIMDomain
	if o.DKIMKey != "" {
		b, err := o.readInput("--dkim-key", o.DKIMKey)
		if err != nil {
			return err
		}
		if key, err = send.ParseDKIMKey(b); err != nil {
			return usageErr("--dkim-key %s: %v", o.DKIMKey, err)
		}
		if dkimDomain == "" {
			dkimDomain = from.ASCIIDomain
		}
		if dkimDomain, err = send.ASCIIDomain(dkimDomain); err != nil {
			return usageErr("--dkim-domain: %v", err)
		}
		if _, err := send.ASCIIDomain(o.DKIMSelector); err != nil {
			return usageErr("--dkim-selector: %v", err)
		}
	}
	password := ""
	if o.AuthUser != "" {
		if password, err = o.password(); err != nil {
			return err
		}
	}
	build := func(i int) (*send.Message, error) {
		var m *send.Message
		var err error
		if prepared != nil {
			m, err = send.PrepareData(prepared)
		} else {
			mm := mo
			if o.Count > 1 {
				mm.ID = fmt.Sprintf("%s-%d", send.NewID(), i)
			}
			m, err = send.BuildMessage(mm)
		}
		if err != nil {
			return nil, err
		}
		if key != nil {
			signed, err := send.SignDKIM(m.Data, dkimDomain, o.DKIMSelector, key)
			if err != nil {
				return nil, err
			}
			m.Data = signed
		}
		return m, nil
	}
	msg, err := build(1)
	if err != nil {
		return usageErr("%v", err)
	}

	roots, err := o.g.RootCAs()
	if err != nil {
		return err
	}
	timeout := o.g.TimeoutOr(2 * time.Minute)
	if o.Count > 1 {
		timeout = o.g.TimeoutOr(10 * time.Minute)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	step := 30 * time.Second
	if timeout < step {
		step = timeout
	}
	opts := send.Options{
		Server: o.Server, Port: o.Port, TLS: tlsMode, RootCAs: roots, InsecureSkipVerify: o.InsecureSkipVerify,
		Helo: helo, From: from, To: to,
		AuthUser: o.AuthUser, AuthPassword: password, AuthMech: o.AuthMech, AllowPlaintextAuth: o.AllowPlaintextAuth,
		Message: msg, QuitAfter: send.Stage(o.QuitAfter),
	}
	opts.Limits.StepTimeout = step
	if o.Server == "" || o.g.Resolver != "" || key != nil {
		r, err := o.g.DNSResolver()
		if err != nil {
			return err
		}
		if o.Server == "" || o.g.Resolver != "" {
			opts.Resolver = r
		}
		if key != nil {
			// A key that does not match the published record is an input
			// error, found before connecting.
			dctx, dcancel := context.WithTimeout(ctx, 5*time.Second)
			note, err := send.CheckDKIMRecord(dctx, r, o.DKIMSelector, dkimDomain, key)
			dcancel()
			if err != nil {
				return usageErr("--dkim-key %s: %v", o.DKIMKey, err)
			}
			if note != "" {
				if o.JSON {
					o.warnings = append(o.warnings, "WARNING: "+note)
				} else {
					fmt.Fprintf(ios.ErrOut, "smtpgw: warning: %s\n", note)
				}
			}
		}
	}
	if err := opts.Validate(); err != nil {
		return usageErr("%v", err)
	}
	if o.Count > 1 {
		return runSendLoad(ctx, o, opts, build)
	}

	var live *report.SendLive
	if !o.JSON && !o.Quiet {
		live = report.NewSendLive(ios.Out, ios.Color())
		fmt.Fprintf(ios.Out, "Sending %s (%d bytes) from %s to %s\n", orNone(msg.MessageID), len(msg.Data), from, strings.Join(o.To, ", "))
		opts.OnEvent = live.Handle
	} else if o.Quiet && o.InsecureSkipVerify {
		fmt.Fprintln(ios.ErrOut, "smtpgw: WARNING: --insecure-skip-verify: the server's certificate is NOT verified")
	}
	res, err := send.Run(ctx, opts)
	if err != nil {
		return usageErr("%v", err)
	}
	if len(o.warnings) > 0 {
		res.Warnings = append(o.warnings, res.Warnings...)
	}
	switch {
	case o.JSON:
		if err := report.WriteJSON(ios.Out, res); err != nil {
			return err
		}
	default:
		if err := report.WriteSendVerdict(ios.Out, res.Verdict, ios.Color()); err != nil {
			return err
		}
	}
	if !res.Verdict.OK() {
		return &ExitError{Code: ExitFindings}
	}
	return nil
}

func orNone(id string) string {
	if id == "" {
		return "a message"
	}
	return "<" + id + ">"
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
	if o.ios.InTTY {
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

func runSendLoad(ctx context.Context, o *sendOptions, opts send.Options, build func(int) (*send.Message, error)) error {
	ios := o.ios
	lo := send.LoadOptions{Options: opts, Count: o.Count, Concurrency: o.Concurrency, NewMessage: build}
	if ios.Progress() && !o.JSON && !o.Quiet {
		var mu sync.Mutex
		last := time.Time{}
		lo.OnProgress = func(done, total int) {
			mu.Lock()
			defer mu.Unlock()
			if done == total || time.Since(last) > 200*time.Millisecond {
				last = time.Now()
				fmt.Fprintf(ios.ErrOut, "\r%d/%d messages", done, total)
				if done == total {
					fmt.Fprintln(ios.ErrOut)
				}
			}
		}
	}
	res, err := send.Load(ctx, lo)
	if err != nil {
		return usageErr("%v", err)
	}
	if len(o.warnings) > 0 {
		res.Warnings = append(o.warnings, res.Warnings...)
	}
	switch {
	case o.JSON:
		if err := report.WriteJSON(ios.Out, res); err != nil {
			return err
		}
	case o.Quiet:
		tag := strings.ToUpper(string(res.Verdict))
		fmt.Fprintf(ios.Out, "%s %d/%d messages accepted, %.1f msgs/s\n", tag, res.ByStatus[send.Accepted], res.Count, res.MsgsPerSec)
	default:
		if err := report.WriteLoadSummary(ios.Out, res, ios.Color()); err != nil {
			return err
		}
	}
	if !res.OK() {
		return &ExitError{Code: ExitFindings}
	}
	return nil
}
