package server

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net"
	"net/textproto"
	"reflect"
	"strings"
	"testing"

	"github.com/emersion/go-smtp"
)

// typeBackend records the type of the reader go-smtp hands to Data.
type typeBackend struct{ got chan reflect.Type }

func (b *typeBackend) NewSession(*smtp.Conn) (smtp.Session, error) { return &typeSession{b}, nil }

type typeSession struct{ b *typeBackend }

func (s *typeSession) Mail(string, *smtp.MailOptions) error { return nil }
func (s *typeSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *typeSession) Reset()                               {}
func (s *typeSession) Logout() error                        { return nil }
func (s *typeSession) Data(r io.Reader) error {
	s.b.got <- reflect.TypeOf(r)
	_, err := io.Copy(io.Discard, r)
	return err
}

// goSMTPDataReaderType returns the dynamic type of go-smtp's DATA reader,
// taken from a real session over loopback.
func goSMTPDataReaderType(tb testing.TB) reflect.Type {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	b := &typeBackend{got: make(chan reflect.Type, 1)}
	srv := smtp.NewServer(b)
	srv.Domain = "sink.example.test"
	go srv.Serve(l)
	defer srv.Close()
	c, err := smtp.Dial(l.Addr().String())
	if err != nil {
		tb.Fatal(err)
	}
	defer c.Close()
	if err := c.SendMail("a@example.test", []string{"b@example.test"}, strings.NewReader("Subject: x\r\n\r\nbody\r\n")); err != nil {
		tb.Fatal(err)
	}
	return <-b.got
}

// TestRawDataLayout fails when go-smtp's DATA reader no longer has the
// layout readRaw needs (a go-smtp upgrade): the relay would fall back to
// go-smtp's reader, which hides "<CRLF>.<CR>X".
func TestRawDataLayout(t *testing.T) {
	t.Parallel()
	typ := goSMTPDataReaderType(t)
	if !layoutOK(typ) {
		t.Fatalf("go-smtp's DATA reader %v does not match dataReaderMirror; update rawdata.go for this go-smtp version", typ)
	}
}

// newGoSMTPReader makes a real go-smtp dataReader over br (its code, not
// a copy), in state 0, without size limit.
func newGoSMTPReader(typ reflect.Type, br *bufio.Reader) (io.Reader, *dataReaderMirror) {
	v := reflect.New(typ.Elem())
	m := (*dataReaderMirror)(v.UnsafePointer())
	m.r = br
	return v.Interface().(io.Reader), m
}

// rawClean reports whether every CR in p is followed by LF and every LF
// preceded by CR.
func rawClean(p []byte) bool {
	for i, c := range p {
		if c == '\r' && (i+1 >= len(p) || p[i+1] != '\n') {
			return false
		}
		if c == '\n' && (i == 0 || p[i-1] != '\r') {
			return false
		}
	}
	return true
}

