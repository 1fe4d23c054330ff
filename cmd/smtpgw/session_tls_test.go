package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/internal/testpki"
)

// TestSessionPipedStartTLSAuth: :starttls upgrades in place, shows the
// certificate and its verification, says EHLO again (AUTH is offered only
// then); :auth reads the password from the next line, sends it encoded and
// never shows it; :save writes the transcript without it.
func TestSessionPipedStartTLSAuth(t *testing.T) {
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "127.0.0.1")
	s := &sink{user: "alice@example.test", pass: "pw-Quux-42"}
	port := startSink(t, s, &cert)
	saved := filepath.Join(t.TempDir(), "transcript.txt")
	script := "EHLO client.example.test\n:starttls\n:auth plain alice@example.test\npw-Quux-42\nMAIL FROM:<alice@example.test>\n:save " + saved + "\nQUIT\n"
	out, errOut, code := runCLI(t, script, "session", server(port), "--ca-file", ca.WriteCAFile(t))
	if code != 0 {
		t.Fatalf("exit %d, stderr %q, out:\n%s", code, errOut, out)
	}
	for _, want := range []string{
		"C: STARTTLS\nS: 220 ",
		"* TLS: TLS 1.3 ",
		"*   0: CN=127.0.0.1, issued by ",
		"* certificate verified\nC: EHLO ",
		"S: 250-AUTH PLAIN LOGIN",
		"C: AUTH PLAIN <redacted>\nS: 235 ",
		"* authenticated\nC: MAIL FROM:<alice@example.test>\nS: 250 ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "pw-Quux-42") || strings.Contains(out, "YWxpY2VAZXhhbXBsZS50ZXN0AHB3LVF1dXgtNDI") {
		t.Errorf("the password (or its base64) shows in the output:\n%s", out)
	}
	b, err := os.ReadFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "pw-Quux-42") || !strings.Contains(string(b), "C: AUTH PLAIN <redacted>") {
		t.Errorf(":save transcript:\n%s", b)
	}
}

// TestSessionPipedUnverifiedTLSRefusesAuth: a certificate that does not
// verify is shown, and a script's AUTH over it is refused (exit 1).
func TestSessionPipedUnverifiedTLSRefusesAuth(t *testing.T) {
	cert := testpki.SelfSigned(t, "127.0.0.1")
	s := &sink{user: "alice@example.test", pass: "pw-Quux-42"}
	port := startSink(t, s, &cert)
	out, _, code := runCLI(t, ":auth plain alice@example.test\npw-Quux-42\n", "session", server(port), "--tls", "starttls")
	if code != ExitFindings {
		t.Fatalf("exit %d, want 1:\n%s", code, out)
	}
	for _, want := range []string{"* certificate NOT verified: x509: ", "! refusing AUTH: the server's certificate did not verify"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "pw-Quux-42") || strings.Contains(out, "C: AUTH") {
		t.Errorf("AUTH was sent:\n%s", out)
	}
}
