package main

import (
	"context"
	"errors"
	"io"
	"net"
	"os"
	"strings"

	"github.com/smtpgw/smtpgw/bounce"
	"github.com/smtpgw/smtpgw/diagnose"
	"github.com/smtpgw/smtpgw/dnsbl"
	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/internal/prompt"
	"github.com/smtpgw/smtpgw/report"
	"github.com/smtpgw/smtpgw/send"
	"github.com/spf13/cobra"
)

// diagnoseOptions are the flags and inputs of smtpgw diagnose.
type diagnoseOptions struct {
	IO     *IOStreams
	Global *GlobalOptions

	From       string
	SendingIPs []string
	HELO       string
	Server     string
	Bounce     string
	Message    string
	Selectors  []string
	FailOn     string
	Format     string
	JSON       bool
	Verbose    bool

	Blocklist []string // dnsbl.ParseList specs; none: the built-in table

	// Testing aid (hidden).
	PortMap []string
}

func newDiagnoseCmd(ios *IOStreams, g *GlobalOptions) *cobra.Command {
	o := &diagnoseOptions{IO: ios, Global: g}
	cmd := &cobra.Command{
		Use:   "diagnose RECIPIENT|\"PASTED REPLY\" [--from SENDER] [--sending-ip IP] [--helo NAME] [--server HOST[:PORT]]",
		Short: "Answer \"why doesn't my mail to this address arrive?\": one verdict, then the evidence",
		Long: `Diagnose looks at everything between you and a recipient at once, under one
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
does, 2 on bad usage.`,
		Example: `  smtpgw diagnose bob@example.com
  smtpgw diagnose bob@example.com --from alice@example.org --dkim-selector s1
  smtpgw diagnose bob@example.com --message rejected.eml --sending-ip 192.0.2.25
  smtpgw diagnose bob@example.com --from alice@example.org --sending-ip 192.0.2.25 --helo mail.example.org
  smtpgw diagnose bob@example.com --from alice@example.org --server mx2.example.com:25
  smtpgw diagnose --bounce returned.eml --sending-ip 192.0.2.25
  smtpgw diagnose "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org"
  smtpgw diagnose bob@example.com --from alice@example.org --sending-ip 192.0.2.25 --json --resolver 127.0.0.1`,
		Args: func(cmd *cobra.Command, args []string) error {
			if o.Bounce != "" {
				if len(args) > 0 {
					return usageErr("--bounce takes the recipient from the bounce: give no RECIPIENT argument")
				}
				return nil
			}
			if len(args) == 0 && g.interactive(ios, o.JSON || (o.Format != "" && o.Format != "text")) {
				return nil // asked for in RunE
			}
			if len(args) != 1 {
				return usageErr("give one recipient address (or a pasted reply in quotes), or --bounce FILE")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			arg := ""
			if len(args) == 1 {
				arg = args[0]
			}
			if len(args) == 0 && o.Bounce == "" {
				a := newAsker(ios, g)
				var err error
				arg, err = a.ask(prompt.Question{
					Title:    "Recipient whose mail does not arrive",
					Help:     "an address such as bob@example.com, or paste the reply or log line your mail got",
					Validate: diagnoseInput,
				}, "")
				if err != nil {
					return err
				}
				if o.From == "" && !strings.ContainsAny(arg, " \t") {
					if o.From, err = a.ask(prompt.Question{
						Title:    "Your sender address",
						Help:     "for a test up to RCPT TO (no message is sent); Enter: no RCPT test",
						Optional: true,
						Validate: func(s string) error { _, err := send.ParseAddress(s); return err },
					}, "--from"); err != nil {
						return err
					}
				}
				a.equivalent()
			}
			return runDiagnose(cmd.Context(), o, arg)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.From, "from", "", "envelope sender `ADDRESS` for the RCPT test and the sender-side checks")
	f.StringArrayVar(&o.SendingIPs, "sending-ip", nil, "public `IP` your mail leaves from: reverse DNS, SPF and blocklists (repeatable)")
	f.StringVar(&o.HELO, "helo", "", "`NAME` to send in EHLO, also checked to resolve to the sending IP (default: this machine's FQDN)")
	f.StringVar(&o.Server, "server", "", "test this `HOST[:PORT]` instead of the recipient's MX hosts")
	f.StringVar(&o.Bounce, "bounce", "", "take recipient, sender and reply from the bounce message in `FILE` (- for stdin)")
	f.StringVar(&o.Message, "message", "", "the message that does not arrive, in `FILE` (- for stdin): DMARC of its From: domain and the key records of its DKIM signatures' selectors")
	f.StringSliceVar(&o.Selectors, "dkim-selector", nil, "DKIM `SELECTOR` whose key record to check at the From: domain (comma-separated or repeated)")
	f.StringVar(&o.FailOn, "fail-on", "fail", "exit 1 when a finding is at least this bad: pass, info, warn or fail")
	f.BoolVar(&o.JSON, "json", false, "print the diagnosis as JSON (same as --format json)")
	f.StringVar(&o.Format, "format", "text", "output `FORMAT`: text, json, junit, markdown or sarif (the findings, as smtpgw check writes them)")
	f.BoolVarP(&o.Verbose, "verbose", "v", false, "show passing checks and all evidence")
	f.StringSliceVar(&o.PortMap, "port-map", nil, "dial logical `PORT=[HOST]:PORT` elsewhere (testing aid)")
	f.StringArrayVar(&o.Blocklist, "blocklist", nil, "ask this `LIST` instead of the built-in table: a table zone (zen.spamhaus.org), ZONE=MIRROR (zen.spamhaus.org=KEY.zen.dq.spamhaus.net), ip:ZONE or domain:ZONE of your own, or default (repeatable)")
	_ = f.MarkHidden("port-map")
	return cmd
}

func init() { register("diagnose", newDiagnoseCmd) }

// diagnoseDocument is the JSON output of smtpgw diagnose.
type diagnoseDocument struct {
	*diagnose.Result
	FailOn report.Status `json:"fail_on"`
	Failed bool          `json:"failed"`
}

func runDiagnose(ctx context.Context, o *diagnoseOptions, recipient string) error {
	format, failOn, err := findingsOutput(o.Format, o.JSON, o.FailOn)
	if err != nil {
		return err
	}
	dopts := diagnose.Options{From: o.From, HELO: o.HELO, Server: o.Server, Timeout: o.Global.TimeoutOr(diagnose.DefaultTimeout)}
	// A reply or log line pasted whole: explain it and run the checks it
	// points to.
	if o.Bounce != "" {
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
		recipient, dopts.Reply = in.Recipient, in.Reply
		if b.OriginalFrom != "" && o.Message == "" {
			// The bounce carries the returned message's header: its From:
			// and DKIM signatures are checked as --message would.
			if m, err := diagnose.MessageFromHeader(b.OriginalFrom, b.OriginalDKIM); err == nil {
				dopts.Message = m
			}
		}
		if dopts.From == "" {
			dopts.From = in.From
		}
		if dopts.Reply == "" {
			dopts.Reply = "550 " + in.Recipient + " bounced"
		}
	} else if strings.ContainsAny(strings.TrimSpace(recipient), " \t\r\n") {
		dopts.Reply, recipient = recipient, ""
	} else if !strings.Contains(recipient, "@") {
		return usageErr("%q is not an address: give the recipient, such as bob@example.com, or paste a whole reply or log line in quotes", recipient)
	}
	if o.Message != "" {
		if o.Message == "-" && o.Bounce == "-" {
			return usageErr("--message - and --bounce - cannot both read standard input")
		}
		raw, err := readInput(o.Message, o.IO)
		if err != nil {
			return usageErr("--message: %v", err)
		}
		if dopts.Message, err = diagnose.ParseMessage(raw); err != nil {
			return usageErr("--message %s: %v", o.Message, err)
		}
	}
	for _, s := range o.Selectors {
		s = strings.TrimSpace(s)
		if s == "" || strings.ContainsAny(s, " \t/\\@:;,") {
			return usageErr("--dkim-selector %q: give selector names such as s1,google", s)
		}
		dopts.DKIMSelectors = append(dopts.DKIMSelectors, s)
	}
	if len(dopts.DKIMSelectors) > 0 && o.From == "" && dopts.Message == nil && o.Bounce == "" {
		return usageErr("--dkim-selector needs the From: domain: give --from ADDRESS or --message FILE")
	}
	if o.From != "" && !strings.Contains(o.From, "@") {
		return usageErr("--from %q: give the envelope sender address, such as alice@example.org", o.From)
	}
	for _, a := range o.SendingIPs {
		ip := net.ParseIP(strings.TrimSpace(a))
		if ip == nil {
			return usageErr("--sending-ip %q is not an IP address: give the public address your mail leaves from, such as 192.0.2.25", a)
		}
		dopts.SendingIPs = append(dopts.SendingIPs, ip)
	}
	if o.HELO != "" && (strings.ContainsAny(o.HELO, " \t\r\n") || len(o.HELO) > 255) {
		return usageErr("--helo %q: give one host name without spaces, such as mail.example.com", o.HELO)
	}
	if len(o.Blocklist) > 0 {
		if dopts.DNSBL, err = dnsbl.ParseLists(o.Blocklist); err != nil {
			return usageErr("--blocklist: %v", err)
		}
	}
	if dopts.PortMap, err = parsePortMap(o.PortMap); err != nil {
		return usageErr("--port-map: %v", err)
	}
	if dopts.Resolver, err = o.Global.DNSResolver(); err != nil {
		return err
	}
	if dopts.RootCAs, err = o.Global.RootCAs(); err != nil {
		return err
	}
	res, err := diagnose.Run(ctx, dopts, recipient)
	if err != nil {
		if errors.Is(err, diagnose.ErrUsage) {
			return usageErr("%v", err)
		}
		return err
	}
	failed := report.Reaches(res.Findings, failOn)
	switch format {
	case "json":
		err = report.WriteJSON(o.IO.Out, diagnoseDocument{Result: res, FailOn: failOn, Failed: failed})
	case "junit":
		err = report.WriteJUnit(o.IO.Out, res.Findings, report.JUnitOptions{Name: "smtpgw diagnose", FailureAt: failOn})
	case "markdown":
		err = report.WriteMarkdown(o.IO.Out, res.Findings, report.MarkdownOptions{Title: "smtpgw diagnose: " + res.Verdict.Cause})
	case "sarif":
		err = report.WriteSARIF(o.IO.Out, res.Findings, report.SARIFOptions{Version: version, InfoURI: "https://github.com/smtpgw/smtpgw"})
	}
	if err != nil {
		return err
	}
	if format == "text" {
		v := res.Verdict
		d := report.Diagnosis{Recipient: res.Recipient, Reply: replyInput(res), From: res.From, Cause: v.Cause, Side: string(v.Side), Evidence: v.Evidence,
			Fix: v.Fix, Untested: v.Untested, Findings: res.Findings, ElapsedMS: res.ElapsedMS}
		to := textOptions(o.IO)
		to.Verbose, to.HidePass = o.Verbose, !o.Verbose
		if err := report.WriteDiagnosis(o.IO.Out, d, to); err != nil {
			return err
		}
	}
	if failed {
		return &ExitError{Code: ExitFindings}
	}
	return nil
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
