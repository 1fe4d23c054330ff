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
	if err := WriteQueueList(&failWriter{}, []*spool.Message{m}, "", "/spool"); err == nil {
		t.Error("list: write error dropped")
	}
	var b strings.Builder
	if err := WriteQueueShow(&b, m); err != nil || !strings.Contains(b.String(), "ID          0001") || !strings.Contains(b.String(), "Size        2.0 KB") {
		t.Errorf("show: %v\n%s", err, b.String())
	}
}
