package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/relay/spool"
)

// queueFixture makes a spool with two queued messages and one failed one.
func queueFixture(t *testing.T) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	sp, err := spool.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	var ids []string
	for i, to := range []string{"a@example.test", "b@example.test", "c@example.test"} {
		id := spool.NewID()
		time.Sleep(time.Millisecond)
		w, err := sp.Create(id, spool.Envelope{From: "app@example.test", To: []string{to}, Received: time.Now().Add(-time.Duration(i) * time.Minute), Client: "127.0.0.1:1234"})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte("Subject: test\r\n\r\nbody\r\n"))
		if err := w.Commit(); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	// the second one was deferred, the third failed
	l, err := sp.Lock(ids[1], 0)
	if err != nil {
		t.Fatal(err)
	}
	l.State.Attempts = 2
	l.State.NextAttempt = time.Now().Add(time.Hour)
	l.State.Rcpts[0].Reply = "451 4.7.1 greylisted, try again later"
	l.State.Rcpts[0].Category = "greylisted"
	if err := l.SaveState(); err != nil {
		t.Fatal(err)
	}
	l.Unlock()
	l, _ = sp.Lock(ids[2], 0)
	l.State.Attempts = 1
	l.State.Rcpts[0].Status = spool.StatusFailed
	l.State.Rcpts[0].Reply = "550 5.1.1 User unknown"
	l.State.Reason = "c@example.test: 550 5.1.1 User unknown"
	if err := l.MoveFailed(); err != nil {
		t.Fatal(err)
	}
	return dir, ids
}

func TestQueueListShowRetryDelete(t *testing.T) {
	t.Parallel()
	dir, ids := queueFixture(t)

	out, errOut, code := runCLI(t, "", "queue", "list", "--spool", dir)
	if code != 0 || !strings.Contains(out, ids[0]) || !strings.Contains(out, ids[1]) || strings.Contains(out, ids[2]) ||
		!strings.Contains(out, "greylisted") || !strings.Contains(out, "2 message(s)") || !(strings.Contains(out, "in 59m") || strings.Contains(out, "in 1h0m0s")) {
		t.Fatalf("list: code %d\n%s%s", code, out, errOut)
	}

	out, _, code = runCLI(t, "", "queue", "list", "--failed", "--json", "--spool", dir)
	var ms []spool.Message
	if code != 0 || json.Unmarshal([]byte(out), &ms) != nil || len(ms) != 1 || ms[0].ID != ids[2] ||
		ms[0].State.Rcpts[0].Status != "failed" || ms[0].Where != "failed" || ms[0].Size != int64(len("Subject: test\r\n\r\nbody\r\n")) {
		t.Fatalf("list --failed --json: code %d\n%s", code, out)
	}

	out, _, code = runCLI(t, "", "queue", "show", ids[2], "--spool", dir)
	if code != 0 || !strings.Contains(out, "550 5.1.1 User unknown") || !strings.Contains(out, "(failed)") || !strings.Contains(out, "Subject     test") {
		t.Fatalf("show: code %d\n%s", code, out)
	}

	_, errOut, code = runCLI(t, "", "queue", "show", "NOSUCHID0000", "--spool", dir)
	if code != 1 || !strings.Contains(errOut, "no message") {
		t.Fatalf("show unknown: code %d, %q", code, errOut)
	}

	out, errOut, code = runCLI(t, "", "queue", "retry", ids[1], "--spool", dir)
	if code != 0 || !strings.Contains(out, "retry requested") || !strings.Contains(errOut, "No relay is running") {
		t.Fatalf("retry: code %d\n%s%s", code, out, errOut)
	}
	sp, _ := spool.Open(dir)
	m, _ := sp.Get(ids[1])
	if time.Until(m.State.NextAttempt) > time.Second || m.State.Attempts != 2 {
		t.Errorf("after retry: %+v", m.State)
	}
	if _, err := os.Stat(filepath.Join(dir, "retry", ids[1])); err != nil {
		t.Errorf("no retry request for the running relay: %v", err)
	}
	sp.Close()

	_, errOut, code = runCLI(t, "", "queue", "retry", "--spool", dir)
	if code != 2 || !strings.Contains(errOut, "--all") {
		t.Fatalf("retry without ids: code %d %q", code, errOut)
	}
	out, errOut, code = runCLI(t, "", "queue", "retry", "--all", "--spool", dir)
	if code != 0 || strings.Count(out, "retry requested") != 2 || strings.Contains(out, ids[2]) ||
		!strings.Contains(errOut, "1 failed message(s) not retried: failed messages go back one by one; put one back with 'smtpgw queue retry ID'") {
		t.Fatalf("retry --all: code %d\n%s%s", code, out, errOut)
	}

	// a failed message goes back to the queue
	out, _, code = runCLI(t, "", "queue", "retry", ids[2], "--spool", dir)
	if code != 0 || !strings.Contains(out, "retry requested") {
		t.Fatalf("retry of a failed message: code %d\n%s", code, out)
	}
	out, _, _ = runCLI(t, "", "queue", "show", ids[2], "--json", "--spool", dir)
	var back spool.Message
	if json.Unmarshal([]byte(out), &back) != nil || back.Where != "queue" || back.State.Rcpts[0].Status != "pending" {
		t.Fatalf("requeued message: %s", out)
	}
	for _, id := range []string{ids[0], ids[2]} {
		out, _, code = runCLI(t, "", "queue", "delete", id, "--spool", dir)
		if code != 0 || !strings.Contains(out, "deleted") {
			t.Fatalf("delete %s: code %d\n%s", id, code, out)
		}
	}
	out, _, _ = runCLI(t, "", "queue", "list", "--json", "--spool", dir)
	if err := json.Unmarshal([]byte(out), &ms); err != nil || len(ms) != 1 || ms[0].ID != ids[1] {
		t.Fatalf("after delete: %s", out)
	}
	out, _, _ = runCLI(t, "", "queue", "list", "--failed", "--spool", dir)
	if !strings.Contains(out, "No failed messages") {
		t.Fatalf("failed after delete: %s", out)
	}
	_, _, code = runCLI(t, "", "queue", "delete", ids[0], "--spool", dir)
	if code != 1 {
		t.Fatalf("deleting twice: code %d", code)
	}
}

