package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/smtpgw/smtpgw/relay"
	"github.com/smtpgw/smtpgw/relay/spool"
	"github.com/smtpgw/smtpgw/report"
	"github.com/spf13/cobra"
)

// queueOptions are the flags and arguments of smtpgw queue and its
// subcommands: Action is the subcommand that runs.
type queueOptions struct {
	IO     *IOStreams
	Spool  string   // --spool, of every subcommand ("": relay.DefaultSpoolDir)
	Action string   // "status", "list", "show", "retry" or "delete"
	IDs    []string // the message ids given
	JSON   bool
	Failed bool // list: failed/ instead of the queue
	All    bool // retry: every queued message
}

const queueLong = `Inspect and manage the spool of 'smtpgw relay'. Safe while the relay runs:
messages being delivered are locked, and retry requests reach the running
relay within a second.`

const queueExample = `  smtpgw queue status
  smtpgw queue list
  smtpgw queue list --failed --json
  smtpgw queue show 1A2B3C4D5E6Fa1b2c3d4
  smtpgw queue retry --all
  smtpgw queue delete 1A2B3C4D5E6Fa1b2c3d4`

const queueListLong = `List the messages in the queue (or in failed/ with --failed), oldest first.

Damaged spool files (cut off, overwritten, or not a message at all) are listed
after the messages with the reason, together with those the relay moved to
corrupt/; the exit code is then 1. Remove one with 'smtpgw queue delete ID'.
A --spool that holds no spool is an error (exit 2): nothing is created.`

const queueStatusLong = `Show the spool at a glance (queued messages and pending recipients, the
oldest, failed and damaged ones) and the running relay's state per
destination: the profile it follows (gmail, microsoft, yahoo, icloud, gmx, a
--destination of yours, or default for every other domain), its concurrency
and rate now against the profile's (2/5: lowered by adaptive backoff after
rate-limit or reputation replies), deliveries in flight and waiting, outcome
counts and the last refusal. The relay rewrites this state in the spool
(relay-state.json) every two seconds while it changes; with no relay running
it shows the state the relay left.`

// NewCmdQueue builds smtpgw queue and its subcommands; runF replaces the
// subcommands' run functions in tests.
func NewCmdQueue(f *Factory, runF func(context.Context, *queueOptions) error) *cobra.Command {
	o := &queueOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:     "queue",
		Short:   "List, show, retry and delete messages in the relay's spool",
		Long:    queueLong,
		Example: queueExample,
		Args:    cobra.NoArgs,
		RunE:    func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.PersistentFlags().StringVar(&o.Spool, "spool", "", "spool directory (default $XDG_STATE_HOME/smtpgw/spool or ~/.local/state/smtpgw/spool)")
	status := o.subcommand(&cobra.Command{
		Use:     "status",
		Short:   "Show the queue at a glance and the delivery state of each destination",
		Long:    queueStatusLong,
		Example: "  smtpgw queue status\n  smtpgw queue status --json",
		Args:    cobra.NoArgs,
	}, runF, queueStatusRun)
	list := o.subcommand(&cobra.Command{
		Use:     "list",
		Short:   "List queued (or failed) messages",
		Long:    queueListLong,
		Example: "  smtpgw queue list\n  smtpgw queue list --failed --json",
		Args:    cobra.NoArgs,
	}, runF, queueListRun)
	list.Flags().BoolVar(&o.Failed, "failed", false, "list permanently failed messages (failed/)")
	show := o.subcommand(&cobra.Command{
		Use:     "show ID",
		Short:   "Show a message's envelope, recipients and delivery state",
		Example: "  smtpgw queue show 1A2B3C4D5E6Fa1b2c3d4 --json",
		Args:    cobra.ExactArgs(1),
	}, runF, queueShowRun)
	for _, c := range []*cobra.Command{status, list, show} {
		c.Flags().BoolVar(&o.JSON, "json", false, "output JSON")
	}
	cmd.AddCommand(status, list, show, o.retryCmd(runF), o.deleteCmd(runF))
	return cmd
}

func (o *queueOptions) retryCmd(runF func(context.Context, *queueOptions) error) *cobra.Command {
	retry := o.subcommand(&cobra.Command{
		Use:     "retry ID... | --all",
		Short:   "Try queued messages again now; a failed message goes back to the queue",
		Example: "  smtpgw queue retry 1A2B3C4D5E6Fa1b2c3d4\n  smtpgw queue retry --all",
	}, runF, queueRetryRun)
	retry.Flags().BoolVar(&o.All, "all", false, "retry every queued message (failed ones only by id)")
	return retry
}

func (o *queueOptions) deleteCmd(runF func(context.Context, *queueOptions) error) *cobra.Command {
	return o.subcommand(&cobra.Command{
		Use:     "delete ID...",
		Short:   "Delete messages from the spool (queued or failed)",
		Example: "  smtpgw queue delete 1A2B3C4D5E6Fa1b2c3d4",
		Args:    cobra.MinimumNArgs(1),
	}, runF, queueDeleteRun)
}

