package report

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/relay/spool"
)

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	f.n++
	return 0, errors.New("disk full")
}

// The queue renderers report a write error once, instead of dropping it.
func TestQueueRenderersReportWriteErrors(t *testing.T) {
	t.Parallel()
	m := &spool.Message{ID: "0001", Size: 2048, Where: "queue"}
	m.Envelope.Received = time.Now()
	fw := &failWriter{}
	if err := WriteQueueShow(fw, m); err == nil || err.Error() != "disk full" || fw.n != 1 {
		t.Errorf("show: %v after %d writes", err, fw.n)
	}
	if err := WriteQueueList(&failWriter{}, []*spool.Message{m}, "", "/spool", 0); err == nil {
		t.Error("list: write error dropped")
	}
	var b strings.Builder
	if err := WriteQueueShow(&b, m); err != nil || !strings.Contains(b.String(), "ID          0001") || !strings.Contains(b.String(), "Size        2.0 KB") {
		t.Errorf("show: %v\n%s", err, b.String())
	}
	// A terminal narrower than the table: a block per message, all of it
	// there, nothing wider than the terminal.
	m.Envelope.From = "app@example.test"
	m.State.Attempts = 2
	m.State.Rcpts = []spool.RcptState{{Addr: "bob@example.test", Status: spool.StatusPending, Reply: "451 4.7.1 <bob@example.test>: Recipient address rejected: greylisted, try again in 300 seconds"}}
	b.Reset()
	if err := WriteQueueList(&b, []*spool.Message{m}, spool.DirQueue, "/spool", 60); err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(b.String()), " ")
	for _, want := range []string{"0001 0s 2.0 KB from app@example.test", "to bob@example.test (pending); attempts 2, next now",
		"last reply: 451 4.7.1 <bob@example.test>: Recipient address rejected: greylisted, try again in 300 seconds", "1 message(s)"} {
		if !strings.Contains(flat, want) {
			t.Errorf("60 columns lacks %q:\n%s", want, b.String())
		}
	}
	for _, l := range strings.Split(b.String(), "\n") {
		if len(l) > 60 {
			t.Errorf("wider than 60: %q", l)
		}
	}
	b.Reset()
	WriteQueueList(&b, []*spool.Message{m}, "", "/spool", 0)
	if !strings.Contains(b.String(), "ID    AGE") || !strings.Contains(b.String(), "...") {
		t.Errorf("piped: not the table with the reply cut:\n%s", b.String())
	}
}
