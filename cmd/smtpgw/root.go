package main

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/check"
	"github.com/smtpgw/smtpgw/diagnose"
	"github.com/smtpgw/smtpgw/internal/lazy"
	"github.com/smtpgw/smtpgw/probe"
	"github.com/smtpgw/smtpgw/relay/deliver"
	"github.com/smtpgw/smtpgw/report"
	"github.com/smtpgw/smtpgw/resolver"
	"github.com/smtpgw/smtpgw/send"
	"github.com/spf13/cobra"
)

// Exit codes of the whole tool (README "Exit codes").
const (
	ExitOK       = 0 // success, nothing reached --fail-on
	ExitFindings = 1 // the command ran and found failures
	ExitUsage    = 2 // usage or input error
)

// version is set by -ldflags "-X main.version=..." in releases; a `go install
// module@version` build reports the module version instead (toolVersion).
var version = "dev"

// toolVersion is version, or for a build without it the module version from
// the build info, read when first asked for (parsing the build info costs
// ~90 allocations: not at the start of every command).
func toolVersion() string { return moduleVersion.Get() }

var moduleVersion = lazy.Value[string]{New: func() string {
	if version != "dev" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return version
}}

// GlobalOptions are the persistent flags every command shares.
type GlobalOptions struct {
	Resolver string        // --resolver IP:PORT
	CAFile   string        // --ca-file FILE
	Timeout  time.Duration // --timeout
	NoColor  bool          // --no-color
	NoInput  bool          // --no-input: never ask (also CI=true)

	// Args are the arguments the tool was run with, for the command line
	// shown after questions ("Next time, type: ...").
	Args []string

	timeoutSet bool

	// world, when set (the documentation's captured examples), stands in
	// for the network: its resolver, CA roots and where logical SMTP ports
	// are dialled. No flag sets it.
	world *netWorld
}

// netWorld is the project's in-process test network as the commands see it.
type netWorld struct {
	resolver *resolver.Resolver
	roots    *x509.CertPool
	portMap  map[int]string   // 443: the MTA-STS policy host (check)
	now      func() time.Time // the certificate-validity clock: a recorded lab's date (nil: time.Now)
}

// TimeoutOr returns --timeout when the user set it, def otherwise.
func (g *GlobalOptions) TimeoutOr(def time.Duration) time.Duration {
	if g.timeoutSet {
		return g.Timeout
	}
	return def
}

// DNSResolver returns the resolver chosen by --resolver, or the system's
// (/etc/resolv.conf), with a per-run cache.
func (g *GlobalOptions) DNSResolver() (*resolver.Resolver, error) {
	if g.world != nil && g.Resolver == "" {
		return g.world.resolver, nil
	}
	if g.Resolver != "" {
		srv, err := resolver.ParseServer(g.Resolver)
		if err != nil {
			return nil, usageErr("%v", err)
		}
		return resolver.New(srv).EnableCache(), nil
	}
	r, err := systemResolver()
	if err != nil {
		return nil, err
	}
	return r.EnableCache(), nil
}

// systemResolver asks the nameservers of /etc/resolv.conf; when it names
// none (or cannot be read) the error says which flag names one.
func systemResolver() (*resolver.Resolver, error) {
	r, err := resolver.FromResolvConf("/etc/resolv.conf")
	var ce *resolver.ConfError
	if errors.As(err, &ce) {
		return nil, fmt.Errorf("%v (pass --resolver IP:PORT)", err)
	}
	return r, err
}

