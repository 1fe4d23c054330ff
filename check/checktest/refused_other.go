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