// checkRaw compares readRaw with go-smtp's own reader on in: they stop at
// the same end of data, produce the same message when readRaw accepts it,
// readRaw accepts exactly the messages whose wire bytes have no bare CR or
// LF, and after a refusal go-smtp's reader, continuing from the state
// readRaw left, ends where it would have ended alone.
func checkRaw(t *testing.T, typ reflect.Type, in []byte, bufSize int) {
	t.Helper()
	// go-smtp alone
	src := bytes.NewReader(in)
	br := bufio.NewReaderSize(src, bufSize)
	ref, _ := newGoSMTPReader(typ, br)
	refOut, refErr := io.ReadAll(ref)
	refEnd := refErr == nil // io.ReadAll turns io.EOF (end marker found) into nil
	refPos := len(in) - src.Len() - br.Buffered()

	// readRaw, then go-smtp's reader from where it stopped
	src2 := bytes.NewReader(in)
	br2 := bufio.NewReaderSize(src2, bufSize)
	rd, m := newGoSMTPReader(typ, br2)
	var out []byte
	err := readRaw(m, 0, 0, func(p []byte) error { out = append(out, p...); return nil })
	_, restErr := io.Copy(io.Discard, rd)
	pos := len(in) - src2.Len() - br2.Buffered()
	end := restErr == nil

	if pos != refPos || end != refEnd {
		t.Fatalf("%q: stopped at %d (end %v), go-smtp at %d (end %v); readRaw: %v", in, pos, end, refPos, refEnd, err)
	}
	clean := rawClean(in[:refPos])
	switch {
	case err == nil:
		if !refEnd || !clean {
			t.Fatalf("%q: accepted; go-smtp end %v, wire clean %v", in, refEnd, clean)
		}
		if !bytes.Equal(out, refOut) {
			t.Fatalf("%q: message %q, go-smtp %q", in, out, refOut)
		}
	case errors.Is(err, ErrBareCR), errors.Is(err, ErrBareLF):
		if clean {
			t.Fatalf("%q: refused (%v) but the wire bytes up to the end are clean", in, err)
		}
	case errors.Is(err, io.ErrUnexpectedEOF):
		// the stream ended: a final CR may still have been followed by LF
		clean = rawClean(bytes.TrimSuffix(in[:refPos], []byte("\r")))
		if refEnd || !clean {
			t.Fatalf("%q: EOF; go-smtp end %v, wire clean %v", in, refEnd, clean)
		}
	default:
		t.Fatalf("%q: unexpected error %v", in, err)
	}
}

var rawSeeds = []string{
	"Subject: x\r\n\r\nbody\r\n.\r\n",
	".\r\n",
	"..\r\n.\r\n",
	"...x\r\n.\r\nMAIL FROM:<a@example.test>\r\n",
	"body\r\n.\rX\r\n.\r\n",      // the CR go-smtp drops
	".\rX\r\n.\r\n",              // at the first line
	"body\n.\nsmuggled\r\n.\r\n", // <LF>.<LF>
	"body\n.\r\nsmuggled\r\n.\r\n",
	"body\r\n.\nsmuggled\r\n.\r\n",
	"body\r.\r\nsmuggled\r\n.\r\n",
	"body\r\r\n.\r\n.\r\n",
	"body\rmore\r\n.\r\n",
	"no end\r\n",
	"no end\r\n.",
	"a\r\n.\r",
	"",
}

func TestReadRawMatchesGoSMTP(t *testing.T) {
	t.Parallel()
	typ := goSMTPDataReaderType(t)
	if !layoutOK(typ) {
		t.Skip("layout mismatch (TestRawDataLayout fails)")
	}
	long := "Subject: x\r\n\r\n" + strings.Repeat("..dotted\r\nplain line of text\r\n", 500) + ".\r\n"
	for _, s := range append(rawSeeds, long, long[:len(long)-3]+"\r\n.\rX\r\n.\r\n") {
		for _, size := range []int{16, 17, 64, 4096} {
			checkRaw(t, typ, []byte(s), size)
		}
	}
}

func FuzzReadRaw(f *testing.F) {
	typ := goSMTPDataReaderType(f)
	if !layoutOK(typ) {
		f.Skip("layout mismatch (TestRawDataLayout fails)")
	}
	for _, s := range rawSeeds {
		f.Add([]byte(s), uint8(0))
	}
	f.Fuzz(func(t *testing.T, in []byte, size uint8) {
		checkRaw(t, typ, in, 16+int(size))
	})
}

// The inspector, when readRaw has checked CR/LF, still counts Received:
// headers and reads the Message-ID, and does not report the last CR of a
// piece as bare.
func TestInspectorAfterRaw(t *testing.T) {
	t.Parallel()
	in := newInspector(2)
	in.crlfChecked = true
	for _, p := range []string{"Message-ID: <a@example.test>\r\nReceived: x\r", "\n\r", "\nbody\r", "\n"} {
		if _, err := in.Write([]byte(p)); err != nil {
			t.Fatal(err)
		}
	}
	if err := in.Close(); err != nil || in.MessageID != "<a@example.test>" {
		t.Fatalf("Close %v, Message-ID %q", err, in.MessageID)
	}
	in = newInspector(2)
	in.crlfChecked = true
	_, err := in.Write([]byte("Received: a\r\nReceived: b\r\nReceived: c\r\n\r\n"))
	if err == nil {
		err = in.Close()
	}
	if !errors.Is(err, ErrLoop) {
		t.Fatalf("3 Received: with max 2: %v", err)
	}
}

