package report

import (
	"fmt"
	"io"

	"github.com/smtpgw/smtpgw/relay"
)

// WriteQueueRetried says that message id will be tried now.
func WriteQueueRetried(w io.Writer, id string) error {
	_, err := fmt.Fprintf(w, "%s: retry requested\n", id)
	return err
}

// WriteQueueDeleted says that message id is gone from the spool.
func WriteQueueDeleted(w io.Writer, id string) error {
	_, err := fmt.Fprintf(w, "%s: deleted\n", id)
	return err
}

// WriteQueueRetryAll renders a retry of every queued message: each message
// now due on w; on errW the damaged ones (not retried) and the failed ones
// left (they go back only by id), followed by failedHint, which says how
// to put one back ("" for none).
func WriteQueueRetryAll(w, errW io.Writer, r *relay.RetryAllResult, failedHint string) error {
	ew, ee := &errWriter{w: w}, &errWriter{w: errW}
	for _, id := range r.Requested {
		fmt.Fprintf(ew, "%s: retry requested\n", id)
	}
	for _, d := range r.Damaged {
		fmt.Fprintf(ee, "%s: damaged, not retried (%s); remove it with 'smtpgw queue delete %s'\n", d.ID, d.Reason, d.ID)
	}
	if r.Queued == 0 {
		fmt.Fprintln(ew, "The queue is empty.")
	}
	if r.FailedLeft > 0 {
		if failedHint != "" {
			failedHint = "; " + failedHint
		}
		fmt.Fprintf(ee, "%d failed message(s) not retried: failed messages go back one by one%s.\n", r.FailedLeft, failedHint)
	}
	if ew.err != nil {
		return ew.err
	}
	return ee.err
}

// WriteQueueNoRelay says that retried messages wait for the relay to
// start (no relay runs on the spool).
func WriteQueueNoRelay(errW io.Writer) error {
	_, err := fmt.Fprintln(errW, "No relay is running on this spool: the messages are tried when it starts.")
	return err
}
