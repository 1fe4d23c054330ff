// Package spool is smtpgw relay's durable message queue.
//
// Layout of a spool directory:
//
//	tmp/        messages being received (removed at relay start)
//	queue/ID    one message: a first line "SMTPGW-ENVELOPE <json>\n", then the message as received (CRLF)
//	queue/ID.state  delivery state (attempts, next attempt, per-recipient outcome), replaced atomically
//	failed/ID, failed/ID.state  permanently failed messages with their reasons
//	retry/ID    a request from `smtpgw queue retry` to the running relay to try ID now
//	corrupt/ID, corrupt/ID.reason  damaged message files moved out of queue/ and failed/
//	relay.lock  held (flock) by the running relay
//	relay-state.json  the running relay's per-destination delivery state, replaced atomically (smtpgw queue status)
//
// A message is committed when its file has been written, fsynced, renamed
// from tmp/ into queue/ and the queue/ directory has been fsynced. The
// directory fsyncs of concurrent sessions are grouped (one fsync serves every
// rename that happened before it started). Per-message work (delivery,
// `queue delete`, `queue retry`) holds an exclusive flock on queue/ID, so the
// queue command is safe while the relay runs.
package spool

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Directories inside a spool.
const (
	DirTmp    = "tmp"
	DirQueue  = "queue"
	DirFailed = "failed"
	DirRetry  = "retry"
	// DirCorrupt holds damaged message files (see Quarantine).
	DirCorrupt = "corrupt"
)

const envelopeMagic = "SMTPGW-ENVELOPE "

// ErrNotFound is returned for a queue id that is not in the spool.
var ErrNotFound = errors.New("no such message in the spool")

// DamagedError is a message file that cannot be read as a spooled message
// (truncated, overwritten, not written by the relay).
type DamagedError struct {
	Path   string
	Reason string
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("spool: damaged message file %s: %s", e.Path, e.Reason)
}

// ErrLocked is returned when another process holds a lock.
var ErrLocked = errors.New("locked by another process")

// Envelope is what the receiving session knew about a message.
type Envelope struct {
	From      string    `json:"from"`
	To        []string  `json:"to"`
	Received  time.Time `json:"received"`
	Client    string    `json:"client,omitempty"`
	Helo      string    `json:"helo,omitempty"`
	Auth      string    `json:"auth,omitempty"`
	TLS       string    `json:"tls,omitempty"`
	MessageID string    `json:"message_id,omitempty"`
}

// Recipient statuses.
const (
	StatusPending   = "pending"
	StatusDelivered = "delivered"
	StatusFailed    = "failed"
)

// RcptState is one recipient's delivery state.
type RcptState struct {
	Addr     string    `json:"addr"`
	Status   string    `json:"status"`
	Reply    string    `json:"reply,omitempty"`
	Category string    `json:"category,omitempty"`
	Host     string    `json:"host,omitempty"`
	Updated  time.Time `json:"updated,omitzero"`
	// LastReply is the last remote reply of a recipient that expired
	// (Reply then says it expired).
	LastReply string `json:"last_reply,omitempty"`
	// Notified is set once the sender was sent a DSN for this recipient's
	// failure ("failed").
	Notified string `json:"notified,omitempty"`
	// RetryAt is when a pending recipient may be tried again (its
	// destination's retry schedule, a greylisting delay, a throttled
	// destination's wait); zero: with the message.
	RetryAt time.Time `json:"retry_at,omitzero"`
}

// State is a message's delivery state.
type State struct {
	Attempts    int       `json:"attempts"`
	NextAttempt time.Time `json:"next_attempt,omitzero"`
	LastAttempt time.Time `json:"last_attempt,omitzero"`
	Requeued    time.Time `json:"requeued,omitzero"` // moved back from failed/ (the queue time restarts)
	Reason      string    `json:"reason,omitempty"`
	// DelayNotified is when the sender was sent a delay DSN (once).
	DelayNotified time.Time   `json:"delay_notified,omitzero"`
	Rcpts         []RcptState `json:"recipients"`
	// DKIMSignature is the DKIM-Signature header field made for this
	// message at its first delivery attempt (relay --dkim), sent before
	// the spooled message at every attempt; the spooled message itself
	// is never rewritten.
	DKIMSignature string `json:"dkim_signature,omitempty"`
}

// Message is a message in the spool as read by List and Get.
type Message struct {
	ID    string `json:"id"`
	Where string `json:"where"` // "queue", "failed" or "corrupt"
	// Damaged is why the file cannot be read as a message ("" when it
	// can); Envelope and State are then empty and Size is the file's.
	Damaged  string   `json:"damaged,omitempty"`
	Envelope Envelope `json:"envelope,omitzero"`
	State    State    `json:"state,omitzero"`
	Size     int64    `json:"size"` // bytes of the message itself
	// From the message's header section, for display.
	MessageID string `json:"message_id,omitempty"`
	Subject   string `json:"subject,omitempty"`
}

