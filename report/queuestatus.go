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
// flight and waiting, outcome counts and the last reply.
func WriteQueueStatus(w io.Writer, st relay.QueueStatus, now time.Time) error {
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
	fmt.Fprintf(w, "Spool         %s (%s)\n", st.Spool, relayState)
	q := fmt.Sprintf("%d message(s), %d recipient(s) pending", st.Queued, st.Recipients)
	if !st.Oldest.IsZero() {
		q += ", oldest queued " + ago(st.Oldest)
	}
	fmt.Fprintf(w, "Queue         %s\n", q)
	fmt.Fprintf(w, "Failed        %d message(s)", st.Failed)
	if st.Damaged > 0 {
		fmt.Fprintf(w, "; %d damaged file(s) (see 'smtpgw queue list')", st.Damaged)
	}
	fmt.Fprintln(w)
	switch {
	case st.StateUpdated.IsZero():
		fmt.Fprintln(w, "Destinations  none yet (the relay writes its delivery state here once it delivers)")
		return nil
	case len(st.Destinations) == 0:
		fmt.Fprintf(w, "Destinations  none delivered to lately (state of %s)\n", ago(st.StateUpdated))
		return nil
	case st.RelayRunning:
		fmt.Fprintf(w, "Destinations  state of %s\n", ago(st.StateUpdated))
	default:
		fmt.Fprintf(w, "Destinations  as the relay left them %s (it starts afresh at the profiles' limits)\n", ago(st.StateUpdated))
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DESTINATION\tPROFILE\tSTATE\tCONCURRENCY\tPER MINUTE\tACTIVE\tWAITING\tDELIVERED\tDEFERRED\tFAILED\tTHROTTLED\tGREYLISTED")
	for _, d := range st.Destinations {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d/%d\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\n", d.Name, d.Profile, d.State,
			d.Concurrency, d.MaxConcurrency, rateText(d), d.InFlight, d.Waiting, d.Delivered, d.Deferred, d.Failed, d.Throttled, d.Greylisted)
		if d.LastRefusal != "" {
			last := d.LastRefusal
			if d.LastRefusalCategory != "" {
				last += " [" + d.LastRefusalCategory + "]"
			}
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
		fmt.Fprintf(w, "\nSlowed down: %s. Limits are halved on each rate-limit or reputation reply and raised a step after each clean period.\n", strings.Join(back, "; "))
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
