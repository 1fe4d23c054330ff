package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/smtpgw/smtpgw/bounce"
	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/internal/prompt"
	"github.com/smtpgw/smtpgw/report"
	"github.com/spf13/cobra"
)

// ExplainOptions are the flags and inputs of smtpgw explain.
type ExplainOptions struct {
	IO     *IOStreams
	Global *GlobalOptions
	Args   []string
	JSON   bool
	List   bool
	Bounce string // file name, or "-" for stdin
	Stdin  bool
	Sum    SummaryOptions
	Why    bool // --explain-why: show which rules matched and why one won

	summarise bool // --summary, or --bounce with many messages (summaryMode)
}

const explainLong = `Explain SMTP replies: the meaning of the reply code (RFC 5321 and extensions) and of the
enhanced status code (RFC 3463, IANA registry), the cause as one category, whether the
condition is temporary (the sending MTA retries by itself) or permanent (it bounces), who
must act, numbered remediation steps and references. Provider-specific replies of Gmail,
Microsoft 365/Outlook, Yahoo/AOL, Apple iCloud, Mimecast, Proofpoint, Barracuda and the
usual blocklists are recognised.

Input: a reply as arguments (quote it), a bare code (421) or enhanced code (5.7.26),
text without a code ("Envelope expired": the wording decides, the class is inferred from
it and a note says so), a multi-line reply or a pasted transcript (the reply that failed
decides), a Postfix or Exim log line, DSN fields (Diagnostic-Code:, Status:) or
Microsoft NDR text (Remote Server returned '...'). With "-" or piped input a paste is
read as the same text given as an argument (a multi-line reply, also with a log prefix on
every line, a transcript, DSN fields, free text without a code), and a mail log or a list
gives one explanation per reply: lines without a code that say what happened to a delivery
("mailbox full") are explained too, the other lines are counted at the end (on a last
JSON line {"totals":...} with --json). --bounce reads a bounce message (an RFC 3464/6533 DSN or the
plain-text report of an MTA, mail provider or gateway, or the JSON bounce notification
of Amazon SES, SendGrid, Mailgun, Postmark or SparkPost; docs/bounces.md lists the
formats) and explains each failed or delayed recipient; success DSNs, ARF feedback reports,
auto-replies and challenge-response messages are named as what they are.

Many at once: --summary reads mail logs (files, or standard input; gzip is read
as is) and --bounce with a directory, an mbox, a Maildir or several files reads
bounce messages; both print the failures grouped by category, then by recipient
domain, with counts, first and last seen, temporary vs permanent, the top
recipients, one reply and the remediation per group, most costly first
(--json, --csv for tickets and spreadsheets). See docs/summary.md.

--explain-why (-v) adds every rule that matched and why one of them won (the most
specific: strong before generic wording, then the most evidence, then the narrower
category), so that a wrong verdict can be reported with its reason.

Exit status: 0 when everything given was explained (also for permanent failures),
2 when the input holds neither an SMTP reply code nor wording that says what happened.
A summary exits 1 when some inputs could not be read entirely (they are named), 2 when
none could be read.`

const explainExample = `  smtpgw explain 421
  smtpgw explain 5.7.26
  smtpgw explain "550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in local recipient table"
  smtpgw explain "Diagnostic-Code: smtp; 550 5.7.606 Access denied, banned sending IP [192.0.2.1]"
  grep 'status=bounced' /var/log/mail.log | smtpgw explain --json
  smtpgw explain "Envelope expired"
  smtpgw explain --explain-why "550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org"
  smtpgw explain --bounce bounce.eml
  smtpgw explain --bounce sendgrid-events.json
  smtpgw explain --summary /var/log/mail.log /var/log/mail.log.1.gz
  zcat /var/log/mail.log.*.gz | smtpgw explain --summary --csv > failures.csv
  smtpgw explain --bounce ~/Maildir/.Bounces --top 5
  smtpgw explain --bounce bounces.mbox --json
  smtpgw explain --list`