// Spool is a spool directory.
type Spool struct {
	Dir string
	// NoSync disables fsync (only for tests measuring its cost).
	NoSync bool

	syncers map[string]*dirSyncer

	// Files of delivered messages kept in tmp/ for the next messages
	// (see Locked.Remove): creating a file and unlinking it later costs the
	// file system more than overwriting one. Only the process holding the
	// relay lock recycles (recycle is set by LockRelay): tmp/ is that
	// process's alone, so no other process can put a file under a name it
	// uses. The names carry a random token besides, and every use checks
	// the file's identity.
	freeMu      sync.Mutex
	recycle     bool
	free        []freeFile
	freePending int
	freeSeq     int
	freeToken   string
	freeWG      sync.WaitGroup
}

// freeFile is a recycled file in tmp/ and the identity it had when it was
// put there.
type freeFile struct {
	path string
	fi   os.FileInfo
}

// Recycling limits: at most maxFree files, each at most maxFreeSize bytes,
// wait in tmp/ (cleared at start like any partial message).
const (
	maxFree     = 32
	maxFreeSize = 1 << 20
)

// Open creates (when needed) and opens the spool in dir.
func Open(dir string) (*Spool, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	for _, d := range []string{DirTmp, DirQueue, DirFailed, DirRetry} {
		if err := os.MkdirAll(filepath.Join(abs, d), 0o700); err != nil {
			return nil, fmt.Errorf("cannot create spool directory: %w", err)
		}
	}
	s := &Spool{Dir: abs, syncers: map[string]*dirSyncer{}}
	for _, d := range []string{DirQueue, DirFailed, DirRetry} {
		s.syncers[d] = newDirSyncer(filepath.Join(abs, d), s)
	}
	return s, nil
}

// ErrNoSpool is returned by OpenExisting for a directory that is not a spool.
var ErrNoSpool = errors.New("no spool")

// OpenExisting opens the spool in dir without creating anything: the
// queue commands use it, so that a mistyped --spool is an error rather
// than a new, empty spool.
func OpenExisting(dir string) (*Spool, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	for _, d := range []string{DirQueue, DirFailed} {
		fi, err := os.Stat(filepath.Join(abs, d))
		if err != nil || !fi.IsDir() {
			return nil, fmt.Errorf("%w at %s", ErrNoSpool, abs)
		}
	}
	s := &Spool{Dir: abs, syncers: map[string]*dirSyncer{}}
	for _, d := range []string{DirQueue, DirFailed, DirRetry} {
		s.syncers[d] = newDirSyncer(filepath.Join(abs, d), s)
	}
	return s, nil
}

// Close stops the directory syncers.
func (s *Spool) Close() {
	s.freeWG.Wait()
	for _, ds := range s.syncers {
		ds.stop()
	}
	s.freeMu.Lock()
	for _, ff := range s.free {
		os.Remove(ff.path)
	}
	s.free = nil
	s.freeMu.Unlock()
}

func (s *Spool) path(parts ...string) string {
	return filepath.Join(append([]string{s.Dir}, parts...)...)
}

// NewID returns a new queue id: sortable by time, unique.
func NewID() string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return strings.ToUpper(strconv.FormatInt(time.Now().UnixMicro(), 36)) + hex.EncodeToString(b[:])
}

