package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/smtpgw/smtpgw/inspect"
	"github.com/smtpgw/smtpgw/internal/prompt"
	"github.com/smtpgw/smtpgw/report"
	"github.com/spf13/cobra"
)

// maxMessageSize bounds the message read by inspect.
const maxMessageSize = 64 << 20

type inspectOptions struct {
	IO      *IOStreams
	Global  *GlobalOptions
	Path    string
	FailOn  string
	Format  string
	JSON    bool
	Verbose bool
}

func newInspectCmd(ios *IOStreams, g *GlobalOptions) *cobra.Command {
	o := &inspectOptions{IO: ios, Global: g}
	cmd := &cobra.Command{
		Use:   "inspect FILE|-",
		Short: "Inspect a received message: DKIM re-verified, the receiver's verdict, the Received: path, bulk-sender rules",
		Long: `Inspect reads one received message (an .eml or a message saved from a mail
client, or its headers only, pasted on stdin with -) and says why it may have
landed in spam:

  DKIM      every DKIM-Signature verified now against DNS (--resolver): domain,
            selector, algorithm and key size, signed headers, l= (a risk),
            whether From is oversigned, and why a failure happened (body
            changed, header changed, key missing, revoked or too short)
  Verdict   the newest Authentication-Results (the receiving hop): SPF, DKIM
            and DMARC as the receiver saw them
  Now       at the hop into the receiver (its client IP and HELO): SPF
            check_host() for the Return-Path, the DMARC verdict for the From
            domain (SPF and DKIM alignment, relaxed or strict, the policy and
            what a receiver does), forward-confirmed reverse DNS of the IP;
            differences from the receiver's verdict explained
  ARC       the chain validated (RFC 8617): instances, cv=, every seal and
            the newest message signature, with the keys published now
  Filters   spam-filter verdict headers explained: Microsoft 365 / Outlook.com
            (SCL, SFV, CAT, BCL...), SpamAssassin (score, rules), rspamd
            (action, symbols), Proofpoint, Mimecast, Gmail
  Path      each Received: hop oldest first, TLS or not, the delay since the
            previous hop (clock skew flagged), total transit
  Bulk      Gmail's and Yahoo's sender requirements (February 2024) and
            Outlook.com's for high-volume senders (May 2025): a single valid
            From, Message-ID and Date, SPF and DKIM pass, DMARC published and
            aligned, reverse DNS, one-click unsubscribe (RFC 8058) for bulk
            mail, TLS on the hop into the receiver

Headers only: body hashes cannot be checked; key records are still fetched.

Exit status: 0 when no finding reaches --fail-on (default fail), 1 when one
does, 2 when the input cannot be read or is not a message.`,
		Example: `  smtpgw inspect message.eml
  pbpaste | smtpgw inspect -
  smtpgw inspect message.eml --json --resolver 127.0.0.1:53
  smtpgw inspect message.eml --fail-on warn -v
  smtpgw inspect message.eml --format markdown > ticket.md`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && g.interactive(ios, o.JSON || (o.Format != "" && o.Format != "text")) {
				return nil // asked for in RunE
			}
			return cobra.ExactArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				a := newAsker(ios, g)
				f, err := a.ask(prompt.Question{
					Title: "Message file to inspect",
					Help:  "a received message saved as .eml (with its headers)",
					Validate: func(s string) error {
						st, err := os.Stat(s)
						if err == nil && st.IsDir() {
							return fmt.Errorf("%s is a directory: give one message file", s)
						}
						return err
					},
				}, "")
				if err != nil {
					return err
				}
				a.equivalent()
				args = []string{f}
			}
			o.Path = args[0]
			return runInspect(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.FailOn, "fail-on", "fail", "exit 1 when a finding is at least this bad: pass, info, warn or fail")
	f.BoolVar(&o.JSON, "json", false, "print the result as JSON (same as --format json)")
	f.StringVar(&o.Format, "format", "text", "output `FORMAT`: text, json, markdown (for a ticket: the message, authentication then and now, spam filters, path, findings), junit or sarif (the findings, as smtpgw check writes them)")
	f.BoolVarP(&o.Verbose, "verbose", "v", false, "show passing findings and all evidence")
	return cmd
}

func init() { register("inspect", newInspectCmd) }

// inspectDocument is the JSON output of smtpgw inspect.
type inspectDocument struct {
	Worst  report.Status         `json:"worst"`
	Counts map[report.Status]int `json:"counts"`
	FailOn report.Status         `json:"fail_on"`
	Failed bool                  `json:"failed"`
	*inspect.Result
}

func runInspect(ctx context.Context, o *inspectOptions) error {
	format, failOn, err := findingsOutput(o.Format, o.JSON, o.FailOn)
	if err != nil {
		return err
	}
	var in io.Reader = o.IO.In
	name := "stdin"
	if o.Path != "-" {
		fh, err := os.Open(o.Path)
		if err != nil {
			return usageErr("cannot read the message: %v", err)
		}
		defer fh.Close()
		in, name = fh, o.Path
	}
	raw, err := io.ReadAll(io.LimitReader(in, maxMessageSize+1))
	if err != nil {
		return usageErr("cannot read %s: %v", name, err)
	}
	if len(raw) > maxMessageSize {
		return usageErr("%s is over %d MiB: give one message", name, maxMessageSize>>20)
	}
	r, err := o.Global.DNSResolver()
	if err != nil {
		return err
	}
	res, err := inspect.Run(ctx, inspect.Options{Resolver: r}, raw)
	if errors.Is(err, inspect.ErrNotMessage) {
		return usageErr("%s: %v; give a message file (.eml) or its header, starting with a field such as \"Received:\" or \"From:\"", name, err)
	}
	if err != nil {
		return err
	}
	failed := report.Reaches(res.Findings, failOn)
	switch format {
	case "json":
		err = report.WriteJSON(o.IO.Out, inspectDocument{Worst: report.Worst(res.Findings), Counts: report.Counts(res.Findings), FailOn: failOn, Failed: failed, Result: res})
	case "markdown":
		err = report.WriteInspectMarkdown(o.IO.Out, res)
	case "junit":
		err = report.WriteJUnit(o.IO.Out, res.Findings, report.JUnitOptions{Name: "smtpgw inspect", FailureAt: failOn})
	case "sarif":
		err = report.WriteSARIF(o.IO.Out, res.Findings, report.SARIFOptions{Version: version, InfoURI: "https://github.com/smtpgw/smtpgw"})
	default:
		err = report.WriteInspect(o.IO.Out, res, report.InspectOptions{Color: o.IO.Color(), Verbose: o.Verbose, Width: o.IO.TerminalWidth()})
	}
	if err != nil {
		return fmt.Errorf("writing output: %v", err)
	}
	if failed {
		return &ExitError{Code: ExitFindings}
	}
	return nil
}