// RootCAs returns the pool certificates are verified against: the --ca-file
// bundle when given, else nil (the system roots, honouring SSL_CERT_FILE and
// SSL_CERT_DIR).
func (g *GlobalOptions) RootCAs() (*x509.CertPool, error) {
	if g.world != nil && g.CAFile == "" {
		return g.world.roots, nil
	}
	if g.CAFile == "" {
		return nil, nil
	}
	pem, err := os.ReadFile(g.CAFile)
	if err != nil {
		return nil, usageErr("cannot read --ca-file: %v", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, usageErr("--ca-file %s holds no PEM certificate: give a file of \"-----BEGIN CERTIFICATE-----\" blocks", g.CAFile)
	}
	return pool, nil
}

// UsageError is bad input from the user: exit code 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usageErr(format string, a ...any) error { return &UsageError{Msg: fmt.Sprintf(format, a...)} }

// ExitError ends a command with a code and no further message (the command
// has already rendered its result).
type ExitError struct{ Code int }

func (e *ExitError) Error() string { return fmt.Sprintf("exit %d", e.Code) }

// Factory is what every command is built from (the GitHub CLI's
// cmdutil.Factory, smaller): the streams and the global options.
type Factory struct {
	IO     *IOStreams
	Global *GlobalOptions
}

// inputError is implemented by the packages' errors about the caller's
// input (probe.OptionError, check.OptionError, ...): exit code 2.
type inputError interface{ InvalidInput() bool }

// fieldError is a package's error about one Options field
// (probe.OptionError, check.OptionError, diagnose.OptionError, ...): the
// field's Go name and what is wrong with it.
type fieldError interface {
	error
	OptionField() (field, problem string)
}

// optionFlagError rewrites a package's option error (a fieldError) as a
// usage error naming the flag the field comes from; other errors pass
// unchanged.
func optionFlagError(err error, flags map[string]string) error {
	var fe fieldError
	if !errors.As(err, &fe) {
		return err
	}
	field, problem := fe.OptionField()
	flag, known := flags[field]
	if !known {
		return usageErr("%v", err)
	}
	// The problem may name other fields ("needs SPFIP"): name their flags.
	problem = fieldName.Get().ReplaceAllStringFunc(problem, func(w string) string {
		if f, ok := flags[w]; ok {
			return f
		}
		return w
	})
	return usageErr("%s %s", flag, problem)
}

var fieldName = lazy.Value[*regexp.Regexp]{New: func() *regexp.Regexp { return regexp.MustCompile(`\b[A-Z][A-Za-z0-9]+\b`) }}

// commands are smtpgw's top-level commands, added to the root explicitly
// (in this order) by newRootCmd. A run builds only the one it names.
var commands = []struct {
	name string
	new  func(*Factory) *cobra.Command
}{
	{"probe", func(f *Factory) *cobra.Command { return NewCmdProbe(f, nil) }},
	{"check", func(f *Factory) *cobra.Command { return NewCmdCheck(f, nil) }},
	{"diagnose", func(f *Factory) *cobra.Command { return NewCmdDiagnose(f, nil) }},
	{"explain", func(f *Factory) *cobra.Command { return NewCmdExplain(f, nil) }},
	{"inspect", func(f *Factory) *cobra.Command { return NewCmdInspect(f, nil) }},
	{"queue", func(f *Factory) *cobra.Command { return NewCmdQueue(f, nil) }},
	{"relay", func(f *Factory) *cobra.Command { return NewCmdRelay(f, nil) }},
	{"send", func(f *Factory) *cobra.Command { return NewCmdSend(f, nil) }},
	{"session", func(f *Factory) *cobra.Command { return NewCmdSession(f, nil) }},
}

// allCommands and noCommand are the special values of newRootCmd's only.
const (
	allCommands = "\x00all"
	noCommand   = "\x00none"
)

// NewRootCmd builds the whole command tree.
func NewRootCmd(ios *IOStreams) (*cobra.Command, *GlobalOptions) {
	return newRootCmd(ios, allCommands)
}

const rootLong = `smtpgw is a toolkit for people who run email infrastructure.

  explain   what an SMTP reply means and what to do about it
  probe     MX hosts on ports 25, 587 and 465: banner, STARTTLS, certificate, AUTH
  check     a domain's mail posture (MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, DANE) for CI
  send      a test message with a full, explained transcript
  session   an SMTP conversation by hand (or piped), every reply explained
  relay     a small local gateway that spools durably and delivers with retries

On a terminal, smtpgw alone offers a menu of these tasks, and a command
missing its argument asks for it, then shows the command line to type next
time (never with --no-input, CI=true, --json, or input or output not a
terminal).

Exit codes: 0 ok, 1 the command ran and found failures, 2 usage or input error.`

const rootExample = `  smtpgw explain "421 4.7.28 Our system has detected an unusual rate of mail"
  smtpgw probe example.com
  smtpgw check example.com --format junit --output report.xml`

// newRootCmd builds the root command with every top-level command, or with
// only the one named only (noCommand: none). A run builds only the command
// its arguments name (treeFor): start-up is then the cost of one command's
// flags, not of every command's.
func newRootCmd(ios *IOStreams, only string) (*cobra.Command, *GlobalOptions) {
	g := &GlobalOptions{Timeout: 20 * time.Second}
	root := &cobra.Command{
		Use:     "smtpgw",
		Short:   "Diagnose, check and relay SMTP mail",
		Long:    rootLong,
		Example: rootExample,
		Version: rootVersion(only),
		// An unknown command is a usage error (by type, exit 2) that
		// keeps cobra's "Did you mean ...?".
		Args:                       unknownCommand,
		SuggestionsMinimumDistance: 2, // cobra's own default
		// On a terminal, a short menu of tasks; elsewhere the help.
		RunE: func(cmd *cobra.Command, args []string) error {
			if g.interactive(ios, false) {
				return runMenu(cmd.Context(), cmd, ios, g)
			}
			return cmd.Help()
		},
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if g.NoColor {
				ios.NoColor = true
			}
			return nil
		},
	}
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetUsageFunc(func(c *cobra.Command) error { return report.WriteUsage(c.OutOrStderr(), c, ios.TerminalWidth()) })
	root.SetHelpFunc(func(c *cobra.Command, _ []string) { _ = report.WriteHelp(c.OutOrStdout(), c, ios.TerminalWidth()) })
	pf := root.PersistentFlags()
	pf.BoolVar(&g.NoColor, "no-color", false, "plain output without colors (also: NO_COLOR=1)")
	pf.BoolVar(&g.NoInput, "no-input", false, "never ask for a missing argument on a terminal: fail with the usage error, as in a script (also: CI=true)")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageErr("%v (see '%s --help')", err, c.CommandPath())
	})
	f := &Factory{IO: ios, Global: g}
	for _, c := range commands {
		if only == allCommands || only == c.name {
			cmd := c.new(f)
			if nf, ok := networkFlags(c.name); ok {
				nf.add(cmd, g)
			}
			root.AddCommand(cmd)
		}
	}
	usageArgs(root)
	if only != allCommands {
		// The whole tree is built whenever completion could be asked for
		// (treeFor): a one-command tree needs no completion command.
		root.CompletionOptions.DisableDefaultCmd = true
		return root, g
	}
	addCompletion(root)
	return root, g
}