// ValidID reports whether id looks like a queue id (no path tricks).
func ValidID(id string) bool {
	if len(id) < 8 || len(id) > 40 {
		return false
	}
	for _, c := range id {
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// Writer receives one message into tmp/.
type Writer struct {
	ID  string
	s   *Spool
	tmp string // its path in tmp/
	// recycled: f is a delivered message's file being overwritten; it is
	// truncated to the new size at commit.
	recycled bool
	f        *os.File
	bw       *bufio.Writer
	n        int64
	err      error
	env      Envelope
	hdr      int64 // bytes of the envelope line
}

// Create starts a new message with its envelope.
func (s *Spool) Create(id string, env Envelope) (*Writer, error) {
	tmp, f, recycled := s.takeFree()
	if f == nil {
		tmp = s.path(DirTmp, id)
		var err error
		f, err = os.OpenFile(tmp, os.O_CREATE|os.O_EXCL|os.O_RDWR, 0o600)
		if err != nil {
			return nil, err
		}
	}
	bw := writerPool.Get().(*bufio.Writer)
	bw.Reset(f)
	w := &Writer{ID: id, s: s, tmp: tmp, recycled: recycled, f: f, bw: bw, env: env}
	js, _ := json.Marshal(env)
	w.bw.WriteString(envelopeMagic)
	w.bw.Write(js)
	w.bw.WriteByte('\n')
	w.hdr = int64(len(envelopeMagic) + len(js) + 1)
	return w, nil
}

// takeFree opens a recycled file from tmp/ for writing, under an exclusive
// lock (so a reader holding a shared lock on it finishes first).
func (s *Spool) takeFree() (string, *os.File, bool) {
	for {
		s.freeMu.Lock()
		if len(s.free) == 0 {
			s.freeMu.Unlock()
			return "", nil, false
		}
		ff := s.free[len(s.free)-1]
		s.free = s.free[:len(s.free)-1]
		s.freeMu.Unlock()
		f, err := os.OpenFile(ff.path, os.O_RDWR, 0)
		if err != nil {
			continue
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			f.Close()
			continue
		}
		// it must be the file that was put there
		if fi, err := f.Stat(); err != nil || !os.SameFile(fi, ff.fi) {
			f.Close()
			continue
		}
		return ff.path, f, true
	}
}

// giveFree moves a delivered message's file (held under its lock) from
// queue/ to tmp/ for reuse; false when the file is not wanted (too big,
// enough kept) or the move failed. The file is reused only after the
// queue directory was fsynced with its old name gone: otherwise a crash
// could leave the old name on disk pointing at another message's data.
func (s *Spool) giveFree(path string, f *os.File, size int64) bool {
	if size > maxFreeSize || f == nil {
		return false
	}
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	s.freeMu.Lock()
	if !s.recycle || len(s.free)+s.freePending >= maxFree {
		s.freeMu.Unlock()
		return false
	}
	s.freeSeq++
	p := s.path(DirTmp, "free-"+s.freeToken+"-"+strconv.Itoa(s.freeSeq))
	if os.Rename(path, p) != nil {
		s.freeMu.Unlock()
		return false
	}
	s.freePending++
	s.freeWG.Add(1)
	s.freeMu.Unlock()
	go func() {
		defer s.freeWG.Done()
		err := s.syncers[DirQueue].sync()
		s.freeMu.Lock()
		s.freePending--
		if err == nil {
			s.free = append(s.free, freeFile{path: p, fi: fi})
		}
		s.freeMu.Unlock()
		if err != nil {
			os.Remove(p)
		}
	}()
	return true
}

var writerPool = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 64<<10) }}

func (w *Writer) release() {
	if w.bw != nil {
		w.bw.Reset(nil)
		writerPool.Put(w.bw)
		w.bw = nil
	}
}

// Write appends message bytes.
func (w *Writer) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.bw.Write(p)
	w.n += int64(n)
	w.err = err
	return n, err
}

// Size is the number of message bytes written.
func (w *Writer) Size() int64 { return w.n }

// Commit makes the message durable in queue/: fsync the file, rename it,
// fsync the directory (grouped with concurrent commits).
func (w *Writer) Commit() error {
	l, err := w.CommitLocked()
	if err != nil {
		return err
	}
	l.Unlock()
	return nil
}

// CommitLocked commits like Commit and returns the message still open and
// under its lock, ready for delivery without reopening it. The caller must
// Unlock it.
func (w *Writer) CommitLocked() (*Locked, error) {
	if w.err != nil {
		w.Abort()
		return nil, w.err
	}
	err := w.bw.Flush()
	w.release()
	if err == nil && w.recycled {
		err = w.f.Truncate(w.hdr + w.n)
	}
	if err == nil && !w.s.NoSync {
		err = w.f.Sync()
	}
	if err == nil {
		// nobody else can know the file yet: the lock is ours at once
		err = syscall.Flock(int(w.f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	}
	// Commit the file this writer wrote, not whatever the path names now.
	var fi os.FileInfo
	if err == nil {
		fi, err = w.f.Stat()
	}
	if err == nil {
		err = sameFile(fi, w.tmp)
	}
	if err == nil {
		err = os.Rename(w.tmp, w.s.path(DirQueue, w.ID))
		if err == nil {
			err = sameFile(fi, w.s.path(DirQueue, w.ID))
		}
	}
	if err != nil {
		w.f.Close()
		if sameFile(fi, w.tmp) == nil {
			os.Remove(w.tmp)
		}
		return nil, fmt.Errorf("spool: %w", err)
	}
	l := &Locked{ID: w.ID, Envelope: w.env, s: w.s, f: w.f, off: w.hdr, size: w.n}
	for _, r := range w.env.To {
		l.State.Rcpts = append(l.State.Rcpts, RcptState{Addr: r, Status: StatusPending})
	}
	if err := w.s.syncers[DirQueue].sync(); err != nil {
		l.Unlock()
		return nil, err
	}
	return l, nil
}

// Abort discards the message.
func (w *Writer) Abort() {
	w.release()
	if fi, err := w.f.Stat(); err == nil && sameFile(fi, w.tmp) == nil {
		os.Remove(w.tmp)
	}
	w.f.Close()
}

// errNotSameFile is a path that does not name the file expected there.
var errNotSameFile = errors.New("the file was replaced by another process")

// sameFile reports (nil) whether path names the file fi describes.
func sameFile(fi os.FileInfo, path string) error {
	if fi == nil {
		return errNotSameFile
	}
	fi2, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !os.SameFile(fi, fi2) {
		return fmt.Errorf("%s: %w", path, errNotSameFile)
	}
	return nil
}

// dirSyncer groups directory fsyncs: a request is served by an fsync that
// starts after it was made.
type dirSyncer struct {
	dir  string
	s    *Spool
	reqs chan chan error
	once sync.Once
	quit chan struct{}
}

func newDirSyncer(dir string, s *Spool) *dirSyncer {
	return &dirSyncer{dir: dir, s: s, reqs: make(chan chan error, 1024), quit: make(chan struct{})}
}

func (d *dirSyncer) sync() error {
	if d.s.NoSync {
		return nil
	}
	d.once.Do(func() { go d.loop() })
	ch := make(chan error, 1)
	select {
	case d.reqs <- ch:
	case <-d.quit:
		return fsyncDir(d.dir)
	}
	return <-ch
}

func (d *dirSyncer) stop() {
	select {
	case <-d.quit:
	default:
		close(d.quit)
	}
}

func (d *dirSyncer) loop() {
	batch := make([]chan error, 0, 64)
	df, _ := os.Open(d.dir) // kept open: one fsync syscall per batch
	defer func() {
		if df != nil {
			df.Close()
		}
	}()
	syncDir := func() error {
		if df != nil {
			if err := df.Sync(); err == nil {
				return nil
			}
		}
		return fsyncDir(d.dir)
	}
	for {
		select {
		case ch := <-d.reqs:
			batch = append(batch[:0], ch)
		case <-d.quit:
			for {
				select {
				case ch := <-d.reqs:
					ch <- fsyncDir(d.dir)
				default:
					return
				}
			}
		}
	drain:
		for {
			select {
			case ch := <-d.reqs:
				batch = append(batch, ch)
			default:
				break drain
			}
		}
		err := syncDir()
		for _, ch := range batch {
			ch <- err
		}
	}
}

func fsyncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("spool: fsync %s: %w", dir, err)
	}
	return nil
}

