package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"

	"github.com/smtpgw/smtpgw/internal/lazy"
	"github.com/smtpgw/smtpgw/internal/prompt"
	"github.com/smtpgw/smtpgw/report"
	"github.com/smtpgw/smtpgw/session"
	"github.com/spf13/cobra"
)

// The terminal's line editor is the session's input on a terminal.
var _ session.Input = (*prompt.LineEditor)(nil)

// sessionOptions are the flags and inputs of smtpgw session. Flags that
// are session.Options fields are bound to Session directly.
type sessionOptions struct {
	IO     *IOStreams
	Global *GlobalOptions

	TokenFile string
	JSON      bool

	Session session.Options // what the flags ask for (resolver, CAs, token and hooks are added by sessionRun)
}

// sessionFlags names the flag of each session.Options field, for errors.
var sessionFlags = lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{"Port": "--port", "TLS": "--tls", "Helo": "--helo", "Idle": "--idle"}
}}

const sessionLong = `Open an SMTP conversation with a server, as with telnet or openssl
s_client, but with every reply explained under it (class, cause category,
first step to take) and EHLO extensions shown as a table with what each
one means.

Type SMTP commands as you would to telnet (EHLO, MAIL FROM:<a@example.com>,
RCPT TO:<...>, DATA, QUIT), or meta commands that do the fiddly parts
(:send a whole transaction in one step, :pipeline several commands at
once, :data composing the message in $VISUAL/$EDITOR on a terminal):
:starttls, :auth plain|login|cram-md5|xoauth2 USER (password asked with
no echo at all, encoded for you, <redacted> in the transcript; the OAuth2
access token of xoauth2 from --token-file or SMTPGW_OAUTH_TOKEN, else
asked the same way), :data [FILE] (dot-stuffing
and the final dot done for you), :raw TEXT (exact bytes, with \r \n
escapes), :explain CODE, :save FILE, :reconnect, :quit. :help lists them.

HOST may be a mail domain: without a port, a name with MX records is
replaced by its first MX host, and the session says so.

With commands piped in (stdin not a terminal) there are no prompts and no
colors: the same annotated transcript is printed, the password of :auth is
read from the next line, AUTH over a connection without verified TLS is
refused, and the exit code is 1 when the last reply was a 4xx/5xx — a
scriptable SMTP client.

Exit codes: 0 the last reply was a success, 1 it was a failure (or the
connection failed), 2 usage error.`

const sessionExample = `  # poke a server by hand
  smtpgw session mx.example.com

  # submission port, upgraded to TLS before the first prompt
  smtpgw session smtp.example.com:587 --tls starttls

  # scripted, one JSON object per item
  printf 'EHLO client.example.org\nQUIT\n' | smtpgw session mx.example.com --json | jq -c 'select(.kind=="reply") | .code'

  # scripted: exit code 1 when the last reply is a failure
  smtpgw session mx.example.com <<'EOF'
  EHLO client.example.org
  MAIL FROM:<me@example.org>
  RCPT TO:<you@example.com>
  QUIT
  EOF`

// NewCmdSession builds smtpgw session; runF replaces sessionRun in tests.
func NewCmdSession(f *Factory, runF func(context.Context, *sessionOptions) error) *cobra.Command {
	o := &sessionOptions{IO: f.IO, Global: f.Global}
	cmd := &cobra.Command{
		Use:     "session HOST[:PORT]",
		Short:   "Talk SMTP to a server by hand; every reply explains itself",
		Long:    sessionLong,
		Example: sessionExample,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && o.Global.interactive(o.IO, o.JSON) {
				return nil // asked for in RunE
			}
			if len(args) != 1 {
				return usageErr("session needs one server: smtpgw session HOST[:PORT] (or a mail domain)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				t, err := o.askTarget()
				if err != nil {
					return err
				}
				args = []string{t}
			}
			if err := o.complete(args[0]); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), o)
			}
			return sessionRun(cmd.Context(), o)
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&o.Session.Port, "port", 0, "port when HOST has none (default 25; 465 with --tls implicit)")
	fl.StringVar(&o.Session.TLS, "tls", "", "TLS `MODE`: none (upgrade by hand with :starttls), starttls (before the first prompt) or implicit (default: implicit on 465, else none)")
	fl.BoolVar(&o.Session.InsecureSkipVerify, "insecure-skip-verify", false, "do not verify the server's certificate (DANGEROUS: AUTH is then refused when piped, asked on a terminal)")
	fl.StringVar(&o.Session.Helo, "helo", "", "`NAME` for the EHLO that --tls starttls sends (default: the address literal of the connection)")
	fl.BoolVar(&o.JSON, "json", false, "print every item (command, reply with its explanation, note, TLS summary) as one JSON object a line")
	fl.StringVar(&o.TokenFile, "token-file", "", "read the OAuth2 access token for :auth xoauth2 from the first line of `FILE` (else SMTPGW_OAUTH_TOKEN, else asked)")
	fl.DurationVar(&o.Session.Idle, "idle", session.DefaultIdle, "how long to wait for a reply before saying the server went silent")
	return cmd
}

