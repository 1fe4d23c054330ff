package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"sort"
	"strings"

	"github.com/smtpgw/smtpgw/check"
	"github.com/smtpgw/smtpgw/dnsbl"
	"github.com/smtpgw/smtpgw/internal/lazy"
	"github.com/smtpgw/smtpgw/internal/prompt"
	"github.com/smtpgw/smtpgw/probe"
	"github.com/smtpgw/smtpgw/report"
	"github.com/spf13/cobra"
)

// checkOptions are the flags and inputs of smtpgw check. Flags that are
// check.Options fields are bound to Check directly; the rest are parsed
// into it by complete.
type checkOptions struct {
	IO     *IOStreams
	Global *GlobalOptions
	Args   []string
	File   string

	Selectors  []string
	SPFIP      string
	Expect     []string
	FailOn     string
	JSON       bool
	Verbose    bool
	SARIFURI   string
	SendingIPs []string

	outputs outputList

	// PortMap redirects logical ports (--port-map, portmap.Ports): the
	// SMTP ports, and 443 of the MTA-STS policy host.
	PortMap []string
	// Blocklist are the lists chosen by the user (dnsbl.ParseList
	// specs); none: the table dnsbl.Default().
	Blocklist []string

	Check   check.Options // what the flags ask for (resolver and CAs are added by checkRun)
	failOn  report.Status
	specs   []outputSpec
	domains []string
}

// checkFlags names the flag of each check.Options field, for errors.
var checkFlags = lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{
		"Submission": "--submission", "SkipSMTP": "--skip-smtp", "DKIMSelectors": "--dkim-selector", "SPFIP": "--spf-ip",
		"SPFSender": "--spf-sender", "SPFHELO": "--spf-helo", "HELO": "--helo",
		"PortMap": "--port-map", "Timeout": "--timeout",
	}
}}

// machineOutput reports whether stdout gets JSON or another format for
// programs (then nothing is asked).
func (o *checkOptions) machineOutput() bool {
	if o.JSON {
		return true
	}
	for _, s := range o.outputs.specs {
		if s.Format != "" && s.Format != "text" && (s.Path == "" || s.Path == "-") {
			return true
		}
	}
	return false
}

// outputSpec is one --format, with the --output that follows it.
type outputSpec struct {
	Format string
	Path   string // "" or "-": stdout
}

// outputList keeps --format and --output in command-line order, so each
// --output belongs to the --format before it.
type outputList struct {
	specs []outputSpec
	err   error
}

var checkFormats = []string{"text", "json", "junit", "markdown", "sarif"}

type formatFlag struct{ l *outputList }

func (f formatFlag) String() string { return "" }
func (f formatFlag) Type() string   { return "FORMAT" }
func (f formatFlag) Set(v string) error {
	v = strings.ToLower(strings.TrimSpace(v))
	for _, k := range checkFormats {
		if v == k {
			f.l.specs = append(f.l.specs, outputSpec{Format: v})
			return nil
		}
	}
	return fmt.Errorf("unknown format %q: use %s", v, strings.Join(checkFormats, ", "))
}

type outputFlag struct{ l *outputList }

func (f outputFlag) String() string { return "" }
func (f outputFlag) Type() string   { return "FILE" }
func (f outputFlag) Set(v string) error {
	if v == "" {
		return fmt.Errorf("empty file name")
	}
	n := len(f.l.specs)
	switch {
	case n > 0 && f.l.specs[n-1].Path == "":
		f.l.specs[n-1].Path = v
	case n == 0:
		f.l.specs = append(f.l.specs, outputSpec{Path: v}) // format decided later: text, or json with --json
	default:
		if f.l.err == nil {
			f.l.err = fmt.Errorf("--output %s follows another --output: give each file its own --format, such as --format junit --output report.xml", v)
		}
	}
	return nil
}

