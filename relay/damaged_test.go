package relay

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/relay/deliver"
	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
	"github.com/smtpgw/smtpgw/relay/spool"
)

// Damaged files in queue/ and failed/ are named in the log once, at start,
// and moved to corrupt/; one damaged while the relay runs is moved when
// its turn comes, not retried forever. Good messages are delivered.
func TestDamagedSpoolFiles(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	dir := t.TempDir()
	sp, err := spool.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	good := spool.NewID()
	w, err := sp.Create(good, spool.Envelope{From: "app@example.test", To: []string{"user@example.test"}, Received: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(testMessage("good")))
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	sp.Close()
	garbage, cut := "HOT2BBBBBB00000001", "HOT2BBBBBB00000002"
	write := func(name, data string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("queue/"+garbage, "\x00\x01garbage")
	write("queue/"+garbage+".state", `{"attempts":3}`)
	write("failed/"+cut, `SMTPGW-ENVELOPE {"from":"app@example.test","to":["a@exa`)
	write("failed/core", "\x7fELF")

	mod := func(o *Options) {
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
	}
	h := startRelay(t, dir, mod)
	up.Wait(t, 1, 10*time.Second)
	logs := h.logs.String()
	for _, want := range []string{
		`"level":"WARN","msg":"damaged spool file","id":"` + garbage + `","was":"queue","moved_to":"corrupt/` + garbage + `","reason":"no SMTPGW-ENVELOPE line`,
		`"level":"WARN","msg":"damaged spool file","id":"` + cut + `","was":"failed","moved_to":"corrupt/` + cut + `","reason":"envelope line cut off after 55 bytes (file truncated)"`,
		`"level":"WARN","msg":"damaged spool file","id":"core","was":"failed","moved_to":"corrupt/core","reason":"unexpected file (its name is not a queue id)"`,
	} {
		if strings.Count(logs, want) != 1 {
			t.Errorf("log has not once %s:\n%s", want, logs)
		}
	}
	for _, f := range []string{"corrupt/" + garbage, "corrupt/" + garbage + ".state", "corrupt/" + garbage + ".reason", "corrupt/" + cut, "corrupt/core"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("not moved: %v", err)
		}
	}
	for _, f := range []string{"queue/" + garbage, "queue/" + garbage + ".state", "failed/" + cut, "failed/core"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			t.Errorf("%s still there", f)
		}
	}

	// damaged while the relay runs, then asked for by `queue retry`
	late := "HOT2BBBBBB00000003"
	write("queue/"+late, "SMTPGW-ENVELOPE not json\n")
	write("retry/"+late, "")
	waitFor(t, "the late damaged file moved", 10*time.Second, func() bool {
		_, err := os.Stat(filepath.Join(dir, "corrupt", late))
		return err == nil
	})
	waitFor(t, "its log line", 5*time.Second, func() bool {
		return strings.Contains(h.logs.String(), `"msg":"damaged spool file","id":"`+late+`","was":"queue","moved_to":"corrupt/`+late+`","reason":"envelope is not valid JSON`)
	})
	h.stop()

	// the next start names no file again, but says corrupt/ holds some
	h2 := startRelay(t, dir, mod)
	h2.stop()
	logs = h2.logs.String()
	if strings.Contains(logs, `"msg":"damaged spool file"`) || !strings.Contains(logs, `"msg":"damaged spool files kept","dir":"`+dir+`/corrupt","count":4`) {
		t.Errorf("second start:\n%s", logs)
	}
	sp, _ = spool.Open(dir)
	defer sp.Close()
	ms, _ := sp.List(spool.DirCorrupt)
	if len(ms) != 4 || ms[0].Damaged == "" || ms[0].Where != "corrupt" {
		t.Errorf("corrupt/ lists %+v", ms)
	}
	if n := up.Count(); n != 1 {
		t.Errorf("upstream got %d messages, want the good one", n)
	}
}
