package summary

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/explain"
)

// MaxMessage is how much of one bounce message is read; the rest is
// skipped and the message counted as truncated.
const MaxMessage = 10 << 20

// progressEvery is how often Options.Progress is called at most.
const progressEvery = 250 * time.Millisecond

// countingReader counts the bytes read (after decompression) and reports
// progress.
type countingReader struct {
	r    io.Reader
	s    *Summary
	last time.Time
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.s.totals.Bytes += int64(n)
	if c.s.opts.Progress != nil {
		if now := time.Now(); now.Sub(c.last) >= progressEvery {
			c.last = now
			c.s.opts.Progress(c.s.totals)
		}
	}
	return n, err
}

// lineCounter counts the newlines going through it.
type lineCounter struct {
	r io.Reader
	s *Summary
	n int64
}

func (c *lineCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	k := int64(bytes.Count(p[:n], []byte{'\n'}))
	c.n += k
	c.s.totals.Lines += k
	return n, err
}

// Decompress returns r, or a reader of its decompressed content when it
// starts with the gzip magic bytes (RFC 1952), so logs rotated as .gz are
// read as they are, whatever their name.
func Decompress(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(2)
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("damaged gzip data: %v", err)
		}
		return zr, nil
	}
	return br, nil
}

// ReadLog summarises a mail log (Postfix, Exim, Sendmail or anything
// explain's scanner reads: every line carrying an SMTP reply, multi-line
// replies and DSN field blocks), gzip-compressed or not. name says where it
// comes from in problem reports. A read error stops the input: what was read
// is kept, the input is named as a problem and the error returned.
func (s *Summary) ReadLog(r io.Reader, name string) error {
	s.totals.Inputs++
	dr, err := Decompress(r)
	if err != nil {
		s.unreadable(name, err.Error())
		return err
	}
	lc := &lineCounter{r: &countingReader{r: dr, s: s}, s: s}
	sc := explain.NewScanner(lc)
	for sc.Scan() {
		rp := sc.Reply()
		if isSuccess(rp) {
			s.totals.Delivered++
			continue
		}
		if s.repeatedDeferral(rp) || s.bounceNotice(rp) {
			continue
		}
		s.noteFailed(rp)
		s.Add(rp, LineTime(rp.Input))
	}
	s.totals.TooLong += sc.TooLong
	if sc.TooLong > 0 {
		s.Problem(name, fmt.Sprintf("%d lines longer than %d bytes skipped", sc.TooLong, explain.MaxLine))
	}
	if err := sc.Err(); err != nil {
		s.unreadable(name, fmt.Sprintf("read stopped after %d lines: %v", lc.n, err))
		return err
	}
	s.progress()
	return nil
}

func (s *Summary) unreadable(name, reason string) {
	s.totals.Unreadable++
	s.Problem(name, reason)
}

func (s *Summary) progress() {
	if s.opts.Progress != nil {
		s.opts.Progress(s.totals)
	}
}

// ReadMessage summarises one bounce message already in memory.
func (s *Summary) ReadMessage(raw []byte, name string) {
	s.totals.Messages++
	b, err := s.opts.parser()(raw)
	if err != nil {
		s.totals.NotBounces++
		s.Problem(name, err.Error())
		return
	}
	if len(b.Recipients) == 0 && b.Kind == "success" {
		s.totals.Delivered++ // a delivery report: nothing failed
		return
	}
	if len(b.Recipients) == 0 {
		s.totals.NotBounces++
		kind := b.Kind
		if kind == "" {
			kind = "not a bounce"
		}
		s.Problem(name, kind+": no failed or delayed recipient")
		return
	}
	for _, rc := range b.Recipients {
		at := rc.Date
		if at.IsZero() {
			at = b.Date
		}
		s.Add(rc.Reply, at)
	}
}

