package report

import (
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/relay"
	"github.com/smtpgw/smtpgw/relay/deliver"
)

func TestWriteQueueStatus(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	var b strings.Builder
	st := relay.QueueStatus{Spool: "/var/lib/smtpgw/spool", Queued: 2, Recipients: 3, Oldest: now.Add(-90 * time.Second), Damaged: 1}
	if err := WriteQueueStatus(&b, st, now, 0); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Spool         /var/lib/smtpgw/spool (no relay running)\n",
		"Queue         2 message(s), 3 recipient(s) pending, oldest queued 1m30s ago\n",
		"Failed        0 message(s); 1 damaged file(s) (see 'smtpgw queue list')\n",
		"Destinations  none yet (the relay writes its delivery state here once it delivers)\n"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	st.StateUpdated = now.Add(-time.Hour)
	st.Destinations = []deliver.DestinationState{{Name: "gmail", Profile: "gmail", State: deliver.DestRecovering, Concurrency: 3, MaxConcurrency: 5,
		PerMinute: 42.5, MaxPerMinute: 60, Delivered: 7, Throttled: 2, Backoffs: 2, LastThrottle: now.Add(-2 * time.Hour),
		LastRefusal: "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail", LastRefusalCategory: "rate-limited", LastRefusalAt: now.Add(-2 * time.Hour)}}
	if err := WriteQueueStatus(&b, st, now, 0); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Destinations  as the relay left them 1h0m0s ago (it starts afresh at the profiles' limits)\n",
		"\ngmail        gmail    recovering  3/5          42.5/60",
		"\n  last refusal 2h0m0s ago: 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail [rate-limited]\n",
		"Slowed down: gmail (recovering, limits halved 2 time(s), last rate-limit reply 2h0m0s ago)."} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("lacks %q:\n%s", want, b.String())
		}
	}

	// On an 80-column terminal the table (wider) becomes a block per
	// destination and every line wraps under its text; all of it is there.
	b.Reset()
	if err := WriteQueueStatus(&b, st, now, 80); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(b.String(), "\n") {
		if len(l) > 80 {
			t.Errorf("wider than 80: %q", l)
		}
	}
	flat := strings.Join(strings.Fields(b.String()), " ")
	for _, want := range []string{"gmail profile gmail, recovering", "concurrency 3/5, per minute 42.5/60, active 0, waiting 0, delivered 7, deferred 0, failed 0, throttled 2, greylisted 0",
		"last refusal 2h0m0s ago: 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail [rate-limited]",
		"Destinations as the relay left them 1h0m0s ago (it starts afresh at the profiles' limits)", "Slowed down: gmail (recovering,"} {
		if !strings.Contains(flat, want) {
			t.Errorf("80 columns lacks %q:\n%s", want, b.String())
		}
	}
	if strings.Contains(b.String(), "DESTINATION") {
		t.Errorf("80 columns kept the table:\n%s", b.String())
	}
	// A wide terminal keeps the table.
	b.Reset()
	WriteQueueStatus(&b, st, now, 200)
	if !strings.Contains(b.String(), "DESTINATION  PROFILE") {
		t.Errorf("200 columns lost the table:\n%s", b.String())
	}
}