// LockRelay takes the spool-wide lock held by a running relay. It returns
// ErrLocked when another relay runs on this spool.
func (s *Spool) LockRelay() (func(), error) {
	f, err := os.OpenFile(s.path("relay.lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, ErrLocked
	}
	f.Truncate(0)
	fmt.Fprintf(f, "%d\n", os.Getpid())
	var tok [4]byte
	_, _ = rand.Read(tok[:])
	s.freeMu.Lock()
	s.recycle, s.freeToken = true, hex.EncodeToString(tok[:])
	s.freeMu.Unlock()
	return func() {
		s.freeMu.Lock()
		s.recycle = false
		s.freeMu.Unlock()
		f.Close()
	}, nil
}

// RelayRunning reports whether a relay holds the spool lock.
func (s *Spool) RelayRunning() bool {
	f, err := os.Open(s.path("relay.lock"))
	if err != nil {
		return false
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB); err != nil {
		return true
	}
	return false
}

// Recover cleans the spool at relay start (with the relay lock held):
// partial messages in tmp/ (never acknowledged) and state files without
// their message are removed. It returns the ids in queue/, oldest first.
func (s *Spool) Recover() ([]string, error) {
	tmp, _ := os.ReadDir(s.path(DirTmp))
	for _, e := range tmp {
		os.Remove(s.path(DirTmp, e.Name()))
	}
	for _, dir := range []string{DirQueue, DirFailed} {
		ents, err := os.ReadDir(s.path(dir))
		if err != nil {
			return nil, err
		}
		have := map[string]bool{}
		for _, e := range ents {
			have[e.Name()] = true
		}
		for _, e := range ents {
			n := e.Name()
			if base, ok := strings.CutSuffix(n, ".state"); ok && !have[base] {
				os.Remove(s.path(dir, n))
			}
			if strings.HasSuffix(n, ".tmp") {
				os.Remove(s.path(dir, n))
			}
		}
	}
	return s.IDs(DirQueue)
}

// IDs lists the message ids in dir (DirQueue, DirFailed or DirCorrupt),
// oldest first.
func (s *Spool) IDs(dir string) ([]string, error) {
	ents, err := os.ReadDir(s.path(dir))
	if dir == DirCorrupt && errors.Is(err, fs.ErrNotExist) {
		return nil, nil // made when first needed
	}
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, e := range ents {
		n := e.Name()
		if strings.Contains(n, ".") || !ValidID(n) {
			continue
		}
		ids = append(ids, n)
	}
	sort.Strings(ids)
	return ids, nil
}

// readHeader reads the envelope line of an open message file and returns
// the envelope and the offset where the message starts. A file that does
// not hold one is a *DamagedError.
func readHeader(f *os.File) (Envelope, int64, error) {
	var env Envelope
	damaged := func(format string, a ...any) error {
		return &DamagedError{Path: f.Name(), Reason: fmt.Sprintf(format, a...)}
	}
	br := bufio.NewReaderSize(io.NewSectionReader(f, 0, 1<<20), 4096)
	var full []byte
	for {
		line, err := br.ReadSlice('\n')
		full = append(full, line...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == io.EOF {
			switch {
			case len(full) == 0:
				return env, 0, damaged("empty file")
			case !bytes.HasPrefix(full, []byte(envelopeMagic)):
				return env, 0, damaged("no SMTPGW-ENVELOPE line (not a message file written by the relay)")
			case len(full) == 1<<20:
				return env, 0, damaged("envelope line longer than 1 MiB")
			}
			return env, 0, damaged("envelope line cut off after %d bytes (file truncated)", len(full))
		}
		if err != nil {
			return env, 0, err
		}
		break
	}
	if !bytes.HasPrefix(full, []byte(envelopeMagic)) {
		return env, 0, damaged("no SMTPGW-ENVELOPE line (not a message file written by the relay)")
	}
	if err := json.Unmarshal(full[len(envelopeMagic):], &env); err != nil {
		return env, 0, damaged("envelope is not valid JSON: %v", err)
	}
	if len(env.To) == 0 {
		return env, 0, damaged("envelope names no recipient")
	}
	return env, int64(len(full)), nil
}

func (s *Spool) readState(dir, id string, env Envelope) State {
	st, _ := s.readStateOK(dir, id, env)
	return st
}

// readStateOK also reports whether a state file exists.
func (s *Spool) readStateOK(dir, id string, env Envelope) (State, bool) {
	var st State
	b, err := os.ReadFile(s.path(dir, id+".state"))
	if err == nil && json.Unmarshal(b, &st) == nil && len(st.Rcpts) > 0 {
		return st, true
	}
	st = State{}
	for _, r := range env.To {
		st.Rcpts = append(st.Rcpts, RcptState{Addr: r, Status: StatusPending})
	}
	return st, !errors.Is(err, fs.ErrNotExist)
}

// Get reads a message's envelope and state, from queue/ or failed/.
func (s *Spool) Get(id string) (*Message, error) {
	if !ValidID(id) {
		return nil, ErrNotFound
	}
	for _, dir := range []string{DirQueue, DirFailed, DirCorrupt} {
		f, err := os.Open(s.path(dir, id))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		env, off, err := readHeader(f)
		fi, _ := f.Stat()
		var hdr []byte
		if err == nil {
			hdr = make([]byte, 16<<10)
			n, _ := f.ReadAt(hdr, off)
			hdr = hdr[:n]
		}
		f.Close()
		// A delivered message's file is reused for another message (moved
		// away from this path first): what was read counts only if the
		// path still names the same file.
		if fi2, err2 := os.Stat(s.path(dir, id)); fi == nil || err2 != nil || !os.SameFile(fi, fi2) {
			continue
		}
		var de *DamagedError
		if errors.As(err, &de) || dir == DirCorrupt {
			reason := "damaged"
			if de != nil {
				reason = de.Reason
			}
			if b, rerr := os.ReadFile(s.path(dir, id+".reason")); rerr == nil && len(b) > 0 {
				reason = strings.TrimSpace(string(b))
			}
			return &Message{ID: id, Where: dir, Damaged: reason, Size: fi.Size()}, nil
		}
		if err != nil {
			return nil, err
		}
		m := &Message{ID: id, Where: dir, Envelope: env, State: s.readState(dir, id, env)}
		if fi != nil {
			m.Size = fi.Size() - off
		}
		m.MessageID, m.Subject = headerField(hdr, "Message-ID"), headerField(hdr, "Subject")
		return m, nil
	}
	return nil, ErrNotFound
}

// List returns the messages in dir (DirQueue, DirFailed or DirCorrupt),
// oldest first, damaged files included (Message.Damaged says why).
// Messages removed while listing are skipped.
func (s *Spool) List(dir string) ([]*Message, error) {
	ids, err := s.IDs(dir)
	if err != nil {
		return nil, err
	}
	var out []*Message
	for _, id := range ids {
		m, err := s.Get(id)
		if err != nil || m.Where != dir {
			continue
		}
		out = append(out, m)
	}
	// files that are no message at all, by their name
	ents, _ := os.ReadDir(s.path(dir))
	for _, e := range ents {
		if !e.Type().IsRegular() || !strayName(e.Name()) {
			continue
		}
		if base, ok := strings.CutSuffix(e.Name(), ".reason"); ok && dir == DirCorrupt {
			if _, err := os.Lstat(s.path(dir, base)); err == nil {
				continue // the reason of a stray file moved here
			}
		}
		m := &Message{ID: e.Name(), Where: dir, Damaged: "unexpected file (its name is not a queue id)"}
		if dir == DirCorrupt {
			if b, err := os.ReadFile(s.path(dir, e.Name()+".reason")); err == nil && len(b) > 0 {
				m.Damaged = strings.TrimSpace(string(b))
			}
		}
		if fi, err := e.Info(); err == nil {
			m.Size = fi.Size()
		}
		out = append(out, m)
	}
	return out, nil
}

// strayName reports whether a file named name in queue/, failed/ or
// corrupt/ is none of the spool's own: not a queue id, not an id's
// .state, .state.tmp or .reason, and a plain name (no path, not hidden).
func strayName(name string) bool {
	if ValidID(name) || name == "" || len(name) > 255 || strings.HasPrefix(name, ".") || strings.ContainsAny(name, "/\\\x00") {
		return false
	}
	for _, suf := range []string{".state", ".state.tmp", ".reason", ".tmp"} {
		if base, ok := strings.CutSuffix(name, suf); ok && ValidID(base) {
			return false
		}
	}
	return true
}

// OpenData opens the raw message (without the envelope line) for reading.
func (s *Spool) OpenData(id string) (io.ReadCloser, error) {
	for _, dir := range []string{DirQueue, DirFailed} {
		f, err := os.Open(s.path(dir, id))
		if err != nil {
			continue
		}
		// A shared lock keeps the file from being reused for another
		// message while it is read (see Locked.Remove); it must still be
		// the message once locked.
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH); err != nil {
			f.Close()
			return nil, err
		}
		fi1, err1 := f.Stat()
		fi2, err2 := os.Stat(s.path(dir, id))
		if err1 != nil || err2 != nil || !os.SameFile(fi1, fi2) {
			f.Close()
			continue
		}
		_, off, err := readHeader(f)
		if err != nil {
			f.Close()
			return nil, err
		}
		fi, _ := f.Stat()
		return struct {
			io.Reader
			io.Closer
		}{io.NewSectionReader(f, off, fi.Size()-off), f}, nil
	}
	return nil, ErrNotFound
}

// Locked is a queued message held under its exclusive lock.
type Locked struct {
	ID       string
	Envelope Envelope
	State    State
	s        *Spool
	f        *os.File
	off      int64
	size     int64
	hasState bool
}

// Lock opens queue/ID and takes its exclusive lock. With wait, it waits up
// to that long for a holder (a delivery in progress) to finish; otherwise
// it returns ErrLocked at once.
func (s *Spool) Lock(id string, wait time.Duration) (*Locked, error) {
	if !ValidID(id) {
		return nil, ErrNotFound
	}
	deadline := time.Now().Add(wait)
	for {
		p := s.path(DirQueue, id)
		f, err := os.Open(p)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, ErrNotFound
		}
		if err != nil {
			return nil, err
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			f.Close()
			if time.Now().After(deadline) {
				return nil, ErrLocked
			}
			time.Sleep(20 * time.Millisecond)
			continue
		}
		// The file may have been removed or moved between open and lock.
		fi1, err1 := f.Stat()
		fi2, err2 := os.Stat(p)
		if err1 != nil || err2 != nil || !os.SameFile(fi1, fi2) {
			f.Close()
			if err2 != nil {
				return nil, ErrNotFound
			}
			continue
		}
		env, off, err := readHeader(f)
		if err != nil {
			f.Close()
			return nil, err
		}
		st, hasState := s.readStateOK(DirQueue, id, env)
		return &Locked{ID: id, Envelope: env, State: st, hasState: hasState, s: s, f: f, off: off, size: fi1.Size() - off}, nil
	}
}