// NewCmdExplain builds smtpgw explain; runF replaces runExplain and
// runSummary in tests.
func NewCmdExplain(f *Factory, runF func(context.Context, *ExplainOptions) error) *cobra.Command {
	opts := &ExplainOptions{IO: f.IO, Global: f.Global}
	cmd := &cobra.Command{
		Use:     "explain [REPLY... | -]",
		Short:   "Explain an SMTP reply: what it means, whether it is temporary, who must act and what to do",
		Long:    explainLong,
		Example: explainExample,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := opts.complete(cmd, args); err != nil {
				return err
			}
			switch {
			case runF != nil:
				return runF(cmd.Context(), opts)
			case opts.summarise:
				return runSummary(cmd.Context(), opts)
			}
			return runExplain(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print one JSON object per explained reply (JSON Lines)")
	cmd.Flags().BoolVar(&opts.List, "list", false, "list every known reply code, enhanced status code and provider text")
	cmd.Flags().BoolVarP(&opts.Why, "explain-why", "v", false, "also show which rules matched the reply, and why the verdict's rule (or code) won")
	cmd.Flags().StringVar(&opts.Bounce, "bounce", "", "explain the failed recipients of a bounce message `FILE` (\"-\" reads standard input)")
	addSummaryFlags(cmd, &opts.Sum)
	return cmd
}

// complete decides what to explain (replies, standard input, a bounce,
// the list, or a summary), asks for a reply on a terminal when none is
// given, and checks the flags that go together.
func (opts *ExplainOptions) complete(cmd *cobra.Command, args []string) error {
	opts.Args = args
	if len(args) == 1 && args[0] == "-" {
		opts.Args, opts.Stdin = nil, true
	}
	if opts.summarise = summaryMode(opts); opts.summarise {
		return checkSummaryFlags(cmd, opts, true)
	}
	if err := checkSummaryFlags(cmd, opts, false); err != nil {
		return err
	}
	nothing := func() bool { return len(opts.Args) == 0 && opts.Bounce == "" && !opts.List }
	if nothing() && opts.Global.interactive(opts.IO, opts.JSON) {
		if err := opts.ask(); err != nil {
			return err
		}
	}
	if nothing() {
		if opts.IO.InTTY {
			return usageErr("nothing to explain: give a reply such as \"550 5.1.1 User unknown\", a code such as 421, or pipe log lines in (see 'smtpgw explain --help')")
		}
		opts.Stdin = true
	}
	if opts.List && (len(opts.Args) > 0 || opts.Bounce != "") {
		return usageErr("--list takes no reply and no --bounce")
	}
	if opts.Bounce != "" && len(opts.Args) > 0 {
		return usageErr("give either replies or --bounce, not both")
	}
	return nil
}

// ask asks for a reply, or the path of a bounce, on a terminal.
func (opts *ExplainOptions) ask() error {
	a := newAsker(opts.IO, opts.Global)
	r, err := a.ask(prompt.Question{
		Title: "SMTP reply to explain, or a bounce file",
		Help:  "paste the reply or the line of the bounce, such as 550 5.1.1 <bob@example.com>: User unknown; a code such as 421; or the path of a bounce (.eml), an mbox, a Maildir or a directory of bounces",
		Validate: func(s string) error {
			if isBouncePath(s) {
				return nil
			}
			_, err := explain.ExplainText(s)
			return err
		},
	}, "")
	if err != nil {
		return err
	}
	if isBouncePath(r) {
		// the same as typing --bounce PATH
		a.extra = append(a.extra[:len(a.extra)-1], "--bounce", r)
		opts.Bounce = r
	} else {
		opts.Args = []string{r}
	}
	a.equivalent()
	return nil
}

func runExplain(ctx context.Context, opts *ExplainOptions) error {
	switch {
	case opts.List:
		return explainList(opts)
	case opts.Bounce != "":
		return explainBounce(opts)
	case opts.Stdin:
		return explainStdin(ctx, opts, newExplainWriter(opts.IO, opts.JSON, 64<<10))
	}
	// (a few cards: a 64 KiB buffer is a large allocation of its own, two
	// page faults more)
	return explainArgs(opts, newExplainWriter(opts.IO, opts.JSON, 4<<10))
}

// explainList writes every known code and provider text (--list).
func explainList(opts *ExplainOptions) error {
	list := explain.List()
	if opts.JSON {
		for _, e := range list {
			if err := report.WriteJSONLine(opts.IO.Out, e); err != nil {
				return err
			}
		}
		return nil
	}
	return report.WriteList(opts.IO.Out, list, textOptions(opts.IO))
}

// explainBounce explains the failed recipients of one bounce (--bounce).
func explainBounce(opts *ExplainOptions) error {
	ios := opts.IO
	var r io.Reader = ios.In
	name := "standard input"
	if opts.Bounce != "-" {
		f, err := os.Open(opts.Bounce)
		if err != nil {
			return usageErr("cannot read the bounce: %v", err)
		}
		defer f.Close()
		r, name = f, opts.Bounce
	}
	res, err := bounce.Parse(r)
	if errors.Is(err, bounce.ErrNotBounce) {
		return usageErr("no failed recipient found in %s: give a bounce message (a DSN or the bounce text of an MTA or mail provider; 'smtpgw explain --help' lists the formats)", name)
	}
	if err != nil {
		return usageErr("cannot read the bounce: %v", err)
	}
	if opts.JSON {
		return report.WriteBounceJSON(ios.Out, res)
	}
	return report.WriteBounce(ios.Out, res, textOptions(ios))
}

// explainStdin explains every line of standard input that carries a reply
// (a whole mail log, or tail -f).
func explainStdin(ctx context.Context, opts *ExplainOptions, out *explainWriter) error {
	ios := opts.IO
	// The start of the input is kept (up to explain.MaxInput): when no line
	// carries a reply code, the input was one pasted reply without a code
	// ("Envelope expired", a bounce's diagnostic text) and is explained as a
	// whole, as the same text given as an argument is.
	head := &headBuffer{max: explain.MaxInput}
	sc := explain.NewScanner(io.TeeReader(ios.In, head))
	sc.Wording = true // a codeless line of delivery wording in a list is explained too
	// each reply is explained and written before the next Scan, and the
	// JSON writer keeps copies of what it keeps: the lines' memory is
	// reused (explain.Scanner.ReuseLines)
	sc.ReuseLines = opts.JSON
	n := 0
	for sc.Scan() {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r := sc.Reply()
		if err := out.explain(opts, &r); err != nil {
			return err
		}
		n++
		if !sc.Buffered() { // the next read may block (tail -f): show what we have
			if err := out.flush(); err != nil {
				return err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading standard input: %v", err)
	}
	if n > 0 && (sc.Skipped > 0 || sc.TooLong > 0) {
		// nothing is dropped unsaid: the lines that were not explained are counted
		if err := out.totals(report.ExplainInputTotals{Lines: sc.Lines, Explanations: n, Unexplained: sc.Skipped, TooLong: sc.TooLong}); err != nil {
			return err
		}
	}
	if err := out.flush(); err != nil {
		return err
	}
	if n == 0 && !head.over && strings.TrimSpace(string(head.b)) != "" {
		if r, err := explain.Parse(string(head.b)); err == nil {
			if err := out.explain(opts, &r); err != nil {
				return err
			}
			return out.flush()
		}
	}
	if n == 0 {
		msg := "no SMTP reply code, and no wording that says what happened to a delivery, found in standard input"
		if sc.TooLong > 0 {
			msg += fmt.Sprintf(" (%d over-long lines skipped)", sc.TooLong)
		}
		return usageErr("%s: give lines such as \"550 5.1.1 User unknown\" or mail log lines", msg)
	}
	return nil
}

// headBuffer keeps the first max bytes written to it; over reports that
// more came.
type headBuffer struct {
	b    []byte
	max  int
	over bool
}

func (h *headBuffer) Write(p []byte) (int, error) {
	room := h.max - len(h.b)
	if len(p) > room {
		h.over = true
		p = p[:max(room, 0)]
	}
	h.b = append(h.b, p...)
	return len(p), nil
}

// explainArgs explains the replies given as arguments.
func explainArgs(opts *ExplainOptions, out *explainWriter) error {
	var failed []string
	var r explain.Reply
	for _, in := range explainInputs(opts.Args) {
		if err := parseArg(&r, in); err != nil {
			failed = append(failed, describeBadInput(in, err))
			continue
		}
		if err := out.explain(opts, &r); err != nil {
			return err
		}
	}
	if err := out.flush(); err != nil {
		return err
	}
	if len(failed) > 0 {
		return usageErr("%s", strings.Join(failed, "; "))
	}
	return nil
}

// parseArg parses one argument into r. (A function of its own: the copies
// of the Reply that explain.Parse returns stay out of explainArgs' frame,
// which is on the stack while the reply is explained and its card written.)
//
//go:noinline
func parseArg(r *explain.Reply, in string) error {
	var err error
	*r, err = explain.Parse(in)
	return err
}

// explainInputs: several bare codes ("421 550 5.7.26") are separate replies;
// anything else is one reply typed without quotes.
func explainInputs(args []string) []string {
	if len(args) == 1 {
		return args
	}
	allCodes := true
	for _, a := range args {
		r, err := explain.Parse(a)
		if err != nil || r.Text != "" || strings.ContainsAny(strings.TrimSpace(a), " \n") {
			allCodes = false
			break
		}
	}
	if !allCodes {
		return []string{strings.Join(args, " ")}
	}
	// "550 5.1.1" typed without quotes is one reply: a basic code followed
	// by an enhanced code of the same class.
	var out []string
	for i := 0; i < len(args); i++ {
		a := strings.TrimSpace(args[i])
		if i+1 < len(args) && len(a) == 3 {
			b := strings.TrimSpace(args[i+1])
			if len(b) >= 5 && b[1] == '.' && b[0] == a[0] && strings.Count(b, ".") == 2 && !strings.Contains(a, ".") {
				out = append(out, a+" "+b)
				i++
				continue
			}
		}
		out = append(out, args[i])
	}
	return out
}

func describeBadInput(in string, err error) string {
	shown := strings.TrimSpace(in)
	if len(shown) > 60 {
		shown = shown[:60] + "…"
	}
	shown = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return '?'
		}
		return r
	}, shown)
	why := ""
	if msg := err.Error(); msg != explain.ErrNoCode.Error() {
		why = strings.TrimPrefix(msg, explain.ErrNoCode.Error()+": ")
		why = " (" + why + ")"
	}
	return fmt.Sprintf("no SMTP reply code and no wording that says what happened to a delivery found in %q%s: give a reply such as \"550 5.1.1 User unknown\", a code such as 421, an enhanced code such as 5.7.26, or a bounce's diagnostic text", shown, why)
}

// explainWriter writes JSON Lines or cards through a buffer; flush sends
// what is buffered.
type explainWriter struct {
	ios  *IOStreams
	w    *bufio.Writer
	json bool
	n    int
	enc  *report.ExplanationJSON // the JSON encoder (made at the first JSON line)
	e    explain.Explanation     // the explanation being written (see explain)
}

// newExplainWriter's writer is on the heap (hence noinline): with the
// explanation it holds it is 500 bytes, which would otherwise sit in the
// frame of the command's run function, under everything it calls.
//
//go:noinline
func newExplainWriter(ios *IOStreams, json bool, size int) *explainWriter {
	return &explainWriter{ios: ios, w: bufio.NewWriterSize(ios.Out, size), json: json}
}

// explain explains r (with --explain-why, ExplainWhy) and writes the
// explanation. The reply and the explanation go by pointer: as values, 650
// bytes, they were copied into the frame of every function between the
// command and the explainer, and `smtpgw explain 421` outgrew the
// goroutine's first 8 KiB stack (growing it costs some 15 page faults).
func (w *explainWriter) explain(o *ExplainOptions, r *explain.Reply) error {
	explain.ExplainTo(&w.e, r, o.Why)
	return w.write(&w.e)
}

func (w *explainWriter) write(e *explain.Explanation) error {
	if w.json {
		return w.writeJSON(e)
	}
	if w.n > 0 {
		if _, err := io.WriteString(w.w, "\n"); err != nil {
			return err
		}
	}
	w.n++
	return report.WriteExplanation(w.w, e, textOptions(w.ios))
}

// writeJSON writes e as a JSON line. (A function of its own: the JSON
// encoder's frame stays out of write's, which is on the stack of every
// card.)
//
//go:noinline
func (w *explainWriter) writeJSON(e *explain.Explanation) error {
	if w.enc == nil {
		w.enc = new(report.ExplanationJSON)
	}
	return w.enc.Write(w.w, e)
}

// totals writes the count of the lines of standard input that were not
// explained: the last JSON line, or a line after the cards.
func (w *explainWriter) totals(t report.ExplainInputTotals) error {
	if w.json {
		return report.WriteExplainTotalsJSON(w.w, t)
	}
	return report.WriteExplainTotals(w.w, t, textOptions(w.ios))
}

func (w *explainWriter) flush() error { return w.w.Flush() }

// isBouncePath reports an answer to the explain prompt that names an
// existing file or directory (a bounce, an mbox, a Maildir): no SMTP reply
// is a path that exists.
func isBouncePath(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "\r\n") {
		return false
	}
	_, err := os.Stat(s)
	return err == nil
}