// ReadBounces summarises a stream of bounce messages: an mbox file (it
// starts with a "From " line), else one message. gzip is read transparently.
func (s *Summary) ReadBounces(r io.Reader, name string) error {
	s.totals.Inputs++
	dr, err := Decompress(r)
	if err != nil {
		s.unreadable(name, err.Error())
		return err
	}
	br := bufio.NewReaderSize(&countingReader{r: dr, s: s}, 64<<10)
	head, _ := br.Peek(5)
	if string(head) == "From " {
		return s.readMbox(br, name)
	}
	raw, err := io.ReadAll(io.LimitReader(br, MaxMessage+1))
	if err != nil {
		s.unreadable(name, fmt.Sprintf("read stopped after %d bytes: %v", len(raw), err))
		return err
	}
	if len(raw) > MaxMessage {
		raw = raw[:MaxMessage]
		s.totals.Truncated++
		s.Problem(name, fmt.Sprintf("longer than %d MB: only the start was read", MaxMessage>>20))
		if _, err := io.Copy(io.Discard, br); err != nil {
			s.unreadable(name, err.Error())
			return err
		}
	}
	s.ReadMessage(raw, name)
	s.progress()
	return nil
}

func (s *Summary) readMbox(r io.Reader, name string) error {
	mr := NewMboxReader(r, MaxMessage)
	for n := 1; ; n++ {
		msg, err := mr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			s.unreadable(name, fmt.Sprintf("read stopped at message %d: %v", n, err))
			return err
		}
		mname := fmt.Sprintf("%s message %d (line %d)", name, n, msg.Line)
		if msg.Truncated {
			s.totals.Truncated++
			s.Problem(mname, fmt.Sprintf("longer than %d MB: only the start was read", MaxMessage>>20))
		}
		s.ReadMessage(msg.Data, mname)
	}
}

// ReadPath summarises a file or a directory: every regular file under a
// directory (in lexical order), and of a Maildir only the messages (cur/ and
// new/, and Maildir++ folders). bounces selects what files hold: bounce
// messages (one per file, or an mbox) or mail logs.
func (s *Summary) ReadPath(path string, bounces bool) {
	fi, err := os.Stat(path)
	if err != nil {
		s.totals.Inputs++
		s.unreadable(path, describe(err))
		return
	}
	if !fi.IsDir() {
		s.readFile(path, bounces)
		return
	}
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			s.totals.Inputs++
			s.unreadable(p, describe(err))
			if d != nil && d.IsDir() && p != path {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if isMaildir(filepath.Dir(p)) {
			// Maildir's own files (dovecot-uidlist, maildirfolder, ...) are not messages.
			s.totals.Skipped++
			return nil
		}
		if base := filepath.Base(filepath.Dir(p)); base == "tmp" && isMaildir(filepath.Dir(filepath.Dir(p))) {
			s.totals.Skipped++ // a delivery in progress (Maildir tmp/)
			return nil
		}
		s.readFile(p, bounces)
		return nil
	})
	if err != nil {
		s.unreadable(path, describe(err))
	}
}

func isMaildir(dir string) bool {
	for _, sub := range []string{"cur", "new"} {
		fi, err := os.Stat(filepath.Join(dir, sub))
		if err != nil || !fi.IsDir() {
			return false
		}
	}
	return true
}

func (s *Summary) readFile(p string, bounces bool) {
	f, err := os.Open(p)
	if err != nil {
		s.totals.Inputs++
		s.unreadable(p, describe(err))
		return
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && !fi.Mode().IsRegular() && !fi.IsDir() {
		s.totals.Inputs++
		s.unreadable(p, "not a regular file")
		return
	} else if err == nil && fi.IsDir() {
		s.totals.Inputs++
		s.unreadable(p, "is a directory")
		return
	}
	if bounces {
		_ = s.ReadBounces(f, p) // recorded as a problem
	} else {
		_ = s.ReadLog(f, p)
	}
}

// describe words a file error without repeating the path.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return strings.TrimSpace(err.Error())
}
