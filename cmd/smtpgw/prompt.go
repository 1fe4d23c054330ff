package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"

	"github.com/smtpgw/smtpgw/internal/lazy"
	"github.com/smtpgw/smtpgw/internal/prompt"
	"github.com/smtpgw/smtpgw/relay"
	"github.com/spf13/cobra"
)

// interactive reports whether a command may ask for what is missing: stdin
// and stdout are a terminal, --no-input was not given, CI is not set (as
// CI services set it: CI=true), and the output is not for a machine
// (--json, a --format other than text).
func (g *GlobalOptions) interactive(ios *IOStreams, machineOutput bool) bool {
	if !ios.InTTY || !ios.OutTTY || g.NoInput || machineOutput {
		return false
	}
	switch strings.ToLower(os.Getenv("CI")) {
	case "", "0", "false", "no":
		return true
	}
	return false
}

// asker asks for missing arguments and remembers the answers to show the
// command line that would not have needed them.
type asker struct {
	ios   *IOStreams
	g     *GlobalOptions
	p     *prompt.Prompter
	extra []string // answers as arguments: positional ones, or "--flag", "value"
}

func newAsker(ios *IOStreams, g *GlobalOptions) *asker {
	return &asker{ios: ios, g: g, p: prompt.New(ios.In, ios.Out, ios.Color())}
}

// ask asks q; flag names the flag the answer stands for ("" for a
// positional argument).
func (a *asker) ask(q prompt.Question, flag string) (string, error) {
	v, err := a.p.Ask(q)
	if errors.Is(err, prompt.ErrCancelled) {
		return "", usageErr("cancelled: nothing was run")
	}
	if err != nil {
		return "", fmt.Errorf("cannot ask on this terminal: %v", err)
	}
	switch {
	case flag == "":
		a.extra = append(a.extra, v)
	case v != "":
		a.extra = append(a.extra, flag, v)
	}
	return v, nil
}

// equivalent shows the command line that does the same without questions,
// before the command runs, so that it can be typed next time.
func (a *asker) equivalent() {
	if len(a.extra) == 0 {
		return
	}
	words := append(append([]string{"smtpgw"}, a.g.Args...), a.extra...)
	for i, w := range words {
		words[i] = shellQuote(w)
	}
	fmt.Fprintf(a.ios.Out, "Next time, type: %s\n\n", strings.Join(words, " "))
}

// shellQuote quotes a word for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s == "" {
		return "''"
	}
	safe := true
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("@%+=:,./_-[]", r)) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// menuTasks are the tasks `smtpgw` alone offers on a terminal; each runs
// its command, which asks for what it needs. Built when the menu is shown,
// not at process start.
var menuTasks = lazy.Value[[]prompt.Option]{New: func() []prompt.Option {
	return []prompt.Option{
		task("Why did my mail bounce?", "explain a reply or a bounce", "explain"),
		task("Why does mail to an address not arrive?", "diagnose a recipient", "diagnose"),
		task("Is this server reachable and secure?", "probe a domain's MX hosts", "probe"),
		task("Check my domain's posture", "MX, SPF, DMARC, DKIM, MTA-STS, DANE", "check"),
		task("Send a test message", "with a full, explained transcript", "send"),
		task("Talk SMTP by hand", "every reply explained", "session"),
		task("Inspect a message that landed in spam", "DKIM, verdict, Received: path", "inspect"),
		task("Run a local relay for apps and CI", "spools durably, retries", "relay"),
		task("Show the help", "every command and flag", "help"),
	}
}}

func task(question, what, command string) prompt.Option {
	return prompt.Option{Label: fmt.Sprintf("%-40s %s", question, what), Value: command, Summary: question}
}

// runMenu is `smtpgw` alone on a terminal: a short menu of tasks, then the
// chosen command, run as if typed (with the global flags given).
func runMenu(ctx context.Context, cmd *cobra.Command, ios *IOStreams, g *GlobalOptions) error {
	p := prompt.New(ios.In, ios.Out, ios.Color())
	task, err := p.Choose("What do you want to do?", menuTasks.Get())
	if errors.Is(err, prompt.ErrCancelled) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot show the menu on this terminal: %v", err)
	}
	if task == "help" {
		return cmd.Help()
	}
	args := []string{task}
	if task == "relay" {
		// The relay needs no argument, so it asks nothing by itself: the
		// menu asks where it listens and where it delivers.
		if args, err = askRelay(ios, g); err != nil {
			return err
		}
	}
	if code := run(ctx, append(args, g.Args...), ios); code != ExitOK {
		return &ExitError{Code: code}
	}
	return nil
}

// askRelay asks the menu's questions for a relay and returns its
// arguments.
func askRelay(ios *IOStreams, g *GlobalOptions) ([]string, error) {
	a := newAsker(ios, g)
	a.extra = []string{"relay"}
	const def = "127.0.0.1:2525"
	listen, err := a.ask(prompt.Question{
		Title:   "Address to listen on",
		Help:    "apps and CI hand their mail to this HOST:PORT",
		Default: def,
		Validate: func(s string) error {
			if _, _, err := net.SplitHostPort(s); err != nil {
				return fmt.Errorf("give HOST:PORT, such as 127.0.0.1:2525 or :2525")
			}
			return nil
		},
	}, "--listen")
	if err != nil {
		return nil, err
	}
	if listen == def {
		a.extra = a.extra[:1] // the default needs no flag
	}
	if _, err := a.ask(prompt.Question{
		Title:    "Smarthost to deliver through",
		Help:     "smtp://[USER@]HOST[:587] or smtps://[USER@]HOST[:465] (its password from SMTPGW_SMARTHOST_PASSWORD); Enter: straight to each recipient's MX hosts",
		Optional: true,
		Validate: func(s string) error {
			_, err := relay.ParseSmarthost(s, "", "-")
			return relayFlagError(err)
		},
	}, "--smarthost"); err != nil {
		return nil, err
	}
	a.equivalent()
	return a.extra, nil
}
