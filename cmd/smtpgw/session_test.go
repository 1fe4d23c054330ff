package main

import (
	"encoding/json"
	"flag"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/emersion/go-smtp"
)

var updateGolden = flag.Bool("update-golden", false, "rewrite the session golden transcripts in testdata/session")

// pipedScript is a whole conversation as a script would pipe it in.
const pipedScript = `EHLO client.example.test
MAIL FROM:<sender@example.test>
DATA
RCPT TO:<nobody@example.test>
RCPT TO:<rcpt@example.test>
:data
Subject: piped session test

Hello from a here-doc.
.a line that starts with a dot
.
:auth plain sender@example.test
never-sent-pw
:raw NOOP\r\n
:explain 421 4.7.0 Try again later
QUIT
`

func rejectNobody(to string) error {
	if strings.HasPrefix(to, "nobody@") {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "<" + to + ">: Recipient address rejected: User unknown in local recipient table"}
	}
	return nil
}

// normalise replaces the listener's port, the one thing that changes
// from run to run.
func normalise(out string, port int) string {
	return strings.ReplaceAll(out, server(port), "127.0.0.1:PORT")
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "session", name)
	if *updateGolden {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update-golden to create it)", err)
	}
	if got != string(want) {
		t.Errorf("transcript differs from %s (run with -update-golden after checking it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestSessionPipedGolden(t *testing.T) {
	s := &sink{rcpt: rejectNobody}
	port := startSink(t, s, nil)
	out, errOut, code := runCLI(t, pipedScript, "session", server(port))
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q, out:\n%s", code, errOut, out)
	}
	got := normalise(out, port)
	checkGolden(t, "piped.golden", got)

	// The server got the message dot-stuffed and un-stuffed again, with
	// exactly the lines of the here-doc.
	msgs := s.messages()
	if len(msgs) != 1 {
		t.Fatalf("server got %d messages, want 1", len(msgs))
	}
	want := "Subject: piped session test\r\n\r\nHello from a here-doc.\r\n.a line that starts with a dot\r\n"
	if string(msgs[0]) != want {
		t.Errorf("message = %q, want %q", msgs[0], want)
	}
	// docs/session.md shows this very transcript.
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "session.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), got) {
		t.Errorf("docs/session.md does not contain the piped transcript of testdata/session/piped.golden: paste it in")
	}
}

func TestSessionPipedExitCode(t *testing.T) {
	s := &sink{rcpt: rejectNobody}
	port := startSink(t, s, nil)
	out, _, code := runCLI(t, "EHLO client.example.test\nMAIL FROM:<a@example.test>\nRCPT TO:<nobody@example.test>\n", "session", server(port))
	if code != ExitFindings {
		t.Fatalf("last reply 550: exit %d, want 1; out:\n%s", code, out)
	}
	if !strings.Contains(out, "   ↳ permanent, user-unknown: ") || !strings.Contains(out, "     first step: ") {
		t.Errorf("the 550 is not explained:\n%s", out)
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("piped output has ANSI escapes:\n%q", out)
	}
	if !strings.Contains(out, "* end of input: connection closed without QUIT") {
		t.Errorf("end of input not reported:\n%s", out)
	}
}

func TestSessionConnectFailure(t *testing.T) {
	// A port nobody listens on: take one and close it.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	out, _, code := runCLI(t, "", "session", addr)
	if code != ExitFindings || !strings.Contains(out, "! cannot connect to "+addr+": connection refused") {
		t.Fatalf("exit %d, out %q", code, out)
	}
}

func TestSessionUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"session"}, "session needs one server"},
		{[]string{"session", "mx.example.test", "--tls", "sometimes"}, `--tls "sometimes": use starttls, implicit or none`},
		{[]string{"session", "mx.example.test", "--idle", "0s"}, "--idle must be positive"},
	} {
		_, errOut, code := runCLI(t, "", c.args...)
		if code != ExitUsage || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", c.args, code, errOut, c.want)
		}
	}
}