func TestQueueDeleteWaitsForDelivery(t *testing.T) {
	t.Parallel()
	dir, ids := queueFixture(t)
	sp, _ := spool.Open(dir)
	defer sp.Close()
	l, err := sp.Lock(ids[0], 0) // a delivery in progress
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sp.Lock(ids[0], 0); err != spool.ErrLocked {
		t.Fatalf("second lock: %v", err)
	}
	done := make(chan int)
	go func() {
		_, _, code := runCLI(t, "", "queue", "delete", ids[0], "--spool", dir)
		done <- code
	}()
	select {
	case <-done:
		t.Fatal("delete did not wait for the delivery's lock")
	case <-time.After(200 * time.Millisecond):
	}
	l.Remove() // delivered
	if code := <-done; code != 1 {
		t.Fatalf("delete of a message delivered meanwhile: code %d, want 1 (not found)", code)
	}
}

// A --spool that names no spool is an error (exit 2), and nothing is
// created there: a typo must not read as "the queue is empty".
func TestQueueNoSpool(t *testing.T) {
	t.Parallel()
	parent := t.TempDir()
	missing := filepath.Join(parent, "no", "such", "spool")
	for _, args := range [][]string{
		{"queue", "list"}, {"queue", "list", "--json"}, {"queue", "list", "--failed"},
		{"queue", "show", "HOT1V1PZVDd424c616"}, {"queue", "retry", "--all"}, {"queue", "delete", "HOT1V1PZVDd424c616"},
	} {
		out, errOut, code := runCLI(t, "", append(args, "--spool", missing)...)
		if code != 2 || out != "" || !strings.Contains(errOut, "no spool at "+missing+" (is the relay's --spool elsewhere?)") {
			t.Errorf("%v: code %d, out %q, err %q", args, code, out, errOut)
		}
	}
	// an existing directory that is not a spool is no spool either
	_, errOut, code := runCLI(t, "", "queue", "list", "--spool", parent)
	if code != 2 || !strings.Contains(errOut, "no spool at "+parent) {
		t.Errorf("list of a plain directory: code %d, %q", code, errOut)
	}
	if ents, _ := os.ReadDir(parent); len(ents) != 0 {
		t.Errorf("the queue commands created %d entries in %s", len(ents), parent)
	}
}

