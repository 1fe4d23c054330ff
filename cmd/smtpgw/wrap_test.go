package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/check/checktest"
)

// deadResolver is the address of a UDP port nothing listens on: every
// query fails at once (ICMP port unreachable), with a long error.
func deadResolver(t *testing.T) string {
	t.Helper()
	c, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := c.LocalAddr().String()
	c.Close()
	return addr
}

// Every human renderer wraps to the terminal, at the widths people use
// (80 and 120 columns): check, probe, diagnose and inspect with the long
// DNS errors of a resolver that does not answer, explain's card of a long
// reply, and the summary of mail logs. Piped, the same output keeps each
// DNS error on one line.
func TestRenderersWrapLongDNSErrors(t *testing.T) {
	t.Parallel()
	dead := deadResolver(t)
	msg, _ := signedInspectMsg(t)
	eml := filepath.Join(t.TempDir(), "m.eml")
	if err := os.WriteFile(eml, []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
	refused := checktest.RefusedPort(t)
	longReply := "550 5.7.26 Unauthenticated email from example.test is not accepted due to domain's DMARC policy. Please contact the administrator of example.test domain. If this was a legitimate mail please visit the sender hub of the provider to learn about the DMARC initiative."
	runs := []struct {
		name    string
		args    []string
		dnsText string // a DNS error the output must carry (on one line when piped)
	}{
		{"check", []string{"--resolver", dead, "--timeout", "10s", "check", "--skip-smtp", "dead.example.test", "-v"}, "connection refused"},
		{"probe", []string{"--resolver", dead, "--timeout", "10s", "probe", "dead.example.test", "--ports", "25"}, "connection refused"},
		{"diagnose", append([]string{"--resolver", dead, "--timeout", "10s", "diagnose", "--port-map", "25=:" + itoa(refused), "--helo", "mail.sender.test"},
			"bob@rcpt.example.test", "--from", "alice@sender.example.test", "--sending-ip", "192.0.2.25"), "connection refused"},
		{"inspect", []string{"--resolver", dead, "inspect", eml}, "connection refused"},
		{"explain", []string{"explain", longReply}, ""},
		{"summary", append([]string{"explain", "--summary"}, summaryLogs...), ""},
	}
	for _, r := range runs {
		for _, width := range []int{80, 120} {
			out, _ := runCLIWidth(t, width, r.args...)
			if len(out) < 200 {
				t.Errorf("%s at %d: short output %q", r.name, width, out)
			}
			if r.dnsText != "" && !strings.Contains(strings.Join(strings.Fields(out), " "), r.dnsText) {
				t.Errorf("%s at %d: no DNS error (%q) in:\n%s", r.name, width, r.dnsText, out)
			}
			if bad := overflow(out, width); len(bad) > 0 {
				t.Errorf("%s: %d line(s) wider than %d columns, e.g. %q\n%s", r.name, len(bad), width, bad[0], out)
			}
			if width == 80 && !wrapped(out, 80) {
				t.Errorf("%s at 80: nothing wrapped (no line continued under its text):\n%s", r.name, out)
			}
		}
		// Not a terminal: nothing wraps; a DNS error stays on one line.
		piped, _, _ := runCLI(t, "", r.args...)
		if r.dnsText != "" && !lineHas(piped, r.dnsText) {
			t.Errorf("%s piped: the DNS error was wrapped or is missing:\n%s", r.name, piped)
		}
	}
}

// wrapped tells whether some line of out is longer than width when piped
// would have been: that there are lines of prose near the width, the sign
// that text was folded to it rather than left short.
func wrapped(out string, width int) bool {
	for _, l := range strings.Split(out, "\n") {
		if n := len([]rune(l)); n > width-25 && n <= width {
			return true
		}
	}
	return false
}

func lineHas(out, s string) bool {
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}
