package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/smtpgw/smtpgw/report"
	"github.com/smtpgw/smtpgw/summary"
	"github.com/spf13/cobra"
)

// SummaryOptions are the summary inputs of `smtpgw explain` (--summary, or
// --bounce with a directory, an mbox, a Maildir or several files).
type SummaryOptions struct {
	Summary bool
	All     bool
	Top     int
	CSV     bool
	Format  string // text | json | csv
}

func addSummaryFlags(cmd *cobra.Command, o *SummaryOptions) {
	cmd.Flags().BoolVar(&o.Summary, "summary", false, "summarise many failures: mail logs given as `FILE`s or on standard input (gzip read as is), or with --bounce the messages of a directory, mbox or Maildir")
	cmd.Flags().BoolVar(&o.All, "all", false, "with a summary: list every recipient of each group, not only the top ones")
	cmd.Flags().IntVar(&o.Top, "top", summary.DefaultTop, "with a summary: recipients listed per group")
	cmd.Flags().BoolVar(&o.CSV, "csv", false, "with a summary: write CSV (one row per category and domain)")
	cmd.Flags().StringVar(&o.Format, "format", "", "with a summary: output format text, json or csv")
}

// summaryMode decides whether explain summarises: --summary, --bounce with a
// directory, with several files, or with an mbox (it starts with "From ").
// For "-" it peeks at standard input and puts the peeked bytes back.
func summaryMode(opts *ExplainOptions) bool {
	if opts.Sum.Summary {
		return true
	}
	if opts.Bounce == "" {
		return false
	}
	if len(opts.Args) > 0 {
		return true
	}
	if opts.Bounce == "-" {
		br := bufio.NewReaderSize(opts.IO.In, 64<<10)
		opts.IO.In = br
		head, _ := br.Peek(br.Size()) // looked at, not consumed
		return startsAsMbox(bytes.NewReader(head))
	}
	fi, err := os.Stat(opts.Bounce)
	if err != nil {
		return false // the single-bounce path reports the error
	}
	if fi.IsDir() {
		return true
	}
	f, err := os.Open(opts.Bounce)
	if err != nil {
		return false
	}
	defer f.Close()
	return startsAsMbox(f)
}

// startsAsMbox reports an mbox ("From " first), or any gzip-compressed
// input: the single-bounce reader does not decompress, the summary does.
func startsAsMbox(r io.Reader) bool {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		return true
	}
	dr, err := summary.Decompress(br)
	if err != nil {
		return false
	}
	head := make([]byte, 5)
	n, _ := io.ReadFull(dr, head)
	return string(head[:n]) == "From "
}

func checkSummaryFlags(cmd *cobra.Command, opts *ExplainOptions, summarising bool) error {
	o := &opts.Sum
	if !summarising {
		for _, f := range []string{"all", "top", "csv", "format"} {
			if cmd.Flags().Changed(f) {
				return usageErr("--%s is for summaries: add --summary (mail logs), or give --bounce a directory, an mbox or several files", f)
			}
		}
		return nil
	}
	switch o.Format {
	case "", "text", "json", "csv":
	default:
		return usageErr("--format %q: give text, json or csv", o.Format)
	}
	if o.CSV && o.Format != "" && o.Format != "csv" || opts.JSON && o.Format != "" && o.Format != "json" || o.CSV && opts.JSON {
		return usageErr("choose one output format: --json, --csv or --format")
	}
	if o.Top < 1 {
		return usageErr("--top %d: give a number of recipients of 1 or more (--all lists every one)", o.Top)
	}
	if opts.List {
		return usageErr("--list takes no --summary")
	}
	if opts.Sum.Summary && opts.Bounce == "" && len(opts.Args) == 0 && opts.IO.InTTY {
		return usageErr("nothing to summarise: give mail log files (smtpgw explain --summary /var/log/mail.log*) or pipe a log in")
	}
	return nil
}

func runSummary(ctx context.Context, opts *ExplainOptions) error {
	ios, o := opts.IO, opts.Sum
	so := summary.Options{Top: o.Top, All: o.All}
	stop := summaryProgress(ios, &so)
	s, err := summary.New(so)
	if err != nil {
		return optionFlagError(err, map[string]string{"Top": "--top"})
	}
	err = readSummaryInputs(ctx, s, opts)
	stop()
	if err != nil {
		return err
	}
	rep := s.Report()
	if err := writeSummary(ios, rep, summaryFormat(opts)); err != nil {
		return err
	}
	t := rep.Totals
	switch {
	case t.Unreadable > 0 && t.Unreadable >= t.Inputs:
		return usageErr("nothing could be read: %s", problemList(rep))
	case t.Unreadable > 0:
		fmt.Fprintf(ios.ErrOut, "smtpgw: %d of %d inputs could not be read entirely (named under NOT SUMMARISED); the summary covers the rest\n", t.Unreadable, t.Inputs)
		return &ExitError{Code: 1}
	}
	return nil
}

// summaryFormat is the output format: --csv, --json, --format or text.
func summaryFormat(opts *ExplainOptions) string {
	switch {
	case opts.Sum.CSV:
		return "csv"
	case opts.JSON:
		return "json"
	case opts.Sum.Format == "":
		return "text"
	}
	return opts.Sum.Format
}

// summaryProgress sets a progress line on a terminal's stderr for inputs
// that take over a second; the returned function ends it.
func summaryProgress(ios *IOStreams, so *summary.Options) (stop func()) {
	if !ios.Progress() {
		return func() {}
	}
	start, drawn := time.Now(), false
	so.Progress = func(t summary.Totals) {
		if time.Since(start) < time.Second { // only large inputs get a progress line
			return
		}
		drawn = true
		_ = report.WriteSummaryProgress(ios.ErrOut, t)
	}
	return func() {
		if drawn {
			_ = report.EndSummaryProgress(ios.ErrOut)
		}
	}
}

// readSummaryInputs reads the logs (or, with --bounce, the bounce
// messages) named, or standard input.
func readSummaryInputs(ctx context.Context, s *summary.Summary, opts *ExplainOptions) error {
	bounces := opts.Bounce != ""
	inputs := opts.Args
	if bounces {
		inputs = append([]string{opts.Bounce}, opts.Args...)
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		switch {
		case in != "-":
			s.ReadPath(in, bounces)
		case bounces:
			_ = s.ReadBounces(opts.IO.In, "standard input")
		default:
			_ = s.ReadLog(opts.IO.In, "standard input")
		}
	}
	return nil
}

// writeSummary renders the report in format through a buffer.
func writeSummary(ios *IOStreams, rep summary.Report, format string) error {
	w := bufio.NewWriterSize(ios.Out, 64<<10)
	var err error
	switch format {
	case "json":
		err = report.WriteJSON(w, rep)
	case "csv":
		err = report.WriteSummaryCSV(w, rep)
	default:
		err = report.WriteSummary(w, rep, report.SummaryOptions{Color: ios.Color(), Width: ios.TerminalWidth(), MoreHint: "--all lists every one"})
	}
	if err == nil {
		err = w.Flush()
	}
	return err
}

func problemList(rep summary.Report) string {
	s := ""
	for i, p := range rep.Problems {
		if i == 3 {
			s += fmt.Sprintf("; and %d more", rep.Totals.Problems-3)
			break
		}
		if i > 0 {
			s += "; "
		}
		s += p.Input + ": " + p.Reason
	}
	return s
}
