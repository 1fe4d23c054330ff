package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testpki"
)

// sink is a go-smtp backend for CLI tests.
type sink struct {
	user, pass string
	token      string // an OAuth2 access token: XOAUTH2 is offered too
	rcpt       func(string) error
	mu         sync.Mutex
	msgs       [][]byte
	cmds       []string
	sessions   int // connections accepted
}

func (s *sink) NewSession(*smtp.Conn) (smtp.Session, error) {
	s.mu.Lock()
	s.sessions++
	s.mu.Unlock()
	return &sinkSession{s: s}, nil
}

// connections is the number of SMTP sessions the sink accepted.
func (s *sink) connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sessions
}

func (s *sink) messages() [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([][]byte(nil), s.msgs...)
}

func (s *sink) log(c string) {
	s.mu.Lock()
	s.cmds = append(s.cmds, c)
	s.mu.Unlock()
}

type sinkSession struct {
	s      *sink
	authed bool
}

func (ss *sinkSession) AuthMechanisms() []string {
	if ss.s.user == "" {
		return nil
	}
	if ss.s.token != "" {
		return []string{"PLAIN", "LOGIN", "XOAUTH2"}
	}
	return []string{"PLAIN", "LOGIN"}
}

func (ss *sinkSession) Auth(mech string) (sasl.Server, error) {
	check := func(u, p string) error {
		if u == ss.s.user && p == ss.s.pass {
			ss.authed = true
			return nil
		}
		return smtp.ErrAuthFailed
	}
	switch mech {
	case "PLAIN":
		return sasl.NewPlainServer(func(_, u, p string) error { return check(u, p) }), nil
	case "LOGIN":
		return &cliLogin{check: check}, nil
	case "XOAUTH2":
		if ss.s.token != "" {
			return &xoauth2Server{user: ss.s.user, token: ss.s.token, ok: func() { ss.authed = true }}, nil
		}
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

type cliLogin struct {
	n     int
	user  string
	check func(u, p string) error
}

func (l *cliLogin) Next(r []byte) ([]byte, bool, error) {
	l.n++
	switch l.n {
	case 1:
		return []byte("Username:"), false, nil
	case 2:
		l.user = string(r)
		return []byte("Password:"), false, nil
	}
	return nil, true, l.check(l.user, string(r))
}

func (ss *sinkSession) Mail(from string, _ *smtp.MailOptions) error {
	ss.s.log("MAIL " + from)
	if ss.s.user != "" && !ss.authed {
		return smtp.ErrAuthRequired
	}
	return nil
}

func (ss *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.s.log("RCPT " + to)
	if ss.s.rcpt != nil {
		return ss.s.rcpt(to)
	}
	return nil
}

func (ss *sinkSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	ss.s.mu.Lock()
	ss.s.msgs = append(ss.s.msgs, b)
	ss.s.mu.Unlock()
	return nil
}

func (ss *sinkSession) Reset()        {}
func (ss *sinkSession) Logout() error { return nil }

type quietLog struct{}

func (quietLog) Printf(string, ...interface{}) {}
func (quietLog) Println(...interface{})        {}

// startSink runs a go-smtp server on 127.0.0.1:0 and returns its port.
func startSink(t *testing.T, s *sink, cert *tls.Certificate) int {
	t.Helper()
	srv := smtp.NewServer(s)
	srv.Domain = "mx.example.test"
	srv.ErrorLog = quietLog{}
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	if cert != nil {
		srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{*cert}}
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return l.Addr().(*net.TCPAddr).Port
}

func server(port int) string { return "127.0.0.1:" + strconv.Itoa(port) }

var base = []string{"send", "--from", "sender@example.test", "--helo", "client.example.test"}

func args(extra ...string) []string { return append(append([]string(nil), base...), extra...) }

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

var reTimestamp = regexp.MustCompile(`(?m)^ +\d+ms C: EHLO client\.example\.test$`)

func TestSendCLIAccepted(t *testing.T) {
	t.Parallel()
	s := &sink{}
	port := startSink(t, s, nil)
	out, errOut, code := runCLI(t, "", args("--server", server(port), "--to", "rcpt@example.test", "--subject", "CLI test", "--header", "X-Ticket: 42")...)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if !reTimestamp.MatchString(out) {
		t.Errorf("no timestamped EHLO line:\n%s", out)
	}
	for _, want := range []string{"=== 127.0.0.1:" + strconv.Itoa(port), "S: 220 mx.example.test", "C: MAIL FROM:<sender@example.test>", "C: QUIT", "\nACCEPTED by 127.0.0.1:" + strconv.Itoa(port) + " for 1/1 recipients"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	msgs := s.messages()
	if len(msgs) != 1 || !bytes.Contains(msgs[0], []byte("Subject: CLI test\r\n")) || !bytes.Contains(msgs[0], []byte("X-Ticket: 42\r\n")) {
		t.Fatalf("messages %q", msgs)
	}
}

func TestSendCLIRejectedExplained(t *testing.T) {
	t.Parallel()
	s := &sink{rcpt: func(to string) error {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "<" + to + ">: Recipient address rejected: User unknown"}
	}}
	port := startSink(t, s, nil)
	out, _, code := runCLI(t, "", args("--server", server(port), "--to", "nobody@example.test")...)
	if code != ExitFindings {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if !regexp.MustCompile(`S: 550 5\.1\.1 <nobody@example\.test>: Recipient address rejected: User unknown\n +\^ permanent, `).MatchString(out) {
		t.Errorf("no explanation under the 550:\n%s", out)
	}
	if !strings.Contains(out, "\nREJECTED at RCPT TO by 127.0.0.1:") || !strings.Contains(out, "550 5.1.1") {
		t.Errorf("verdict:\n%s", out)
	}
	// -q: the verdict only.
	q, _, code := runCLI(t, "", args("--server", server(port), "--to", "nobody@example.test", "-q")...)
	if code != ExitFindings || !strings.HasPrefix(q, "REJECTED at RCPT TO") || strings.Contains(q, "C: ") || strings.Contains(q, "EHLO") {
		t.Errorf("-q output (exit %d):\n%s", code, q)
	}
}

func TestSendCLIGreylistDeferred(t *testing.T) {
	t.Parallel()
	s := &sink{rcpt: func(string) error {
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 7, 1}, Message: "Greylisted, please try again later"}
	}}
	port := startSink(t, s, nil)
	out, _, code := runCLI(t, "", args("--server", server(port), "--to", "r@example.test", "-q")...)
	if code != ExitFindings || !strings.HasPrefix(out, "DEFERRED at RCPT TO") || !strings.Contains(out, "temporary") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}

func TestSendCLIJSON(t *testing.T) {
	t.Parallel()
	s := &sink{}
	port := startSink(t, s, nil)
	out, errOut, code := runCLI(t, "", args("--server", server(port), "--to", "a@example.test", "--to", "b@example.test", "--json")...)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	var doc struct {
		Mode        string `json:"mode"`
		Server      string `json:"server"`
		From        string `json:"from"`
		To          []string
		MessageID   string `json:"message_id"`
		MessageSize int    `json:"message_size"`
		Warnings    []string
		Attempts    []struct {
			Host  string
			Port  int
			Steps []struct {
				Stage      string
				Command    string
				Code       int
				Enhanced   string
				Text       string
				DurationMS *float64 `json:"duration_ms"`
			}
			Transcript []struct {
				AtMS *float64 `json:"at_ms"`
				Dir  string
				Line string
			}
			Outcome string
		}
		Verdict struct {
			Status     string
			Stage      string
			Server     string
			Reason     string
			Attempts   int
			Recipients []struct{ Address, Status string }
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if doc.Mode != "server" || doc.Server != server(port) || doc.From != "sender@example.test" || len(doc.To) != 2 || doc.MessageSize == 0 || doc.MessageID == "" || doc.Warnings == nil {
		t.Errorf("doc %+v", doc)
	}
	if len(doc.Attempts) != 1 || doc.Attempts[0].Outcome != "accepted" || len(doc.Attempts[0].Transcript) < 10 {
		t.Fatalf("attempts %+v", doc.Attempts)
	}
	for _, l := range doc.Attempts[0].Transcript {
		if l.AtMS == nil || *l.AtMS < 0 || *l.AtMS > 30000 {
			t.Errorf("transcript at_ms not milliseconds: %+v", l)
		}
	}
	var sawRcpt bool
	for _, st := range doc.Attempts[0].Steps {
		if st.DurationMS == nil {
			t.Errorf("step without duration: %+v", st)
		}
		if st.Stage == "rcpt" && st.Code == 250 && st.Enhanced == "2.0.0" && strings.HasPrefix(st.Command, "RCPT TO:<") {
			sawRcpt = true
		}
	}
	if !sawRcpt {
		t.Errorf("no rcpt step: %+v", doc.Attempts[0].Steps)
	}
	v := doc.Verdict
	if v.Status != "accepted" || v.Stage != "message" || v.Attempts != 1 || len(v.Recipients) != 2 || v.Recipients[1].Status != "accepted" {
		t.Errorf("verdict %+v", v)
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("ANSI codes in JSON")
	}
}

func TestSendCLIAuthRedacted(t *testing.T) {
	t.Parallel()
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "127.0.0.1")
	caFile := ca.WriteCAFile(t)
	pass := "Sup3r-Secret-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	s := &sink{user: "alice@example.test", pass: pass}
	port := startSink(t, s, &cert)
	pwFile := writeFile(t, "pw", pass+"\n")
	forms := []string{pass, base64.StdEncoding.EncodeToString([]byte(pass)), base64.StdEncoding.EncodeToString([]byte("\x00alice@example.test\x00" + pass))}
	for _, mode := range [][]string{{}, {"--json"}, {"-q"}, {"--auth-mech", "LOGIN"}, {"--auth-mech", "LOGIN", "--json"}} {
		a := args("--server", server(port), "--to", "r@example.test", "--tls", "starttls", "--ca-file", caFile,
			"--auth-user", "alice@example.test", "--password-file", pwFile)
		a = append(a, mode...)
		out, errOut, code := runCLI(t, "", a...)
		if code != 0 {
			t.Fatalf("%v: exit %d\n%s\n%s", mode, code, out, errOut)
		}
		for _, f := range forms {
			if strings.Contains(out, f) || strings.Contains(errOut, f) {
				t.Fatalf("%v: secret form %q in output:\n%s\n%s", mode, f, out, errOut)
			}
		}
		if len(mode) == 0 && (!strings.Contains(out, "C: AUTH PLAIN <redacted>") || !strings.Contains(out, "TLS handshake: TLS")) {
			t.Errorf("transcript:\n%s", out)
		}
	}
	if n := len(s.messages()); n != 5 {
		t.Errorf("%d messages delivered, want 5", n)
	}
	// Wrong password: 535 explained, exit 1, the wrong password not shown either.
	bad := writeFile(t, "bad", "not-the-password-xyz\n")
	out, errOut, code := runCLI(t, "", args("--server", server(port), "--to", "r@example.test", "--tls", "starttls", "--ca-file", caFile,
		"--auth-user", "alice@example.test", "--password-file", bad)...)
	if code != ExitFindings || !strings.Contains(out, "S: 535 5.7.8") || !strings.Contains(out, "REJECTED at AUTH") || strings.Contains(out+errOut, "not-the-password-xyz") {
		t.Errorf("exit %d\n%s", code, out)
	}
}

func TestSendCLIPasswordFromEnv(t *testing.T) {
	// Not parallel: t.Setenv.
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "127.0.0.1")
	s := &sink{user: "bob@example.test", pass: "env-secret-314159"}
	port := startSink(t, s, &cert)
	t.Setenv("SMTPGW_PASSWORD", "env-secret-314159")
	out, errOut, code := runCLI(t, "", args("--server", server(port), "--to", "r@example.test", "--ca-file", ca.WriteCAFile(t), "--auth-user", "bob@example.test")...)
	if code != 0 || strings.Contains(out+errOut, "env-secret-314159") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
}

func TestSendPasswordPrompt(t *testing.T) {
	t.Parallel()
	ios, _, _ := TestIO("")
	o := &sendOptions{IO: ios, AuthUser: "u@example.test", getenv: func(string) string { return "" }}
	if _, err := o.password(); err == nil {
		t.Fatal("no password source accepted without a terminal")
	}
	ios.InTTY = true
	var prompt string
	o.readPassword = func(p string) (string, error) { prompt = p; return "typed", nil }
	if p, err := o.password(); err != nil || p != "typed" || !strings.Contains(prompt, "u@example.test") {
		t.Fatalf("%q %v prompt %q", p, err, prompt)
	}
	o.readPassword = func(string) (string, error) { return "", errors.New("eof") }
	if _, err := o.password(); err == nil {
		t.Fatal("prompt error ignored")
	}
}

func TestSendCLIUsageErrors(t *testing.T) {
	t.Parallel()
	// Nothing listens here: a usage error must come before any connection.
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := server(l.Addr().(*net.TCPAddr).Port)
	l.Close()
	_, ed, _ := ed25519.GenerateKey(rand.Reader)
	der, _ := x509.MarshalPKCS8PrivateKey(ed)
	key := writeFile(t, "dkim.pem", string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"send", "--server", dead}, "no recipient"},
		{args("--server", dead, "--to", "not-an-address"), "--to"},
		{args("--server", dead, "--to", "a@example.test\r\nRCPT TO:<b@example.test>"), "control character"},
		{args("--server", dead, "--to", "a@example.test", "--header", "X-A: b\r\nBcc: victim@example.test"), "header injection"},
		{args("--server", dead, "--to", "a@example.test", "--header", "X-A: b\nBcc: victim@example.test"), "header injection"},
		{args("--server", dead, "--to", "a@example.test", "--subject", "hi\nBcc: victim@example.test"), "header injection"},
		{args("--server", dead, "--to", "a@example.test", "--helo", "evil\r\nMAIL FROM:<x@y>"), "--helo"},
		{args("--server", dead, "--to", "a@example.test", "--from", "bad address@example.test"), "--from"},
		{args("--server", dead, "--to", "a@example.test", "--body-file", "/nonexistent/body.txt"), "--body-file"},
		{args("--server", dead, "--to", "a@example.test", "--attach", "/nonexistent/file.pdf"), "--attach"},
		{args("--server", dead, "--to", "a@example.test", "--data", "/nonexistent/msg.eml"), "--data"},
		{args("--server", dead, "--to", "a@example.test", "--data", key, "--subject", "x"), "--data"},
		{args("--server", dead, "--to", "a@example.test", "--dkim-key", key), "--dkim-selector"},
		{args("--server", dead, "--to", "a@example.test", "--dkim-key", "/nonexistent/key.pem", "--dkim-selector", "s1"), "--dkim-key"},
		{args("--server", dead, "--to", "a@example.test", "--dkim-key", writeFile(t, "junk.pem", "junk"), "--dkim-selector", "s1"), "PEM"},
		{args("--server", dead, "--to", "a@example.test", "--tls", "sometimes"), "--tls"},
		{args("--server", dead, "--to", "a@example.test", "--quit-after", "data"), "--quit-after"},
		{args("--server", dead, "--to", "a@example.test", "--auth-mech", "GSSAPI", "--auth-user", "u", "--password-file", key), "--auth-mech"},
		{args("--server", dead, "--to", "a@example.test", "--auth-user", "u"), "SMTPGW_PASSWORD"},
		{args("--server", dead, "--to", "a@example.test", "--auth-user", "u", "--password-file", key, "--tls", "none"), "unencrypted"},
		{args("--server", dead, "--to", "a@example.test", "--count", "0"), "--count"},
		{args("--server", dead, "--to", "a@example.test", "--concurrency", "4"), "--count"},
		{args("--server", dead, "--to", "a@example.test", "--json", "-q"), "--json"},
		{args("--to", "a@one.test", "--to", "b@two.test"), "one domain"},
		{args("--server", "bad_host:25", "--to", "a@example.test"), "--server"},
		{args("--server", dead, "--to", "a@example.test", "--ca-file", "/nonexistent/ca.pem", "--tls", "starttls"), "--ca-file"},
	} {
		out, errOut, code := runCLI(t, "", tc.args...)
		if code != ExitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q (want %q), stdout %q", tc.args, code, errOut, tc.want, out)
		}
	}
}

