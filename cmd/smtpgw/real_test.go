package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/internal/smtpreplay"
	"github.com/smtpgw/smtpgw/internal/testpki"
)

// TestRealPostfixLogExplained feeds the real Postfix 3.7 log lines of
// testdata/real/postfix/maillog.txt to smtpgw explain: every reject line is
// explained with its code, enhanced code, stage and recipient, and the
// clear-cut ones with their category.
func TestRealPostfixLogExplained(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "real", "postfix", "maillog.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var rejects int
	for _, l := range strings.Split(string(b), "\n") {
		if strings.Contains(l, ": reject: ") {
			rejects++
		}
	}
	stdout, stderr, code := runCLI(t, string(b), "explain", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := map[string]string{ // recipient → category, for the clear-cut replies
		"gone@example.test":   "user-unknown",
		"nobody@example.test": "user-unknown",
		"grey@example.test":   "greylisted",
	}
	seen := map[string]int{}
	got := 0
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var e struct {
			Input     string `json:"input"`
			Code      int    `json:"code"`
			Enhanced  string `json:"enhanced"`
			Category  string `json:"category"`
			Stage     string `json:"stage"`
			Recipient string `json:"recipient"`
		}
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		if !strings.Contains(e.Input, ": reject: ") {
			continue
		}
		got++
		if e.Code < 400 || e.Enhanced == "" || e.Stage != "RCPT TO" || e.Recipient == "" {
			t.Errorf("reject line read as code %d enhanced %q stage %q recipient %q: %s", e.Code, e.Enhanced, e.Stage, e.Recipient, e.Input)
		}
		if !strings.Contains(e.Input, "to=<"+e.Recipient+">") {
			t.Errorf("recipient %q is not the line's to=: %s", e.Recipient, e.Input)
		}
		if c, ok := want[e.Recipient]; ok {
			seen[e.Recipient]++
			if e.Category != c {
				t.Errorf("%s: category %q, want %q", e.Recipient, e.Category, c)
			}
		}
	}
	if got != rejects {
		t.Errorf("%d reject lines explained, want %d", got, rejects)
	}
	for r := range want {
		if seen[r] == 0 {
			t.Errorf("no explanation for %s", r)
		}
	}
}

// TestRealServersCLI drives smtpgw probe and send against replays of real
// Postfix and Exim dialogues: output and exit codes.
func TestRealServersCLI(t *testing.T) {
	t.Parallel()
	real := func(f string) string { return filepath.Join("..", "..", "testdata", "real", f) }
	ca := testpki.NewCA(t)
	caFile := ca.WriteCAFile(t)
	cert := ca.Leaf(t, "mx.example.test", "127.0.0.1")

	t.Run("probe postfix 25 587 465", func(t *testing.T) {
		t.Parallel()
		s25 := smtpreplay.Start(t, smtpreplay.Load(t, real("postfix/probe-25.txt")), cert)
		s587 := smtpreplay.Start(t, smtpreplay.Load(t, real("postfix/probe-587.txt")), cert)
		s465 := smtpreplay.Start(t, smtpreplay.Load(t, real("postfix/probe-465.txt")), cert)
		stdout, stderr, code := runCLI(t, "", "--ca-file", caFile, "--no-color", "probe", "127.0.0.1", "--helo", "client.example.test",
			"--port-map", "25="+s25.Addr, "--port-map", "587="+s587.Addr, "--port-map", "465="+s465.Addr)
		if code != 0 {
			t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
		}
		for _, w := range []string{"PLAIN LOGIN CRAM-MD5", "SIZE 10000K", "TLS 1.3", "pass"} {
			if !strings.Contains(stdout, w) {
				t.Errorf("output lacks %q:\n%s", w, stdout)
			}
		}
		if strings.Contains(stdout, "FAIL") || strings.Contains(stdout, "WARN") {
			t.Errorf("a real, well-configured Postfix drew a warning or failure:\n%s", stdout)
		}
	})
	t.Run("probe exim 25", func(t *testing.T) {
		t.Parallel()
		s := smtpreplay.Start(t, smtpreplay.Load(t, real("exim/probe-25.txt")), cert)
		stdout, stderr, code := runCLI(t, "", "--ca-file", caFile, "--no-color", "probe", "127.0.0.1:25", "--helo", "client.example.test", "-v",
			"--port-map", "25="+s.Addr)
		if code != 0 {
			t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
		}
		for _, w := range []string{"S: 220 mx.example.test ESMTP Exim 4.96", "250-PIPECONNECT", "auth.port25", "SIZE 50M"} {
			if !strings.Contains(stdout, w) {
				t.Errorf("output lacks %q:\n%s", w, stdout)
			}
		}
	})
	t.Run("send postfix partial", func(t *testing.T) {
		t.Parallel()
		s := smtpreplay.Start(t, smtpreplay.Load(t, real("postfix/send-rcpt.txt")), cert)
		stdout, stderr, code := runCLI(t, "", "--ca-file", caFile, "--no-color", "send", "--server", s.Addr, "--tls", "starttls",
			"--helo", "client.example.test", "--from", "bob@example.test",
			"--to", "alice@example.test", "--to", "gone@example.test", "--to", "grey@example.test", "--to", "nobody@example.test", "--to", "full@example.test")
		if code != 1 {
			t.Fatalf("exit %d, want 1\n%s\n%s", code, stdout, stderr)
		}
		for _, w := range []string{"PARTIAL", "queue id EC600C00F2", "rejected gone@example.test", "[user-unknown]", "deferred grey@example.test", "[greylisted]"} {
			if !strings.Contains(stdout, w) {
				t.Errorf("output lacks %q:\n%s", w, stdout)
			}
		}
	})
	t.Run("send exim auth", func(t *testing.T) {
		t.Parallel()
		s := smtpreplay.Start(t, smtpreplay.Load(t, real("exim/send-587-auth.txt")), cert)
		pw := filepath.Join(t.TempDir(), "pw")
		if err := os.WriteFile(pw, []byte("s3cret-pw\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		stdout, stderr, code := runCLI(t, "", "--ca-file", caFile, "--no-color", "send", "--server", s.Addr, "--tls", "starttls",
			"--helo", "client.example.test", "--from", "alice@example.test", "--to", "alice@example.test",
			"--auth-user", "alice@example.test", "--auth-mech", "PLAIN", "--password-file", pw)
		if code != 0 {
			t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
		}
		if !strings.Contains(stdout, "ACCEPTED") || !strings.Contains(stdout, "queue id 1xXO7J-0008Oq-16") || strings.Contains(stdout, "s3cret") {
			t.Errorf("output:\n%s", stdout)
		}
	})
}

type realExplanation struct {
	Input     string `json:"input"`
	Code      int    `json:"code"`
	Enhanced  string `json:"enhanced"`
	Class     string `json:"class"`
	Category  string `json:"category"`
	Stage     string `json:"stage"`
	Recipient string `json:"recipient"`
}

func explainLines(t *testing.T, stdout string) []realExplanation {
	t.Helper()
	var out []realExplanation
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var e realExplanation
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		out = append(out, e)
	}
	return out
}