const checkLong = `Check runs every mail control of a domain at once and gives a pass/fail per
control, with what to fix:

  MX        the MX set (null MX, implicit MX, CNAME or IP-literal targets),
            forward-confirmed reverse DNS of every MX address (mx.fcrdns)
  STARTTLS  port 25 of every MX address (587 and 465 too with --submission):
            STARTTLS, TLS version, certificate trust, name and expiry
  SPF       one v=spf1 record, syntax, the 10-lookup and 2-void-lookup limits,
            +all/?all; --spf-ip IP evaluates check_host() for a sender
            (--spf-sender) and, with --spf-helo NAME, for the HELO identity
  DMARC     _dmarc record (organisational-domain fallback), policy, rua
  DKIM      key records of the --dkim-selector selectors
  MTA-STS   _mta-sts TXT, the HTTPS policy (no redirects, 64 KB, trusted
            certificate), every MX matching an mx pattern, the MX hosts' TLS
  TLS-RPT   _smtp._tls record
  DANE      TLSA records of every MX, DNSSEC-validated, matched against the
            certificate chain each MX presents
  DNSSEC    whether the MX answer is validated (AD bit of the resolver)
  DNSBL     with --blocklists: every MX address and every --sending-ip
            against the major IP blocklists (Spamhaus ZEN, SpamCop,
            Barracuda, UCEPROTECT L1, PSBL, Mailspike), the domain against
            the domain lists (Spamhaus DBL, SURBL, URIBL): dnsbl.listed with
            the return code's meaning and the delisting address; a list that
            refuses the query (Spamhaus answers 127.255.255.254 through
            public resolvers) is dnsbl.refused, "could not check"

Every DNS query goes to --resolver (or /etc/resolv.conf), including the name of
the MTA-STS policy host; answers are cached for the run, so several domains
sharing an SPF include cost one query. Use a validating resolver for DANE and
DNSSEC: with one that does not validate, signed zones look unsigned.

--expect RULE tightens the verdict; an unmet rule is a failing finding
"expect.RULE". Rules: dmarc=reject|quarantine|none, mta-sts=enforce|testing,
dane, starttls, spf, dnssec, tlsrpt.

Output: --format text|json|junit|markdown|sarif, each optionally followed by
--output FILE (several pairs in one run; at most one format goes to stdout).
JUnit failures are the findings that reach --fail-on; other warnings are in
the test cases' output. Markdown suits $GITHUB_STEP_SUMMARY (appended to, as
GitHub expects). SARIF 2.1.0: --sarif-uri names the repository file results
are attached to, which GitHub code scanning requires.

Exit status: 0 when no finding reaches --fail-on (default fail), 1 when one
does, 2 on bad usage.`

const checkExample = `  smtpgw check example.com
  smtpgw check example.com example.org --expect dmarc=reject --expect mta-sts=enforce --expect dane
  smtpgw check -f domains.txt --format junit --output check.xml --format markdown --output "$GITHUB_STEP_SUMMARY"
  smtpgw check example.com --dkim-selector s1,s2 --spf-ip 192.0.2.25 --spf-sender bounce@example.com
  smtpgw check example.com --skip-smtp --spf-ip 192.0.2.25 --spf-sender bounce@example.com --spf-helo mail.example.com
  smtpgw check example.com --submission --json --resolver 127.0.0.1:53
  smtpgw check example.com --skip-smtp --expect mta-sts=enforce   # CI runner without outbound port 25
  smtpgw check example.com --blocklists --sending-ip 192.0.2.25 --sending-ip 192.0.2.26 --resolver 127.0.0.1
  smtpgw check example.com --format sarif --output check.sarif --sarif-uri dns/example.com.zone`