func TestSessionJSON(t *testing.T) {
	s := &sink{rcpt: rejectNobody}
	port := startSink(t, s, nil)
	out, _, code := runCLI(t, "EHLO client.example.test\nMAIL FROM:<a@example.test>\nRCPT TO:<nobody@example.test>\n", "session", server(port), "--json")
	if code != ExitFindings {
		t.Fatalf("exit %d, want 1:\n%s", code, out)
	}
	type item struct {
		Kind       string   `json:"kind"`
		Text       string   `json:"text"`
		Code       int      `json:"code"`
		Lines      []string `json:"lines"`
		Extensions []struct {
			Keyword, Params, Meaning string
		} `json:"extensions"`
		Explanation *struct {
			Class, Category string
			Remediation     []string
		} `json:"explanation"`
	}
	var items []item
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var it item
		if err := json.Unmarshal([]byte(l), &it); err != nil {
			t.Fatalf("not a JSON line: %q: %v", l, err)
		}
		items = append(items, it)
	}
	var ehlo, rcpt *item
	for i := range items {
		if items[i].Kind == "reply" && len(items[i].Extensions) > 0 {
			ehlo = &items[i]
		}
		if items[i].Kind == "reply" && items[i].Code == 550 {
			rcpt = &items[i]
		}
	}
	if ehlo == nil || rcpt == nil {
		t.Fatalf("no EHLO or 550 reply item:\n%s", out)
	}
	found := false
	for _, e := range ehlo.Extensions {
		found = found || e.Keyword == "PIPELINING" && strings.Contains(e.Meaning, "RFC 2920")
	}
	if !found {
		t.Errorf("EHLO extensions lack PIPELINING with its meaning: %+v", ehlo.Extensions)
	}
	if rcpt.Explanation == nil || rcpt.Explanation.Category != "user-unknown" || rcpt.Explanation.Class != "permanent" || len(rcpt.Explanation.Remediation) == 0 {
		t.Errorf("550 explanation = %+v", rcpt.Explanation)
	}
	if items[0].Kind != "connected" || items[len(items)-1].Kind != "note" {
		t.Errorf("first item %q, last %q", items[0].Kind, items[len(items)-1].Kind)
	}
}

// TestSessionSendAndPipeline: :send runs MAIL, RCPT for each --to, DATA and
// a generated message in one step, going on past a refused recipient;
// :pipeline sends a group with DATA last and shows each reply against its
// command, then takes the message as typed.
func TestSessionSendAndPipeline(t *testing.T) {
	s := &sink{rcpt: rejectNobody}
	port := startSink(t, s, nil)
	script := `:send --from sender@example.test --to rcpt@example.test --to nobody@example.test --subject a whole transaction
:pipeline MAIL FROM:<sender@example.test> ; RCPT TO:<nobody@example.test> ; RCPT TO:<rcpt@example.test> ; DATA
Subject: pipelined

sent after a pipelined DATA
.
QUIT
`
	out, errOut, code := runCLI(t, script, "session", server(port))
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q, out:\n%s", code, errOut, out)
	}
	for _, want := range []string{
		"C: EHLO ",
		"C: MAIL FROM:<sender@example.test>\nS: 250 ",
		"C: RCPT TO:<rcpt@example.test>\nS: 250 ",
		"C: RCPT TO:<nobody@example.test>\nS: 550 5.1.1 ",
		"C: DATA\nS: 354 ",
		"* sent: Message-ID <smtpgw.",
		"C: MAIL FROM:<sender@example.test>\nC: RCPT TO:<nobody@example.test>\nC: RCPT TO:<rcpt@example.test>\nC: DATA\n* 4 commands sent at once (PIPELINING); the replies, in order:\n",
		"   ↳ to MAIL FROM:<sender@example.test>: success: ",
		"   ↳ to RCPT TO:<nobody@example.test>: permanent, user-unknown: ",
		"   ↳ to RCPT TO:<rcpt@example.test>: success: ",
		"   ↳ to DATA: success: Start mail input",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	msgs := s.messages()
	if len(msgs) != 2 {
		t.Fatalf("server got %d messages, want 2:\n%s", len(msgs), out)
	}
	for _, h := range []string{"From: sender@example.test", "To: rcpt@example.test, nobody@example.test", "Subject: a whole transaction", "Message-ID: <smtpgw."} {
		if !strings.Contains(string(msgs[0]), h) {
			t.Errorf(":send message lacks %q:\n%s", h, msgs[0])
		}
	}
	if string(msgs[1]) != "Subject: pipelined\r\n\r\nsent after a pipelined DATA\r\n" {
		t.Errorf("pipelined message = %q", msgs[1])
	}
	// docs/session.md shows this transcript (the Message-ID's time and
	// random id written as TIME and ID).
	got := messageID.ReplaceAllString(normalise(out, port), "smtpgw.TIME.ID@")
	checkGolden(t, "send-pipeline.golden", got)
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "session.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), script) || !strings.Contains(string(doc), got) {
		t.Errorf("docs/session.md does not contain the script and transcript of testdata/session/send-pipeline.golden: paste them in")
	}
}

var messageID = regexp.MustCompile(`smtpgw\.[0-9]+\.[0-9a-f]{12}@`)