func TestSendCLIDKIM(t *testing.T) {
	t.Parallel()
	_, ed, _ := ed25519.GenerateKey(rand.Reader)
	der, _ := x509.MarshalPKCS8PrivateKey(ed)
	keyFile := writeFile(t, "dkim.pem", string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})))
	pub := base64.StdEncoding.EncodeToString(ed.Public().(ed25519.PublicKey))
	_, other, _ := ed25519.GenerateKey(rand.Reader)
	otherPub := base64.StdEncoding.EncodeToString(other.Public().(ed25519.PublicKey))
	dns := testdns.Start(t,
		`s1._domainkey.example.test. 60 IN TXT "v=DKIM1; k=ed25519; p=`+pub+`"`,
		`old._domainkey.example.test. 60 IN TXT "v=DKIM1; k=ed25519; p=`+otherPub+`"`,
	)
	s := &sink{}
	port := startSink(t, s, nil)
	out, errOut, code := runCLI(t, "", args("--resolver", dns.Addr, "--server", server(port), "--to", "r@example.test", "--dkim-key", keyFile, "--dkim-selector", "s1", "-q")...)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	msgs := s.messages()
	if len(msgs) != 1 || !bytes.HasPrefix(msgs[0], []byte("DKIM-Signature: ")) || !bytes.Contains(msgs[0], []byte("s=s1")) {
		t.Fatalf("not signed: %q", msgs)
	}
	// A selector publishing another key: a usage error before connecting.
	out, errOut, code = runCLI(t, "", args("--resolver", dns.Addr, "--server", server(port), "--to", "r@example.test", "--dkim-key", keyFile, "--dkim-selector", "old")...)
	if code != ExitUsage || !strings.Contains(errOut, "does not match") || strings.Contains(out, "EHLO") {
		t.Fatalf("mismatch: exit %d\n%s\n%s", code, out, errOut)
	}
	if len(s.messages()) != 1 {
		t.Error("a message was sent despite the mismatch")
	}
	// No record: a warning, then the signed message goes out.
	_, errOut, code = runCLI(t, "", args("--resolver", dns.Addr, "--server", server(port), "--to", "r@example.test", "--dkim-key", keyFile, "--dkim-selector", "new", "-q")...)
	if code != 0 || !strings.Contains(errOut, "no DKIM key record at new._domainkey.example.test") {
		t.Fatalf("missing record: exit %d stderr %q", code, errOut)
	}
	// With --json the same warning is in the document's warnings (it was
	// dropped), and stderr stays empty; likewise for --count.
	for _, extra := range [][]string{nil, {"--count", "2"}} {
		out, errOut, code = runCLI(t, "", append(args("--resolver", dns.Addr, "--server", server(port), "--to", "r@example.test", "--dkim-key", keyFile, "--dkim-selector", "new", "--json"), extra...)...)
		var doc struct {
			Warnings []string `json:"warnings"`
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil || code != 0 || errOut != "" {
			t.Fatalf("--json %v: exit %d err %v stderr %q\n%s", extra, code, err, errOut, out)
		}
		if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "no DKIM key record at new._domainkey.example.test") {
			t.Fatalf("--json %v: warnings %q", extra, doc.Warnings)
		}
	}
}

