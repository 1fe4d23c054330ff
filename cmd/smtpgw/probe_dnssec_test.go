package main

import (
	"net"
	"strconv"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/internal/testdns"
)

// probe --resolver pointed at an authoritative server (NSD, recorded)
// says the MX answer is signed but that such a server does not validate.
func TestProbeMXDNSSECAuthoritative(t *testing.T) {
	t.Parallel()
	srv := testdns.Start(t)
	if n := srv.LoadReplay(t, "../../testdata/real/dns/nsd"); n < 20 {
		t.Fatalf("only %d recordings", n)
	}
	l, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := l.Addr().(*net.TCPAddr).Port
	l.Close()
	out, errOut, code := runCLI(t, "", "--resolver", srv.Addr, "--timeout", "5s", "probe", "example.test",
		"--ports", "25", "--port-map", "25=:"+strconv.Itoa(closed), "--helo", "probe.example.test")
	want := "MX answer: signed (RRSIG), not validated (authoritative server " + srv.Addr + ": no validation)"
	if !strings.Contains(out, want) || code == ExitUsage {
		t.Errorf("exit %d, want %q in:\n%s\n%s", code, want, out, errOut)
	}
}