// pastedDashArgs lets a pasted reply that starts with dashes be an argument
// of explain: Sendmail's bounce starts "----- The following addresses had
// permanent fatal errors -----" and its transcript "----- Transcript of
// session follows -----", which the flag parser would refuse as "bad flag
// syntax". An argument that starts with three dashes, or with a dash and
// runs over several lines, is never a flag: a "--" is put before the first
// one, so it and the replies after it are arguments; flags written after
// the paste still count (held-out batch 9).
func pastedDashArgs(args []string) []string {
	isPaste := func(a string) bool {
		return strings.HasPrefix(a, "---") || len(a) > 1 && a[0] == '-' && strings.ContainsAny(a, "\n\r")
	}
	for i, a := range args {
		if a == "--" {
			return args
		}
		if !isPaste(a) {
			continue
		}
		flags := append([]string{}, args[:i]...)
		var replies []string
		for j := i; j < len(args); j++ {
			b := args[j]
			if len(b) > 1 && b[0] == '-' && !isPaste(b) && !strings.ContainsAny(b, " \t") {
				flags = append(flags, b)
				if b == "--bounce" && j+1 < len(args) {
					j++
					flags = append(flags, args[j])
				}
				continue
			}
			replies = append(replies, b)
		}
		return append(append(flags, "--"), replies...)
	}
	return args
}