// Body returns a reader of the message data.
func (l *Locked) Body() io.Reader { return io.NewSectionReader(l.f, l.off, l.size) }

// BodyAt returns the message data for random access (offset 0 is its
// first byte).
func (l *Locked) BodyAt() io.ReaderAt { return io.NewSectionReader(l.f, l.off, l.size) }

// Size is the message size in bytes.
func (l *Locked) Size() int64 { return l.size }

// Unlock releases the lock.
func (l *Locked) Unlock() {
	if l.f != nil {
		l.f.Close()
		l.f = nil
	}
}

func (s *Spool) writeState(dir, id string, st State) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	tmp := s.path(dir, id+".state.tmp")
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if err == nil && !s.NoSync {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, s.path(dir, id+".state"))
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("spool: saving state of %s: %w", id, err)
	}
	return s.syncers[dir].sync()
}

// SaveState replaces the message's state durably.
func (l *Locked) SaveState() error {
	l.hasState = true
	return l.s.writeState(DirQueue, l.ID, l.State)
}

// Remove deletes the delivered message and unlocks it.
func (l *Locked) Remove() error {
	var err error
	if l.f == nil || !l.s.giveFree(l.s.path(DirQueue, l.ID), l.f, l.off+l.size) {
		err = os.Remove(l.s.path(DirQueue, l.ID))
	}
	if l.hasState {
		os.Remove(l.s.path(DirQueue, l.ID+".state"))
	}
	l.Unlock()
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// MoveFailed moves the message with its state (which says why) to failed/
// and unlocks it.
func (l *Locked) MoveFailed() error {
	defer l.Unlock()
	if err := l.s.writeState(DirFailed, l.ID, l.State); err != nil {
		return err
	}
	if err := os.Rename(l.s.path(DirQueue, l.ID), l.s.path(DirFailed, l.ID)); err != nil {
		return err
	}
	os.Remove(l.s.path(DirQueue, l.ID+".state"))
	return l.s.syncers[DirFailed].sync()
}

// Retry asks for message id to be tried now: its next attempt time is set
// to now and a running relay is told through retry/. A failed message is
// moved back to the queue, its failed recipients pending again.
func (s *Spool) Retry(id string) error {
	l, err := s.Lock(id, 30*time.Second)
	if errors.Is(err, ErrNotFound) && ValidID(id) {
		if m, gerr := s.Get(id); gerr == nil && m.Damaged != "" {
			return &DamagedError{Path: s.path(m.Where, id), Reason: m.Damaged}
		}
		if err := s.requeue(id); err != nil {
			return err
		}
		l, err = s.Lock(id, 30*time.Second)
	}
	if err != nil {
		return err
	}
	l.State.NextAttempt = time.Now()
	for i := range l.State.Rcpts {
		l.State.Rcpts[i].RetryAt = time.Time{}
	}
	err = l.SaveState()
	l.Unlock()
	if err != nil {
		return err
	}
	os.MkdirAll(s.path(DirRetry), 0o700)
	f, err := os.Create(s.path(DirRetry, id))
	if err != nil {
		return err
	}
	return f.Close()
}

// requeue moves failed/ID back to queue/.
func (s *Spool) requeue(id string) error {
	f, err := os.Open(s.path(DirFailed, id))
	if errors.Is(err, fs.ErrNotExist) {
		return ErrNotFound
	}
	if err != nil {
		return err
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		return err
	}
	env, _, err := readHeader(f)
	if err != nil {
		return err
	}
	st := s.readState(DirFailed, id, env)
	for i := range st.Rcpts {
		if st.Rcpts[i].Status == StatusFailed {
			st.Rcpts[i].Status, st.Rcpts[i].Notified, st.Rcpts[i].LastReply = StatusPending, "", ""
		}
		st.Rcpts[i].RetryAt = time.Time{}
	}
	st.Reason, st.Requeued, st.NextAttempt, st.DelayNotified = "", time.Now().UTC(), time.Now(), time.Time{}
	if err := s.writeState(DirQueue, id, st); err != nil {
		return err
	}
	if err := os.Rename(s.path(DirFailed, id), s.path(DirQueue, id)); err != nil {
		os.Remove(s.path(DirQueue, id+".state"))
		return err
	}
	os.Remove(s.path(DirFailed, id+".state"))
	return s.syncers[DirQueue].sync()
}

// TakeRetries returns and clears the retry requests.
func (s *Spool) TakeRetries() []string {
	ents, _ := os.ReadDir(s.path(DirRetry))
	var ids []string
	for _, e := range ents {
		os.Remove(s.path(DirRetry, e.Name()))
		if ValidID(e.Name()) {
			ids = append(ids, e.Name())
		}
	}
	return ids
}

// Delete removes a message from queue/ (waiting for a delivery in progress)
// or from failed/.
func (s *Spool) Delete(id string) error {
	l, err := s.Lock(id, 30*time.Second)
	var de *DamagedError
	if errors.As(err, &de) {
		return s.removeFiles(DirQueue, id)
	}
	if errors.Is(err, ErrNotFound) {
		if strayName(id) {
			for _, dir := range []string{DirQueue, DirFailed, DirCorrupt} {
				if fi, err := os.Lstat(s.path(dir, id)); err == nil && fi.Mode().IsRegular() {
					if dir == DirCorrupt {
						os.Remove(s.path(dir, id+".reason"))
					}
					return os.Remove(s.path(dir, id))
				}
			}
			return ErrNotFound
		}
		if !ValidID(id) {
			return ErrNotFound
		}
		for _, dir := range []string{DirFailed, DirCorrupt} {
			if err := s.removeFiles(dir, id); !errors.Is(err, ErrNotFound) {
				return err
			}
		}
		return ErrNotFound
	}
	if err != nil {
		return err
	}
	return l.Remove()
}

// removeFiles removes dir/ID with its state and reason files.
func (s *Spool) removeFiles(dir, id string) error {
	err := os.Remove(s.path(dir, id))
	if errors.Is(err, fs.ErrNotExist) {
		return ErrNotFound
	}
	os.Remove(s.path(dir, id+".state"))
	os.Remove(s.path(dir, id+".reason"))
	return err
}

// Quarantine moves a damaged message file from dir (DirQueue or DirFailed)
// to corrupt/ with its state, and records why in corrupt/ID.reason.
func (s *Spool) Quarantine(dir, id, reason string) error {
	if !ValidID(id) && !strayName(id) {
		return ErrNotFound
	}
	if err := os.MkdirAll(s.path(DirCorrupt), 0o700); err != nil {
		return err
	}
	if err := os.WriteFile(s.path(DirCorrupt, id+".reason"), []byte(reason+"\n"), 0o600); err != nil {
		return err
	}
	if err := os.Rename(s.path(dir, id), s.path(DirCorrupt, id)); err != nil {
		os.Remove(s.path(DirCorrupt, id+".reason"))
		if errors.Is(err, fs.ErrNotExist) {
			return ErrNotFound
		}
		return err
	}
	if ValidID(id) {
		if err := os.Rename(s.path(dir, id+".state"), s.path(DirCorrupt, id+".state")); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	if err := fsyncDir(s.path(DirCorrupt)); err != nil {
		return err
	}
	return s.syncers[dir].sync()
}

// QuarantineDamaged moves every damaged message file in queue/ and failed/
// to corrupt/ (at relay start, with the relay lock held) and returns what
// it moved, each with the directory it was in (Where) and the reason.
func (s *Spool) QuarantineDamaged() ([]*Message, error) {
	var moved []*Message
	for _, dir := range []string{DirQueue, DirFailed} {
		ms, err := s.List(dir)
		if err != nil {
			return moved, err
		}
		for _, m := range ms {
			if m.Damaged == "" {
				continue
			}
			if err := s.Quarantine(dir, m.ID, m.Damaged); err != nil {
				return moved, err
			}
			moved = append(moved, m)
		}
	}
	return moved, nil
}

// headerField returns the (unfolded) value of the first field name in the
// header section hdr, or "".
func headerField(hdr []byte, name string) string {
	if i := bytes.Index(hdr, []byte("\r\n\r\n")); i >= 0 {
		hdr = hdr[:i+2]
	}
	lines := strings.Split(string(hdr), "\r\n")
	for i, l := range lines {
		k, v, ok := strings.Cut(l, ":")
		if !ok || !strings.EqualFold(strings.TrimSpace(k), name) {
			continue
		}
		for _, c := range lines[i+1:] {
			if c == "" || (c[0] != ' ' && c[0] != '\t') {
				break
			}
			v += " " + strings.TrimSpace(c)
		}
		v = strings.TrimSpace(v)
		if len(v) > 200 {
			v = v[:200]
		}
		return v
	}
	return ""
}

// RelayStateFile is the file in the spool where the running relay keeps
// its per-destination delivery state for `smtpgw queue status`.
const RelayStateFile = "relay-state.json"

// WriteRelayState replaces the relay state file atomically (written to a
// temporary file, renamed over the old one). It is a snapshot for display:
// not fsynced, since it is rewritten every few seconds.
func (s *Spool) WriteRelayState(b []byte) error {
	tmp := s.path(RelayStateFile + ".tmp")
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	if err := os.Rename(tmp, s.path(RelayStateFile)); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// ReadRelayState returns the relay state file (fs.ErrNotExist when no
// relay wrote one).
func (s *Spool) ReadRelayState() ([]byte, error) {
	return os.ReadFile(s.path(RelayStateFile))
}

// IDTime returns the time a queue id was made (NewID: base-36
// microseconds, then 8 hex digits), false when id is not such an id.
func IDTime(id string) (time.Time, bool) {
	if len(id) <= 8 {
		return time.Time{}, false
	}
	us, err := strconv.ParseInt(strings.ToLower(id[:len(id)-8]), 36, 64)
	if err != nil || us <= 0 {
		return time.Time{}, false
	}
	return time.UnixMicro(us), true
}

// QueueStats returns the number of messages in queue/ and the time the
// oldest of them was received (zero when the queue is empty), from the
// directory listing alone (ids are made from the receipt time).
func (s *Spool) QueueStats() (n int, oldest time.Time, err error) {
	ids, err := s.IDs(DirQueue)
	if err != nil || len(ids) == 0 {
		return 0, time.Time{}, err
	}
	for _, id := range ids {
		if t, ok := IDTime(id); ok && (oldest.IsZero() || t.Before(oldest)) {
			oldest = t
		}
	}
	return len(ids), oldest, nil
}

// CheckWritable writes, fsyncs and removes a small file in tmp/: the
// health check that the spool can take messages now (disk full, read-only
// file system, permissions).
func (s *Spool) CheckWritable() error {
	f, err := os.CreateTemp(s.path(DirTmp), "healthz-*.tmp")
	if err != nil {
		return fmt.Errorf("spool %s is not writable: %w", s.Dir, err)
	}
	name := f.Name()
	defer os.Remove(name)
	_, err = f.Write([]byte("smtpgw health check\n"))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("spool %s is not writable: %w", s.Dir, err)
	}
	return nil
}