// NewCmdCheck builds smtpgw check; runF replaces checkRun in tests.
func NewCmdCheck(f *Factory, runF func(context.Context, *checkOptions) error) *cobra.Command {
	o := &checkOptions{IO: f.IO, Global: f.Global}
	cmd := &cobra.Command{
		Use:     "check DOMAIN... [-f FILE]",
		Short:   "Check a domain's mail posture (MX, STARTTLS, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, DANE, DNSSEC) for CI",
		Long:    checkLong,
		Example: checkExample,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			if len(args) == 0 && o.File == "" && o.Global.interactive(o.IO, o.machineOutput()) {
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
			return checkRun(cmd.Context(), o)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&o.File, "file", "f", "", "read domains from `FILE`, one per line (# comments; - for stdin)")
	fl.BoolVar(&o.Check.Submission, "submission", false, "also probe the submission ports 587 (STARTTLS) and 465 (implicit TLS)")
	fl.BoolVar(&o.Check.SkipSMTP, "skip-smtp", false, "connect to no MX host (for CI runners that block outbound port 25): no STARTTLS, certificate or DANE-matching checks")
	fl.StringSliceVar(&o.Selectors, "dkim-selector", nil, "DKIM `SELECTORS` whose key records to check (comma-separated or repeated)")
	fl.StringVar(&o.SPFIP, "spf-ip", "", "evaluate SPF check_host() for this client `IP`")
	fl.StringVar(&o.Check.SPFSender, "spf-sender", "", "MAIL FROM `ADDRESS` for --spf-ip (default postmaster@DOMAIN; <> for the null sender)")
	fl.StringVar(&o.Check.SPFHELO, "spf-helo", "", "HELO `NAME` for --spf-ip: also evaluate the HELO identity (RFC 7208 §2.3); default DOMAIN")
	fl.StringArrayVar(&o.Expect, "expect", nil, "require `RULE`: dmarc=reject|quarantine|none, mta-sts=enforce|testing, dane, starttls, spf, dnssec, tlsrpt (repeatable)")
	fl.StringVar(&o.FailOn, "fail-on", "fail", "exit 1 when a finding is at least this bad: pass, info, warn or fail")
	fl.Var(formatFlag{&o.outputs}, "format", "output `FORMAT`: text, json, junit, markdown or sarif (repeatable, each with its own --output)")
	fl.Var(outputFlag{&o.outputs}, "output", "write the preceding --format to `FILE` instead of stdout")
	fl.BoolVar(&o.JSON, "json", false, "shorthand for --format json")
	fl.BoolVarP(&o.Verbose, "verbose", "v", false, "text output: show passing checks and all evidence")
	fl.StringVar(&o.Check.HELO, "helo", "", "`NAME` to send in EHLO (default: this machine's FQDN)")
	fl.StringVar(&o.SARIFURI, "sarif-uri", "", "repository-relative `PATH` SARIF results point at (needed by GitHub code scanning)")
	fl.BoolVar(&o.Check.Blocklists, "blocklists", false, "ask the DNS blocklists about every MX address and the domain lists about the domain")
	fl.StringArrayVar(&o.SendingIPs, "sending-ip", nil, "also ask the blocklists about this sending `IP` (repeatable; implies --blocklists)")
	fl.StringArrayVar(&o.Blocklist, "blocklist", nil, "ask this `LIST` instead of the built-in table: a table zone (zen.spamhaus.org), ZONE=MIRROR (zen.spamhaus.org=KEY.zen.dq.spamhaus.net), ip:ZONE or domain:ZONE of your own, or default (repeatable; implies --blocklists)")
	addPortMapFlag(cmd, &o.PortMap, true)
	return cmd
}

// ask asks for a domain on a terminal.
func (o *checkOptions) ask() error {
	a := newAsker(o.IO, o.Global)
	d, err := a.ask(prompt.Question{
		Title: "Domain to check",
		Help:  "the mail domain whose MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT and DANE to check, such as example.com",
		Validate: func(s string) error {
			_, err := probe.ParseTarget(s, false)
			return err
		},
	}, "")
	if err != nil {
		return err
	}
	o.Args = []string{d}
	a.equivalent()
	return nil
}

// checkDocument is the JSON output of smtpgw check.
type checkDocument struct {
	Worst   report.Status         `json:"worst"`
	Counts  map[report.Status]int `json:"counts"`
	FailOn  report.Status         `json:"fail_on"`
	Failed  bool                  `json:"failed"` // a finding reached --fail-on: exit status 1
	Domains []*check.Result       `json:"domains"`
}

// complete turns the flags into check.Options, the output list and the
// domains, and validates them with the package's own checks (usage errors
// name the flag).
func (o *checkOptions) complete() error {
	var err error
	if o.failOn, err = report.ParseStatus(o.FailOn); err != nil {
		return usageErr("--fail-on: %v", err)
	}
	if o.specs, err = o.outputs.resolve(o.JSON); err != nil {
		return err
	}
	c := &o.Check
	c.Timeout = o.Global.TimeoutOr(check.DefaultTimeout)
	for _, s := range o.Selectors {
		c.DKIMSelectors = append(c.DKIMSelectors, strings.TrimSpace(s))
	}
	if o.SPFIP != "" {
		if c.SPFIP = net.ParseIP(o.SPFIP); c.SPFIP == nil {
			return usageErr("--spf-ip %q is not an IP address: give the sending server's address, such as 192.0.2.25", o.SPFIP)
		}
	}
	for _, e := range o.Expect {
		x, err := check.ParseExpectation(e)
		if err != nil {
			return usageErr("--expect: %v", err)
		}
		c.Expect = append(c.Expect, x)
	}
	for _, a := range o.SendingIPs {
		ip := net.ParseIP(strings.TrimSpace(a))
		if ip == nil {
			return usageErr("--sending-ip %q is not an IP address: give the address your mail leaves from, such as 192.0.2.25", a)
		}
		c.SendingIPs = append(c.SendingIPs, ip)
	}
	if len(o.Blocklist) > 0 {
		if c.DNSBL, err = dnsbl.ParseLists(o.Blocklist); err != nil {
			return usageErr("--blocklist: %v", err)
		}
		c.Blocklists = true
	}
	if c.PortMap, err = parsePortMap(o.PortMap); err != nil {
		return err
	}
	if w := o.Global.world; w != nil && c.PortMap == nil {
		c.PortMap = w.portMap
	}
	if w := o.Global.world; w != nil && w.now != nil {
		c.Now = w.now
	}
	if err := c.Validate(); err != nil {
		return optionFlagError(err, checkFlags.Get())
	}
	o.domains, err = o.domainList()
	return err
}

// resolve turns the --format/--output pairs (and --json) into the outputs
// of the run: text to stdout when none is given, at most one to stdout.
func (l *outputList) resolve(jsonFlag bool) ([]outputSpec, error) {
	if l.err != nil {
		return nil, usageErr("%v", l.err)
	}
	specs := append([]outputSpec(nil), l.specs...)
	if jsonFlag {
		specs = append(specs, outputSpec{Format: "json"})
	}
	for i := range specs {
		if specs[i].Format == "" {
			specs[i].Format = "text"
		}
	}
	if len(specs) == 0 {
		specs = []outputSpec{{Format: "text"}}
	}
	stdout := 0
	for _, s := range specs {
		if s.Path == "" || s.Path == "-" {
			stdout++
		}
	}
	if stdout > 1 {
		return nil, usageErr("%d formats would go to stdout: give all but one an --output FILE (e.g. --format junit --output check.xml)", stdout)
	}
	return specs, nil
}

func checkRun(ctx context.Context, o *checkOptions) error {
	copts, specs, domains, failOn := o.Check, o.specs, o.domains, o.failOn
	var err error
	if copts.Resolver, err = o.Global.DNSResolver(); err != nil {
		return err
	}
	if copts.RootCAs, err = o.Global.RootCAs(); err != nil {
		return err
	}

	// Open the output files before the work, so a bad path fails fast.
	writers, closeAll, err := o.openOutputs(specs)
	if err != nil {
		return err
	}
	defer closeAll()

	progress := func(done int) { // serialized by RunAll
		if !o.IO.Progress() {
			return
		}
		if done < len(domains) {
			fmt.Fprintf(o.IO.ErrOut, "\r\033[Kchecking %d domain(s): %d done", len(domains), done)
		} else {
			fmt.Fprint(o.IO.ErrOut, "\r\033[K")
		}
	}
	progress(0)
	results, err := check.RunAll(ctx, copts, domains, progress)
	if err != nil {
		return err
	}

	var all []report.Finding
	for _, r := range results {
		all = append(all, r.Findings...)
	}
	failed := report.Reaches(all, failOn)
	for i, s := range specs {
		toStdout := writers[i] == o.IO.Out
		if err := writeCheck(writers[i], s.Format, results, all, failOn, failed, o, toStdout); err != nil {
			return fmt.Errorf("writing %s output: %v", s.Format, err)
		}
	}
	if failed {
		return &ExitError{Code: ExitFindings}
	}
	return nil
}

// openOutputs opens the --output file of each spec (stdout for none or
// "-"); closeAll closes them.
func (o *checkOptions) openOutputs(specs []outputSpec) (writers []io.Writer, closeAll func(), err error) {
	var files []*os.File
	closeAll = func() {
		for _, f := range files {
			f.Close()
		}
	}
	writers = make([]io.Writer, len(specs))
	for i, s := range specs {
		if s.Path == "" || s.Path == "-" {
			writers[i] = o.IO.Out
			continue
		}
		flags := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
		if sum := os.Getenv("GITHUB_STEP_SUMMARY"); sum != "" && s.Path == sum {
			flags = os.O_CREATE | os.O_WRONLY | os.O_APPEND // GitHub collects what each step appends
		}
		fh, err := os.OpenFile(s.Path, flags, 0o644)
		if err != nil {
			closeAll()
			return nil, nil, usageErr("--output: %v", err)
		}
		files = append(files, fh)
		writers[i] = fh
	}
	return writers, closeAll, nil
}

func writeCheck(w io.Writer, format string, results []*check.Result, all []report.Finding, failOn report.Status, failed bool, o *checkOptions, toStdout bool) error {
	switch format {
	case "json":
		return report.WriteJSON(w, checkDocument{Worst: report.Worst(all), Counts: report.Counts(all), FailOn: failOn, Failed: failed, Domains: results})
	case "junit":
		return report.WriteJUnit(w, all, report.JUnitOptions{Name: "smtpgw check", FailureAt: failOn})
	case "markdown":
		return report.WriteMarkdown(w, all, report.MarkdownOptions{Title: "smtpgw check " + domainList(results)})
	case "sarif":
		return report.WriteSARIF(w, all, report.SARIFOptions{Version: toolVersion(), InfoURI: "https://github.com/smtpgw/smtpgw", ArtifactURI: o.SARIFURI})
	}
	to := report.TextOptions{Verbose: o.Verbose, HidePass: !o.Verbose}
	if toStdout {
		to.Color, to.Width = o.IO.Color(), o.IO.TerminalWidth()
	}
	return report.WriteCheckText(w, results, to)
}

func domainList(results []*check.Result) string {
	var ds []string
	for _, r := range results {
		ds = append(ds, r.Domain)
	}
	if len(ds) > 5 {
		return fmt.Sprintf("%s and %d more", strings.Join(ds[:5], ", "), len(ds)-5)
	}
	return strings.Join(ds, ", ")
}

// domains parses the arguments and -f into domain names.
func (o *checkOptions) domainList() ([]string, error) {
	var targets []probe.Target
	for _, a := range o.Args {
		t, err := probe.ParseTarget(a, false)
		if err != nil {
			return nil, usageErr("%v", err)
		}
		targets = append(targets, t)
	}
	if o.File != "" {
		ft, name, err := probe.ReadTargetsFile(o.File, o.IO.In, false)
		if err != nil {
			return nil, usageErr("%v", err)
		}
		if len(ft) == 0 {
			return nil, usageErr("%s holds no domain: write one domain per line", name)
		}
		targets = append(targets, ft...)
	}
	if len(targets) == 0 {
		return nil, usageErr("give at least one domain, such as: smtpgw check example.com (or -f FILE)")
	}
	seen := map[string]bool{}
	var out []string
	for _, t := range targets {
		if t.Domain == "" || t.Port != 0 {
			return nil, usageErr("%q is not a mail domain: check takes domains such as example.com (use smtpgw probe for hosts, ports and addresses)", t.Input)
		}
		if !seen[t.Domain] {
			seen[t.Domain] = true
			out = append(out, t.Domain)
		}
	}
	sort.Strings(out)
	return out, nil
}