func TestSendCLIMXDelivery(t *testing.T) {
	t.Parallel()
	s := &sink{}
	port := startSink(t, s, nil)
	dns := testdns.Start(t,
		"example.test. 60 IN MX 10 mx1.example.test.",
		"example.test. 60 IN MX 20 mx2.example.test.",
		"mx1.example.test. 60 IN A 127.0.0.2",
		"mx2.example.test. 60 IN A 127.0.0.1",
	)
	out, errOut, code := runCLI(t, "", args("--resolver", dns.Addr, "--port", strconv.Itoa(port), "--to", "r@example.test")...)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	p := strconv.Itoa(port)
	for _, want := range []string{"=== mx1.example.test[127.0.0.2]:" + p + " (MX preference 10)", "connection refused", "=== mx2.example.test[127.0.0.1]:" + p + " (MX preference 20)", "ACCEPTED by mx2.example.test[127.0.0.1]:" + p} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestSendCLIQuitAfterAndData(t *testing.T) {
	t.Parallel()
	s := &sink{}
	port := startSink(t, s, nil)
	out, _, code := runCLI(t, "", args("--server", server(port), "--to", "r@example.test", "--quit-after", "rcpt")...)
	if code != 0 || !strings.Contains(out, "STOPPED after rcpt") || strings.Contains(out, "C: DATA") || len(s.messages()) != 0 {
		t.Fatalf("quit-after rcpt: exit %d\n%s", code, out)
	}
	// --data from stdin: sent as is, line endings normalised, dots stuffed.
	msg := "From: sender@example.test\nTo: r@example.test\nSubject: prepared\nMessage-ID: <prep1@example.test>\n\n.leading dot\nend\n"
	out, _, code = runCLI(t, msg, args("--server", server(port), "--to", "r@example.test", "--data", "-")...)
	if code != 0 {
		t.Fatalf("--data: exit %d\n%s", code, out)
	}
	got := s.messages()
	if len(got) != 1 || string(got[0]) != strings.ReplaceAll(msg, "\n", "\r\n") {
		t.Fatalf("received %q", got)
	}
	if !strings.Contains(out, "Sending <prep1@example.test>") {
		t.Errorf("header line:\n%s", out)
	}
}

func TestSendCLIAttachAndBodyFile(t *testing.T) {
	t.Parallel()
	s := &sink{}
	port := startSink(t, s, nil)
	att := writeFile(t, "report.csv", "a,b\n1,2\n")
	out, _, code := runCLI(t, "body from stdin\n", args("--server", server(port), "--to", "r@example.test", "--body-file", "-", "--attach", att, "-q")...)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	m := string(s.messages()[0])
	for _, want := range []string{"Content-Type: multipart/mixed", "body from stdin", `filename=report.csv`, base64.StdEncoding.EncodeToString([]byte("a,b\n1,2\n"))} {
		if !strings.Contains(m, want) {
			t.Errorf("message lacks %q:\n%s", want, m)
		}
	}
}

func TestSendCLICount(t *testing.T) {
	t.Parallel()
	s := &sink{}
	port := startSink(t, s, nil)
	out, errOut, code := runCLI(t, "", args("--server", server(port), "--to", "r@example.test", "--count", "20", "--concurrency", "3")...)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if n := len(s.messages()); n != 20 {
		t.Fatalf("%d messages, want 20", n)
	}
	for _, want := range []string{"msgs/s", "accepted  20", "ACCEPTED 20/20 messages accepted"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	// The summary counts the connections it opened: as many as the server
	// accepted, and at most --concurrency (a worker that starts after the
	// others have taken every message opens none, so fewer than 3 is right
	// on a loaded machine).
	var conns int
	i := strings.Index(out, "Sent 20 messages over ")
	if i < 0 {
		t.Fatalf("summary lacks \"Sent 20 messages over\":\n%s", out)
	}
	if _, err := fmt.Sscanf(out[i:], "Sent 20 messages over %d connection(s)", &conns); err != nil {
		t.Fatalf("summary lacks \"Sent 20 messages over N connection(s)\": %v\n%s", err, out)
	}
	if got := s.connections(); conns != got || conns < 1 || conns > 3 {
		t.Errorf("summary says %d connection(s); the server accepted %d; want the same, between 1 and --concurrency 3", conns, got)
	}
	out, _, code = runCLI(t, "", args("--server", server(port), "--to", "r@example.test", "--count", "5", "--concurrency", "2", "--json")...)
	var doc map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &doc) != nil {
		t.Fatalf("exit %d\n%s", code, out)
	}
	for _, k := range []string{"count", "concurrency", "elapsed_ms", "msgs_per_sec", "by_status", "by_category", "latency_ms", "verdict"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, out)
		}
	}
	if doc["count"].(float64) != 5 || doc["verdict"] != "accepted" {
		t.Errorf("doc %v", doc)
	}
}

