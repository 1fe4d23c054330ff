package testdns

import (
	"net"
	"testing"
)

// Refused returns a loopback UDP address where every DNS query is refused
// (ICMP port unreachable: the query fails at once) for the rest of the test.
// The port stays taken by a socket connected to the discard port, which
// accepts no datagram from anyone else, so no other test can bind the port
// meanwhile and answer, as it can when a closed socket's port is handed out
// again.
func Refused(t testing.TB) string {
	t.Helper()
	c, err := net.DialUDP("udp4", nil, &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c.LocalAddr().String()
}

// Silent returns a loopback UDP address that takes every DNS query and never
// answers, as a resolver behind a firewall that drops them: every query
// times out.
func Silent(t testing.TB) string {
	t.Helper()
	c, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c.LocalAddr().String()
}