// rootVersion is the root's Version: what --version prints for a tree that
// can print it (noCommand, allCommands). A one-command tree never shows it
// (--version is the root's own flag), so it does not read the build info.
func rootVersion(only string) string {
	if only == allCommands || only == noCommand {
		return toolVersion()
	}
	return version
}

// unknownCommand is the root's argument check: an unknown command is a
// *UsageError with cobra's suggestions.
func unknownCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if sug := cmd.SuggestionsFor(args[0]); len(sug) > 0 {
		msg += "\n\nDid you mean this?\n\t" + strings.Join(sug, "\n\t") + "\n"
	}
	return &UsageError{Msg: msg}
}

// addCompletion adds cobra's completion command now (cobra adds it only
// when executing), to give it the examples every command's --help shows.
func addCompletion(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" && c.Example == "" {
			c.Example = `  source <(smtpgw completion bash)
  smtpgw completion zsh > "${fpath[1]}/_smtpgw"
  smtpgw completion fish > ~/.config/fish/completions/smtpgw.fish
  smtpgw completion powershell | Out-String | Invoke-Expression`
		}
	}
}

// netFlags are the shared network flags a command uses: only those show in
// its --help (explain, queue and summary take none).
type netFlags struct {
	resolver, caFile bool
	timeout          time.Duration // the command's default; 0: no --timeout
	timeoutHelp      string
}

// networkFlags returns the shared network flags command name uses. (A
// switch, not a package-level map: a map is built at every start of the
// program, whatever the command.)
func networkFlags(name string) (netFlags, bool) {
	switch name {
	case "probe":
		return netFlags{resolver: true, caFile: true, timeout: probe.DefaultTimeout, timeoutHelp: "overall time limit of the probe"}, true
	case "check":
		return netFlags{resolver: true, caFile: true, timeout: check.DefaultTimeout, timeoutHelp: "overall time limit of each domain's check"}, true
	case "diagnose":
		return netFlags{resolver: true, caFile: true, timeout: diagnose.DefaultTimeout, timeoutHelp: "overall time limit of the diagnosis"}, true
	case "send":
		return netFlags{resolver: true, caFile: true, timeout: send.DefaultTimeout, timeoutHelp: "overall time limit of the send (default 2m; 10m with --count > 1)"}, true
	case "relay":
		return netFlags{resolver: true, caFile: true, timeout: deliver.DefaultConnectTimeout, timeoutHelp: "time limit of connecting to a next hop when delivering"}, true
	case "session":
		return netFlags{resolver: true, caFile: true}, true
	case "inspect":
		return netFlags{resolver: true}, true
	}
	return netFlags{}, false
}

func (n netFlags) add(c *cobra.Command, g *GlobalOptions) {
	f := c.Flags()
	if n.resolver {
		f.StringVar(&g.Resolver, "resolver", "", "DNS server to ask, IP[:PORT] (default: the nameservers of /etc/resolv.conf)")
	}
	if n.caFile {
		f.StringVar(&g.CAFile, "ca-file", "", "PEM file of CA certificates to verify TLS against (default: the system roots; SSL_CERT_FILE/SSL_CERT_DIR are honoured)")
	}
	if n.timeout > 0 {
		var d time.Duration // the command's own default shows in its help; GlobalOptions.TimeoutOr applies it
		f.DurationVar(&d, "timeout", n.timeout, n.timeoutHelp)
		c.PreRunE = chainPreRun(c.PreRunE, func(cmd *cobra.Command) error {
			g.Timeout, g.timeoutSet = d, cmd.Flags().Changed("timeout")
			if d <= 0 {
				return usageErr("--timeout must be positive, such as 10s or 1m")
			}
			return nil
		})
	}
}