func TestSendCLIConnectionRefused(t *testing.T) {
	t.Parallel()
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := server(l.Addr().(*net.TCPAddr).Port)
	l.Close()
	out, _, code := runCLI(t, "", args("--server", dead, "--to", "r@example.test")...)
	if code != ExitFindings || !strings.Contains(out, "FAILED at CONNECT") || !strings.Contains(out, "refused") {
		t.Fatalf("exit %d\n%s", code, out)
	}
}

func TestSendCLIInsecureWarning(t *testing.T) {
	t.Parallel()
	cert := testpki.SelfSigned(t, "127.0.0.1")
	s := &sink{}
	port := startSink(t, s, &cert)
	out, _, code := runCLI(t, "", args("--server", server(port), "--to", "r@example.test", "--tls", "starttls", "--insecure-skip-verify")...)
	if code != 0 || !strings.Contains(out, "\nWARNING: certificate verification is off: the server's certificate is NOT verified") {
		t.Fatalf("exit %d\n%s", code, out)
	}
	_, errOut, code := runCLI(t, "", args("--server", server(port), "--to", "r@example.test", "--tls", "starttls", "--insecure-skip-verify", "-q")...)
	if code != 0 || !strings.Contains(errOut, "WARNING") {
		t.Fatalf("-q: exit %d stderr %q", code, errOut)
	}
	// Without it, the self-signed certificate fails verification.
	out, _, code = runCLI(t, "", args("--server", server(port), "--to", "r@example.test", "--tls", "starttls", "-q")...)
	if code != ExitFindings || !strings.Contains(out, "FAILED at STARTTLS") || !strings.Contains(out, "certificate") {
		t.Fatalf("verification: exit %d\n%s", code, out)
	}
}

