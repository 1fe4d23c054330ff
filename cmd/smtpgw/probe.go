package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/smtpgw/smtpgw/internal/lazy"
	"github.com/smtpgw/smtpgw/internal/prompt"
	"github.com/smtpgw/smtpgw/probe"
	"github.com/smtpgw/smtpgw/report"
	"github.com/spf13/cobra"
)

// probeOptions are the flags and inputs of smtpgw probe. Flags that are
// probe.Options fields are bound to Probe directly; the rest are parsed
// into it by complete.
type probeOptions struct {
	IO      *IOStreams
	Global  *GlobalOptions
	Args    []string
	File    string
	NoMX    bool
	Ports   string
	Expiry  string
	FailOn  string
	JSON    bool
	Verbose bool
	All     bool

	OpenRelay bool
	RelayFrom string
	RelayTo   string

	// PortMap redirects logical ports (--port-map, portmap.Ports):
	// "25=127.0.0.1:2525".
	PortMap []string

	Probe   probe.Options // what the flags ask for (resolver and CAs are added by probeRun)
	failOn  report.Status
	targets []probe.Target
}

// probeFlags names the flag of each probe.Options field, for errors.
var probeFlags = lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{
		"Ports": "--ports", "PortMap": "--port-map", "HELO": "--helo", "Timeout": "--timeout", "StepTimeout": "--step-timeout",
		"SlowGreeting": "--slow", "ExpiryWarn": "--expiry-warn", "Concurrency": "--concurrency",
	}
}}

const probeLong = `Probe connects to every MX host of a domain — every address, ports 25, 587
and 465 — all at once, and reports what each says and offers: reachability,
the greeting, ESMTP extensions, STARTTLS (implicit TLS on 465), the TLS
version and the whole certificate chain (trust, name, expiry), and whether
AUTH is offered where it must not be. Every problem comes with what to do.

Targets:
  example.com            a mail domain: its MX hosts (implicit MX when none)
  mx1.example.com:587    one host and port, no MX lookup (--no-mx for bare names)
  192.0.2.25, [2001:db8::25]:465
  -f FILE                one target per line, # comments; "-" reads stdin

Probe never sends MAIL, RCPT or DATA: it says EHLO, tries STARTTLS, says
EHLO again and QUIT.

--open-relay adds the open-relay test on every connection: MAIL FROM an
outside address (--relay-from), RCPT TO an address at a foreign domain
(--relay-to), in the usual variants - plain, null sender, a sender at the
tested domain, a domain literal ([192.0.2.1]), the percent hack
(user%foreign@tested), a bang path (foreign!user@tested), a quoted local
part ("user@foreign"@tested) and a source route (@tested:user@foreign) -
each followed by RSET, then QUIT. DATA is never sent: no message leaves.
Findings: relay.open (fail; warn for the address-rewriting variants, which
a server may also take as a local mailbox), relay.closed (pass).

Output: a panel per MX host with a port × capability table and the findings,
worst first (-v adds passes and the full transcript of every connection);
--json one document; with -f and --json, one JSON document per input target
per line (JSON Lines), streamed as each finishes.

Exit status: 0 when no finding reaches --fail-on (default fail), 1 when one
does, 2 on bad usage.`

const probeExample = `  smtpgw probe example.com
  smtpgw probe mx1.example.com:587 -v
  smtpgw probe example.com --ports 25 -4 --json
  smtpgw probe -f domains.txt --json > results.jsonl
  smtpgw probe example.com --resolver 127.0.0.1:5353 --ca-file internal-ca.pem --fail-on warn
  smtpgw probe mx1.example.com:25 --open-relay
  smtpgw probe example.com --ports 25 --open-relay --relay-from probe@example.org --relay-to probe@example.net
  smtpgw probe mx1.example.com:25 --port-map 25=127.0.0.1:2525   # outbound 25 blocked: through ssh -L 2525:mx1.example.com:25 gateway`

