package server

import (
	"net"

	"golang.org/x/sys/unix"
)

// peerClosed reports whether the client has closed its end of c (the
// kernel holds the connection in CLOSE_WAIT, with or without unread data
// such as a TLS close_notify), before the relay has read that far.
func peerClosed(c net.Conn) bool {
	tc, ok := c.(*net.TCPConn)
	if !ok {
		return false
	}
	rc, err := tc.SyscallConn()
	if err != nil {
		return false
	}
	closed := false
	rc.Control(func(fd uintptr) {
		info, err := unix.GetsockoptTCPInfo(int(fd), unix.IPPROTO_TCP, unix.TCP_INFO)
		closed = err == nil && info.State == unix.BPF_TCP_CLOSE_WAIT
	})
	return closed
}