// Damaged files in queue/ and failed/ are listed with the reason (text and
// JSON, exit 1), shown, refused by retry and removed by delete.
func TestQueueDamagedFiles(t *testing.T) {
	t.Parallel()
	dir, ids := queueFixture(t)
	garbage, cut, empty := "HOT2AAAAAA00000001", "HOT2AAAAAA00000002", "HOT2AAAAAA00000003"
	for name, data := range map[string]string{
		filepath.Join("queue", garbage):     "this is not a spool file\r\n",
		filepath.Join("queue", cut):         `SMTPGW-ENVELOPE {"from":"app@example.test","to":["a@exa`,
		filepath.Join("failed", empty):      "",
		filepath.Join("queue", "notes.txt"): "left here by hand\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, code := runCLI(t, "", "queue", "list", "--spool", dir)
	if code != 1 || !strings.Contains(out, ids[0]) || !strings.Contains(out, "2 message(s)") ||
		!regexpMatch(`(?m)^`+garbage+` +queue/ +26 B +no SMTPGW-ENVELOPE line \(not a message file written by the relay\)$`, out) ||
		!regexpMatch(`(?m)^`+cut+` +queue/ +\d+ B +envelope line cut off after 55 bytes \(file truncated\)$`, out) ||
		!regexpMatch(`(?m)^notes.txt +queue/ +18 B +unexpected file \(its name is not a queue id\)$`, out) ||
		!strings.Contains(out, "3 damaged file(s)") || strings.Contains(out, empty) {
		t.Fatalf("list: code %d\n%s%s", code, out, errOut)
	}
	out, _, code = runCLI(t, "", "queue", "list", "--failed", "--json", "--spool", dir)
	var ms []spool.Message
	byID := map[string]spool.Message{}
	if json.Unmarshal([]byte(out), &ms) == nil {
		for _, m := range ms {
			byID[m.ID] = m
		}
	}
	if d := byID[empty]; code != 1 || len(ms) != 2 || d.Damaged != "empty file" || d.Where != "failed" || byID[ids[2]].Damaged != "" ||
		strings.Contains(out, `"envelope": {}`) {
		t.Fatalf("list --failed --json: code %d\n%s", code, out)
	}
	out, _, code = runCLI(t, "", "queue", "show", cut, "--spool", dir)
	if code != 0 || !strings.Contains(out, "Damaged     envelope line cut off") || !strings.Contains(out, "(queue, damaged)") {
		t.Fatalf("show: code %d\n%s", code, out)
	}
	_, errOut, code = runCLI(t, "", "queue", "retry", cut, "--spool", dir)
	if code != 1 || !strings.Contains(errOut, "is damaged (envelope line cut off") || !strings.Contains(errOut, "smtpgw queue delete "+cut) {
		t.Fatalf("retry: code %d %q", code, errOut)
	}
	out, errOut, code = runCLI(t, "", "queue", "retry", "--all", "--spool", dir)
	if code != 0 || strings.Count(out, "retry requested") != 2 || !strings.Contains(errOut, garbage+": damaged, not retried") {
		t.Fatalf("retry --all: code %d\n%s%s", code, out, errOut)
	}
	for _, bad := range []string{"../queue/" + cut, "queue/" + cut, ".", ".."} {
		if _, _, code := runCLI(t, "", "queue", "delete", bad, "--spool", dir); code != 1 {
			t.Errorf("delete %q: code %d, want 1 (no such message)", bad, code)
		}
	}
	for _, id := range []string{garbage, cut, empty, "notes.txt"} {
		out, errOut, code = runCLI(t, "", "queue", "delete", id, "--spool", dir)
		if code != 0 || !strings.Contains(out, id+": deleted") {
			t.Fatalf("delete %s: code %d\n%s%s", id, code, out, errOut)
		}
	}
	out, _, code = runCLI(t, "", "queue", "list", "--spool", dir)
	if code != 0 || strings.Contains(out, "damaged") {
		t.Fatalf("list after delete: code %d\n%s", code, out)
	}
}

func regexpMatch(re, s string) bool { return regexp.MustCompile(re).MatchString(s) }
