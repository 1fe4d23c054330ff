package main

import (
	"context"
	"io"
	"net"
	"os"
	"strings"

	"github.com/smtpgw/smtpgw/bounce"
	"github.com/smtpgw/smtpgw/diagnose"
	"github.com/smtpgw/smtpgw/dnsbl"
	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/internal/lazy"
	"github.com/smtpgw/smtpgw/internal/prompt"
	"github.com/smtpgw/smtpgw/report"
	"github.com/smtpgw/smtpgw/send"
	"github.com/spf13/cobra"
)

// diagnoseOptions are the flags and inputs of smtpgw diagnose. Flags that
// are diagnose.Options fields are bound to Diagnose directly; the rest are
// parsed into it by complete.
type diagnoseOptions struct {
	IO     *IOStreams
	Global *GlobalOptions

	Arg        string // the recipient, or a pasted reply or log line
	SendingIPs []string
	Bounce     string
	Message    string
	Selectors  []string
	FailOn     string
	Format     string
	JSON       bool
	Verbose    bool

	Blocklist []string // dnsbl.ParseList specs; none: the built-in table
	PortMap   []string // --port-map entries (portmap.Ports)

	Diagnose  diagnose.Options // what the flags ask for (resolver and CAs are added by diagnoseRun)
	recipient string
	format    string
	failOn    report.Status
}

// diagnoseFlags names the flag of each diagnose.Options field, for errors.
var diagnoseFlags = lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{
		"From": "--from", "SendingIPs": "--sending-ip", "HELO": "--helo", "Server": "--server", "DKIMSelectors": "--dkim-selector",
		"Message": "--message", "PortMap": "--port-map", "Timeout": "--timeout", "DNSBL": "--blocklist",
		"Recipient": "recipient", "Reply": "the pasted reply:",
	}
}}

const diagnoseLong = `Diagnose looks at everything between you and a recipient at once, under one
--timeout, and prints ONE verdict first: the most likely cause, the evidence
(the exact reply, the record, the list), whose side must act, and the fix.
The ranked findings follow, with the same ids as smtpgw check.

  recipient  the MX set (null MX, no MX, broken names), every MX on port 25
             (greeting, STARTTLS, certificate), and with --from an RCPT test:
             MAIL FROM, RCPT TO, then QUIT - no DATA, nothing is sent; the
             reply is explained
  path       whether this machine reaches port 25 at all: "timed out
             everywhere" (outbound 25 blocked by the network or cloud
             provider) is told apart from "refused" and "reset"; only the
             recipient's MX hosts are contacted
  sender     for each --sending-ip: PTR and forward-confirmed reverse DNS,
             the --helo name resolving back, SPF check_host() for the --from
             domain, the IP against the DNS blocklists (Spamhaus ZEN, SpamCop,
             Barracuda, UCEPROTECT L1, PSBL, Mailspike); for the --from
             domain: DMARC and the domain lists (Spamhaus DBL, SURBL, URIBL);
             without --sending-ip, the address this machine sends from (the
             route to the first MX; a private one is named, not checked)
  policies   whether a sender that enforces the recipient's MTA-STS policy
             or DANE (TLSA records) would refuse every MX host
  DKIM       with --message FILE (or a bounce carrying the returned header)
             the key records of its DKIM signatures' selectors, and with
             --dkim-selector S those at the From: domain: missing, revoked,
             too short, unusable; when that makes DMARC fail under p=reject
             or p=quarantine, it is the verdict

Given a pasted reply or log line instead of an address (anything with a
space), diagnose explains it and runs the checks it points to: the recipient
it names (MX, port 25, RCPT test with --from) and the client IP it names in
brackets ("Client host [192.0.2.99] blocked") unless --sending-ip is given.

--bounce FILE takes the recipient, the envelope sender (unless --from is
given) and the remote reply from a bounce message (RFC 3464 DSN, Postfix,
Exim, Gmail and other formats; package bounce) and diagnoses that.

A blocklist that refuses the query (Spamhaus answers 127.255.255.254 through
public resolvers) is reported as "could not check", never as listed or clean:
use your own recursive resolver (--resolver) for trustworthy answers.

The message itself is never checked (no DATA is sent): when everything
passes, the verdict says so and lists what was not tested.

Exit status: 0 when no finding reaches --fail-on (default fail), 1 when one
does, 2 on bad usage.`

