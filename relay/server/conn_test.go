package server

import (
	"bytes"
	"io"
	"math/rand"
	"net"
	"testing"
)

// The read-ahead changes how the bytes are cut into reads, never the bytes.
func TestSessConnReadAheadKeepsTheStream(t *testing.T) {
	t.Parallel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	want := make([]byte, 600<<10)
	rng := rand.New(rand.NewSource(1))
	rng.Read(want)
	go func() {
		c, err := net.Dial("tcp", l.Addr().String())
		if err != nil {
			return
		}
		for p := want; len(p) > 0; {
			n := min(len(p), 1+rng.Intn(100<<10))
			c.Write(p[:n])
			p = p[n:]
		}
		c.Close()
	}()
	raw, err := l.Accept()
	if err != nil {
		t.Fatal(err)
	}
	sc := &sessConn{Conn: raw}
	var got []byte
	buf := make([]byte, 64<<10)
	sizes := []int{1, 7, 4096, 4096, 100, 40 << 10, 64 << 10, 4096}
	for i := 0; ; i++ {
		n, err := sc.Read(buf[:sizes[i%len(sizes)]])
		got = append(got, buf[:n]...)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("read %d bytes, want %d; equal prefix %v", len(got), len(want), bytes.HasPrefix(want, got))
	}
	raw.Close()
}
