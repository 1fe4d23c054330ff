//go:build !unix

package checktest

import (
	"net"
	"testing"
)

// RefusedPort returns a loopback TCP port that nothing listens on (a
// listener's port, closed; another test could reuse it, rarely).
func RefusedPort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return port
}

// SilentPort is not available here: the test is skipped.
func SilentPort(t testing.TB) int {
	t.Skip("a loopback port whose connections time out needs a unix listen backlog")
	return 0
}
