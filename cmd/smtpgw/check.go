package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/smtpgw/smtpgw/check"
	"github.com/smtpgw/smtpgw/dnsbl"
	"github.com/smtpgw/smtpgw/probe"
	"github.com/smtpgw/smtpgw/report"
	"github.com/spf13/cobra"
)

// checkOptions are the flags and inputs of smtpgw check.
type checkOptions struct {
	IO     *IOStreams
	Global *GlobalOptions
	Args   []string
	File   string

	Submission bool
	SkipSMTP   bool
	Selectors  []string
	SPFIP      string
	SPFSender  string
	SPFHELO    string
	Expect     []string
	FailOn     string
	JSON       bool
	Verbose    bool
	HELO       string
	SARIFURI   string
	Blocklists bool
	SendingIPs []string

	outputs outputList

	// Testing aids (hidden): logical SMTP ports and the MTA-STS policy
	// port mapped to loopback servers.
	PortMap    []string
	MTASTSPort int
	// Blocklist are the lists chosen by the user (dnsbl.ParseList
	// specs); none: the table dnsbl.Default.
	Blocklist []string
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

func newCheckCmd(ios *IOStreams, g *GlobalOptions) *cobra.Command {
	o := &checkOptions{IO: ios, Global: g}
	cmd := &cobra.Command{
		Use:   "check DOMAIN... [-f FILE]",
		Short: "Check a domain's mail posture (MX, STARTTLS, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, DANE, DNSSEC) for CI",
		Long: `Check runs every mail control of a domain at once and gives a pass/fail per
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
does, 2 on bad usage.`,
		Example: `  smtpgw check example.com
  smtpgw check example.com example.org --expect dmarc=reject --expect mta-sts=enforce --expect dane
  smtpgw check -f domains.txt --format junit --output check.xml --format markdown --output "$GITHUB_STEP_SUMMARY"
  smtpgw check example.com --dkim-selector s1,s2 --spf-ip 192.0.2.25 --spf-sender bounce@example.com
  smtpgw check example.com --skip-smtp --spf-ip 192.0.2.25 --spf-sender bounce@example.com --spf-helo mail.example.com
  smtpgw check example.com --submission --json --resolver 127.0.0.1:53
  smtpgw check example.com --skip-smtp --expect mta-sts=enforce   # CI runner without outbound port 25
  smtpgw check example.com --blocklists --sending-ip 192.0.2.25 --sending-ip 192.0.2.26 --resolver 127.0.0.1
  smtpgw check example.com --format sarif --output check.sarif --sarif-uri dns/example.com.zone`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return runCheck(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.File, "file", "f", "", "read domains from `FILE`, one per line (# comments; - for stdin)")
	f.BoolVar(&o.Submission, "submission", false, "also probe the submission ports 587 (STARTTLS) and 465 (implicit TLS)")
	f.BoolVar(&o.SkipSMTP, "skip-smtp", false, "connect to no MX host (for CI runners that block outbound port 25): no STARTTLS, certificate or DANE-matching checks")
	f.StringSliceVar(&o.Selectors, "dkim-selector", nil, "DKIM `SELECTORS` whose key records to check (comma-separated or repeated)")
	f.StringVar(&o.SPFIP, "spf-ip", "", "evaluate SPF check_host() for this client `IP`")
	f.StringVar(&o.SPFSender, "spf-sender", "", "MAIL FROM `ADDRESS` for --spf-ip (default postmaster@DOMAIN; <> for the null sender)")
	f.StringVar(&o.SPFHELO, "spf-helo", "", "HELO `NAME` for --spf-ip: also evaluate the HELO identity (RFC 7208 §2.3); default DOMAIN")
	f.StringArrayVar(&o.Expect, "expect", nil, "require `RULE`: dmarc=reject|quarantine|none, mta-sts=enforce|testing, dane, starttls, spf, dnssec, tlsrpt (repeatable)")
	f.StringVar(&o.FailOn, "fail-on", "fail", "exit 1 when a finding is at least this bad: pass, info, warn or fail")
	f.Var(formatFlag{&o.outputs}, "format", "output `FORMAT`: text, json, junit, markdown or sarif (repeatable, each with its own --output)")
	f.Var(outputFlag{&o.outputs}, "output", "write the preceding --format to `FILE` instead of stdout")
	f.BoolVar(&o.JSON, "json", false, "shorthand for --format json")
	f.BoolVarP(&o.Verbose, "verbose", "v", false, "text output: show passing checks and all evidence")
	f.StringVar(&o.HELO, "helo", "", "`NAME` to send in EHLO (default: this machine's FQDN)")
	f.StringVar(&o.SARIFURI, "sarif-uri", "", "repository-relative `PATH` SARIF results point at (needed by GitHub code scanning)")
	f.BoolVar(&o.Blocklists, "blocklists", false, "ask the DNS blocklists about every MX address and the domain lists about the domain")
	f.StringArrayVar(&o.SendingIPs, "sending-ip", nil, "also ask the blocklists about this sending `IP` (repeatable; implies --blocklists)")
	f.StringArrayVar(&o.Blocklist, "blocklist", nil, "ask this `LIST` instead of the built-in table: a table zone (zen.spamhaus.org), ZONE=MIRROR (zen.spamhaus.org=KEY.zen.dq.spamhaus.net), ip:ZONE or domain:ZONE of your own, or default (repeatable; implies --blocklists)")
	f.StringSliceVar(&o.PortMap, "port-map", nil, "dial logical `PORT=[HOST]:PORT` elsewhere (testing aid)")
	f.IntVar(&o.MTASTSPort, "mta-sts-port", 0, "fetch MTA-STS policies from this port instead of 443 (testing aid)")
	_ = f.MarkHidden("port-map")
	_ = f.MarkHidden("mta-sts-port")
	return cmd
}

func init() { register(newCheckCmd) }

// maxParallelDomains bounds the domains checked at once.
const maxParallelDomains = 32

// checkDocument is the JSON output of smtpgw check.
type checkDocument struct {
	Worst   report.Status         `json:"worst"`
	Counts  map[report.Status]int `json:"counts"`
	FailOn  report.Status         `json:"fail_on"`
	Failed  bool                  `json:"failed"` // a finding reached --fail-on: exit status 1
	Domains []*check.Result       `json:"domains"`
}

func runCheck(ctx context.Context, o *checkOptions) error {
	failOn, err := report.ParseStatus(o.FailOn)
	if err != nil {
		return usageErr("--fail-on: %v", err)
	}
	if o.outputs.err != nil {
		return usageErr("%v", o.outputs.err)
	}
	specs := append([]outputSpec(nil), o.outputs.specs...)
	if o.JSON {
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
		return usageErr("%d formats would go to stdout: give all but one an --output FILE (e.g. --format junit --output check.xml)", stdout)
	}

	if o.SkipSMTP && o.Submission {
		return usageErr("--skip-smtp and --submission exclude each other: --submission probes ports 587 and 465")
	}
	copts := check.Options{Submission: o.Submission, SkipSMTP: o.SkipSMTP, Timeout: o.Global.TimeoutOr(check.DefaultTimeout), HELO: o.HELO, MTASTSPort: o.MTASTSPort}
	for _, s := range o.Selectors {
		s = strings.TrimSpace(s)
		if s == "" || strings.ContainsAny(s, " \t/\\@:;,") {
			return usageErr("--dkim-selector %q: give selector names such as s1,google", s)
		}
		copts.DKIMSelectors = append(copts.DKIMSelectors, s)
	}
	if o.SPFIP != "" {
		copts.SPFIP = net.ParseIP(o.SPFIP)
		if copts.SPFIP == nil {
			return usageErr("--spf-ip %q is not an IP address: give the sending server's address, such as 192.0.2.25", o.SPFIP)
		}
	}
	if o.SPFSender != "" {
		if o.SPFIP == "" {
			return usageErr("--spf-sender needs --spf-ip: SPF is evaluated for a client address")
		}
		if o.SPFSender != "<>" && !strings.Contains(o.SPFSender, "@") {
			return usageErr("--spf-sender %q: give a MAIL FROM address such as bounce@example.com, or <> for the null sender", o.SPFSender)
		}
		copts.SPFSender = o.SPFSender
	}
	if o.SPFHELO != "" {
		if o.SPFIP == "" {
			return usageErr("--spf-helo needs --spf-ip: SPF is evaluated for a client address")
		}
		// Any name is evaluated: address literals and names that are not
		// domains give SPF none, as RFC 7208 §4.3 says.
		copts.SPFHELO = o.SPFHELO
	}
	for _, e := range o.Expect {
		x, err := check.ParseExpectation(e)
		if err != nil {
			return usageErr("%v", err)
		}
		copts.Expect = append(copts.Expect, x)
	}
	if o.HELO != "" && (strings.ContainsAny(o.HELO, " \t\r\n") || len(o.HELO) > 255) {
		return usageErr("--helo %q: give one host name without spaces, such as mail.example.com", o.HELO)
	}
	copts.Blocklists = o.Blocklists
	for _, a := range o.SendingIPs {
		ip := net.ParseIP(strings.TrimSpace(a))
		if ip == nil {
			return usageErr("--sending-ip %q is not an IP address: give the address your mail leaves from, such as 192.0.2.25", a)
		}
		copts.SendingIPs = append(copts.SendingIPs, ip)
	}
	if len(o.Blocklist) > 0 {
		if copts.DNSBL, err = dnsbl.ParseLists(o.Blocklist); err != nil {
			return usageErr("--blocklist: %v", err)
		}
		copts.Blocklists = true
	}
	if copts.PortMap, err = parsePortMap(o.PortMap); err != nil {
		return usageErr("--port-map: %v", err)
	}

	domains, err := o.domains()
	if err != nil {
		return err
	}
	if copts.Resolver, err = o.Global.DNSResolver(); err != nil {
		return err
	}
	if copts.RootCAs, err = o.Global.RootCAs(); err != nil {
		return err
	}

	// Open the output files before the work, so a bad path fails fast.
	writers := make([]io.Writer, len(specs))
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
			return usageErr("--output: %v", err)
		}
		defer fh.Close()
		writers[i] = fh
	}

	results := make([]*check.Result, len(domains))
	var wg sync.WaitGroup
	var pmu sync.Mutex
	done := 0
	progress := func() {
		if !o.IO.Progress() {
			return
		}
		pmu.Lock()
		defer pmu.Unlock()
		if done < len(domains) {
			fmt.Fprintf(o.IO.ErrOut, "\r\033[Kchecking %d domain(s): %d done", len(domains), done)
		} else {
			fmt.Fprint(o.IO.ErrOut, "\r\033[K")
		}
	}
	progress()
	// Domains run concurrently, a bounded number at once: each one already
	// runs all its lookups and connections in parallel.
	sem := make(chan struct{}, maxParallelDomains)
	for i, d := range domains {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			r, err := check.Run(ctx, copts, d)
			if err != nil {
				r = &check.Result{Domain: d, Worst: report.Fail, Findings: []report.Finding{{ID: "check.error", Status: report.Fail, Target: report.Target{Domain: d}, Summary: err.Error(), Remediation: []string{}}}}
			}
			results[i] = r
			pmu.Lock()
			done++
			pmu.Unlock()
			progress()
		}()
	}
	wg.Wait()

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

func writeCheck(w io.Writer, format string, results []*check.Result, all []report.Finding, failOn report.Status, failed bool, o *checkOptions, toStdout bool) error {
	switch format {
	case "json":
		return report.WriteJSON(w, checkDocument{Worst: report.Worst(all), Counts: report.Counts(all), FailOn: failOn, Failed: failed, Domains: results})
	case "junit":
		return report.WriteJUnit(w, all, report.JUnitOptions{Name: "smtpgw check", FailureAt: failOn})
	case "markdown":
		return report.WriteMarkdown(w, all, report.MarkdownOptions{Title: "smtpgw check " + domainList(results)})
	case "sarif":
		return report.WriteSARIF(w, all, report.SARIFOptions{Version: version, InfoURI: "https://github.com/smtpgw/smtpgw", ArtifactURI: o.SARIFURI})
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
func (o *checkOptions) domains() ([]string, error) {
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
