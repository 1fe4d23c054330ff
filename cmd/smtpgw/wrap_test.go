package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/check/checktest"
	"github.com/smtpgw/smtpgw/internal/testdns"
)

// Every human renderer wraps to the terminal, at the widths people use
// (80 and 120 columns): check, probe, diagnose and inspect with the long
// DNS errors of a resolver that does not answer, explain's card of a long
// reply, and the summary of mail logs. Piped, the same output keeps each
// DNS error on one line.
func TestRenderersWrapLongDNSErrors(t *testing.T) {
	t.Parallel()
	dead := testdns.Refused(t)
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

// The renderers of send (transcript, verdict, --count summary), session,
// explain --bounce and queue list/status wrap too: each line continues
// under its own text, and a table wider than the terminal (queue list,
// queue status) becomes a block of lines per row. Piped, the long reply
// stays on one line and the tables stay tables.
func TestSessionSendQueueWrap(t *testing.T) {
	t.Parallel()
	const reply = "Service unavailable, Client host [192.0.2.25] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.25 for more information and the steps to get delisted again"
	s := &sink{rcpt: func(to string) error {
		if strings.HasPrefix(to, "nobody@") {
			return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 7, 1}, Message: reply}
		}
		return nil
	}}
	port := startSink(t, s, nil)
	qdir, ids := queueFixture(t)
	runs := []struct {
		name, stdin string
		args        []string
		oneLine     string // a text piped output keeps on one line
	}{
		{"send", "", args("--server", server(port), "--to", "nobody@example.test", "--tls", "none"), reply},
		{"send --count", "", args("--server", server(port), "--to", "nobody@example.test", "--tls", "none", "--count", "3"), reply},
		{"session", "EHLO client.example.test\nMAIL FROM:<a@example.test>\nRCPT TO:<nobody@example.test>\nQUIT\n", []string{"session", server(port)}, reply},
		{"explain --bounce", "", []string{"explain", "--bounce", "../../testdata/bounces/exim/exim-plain.eml"}, ""},
		{"queue list", "", []string{"queue", "list", "--spool", qdir}, "ATTEMPTS  NEXT"},
		{"queue list --failed", "", []string{"queue", "list", "--failed", "--spool", qdir}, "ATTEMPTS  NEXT"},
		{"queue show", "", []string{"queue", "show", ids[1], "--spool", qdir}, ""},
		{"queue status", "", []string{"queue", "status", "--spool", qdir}, "none yet (the relay writes its delivery state here once it delivers)"},
	}
	for _, r := range runs {
		for _, width := range []int{80, 120} {
			ios, out, _ := TestIO(r.stdin)
			ios.Width = width
			run(context.Background(), r.args, ios)
			if out.Len() < 100 {
				t.Errorf("%s at %d: short output %q", r.name, width, out)
			}
			if bad := overflow(out.String(), width); len(bad) > 0 {
				t.Errorf("%s: %d line(s) wider than %d columns, e.g. %q\n%s", r.name, len(bad), width, bad[0], out)
			}
		}
		if r.oneLine != "" {
			piped, _, _ := runCLI(t, r.stdin, r.args...)
			if !lineHas(piped, r.oneLine) {
				t.Errorf("%s piped: %q was wrapped or is missing:\n%s", r.name, r.oneLine, piped)
			}
		}
	}
}
