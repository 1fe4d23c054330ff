package spool

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func newMsg(t *testing.T, s *Spool, to ...string) string {
	t.Helper()
	id := NewID()
	w, err := s.Create(id, Envelope{From: "a@example.test", To: to, Received: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("Subject: x\r\n\r\nbody\r\n")); err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	return id
}

func TestCommitGetBody(t *testing.T) {
	t.Parallel()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	id := newMsg(t, s, "b@example.test", "c@example.test")
	m, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "x" {
		t.Errorf("subject %q", m.Subject)
	}
	if got := headerField([]byte("A: b\r\nMessage-Id:\r\n <f@x.test>\r\n\r\nMessage-ID: body"), "message-id"); got != "<f@x.test>" {
		t.Errorf("folded header: %q", got)
	}
	if m.Where != DirQueue || m.Size != 20 || len(m.State.Rcpts) != 2 || m.State.Rcpts[1].Status != StatusPending || m.Envelope.From != "a@example.test" {
		t.Fatalf("%+v", m)
	}
	rc, err := s.OpenData(id)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(rc)
	rc.Close()
	if string(b) != "Subject: x\r\n\r\nbody\r\n" {
		t.Fatalf("data %q", b)
	}
	if ents, _ := os.ReadDir(filepath.Join(s.Dir, DirTmp)); len(ents) != 0 {
		t.Errorf("tmp/ not empty after commit")
	}
}

func TestAbortAndRecover(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir)
	defer s.Close()
	w, _ := s.Create(NewID(), Envelope{To: []string{"x@example.test"}})
	w.Write([]byte("partial"))
	// a crash now leaves tmp/ID; an orphan state file is also possible
	os.WriteFile(filepath.Join(dir, DirQueue, "AAAAAAAAAAAA.state"), []byte("{}"), 0o600)
	id := newMsg(t, s, "y@example.test")
	ids, err := s.Recover()
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 1 || ids[0] != id {
		t.Fatalf("recovered %v", ids)
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, DirTmp)); len(ents) != 0 {
		t.Errorf("tmp/ not cleaned")
	}
	if _, err := os.Stat(filepath.Join(dir, DirQueue, "AAAAAAAAAAAA.state")); err == nil {
		t.Errorf("orphan state kept")
	}
	w2, _ := s.Create(NewID(), Envelope{})
	w2.Abort()
	if ents, _ := os.ReadDir(filepath.Join(dir, DirTmp)); len(ents) != 0 {
		t.Errorf("abort left a file")
	}
}

func TestLockStateFailRemove(t *testing.T) {
	t.Parallel()
	s, _ := Open(t.TempDir())
	defer s.Close()
	id := newMsg(t, s, "b@example.test")
	l, err := s.Lock(id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Lock(id, 50*time.Millisecond); !errors.Is(err, ErrLocked) {
		t.Fatalf("second lock: %v", err)
	}
	b, _ := io.ReadAll(l.Body())
	if string(b) != "Subject: x\r\n\r\nbody\r\n" || l.Size() != 20 {
		t.Fatalf("body %q", b)
	}
	l.State.Attempts = 3
	l.State.Rcpts[0].Status = StatusFailed
	l.State.Rcpts[0].Reply = "550 5.1.1 no"
	if err := l.SaveState(); err != nil {
		t.Fatal(err)
	}
	if m, _ := s.Get(id); m.State.Attempts != 3 {
		t.Fatalf("state not saved: %+v", m.State)
	}
	if err := l.MoveFailed(); err != nil {
		t.Fatal(err)
	}
	m, err := s.Get(id)
	if err != nil || m.Where != DirFailed || m.State.Rcpts[0].Reply != "550 5.1.1 no" {
		t.Fatalf("failed: %+v %v", m, err)
	}
	if _, err := s.Lock(id, 0); !errors.Is(err, ErrNotFound) {
		t.Fatalf("lock of a failed message: %v", err)
	}
	if err := s.Delete(id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(id); !errors.Is(err, ErrNotFound) {
		t.Fatal("deleted message still there")
	}
	id2 := newMsg(t, s, "b@example.test")
	l2, _ := s.Lock(id2, 0)
	if err := l2.Remove(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(id2); !errors.Is(err, ErrNotFound) {
		t.Fatal("removed message still there")
	}
	if _, err := s.Get("../../etc/passwd"); !errors.Is(err, ErrNotFound) {
		t.Fatal("path id accepted")
	}
}

func TestRetryRequests(t *testing.T) {
	t.Parallel()
	s, _ := Open(t.TempDir())
	defer s.Close()
	id := newMsg(t, s, "b@example.test")
	if err := s.Retry(id); err != nil {
		t.Fatal(err)
	}
	if got := s.TakeRetries(); len(got) != 1 || got[0] != id {
		t.Fatalf("retries %v", got)
	}
	if got := s.TakeRetries(); len(got) != 0 {
		t.Fatalf("retries not cleared: %v", got)
	}
	// a failed message goes back to the queue
	l, _ := s.Lock(id, 0)
	l.State.Rcpts[0].Status, l.State.Rcpts[0].Reply = StatusFailed, "550 5.1.1 no"
	l.MoveFailed()
	if err := s.Retry(id); err != nil {
		t.Fatal(err)
	}
	m, err := s.Get(id)
	if err != nil || m.Where != DirQueue || m.State.Rcpts[0].Status != StatusPending || m.State.Requeued.IsZero() {
		t.Fatalf("requeued: %+v %v", m, err)
	}
	if err := s.Retry("NOSUCHID0000"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("retry unknown: %v", err)
	}
}

func TestRelayLock(t *testing.T) {
	t.Parallel()
	s, _ := Open(t.TempDir())
	defer s.Close()
	if s.RelayRunning() {
		t.Fatal("running before lock")
	}
	unlock, err := s.LockRelay()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.LockRelay(); !errors.Is(err, ErrLocked) {
		t.Fatalf("second relay lock: %v", err)
	}
	if !s.RelayRunning() {
		t.Fatal("not seen as running")
	}
	unlock()
	if s.RelayRunning() {
		t.Fatal("running after unlock")
	}
}

// Concurrent commits share directory fsyncs and all land.
func TestConcurrentCommits(t *testing.T) {
	t.Parallel()
	s, _ := Open(t.TempDir())
	defer s.Close()
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			newMsg(t, s, "b@example.test")
		}()
	}
	wg.Wait()
	ids, _ := s.IDs(DirQueue)
	if len(ids) != 50 {
		t.Fatalf("%d messages", len(ids))
	}
}

func BenchmarkCommit1KB(b *testing.B) {
	s, _ := Open(b.TempDir())
	defer s.Close()
	data := make([]byte, 1024)
	b.SetParallelism(10)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			w, _ := s.Create(NewID(), Envelope{To: []string{"b@example.test"}})
			w.Write(data)
			if err := w.Commit(); err != nil {
				b.Error(err)
			}
		}
	})
}