const diagnoseExample = `  smtpgw diagnose bob@example.com
  smtpgw diagnose bob@example.com --from alice@example.org --dkim-selector s1
  smtpgw diagnose bob@example.com --message rejected.eml --sending-ip 192.0.2.25
  smtpgw diagnose bob@example.com --from alice@example.org --sending-ip 192.0.2.25 --helo mail.example.org
  smtpgw diagnose bob@example.com --from alice@example.org --server mx2.example.com:25
  smtpgw diagnose --bounce returned.eml --sending-ip 192.0.2.25
  smtpgw diagnose "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org"
  smtpgw diagnose bob@example.com --from alice@example.org --sending-ip 192.0.2.25 --json --resolver 127.0.0.1`

// NewCmdDiagnose builds smtpgw diagnose; runF replaces diagnoseRun in
// tests.
func NewCmdDiagnose(f *Factory, runF func(context.Context, *diagnoseOptions) error) *cobra.Command {
	o := &diagnoseOptions{IO: f.IO, Global: f.Global}
	cmd := &cobra.Command{
		Use:     "diagnose RECIPIENT|\"PASTED REPLY\" [--from SENDER] [--sending-ip IP] [--helo NAME] [--server HOST[:PORT]]",
		Short:   "Answer \"why doesn't my mail to this address arrive?\": one verdict, then the evidence",
		Long:    diagnoseLong,
		Example: diagnoseExample,
		Args:    o.args,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				o.Arg = args[0]
			} else if o.Bounce == "" {
				if err := o.ask(); err != nil {
					return err
				}
			}
			if err := o.complete(); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), o)
			}
			return diagnoseRun(cmd.Context(), o)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&o.Diagnose.From, "from", "", "envelope sender `ADDRESS` for the RCPT test and the sender-side checks")
	fl.StringArrayVar(&o.SendingIPs, "sending-ip", nil, "public `IP` your mail leaves from: reverse DNS, SPF and blocklists (repeatable)")
	fl.StringVar(&o.Diagnose.HELO, "helo", "", "`NAME` to send in EHLO, also checked to resolve to the sending IP (default: this machine's FQDN)")
	fl.StringVar(&o.Diagnose.Server, "server", "", "test this `HOST[:PORT]` instead of the recipient's MX hosts")
	fl.StringVar(&o.Bounce, "bounce", "", "take recipient, sender and reply from the bounce message in `FILE` (- for stdin)")
	fl.StringVar(&o.Message, "message", "", "the message that does not arrive, in `FILE` (- for stdin): DMARC of its From: domain and the key records of its DKIM signatures' selectors")
	fl.StringSliceVar(&o.Selectors, "dkim-selector", nil, "DKIM `SELECTOR` whose key record to check at the From: domain (comma-separated or repeated)")
	fl.StringVar(&o.FailOn, "fail-on", "fail", "exit 1 when a finding is at least this bad: pass, info, warn or fail")
	fl.BoolVar(&o.JSON, "json", false, "print the diagnosis as JSON (same as --format json)")
	fl.StringVar(&o.Format, "format", "text", "output `FORMAT`: text, json, junit, markdown or sarif (the findings, as smtpgw check writes them)")
	fl.BoolVarP(&o.Verbose, "verbose", "v", false, "show passing checks and all evidence")
	addPortMapFlag(cmd, &o.PortMap, true)
	fl.StringArrayVar(&o.Blocklist, "blocklist", nil, "ask this `LIST` instead of the built-in table: a table zone (zen.spamhaus.org), ZONE=MIRROR (zen.spamhaus.org=KEY.zen.dq.spamhaus.net), ip:ZONE or domain:ZONE of your own, or default (repeatable)")
	return cmd
}

// args checks the arguments: one recipient or pasted reply, none with
// --bounce, or none on a terminal (then asked).
func (o *diagnoseOptions) args(cmd *cobra.Command, args []string) error {
	if o.Bounce != "" {
		if len(args) > 0 {
			return usageErr("--bounce takes the recipient from the bounce: give no RECIPIENT argument")
		}
		return nil
	}
	if len(args) == 0 && o.Global.interactive(o.IO, o.JSON || (o.Format != "" && o.Format != "text")) {
		return nil // asked for in RunE
	}
	if len(args) != 1 {
		return usageErr("give one recipient address (or a pasted reply in quotes), or --bounce FILE")
	}
	return nil
}