// subcommand makes cmd run run (or runF) with o's Action set to its name
// and IDs to its arguments, after complete.
func (o *queueOptions) subcommand(cmd *cobra.Command, runF, run func(context.Context, *queueOptions) error) *cobra.Command {
	cmd.RunE = func(c *cobra.Command, args []string) error {
		o.Action, o.IDs = c.Name(), args
		if err := o.complete(); err != nil {
			return err
		}
		if runF != nil {
			return runF(c.Context(), o)
		}
		return run(c.Context(), o)
	}
	return cmd
}

// complete checks what cobra's argument counts do not: retry takes ids
// or --all.
func (o *queueOptions) complete() error {
	if o.Action == "retry" && o.All == (len(o.IDs) > 0) {
		return usageErr("give message ids or --all (see 'smtpgw queue list')")
	}
	return nil
}

// open opens the spool; it never creates one: a mistyped --spool must not
// look like an empty queue.
func (o *queueOptions) open() (*spool.Spool, error) {
	dir := o.Spool
	if dir == "" {
		dir = relay.DefaultSpoolDir()
	}
	sp, err := spool.OpenExisting(dir)
	if errors.Is(err, spool.ErrNoSpool) {
		abs, aerr := filepath.Abs(dir)
		if aerr != nil {
			abs = dir
		}
		return nil, usageErr("no spool at %s (is the relay's --spool elsewhere?)", abs)
	}
	return sp, err
}

func queueStatusRun(_ context.Context, o *queueOptions) error {
	sp, err := o.open()
	if err != nil {
		return err
	}
	defer sp.Close()
	st, err := relay.Status(sp)
	if err != nil {
		return err
	}
	if o.JSON {
		return report.WriteJSON(o.IO.Out, st)
	}
	return report.WriteQueueStatus(o.IO.Out, st, time.Now(), o.IO.TerminalWidth())
}

// queueListRun lists the queue (or failed/); damaged files exit 1.
func queueListRun(_ context.Context, o *queueOptions) error {
	sp, err := o.open()
	if err != nil {
		return err
	}
	defer sp.Close()
	l, err := relay.ListQueue(sp, o.Failed)
	if err != nil {
		return err
	}
	if o.JSON {
		err = report.WriteJSON(o.IO.Out, l.Messages)
	} else {
		err = report.WriteQueueList(o.IO.Out, l.Messages, l.Dir, sp.Dir, o.IO.TerminalWidth())
	}
	if err != nil {
		return err
	}
	if l.Damaged > 0 {
		return &ExitError{Code: ExitFindings}
	}
	return nil
}

func queueShowRun(_ context.Context, o *queueOptions) error {
	sp, err := o.open()
	if err != nil {
		return err
	}
	defer sp.Close()
	m, err := sp.Get(o.IDs[0])
	if err != nil {
		return notFound(err, o.IDs[0], sp.Dir)
	}
	if o.JSON {
		return report.WriteJSON(o.IO.Out, m)
	}
	return report.WriteQueueShow(o.IO.Out, m)
}

// queueRetryRun asks for the messages given (or the whole queue) to be
// tried now.
func queueRetryRun(_ context.Context, o *queueOptions) error {
	sp, err := o.open()
	if err != nil {
		return err
	}
	defer sp.Close()
	requested := 0
	if o.All {
		res, err := relay.RetryAll(sp)
		if res != nil {
			requested = res.Queued
			if werr := report.WriteQueueRetryAll(o.IO.Out, o.IO.ErrOut, res, "put one back with 'smtpgw queue retry ID' (see 'smtpgw queue list --failed')"); werr != nil && err == nil {
				err = werr
			}
		}
		var re *relay.RetryError
		if errors.As(err, &re) {
			return notFound(re.Err, re.ID, sp.Dir)
		}
		if err != nil {
			return err
		}
	}
	for _, id := range o.IDs {
		if err := sp.Retry(id); err != nil {
			return notFound(err, id, sp.Dir)
		}
		if err := report.WriteQueueRetried(o.IO.Out, id); err != nil {
			return err
		}
		requested++
	}
	if requested > 0 && !sp.RelayRunning() {
		return report.WriteQueueNoRelay(o.IO.ErrOut)
	}
	return nil
}

func queueDeleteRun(_ context.Context, o *queueOptions) error {
	sp, err := o.open()
	if err != nil {
		return err
	}
	defer sp.Close()
	for _, id := range o.IDs {
		if err := sp.Delete(id); err != nil {
			return notFound(err, id, sp.Dir)
		}
		if err := report.WriteQueueDeleted(o.IO.Out, id); err != nil {
			return err
		}
	}
	return nil
}

// notFound words the spool's errors about one message for the command
// line.
func notFound(err error, id, dir string) error {
	if errors.Is(err, spool.ErrNotFound) {
		return fmt.Errorf("no message %q in spool %s (see 'smtpgw queue list')", id, dir)
	}
	if errors.Is(err, spool.ErrLocked) {
		return fmt.Errorf("message %s is being delivered right now; try again in a moment", id)
	}
	var de *spool.DamagedError
	if errors.As(err, &de) {
		return fmt.Errorf("message %s is damaged (%s) and cannot be delivered; remove it with 'smtpgw queue delete %s'", id, de.Reason, id)
	}
	return err
}