// A delivered message's file is reused for the next message: the new
// message reads back exactly (a shorter one is not followed by the old
// tail), the old id is gone, and Close leaves tmp/ empty.
func TestRemovedFileIsRecycled(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	unlock, err := s.LockRelay() // only the relay recycles
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	write := func(body string) (string, *Locked) {
		t.Helper()
		id := NewID()
		w, err := s.Create(id, Envelope{From: "a@example.test", To: []string{"b@example.test"}, Received: time.Now()})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
		l, err := w.CommitLocked()
		if err != nil {
			t.Fatal(err)
		}
		return id, l
	}
	long := "Subject: long\r\n\r\n" + strings.Repeat("old message line\r\n", 2000)
	id1, l1 := write(long)
	fi1, err := os.Stat(filepath.Join(dir, DirQueue, id1))
	if err != nil {
		t.Fatal(err)
	}
	if err := l1.Remove(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(id1); !errors.Is(err, ErrNotFound) {
		t.Errorf("removed message: Get %v, want ErrNotFound", err)
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, DirTmp)); len(ents) != 1 {
		t.Fatalf("tmp/ holds %d files, want the one kept for reuse", len(ents))
	}
	// reusable once the queue directory's fsync recorded the removal
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(time.Millisecond) {
		s.freeMu.Lock()
		n := len(s.free)
		s.freeMu.Unlock()
		if n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the removed message's file never became reusable")
		}
	}
	short := "Subject: short\r\n\r\nnew\r\n"
	id2, l2 := write(short)
	if l2.Size() != int64(len(short)) {
		t.Errorf("size %d, want %d", l2.Size(), len(short))
	}
	l2.Unlock()
	fi2, err := os.Stat(filepath.Join(dir, DirQueue, id2))
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(fi1, fi2) {
		t.Errorf("the removed message's file was not reused")
	}
	rc, err := s.OpenData(id2)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(rc)
	rc.Close()
	if string(b) != short {
		t.Fatalf("reused file reads %d bytes %q..., want %q", len(b), b[:min(len(b), 40)], short)
	}
	m, err := s.Get(id2)
	if err != nil || m.Size != int64(len(short)) || m.Subject != "short" {
		t.Fatalf("Get: %+v, %v", m, err)
	}
	l3, err := s.Lock(id2, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := l3.Remove(); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if ents, _ := os.ReadDir(filepath.Join(dir, DirTmp)); len(ents) != 0 {
		t.Errorf("tmp/ holds %d files after Close", len(ents))
	}
}

// A process without the relay lock (`smtpgw queue delete`) never puts a
// file into tmp/: tmp/ is the relay's alone.
func TestDeleteOutsideRelayDoesNotRecycle(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	relay, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer relay.Close()
	unlock, err := relay.LockRelay()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	id := newMsg(t, relay, "b@example.test")
	cli, err := OpenExisting(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := cli.Delete(id); err != nil {
		t.Fatal(err)
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, DirTmp)); len(ents) != 0 {
		t.Errorf("queue delete outside the relay put %d files into tmp/", len(ents))
	}
	cli.Close()
	if _, err := os.Stat(filepath.Join(dir, DirQueue, id)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("deleted message still in queue/: %v", err)
	}
}

// A message commits the file its writer wrote: when the path in tmp/ names
// another file by then, the commit fails (the client gets a 4xx) and the
// other file is not moved into queue/.
func TestCommitChecksFileIdentity(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	id := NewID()
	w, err := s.Create(id, Envelope{From: "a@example.test", To: []string{"b@example.test"}, Received: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("Subject: mine\r\n\r\nbody\r\n"))
	other := filepath.Join(dir, "other")
	if err := os.WriteFile(other, []byte("SMTPGW-ENVELOPE {}\nnot mine\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(other, filepath.Join(dir, DirTmp, id)); err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(); err == nil {
		t.Fatal("commit of a replaced file succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, DirQueue, id)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("another file was committed as %s: %v", id, err)
	}
	if _, err := os.Stat(filepath.Join(dir, DirTmp, id)); err != nil {
		t.Errorf("the other process's file was removed: %v", err)
	}
}