// ask asks for the recipient (or a pasted reply) and, for an address, the
// sender of the RCPT test, on a terminal.
func (o *diagnoseOptions) ask() error {
	a := newAsker(o.IO, o.Global)
	var err error
	o.Arg, err = a.ask(prompt.Question{
		Title:    "Recipient whose mail does not arrive",
		Help:     "an address such as bob@example.com, or paste the reply or log line your mail got",
		Validate: diagnoseInput,
	}, "")
	if err != nil {
		return err
	}
	if o.Diagnose.From == "" && !strings.ContainsAny(o.Arg, " \t") {
		if o.Diagnose.From, err = a.ask(prompt.Question{
			Title:    "Your sender address",
			Help:     "for a test up to RCPT TO (no message is sent); Enter: no RCPT test",
			Optional: true,
			Validate: func(s string) error { _, err := send.ParseAddress(s); return err },
		}, "--from"); err != nil {
			return err
		}
	}
	a.equivalent()
	return nil
}

// complete reads the inputs (the argument, --bounce, --message) and turns
// the flags into diagnose.Options, validated by the package (usage errors
// name the flag).
func (o *diagnoseOptions) complete() error {
	var err error
	if o.format, o.failOn, err = findingsOutput(o.Format, o.JSON, o.FailOn); err != nil {
		return err
	}
	d := &o.Diagnose
	d.Timeout = o.Global.TimeoutOr(diagnose.DefaultTimeout)
	if err := o.readInputs(); err != nil {
		return err
	}
	for _, s := range o.Selectors {
		d.DKIMSelectors = append(d.DKIMSelectors, strings.TrimSpace(s))
	}
	for _, a := range o.SendingIPs {
		ip := net.ParseIP(strings.TrimSpace(a))
		if ip == nil {
			return usageErr("--sending-ip %q is not an IP address: give the public address your mail leaves from, such as 192.0.2.25", a)
		}
		d.SendingIPs = append(d.SendingIPs, ip)
	}
	if len(o.Blocklist) > 0 {
		if d.DNSBL, err = dnsbl.ParseLists(o.Blocklist); err != nil {
			return usageErr("--blocklist: %v", err)
		}
	}
	if d.PortMap, err = parsePortMap(o.PortMap); err != nil {
		return err
	}
	return optionFlagError(d.Validate(), diagnoseFlags.Get())
}

// readInputs takes the recipient from the argument (or, pasted whole, the
// reply), or recipient, sender and reply from --bounce, and reads
// --message.
func (o *diagnoseOptions) readInputs() error {
	d := &o.Diagnose
	switch arg := strings.TrimSpace(o.Arg); {
	case o.Bounce != "":
		if err := o.readBounce(); err != nil {
			return err
		}
	case strings.ContainsAny(arg, " \t\r\n"):
		// A reply or log line pasted whole: explain it and run the checks
		// it points to.
		d.Reply = o.Arg
	case !strings.Contains(o.Arg, "@"):
		return usageErr("%q is not an address: give the recipient, such as bob@example.com, or paste a whole reply or log line in quotes", o.Arg)
	default:
		o.recipient = o.Arg
	}
	if o.Message == "" {
		return nil
	}
	if o.Message == "-" && o.Bounce == "-" {
		return usageErr("--message - and --bounce - cannot both read standard input")
	}
	raw, err := readInput(o.Message, o.IO)
	if err != nil {
		return usageErr("--message: %v", err)
	}
	if d.Message, err = diagnose.ParseMessage(raw); err != nil {
		return usageErr("--message %s: %v", o.Message, err)
	}
	return nil
}