// chainPreRun runs extra before a command's own PreRunE.
func chainPreRun(own func(*cobra.Command, []string) error, extra func(*cobra.Command) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		if err := extra(cmd); err != nil {
			return err
		}
		if own != nil {
			return own(cmd, args)
		}
		return nil
	}
}

// usageArgs makes every argument-count error of the tree a *UsageError,
// so exit codes are decided by type, not by matching cobra's wording.
func usageArgs(c *cobra.Command) {
	for _, sub := range c.Commands() {
		usageArgs(sub)
	}
	if c.Args == nil || c.Parent() == nil {
		return
	}
	args := c.Args
	c.Args = func(cmd *cobra.Command, a []string) error {
		if err := args(cmd, a); err != nil {
			var ue *UsageError
			if errors.As(err, &ue) {
				return err
			}
			return &UsageError{Msg: fmt.Sprintf("%v (see '%s --help')", err, cmd.CommandPath())}
		}
		return nil
	}
}

// Main runs the tool with args and returns the exit code.
func Main(args []string, ios *IOStreams) int {
	ctx := newSignalContext() // SIGINT/SIGTERM cancel it, once something waits on it
	defer ctx.Stop()
	return run(ctx, args, ios)
}

// treeFor tells which top-level command args run, when that is known from
// the arguments alone: the named command when the first argument that is
// not a flag (or a flag's value) names one; noCommand for a bare
// --version; allCommands otherwise (help, completion, suggestions for a
// mistyped command, the root's own help need the whole tree).
func treeFor(args []string) string {
	version := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return allCommands // what follows are the root's arguments
		case a == "--resolver" || a == "--ca-file" || a == "--timeout":
			i++ // the flag's value
		case a == "--version" || a == "-v":
			version = true
		case a == "-h" || a == "--help" || a == "help":
			return allCommands
		case strings.HasPrefix(a, "-"):
		default:
			return commandNamed(a)
		}
	}
	if version {
		return noCommand
	}
	return allCommands
}

// onlyVersionFlags tells whether args ask for the version and nothing else
// that changes what is printed (--no-color and --no-input do not).
func onlyVersionFlags(args []string) bool {
	for _, a := range args {
		switch a {
		case "--version", "-v", "--no-color", "--no-input":
		default:
			return false
		}
	}
	return true
}

// printVersion prints what cobra prints for the root's --version
// ("smtpgw version X", cobra's default version template), without building
// the command: no flag sets, no hidden __complete command (issue 18: a
// quarter of the page faults `--version` took above package
// initialisation). TestVersionWithoutCobraIsCobras holds the two equal.
func printVersion(ios *IOStreams) int {
	if _, err := ios.Out.Write([]byte("smtpgw version " + toolVersion() + "\n")); err != nil {
		fmt.Fprintf(ios.ErrOut, "smtpgw: %s\n", sentence(err.Error()))
		return ExitFindings
	}
	return ExitOK
}

func commandNamed(name string) string {
	for _, c := range commands {
		if c.name == name {
			return name
		}
	}
	return allCommands
}

func run(ctx context.Context, args []string, ios *IOStreams) int {
	tree := treeFor(args)
	if tree == noCommand && onlyVersionFlags(args) {
		return printVersion(ios)
	}
	if tree == "explain" {
		args = pastedDashArgs(args) // explain.go
	}
	return runTree(ctx, args, ios, tree)
}

// runTree runs args on the root built with the commands of tree (see
// newRootCmd).
func runTree(ctx context.Context, args []string, ios *IOStreams, tree string) int {
	if args == nil {
		args = []string{} // cobra would read os.Args for nil
	}
	root, g := newRootCmd(ios, tree)
	g.Args = args
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		return ee.Code
	}
	fmt.Fprintf(ios.ErrOut, "smtpgw: %s\n", sentence(err.Error()))
	return exitCode(err)
}

// exitCode decides the exit code of a failed command from the error's
// type, in one place: an *ExitError carries its code; a *UsageError (bad
// flags, arguments, unknown commands) or a package's invalid-input error
// (probe.OptionError, ...) is 2; anything else (the network, files, the
// server) is 1.
func exitCode(err error) int {
	var ee *ExitError
	if errors.As(err, &ee) {
		return ee.Code
	}
	var ue *UsageError
	var ie inputError
	if errors.As(err, &ue) || errors.As(err, &ie) && ie.InvalidInput() {
		return ExitUsage
	}
	return ExitFindings
}

func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ")") && !strings.Contains(s, "\n") {
		s += "."
	}
	return s
}
