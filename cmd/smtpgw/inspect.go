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

// inspectOptions are the flags and inputs of smtpgw inspect.
type inspectOptions struct {
	IO      *IOStreams
	Global  *GlobalOptions
	Path    string
	FailOn  string
	Format  string
	JSON    bool
	Verbose bool

	format string
	failOn report.Status
}

const inspectLong = `Inspect reads one received message (an .eml or a message saved from a mail
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
does, 2 when the input cannot be read or is not a message.`

const inspectExample = `  smtpgw inspect message.eml
  pbpaste | smtpgw inspect -
  smtpgw inspect message.eml --json --resolver 127.0.0.1:53
  smtpgw inspect message.eml --fail-on warn -v
  smtpgw inspect message.eml --format markdown > ticket.md`

// NewCmdInspect builds smtpgw inspect; runF replaces inspectRun in tests.
func NewCmdInspect(f *Factory, runF func(context.Context, *inspectOptions) error) *cobra.Command {
	o := &inspectOptions{IO: f.IO, Global: f.Global}
	cmd := &cobra.Command{
		Use:     "inspect FILE|-",
		Short:   "Inspect a received message: DKIM re-verified, the receiver's verdict, the Received: path, bulk-sender rules",
		Long:    inspectLong,
		Example: inspectExample,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && o.Global.interactive(o.IO, o.JSON || (o.Format != "" && o.Format != "text")) {
				return nil // asked for in RunE
			}
			return cobra.ExactArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				p, err := o.askPath()
				if err != nil {
					return err
				}
				args = []string{p}
			}
			o.Path = args[0]
			var err error
			if o.format, o.failOn, err = findingsOutput(o.Format, o.JSON, o.FailOn); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), o)
			}
			return inspectRun(cmd.Context(), o)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&o.FailOn, "fail-on", "fail", "exit 1 when a finding is at least this bad: pass, info, warn or fail")
	fl.BoolVar(&o.JSON, "json", false, "print the result as JSON (same as --format json)")
	fl.StringVar(&o.Format, "format", "text", "output `FORMAT`: text, json, markdown (for a ticket: the message, authentication then and now, spam filters, path, findings), junit or sarif (the findings, as smtpgw check writes them)")
	fl.BoolVarP(&o.Verbose, "verbose", "v", false, "show passing findings and all evidence")
	return cmd
}

// askPath asks for the message file on a terminal.
func (o *inspectOptions) askPath() (string, error) {
	a := newAsker(o.IO, o.Global)
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
	if err == nil {
		a.equivalent()
	}
	return f, err
}

// inspectDocument is the JSON output of smtpgw inspect.
type inspectDocument struct {
	Worst  report.Status         `json:"worst"`
	Counts map[report.Status]int `json:"counts"`
	FailOn report.Status         `json:"fail_on"`
	Failed bool                  `json:"failed"`
	*inspect.Result
}

func inspectRun(ctx context.Context, o *inspectOptions) error {
	raw, name, err := o.readMessage()
	if err != nil {
		return err
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
	failed := report.Reaches(res.Findings, o.failOn)
	if err := o.write(res, failed); err != nil {
		return fmt.Errorf("writing output: %v", err)
	}
	if failed {
		return &ExitError{Code: ExitFindings}
	}
	return nil
}

// readMessage reads the message (- for stdin), at most
// inspect.MaxMessageSize, and returns it with the name to show.
func (o *inspectOptions) readMessage() ([]byte, string, error) {
	var in io.Reader = o.IO.In
	name := "stdin"
	if o.Path != "-" {
		fh, err := os.Open(o.Path)
		if err != nil {
			return nil, "", usageErr("cannot read the message: %v", err)
		}
		defer fh.Close()
		in, name = fh, o.Path
	}
	raw, err := io.ReadAll(io.LimitReader(in, inspect.MaxMessageSize+1))
	if err != nil {
		return nil, "", usageErr("cannot read %s: %v", name, err)
	}
	if len(raw) > inspect.MaxMessageSize {
		return nil, "", usageErr("%s is over %d MiB: give one message", name, inspect.MaxMessageSize>>20)
	}
	return raw, name, nil
}

// write renders res in the chosen format.
func (o *inspectOptions) write(res *inspect.Result, failed bool) error {
	switch o.format {
	case "json":
		return report.WriteJSON(o.IO.Out, inspectDocument{Worst: report.Worst(res.Findings), Counts: report.Counts(res.Findings), FailOn: o.failOn, Failed: failed, Result: res})
	case "markdown":
		return report.WriteInspectMarkdown(o.IO.Out, res)
	case "junit":
		return report.WriteJUnit(o.IO.Out, res.Findings, report.JUnitOptions{Name: "smtpgw inspect", FailureAt: o.failOn})
	case "sarif":
		return report.WriteSARIF(o.IO.Out, res.Findings, report.SARIFOptions{Version: toolVersion(), InfoURI: "https://github.com/smtpgw/smtpgw"})
	}
	return report.WriteInspect(o.IO.Out, res, report.InspectOptions{Color: o.IO.Color(), Verbose: o.Verbose, Width: o.IO.TerminalWidth()})
}