func TestReadRawLimits(t *testing.T) {
	t.Parallel()
	read := func(in string, limit int64, maxLine int) error {
		m := &dataReaderMirror{r: bufio.NewReaderSize(strings.NewReader(in), 16)}
		return readRaw(m, limit, maxLine, func([]byte) error { return nil })
	}
	for _, c := range []struct {
		in      string
		limit   int64
		maxLine int
		want    error
	}{
		{"0123456789\r\n.\r\n", 0, 10, nil},
		{"01234567890\r\n.\r\n", 0, 10, smtp.ErrTooLongLine},
		{"..23456789\r\n.\r\n", 0, 10, nil}, // the stuffing dot counts on the wire
		{"..234567890\r\n.\r\n", 0, 10, smtp.ErrTooLongLine},
		{"0123456789\r\n0123456789\r\n.\r\n", 0, 10, nil},
		{"0123456789\r\n.\r\n", 12, 0, nil},
		{"0123456789\r\n0123456789\r\n.\r\n", 12, 0, smtp.ErrDataTooLarge},
	} {
		if err := read(c.in, c.limit, c.maxLine); !errors.Is(err, c.want) && err != c.want {
			t.Errorf("%q limit %d maxLine %d: %v, want %v", c.in, c.limit, c.maxLine, err, c.want)
		}
	}
}

func TestLineLimitOf(t *testing.T) {
	t.Parallel()
	got := make(chan int, 1)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := smtp.NewServer(&llBackend{got})
	srv.MaxLineLength = 1234
	go srv.Serve(l)
	defer srv.Close()
	c, err := smtp.Dial(l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.Hello("client.example.test")
	if v := <-got; v != 1234 {
		t.Fatalf("lineLimitOf: %d, want the server's MaxLineLength 1234 (go-smtp's Conn layout changed?)", v)
	}
}

type llBackend struct{ got chan int }

func (b *llBackend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	v := -1
	if p := lineLimitOf(c); p != nil {
		v = *p
	}
	b.got <- v
	return &typeSession{&typeBackend{got: make(chan reflect.Type, 1)}}, nil
}

// The reply tap needs go-smtp's Conn.text; a go-smtp upgrade that changes
// it fails here (size refusals by go-smtp would go unlogged).
func TestReplyTapInstalled(t *testing.T) {
	c := reflect.New(reflect.TypeOf(smtp.Conn{})).Interface().(*smtp.Conn)
	if textConnOf(c) != nil {
		t.Fatal("a Conn without a textproto connection")
	}
	f, ok := reflect.TypeOf(smtp.Conn{}).FieldByName("text")
	if !ok || f.Type != reflect.TypeOf((*textproto.Conn)(nil)) {
		t.Fatalf("go-smtp's Conn.text is %v, want *textproto.Conn", f.Type)
	}
}

// Anything but go-smtp's DATA reader with the mirrored layout is left
// alone: BDAT's pipe, other readers, a look-alike type of another package.
func TestRawReaderFallsBack(t *testing.T) {
	t.Parallel()
	pr, pw := io.Pipe()
	defer pw.Close()
	type dataReader dataReaderMirror // same fields, another package's name
	for _, r := range []io.Reader{pr, strings.NewReader("x"), bufio.NewReader(strings.NewReader("x")), nil} {
		if m := rawReader(r); m != nil {
			t.Errorf("%T: raw reader used", r)
		}
	}
	if layoutMatches(reflect.TypeOf(&dataReader{})) || layoutMatches(reflect.TypeOf(dataReader{})) || layoutMatches(reflect.TypeOf(&struct{ r *bufio.Reader }{})) {
		t.Error("a type other than go-smtp's dataReader matched")
	}
	if lineLimitOf(nil) != nil {
		t.Error("line limit of no connection")
	}
}
