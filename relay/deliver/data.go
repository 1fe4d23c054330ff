package deliver

import (
	"bytes"
	"io"
	"net"
	"sync"
	"time"
)

// writeData sends a spooled message after the 354 reply. The spool holds
// only CRLF-clean messages (the server refuses bare CR and LF), so the
// bulk is dot-stuffed with vectorised searches and written straight to the
// connection; the final CRLF goes through go-smtp's DotWriter (w), which
// then adds the terminating ".\r\n" on Close. A message that does not end
// in CRLF (possible with BDAT) goes through the DotWriter entirely.
func writeData(conn net.Conn, w io.Writer, body io.ReaderAt, size int64, timeout time.Duration) error {
	var tail [2]byte
	if conn == nil || size < 2 {
		_, err := io.Copy(w, io.NewSectionReader(body, 0, size))
		return err
	}
	if _, err := body.ReadAt(tail[:], size-2); err != nil {
		return err
	}
	if tail != [2]byte{'\r', '\n'} {
		_, err := io.Copy(w, io.NewSectionReader(body, 0, size))
		return err
	}
	conn.SetWriteDeadline(time.Now().Add(timeout))
	defer conn.SetWriteDeadline(time.Time{})
	bp := stuffPool.Get().(*[]byte)
	defer stuffPool.Put(bp)
	sw := &stuffer{w: conn, lineStart: true, buf: (*bp)[:0]}
	rb := readPool.Get().(*[]byte)
	defer readPool.Put(rb)
	if _, err := io.CopyBuffer(sw, io.NewSectionReader(body, 0, size-2), *rb); err != nil {
		return err
	}
	if err := sw.flush(); err != nil {
		return err
	}
	_, err := w.Write(tail[:])
	return err
}

var (
	stuffPool = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}
	readPool  = sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}
)

// stuffer doubles every dot that starts a line (RFC 5321 §4.5.2).
type stuffer struct {
	w         io.Writer
	lineStart bool
	buf       []byte
}

func (s *stuffer) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if s.lineStart && p[0] == '.' {
			s.buf = append(s.buf, '.')
		}
		i := bytes.Index(p, []byte("\n."))
		if i < 0 {
			s.buf = append(s.buf, p...)
			s.lineStart = p[len(p)-1] == '\n'
			p = nil
		} else {
			s.buf = append(s.buf, p[:i+1]...)
			s.lineStart = true
			p = p[i+1:]
		}
		if len(s.buf) >= 48<<10 {
			if err := s.flush(); err != nil {
				return 0, err
			}
		}
	}
	return n, nil
}

func (s *stuffer) flush() error {
	if len(s.buf) == 0 {
		return nil
	}
	_, err := s.w.Write(s.buf)
	s.buf = s.buf[:0]
	return err
}
