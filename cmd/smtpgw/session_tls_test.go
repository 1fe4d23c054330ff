package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-smtp"
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

// xoauth2Server is the server side of SASL XOAUTH2 as Google and Microsoft
// describe it: the initial response is
// base64("user=" USER ^A "auth=Bearer " TOKEN ^A ^A); a bad token gets a
// 334 with a base64 JSON error, which the client answers with an empty
// line before the final 535.
type xoauth2Server struct {
	user, token string
	ok          func()
	failed      bool
}

func (x *xoauth2Server) Next(r []byte) ([]byte, bool, error) {
	if x.failed {
		return nil, true, smtp.ErrAuthFailed
	}
	if r == nil {
		return nil, false, nil
	}
	if string(r) == "user="+x.user+"\x01auth=Bearer "+x.token+"\x01\x01" {
		x.ok()
		return nil, true, nil
	}
	x.failed = true
	return []byte(`{"status":"401","schemes":"bearer","scope":"https://mail.example.test/"}`), false, nil
}

// TestSessionXOAUTH2: :auth xoauth2 sends the token from --token-file
// (nothing read from the script for it) encoded, shown as <redacted>; a
// wrong token (SMTPGW_OAUTH_TOKEN) shows the server's JSON error, answers
// it with an empty line and ends in 535 (exit 1).
func TestSessionXOAUTH2(t *testing.T) {
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "127.0.0.1")
	s := &sink{user: "alice@example.test", pass: "pw-Quux-42", token: "ya29.tok-Zebra-77"}
	port := startSink(t, s, &cert)
	caFile := ca.WriteCAFile(t)
	tokenFile := writeFile(t, "token", "ya29.tok-Zebra-77\n")
	script := "EHLO client.example.test\n:auth xoauth2 alice@example.test\nMAIL FROM:<alice@example.test>\nQUIT\n"
	out, errOut, code := runCLI(t, script, "session", server(port), "--tls", "starttls", "--ca-file", caFile, "--token-file", tokenFile)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q, out:\n%s", code, errOut, out)
	}
	for _, want := range []string{
		"S: 250-AUTH PLAIN LOGIN XOAUTH2",
		"C: AUTH XOAUTH2 <redacted>\nS: 235 ",
		"* authenticated\nC: MAIL FROM:<alice@example.test>\nS: 250 ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Zebra") {
		t.Errorf("the token shows:\n%s", out)
	}

	t.Setenv("SMTPGW_OAUTH_TOKEN", "ya29.expired")
	out, _, code = runCLI(t, "EHLO client.example.test\n:auth xoauth2 alice@example.test\n", "session", server(port), "--tls", "starttls", "--ca-file", caFile)
	if code != ExitFindings {
		t.Fatalf("wrong token: exit %d, want 1:\n%s", code, out)
	}
	for _, want := range []string{
		"C: AUTH XOAUTH2 <redacted>\nS: 334 ",
		`* the server's XOAUTH2 error: {"status":"401","schemes":"bearer","scope":"https://mail.example.test/"}` + "\nC: \nS: 535 ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "expired") {
		t.Errorf("the token shows:\n%s", out)
	}
	_, errOut, code = runCLI(t, "", "session", server(port), "--token-file", filepath.Join(t.TempDir(), "none"))
	if code != ExitUsage || !strings.Contains(errOut, "--token-file: cannot read ") {
		t.Errorf("missing token file: exit %d, stderr %q", code, errOut)
	}
}