// askTarget asks for the server on a terminal.
func (o *sessionOptions) askTarget() (string, error) {
	a := newAsker(o.IO, o.Global)
	t, err := a.ask(prompt.Question{
		Title:    "Server to talk to",
		Help:     "HOST[:PORT], or a mail domain (its first MX host), such as mx.example.com or smtp.example.com:587",
		Validate: session.CheckTarget,
	}, "")
	if err == nil {
		a.equivalent()
	}
	return t, err
}

// complete validates the flags with session.Options.Validate (usage
// errors name the flag) and reads the OAuth2 token.
func (o *sessionOptions) complete(target string) error {
	o.Session.Target = target
	if o.Session.Idle <= 0 { // the package takes 0 as its default; the flag wants a duration
		return usageErr("--idle must be positive, such as 30s or 5m")
	}
	if err := o.Session.Validate(); err != nil {
		return optionFlagError(err, sessionFlags.Get())
	}
	o.Session.Token = os.Getenv("SMTPGW_OAUTH_TOKEN")
	if o.TokenFile != "" {
		b, err := os.ReadFile(o.TokenFile)
		if err != nil {
			return usageErr("--token-file: cannot read %s", strings.TrimPrefix(err.Error(), "open "))
		}
		line, _, _ := strings.Cut(string(b), "\n")
		if o.Session.Token = strings.TrimSpace(line); o.Session.Token == "" {
			return usageErr("--token-file %s: the first line is empty", o.TokenFile)
		}
	}
	return nil
}

func sessionRun(ctx context.Context, o *sessionOptions) error {
	takeSignals(ctx)
	ios, so := o.IO, o.Session
	var err error
	if so.RootCAs, err = o.Global.RootCAs(); err != nil {
		return err
	}
	if so.Resolver, err = o.Global.DNSResolver(); err != nil {
		return err
	}
	so.Save = saveTranscript
	so.EditorName, so.Edit = editorHook(ctx, ios)
	w := report.NewSessionWriter(ios.Out, ios.Color())
	w.SetWidth(ios.TerminalWidth())
	emit := func(it session.Item) { w.Write(it) }
	if o.JSON {
		emit = func(it session.Item) { report.WriteSessionJSON(ios.Out, it) }
	}
	s, err := session.New(so, emit)
	if err != nil {
		return optionFlagError(err, sessionFlags.Get())
	}
	var in session.Input = session.NewPiped(ios.In)
	if f, ok := ios.In.(*os.File); ok && ios.InTTY {
		t, err := prompt.NewLineEditor(f, ios.Out, "smtp> ", prompt.HistoryPath(os.Getenv), s.Completions)
		if err != nil {
			return fmt.Errorf("cannot open the line editor on this terminal: %v", err)
		}
		defer t.Close()
		in = t
	}
	if err := s.Run(ctx, in); err != nil {
		return err
	}
	if s.LastFailed() {
		return &ExitError{Code: ExitFindings}
	}
	return nil
}

// saveTranscript writes the transcript of ":save FILE".
func saveTranscript(path string, items []session.Item) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if err := report.WriteSessionTranscript(f, items); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// editorHook returns the user's editor ($VISUAL, else $EDITOR) for ":data"
// on a terminal, and how to run it on a file; none otherwise.
func editorHook(ctx context.Context, ios *IOStreams) (string, func(path string) error) {
	editor := os.Getenv("VISUAL")
	if editor == "" {
		editor = os.Getenv("EDITOR")
	}
	f, ok := ios.In.(*os.File)
	if !ok || !ios.InTTY || editor == "" {
		return "", nil
	}
	return editor, func(path string) error {
		// As git does: the editor variable is a shell command line
		// ("code --wait", "vim -u NONE"), the file its last argument.
		c := exec.CommandContext(ctx, "/bin/sh", "-c", editor+` "$1"`, "smtpgw-editor", path)
		c.Stdin, c.Stdout, c.Stderr = f, ios.Out, ios.ErrOut
		return c.Run()
	}
}
