package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/smtpgw/smtpgw/relay"
	"github.com/smtpgw/smtpgw/relay/deliver"
)

// WriteQueueStatus writes `smtpgw queue status` as text: the spool at a
// glance, then one row per destination with its limits now against its
// profile's (2/5 = lowered by adaptive backoff to 2 of 5), what is in
// flight and waiting, outcome counts and the last reply. On a terminal of
// width columns (0: not a terminal) lines wrap, and a destination table
// too wide for it becomes a short block of lines per destination.
func WriteQueueStatus(w io.Writer, st relay.QueueStatus, now time.Time, width int) error {
	var b strings.Builder
	if err := writeQueueStatus(&b, st, now, width); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeQueueStatus(w io.Writer, st relay.QueueStatus, now time.Time, width int) error {
	field := func(label, text string) { // "Label         text", continued under the text
		io.WriteString(w, fold(fmt.Sprintf("%-14s%s", label, text), width, 14, nil))
	}
	ago := func(t time.Time) string {
		d := now.Sub(t).Round(time.Second)
		if d < 0 {
			d = 0
		}
		return d.String() + " ago"
	}
	relayState := "no relay running"
	if st.RelayRunning {
		relayState = "relay running"
	}
	field("Spool", fmt.Sprintf("%s (%s)", st.Spool, relayState))
	q := fmt.Sprintf("%d message(s), %d recipient(s) pending", st.Queued, st.Recipients)
	if !st.Oldest.IsZero() {
		q += ", oldest queued " + ago(st.Oldest)
	}
	field("Queue", q)
	failed := fmt.Sprintf("%d message(s)", st.Failed)
	if st.Damaged > 0 {
		failed += fmt.Sprintf("; %d damaged file(s) (see 'smtpgw queue list')", st.Damaged)
	}
	field("Failed", failed)
	switch {
	case st.StateUpdated.IsZero():
		field("Destinations", "none yet (the relay writes its delivery state here once it delivers)")
		return nil
	case len(st.Destinations) == 0:
		field("Destinations", fmt.Sprintf("none delivered to lately (state of %s)", ago(st.StateUpdated)))
		return nil
	case st.RelayRunning:
		field("Destinations", "state of "+ago(st.StateUpdated))
	default:
		field("Destinations", fmt.Sprintf("as the relay left them %s (it starts afresh at the profiles' limits)", ago(st.StateUpdated)))
	}
	fmt.Fprintln(w)
	var table, blocks strings.Builder
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DESTINATION\tPROFILE\tSTATE\tCONCURRENCY\tPER MINUTE\tACTIVE\tWAITING\tDELIVERED\tDEFERRED\tFAILED\tTHROTTLED\tGREYLISTED")
	for _, d := range st.Destinations {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d/%d\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\n", d.Name, d.Profile, d.State,
			d.Concurrency, d.MaxConcurrency, rateText(d), d.InFlight, d.Waiting, d.Delivered, d.Deferred, d.Failed, d.Throttled, d.Greylisted)
		blocks.WriteString(fold(fmt.Sprintf("%s  profile %s, %s", d.Name, d.Profile, d.State), width, 4, nil))
		blocks.WriteString(fold(fmt.Sprintf("  concurrency %d/%d, per minute %s, active %d, waiting %d, delivered %d, deferred %d, failed %d, throttled %d, greylisted %d",
			d.Concurrency, d.MaxConcurrency, rateText(d), d.InFlight, d.Waiting, d.Delivered, d.Deferred, d.Failed, d.Throttled, d.Greylisted), width, 4, nil))
		if d.LastRefusal != "" {
			last := d.LastRefusal
			if d.LastRefusalCategory != "" {
				last += " [" + d.LastRefusalCategory + "]"
			}
			blocks.WriteString(fold(fmt.Sprintf("  last refusal %s: %s", ago(d.LastRefusalAt), last), width, 4, nil))
			if len(last) > 100 {
				last = last[:97] + "..."
			}
			// a row of its own (tabwriter passes a line without tabs through)
			fmt.Fprintf(tw, "  last refusal %s: %s\n", ago(d.LastRefusalAt), last)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if fits(table.String(), width) {
		w.Write([]byte(table.String()))
	} else {
		w.Write([]byte(blocks.String()))
	}
	var back []string
	for _, d := range st.Destinations {
		if d.State != deliver.DestNormal {
			s := fmt.Sprintf("%s (%s, limits halved %d time(s)", d.Name, d.State, d.Backoffs)
			if !d.LastThrottle.IsZero() {
				s += ", last rate-limit reply " + ago(d.LastThrottle)
			}
			back = append(back, s+")")
		}
	}
	if len(back) > 0 {
		io.WriteString(w, "\n"+fold(fmt.Sprintf("Slowed down: %s. Limits are halved on each rate-limit or reputation reply and raised a step after each clean period.", strings.Join(back, "; ")), width, 2, nil))
	}
	return nil
}

// rateText is "now/profile" per minute, "-" for no limit.
func rateText(d deliver.DestinationState) string {
	f := func(v float64) string {
		if v <= 0 {
			return "-"
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return f(d.PerMinute) + "/" + f(float64(d.MaxPerMinute))
}
