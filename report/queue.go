package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/smtpgw/smtpgw/relay/spool"
)

func queueSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

func queueAge(t time.Time) string {
	d := time.Since(t).Round(time.Second)
	if d < 0 {
		d = 0
	}
	return d.String()
}

// WriteQueueList renders smtpgw queue list: the messages of a spool as a
// table (dir: "" for the queue, else failed/), then any damaged files. On
// a terminal of width columns (0: not a terminal) too narrow for the
// table, each message is a short block of wrapped lines instead.
func WriteQueueList(w io.Writer, all []*spool.Message, dir, spoolDir string, width int) error {
	ew := &errWriter{w: w}
	writeQueueList(ew, all, dir, spoolDir, width)
	return ew.err
}

// WriteQueueShow renders smtpgw queue show: one message in detail.
func WriteQueueShow(w io.Writer, m *spool.Message) error {
	ew := &errWriter{w: w}
	writeQueueShow(ew, m)
	return ew.err
}

// errWriter keeps the first write error, so the renderers below can write
// line by line and report it once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	_, e.err = e.w.Write(p)
	return len(p), nil
}

func writeQueueList(w io.Writer, all []*spool.Message, dir, spoolDir string, width int) {
	var ms, damaged []*spool.Message
	for _, m := range all {
		if m.Damaged != "" {
			damaged = append(damaged, m)
		} else {
			ms = append(ms, m)
		}
	}
	defer writeDamaged(w, damaged)
	if len(ms) == 0 {
		if dir == spool.DirFailed {
			fmt.Fprintf(w, "No failed messages in %s.\n", spoolDir)
		} else {
			fmt.Fprintf(w, "The queue in %s is empty.\n", spoolDir)
		}
		return
	}
	var table, blocks strings.Builder
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tAGE\tSIZE\tFROM\tRECIPIENTS\tATTEMPTS\tNEXT\tLAST REPLY")
	for _, m := range ms {
		from := m.Envelope.From
		if from == "" {
			from = "<>"
		}
		var rc []string
		last := ""
		for _, r := range m.State.Rcpts {
			rc = append(rc, r.Addr+" ("+r.Status+")")
			if r.Reply != "" && r.Status != spool.StatusDelivered {
				last = r.Reply
			}
		}
		next := "-"
		if dir == spool.DirQueue {
			next = "now"
			if d := time.Until(m.State.NextAttempt).Round(time.Second); d > 0 {
				next = "in " + d.String()
			}
		}
		blocks.WriteString(fold(fmt.Sprintf("%s  %s  %s  from %s", m.ID, queueAge(m.Envelope.Received), queueSize(m.Size), from), width, 4, nil))
		blocks.WriteString(fold(fmt.Sprintf("  to %s; attempts %d, next %s", strings.Join(rc, ", "), m.State.Attempts, next), width, 4, nil))
		if last != "" {
			blocks.WriteString(fold("  last reply: "+last, width, 4, nil))
		}
		if len(last) > 60 {
			last = last[:57] + "..."
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", m.ID, queueAge(m.Envelope.Received), queueSize(m.Size), from,
			strings.Join(rc, ", "), m.State.Attempts, next, last)
	}
	tw.Flush()
	if fits(table.String(), width) {
		io.WriteString(w, table.String())
	} else {
		io.WriteString(w, blocks.String())
	}
	fmt.Fprintf(w, "%d message(s)\n", len(ms))
}

// fits tells whether every line of text fits width columns (always when
// width is 0: not a terminal).
func fits(text string, width int) bool {
	if width <= 0 {
		return true
	}
	for _, l := range strings.Split(text, "\n") {
		if ansi.StringWidth(l) > width {
			return false
		}
	}
	return true
}

// writeDamaged lists damaged spool files after the messages.
func writeDamaged(w io.Writer, ms []*spool.Message) {
	if len(ms) == 0 {
		return
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DAMAGED\tIN\tSIZE\tREASON")
	for _, m := range ms {
		fmt.Fprintf(tw, "%s\t%s/\t%s\t%s\n", m.ID, m.Where, queueSize(m.Size), m.Damaged)
	}
	tw.Flush()
	fmt.Fprintf(w, "%d damaged file(s): never delivered; remove with 'smtpgw queue delete ID' (the relay moves them to corrupt/ at start)\n", len(ms))
}

func writeQueueShow(w io.Writer, m *spool.Message) {
	if m.Damaged != "" {
		fmt.Fprintf(w, "ID          %s (%s, damaged)\n", m.ID, m.Where)
		fmt.Fprintf(w, "Size        %s\n", queueSize(m.Size))
		fmt.Fprintf(w, "Damaged     %s\n", m.Damaged)
		fmt.Fprintf(w, "            it cannot be delivered; remove it with 'smtpgw queue delete %s'\n", m.ID)
		return
	}
	from := m.Envelope.From
	if from == "" {
		from = "<> (a bounce)"
	}
	fmt.Fprintf(w, "ID          %s (%s)\n", m.ID, m.Where)
	fmt.Fprintf(w, "Received    %s (%s ago) from %s", m.Envelope.Received.Local().Format(time.RFC1123Z), queueAge(m.Envelope.Received), m.Envelope.Client)
	if m.Envelope.Helo != "" {
		fmt.Fprintf(w, " (EHLO %s)", m.Envelope.Helo)
	}
	fmt.Fprintln(w)
	if m.Envelope.Auth != "" {
		fmt.Fprintf(w, "Auth        %s\n", m.Envelope.Auth)
	}
	if m.Envelope.TLS != "" {
		fmt.Fprintf(w, "TLS         %s\n", m.Envelope.TLS)
	}
	fmt.Fprintf(w, "From        %s\n", from)
	if m.Subject != "" {
		fmt.Fprintf(w, "Subject     %s\n", m.Subject)
	}
	if m.MessageID != "" {
		fmt.Fprintf(w, "Message-ID  %s\n", m.MessageID)
	}
	fmt.Fprintf(w, "Size        %s\n", queueSize(m.Size))
	fmt.Fprintf(w, "Attempts    %d\n", m.State.Attempts)
	if m.Where == spool.DirQueue && !m.State.NextAttempt.IsZero() {
		fmt.Fprintf(w, "Next        %s\n", m.State.NextAttempt.Local().Format(time.RFC1123Z))
	}
	if m.State.Reason != "" {
		fmt.Fprintf(w, "Reason      %s\n", m.State.Reason)
	}
	fmt.Fprintln(w, "Recipients")
	for _, r := range m.State.Rcpts {
		fmt.Fprintf(w, "  %-30s %s", r.Addr, r.Status)
		if r.Host != "" {
			fmt.Fprintf(w, " via %s", r.Host)
		}
		fmt.Fprintln(w)
		if r.Reply != "" {
			fmt.Fprintf(w, "    %s", r.Reply)
			if r.Category != "" {
				fmt.Fprintf(w, " [%s]", r.Category)
			}
			fmt.Fprintln(w)
		}
	}
}