// TestSendCLIImplicitTLSStageName: a failed implicit-TLS handshake is named
// as such in the verdict, not as STARTTLS (which was never sent); a failed
// STARTTLS handshake still says STARTTLS.
func TestSendCLIImplicitTLSStageName(t *testing.T) {
	t.Parallel()
	port := startSink(t, &sink{}, nil) // plain SMTP: greets in clear text
	out, _, code := runCLI(t, "", args("--server", server(port), "--to", "r@example.test", "--tls", "implicit", "-q")...)
	if code != ExitFindings || !strings.Contains(out, "FAILED at implicit TLS handshake by 127.0.0.1:") || strings.Contains(out, "STARTTLS") {
		t.Fatalf("exit %d\n%s", code, out)
	}
	out, _, code = runCLI(t, "", args("--server", server(port), "--to", "r@example.test", "--tls", "implicit", "--json")...)
	if code != ExitFindings || !strings.Contains(out, `"stage": "tls"`) || !strings.Contains(out, `"implicit_tls": true`) {
		t.Fatalf("--json: exit %d\n%s", code, out)
	}
	cert := testpki.SelfSigned(t, "127.0.0.1")
	port = startSink(t, &sink{}, &cert)
	out, _, code = runCLI(t, "", args("--server", server(port), "--to", "r@example.test", "--tls", "starttls", "--json")...)
	if code != ExitFindings || !strings.Contains(out, `"stage": "tls"`) || strings.Contains(out, `"implicit_tls"`) {
		t.Fatalf("STARTTLS --json: exit %d\n%s", code, out)
	}
}