// NewCmdProbe builds smtpgw probe; runF replaces probeRun in tests.
func NewCmdProbe(f *Factory, runF func(context.Context, *probeOptions) error) *cobra.Command {
	o := &probeOptions{IO: f.IO, Global: f.Global}
	cmd := &cobra.Command{
		Use:     "probe DOMAIN|HOST:PORT|IP ...",
		Short:   "Probe MX hosts on ports 25, 587 and 465: banner, STARTTLS, certificate, AUTH",
		Long:    probeLong,
		Example: probeExample,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			if len(args) == 0 && o.File == "" && o.Global.interactive(o.IO, o.JSON) {
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
			return probeRun(cmd.Context(), o)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&o.File, "file", "f", "", "read targets from `FILE`, one per line (# comments; - for stdin)")
	fl.StringVar(&o.Ports, "ports", "25,587,465", "comma-separated `PORTS` to probe (465 speaks implicit TLS, 25 is MTA-to-MTA, others submission)")
	fl.StringVar(&o.Probe.HELO, "helo", "", "`NAME` to send in EHLO (default: this machine's FQDN, else the address literal of the connection)")
	fl.BoolVarP(&o.Probe.IPv4, "ipv4", "4", false, "probe IPv4 addresses only")
	fl.BoolVarP(&o.Probe.IPv6, "ipv6", "6", false, "probe IPv6 addresses only")
	fl.BoolVar(&o.NoMX, "no-mx", false, "treat bare names as hosts: no MX lookup")
	fl.IntVar(&o.Probe.Concurrency, "concurrency", probe.DefaultConcurrency, "connections in flight at once")
	fl.DurationVar(&o.Probe.StepTimeout, "step-timeout", probe.DefaultStepTimeout, "deadline of one step (connect, one command, the TLS handshake)")
	fl.DurationVar(&o.Probe.SlowGreeting, "slow", probe.DefaultSlowGreeting, "a greeting later than this is slow (greeting.slow)")
	fl.StringVar(&o.Expiry, "expiry-warn", "14d", "warn when a certificate expires within this (days such as 14d, or a duration such as 72h)")
	fl.StringVar(&o.FailOn, "fail-on", "fail", "exit 1 when a finding is at least this bad: pass, info, warn or fail")
	fl.BoolVar(&o.JSON, "json", false, "print JSON (with -f: one document per target per line)")
	fl.BoolVarP(&o.Verbose, "verbose", "v", false, "show passing checks and the full transcript of every connection")
	fl.BoolVar(&o.All, "all", false, "show passing checks too (without transcripts)")
	fl.BoolVar(&o.OpenRelay, "open-relay", false, "test whether each server relays for a foreign recipient (MAIL and RCPT in several variants, RSET; never DATA)")
	fl.StringVar(&o.RelayFrom, "relay-from", probe.DefaultRelayFrom, "outside sender `ADDRESS` of the open-relay test")
	fl.StringVar(&o.RelayTo, "relay-to", probe.DefaultRelayTo, "foreign recipient `ADDRESS` of the open-relay test (at a domain the server must not relay to)")
	addPortMapFlag(cmd, &o.PortMap, false)
	return cmd
}

// ask asks for a target on a terminal.
func (o *probeOptions) ask() error {
	a := newAsker(o.IO, o.Global)
	t, err := a.ask(prompt.Question{
		Title: "Domain or host to probe",
		Help:  "a mail domain (its MX hosts), HOST:PORT or an IP, such as example.com or mx1.example.com:587",
		Validate: func(s string) error {
			_, err := probe.ParseTarget(s, o.NoMX)
			return err
		},
	}, "")
	if err != nil {
		return err
	}
	o.Args = []string{t}
	a.equivalent()
	return nil
}

// complete turns the flags into probe.Options and targets, and validates
// them with the package's own checks (usage errors name the flag).
func (o *probeOptions) complete() error {
	var err error
	if o.failOn, err = report.ParseStatus(o.FailOn); err != nil {
		return usageErr("--fail-on: %v", err)
	}
	if o.Probe.Ports, err = probe.ParsePorts(o.Ports); err != nil {
		return usageErr("--ports: %v", err)
	}
	if o.Probe.ExpiryWarn, err = probe.ParseDays(o.Expiry); err != nil {
		return usageErr("--expiry-warn: %v", err)
	}
	if o.Probe.PortMap, err = parsePortMap(o.PortMap); err != nil {
		return err
	}
	if w := o.Global.world; w != nil && o.Probe.PortMap == nil {
		o.Probe.PortMap = w.portMap
	}
	if w := o.Global.world; w != nil && w.now != nil {
		o.Probe.Now = w.now
	}
	if o.OpenRelay {
		for _, a := range []struct{ flag, v string }{{"--relay-from", o.RelayFrom}, {"--relay-to", o.RelayTo}} {
			at := strings.LastIndexByte(a.v, '@')
			if at <= 0 || at == len(a.v)-1 || strings.ContainsAny(a.v, " \t<>\"") {
				return usageErr("%s %q: give a plain address such as relay-test@example.org", a.flag, a.v)
			}
		}
		o.Probe.OpenRelay = &probe.OpenRelay{From: o.RelayFrom, To: o.RelayTo}
	} else if o.RelayFrom != probe.DefaultRelayFrom || o.RelayTo != probe.DefaultRelayTo {
		return usageErr("--relay-from and --relay-to belong to the open-relay test: add --open-relay")
	}
	o.Probe.Timeout = o.Global.TimeoutOr(probe.DefaultTimeout)
	if err := o.Probe.Validate(); err != nil {
		return optionFlagError(err, probeFlags.Get())
	}
	for _, a := range o.Args {
		t, err := probe.ParseTarget(a, o.NoMX)
		if err != nil {
			return usageErr("%v", err)
		}
		o.targets = append(o.targets, t)
	}
	if o.File != "" {
		ft, name, err := probe.ReadTargetsFile(o.File, o.IO.In, o.NoMX)
		if err != nil {
			return usageErr("%v", err)
		}
		if len(ft) == 0 {
			return usageErr("%s holds no target: write one domain, HOST:PORT or IP per line", name)
		}
		o.targets = append(o.targets, ft...)
	}
	if len(o.targets) == 0 {
		return usageErr("give at least one target, such as: smtpgw probe example.com (or -f FILE)")
	}
	return nil
}

func probeRun(ctx context.Context, o *probeOptions) error {
	popts, targets, failOn := o.Probe, o.targets, o.failOn
	var err error
	for _, t := range targets {
		if t.Addr == "" {
			if popts.Resolver, err = o.Global.DNSResolver(); err != nil {
				return err
			}
			break
		}
	}
	if popts.RootCAs, err = o.Global.RootCAs(); err != nil {
		return err
	}

	var prog *progressLine
	if o.IO.Progress() {
		prog = &progressLine{w: o.IO.ErrOut}
		popts.OnProgress = prog.update
	}
	textOpts := textOptions(o.IO)
	textOpts.Verbose, textOpts.HidePass = o.Verbose, !o.Verbose && !o.All
	var stream *report.ProbeStream
	if o.File != "" {
		// -f: each input target is printed as soon as it is done, then
		// forgotten, so long lists stream in constant memory.
		stream = report.NewProbeStream(o.IO.Out, textOpts, o.JSON)
		popts.DropResults = true
		popts.OnTarget = func(tr *probe.TargetResult) {
			prog.clear()
			stream.Target(tr)
		}
	}
	res, err := probe.Probe(ctx, popts, targets...)
	prog.clear()
	if err != nil {
		return err
	}
	failed := false
	switch {
	case stream != nil:
		err, failed = stream.Close(), stream.Reaches(failOn)
	case o.JSON:
		err, failed = report.WriteJSON(o.IO.Out, probeDocument(res)), report.Reaches(res.Findings, failOn)
	default:
		docs := make([]report.ProbeDoc, 0, len(res.Targets))
		for _, tr := range res.Targets {
			docs = append(docs, report.ProbeView(tr))
		}
		err, failed = report.WriteProbeText(o.IO.Out, docs, textOpts), report.Reaches(res.Findings, failOn)
	}
	if err != nil {
		return err
	}
	if failed {
		return &ExitError{Code: ExitFindings}
	}
	return nil
}

// probeJSON is the --json document (README "probe --json").
type probeJSON struct {
	Schema   string                `json:"schema"`
	Started  time.Time             `json:"started"`
	Elapsed  probe.Millis          `json:"elapsed_ms"`
	Worst    report.Status         `json:"worst"`
	Counts   map[report.Status]int `json:"counts"`
	Targets  []*probe.TargetResult `json:"targets"`
	Findings []report.Finding      `json:"findings"`
}

func probeDocument(res *probe.Result) probeJSON {
	c := report.Counts(res.Findings)
	for _, s := range []report.Status{report.Pass, report.Info, report.Warn, report.Fail} {
		c[s] += 0
	}
	return probeJSON{Schema: "smtpgw.probe/v1", Started: res.Started, Elapsed: res.Elapsed, Worst: report.Worst(res.Findings),
		Counts: c, Targets: res.Targets, Findings: res.Findings}
}

// progressLine draws one self-overwriting status line on a terminal's stderr.
type progressLine struct {
	mu   sync.Mutex
	w    io.Writer
	last time.Time
	drew bool
}

func (p *progressLine) update(pr probe.Progress) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.last) < 80*time.Millisecond && pr.Done < pr.Total {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.w, "\r\x1b[K%s", report.ProbeProgress(pr.Done, pr.Total, pr.InFlight, pr.Current, 100))
	p.drew = true
}

func (p *progressLine) clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drew {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drew = false
	}
}
