package server

import (
	"bufio"
	"bytes"
	"io"
	"net/textproto"
	"reflect"
	"sync"
	"unsafe"

	"github.com/emersion/go-smtp"
)

// go-smtp refuses some commands itself, before the session sees them: a
// MAIL whose SIZE= is over the limit and a BDAT chunk that would pass it
// (552 5.3.4). So that these refusals are logged like every other one, the
// relay watches the replies go-smtp writes: replyTap sits under go-smtp's
// reply writer (textproto.Conn.Writer.W, reached through go-smtp's
// unexported Conn.text; installed at every EHLO, which follows STARTTLS's
// new writer too). When go-smtp's Conn has another layout (another
// version) nothing is installed and TestReplyTapInstalled fails.

// textConnOf returns go-smtp's textproto connection of c, nil when c has
// another layout.
func textConnOf(c *smtp.Conn) *textproto.Conn {
	if c == nil {
		return nil
	}
	f := reflect.ValueOf(c).Elem().FieldByName("text")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*textproto.Conn)(nil)) || f.IsNil() {
		return nil
	}
	return *(**textproto.Conn)(unsafe.Pointer(f.UnsafeAddr()))
}

// replyTap passes go-smtp's replies on unchanged and calls on with the
// first line of each.
type replyTap struct {
	w   *bufio.Writer // go-smtp's writer
	on  func(line []byte)
	mu  sync.Mutex
	bol bool // at the beginning of a reply line
}

func (t *replyTap) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for rest := p; len(rest) > 0; {
		i := bytes.IndexByte(rest, '\n')
		line := rest
		if i >= 0 {
			line = rest[:i+1]
		}
		if t.bol && len(line) >= 4 && line[3] == ' ' {
			t.on(line)
		}
		t.bol = i >= 0
		rest = rest[len(line):]
	}
	if _, err := t.w.Write(p); err != nil {
		return 0, err
	}
	return len(p), t.w.Flush()
}

// tapReplies installs a replyTap under c's reply writer. go-smtp creates a
// session once per writer (at the first EHLO, and again after STARTTLS,
// which makes a new writer), so NewSession installs each tap once.
func tapReplies(c *smtp.Conn, on func(line []byte)) bool {
	tc := textConnOf(c)
	if tc == nil || tc.Writer.W == nil {
		return false
	}
	tc.Writer.W = bufio.NewWriter(&replyTap{w: tc.Writer.W, on: on, bol: true})
	return true
}

var _ io.Writer = (*replyTap)(nil)
