package server

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func inspectAll(data string, chunk int) (*inspector, error) {
	in := newInspector(100)
	for len(data) > 0 {
		n := min(chunk, len(data))
		if _, err := in.Write([]byte(data[:n])); err != nil {
			return in, err
		}
		data = data[n:]
	}
	return in, in.Close()
}

func TestInspector(t *testing.T) {
	t.Parallel()
	many := strings.Repeat("Received: from x\r\n\tby y; date\r\n", 101)
	for _, tc := range []struct {
		name, data string
		err        error
		msgid      string
	}{
		{"clean", "Subject: a\r\nMessage-ID: <a@b.test>\r\n\r\nbody\r\n", nil, "<a@b.test>"},
		{"folded msgid", "Message-id:\r\n <f@b.test>\r\n\r\nx\r\n", nil, "<f@b.test>"},
		{"bare LF in header", "Subject: a\nX: y\r\n\r\n", ErrBareLF, ""},
		{"bare LF in body", "Subject: a\r\n\r\nbody\n.\nmore\r\n", ErrBareLF, ""},
		{"bare CR", "Subject: a\r\n\r\nbody\r.\r\nmore\r\n", ErrBareCR, ""},
		{"trailing CR", "Subject: a\r\n\r\nbody\r", ErrBareCR, ""},
		{"loop", many + "\r\nbody\r\n", ErrLoop, ""},
		{"100 received ok", strings.Repeat("Received: x\r\n", 100) + "\r\nb\r\n", nil, ""},
		{"received in body not counted", "S: a\r\n\r\n" + strings.Repeat("Received: x\r\n", 200), nil, ""},
	} {
		for _, chunk := range []int{1, 3, 4096} {
			in, err := inspectAll(tc.data, chunk)
			if !errors.Is(err, tc.err) {
				t.Errorf("%s/%d: err %v, want %v", tc.name, chunk, err, tc.err)
			}
			if tc.err == nil && in.MessageID != tc.msgid {
				t.Errorf("%s/%d: message-id %q, want %q", tc.name, chunk, in.MessageID, tc.msgid)
			}
		}
	}
}

// FuzzInspector: the inspector accepts exactly the inputs in which every CR
// is followed by LF and every LF preceded by CR, however they are chunked.
func FuzzInspector(f *testing.F) {
	f.Add([]byte("Subject: a\r\n\r\nbody\r\n"), uint8(3))
	f.Add([]byte("a\n.\nb"), uint8(1))
	f.Add([]byte("a\r\n.\rb\r\n"), uint8(2))
	f.Add([]byte("Received: a\r\n\r\n"), uint8(7))
	f.Fuzz(func(t *testing.T, data []byte, chunk uint8) {
		c := int(chunk)%64 + 1
		_, err := inspectAll(string(data), c)
		clean := !bytes.Contains(bytes.ReplaceAll(data, []byte("\r\n"), nil), []byte("\r")) &&
			!bytes.Contains(bytes.ReplaceAll(data, []byte("\r\n"), nil), []byte("\n"))
		bare := errors.Is(err, ErrBareCR) || errors.Is(err, ErrBareLF)
		if clean == bare {
			t.Fatalf("data %q: clean=%v err=%v", data, clean, err)
		}
	})
}

// The inspector, when the wire has checked CR/LF, still counts Received:
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
