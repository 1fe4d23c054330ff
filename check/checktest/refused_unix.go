//go:build unix

package checktest

import (
	"errors"
	"net"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// RefusedPort returns a loopback TCP port that refuses connections for the
// rest of the test: a socket is bound to it but never listens, so no other
// test can take the port meanwhile (as it could after closing a listener).
func RefusedPort(t testing.TB) int {
	t.Helper()
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Close(fd) })
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		t.Fatal(err)
	}
	return sa.(*syscall.SockaddrInet4).Port
}

// SilentPort returns a loopback TCP port whose connections time out, as a
// port-25 block that drops SYNs does: a socket listens on it with the
// smallest accept backlog and never accepts, and connections fill that
// backlog, so the kernel drops further SYNs (Linux does; a system that
// answers them with a reset instead fails the test's fill loop).
func SilentPort(t testing.TB) int {
	t.Helper()
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Close(fd) })
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Listen(fd, 0); err != nil {
		t.Fatal(err)
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		t.Fatal(err)
	}
	port := sa.(*syscall.SockaddrInet4).Port
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	for i := 0; ; i++ {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				return port // the backlog is full: SYNs are dropped now
			}
			t.Fatalf("filling the backlog of %s: %v", addr, err)
		}
		t.Cleanup(func() { c.Close() })
		if i == 16 {
			t.Skip("this system accepts connections beyond a listen backlog of 0; no silent port")
		}
	}
}
