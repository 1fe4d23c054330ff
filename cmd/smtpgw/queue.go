package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/smtpgw/smtpgw/relay"
	"github.com/smtpgw/smtpgw/relay/spool"
	"github.com/smtpgw/smtpgw/report"
	"github.com/spf13/cobra"
)

func init() { register("queue", newQueueCmd) }

type queueOptions struct {
	Spool  string
	JSON   bool
	Failed bool
	All    bool
}

func newQueueCmd(ios *IOStreams, g *GlobalOptions) *cobra.Command {
	o := &queueOptions{}
	cmd := &cobra.Command{
		Use:   "queue",
		Short: "List, show, retry and delete messages in the relay's spool",
		Long: `Inspect and manage the spool of 'smtpgw relay'. Safe while the relay runs:
messages being delivered are locked, and retry requests reach the running
relay within a second.`,
		Example: `  smtpgw queue status
  smtpgw queue list
  smtpgw queue list --failed --json
  smtpgw queue show 1A2B3C4D5E6Fa1b2c3d4
  smtpgw queue retry --all
  smtpgw queue delete 1A2B3C4D5E6Fa1b2c3d4`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.PersistentFlags().StringVar(&o.Spool, "spool", "", "spool directory (default $XDG_STATE_HOME/smtpgw/spool or ~/.local/state/smtpgw/spool)")
	open := func() (*spool.Spool, error) {
		dir := o.Spool
		if dir == "" {
			dir = relay.DefaultSpoolDir()
		}
		// never create a spool: a mistyped --spool must not look like an empty queue
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

	list := &cobra.Command{
		Use:   "list",
		Short: "List queued (or failed) messages",
		Long: `List the messages in the queue (or in failed/ with --failed), oldest first.

Damaged spool files (cut off, overwritten, or not a message at all) are listed
after the messages with the reason, together with those the relay moved to
corrupt/; the exit code is then 1. Remove one with 'smtpgw queue delete ID'.
A --spool that holds no spool is an error (exit 2): nothing is created.`,
		Example: "  smtpgw queue list\n  smtpgw queue list --failed --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			sp, err := open()
			if err != nil {
				return err
			}
			defer sp.Close()
			dir := spool.DirQueue
			if o.Failed {
				dir = spool.DirFailed
			}
			ms, err := sp.List(dir)
			if err != nil {
				return err
			}
			if dir == spool.DirQueue {
				// damaged files the relay moved out of the queue
				corrupt, err := sp.List(spool.DirCorrupt)
				if err != nil {
					return err
				}
				ms = append(ms, corrupt...)
			}
			damaged := 0
			for _, m := range ms {
				if m.Damaged != "" {
					damaged++
				}
			}
			if o.JSON {
				if ms == nil {
					ms = []*spool.Message{}
				}
				if err := report.WriteJSON(ios.Out, ms); err != nil {
					return err
				}
			} else {
				if err := report.WriteQueueList(ios.Out, ms, dir, sp.Dir); err != nil {
					return err
				}
			}
			if damaged > 0 {
				return &ExitError{Code: ExitFindings}
			}
			return nil
		},
	}
	list.Flags().BoolVar(&o.JSON, "json", false, "output JSON")
	list.Flags().BoolVar(&o.Failed, "failed", false, "list permanently failed messages (failed/)")

	show := &cobra.Command{
		Use:     "show ID",
		Short:   "Show a message's envelope, recipients and delivery state",
		Example: "  smtpgw queue show 1A2B3C4D5E6Fa1b2c3d4 --json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			sp, err := open()
			if err != nil {
				return err
			}
			defer sp.Close()
			m, err := sp.Get(args[0])
			if err != nil {
				return notFound(err, args[0], sp.Dir)
			}
			if o.JSON {
				return report.WriteJSON(ios.Out, m)
			}
			return report.WriteQueueShow(ios.Out, m)
		},
	}
	show.Flags().BoolVar(&o.JSON, "json", false, "output JSON")

	retry := &cobra.Command{
		Use:     "retry ID... | --all",
		Short:   "Try queued messages again now; a failed message goes back to the queue",
		Example: "  smtpgw queue retry 1A2B3C4D5E6Fa1b2c3d4\n  smtpgw queue retry --all",
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.All == (len(args) > 0) {
				return usageErr("give message ids or --all (see 'smtpgw queue list')")
			}
			sp, err := open()
			if err != nil {
				return err
			}
			defer sp.Close()
			ids := args
			if o.All {
				ids, err = sp.IDs(spool.DirQueue)
				if err != nil {
					return err
				}
			}
			for _, id := range ids {
				if err := sp.Retry(id); err != nil {
					if o.All && errors.Is(err, spool.ErrNotFound) {
						continue // delivered meanwhile
					}
					var de *spool.DamagedError
					if o.All && errors.As(err, &de) {
						fmt.Fprintf(ios.ErrOut, "%s: damaged, not retried (%s); remove it with 'smtpgw queue delete %s'\n", id, de.Reason, id)
						continue
					}
					return notFound(err, id, sp.Dir)
				}
				fmt.Fprintf(ios.Out, "%s: retry requested\n", id)
			}
			if len(ids) == 0 {
				fmt.Fprintln(ios.Out, "The queue is empty.")
			}
			if o.All {
				// --all retries the queue; failed messages go back only by id
				if failed, err := sp.IDs(spool.DirFailed); err == nil && len(failed) > 0 {
					fmt.Fprintf(ios.ErrOut, "%d failed message(s) not retried by --all; put one back with 'smtpgw queue retry ID' (see 'smtpgw queue list --failed').\n", len(failed))
				}
			}
			if len(ids) > 0 && !sp.RelayRunning() {
				fmt.Fprintln(ios.ErrOut, "No relay is running on this spool: the messages are tried when it starts.")
			}
			return nil
		},
	}
	retry.Flags().BoolVar(&o.All, "all", false, "retry every queued message (failed ones only by id)")

	del := &cobra.Command{
		Use:     "delete ID...",
		Short:   "Delete messages from the spool (queued or failed)",
		Example: "  smtpgw queue delete 1A2B3C4D5E6Fa1b2c3d4",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			sp, err := open()
			if err != nil {
				return err
			}
			defer sp.Close()
			for _, id := range args {
				if err := sp.Delete(id); err != nil {
					return notFound(err, id, sp.Dir)
				}
				fmt.Fprintf(ios.Out, "%s: deleted\n", id)
			}
			return nil
		},
	}
	status := &cobra.Command{
		Use:   "status",
		Short: "Show the queue at a glance and the delivery state of each destination",
		Long: `Show the spool at a glance (queued messages and pending recipients, the
oldest, failed and damaged ones) and the running relay's state per
destination: the profile it follows (gmail, microsoft, yahoo, icloud, gmx, a
--destination of yours, or default for every other domain), its concurrency
and rate now against the profile's (2/5: lowered by adaptive backoff after
rate-limit or reputation replies), deliveries in flight and waiting, outcome
counts and the last refusal. The relay rewrites this state in the spool
(relay-state.json) every two seconds while it changes; with no relay running
it shows the state the relay left.`,
		Example: "  smtpgw queue status\n  smtpgw queue status --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			sp, err := open()
			if err != nil {
				return err
			}
			defer sp.Close()
			st, err := relay.Status(sp)
			if err != nil {
				return err
			}
			if o.JSON {
				return report.WriteJSON(ios.Out, st)
			}
			return report.WriteQueueStatus(ios.Out, st, time.Now())
		},
	}
	status.Flags().BoolVar(&o.JSON, "json", false, "output JSON")
	cmd.AddCommand(status, list, show, retry, del)
	return cmd
}

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