// TestRealBouncesExplained: the bounces real Postfix and Exim sent (to
// alice@example.test, after relaying to each other) are read recipient by
// recipient, with the remote server's reply.
func TestRealBouncesExplained(t *testing.T) {
	t.Parallel()
	cases := []struct {
		file string
		want map[string]string // recipient → "code enhanced stage"
	}{
		{"postfix/bounce.eml", map[string]string{
			"unknown@exim.example.test": "550 5.0.0 RCPT TO",
			"full@exim.example.test":    "550 5.0.0 RCPT TO",
		}},
		{"exim/bounce.eml", map[string]string{
			"gone@postfix.example.test":   "550 5.1.1 RCPT TO",
			"nobody@postfix.example.test": "550 5.1.1 RCPT TO",
			"full@postfix.example.test":   "554 5.5.1 END OF DATA",
		}},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			t.Parallel()
			stdout, stderr, code := runCLI(t, "", "explain", "--json", "--bounce", filepath.Join("..", "..", "testdata", "real", tc.file))
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			got := map[string]string{}
			for _, e := range explainLines(t, stdout) {
				got[e.Recipient] = strings.Join([]string{itoa(e.Code), e.Enhanced, e.Stage}, " ")
				if e.Class != "permanent" {
					t.Errorf("%s: class %s", e.Recipient, e.Class)
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("recipients %v, want %v", got, tc.want)
			}
			for r, w := range tc.want {
				if got[r] != w {
					t.Errorf("%s: %q, want %q", r, got[r], w)
				}
			}
		})
	}
}

// TestRealEximDeliveryLogExplained: Exim's real delivery lines ("**"
// bounced, "==" deferred, with the remote Postfix's reply) are explained
// with the recipient, stage and class the line says.
func TestRealEximDeliveryLogExplained(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "real", "exim", "mainlog.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var in []string
	for _, l := range strings.Split(string(b), "\n") {
		// Deliveries refused by the remote server (the local transport's
		// deferrals in the file carry no SMTP reply).
		if (strings.Contains(l, " ** ") || strings.Contains(l, " == ")) && strings.Contains(l, "SMTP error from remote mail server") {
			in = append(in, l)
		}
	}
	if len(in) < 4 {
		t.Fatalf("only %d delivery lines in the fixture", len(in))
	}
	stdout, stderr, code := runCLI(t, strings.Join(in, "\n")+"\n", "explain", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got := explainLines(t, stdout)
	if len(got) != len(in) {
		t.Fatalf("%d explanations for %d lines", len(got), len(in))
	}
	for i, e := range got {
		line := in[i]
		wantClass := "permanent"
		if strings.Contains(line, " == ") {
			wantClass = "transient"
		}
		if e.Class != wantClass || e.Recipient == "" || !strings.Contains(line, " "+e.Recipient+" ") {
			t.Errorf("class %s recipient %q: %s", e.Class, e.Recipient, line)
		}
		if strings.Contains(line, "after RCPT TO:") && e.Stage != "RCPT TO" || strings.Contains(line, "after pipelined end of data") && e.Stage != "END OF DATA" {
			t.Errorf("stage %q: %s", e.Stage, line)
		}
		if strings.Contains(line, "User unknown") && e.Category != "user-unknown" || strings.Contains(line, "Greylisted") && e.Category != "greylisted" {
			t.Errorf("category %q: %s", e.Category, line)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