// readBounce takes the recipient, the sender (unless --from is given), the
// reply and the returned header from the --bounce message.
func (o *diagnoseOptions) readBounce() error {
	d := &o.Diagnose
	raw, err := readInput(o.Bounce, o.IO)
	if err != nil {
		return usageErr("--bounce: %v", err)
	}
	b, err := bounce.ParseBytes(raw)
	if err != nil {
		return usageErr("--bounce %s: %v", o.Bounce, err)
	}
	in, err := diagnose.FromBounce(b)
	if err != nil {
		return usageErr("--bounce %s: %v", o.Bounce, err)
	}
	o.recipient, d.Reply = in.Recipient, in.Reply
	if b.OriginalFrom != "" && o.Message == "" {
		// The bounce carries the returned message's header: its From:
		// and DKIM signatures are checked as --message would.
		if m, err := diagnose.MessageFromHeader(b.OriginalFrom, b.OriginalDKIM); err == nil {
			d.Message = m
		}
	}
	if d.From == "" {
		d.From = in.From
	}
	if d.Reply == "" {
		d.Reply = "550 " + in.Recipient + " bounced"
	}
	return nil
}

// diagnoseDocument is the JSON output of smtpgw diagnose.
type diagnoseDocument struct {
	*diagnose.Result
	FailOn report.Status `json:"fail_on"`
	Failed bool          `json:"failed"`
}

func diagnoseRun(ctx context.Context, o *diagnoseOptions) error {
	d := o.Diagnose
	var err error
	if d.Resolver, err = o.Global.DNSResolver(); err != nil {
		return err
	}
	if d.RootCAs, err = o.Global.RootCAs(); err != nil {
		return err
	}
	res, err := diagnose.Run(ctx, d, o.recipient)
	if err != nil {
		return optionFlagError(err, diagnoseFlags.Get())
	}
	failed := report.Reaches(res.Findings, o.failOn)
	if err := o.write(res, failed); err != nil {
		return err
	}
	if failed {
		return &ExitError{Code: ExitFindings}
	}
	return nil
}

// write renders the diagnosis in the chosen format.
func (o *diagnoseOptions) write(res *diagnose.Result, failed bool) error {
	switch o.format {
	case "json":
		return report.WriteJSON(o.IO.Out, diagnoseDocument{Result: res, FailOn: o.failOn, Failed: failed})
	case "junit":
		return report.WriteJUnit(o.IO.Out, res.Findings, report.JUnitOptions{Name: "smtpgw diagnose", FailureAt: o.failOn})
	case "markdown":
		return report.WriteMarkdown(o.IO.Out, res.Findings, report.MarkdownOptions{Title: "smtpgw diagnose: " + res.Verdict.Cause})
	case "sarif":
		return report.WriteSARIF(o.IO.Out, res.Findings, report.SARIFOptions{Version: toolVersion(), InfoURI: "https://github.com/smtpgw/smtpgw"})
	}
	v := res.Verdict
	doc := report.Diagnosis{Recipient: res.Recipient, Reply: replyInput(res), From: res.From, Cause: v.Cause, Side: string(v.Side), Evidence: v.Evidence,
		Fix: v.Fix, Untested: v.Untested, Findings: res.Findings, ElapsedMS: res.ElapsedMS}
	to := textOptions(o.IO)
	to.Verbose, to.HidePass = o.Verbose, !o.Verbose
	return report.WriteDiagnosis(o.IO.Out, doc, to)
}

func replyInput(res *diagnose.Result) string {
	if res.Reply == nil {
		return ""
	}
	return res.Reply.Input
}

// readInput reads a file, or standard input for "-".
func readInput(path string, ios *IOStreams) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(io.LimitReader(ios.In, bounce.MaxMessage))
	}
	return os.ReadFile(path)
}

// diagnoseInput checks what the diagnose question got: an address, or a
// pasted reply (anything with a space) that explain can read.
func diagnoseInput(s string) error {
	if strings.ContainsAny(s, " \t") {
		_, err := explain.ExplainText(s)
		return err
	}
	_, err := send.ParseAddress(s)
	return err
}

// findingsOutput reads the output flags of the commands that report
// findings as check does (diagnose, inspect): --format (or --json) and
// --fail-on.
func findingsOutput(format string, json bool, failOn string) (string, report.Status, error) {
	st, err := report.ParseStatus(failOn)
	if err != nil {
		return "", "", usageErr("--fail-on: %v", err)
	}
	f := strings.ToLower(strings.TrimSpace(format))
	if json {
		f = "json"
	}
	switch f {
	case "text", "json", "junit", "markdown", "sarif":
		return f, st, nil
	}
	return "", "", usageErr("unknown --format %q: use text, json, junit, markdown or sarif", format)
}
